"""The observatory page at the issue's scale: 200 countries × 12 indicators × 20 years.

Adds the figures to a database that has the demo loaded (``migrate`` and ``load_demo_content``
first; a copy of it, since the figures of 200 countries replace the demo's), then requests the
French observatory page in this process with Django's test client, page cache and shared data
OFF (every request builds the page from the database), and prints p50/p95 time, this process's
CPU time per request (median: it depends far less on other processes' load than the elapsed
time), the SQL queries of one request and their time, and the size of the HTML, for the default
view (latest value per country, all indicators) and a comparison of eight countries over 20
years. Speed is measured here, never asserted in tests.

    DATABASE_URL=sqlite:////tmp/obs-bench.sqlite3 .venv/bin/python -m bench.observatory [--requests 50] [--no-fill]
"""

import argparse
import os
import random
import statistics
import time
from decimal import Decimal

from bench.common import database_url, describe_database, freeze_like_production, setup_django

COUNTRIES, INDICATORS, YEARS = 200, 12, 20


def fill():
    """Replace the figures by 200 × 12 × 20 illustrative ones (a 12th indicator is added if missing)."""
    import pycountry
    from wagtail.models import Locale

    from observatory.catalogue import ensure_indicators
    from observatory.models import Indicator, IndicatorValue

    ensure_indicators()
    if Indicator.objects.values("code").distinct().count() < INDICATORS:
        for locale in Locale.objects.all():
            Indicator.objects.get_or_create(
                code="BENCH_EXTRA",
                locale=locale,
                defaults={
                    "name": "Bench indicator",
                    "short_name": "Bench",
                    "definition": "For the bench.",
                    "unit": "%",
                },
            )
    codes = sorted(set(Indicator.objects.values_list("code", flat=True)))[:INDICATORS]
    countries = [country.alpha_3 for country in pycountry.countries][:COUNTRIES]
    rng = random.Random(21)
    IndicatorValue.objects.all().delete()
    rows = [
        IndicatorValue(
            indicator_code=code,
            country=country,
            year=2005 + year,
            value=Decimal(f"{rng.uniform(0, 100):.1f}"),
            source="Bench figures",
            illustrative=True,
        )
        for code in codes
        for country in countries
        for year in range(YEARS)
    ]
    IndicatorValue.objects.bulk_create(rows, batch_size=2000)
    return len(rows), countries


def measure(client, url, requests):
    """(p50 ms, p95 ms, this process's CPU ms per request (median), bytes, queries, their ms)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times, cpu, size = [], [], 0
    for _ in range(requests):
        start, start_cpu = time.perf_counter(), time.process_time()
        response = client.get(url, HTTP_HOST="localhost")
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        size = len(response.content)
    with CaptureQueriesContext(connection) as queries:
        client.get(url, HTTP_HOST="localhost")
    database_ms = sum(float(query["time"]) for query in queries.captured_queries) * 1000
    times.sort()
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    return statistics.median(times), p95, statistics.median(cpu), size, len(queries.captured_queries), database_ms


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument(
        "--no-fill",
        action="store_true",
        help="keep the figures already there (a database this script filled before): rewriting "
        "48,000 rows before each run leaves them unvacuumed, which slows the first reads",
    )
    args = parser.parse_args()
    setup_django("config.settings.dev", PAGE_CACHE="false", DATA_CACHE="false", DEBUG="false")
    from django.test import Client

    from bench.common import demo_page

    # No ``setup_test_environment()``: it instruments every template render to record its
    # context for tests (a copy per template, work production never does; it also doubled
    # the collector's pauses).
    if args.no_fill:
        import pycountry

        from observatory.models import IndicatorValue

        count, countries = IndicatorValue.objects.count(), [c.alpha_3 for c in pycountry.countries][:COUNTRIES]
    else:
        count, countries = fill()
    page = demo_page("observatory", "fr")
    url = page.url
    comparison = url + "?indicator=COV_OLD_AGE&start=2005&end=2024&" + "&".join(f"country={c}" for c in countries[:8])
    client = Client()
    print(f"database: {describe_database(database_url())}; figures: {count}")
    print(f"load average before: {' '.join(f'{load:.1f}' for load in os.getloadavg())}")
    print(f"{'view':<30} {'p50 ms':>7} {'p95 ms':>7} {'CPU ms':>7} {'queries':>7} {'SQL ms':>7} {'HTML KB':>8}")
    for label, target in (("table (latest values)", url), ("table 2015 + comparison of 8", comparison + "&year=2015")):
        client.get(target, HTTP_HOST="localhost")  # warm-up: imports, templates
        freeze_like_production()  # as config/wsgi.py does in a production worker
        p50, p95, cpu, size, queries, database_ms = measure(client, target, args.requests)
        print(f"{label:<30} {p50:>7.1f} {p95:>7.1f} {cpu:>7.1f} {queries:>7} {database_ms:>7.1f} {size / 1024:>8.1f}")
    print(f"load average after: {' '.join(f'{load:.1f}' for load in os.getloadavg())}")
    os.environ.pop("PAGE_CACHE", None)


if __name__ == "__main__":
    main()
