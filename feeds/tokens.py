"""Signed links of the follow emails: confirmation and preferences (expire), unsubscription (never expires).

Django's signing (``SECRET_KEY``), one salt per use, so one link can never be used as the other.
``FOLLOW_CONFIRMATION_HOURS`` (default 48) is how long a confirmation link works,
``FOLLOW_PREFERENCES_DAYS`` (default 60) how long the preferences link of an email works (every
email carries a fresh one). A preferences link names the address it was sent to: it stops working
when that subscriber is gone or the address changed.
"""

from django.conf import settings
from django.core import signing

CONFIRM_SALT = "feeds.follow.confirm"
UNSUBSCRIBE_SALT = "feeds.unsubscribe"
PREFERENCES_SALT = "feeds.preferences"


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


def preferences_days():
    return getattr(settings, "FOLLOW_PREFERENCES_DAYS", 60)


def preferences_token(subscriber):
    return signing.dumps({"subscriber": subscriber.pk, "email": subscriber.email}, salt=PREFERENCES_SALT, compress=True)


def read_preferences(token):
    """``{"subscriber", "email"}``; raises ``signing.SignatureExpired`` or ``signing.BadSignature``."""
    return signing.loads(token, salt=PREFERENCES_SALT, max_age=preferences_days() * 86400)
