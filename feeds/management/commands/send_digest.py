from django.core.management.base import BaseCommand
from django_tasks import TaskResultStatus

from feeds.models import Frequency
from feeds.tasks import send_digests_task


class Command(BaseCommand):
    help = (
        "Email each subscriber whose daily or weekly digest is due what was published in what they follow "
        "(enqueued as a django-tasks task; run it daily from cron)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--frequency", choices=Frequency.values, help="Only the subscribers of this rhythm.")
        parser.add_argument("--now", action="store_true", help="Run in this process instead of enqueueing.")

    def handle(self, *args, frequency=None, now=False, **options):
        if now:
            counts = send_digests_task.call(frequency=frequency)
        else:
            result = send_digests_task.enqueue(frequency=frequency)
            if result.status != TaskResultStatus.SUCCESSFUL:
                self.stdout.write(f"Digests enqueued as task {result.id} ({result.status}); a worker sends them.")
                return
            counts = result.return_value
        self.stdout.write(f"{counts['sent']} digests sent, {counts['empty']} subscribers with nothing new.")
