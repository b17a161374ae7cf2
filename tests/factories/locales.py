"""The three content languages as Wagtail locales, Spanish first (the source).

``locales()`` creates what is missing and returns ``{"es": Locale, "en": …, "fr": …}``;
with the demo loaded they already exist and are reused. ``sync_locales()`` sets up
wagtail-localize's locale synchronisation as ``setup_editorial`` does (en and fr follow es).
"""

import factory
from django.conf import settings
from factory.django import DjangoModelFactory
from wagtail.models import Locale

LANGUAGES = tuple(code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES)
SOURCE_LANGUAGE = settings.LANGUAGE_CODE
TARGET_LANGUAGES = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)


class LocaleFactory(DjangoModelFactory):
    class Meta:
        model = Locale
        django_get_or_create = ("language_code",)

    language_code = factory.Iterator(LANGUAGES)


def locales():
    """{language code: Locale} of every content language (created if missing)."""
    return {code: LocaleFactory(language_code=code) for code in LANGUAGES}


def sync_locales():
    """English and French trees follow the Spanish one (wagtail-localize), as in production."""
    from editorial.treesync import setup_locale_sync

    locales()
    setup_locale_sync()
