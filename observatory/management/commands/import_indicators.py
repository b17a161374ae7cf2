"""``manage.py import_indicators file.csv [--dry-run]``: see observatory/importer.py."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from observatory import importer


class Command(BaseCommand):
    help = (
        "Import indicator figures from a CSV file (ILO World Social Protection Data Dashboards layout: "
        "country ISO3, indicator code, year, value, source). All or nothing; importing twice changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="the CSV file (UTF-8)")
        parser.add_argument("--dry-run", action="store_true", help="check and report; save nothing")
        parser.add_argument(
            "--illustrative", action="store_true", help="mark the figures as illustrative (demo data, not statistics)"
        )

    def handle(self, *args, **options):
        translation.activate("en")
        try:
            with open(options["file"], "rb") as handle:
                text = importer.decode(handle.read())
            report = importer.run(text, dry_run=options["dry_run"], illustrative=options["illustrative"])
        except OSError as error:
            raise CommandError(f"{options['file']}: {error.strerror}") from error
        except importer.ImportFileError as error:
            raise CommandError(f"{options['file']}: {error}") from error
        if report.errors:
            for error in report.errors:
                self.stderr.write(f"{options['file']}: {error}")
            lines = len({error.line for error in report.errors})
            raise CommandError(f"{len(report.errors)} error(s) on {lines} line(s); nothing saved.")
        prefix = "Dry run, nothing saved: " if options["dry_run"] else ""
        self.stdout.write(self.style.SUCCESS(prefix + report.summary()))
