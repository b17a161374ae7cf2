"""Delete the per-language search counts (``SearchQueryDay``) older than 400 days (``--days``).

The search page adds a row per query, language and day; nothing else removes them.
Run it daily (cron, or a scheduled job of the hosting platform), like Wagtail's
``searchpromotions_garbage_collect`` for its own daily hits. The search terms report
shows the last 30 days; the default keeps a year and a month.
"""

from django.core.management.base import BaseCommand, CommandError

from search.models import KEEP_DAYS, SearchQueryDay


class Command(BaseCommand):
    help = (
        f"Delete the per-language search counts (Reports → Search terms by language) older than {KEEP_DAYS} "
        "days, or --days. Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=KEEP_DAYS,
            help=f"Days of counts to keep, today included (default {KEEP_DAYS}; the report shows 30).",
        )

    def handle(self, *args, days, **options):
        if days < 1:
            raise CommandError("--days must be at least 1.")
        deleted = SearchQueryDay.prune(days=days)
        self.stdout.write(f"Deleted {deleted} search count(s) older than {days} days.")
