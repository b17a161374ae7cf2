"""``manage.py check_community_activity [--dry-run]``: the daily check of communities (``communities/activity.py``)."""

from django.core.management.base import BaseCommand

from communities import activity


class Command(BaseCommand):
    help = (
        "Flag communities with no new content for a year and ask their managers to revive or archive them; "
        "remind managers of join requests pending for more than 30 days. Safe to run daily: no one is emailed "
        "twice about the same thing within 30 days."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Say what would be done; email no one, save nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        lines = activity.check_all(dry_run=dry_run)
        for line in lines:
            self.stdout.write(("[dry run] " if dry_run else "") + line)
        if not lines:
            self.stdout.write("Every community is active and no join request waits for more than 30 days.")
