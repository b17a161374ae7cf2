"""What counting and pruning the searches costs, and that they count what readers asked.

The counters take one statement for a query already asked today (one round trip with
Wagtail's own counter), commit without waiting for the disk only when run alone, count a
query once per language, and ``prune_search_terms`` keeps 400 days of counts. No timings
here: bench/search_latency.py measures them.
"""

import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale

from search import statistics
from search.models import KEEP_DAYS, SearchQueryDay
from tests.factories import locales
from tests.helpers import database_backends_only

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.factories,
    database_backends_only,
    pytest.mark.only_engine("database"),
]


def locale(language):
    """The Wagtail locale of ``language`` (the three content languages are made if missing)."""
    locales()
    return Locale.objects.get(language_code=language)


# --- Counters ----------------------------------------------------------------------------


def test_a_query_already_asked_today_is_counted_in_one_statement(django_assert_num_queries):
    english = locale("en")
    SearchQueryDay.record("Pension", english, 3)
    with django_assert_num_queries(1):
        SearchQueryDay.record("pension", english, 0)
    row = SearchQueryDay.objects.get(query_string="pension", locale=english)
    assert (row.hits, row.zero_result_hits, row.date) == (2, 1, timezone.localdate())


def test_a_search_asked_already_today_is_counted_in_one_round_trip(client):
    french = locale("fr")
    statistics.record_search("Zorbax  pension", french, 0)
    with CaptureQueriesContext(connection) as queries:
        statistics.record_search("zorbax pension", french, 4)
    statements = [query["sql"].split()[0] for query in queries if "SAVEPOINT" not in query["sql"]]
    # PostgreSQL: both UPDATEs in one WITH statement; elsewhere two UPDATEs.
    assert statements == (["WITH"] if connection.vendor == "postgresql" else ["UPDATE", "UPDATE"])
    assert Query.get("zorbax pension").hits == 2
    row = SearchQueryDay.objects.get(query_string="zorbax pension")
    assert (row.hits, row.zero_result_hits) == (2, 1)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's commit setting")
def test_counting_alone_does_not_wait_for_the_disk(monkeypatch):
    """In autocommit (a request's own statement), the counters' transaction commits without a flush."""
    french = locale("fr")
    statistics.record_search("zorbax pension", french, 1)
    # Tests run in a transaction; a request's statement runs alone.
    monkeypatch.setattr(connection, "get_autocommit", lambda: True)
    with CaptureQueriesContext(connection) as queries:
        statistics.record_search("zorbax pension", french, 1)
    [statement] = [query["sql"] for query in queries]
    assert "set_config('synchronous_commit', 'off', true)" in statement
    assert Query.get("zorbax pension").hits == 2
    assert SearchQueryDay.objects.get(query_string="zorbax pension").hits == 2


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's commit setting")
def test_the_commit_setting_lasts_only_for_the_statements_own_transaction():
    """What the above relies on: a statement run alone ends its transaction, and the setting with it."""
    import psycopg2

    conf = connection.settings_dict
    alone = psycopg2.connect(dbname=conf["NAME"], user=conf["USER"], host=conf["HOST"], port=conf["PORT"] or 5432)
    try:
        alone.autocommit = True
        with alone.cursor() as cursor:
            cursor.execute("SELECT set_config('synchronous_commit', 'off', true)")
            assert cursor.fetchone() == ("off",)
            cursor.execute("SHOW synchronous_commit")
            assert cursor.fetchone() == ("on",)
    finally:
        alone.close()


def test_counting_inside_a_transaction_leaves_its_commit_alone():
    french = locale("fr")
    statistics.record_search("zorbax pension", french, 1)
    with transaction.atomic(), CaptureQueriesContext(connection) as queries:
        statistics.record_search("zorbax pension", french, 1)
    assert not any("set_config" in query["sql"] for query in queries)
    assert Query.get("zorbax pension").hits == 2
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW synchronous_commit")
            assert cursor.fetchone() == ("on",)


def test_a_query_asked_today_in_another_language_is_counted_once_in_each_counter():
    statistics.record_search("zorbax pension", locale("fr"), 0)
    statistics.record_search("Zorbax pension", locale("en"), 2)  # Wagtail's row exists today, ours for English not
    statistics.record_search("zorbax pension", locale("en"), 2)
    assert Query.get("zorbax pension").hits == 3
    rows = SearchQueryDay.objects.filter(query_string="zorbax pension")
    rows = dict(rows.values_list("locale__language_code", "hits"))
    assert rows == {"fr": 1, "en": 2}


# --- Pruning -------------------------------------------------------------------------------


@pytest.fixture
def counts_of_several_ages():
    today = timezone.localdate()
    for days in (0, 30, KEEP_DAYS - 1, KEEP_DAYS, 1000):
        SearchQueryDay.objects.create(
            query_string=f"asked {days} days ago", locale=locale("es"), date=today - datetime.timedelta(days=days)
        )


def kept():
    return sorted(SearchQueryDay.objects.values_list("query_string", flat=True))


def test_prune_keeps_400_days(counts_of_several_ages):
    out = StringIO()
    call_command("prune_search_terms", stdout=out)
    assert KEEP_DAYS == 400
    assert kept() == ["asked 0 days ago", "asked 30 days ago", "asked 399 days ago"]
    assert "Deleted 2" in out.getvalue()


def test_prune_with_days(counts_of_several_ages):
    call_command("prune_search_terms", "--days", "31", stdout=StringIO())
    assert kept() == ["asked 0 days ago", "asked 30 days ago"]
    with pytest.raises(CommandError):
        call_command("prune_search_terms", "--days", "0", stdout=StringIO())
