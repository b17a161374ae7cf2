"""Which translations are out of date with their source, since when, and in which texts.

wagtail-localize extracts a source's texts once, when a translation is first made, and
again only when someone presses "Sync translated pages"; nothing tells a translator that
the Spanish page was republished with different text. Here, whenever a source page or
snippet is published:

- its ``TranslationSource`` is refreshed from the live content (what "Sync" does, without
  touching any translated page), so the translation editor at once shows the changed
  texts as untranslated while every unchanged text keeps its translation;
- if any text changed, each of its translations gets an ``OutdatedTranslation`` with the
  date and the list of changed texts (before and after), which the translation editor,
  the dashboard and the translation-status report show.

When a translated page is published again with every text translated, its mark goes.
Aliases (untranslated placeholders that mirror their source) are never marked.
"""

from collections import defaultdict

from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone
from wagtail.models import Page
from wagtail.signals import page_published, published
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from editorial.models import OutdatedTranslation


def source_texts(source):
    """segment path -> the source texts at that path, in order."""
    texts = defaultdict(list)
    segments = (
        StringSegment.objects.filter(source=source)
        .select_related("string", "context")
        .order_by("order")
        .values_list("context__path", "string__data")
    )
    for path, text in segments:
        texts[path].append(text)
    return texts


def changed_texts(before, after):
    changes = []
    # In the source's order, then the texts it no longer has.
    for path in [*after, *(path for path in before if path not in after)]:
        old, new = before.get(path, []), after.get(path, [])
        if old != new:
            changes.append({"field": path, "before": "\n".join(old) or None, "after": "\n".join(new) or None})
    return changes


def merge_changes(earlier, later):
    """Changes since the first mark: each field keeps its oldest "before" and its newest "after"."""
    merged = {change["field"]: dict(change) for change in earlier}
    for change in later:
        if change["field"] in merged:
            merged[change["field"]]["after"] = change["after"]
        else:
            merged[change["field"]] = dict(change)
    return [change for change in merged.values() if change["before"] != change["after"]]


@transaction.atomic
def refresh_source(source):
    """Re-extract ``source`` from its live object; mark its translations out of date if any text changed."""
    before = source_texts(source)
    source.update_from_db()
    changes = changed_texts(before, source_texts(source))
    if not changes:
        return []
    now = timezone.now()
    for translation in source.translations.filter(enabled=True):
        outdated, created = OutdatedTranslation.objects.get_or_create(
            translation=translation, defaults={"since": now, "changes": changes}
        )
        if not created:
            outdated.changes = merge_changes(outdated.changes, changes)
            outdated.save(update_fields=["changes"])
    return changes


def clear_if_up_to_date(instance):
    """``instance`` (a translated page or snippet) was published: unmark its translation if nothing is missing."""
    translations = Translation.objects.filter(
        source__object_id=instance.translation_key,
        target_locale_id=instance.locale_id,
        enabled=True,
        outdated__isnull=False,
    ).select_related("outdated")
    for translation in translations:
        total, done = translation.get_progress()
        if done >= total:
            translation.outdated.delete()


def on_publish(instance):
    if getattr(instance, "alias_of_id", None):
        return
    sources = TranslationSource.objects.filter(object_id=instance.translation_key, locale_id=instance.locale_id)
    for source in sources:
        refresh_source(source)
    clear_if_up_to_date(instance)


@receiver(page_published)
def page_published_handler(sender, instance, **kwargs):
    if kwargs.get("alias"):
        return
    on_publish(instance)


@receiver(published)
def snippet_published_handler(sender, instance, **kwargs):
    # Wagtail sends ``published`` for pages too, after ``page_published``: handle pages once.
    if hasattr(instance, "translation_key") and not isinstance(instance, Page):
        on_publish(instance)
