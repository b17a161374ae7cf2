"""One portal server and one Chromium for the whole browser suite.

The portal runs as ``make run`` runs it (dev settings, demo content, SQLite) in a server process of
its own, on a throw-away database: pytest-django's ``live_server`` would share and flush the
session's test database, which the other tests rely on. Unlike ``make run``, DEBUG is off, as on the
public site: readers get the portal's own 404 page, not Django's debug page, and static files come
from a throw-away ``collectstatic`` through WhiteNoise. Chromium is Debian's (see DESIGN.md, Tests);
``playwright install`` cannot download browsers here and is never called.
"""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
E2E_DIR = Path(__file__).resolve().parent
NODE_MODULES = E2E_DIR / "node_modules"
SCREENSHOTS = E2E_DIR / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

LANGUAGES = ("es", "en", "fr")
# One page of each type, by demo content key (demo/content); None: not a Wagtail page.
PAGE_TYPES = {
    "home": "home",
    "country-index": "countries",
    "country": "country-be",
    "region-index": "regions",
    "region": "region-europe",
    "theme-index": "themes",
    "theme": "theme-financing",
    "case-study-index": "casestudies",
    "case-study": "casestudy-be-platform",
    "resource-index": "resources",
    "resource": "resource-ec-evaluation",
    "news-index": "news",
    "news": "news-campaign",
    "event": "event-lima-course",
    "standard-page": "about",
    "observatory": "observatory",
    "faq": "faq",
    "search-results": None,
    "not-found": None,
}
# A word of the Belgian case study's title in each language: the search finds that case study.
SEARCH_WORDS = {"es": "belgas", "en": "Belgian", "fr": "belges"}
# Each page type in each language, as pytest parameters with readable ids ("country-fr").
EVERY_PAGE = [
    pytest.param(page_type, language, id=f"{page_type}-{language}")
    for language in LANGUAGES
    for page_type in PAGE_TYPES
]
# Pages the reader journey passes through, besides those of PAGE_TYPES.
JOURNEY_KEYS = (
    "resource-tz-sper",
    "communities",
    "community-registries",
    "community-mena",
    "community-ambassadors",
)

DEMO_PAGES = """
import json
from django.urls import reverse
from django.utils import translation
from tests.helpers import demo_page
keys = json.loads({keys!r})
pages = {{
    key: {{
        language: {{"id": page.pk, "url": page.url, "title": page.title}}
        for language in {languages!r}
        for page in [demo_page(key, language)]
    }}
    for key in keys
}}
ecuador = demo_page("country-ec")
pages["country-ec"]["es"]["summary"] = ecuador.summary
search = {{}}
for language in {languages!r}:
    with translation.override(language):
        search[language] = reverse("search")
print(json.dumps({{"pages": pages, "search": search}}))
"""


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _manage(env, *args):
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def _page_urls(demo, base_url):
    """The absolute URL of each page type in each language."""
    urls = {}
    for language in LANGUAGES:
        for page_type, key in PAGE_TYPES.items():
            if key:
                path = demo["pages"][key][language]["url"]
            elif page_type == "search-results":
                path = f"{demo['search'][language]}?q={SEARCH_WORDS[language]}"
            else:
                path = f"/{language}/no-such-page-e2e/"
            urls[page_type, language] = base_url + path
    return urls


@pytest.fixture(scope="session")
def portal(tmp_path_factory):
    """A running portal with the demo content, as README's `make run` starts it.

    Yields ``base_url``, ``pages`` (demo key → language → id, url, title), ``urls`` ((page type,
    language) → absolute URL), ``ecuador`` (the Spanish Ecuador page: id, url, summary) and ``log``.
    """
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium (.ci/run does this)")
    workdir = tmp_path_factory.mktemp("portal")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "STATIC_ROOT": str(workdir / "static"),
        "DEBUG": "false",
        "PYTHONUNBUFFERED": "1",
        # As in production: readers get cached pages and every page shared data, which approval must refresh.
        "PAGE_CACHE": "true",
        "DATA_CACHE": "true",
    }
    env.pop("ELASTICSEARCH_URL", None)
    static = subprocess.Popen(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"], cwd=ROOT, env=env
    )
    _manage(env, "migrate", "--noinput")
    _manage(env, "load_demo_content", "--verbosity", "0")
    assert static.wait(timeout=600) == 0, "manage.py collectstatic failed"
    keys = [key for key in PAGE_TYPES.values() if key] + [*JOURNEY_KEYS, "country-ec", "country-cl"]
    script = DEMO_PAGES.format(keys=json.dumps(keys), languages=LANGUAGES)
    demo = json.loads(_manage(env, "shell", "--command", script).strip().splitlines()[-1])

    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    with open(workdir / "server.log", "w") as log:
        server = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--nothreading"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            for _ in range(120):
                try:
                    urllib.request.urlopen(f"{base_url}/admin/login/", timeout=2)
                    break
                except OSError:
                    if server.poll() is not None:
                        break
                    time.sleep(0.5)
            else:
                pytest.fail("the portal did not start")
            assert server.poll() is None, (workdir / "server.log").read_text()
            yield {
                "base_url": base_url,
                "pages": demo["pages"],
                "urls": _page_urls(demo, base_url),
                "ecuador": demo["pages"]["country-ec"]["es"],
                "log": workdir / "server.log",
            }
        finally:
            server.terminate()
            server.wait(timeout=10)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _tab(browser):
    context = browser.new_context(viewport=DESKTOP)
    context.set_default_timeout(10_000)
    return context, context.new_page()


@pytest.fixture
def reader(browser):
    """A fresh anonymous browser tab at desktop size."""
    context, page = _tab(browser)
    yield page
    context.close()


@pytest.fixture(scope="module")
def shared_reader(browser):
    """One anonymous tab for a whole module of tests that only look at pages (quicker than a tab each)."""
    context, page = _tab(browser)
    yield page
    context.close()


def expected_status(page_type):
    return 404 if page_type == "not-found" else 200


def node_module(*parts):
    """A file of the e2e npm packages, failing with the command that installs them when it is missing."""
    path = NODE_MODULES.joinpath(*parts)
    if not path.exists():
        pytest.fail(f"{path} is missing: npm ci --prefix tests/e2e --ignore-scripts (make test does this)")
    return path
