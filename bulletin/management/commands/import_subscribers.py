"""``manage.py import_subscribers FILE.csv [--dry-run]``: see bulletin/importer.py and README "The bulletin"."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from bulletin import importer


class Command(BaseCommand):
    help = (
        "Import bulletin subscribers (email, language, interests) from a CSV file; nothing is saved if a line is bad."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--dry-run", action="store_true", help="Check the file and report; save nothing.")

    def handle(self, file, dry_run, **options):
        path = Path(file)
        try:
            text = importer.decode(path.read_bytes())
            report = importer.run(text, source=path.name, dry_run=dry_run)
        except OSError as error:
            raise CommandError(str(error)) from None
        except importer.ImportFileError as error:
            raise CommandError(str(error)) from None
        if report.errors:
            for error in report.errors:
                self.stderr.write(error)
            raise CommandError(f"{len(report.errors)} bad line(s): nothing was imported.")
        self.stdout.write(("Dry run: " if dry_run else "") + report.summary)
