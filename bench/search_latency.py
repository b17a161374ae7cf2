"""Search latency per language: the search page and the backend query alone, p50 and p95.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_10k .venv/bin/python -m bench.search_latency [--engine both]

Run it on a database filled by ``bench.generate`` (10,000 pages per locale for the issue's
target, p95 under 100 ms) whose search index is built (``manage.py rebuild_search_index``).
The queries are the judged queries of ``bench.search_relevance`` (spelling variants, plurals,
missing accents), each run ``--rounds`` times after one warm-up round; the page cache and the
shared data (``DATA_CACHE``) are off, so every request runs the whole search (ranking, facets,
result pages, counters) as a query asked for the first time since the last publish does. In
production a query asked again before the next change is answered from shared data
(``search/views.py``); ``bench/load.py`` measures that case.
The load average (1 minute) before and after is printed: the machine may be shared.

- "page": GET /<lang>/search/?q=… through Django's test client (query, facets, snippets,
  rendering), as an anonymous reader;
- "backend": the per-language backend's query for the first ten results only;
- "queries": SQL queries of one search page (median), and "page CPU": the CPU time this
  process spent on it (median), which the machine's load changes far less than the elapsed
  time (the database's own CPU time is not in it).

``--data-cache first-time`` measures a first-time query as production serves it: the shared
data on (in Redis when ``CACHE_URL`` is set, else in this process), a new generation (what a
publish does), then warm-up searches with other words so that what every search page shares
(menu, facet choices, glossary, restrictions) is kept, then each judged query asked once per
round, never asked before in that generation; each round starts a new generation. ``off``
(the default) is the raw path: everything built for every request, as just after a publish.

``--engine opensearch`` runs it against the OpenSearch node (``--opensearch-url``, indexes
``bench_…``, built by ``--rebuild``), ``--engine both`` on the database and then on OpenSearch.
"""

import argparse
import time
from urllib.parse import urlencode

from bench.common import (
    add_engine_arguments,
    database_url,
    dead_row_share,
    describe_database,
    freeze_like_production,
    git_commit,
    run_each_engine,
    table,
    use_engine,
)
from bench.search_judgments import JUDGED

# More dead rows than this in a table the search reads, and the figures are not production's.
STALE_SHARE = 0.2


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def warm_up_queries(language, queries):
    """Judged queries of the other languages that are not among ``language``'s: they fill the shared data."""
    asked = set(queries)
    return [query for other, judged in JUDGED.items() if other != language for query, _ in judged if query not in asked]


def measure(language, queries, rounds, first_time=False):
    """(page times, backend times, SQL queries per page, page CPU times of this process), in ms.

    ``first_time``: each round starts a new generation of the shared data and warms it with
    other queries, so that each measured query is asked for the first time in it.
    """
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Locale, Page
    from wagtail.search.backends import get_search_backend

    from portal import invalidation
    from search.backends import backend_for

    client = Client(HTTP_HOST="localhost")
    locale = Locale.objects.get(language_code=language)
    pages = Page.objects.live().public().filter(locale=locale, depth__gt=1)
    backend = get_search_backend(backend_for(language))
    page_times, backend_times, query_counts, cpu_times = [], [], [], []
    for round_number in range(rounds + 1):
        if round_number == 1:
            freeze_like_production()  # after the warm-up round, as config/wsgi.py does in a production worker
        if first_time:
            invalidation.invalidate()
            for query in warm_up_queries(language, queries)[:10]:
                client.get(f"/{language}/search/?{urlencode({'q': query})}")
        for query in queries:
            with CaptureQueriesContext(connection) as captured:
                cpu_started, started = time.process_time(), time.perf_counter()
                response = client.get(f"/{language}/search/?{urlencode({'q': query})}")
                elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
            assert response.status_code == 200, (query, response.status_code)
            started = time.perf_counter()
            list(backend.search(query, pages)[:10])
            backend_elapsed = time.perf_counter() - started
            if round_number:  # the first round warms caches and connections
                page_times.append(elapsed * 1000)
                backend_times.append(backend_elapsed * 1000)
                query_counts.append(len(captured.captured_queries))
                cpu_times.append(cpu * 1000)
    return page_times, backend_times, query_counts, cpu_times


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="Measured rounds over all queries (default 3).")
    parser.add_argument(
        "--data-cache",
        choices=["off", "first-time"],
        default="off",
        help="off: the raw path (default); first-time: shared data on and kept, each query new in its generation.",
    )
    add_engine_arguments(parser)
    args = parser.parse_args(argv)
    if args.engine == "both":
        return run_each_engine("bench.search_latency", args, argv)

    import os

    use_engine(args.engine, args.opensearch_url, args.rebuild)

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    os.environ["PAGE_CACHE"] = "false"
    os.environ["DATA_CACHE"] = "true" if args.data_cache == "first-time" else "false"
    os.environ["RATE_LIMIT_SEARCH"] = ""  # one address asks far more than a reader may (no limit)
    os.environ.setdefault("DEBUG", "false")
    import django

    django.setup()
    from wagtail.models import Page

    load_before = os.getloadavg()[0]
    warnings = stale_tables() if args.engine == "database" else []
    rows = []
    for language, queries in JUDGED.items():
        count = Page.objects.filter(locale__language_code=language).count()
        page_times, backend_times, query_counts, cpu_times = measure(
            language, [query for query, _relevant in queries], args.rounds, first_time=args.data_cache == "first-time"
        )
        rows.append(
            [
                language,
                count,
                len(page_times),
                f"{percentile(page_times, 0.5):.1f}",
                f"{percentile(page_times, 0.95):.1f}",
                f"{percentile(backend_times, 0.5):.1f}",
                f"{percentile(backend_times, 0.95):.1f}",
                f"{percentile(query_counts, 0.5)}",
                f"{percentile(cpu_times, 0.5):.1f}",
            ]
        )
    print(
        f"database: {describe_database(database_url())}, engine: {args.engine}, "
        f"shared data: {args.data_cache}, commit {git_commit()}"
    )
    print(f"load average (1 min): {load_before:.2f} before, {os.getloadavg()[0]:.2f} after")
    print(
        table(
            [
                "language",
                "pages",
                "requests",
                "page p50 ms",
                "page p95 ms",
                "backend p50 ms",
                "backend p95 ms",
                "queries",
                "page CPU p50 ms",
            ],
            rows,
        )
    )
    for warning in warnings:
        print(warning)


def stale_tables():
    """Warnings for tables that are mostly dead rows (after a rebuild, without autovacuum): searches read them."""
    warnings = []
    for name in ("wagtailsearch_indexentry", "wagtailcore_page"):
        share = dead_row_share(name)
        if share is not None and share > STALE_SHARE:
            warnings.append(
                f"warning: {share:.0%} of {name}'s rows are dead (autovacuum off or late); "
                "figures are slower than production's: run VACUUM ANALYZE and measure again"
            )
    return warnings


if __name__ == "__main__":
    raise SystemExit(main())
