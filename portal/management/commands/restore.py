"""``manage.py restore FOLDER [--database-name NAME --create] [--no-input]`` (portal/backups.py)."""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from portal import backups


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup` into the configured database (or --database-name), "
        "unpack its media into MEDIA_ROOT, check every table against the manifest and rebuild the search indexes."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="A backup folder written by `manage.py backup`.")
        parser.add_argument("--database-name", help="Restore into this database on the same server (a drill).")
        parser.add_argument("--create", action="store_true", help="Create that database first.")
        parser.add_argument("--no-input", action="store_false", dest="interactive", help="Do not ask to confirm.")

    def handle(self, *args, folder, database_name, create, interactive, **options):
        database = backups.database_settings()
        target = database_name or database["NAME"]
        manifest = backups.read_manifest(folder)
        if interactive and not create:
            answer = input(
                f"This replaces everything in the database '{target}' and adds the media files. Type 'yes': "
            )
            if answer != "yes":
                raise CommandError("Restore cancelled.")
        started = time.monotonic()
        differences = backups.restore(folder, database_name=target, create=create)
        if differences:
            lines = [f"{label}: expected {expected}, found {found}" for label, (expected, found) in differences.items()]
            raise CommandError("The restored database differs from the backup:\n" + "\n".join(lines))
        if target == database["NAME"]:
            call_command("rebuild_search_index", verbosity=0)
            searched = "search indexes rebuilt"
        else:
            searched = f"point DATABASE_URL at '{target}' and run `manage.py rebuild_search_index`"
        pages = manifest["tables"].get("wagtailcore.Page", {}).get("rows", 0)
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {folder} into '{target}' in {time.monotonic() - started:.1f} s: every table matches the "
                f"manifest ({pages} pages); {searched}."
            )
        )
