"""Keeping the es, en and fr page trees in step.

- Locale synchronisation (wagtail-localize): every locale other than the default one
  syncs from it, so a page created in Spanish at once has its place in the English and
  French trees, as an alias that shows the Spanish page until someone translates it
  (the reader sees a notice saying so). ``setup_locale_sync`` sets this up; the
  ``setup_editorial`` command calls it.
- Moving and deleting: Wagtail's admin moves or deletes a page's translations and
  aliases too when the ``construct_translated_pages_to_cascade_actions`` hook returns
  them (``cascade_to_translations``). A move cascades from any locale; a delete only
  from the source locale, so deleting one bad translation never deletes the original.
- Synchronized fields (ISO code, region, dates, tags…) belong to the page, not to a
  language: when the source is published, ``propagate_synchronized_fields`` copies the
  non-overridable ones into every translation's live page at once (they were reviewed on
  the source). This also clears tags on translations when the source's are cleared,
  which wagtail-localize's own copy skips.
- Translations start as drafts: ``WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE`` is
  off in settings, and they go live through the moderated workflow
  (``editorial.translation_review``).
"""

from django.dispatch import receiver
from modelcluster.fields import ParentalManyToManyField
from wagtail.models import Locale, Page
from wagtail.signals import page_published
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import LocaleSynchronization


def setup_locale_sync():
    """Every locale syncs from the default (source) locale. Idempotent; returns the locales newly set up."""
    source = Locale.get_default()
    added = []
    for locale in Locale.objects.exclude(pk=source.pk):
        _sync, created = LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": source})
        if created:
            added.append(locale)
    return added


def cascade_to_translations(pages, action):
    """``construct_translated_pages_to_cascade_actions`` hook."""
    if action == "move":
        return {page: Page.objects.translation_of(page, inclusive=False) for page in pages}
    if action == "delete":
        source_locale = Locale.get_default()
        return {
            page: Page.objects.translation_of(page, inclusive=False)
            for page in pages
            if page.locale_id == source_locale.pk
        }
    return {}


def synchronized_fields(model):
    """The model fields that every translation must share with its source."""
    fields = []
    for declared in get_translatable_fields(model):
        if isinstance(declared, SynchronizedField) and not declared.overridable:
            field = model._meta.get_field(declared.field_name)
            if field.concrete or isinstance(field, ParentalManyToManyField):
                fields.append(field)
    return fields


def propagate_synchronized_fields(source):
    """Copy ``source``'s synchronized field values into its translations' live pages; returns the pages changed."""
    fields = synchronized_fields(type(source))
    if not fields:
        return []
    changed_pages = []
    translations = Page.objects.filter(translation_key=source.translation_key, alias_of__isnull=True).exclude(
        pk=source.pk
    )
    for target in translations.specific():
        if type(target) is not type(source):
            continue
        changed = []
        for field in fields:
            if isinstance(field, ParentalManyToManyField):
                wanted = list(getattr(source, field.name).all())
                if set(getattr(target, field.name).all()) != set(wanted):
                    getattr(target, field.name).set(wanted)
                    changed.append(field.name)
            elif getattr(target, field.attname) != getattr(source, field.attname):
                setattr(target, field.attname, getattr(source, field.attname))
                changed.append(field.name)
        if changed:
            target.save(update_fields=changed, clean=False)
            changed_pages.append(target)
    return changed_pages


@receiver(page_published)
def propagate_on_publish(sender, instance, **kwargs):
    if kwargs.get("alias") or instance.alias_of_id or instance.locale_id != Locale.get_default().pk:
        return
    propagate_synchronized_fields(instance)
