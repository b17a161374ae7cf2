"""``manage.py backup [--output DIR]``: the database, the media and a manifest (portal/backups.py)."""

from django.core.management.base import BaseCommand

from portal import backups


class Command(BaseCommand):
    help = "Back up the PostgreSQL database (pg_dump), the media files and a manifest of what they hold."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", default="backups", help="Folder to write the backup folder in (default: backups)."
        )

    def handle(self, *args, output, **options):
        folder, manifest = backups.backup(output)
        pages = manifest["tables"].get("wagtailcore.Page", {}).get("rows", 0)
        revisions = manifest["tables"].get("wagtailcore.Revision", {}).get("rows", 0)
        self.stdout.write(
            self.style.SUCCESS(
                f"Backup written to {folder} ({pages} pages, {revisions} revisions) in {manifest['seconds']} s."
            )
        )
        return str(folder)
