"""The sitemap lists every language's published pages, and nothing a reader could not open."""

import re

import pytest
from wagtail.models import Locale, Page

from home.models import StandardPage
from tests.helpers import demo_page

pytestmark = pytest.mark.django_db


def sitemap_urls(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    return set(re.findall(r"<loc>([^<]+)</loc>", response.content.decode()))


def test_english_and_french_translations_are_listed_next_to_the_spanish_pages(client):
    urls = sitemap_urls(client)
    for language in ("es", "en", "fr"):
        assert demo_page("home", language).full_url in urls, language
        translated = Page.objects.filter(locale=Locale.objects.get(language_code=language), alias_of__isnull=True)
        translated = translated.live().public().exclude(depth=1)
        assert translated.count() > 10, language
        assert {page.full_url for page in translated} <= urls, language


def test_untranslated_aliases_are_left_out_because_their_spanish_page_is_listed(client):
    spanish = demo_page("country-be", "es").add_child(
        instance=StandardPage(title="Prestaciones familiares", slug="prestaciones-familiares")
    )
    spanish.save_revision().publish()
    english = Locale.objects.get(language_code="en")
    alias = Page.objects.filter(translation_key=spanish.translation_key, locale=english).first()
    if alias is None:  # locale synchronisation off: make the alias it would have made
        alias = spanish.create_alias(parent=demo_page("country-be", "en"), update_locale=english)
    assert alias.alias_of_id == spanish.pk and alias.live
    urls = sitemap_urls(client)
    assert spanish.full_url in urls
    assert alias.full_url not in urls


def test_a_page_taken_offline_leaves_the_sitemap_in_its_language_only(client):
    page = demo_page("country-be", "fr")
    assert not page.alias_of_id, "the demo's French Belgium page is a real translation"
    assert page.full_url in sitemap_urls(client)
    page.unpublish()
    urls = sitemap_urls(client)
    assert page.full_url not in urls
    assert demo_page("country-be", "es").full_url in urls
