"""An email backend whose server is down (tests of what happens when sending fails)."""

from django.core.mail.backends.base import BaseEmailBackend


class Backend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise OSError("the mail server is down")


class Overlapping(BaseEmailBackend):
    """Starts a second digest run while the first is sending (cron and a worker overlapping), then delivers."""

    runs = []

    def send_messages(self, email_messages):
        from django.core import mail

        from feeds.digest import send_digests

        if not Overlapping.runs:
            Overlapping.runs.append(send_digests())
        mail.outbox.extend(email_messages)
        return len(email_messages)
