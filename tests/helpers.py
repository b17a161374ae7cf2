"""Small helpers shared by the tests: finding demo pages by their content key."""

from wagtail.models import Locale, Page

from portal.demo.loader import translation_key_for


def demo_page(key, language="es"):
    """The demo page with content key ``key`` (see portal/demo/content) in ``language``."""
    return Page.objects.get(
        translation_key=translation_key_for(key), locale=Locale.objects.get(language_code=language)
    ).specific
