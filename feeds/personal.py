"""A member's subscriptions in their data download, and gone with their account (``members/signals.py``).

Subscriptions belong to email addresses, not accounts: those of the member's addresses (the
account's and allauth's verified and unverified ones) are theirs.
"""

from feeds.models import Subscriber


def _subscribers(user):
    addresses = {user.email, *user.emailaddress_set.values_list("email", flat=True)} - {""}
    return Subscriber.objects.filter(email__in=addresses)


def personal_data(sender, member, user, **kwargs):
    subscribers = _subscribers(user).prefetch_related("follows__page").order_by("email")
    return {
        "subscriptions": [
            {
                "email": subscriber.email,
                "language": subscriber.language,
                "frequency": subscriber.frequency,
                "since": subscriber.created_at,
                "follows": [
                    {
                        "page": follow.page.title if follow.page else None,
                        "address": follow.page.full_url if follow.page else None,
                        "content_type": follow.content_type or None,
                        "confirmed": follow.confirmed_at,
                    }
                    for follow in subscriber.follows.all()
                ],
            }
            for subscriber in subscribers
        ]
    }


def account_deleting(sender, member, user, **kwargs):
    """The member's subscriptions and follows go with the account, whatever they chose for contributions."""
    _subscribers(user).delete()
