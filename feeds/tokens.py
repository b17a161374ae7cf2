"""Signed links of the follow emails: confirmation (expires) and unsubscription (never expires).

Django's signing (``SECRET_KEY``), one salt per use, so one link can never be used as the other.
``FOLLOW_CONFIRMATION_HOURS`` (default 48) is how long a confirmation link works.
"""

from django.conf import settings
from django.core import signing

CONFIRM_SALT = "feeds.follow.confirm"
UNSUBSCRIBE_SALT = "feeds.unsubscribe"


def confirmation_hours():
    return getattr(settings, "FOLLOW_CONFIRMATION_HOURS", 48)


def confirmation_token(follow):
    return signing.dumps({"follow": follow.pk, "email": follow.subscriber.email}, salt=CONFIRM_SALT, compress=True)


def read_confirmation(token):
    """``{"follow", "email"}``; raises ``signing.SignatureExpired`` or ``signing.BadSignature``."""
    max_age = confirmation_hours() * 3600
    return signing.loads(token, salt=CONFIRM_SALT, max_age=max_age)


def unsubscribe_token(subscriber):
    return signing.dumps({"subscriber": subscriber.pk, "email": subscriber.email}, salt=UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe(token):
    """``{"subscriber", "email"}``; raises ``signing.BadSignature``."""
    return signing.loads(token, salt=UNSUBSCRIBE_SALT)
