from django.core.management.base import BaseCommand

from editorial.roles import setup_editorial


class Command(BaseCommand):
    help = (
        "Create or correct the editorial roles (Wagtail groups and their permissions) and the moderated "
        "publishing workflow. Idempotent: run it after every deployment."
    )

    def handle(self, *args, **options):
        groups, workflow = setup_editorial()
        self.stdout.write(
            self.style.SUCCESS(f"Editorial set-up ready: {len(groups)} role groups, workflow “{workflow.name}”.")
        )
