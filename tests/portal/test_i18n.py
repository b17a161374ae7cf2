"""Three languages: rendering, the language switcher, hreflang and "/" negotiation."""

import re

import pytest
from wagtail.models import Page

from tests.helpers import demo_page

pytestmark = pytest.mark.django_db

# One demo page of every page type.
PAGE_OF_EACH_TYPE = [
    "home",
    "about",
    "countries",
    "country-be",
    "regions",
    "region-americas",
    "themes",
    "theme-health",
    "casestudies",
    "casestudy-be-platform",
    "resources",
    "resource-ec-evaluation",
    "news",
    "news-campaign",
    "event-lima-course",
]
LANGUAGES = ("es", "en", "fr")


def html_lang(response):
    return re.search(r'<html lang="([a-z-]+)"', response.content.decode()).group(1)


def alternates(response):
    return dict(re.findall(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)"', response.content.decode()))


@pytest.mark.parametrize("key", PAGE_OF_EACH_TYPE)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_renders_in_every_language(client, key, language):
    page = demo_page(key, language)
    response = client.get(page.url)
    assert response.status_code == 200
    assert html_lang(response) == language
    content = response.content.decode()
    assert "<h1" in content and page.title.replace("'", "&#x27;") in content
    assert '<a class="skip-link" href="#main">' in content
    assert '<main id="main"' in content


@pytest.mark.parametrize("key", ["country-be", "casestudy-be-platform", "event-lima-course", "about"])
def test_hreflang_links_point_at_real_translations(client, key):
    response = client.get(demo_page(key, "es").url)
    links = alternates(response)
    assert set(links) == {"es", "en", "fr", "x-default"}
    assert links["x-default"] == links["es"]
    for language in LANGUAGES:
        translated = client.get(links[language].removeprefix("http://localhost"))
        assert translated.status_code == 200
        assert html_lang(translated) == language
        assert demo_page(key, language).title.replace("'", "&#x27;") in translated.content.decode()


def switcher(response):
    nav = re.search(r'<nav class="languages".*?</nav>', response.content.decode(), re.S).group(0)
    return nav


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_switcher_links_to_the_same_page(client, language):
    page = demo_page("theme-health", language)
    nav = switcher(client.get(page.url))
    for other in LANGUAGES:
        if other == language:
            assert 'aria-current="true"' in nav
            continue
        assert f'href="{demo_page("theme-health", other).url}"' in nav


def test_switcher_says_when_a_translation_does_not_exist_yet(client):
    page = demo_page("theme-health", "es")
    french = demo_page("theme-health", "fr")
    french.unpublish()
    response = client.get(page.url)
    nav = switcher(response)
    assert "languages__missing" in nav
    assert "pas encore traduit" in nav  # said in the language it is about
    assert f'href="{demo_page("home", "fr").url}"' in nav
    assert "fr" not in alternates(response)


@pytest.mark.parametrize(
    ("accept", "expected"),
    [("fr-FR,fr;q=0.9", "/fr/"), ("en-GB,en;q=0.8", "/en/"), ("es-EC", "/es/"), ("de-DE", "/es/"), ("", "/es/")],
)
def test_root_sends_reader_to_best_language(client, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert client.get(expected).status_code == 200


def test_localized_404(client):
    for language, text in (("es", "Página no encontrada"), ("en", "Page not found"), ("fr", "Page introuvable")):
        response = client.get(f"/{language}/no-such-page/")
        assert response.status_code == 404
        assert html_lang(response) == language
        assert text in response.content.decode()


def test_each_locale_has_its_own_tree():
    for language in LANGUAGES:
        home = demo_page("home", language)
        assert home.locale.language_code == language
        children = Page.objects.child_of(home)
        assert children.count() == 8
        assert not children.exclude(locale=home.locale).exists()
