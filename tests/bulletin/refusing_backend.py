"""An email backend whose server refuses the address a@example.org (tests/bulletin/test_bulletin.py)."""

import smtplib

from django.core.mail.backends.locmem import EmailBackend as LocmemBackend


class EmailBackend(LocmemBackend):
    def send_messages(self, messages):
        for message in messages:
            if "a@example.org" in message.to:
                raise smtplib.SMTPRecipientsRefused({"a@example.org": (550, b"no such user")})
        return super().send_messages(messages)
