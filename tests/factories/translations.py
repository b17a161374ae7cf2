"""Translations and aliases made the way the portal makes them (wagtail-localize).

- ``translate(page, "en", title=…, …)``: a real wagtail-localize translation, as a
  translator's work or the demo loader makes it: the given texts are stored as
  translations of the source's segments (texts not given keep the source's), then the
  translation is saved and published (``publish=False``: a draft). The parent must
  already exist in that language (translate top-down). A StreamField text must keep the
  source's block ids. Works for pages and for glossary terms.
- ``alias(page, "fr")``: the untranslated copy locale synchronisation makes (readers see
  the Spanish text with a notice); ``sync_new_page(page)`` makes one in every synced
  language, as the admin does when a page is created (``after_create_page`` hook): call
  it on a new page, before translating it. ``translate`` then turns an alias into the
  translation, as the translation editor does.
"""

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from editorial.translation_publish import publish_translation, store_texts_as_translations


def translate(obj, language, *, publish=True, user=None, **texts):
    """The ``language`` translation of ``obj`` (a page or a snippet) with ``texts`` translated; returns it."""
    from tests.factories.locales import LocaleFactory

    locale = LocaleFactory(language_code=language)
    source, _created = TranslationSource.update_or_create_from_instance(obj)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    translated = type(obj).objects.get(pk=obj.pk)
    for name, value in texts.items():
        setattr(translated, name, value)
    store_texts_as_translations(source, translated, locale)
    if publish:
        # Published now, not on commit (editorial/translation_publish.py says why).
        return publish_translation(translation, user=user)
    translation.save_target(user=user, publish=False)
    target = translation.get_target_instance()
    return type(target).objects.get(pk=target.pk)


def alias(page, language):
    """The alias of ``page`` in ``language`` (created with its parents if missing)."""
    locale = Locale.objects.get(language_code=language)
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    return page.copy_for_translation(locale, copy_parents=True, alias=True).specific


def sync_new_page(page):
    """What the admin does after creating ``page``: aliases in every language that syncs from its own."""
    from wagtail_localize.synctree import create_aliases_for_new_page

    create_aliases_for_new_page(page)
