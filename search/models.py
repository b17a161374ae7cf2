"""What readers search for, per language: how often each query was asked and how often it found nothing.

Wagtail's ``search_promotions.Query`` counts hits per query string for every language at
once (it feeds the "popular search terms" of the promotions editor, and the search page
adds a hit there too). Editors who curate promotions per language need the counts per
locale, and the queries that found nothing; that is this model: one row per query,
locale and day. ``manage.py prune_search_terms`` deletes the rows older than
``KEEP_DAYS`` (400) days; run it daily.
"""

import datetime

from django.db import models
from django.db.models import F, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.search.utils import MAX_QUERY_STRING_LENGTH, normalise_query_string

#: The permission that shows the search terms report (Reports → Search terms by language).
REPORT_PERMISSION = "search.view_search_report"

#: Days of counts kept by ``manage.py prune_search_terms`` (the report shows 30; a year and a month allow
#: comparing a month with the same month a year before).
KEEP_DAYS = 400


class SearchQueryDay(models.Model):
    query_string = models.CharField(_("query"), max_length=MAX_QUERY_STRING_LENGTH)
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="+", verbose_name=_("language")
    )
    date = models.DateField(_("date"))
    hits = models.PositiveIntegerField(_("searches"), default=0)
    zero_result_hits = models.PositiveIntegerField(_("searches with no results"), default=0)

    class Meta:
        verbose_name = _("search query count")
        verbose_name_plural = _("search query counts")
        default_permissions = ()
        permissions = [("view_search_report", _("Can view the search terms report"))]
        constraints = [
            models.UniqueConstraint(fields=["query_string", "locale", "date"], name="search_query_day_unique")
        ]

    def __str__(self):
        return f"{self.query_string} ({self.locale_id}, {self.date})"

    @classmethod
    def record(cls, query_string, locale, result_count):
        """Count one search for ``query_string`` (normalised as Wagtail does) in ``locale`` today."""
        query_string = normalise_query_string(query_string)
        if not query_string:
            return
        key = {"query_string": query_string, "locale": locale, "date": timezone.localdate()}
        increment = {"hits": F("hits") + 1, "zero_result_hits": F("zero_result_hits") + (0 if result_count else 1)}
        # One statement when the query was already asked today (most searches); else create the row first.
        if not cls.objects.filter(**key).update(**increment):
            row, _created = cls.objects.get_or_create(**key)
            cls.objects.filter(pk=row.pk).update(**increment)

    @classmethod
    def prune(cls, days=KEEP_DAYS):
        """Delete the counts older than ``days`` days; returns how many rows were deleted."""
        before = timezone.localdate() - datetime.timedelta(days=days - 1)
        deleted, _by_model = cls.objects.filter(date__lt=before).delete()
        return deleted

    @classmethod
    def top(cls, *, days=30, locale=None, zero_results=False, limit=50):
        """The most asked queries of the last ``days`` days (only those that found nothing with ``zero_results``).

        Rows are dicts: ``query_string``, ``language_code``, ``searches``, ``zero_results``.
        """
        since = timezone.localdate() - datetime.timedelta(days=days - 1)
        rows = cls.objects.filter(date__gte=since)
        if locale is not None:
            rows = rows.filter(locale=locale)
        rows = rows.values("query_string", language_code=F("locale__language_code")).annotate(
            searches=Sum("hits"), zero_results=Sum("zero_result_hits")
        )
        if zero_results:
            return rows.filter(zero_results__gt=0).order_by("-zero_results", "-searches", "query_string")[:limit]
        return rows.order_by("-searches", "query_string")[:limit]
