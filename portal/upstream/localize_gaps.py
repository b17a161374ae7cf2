"""Gaps in wagtail-localize 1.14.5's translation of its own admin, worked around here.

1. Dates in the translation editor ("Traduit manuellement le 4 December 2026"):
   ``StringTranslation.get_comment`` formats the date with ``strftime("%-d %B %Y")``,
   which writes month names in the process's C locale, English, whatever the user's
   language. ``localized_comment`` writes the same sentence (same msgids, so the same
   catalogue entries) with Django's ``date_format``, in the user's language; the editor's
   props (``localize_props_dates``, a template filter on the portal's copy of the editor
   template) and the answer of the view that saves a text (``edit_string_translation``,
   mounted at wagtail-localize's path ahead of it) use it.
   Upstream: wagtail/wagtail-localize, models.py ``StringTranslation.get_comment`` (strftime with %B).

2. "Traducciones" in a French Reports menu: wagtail-localize registers its report's menu
   item with ``gettext`` (not ``gettext_lazy``) inside ``register_reports_menu_item``,
   which Wagtail calls once per process, so the label stays in the language of the first
   request. ``relabel_translations_report`` (``construct_reports_menu``, per request)
   puts a menu item with a lazy label in its place, on the request's own list of items.
   Upstream: wagtail/wagtail-localize, wagtail_hooks.py ``register_wagtail_localize2_report_menu_item``.

Not worked around (no supported way in, short of rebuilding the React editor): its
"<source> to <target> translation" tab title and "More actions" label are plain English
in its JavaScript, not passed through ``gettext``.
tests/editorial/test_translator_admin.py fails if any of these stops holding.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from wagtail.admin.menu import MenuItem
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.views.edit_translation import edit_string_translation


def localized_comment(string_translation):
    """``StringTranslation.get_comment()`` with the date in the active language."""
    date = date_format(timezone.localtime(string_translation.updated_at), "DATE_FORMAT")
    if string_translation.tool_name:
        return _("Translated with {tool_name} on {date}").format(tool_name=string_translation.tool_name, date=date)
    if string_translation.translation_type == StringTranslation.TRANSLATION_TYPE_MANUAL:
        return _("Translated manually on {date}").format(date=date)
    if string_translation.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE:
        return _("Machine translated on {date}").format(date=date)
    return string_translation.get_comment()


def localize_props_dates(props, translation):
    """The translation editor's props (JSON) with its dates in the active language; three queries."""
    data = json.loads(props)
    entries = data.get("initialStringTranslations") or []
    contexts = dict(
        StringSegment.objects.filter(
            pk__in=[entry["segment_id"] for entry in entries if entry.get("segment_id")]
        ).values_list("pk", "context_id")
    )
    found = {
        (item.translation_of_id, item.context_id): item
        for item in StringTranslation.objects.filter(
            locale_id=translation.target_locale_id,
            translation_of_id__in=[entry["string_id"] for entry in entries],
            context_id__in=set(contexts.values()),
        )
    }
    for entry in entries:
        item = found.get((entry["string_id"], contexts.get(entry.get("segment_id"))))
        if item is not None:
            entry["comment"] = localized_comment(item)
    obj = data.get("object") or {}
    if obj.get("lastPublishedDate"):
        target = translation.get_target_instance()
        if getattr(target, "last_published_at", None):
            obj["lastPublishedDate"] = date_format(timezone.localtime(target.last_published_at), "DATE_FORMAT")
    return json.dumps(data, cls=DjangoJSONEncoder)


@csrf_exempt  # as wagtail-localize's view (Django REST framework's), which checks the CSRF token itself
def localized_edit_string_translation(request, translation_id, string_segment_id):
    """wagtail-localize's view saving one text, answering with the comment dated in the user's language."""
    response = edit_string_translation(request, translation_id, string_segment_id)
    data = getattr(response, "data", None)
    if response.status_code in (200, 201) and isinstance(data, dict) and data.get("comment"):
        segment = StringSegment.objects.filter(pk=string_segment_id).values_list("string_id", "context_id").first()
        locale_id = Translation.objects.filter(pk=translation_id).values_list("target_locale_id", flat=True).first()
        item = None
        if segment is not None and locale_id is not None:
            item = StringTranslation.objects.filter(
                translation_of_id=segment[0], context_id=segment[1], locale_id=locale_id
            ).first()
        if item is not None:
            data["comment"] = localized_comment(item)
    return response


def urlpatterns():
    return [
        path(
            "localize/translate/<int:translation_id>/strings/<int:string_segment_id>/edit/",
            localized_edit_string_translation,
            name="portal_edit_string_translation",
        )
    ]


TRANSLATIONS_REPORT = "wagtail_localize:translations_report"


def relabel_translations_report(request, menu_items):
    """``construct_reports_menu`` hook: wagtail-localize's report item, with its label in the request's language."""
    url = reverse(TRANSLATIONS_REPORT)
    for index, item in enumerate(menu_items):
        if item.url == url and not isinstance(item, RelabelledMenuItem):
            menu_items[index] = RelabelledMenuItem(
                gettext_lazy("Translations"), url, name=item.name, icon_name=item.icon_name, order=item.order
            )


class RelabelledMenuItem(MenuItem):
    pass
