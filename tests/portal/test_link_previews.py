"""Link previews (OpenGraph, Twitter cards) and the sitemap's language alternates, on pages built by factories."""

import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.core.cache import cache
from wagtail.models import Page

from tests.factories import ImageFactory, NewsPageFactory, StandardPageFactory, translate
from tests.factories.translations import alias

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def metas(html, attribute, name):
    return re.findall(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', html)


def meta(html, attribute, name):
    found = metas(html, attribute, name)
    assert len(found) == 1, (name, found)
    return found[0]


def figure_body(image, alt):
    return json.dumps(
        [
            {"type": "paragraph", "value": "<p>Texto.</p>"},
            {
                "type": "figure",
                "value": {"image": {"image": image.pk, "alt_text": alt, "decorative": False}, "caption": ""},
            },
        ]
    )


@pytest.fixture(scope="module")
def pages(trees):
    image = ImageFactory(title="feria.png")
    with_image = StandardPageFactory(
        parent=trees.home(),
        title="Feria de la seguridad social",
        search_description="Una feria en Quito.",
        body=figure_body(image, "Afiliadas en una feria"),
    )
    french = translate(with_image, "fr", title="Foire de la sécurité sociale", search_description="Une foire à Quito.")
    english = alias(with_image, "en")  # not translated into English
    plain = NewsPageFactory(parent=trees.section("news"), title="Sin imagen", summary="Resumen <b>breve</b>.")
    return {"es": with_image, "fr": french, "en": english, "plain": plain}


def test_a_page_with_an_image_shows_it_as_a_large_card_with_an_absolute_url(pages, client):
    html = client.get(pages["fr"].url).content.decode()
    url = meta(html, "property", "og:image")
    assert re.fullmatch(r"http://localhost/media/images/[^\"]+\.fill-1200x630\.png", url), url
    assert meta(html, "property", "og:image:width") == "1200"
    assert meta(html, "property", "og:image:height") == "630"
    assert meta(html, "property", "og:image:alt") == "Afiliadas en una feria"
    assert meta(html, "name", "twitter:card") == "summary_large_image"
    assert meta(html, "name", "twitter:image") == url
    assert meta(html, "name", "description") == "Une foire à Quito."
    assert meta(html, "property", "og:description") == "Une foire à Quito."


def test_a_page_without_an_image_keeps_the_portal_share_image_and_uses_its_summary(pages, client):
    html = client.get(pages["plain"].url).content.decode()
    assert meta(html, "property", "og:image") == "http://localhost/static/img/share.png"
    assert meta(html, "name", "twitter:image") == "http://localhost/static/img/share.png"
    assert meta(html, "name", "twitter:card") == "summary"
    assert meta(html, "name", "description") == "Resumen breve."


def test_og_locale_alternates_name_the_languages_the_page_is_translated_into(pages, client):
    spanish = client.get(pages["es"].url).content.decode()
    assert meta(spanish, "property", "og:locale") == "es_ES"
    assert metas(spanish, "property", "og:locale:alternate") == ["fr_FR"]  # English is an untranslated alias
    french = client.get(pages["fr"].url).content.decode()
    assert meta(french, "property", "og:locale") == "fr_FR"
    assert metas(french, "property", "og:locale:alternate") == ["es_ES"]
    english = client.get(pages["en"].url).content.decode()
    assert meta(english, "property", "og:locale") == "en_GB"
    assert metas(english, "property", "og:locale:alternate") == ["es_ES", "fr_FR"]


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {
        url.findtext(f"{SITEMAP}loc"): {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link[@rel='alternate']")
        }
        for url in root.findall(f"{SITEMAP}url")
    }


def test_sitemap_names_each_language_version_with_hreflang(pages, client, trees):
    urls = sitemap(client)
    spanish, french = pages["es"].full_url, pages["fr"].full_url
    expected = {"es": spanish, "fr": french, "x-default": spanish}
    assert urls[spanish] == expected
    assert urls[french] == expected
    assert pages["en"].full_url not in urls  # the untranslated alias is left out, and named nowhere
    home = {code: trees.home(code).full_url for code in ("es", "en", "fr")}
    assert urls[home["en"]] == {**home, "x-default": home["es"]}
    assert urls[pages["plain"].full_url] == {}  # one language: no alternates


def test_sitemap_leaves_out_a_started_translation_never_approved_and_same_language_copies(pages, client, trees):
    news = NewsPageFactory(parent=trees.section("news"), title="Noticia en traducción")
    # A translation started on the English placeholder and never approved: live, the Spanish text, no revision
    # published (as tests/portal/test_translation_state.py makes it).
    started = alias(news, "en")
    Page.objects.filter(pk=started.pk).update(alias_of=None, live=True, live_revision=None)
    cache.clear()
    copy = news.create_alias(parent=trees.home(), update_slug="copia-noticia")
    urls = sitemap(client)
    assert news.full_url in urls and urls[news.full_url] == {}
    assert copy.full_url not in urls
    assert started.full_url not in urls
