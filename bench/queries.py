"""SQL queries per public page, first hit and warm, on databases of different sizes, side by side.

    .venv/bin/python -m bench.queries postgres://postgres@127.0.0.1:5432/bench_100 \\
        postgres://postgres@127.0.0.1:5432/bench_1k postgres://postgres@127.0.0.1:5432/bench_10k
    .venv/bin/python -m bench.queries --generate 100,1000,10000   # creates bench_q_<N> on 127.0.0.1 first

Each database is measured in its own process with Django's test client and
``CaptureQueriesContext``, production settings (``bench.settings``), the page cache off
(``PAGE_CACHE=false``) and a local-memory cache; ``--data-cache off`` turns the shared data
off too (``DATA_CACHE=false``): the raw path, which every page takes after a publish.
"first" is the first request for the page after emptying Django's cache and the
content-type cache; "warm" is the next request for the same URL. The pages are demo
pages, present in every generated database, so the columns compare the same pages on
more and more content.

``--show NAME`` prints the warm queries of one page (for each database).
"""

import argparse
import json
import re
import subprocess
import sys

from bench.common import BASE_DIR, PYTHON, describe_database, production_env, setup_django, table

WARM_QUERY_TARGET = 12
SEARCH_QUERY = "pensiones"
POSTGRES = "postgres://postgres@127.0.0.1:5432"


def pages():
    """(name, demo key, language, query string) of the pages to measure."""
    return [
        ("home", "home", "es", ""),
        ("home (fr)", "home", "fr", ""),
        ("country index", "countries", "es", ""),
        ("country index + region", "countries", "es", "?type=america-latina-y-el-caribe"),
        ("country page", "country-be", "es", ""),
        ("country page (en)", "country-be", "en", ""),
        ("region index", "regions", "es", ""),
        ("region page", "region-americas", "es", ""),
        ("theme index", "themes", "es", ""),
        ("theme page", "theme-health", "es", ""),
        ("case study index", "casestudies", "es", ""),
        ("case studies + filters", "casestudies", "es", "?country=BE&theme=salud"),
        ("case studies, all languages", "casestudies", "es", "?lang=all"),
        ("case study", "casestudy-be-platform", "es", ""),
        ("resource index", "resources", "es", ""),
        ("resource index + filters", "resources", "es", "?type=publication&country=BE"),
        ("resource", "resource-ec-evaluation", "es", ""),
        ("news index", "news", "es", ""),
        ("news index + type", "news", "es", "?type=course"),
        ("news item", "news-campaign", "es", ""),
        ("event", "event-lima-course", "es", ""),
        ("standard page", "about", "es", ""),
        ("search", None, "es", f"?q={SEARCH_QUERY}"),
    ]


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("databases", nargs="*", help="database URLs, smallest first")
    parser.add_argument("--generate", help="comma-separated sizes: create and fill bench_q_<N> on 127.0.0.1 first")
    parser.add_argument("--show", help="print the warm queries of this page")
    parser.add_argument(
        "--data-cache",
        choices=("on", "off"),
        default="on",
        help="shared data (portal/shared_data.py) on as in production (default), or off: the raw path",
    )
    parser.add_argument("--one", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    if args.one:
        print(json.dumps(measure_database(args.one, args.show, args.data_cache == "on")))
        return
    databases = list(args.databases)
    if args.generate:
        databases += [generate(int(size)) for size in args.generate.split(",")]
    if not databases:
        sys.exit("give database URLs, or --generate 100,1000,10000")
    results = []
    for url in databases:
        print(f"measuring {describe_database(url)}…", flush=True)
        command = [PYTHON, "-m", "bench.queries", "--one", url, f"--data-cache={args.data_cache}"]
        if args.show:
            command += ["--show", args.show]
        completed = subprocess.run(command, cwd=BASE_DIR, capture_output=True, text=True)
        if completed.returncode:
            sys.exit(completed.stderr)
        results.append(json.loads(completed.stdout.strip().splitlines()[-1]))
    print(f"shared data {args.data_cache}")
    report(results, args.show)


def generate(size):
    name = f"bench_q_{size}"
    exists = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-tAc", f"SELECT 1 FROM pg_database WHERE datname = '{name}'"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    url = f"{POSTGRES}/{name}"
    if exists:
        print(f"{name} exists: using it as it is")
        return url
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], check=True)
    subprocess.run(
        [PYTHON, "-m", "bench.generate", "--pages", str(size)], cwd=BASE_DIR, env=production_env(url), check=True
    )
    return url


def measure_database(url, show=None, data_cache=True):
    env = production_env(url, PAGE_CACHE="false", DATA_CACHE=str(data_cache).lower(), CACHE_URL="", REDIS_URL="")
    setup_django("bench.settings", **{name: env[name] for name in env if name.isupper()})
    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Locale, Page

    from bench.common import demo_page

    results = {}
    shown = []
    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        # No manifest needed: static file names cost no query.
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(STORAGES=storages):
        client = Client()
        for name, key, language, query in pages():
            if key is None:
                path = f"/{language}/search/{query}"
            else:
                page = demo_page(key, language)
                if page is None:
                    results[name] = None
                    continue
                path = page.url + query
            cache.clear()
            ContentType.objects.clear_cache()
            counts = []
            for _hit in ("first", "warm"):
                with CaptureQueriesContext(connection) as queries:
                    response = client.get(path)
                if response.status_code != 200:
                    raise SystemExit(f"{name}: {path} answered {response.status_code}")
                counts.append(len(queries))
            results[name] = counts
            if show and name == show:
                shown = [query["sql"] for query in queries.captured_queries]
        per_locale = Page.objects.filter(locale=Locale.objects.get(language_code="es"), depth__gt=2).count()
    return {"database": describe_database(url), "pages_es": per_locale, "counts": results, "shown": shown}


def shorten(sql):
    """The SQL without its column lists, which say little and take a screen each."""
    sql = re.sub(r"SELECT (DISTINCT )?.*? FROM", lambda m: f"SELECT {m.group(1) or ''}… FROM", sql)
    return sql if len(sql) < 600 else sql[:600] + " …"


def report(results, show):
    headers = ["page"]
    for result in results:
        label = f"{result['pages_es']:,} es pages"
        headers += [f"first @{label}", f"warm @{label}"]
    headers += ["warm <= 12, same"]
    rows = []
    for name, *_rest in pages():
        row = [name]
        warm = []
        for result in results:
            counts = result["counts"].get(name)
            row += counts if counts else ["-", "-"]
            if counts:
                warm.append(counts[1])
        ok = warm and max(warm) <= WARM_QUERY_TARGET and len(set(warm)) == 1
        row.append("met" if ok else "MISSED")
        rows.append(row)
    print()
    for result in results:
        print(f"  {result['database']}: {result['pages_es']:,} pages in the es tree")
    print(table(headers, rows))
    if show:
        for result in results:
            print(f"\n{show} @ {result['database']} (warm, {len(result['shown'])} queries):")
            for number, sql in enumerate(result["shown"], 1):
                print(f"{number:3}. {shorten(sql)}")


if __name__ == "__main__":
    main()
