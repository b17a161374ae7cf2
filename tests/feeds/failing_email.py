"""An email backend whose server is down (tests of what happens when sending fails)."""

from django.core.mail.backends.base import BaseEmailBackend


class Backend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise OSError("the mail server is down")
