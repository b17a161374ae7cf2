from django.core.management.base import BaseCommand, CommandError

from demo.loader import DemoContentError, DemoContentLoader


class Command(BaseCommand):
    help = "Build the demo site (Spanish originals, English and French translations, demo accounts). Idempotent."

    def handle(self, *args, **options):
        try:
            report = DemoContentLoader(stdout=self.stdout if options["verbosity"] > 1 else None).load()
        except DemoContentError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {report.created_pages} pages, {report.created_terms} glossary terms and "
                f"{report.created_translations} translations created, {len(report.created_users)} accounts created."
            )
        )
