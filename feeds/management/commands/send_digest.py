from django.core.management.base import BaseCommand

from feeds.digest import send_digests
from feeds.models import Frequency


class Command(BaseCommand):
    help = "Email each subscriber whose daily or weekly digest is due what was published in what they follow."

    def add_arguments(self, parser):
        parser.add_argument("--frequency", choices=Frequency.values, help="Only the subscribers of this rhythm.")

    def handle(self, *args, frequency=None, **options):
        sent, empty = send_digests(frequency=frequency)
        self.stdout.write(f"{sent} digests sent, {empty} subscribers with nothing new.")
