"""Template filters for the editorial admin screens."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.text import capfirst

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


@register.simple_tag
def machine_translator_name():
    """The configured machine translation service's name, or "" when none is configured."""
    from django.conf import settings

    config = getattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR", None)
    if not config:
        return ""
    return config["CLASS"].rsplit(".", 1)[-1].removesuffix("Translator")


@register.filter
def segment_label(path, translation):
    """A segment path such as ``summary`` or ``body.<block id>`` as the field's name in the editor's language."""
    from django.core.exceptions import FieldDoesNotExist

    model = translation.source.specific_content_type.model_class()
    name = path.split(".", 1)[0]
    try:
        return capfirst(model._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return name


@register.inclusion_tag("includes/review_banner.html", takes_context=True)
def review_banner(context, page):
    """On the preview of a page that awaits review: a banner saying it is a draft, not what readers see.

    Only previews ask (``request.is_preview``, set by Wagtail), so public pages cost no query.
    """
    request = context.get("request")
    show = bool(getattr(request, "is_preview", False) and page is not None and getattr(page, "pk", None))
    return {"show": show and bool(getattr(page, "workflow_in_progress", False))}


@register.simple_tag(takes_context=True)
def awaiting_my_review(context, page):
    """The review bar's context for ``page`` if it awaits the current user's review (and they may act), else None."""
    from portal.editorial.review_access import review_context, under_review_by

    request = context.get("request")
    if request is None or not under_review_by(page, request.user):
        return None
    review = review_context(request, page)
    return review if review and review["actions"] else None
