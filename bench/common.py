"""What the bench scripts share: Django set-up, the demo pages they measure, small helpers."""

import os
import secrets
import statistics
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DEFAULT_DATABASE_URL = f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
# The Redis database the load and publish benchmarks use for the page cache (emptied by them).
BENCH_CACHE_URL = "redis://127.0.0.1:6379/3"
# collectstatic's output for the production settings (git-ignored; bench/.gitignore).
BENCH_STATIC_ROOT = BASE_DIR / "bench" / ".static"


def production_env(database_url=None, **overrides):
    """Environment variables for ``bench.settings`` (production settings plus the ceiling view)."""
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        SECRET_KEY=env.get("BENCH_SECRET_KEY") or secrets.token_urlsafe(64),
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        SECURE_SSL_REDIRECT="false",
        SECURE_HSTS_SECONDS="0",
        DEBUG="false",
        LOG_LEVEL="ERROR",
        # The load comes from one address, far above what one reader may ask (portal/security/ratelimits.py).
        RATE_LIMIT_SEARCH="",
        RATE_LIMIT_AUTOCOMPLETE="",
        STATIC_ROOT=env.get("STATIC_ROOT") or str(BENCH_STATIC_ROOT),
    )
    if database_url:
        env["DATABASE_URL"] = database_url
    env.update({name: str(value) for name, value in overrides.items()})
    return env


def freeze_like_production():
    """What ``config/wsgi.py`` does in a production worker once it has served its first requests.

    ``gc.collect()`` then ``gc.freeze()``: what the application keeps for its whole life leaves the
    collector's sight, so a full collection no longer stops one request in fifteen for 100–150 ms.
    The benchmarks that call views in this process (not through ``config.wsgi``) do the same after
    their warm-up, or their p95 would measure a pause production does not have.
    """
    import gc

    gc.collect()
    gc.freeze()


def setup_django(settings_module="bench.settings", **env):
    """Configure and set up Django in this process (``env`` goes into os.environ first)."""
    for name, value in env.items():
        os.environ[name] = str(value)
    os.environ["DJANGO_SETTINGS_MODULE"] = settings_module
    import django

    django.setup()


def database_url():
    return os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL


def describe_database(url):
    """The URL without a password, for reports."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        credentials, host = rest.rsplit("@", 1)
        return f"{scheme}://{credentials.split(':', 1)[0]}@{host}"
    return url


def demo_page(key, language="es"):
    """The demo page with ``key`` (see demo/content) in ``language``, specific, or None."""
    from wagtail.models import Page

    from demo.loader import translation_key_for

    return (
        Page.objects.filter(translation_key=translation_key_for(key), locale__language_code=language).specific().first()
    )


def vacuum_analyze():
    """What autovacuum does in production, done now: it may be off (it is on the bench machine) or late.

    Fresh planner statistics (stale ones turn joins into scans), and on PostgreSQL the dead
    rows of bulk writes (a search index rebuild leaves one per indexed object) removed and
    the visibility map set, without which index-only scans read every row.
    """
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")


def dead_row_share(table):
    """The share of ``table``'s rows that are dead (PostgreSQL's statistics; None elsewhere)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT n_live_tup, n_dead_tup FROM pg_stat_user_tables WHERE relname = %s", [table])
        row = cursor.fetchone()
    if not row or not sum(row):
        return None
    live, dead = row
    return dead / (live + dead)


def collectstatic(env):
    """Run ``collectstatic`` with the production storage (hashed names, compressed), quietly."""
    subprocess.run(
        [PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=BASE_DIR,
        env=env,
        check=True,
    )


def git_commit():
    try:
        result = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=BASE_DIR, capture_output=True, text=True, check=True
        )
        return result.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def median(values):
    return statistics.median(values) if values else float("nan")


def table(headers, rows):
    """A plain-text table with right-aligned numbers."""
    cells = [[str(cell) for cell in row] for row in rows]
    widths = [max(len(str(header)), *(len(row[i]) for row in cells)) for i, header in enumerate(headers)]

    def line(row):
        padded = [cell.rjust(width) for cell, width in zip(row, widths, strict=True)]
        padded[0] = row[0].ljust(widths[0])
        return "  ".join(padded)

    return "\n".join([line(headers), line(["-" * width for width in widths]), *(line(row) for row in cells)])


def markdown_table(headers, rows):
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


# --- Search engines side by side --------------------------------------------------------
#: The index prefix of the bench's OpenSearch indexes (the portal's own are ``portal_``).
BENCH_INDEX_PREFIX = "bench_"
ENGINES = ("database", "opensearch")


def add_engine_arguments(parser):
    parser.add_argument(
        "--engine",
        choices=(*ENGINES, "both"),
        default="database",
        help="The search engine: the database backends, OpenSearch (--opensearch-url), or both, one after the other.",
    )
    parser.add_argument(
        "--opensearch-url", default="http://127.0.0.1:9200", help="The OpenSearch node (make opensearch)."
    )
    parser.add_argument(
        "--rebuild",
        action="store_true",
        help="Build the OpenSearch indexes from the database first (about 2 min at 10k).",
    )


def engine_env(engine, opensearch_url):
    """Environment variables that make the portal search with ``engine``."""
    env = dict.fromkeys(("ELASTICSEARCH_URL", "OPENSEARCH_URL"), "")
    if engine == "opensearch":
        env.update(OPENSEARCH_URL=opensearch_url, OPENSEARCH_INDEX_PREFIX=BENCH_INDEX_PREFIX, OPENSEARCH_TIMEOUT="30")
    return env


def run_each_engine(module, args, argv):
    """With ``--engine both``: run ``python -m module`` once per engine, in this order, and return the worst status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    status = 0
    forwarded, skip = [], False
    for arg in argv:  # without "--engine X" or "--engine=X"
        if skip:
            skip = False
        elif arg == "--engine":
            skip = True
        elif not arg.startswith("--engine="):
            forwarded.append(arg)
    for engine in ENGINES:
        print(f"\n== {engine}", flush=True)
        result = subprocess.run([PYTHON, "-m", module, f"--engine={engine}", *forwarded], cwd=BASE_DIR)
        status = max(status, result.returncode)
    return status


def use_engine(engine, opensearch_url, rebuild=False):
    """Point the search settings of the Django about to be set up at ``engine``; build its indexes if asked."""
    for name, value in engine_env(engine, opensearch_url).items():
        if value:
            os.environ[name] = value
        else:
            os.environ.pop(name, None)
    if engine == "opensearch" and rebuild:
        subprocess.run([PYTHON, "manage.py", "rebuild_search_index"], cwd=BASE_DIR, check=True)


def print_tables(headers, rows, markdown=False):
    """The results as a plain table, and as a Markdown table too when asked (for bench/README.md)."""
    print(table(headers, rows))
    if markdown:
        print()
        print(markdown_table(headers, rows))
