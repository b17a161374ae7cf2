"""Invitation links: signed (Django's ``TimestampSigner``), expiring after ``COMMUNITY_INVITATION_DAYS``.

The link carries only the invitation's id, signed; it is checked when opened: a changed
link is refused (``BadSignature``), an old one is expired (``SignatureExpired``), and an
invitation a manager withdrew (deleted) or already used no longer admits anyone. Only the
account that owns the invited address may accept (``addressed_to``).
"""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core import signing

SALT = "communities.invitation"


class InvalidInvitation(Exception):
    """The link was changed or never issued."""


class ExpiredInvitation(Exception):
    pass


def max_age():
    return getattr(settings, "COMMUNITY_INVITATION_DAYS", 14) * 24 * 3600


def token_for(invitation):
    return signing.TimestampSigner(salt=SALT).sign_object({"i": invitation.pk}, compress=False)


def invitation_for(token):
    """The ``Invitation`` the link ``token`` was issued for; raises ``InvalidInvitation`` or ``ExpiredInvitation``."""
    from communities.models.membership import Invitation

    try:
        data = signing.TimestampSigner(salt=SALT).unsign_object(token, max_age=max_age())
    except signing.SignatureExpired as error:
        raise ExpiredInvitation from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise InvalidInvitation from error
    invitation = Invitation.objects.select_related("community").filter(pk=data.get("i")).first()
    if invitation is None:
        raise ExpiredInvitation
    return invitation


def addressed_to(invitation, user):
    """Whether ``user`` owns the invited address: a verified address of theirs (django-allauth's), or the
    email of an account made by an administrator (which has no allauth address to verify)."""
    addresses = EmailAddress.objects.filter(user=user)
    if addresses.filter(email__iexact=invitation.email, verified=True).exists():
        return True
    return not addresses.exists() and (user.email or "").lower() == invitation.email.lower()
