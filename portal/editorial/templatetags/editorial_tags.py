"""Template filters for the editorial admin screens."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder

register = template.Library()


@register.filter
def without_convert_to_alias(props):
    """wagtail-localize's translation-editor props, minus "Convert to alias page" for non-publishers.

    Its React editor offers that button whenever the URL is in the props; the view behind it is
    checked in portal.editorial.localize_permissions, this keeps the button away too.
    """
    data = json.loads(props)
    if not data.get("perms", {}).get("canPublish"):
        data.get("links", {})["convertToAliasUrl"] = None
    return json.dumps(data, cls=DjangoJSONEncoder)
