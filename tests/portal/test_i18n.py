"""Three languages: rendering, the language switcher, hreflang and "/" negotiation."""

import re

import pytest
from wagtail.models import Page

from tests.factories import (
    CaseStudyPageFactory,
    CountryPageFactory,
    EventPageFactory,
    NewsPageFactory,
    RegionPageFactory,
    ResourcePageFactory,
    StandardPageFactory,
    ThemePageFactory,
)
from tests.factories.trees import SECTIONS

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

# One page of every page type (the section index pages and the home page come from ``trees``).
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


@pytest.fixture(scope="module")
def scene(trees):
    """{key: {language: page}} for the pages of PAGE_OF_EACH_TYPE below the sections, in es/en/fr."""
    home = trees.home()
    return {
        "about": trees.add(StandardPageFactory, home, title="Acerca de", show_in_menus=True, en={"title": "About"}),
        "help": trees.add(StandardPageFactory, home, title="Ayuda", show_in_menus=True, fr={"title": "Aide"}),
        "country-be": trees.add(CountryPageFactory, "countries", title="Bélgica", fr={"title": "Belgique"}),
        "region-americas": trees.add(RegionPageFactory, "regions", title="Américas", en={"title": "Americas"}),
        "theme-health": trees.add(
            ThemePageFactory, "themes", title="Salud", en={"title": "Health"}, fr={"title": "Santé"}
        ),
        "casestudy-be-platform": trees.add(
            CaseStudyPageFactory, "casestudies", title="Plataforma belga", fr={"title": "Plateforme belge d'essai"}
        ),
        "resource-ec-evaluation": trees.add(ResourcePageFactory, "resources", title="Evaluación en Ecuador"),
        "news-campaign": trees.add(NewsPageFactory, "news", title="Campaña mundial", en={"title": "Global campaign"}),
        "event-lima-course": trees.add(EventPageFactory, "news", title="Curso en Lima", fr={"title": "Cours à Lima"}),
    }


@pytest.fixture
def page_for(trees, scene):
    """``page_for(key, language)``: the page of PAGE_OF_EACH_TYPE in ``language``, as the database has it now."""

    def find(key, language):
        if key == "home":
            return trees.home(language)
        if key in SECTIONS:
            return trees.section(key, language)
        return Page.objects.get(pk=scene[key][language].pk).specific

    return find


def html_lang(response):
    return re.search(r'<html lang="([a-z-]+)"', response.content.decode()).group(1)


def alternates(response):
    return dict(re.findall(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)"', response.content.decode()))


@pytest.mark.parametrize("key", PAGE_OF_EACH_TYPE)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_renders_in_every_language(client, page_for, key, language):
    page = page_for(key, language)
    response = client.get(page.url)
    assert response.status_code == 200
    assert html_lang(response) == language
    content = response.content.decode()
    assert "<h1" in content and page.title.replace("'", "&#x27;") in content
    assert '<a class="skip-link" href="#main">' in content
    assert '<main id="main"' in content


@pytest.mark.parametrize("key", ["country-be", "casestudy-be-platform", "event-lima-course", "about"])
def test_hreflang_links_point_at_real_translations(client, page_for, key):
    response = client.get(page_for(key, "es").url)
    links = alternates(response)
    assert set(links) == {"es", "en", "fr", "x-default"}
    assert links["x-default"] == links["es"]
    for language in LANGUAGES:
        translated = client.get(links[language].removeprefix("http://localhost"))
        assert translated.status_code == 200
        assert html_lang(translated) == language
        assert page_for(key, language).title.replace("'", "&#x27;") in translated.content.decode()


def switcher(response):
    nav = re.search(r'<nav class="languages".*?</nav>', response.content.decode(), re.S).group(0)
    return nav


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_switcher_links_to_the_same_page(client, page_for, language):
    page = page_for("theme-health", language)
    nav = switcher(client.get(page.url))
    for other in LANGUAGES:
        if other == language:
            assert 'aria-current="true"' in nav
            continue
        assert f'href="{page_for("theme-health", other).url}"' in nav


def test_switcher_says_when_a_translation_does_not_exist_yet(client, page_for):
    page = page_for("theme-health", "es")
    french = page_for("theme-health", "fr")
    french.unpublish()
    response = client.get(page.url)
    nav = switcher(response)
    assert "languages__missing" in nav
    assert "pas encore traduit" in nav  # said in the language it is about
    assert f'href="{page_for("home", "fr").url}"' in nav
    assert "fr" not in alternates(response)


@pytest.mark.parametrize(
    ("accept", "expected"),
    [("fr-FR,fr;q=0.9", "/fr/"), ("en-GB,en;q=0.8", "/en/"), ("es-EC", "/es/"), ("de-DE", "/es/"), ("", "/es/")],
)
def test_root_sends_reader_to_best_language(client, trees, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert client.get(expected).status_code == 200


def test_localized_404(client, trees):
    for language, text in (("es", "Página no encontrada"), ("en", "Page not found"), ("fr", "Page introuvable")):
        response = client.get(f"/{language}/no-such-page/")
        assert response.status_code == 404
        assert html_lang(response) == language
        assert text in response.content.decode()


def test_each_locale_has_its_own_tree(page_for, scene):
    for language in LANGUAGES:
        home = page_for("home", language)
        assert home.locale.language_code == language
        children = Page.objects.child_of(home)
        assert children.count() == 8  # the six sections, About and Help
        assert not children.exclude(locale=home.locale).exists()
