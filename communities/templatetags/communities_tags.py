from django import template
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def display_name(user):
    """The name other readers see for ``user``: never the whole email address."""
    if user is None:
        return _("former member")
    return user.get_full_name() or user.email.partition("@")[0]
