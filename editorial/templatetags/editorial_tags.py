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
    checked in editorial.localize_permissions, this keeps the button away too.
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


@register.simple_tag(takes_context=True)
def translates_into(context, locale):
    """Whether the current user is a translator of ``locale`` (editorial.start_translation)."""
    from editorial.start_translation import translator_locales

    return locale.pk in translator_locales(context["request"].user)


@register.simple_tag
def word_diff(before, after):
    """The whole of ``before`` and ``after`` as one text, words removed in ``<del>`` and added in ``<ins>``.

    Compared word by word (``difflib.SequenceMatcher`` over words and the spaces between them),
    so a sentence added at the end, or one word changed in a long paragraph, shows where it is.
    """
    import difflib
    import re

    from django.utils.html import escape
    from django.utils.safestring import mark_safe
    from django.utils.translation import gettext

    split = re.compile(r"(\s+)").split
    old, new = split(before or ""), split(after or "")
    parts = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for operation, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if operation == "equal":
            parts.append(escape("".join(old[old_start:old_end])))
            continue
        if old_end > old_start:
            parts.append(
                '<del class="editorial-diff__removed" title="{}">{}</del>'.format(
                    escape(gettext("removed")), escape("".join(old[old_start:old_end]))
                )
            )
        if new_end > new_start:
            parts.append(
                '<ins class="editorial-diff__added" title="{}">{}</ins>'.format(
                    escape(gettext("added")), escape("".join(new[new_start:new_end]))
                )
            )
    return mark_safe("".join(parts))


@register.filter
def localize_dates(props, translation):
    """The editor's props, each text's "translated on" date in the user's language (see localize_gaps)."""
    from portal.upstream.localize_gaps import localize_props_dates

    return localize_props_dates(props, translation)


@register.inclusion_tag("includes/review_banner.html", takes_context=True)
def review_banner(context, page):
    """On the preview of a page that awaits review: a banner saying it is a draft, not what readers see.

    Only previews ask (``request.is_preview``, set by Wagtail), so public pages cost no query.
    """
    request = context.get("request")
    show = bool(getattr(request, "is_preview", False) and page is not None and getattr(page, "pk", None))
    show = show and bool(getattr(page, "workflow_in_progress", False))
    # Its reviewers get the way to the editor, where they approve or request changes.
    from editorial.review_access import under_review_by

    return {"show": show, "page": page, "can_review": show and under_review_by(page, request.user)}


@register.simple_tag(takes_context=True)
def awaiting_my_review(context, page):
    """The review bar's context for ``page`` if it awaits the current user's review (and they may act), else None."""
    from editorial.review_access import review_context, under_review_by

    request = context.get("request")
    if request is None or not under_review_by(page, request.user):
        return None
    review = review_context(request, page)
    return review if review and review["actions"] else None


@register.inclusion_tag("wagtailadmin/shared/buttons.html", takes_context=True)
def explorer_row_buttons(context, page, user, next_url=None):
    """Wagtail's ``page_listing_buttons`` for an explorer row, without per-row queries (see portal/upstream)."""
    from portal.upstream.explorer_listing import listing_buttons

    return listing_buttons(context, page, user, next_url=next_url)


@register.simple_tag(takes_context=True)
def snippet_translation_panels(context, instance):
    """A snippet translation editor's side panels and what they need (portal/upstream/localize_snippet_status.py)."""
    from portal.upstream.localize_snippet_status import snippet_panels

    return snippet_panels(context.get("side_panels") or [], instance, context["request"])


@register.simple_tag
def translation_footer(translation, instance, page_perms, user=None):
    """The translation editor's footer for a user who may not publish the page or reviewed snippet, or None
    (wagtail-localize's own)."""
    from portal.upstream.localize_footer import footer, replaces_footer, snippet_footer

    if not replaces_footer(instance, page_perms, user):
        return None
    if page_perms is not None:  # a page
        return footer(translation, instance, page_perms)
    return snippet_footer(translation, instance, user)
