# The two set-up commands of README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1:8000

.PHONY: run test install e2e-deps check translations-check services opensearch opensearch-stop

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

# npm packages of the browser tests (tests/e2e): axe-core and the Nu Html Checker (vnu-jar, run with java).
# --ignore-scripts: vnu-jar's postinstall would download a Java runtime; the system's java is used.
E2E_DEPS := tests/e2e/node_modules/.package-lock.json
$(E2E_DEPS): tests/e2e/package.json tests/e2e/package-lock.json
	npm ci --prefix tests/e2e --ignore-scripts --no-audit --no-fund
	touch $@

e2e-deps: $(E2E_DEPS)

## Start the portal with demo content on SQLite at http://127.0.0.1:8000 (admin at /admin/).
run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content
	# The bulletin's worker (README, "The bulletin") runs beside the server and stops with it.
	$(PY) manage.py db_worker --backend bulletin --queue-name bulletin --interval 2 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; $(PY) manage.py runserver $(HOST)

## Static checks: formatting, lint, Django checks, migrations, the import graph (pyproject.toml), UI translations.
check: install
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .
	$(PY) manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=config.settings.production SECRET_KEY=ci-check-deploy-$$(printf '%064d' 0) \
		ALLOWED_HOSTS=portal.example.org $(PY) manage.py check --deploy --fail-level WARNING
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) -m tools.lint_imports
	$(MAKE) translations-check

## Compile the UI catalogues and fail on untranslated or fuzzy strings.
translations-check: install
	$(PY) manage.py compilemessages --ignore=.venv
	$(PY) -m portal.i18n_check locale portal/wagtail_catalogue/locale

## PostgreSQL (127.0.0.1:5432, user postgres, trust) and Redis (127.0.0.1:6379) from Debian's
## packages, and OpenSearch (127.0.0.1:9200) from Maven Central: installed and started if missing (as root).
services: opensearch
	tools/services.sh start

## A single-node OpenSearch (search/opensearch/), started in the background if it is not running.
opensearch:
	search/opensearch/opensearch.sh start

opensearch-stop:
	search/opensearch/opensearch.sh stop

## The whole test suite (static checks, then pytest). Uses DATABASE_URL when set, SQLite otherwise;
## the live search tests use the OpenSearch node that it starts (OPENSEARCH_TEST_URL).
test: check e2e-deps opensearch
	OPENSEARCH_TEST_URL=$${OPENSEARCH_TEST_URL:-http://127.0.0.1:9200} $(VENV)/bin/pytest $(PYTEST_ARGS)
