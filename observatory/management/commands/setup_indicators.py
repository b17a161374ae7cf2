from django.core.management.base import BaseCommand

from observatory.catalogue import ensure_indicators


class Command(BaseCommand):
    help = "Create the observatory's indicators (es/en/fr) that are missing. Idempotent."

    def handle(self, *args, **options):
        created = ensure_indicators()
        self.stdout.write(self.style.SUCCESS(f"Indicators ready: {created} created."))
