"""``manage.py resume_bulletins``: enqueue the next batch of every issue whose sending stalled (a worker crash).

Run it from cron every few minutes and before the worker starts; see bulletin/sending.py.
"""

import datetime

from django.core.management.base import BaseCommand

from bulletin import sending


class Command(BaseCommand):
    help = "Resume the sending of bulletin issues with no progress for BULLETIN_STALLED_MINUTES (after a crash)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--stalled-minutes", type=float, help="Resume issues with no progress for this long (default: the setting)."
        )

    def handle(self, stalled_minutes=None, **options):
        after = None if stalled_minutes is None else datetime.timedelta(minutes=stalled_minutes)
        resumed = sending.resume_stalled(after=after)
        for issue in resumed:
            self.stdout.write(f"Resumed: {issue.pk} {issue.subject}")
        if not resumed:
            self.stdout.write("Nothing to resume.")
