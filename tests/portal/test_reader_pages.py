"""What every reader sees: the site's one name, titles, link previews, the compact menu,
tables of contents on long pages, and the notice on translations whose Spanish source changed."""

import re
from html import unescape

import pytest
from django.contrib.staticfiles import finders
from django.utils import timezone
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

SITE_NAMES = {
    "es": "Seguridad social para todos",
    "en": "Social Security for All",
    "fr": "La sécurité sociale pour tous",
}
PAGE_KEYS = [
    "home",
    "countries",
    "country-be",
    "region-americas",
    "theme-floor",
    "casestudy-be-platform",
    "resource-ec-evaluation",
    "event-lima-course",
    "news-campaign",
    "about",
]


def text(words):
    return f"<p>{words}</p>"


@pytest.fixture(scope="module")
def scene(trees):
    """{key: {language: page}}: one page of each type in es/en/fr, the long ones with three sections or more."""
    belgium = trees.add(
        CountryPageFactory,
        "countries",
        title="Bélgica",
        summary="Bélgica cuenta con un sistema de seguridad social amplio. " * 6,
        coverage=text("Cobertura."),
        initiatives=text("Iniciativas."),
        legal_framework=text("Marco jurídico."),
        en={"title": "Belgium", "summary": "Belgium has a broad social security system. " * 6},
        fr={"title": "Belgique"},
    )
    scene = {
        "country-be": belgium,
        "country-pe": trees.add(CountryPageFactory, "countries", title="Perú", en={"title": "Peru"}),
        "region-americas": trees.add(RegionPageFactory, "regions", title="Américas"),
        "theme-floor": trees.add(
            ThemePageFactory,
            "themes",
            title="Piso de protección social",
            synthesis=text("Síntesis."),
            ongoing_projects=text("Proyectos."),
            training=text("Formación."),
        ),
        "casestudy-be-platform": trees.add(
            CaseStudyPageFactory,
            "casestudies",
            title="Plataforma belga",
            country=belgium["es"],
            countries=[belgium["es"]],
            summary=text("Resumen."),
            challenge=text("Reto."),
            approach=text("Enfoque."),
        ),
        "resource-ec-evaluation": trees.add(
            ResourcePageFactory,
            "resources",
            title="Evaluación en Ecuador",
            resource_type="evaluation",
            countries=[belgium["es"]],
            summary=text("Resumen."),
            purpose=text("Propósito."),
            methodology=text("Metodología."),
        ),
        "event-lima-course": trees.add(EventPageFactory, "news", title="Curso en Lima", summary="Un curso."),
        "news-campaign": trees.add(NewsPageFactory, "news", title="Campaña mundial", summary="Una campaña."),
        "about": trees.add(StandardPageFactory, trees.home(), title="Acerca de", show_in_menus=True),
    }
    return scene


@pytest.fixture
def page_for(trees, scene):
    """``page_for(key, language)``: a page of PAGE_KEYS (or Peru) in ``language``, as the database has it now."""

    def find(key, language="es"):
        if key == "home":
            return trees.home(language)
        if key in SECTIONS:
            return trees.section(key, language)
        return Page.objects.get(pk=scene[key][language].pk).specific

    return find


@pytest.fixture
def get(client, page_for):
    """``get(key, language)``: the HTML readers get for that page."""

    def html(key, language="es"):
        response = client.get(page_for(key, language).url)
        assert response.status_code == 200
        return response.content.decode()

    return html


def meta(html, attribute, name):
    """The content of a <meta> tag, unescaped."""
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', html)
    return match and unescape(match.group(1))


@pytest.mark.parametrize("language", ["es", "en", "fr"])
def test_home_title_is_the_site_name_once(get, page_for, language):
    html = get("home", language)
    assert f"<title>{SITE_NAMES[language]}</title>" in html
    country = page_for("country-be", language)
    assert f"<title>{country.title} · {SITE_NAMES[language]}</title>" in get("country-be", language)


@pytest.mark.parametrize("language", ["es", "en", "fr"])
def test_one_site_name_in_header_breadcrumb_and_admin(get, page_for, admin_client, language):
    html = get("country-be", language)
    name = SITE_NAMES[language]
    assert re.search(rf'<a class="site-name" href="[^"]+">{name}<span', html)
    crumbs = re.search(r'<nav class="breadcrumbs.*?</nav>', html, re.S).group(0)
    assert re.search(rf'<li><a href="{page_for("home", language).url}">{name}</a></li>', crumbs)
    assert meta(html, "property", "og:site_name") == name


def test_admin_uses_the_site_name(admin_client):
    html = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Social Security for All" in html
    assert "Social Security Extension Portal" not in html


@pytest.mark.parametrize("key", PAGE_KEYS)
def test_every_page_has_a_description_and_link_preview_tags(get, page_for, key):
    for language in ("es", "fr"):
        html = get(key, language)
        page = page_for(key, language)
        description = meta(html, "name", "description")
        assert description and len(description) <= 200, (key, language)
        assert meta(html, "property", "og:description") == description
        assert meta(html, "property", "og:title") == (page.seo_title or page.title)
        assert meta(html, "property", "og:url") == f"http://localhost{page.url}"
        assert meta(html, "property", "og:image") == "http://localhost/static/img/share.png"
        assert meta(html, "property", "og:locale") == {"es": "es_ES", "fr": "fr_FR"}[language]
        assert meta(html, "name", "twitter:card") == "summary"
        assert '<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">' in html


def test_description_comes_from_the_summary_when_there_is_no_search_description(get, page_for):
    country = page_for("country-be", "en")
    assert not country.search_description
    assert (
        meta(get("country-be", "en"), "name", "description") == country.summary[:199].rstrip() + "…"
        if len(country.summary) > 200
        else country.summary
    )
    country.search_description = "Belgium: coverage, initiatives & laws"
    country.save_revision().publish()
    assert meta(get("country-be", "en"), "name", "description") == "Belgium: coverage, initiatives & laws"


def test_favicons_exist():
    for name in ("img/favicon.svg", "img/favicon-32.png", "img/apple-touch-icon.png", "img/share.png"):
        assert finders.find(name), name


def test_menu_is_a_details_element_that_needs_no_script(get):
    html = get("country-be", "en")
    header = re.search(r'<header class="site-header">.*?</header>', html, re.S).group(0)
    assert '<details class="site-menu">' in header
    assert re.search(r'<summary class="site-menu__button">.*?Menu</summary>', header, re.S)
    # languages, search and the sections are all inside the menu
    menu = header[header.index("<details") : header.index("</details>")]
    for part in ('class="languages"', 'role="search"', 'class="main-nav"'):
        assert part in menu
    assert "<script" not in header
    assert '<span class="site-menu__icon" aria-hidden="true">' in header


def toc_of(html):
    nav = re.search(r'<nav class="toc" aria-labelledby="toc-heading">.*?</nav>', html, re.S)
    return nav and nav.group(0)


@pytest.mark.parametrize(
    ("key", "first"),
    [
        ("country-be", "section-coverage"),
        ("casestudy-be-platform", "section-summary"),
        ("resource-ec-evaluation", "section-summary"),
        ("theme-floor", "section-synthesis"),
    ],
)
def test_long_pages_have_a_table_of_contents_of_their_sections(get, key, first):
    for language in ("es", "en", "fr"):
        html = get(key, language)
        toc = toc_of(html)
        assert toc, (key, language)
        assert '<details class="toc__details">' in toc and "<summary>" in toc
        wide = re.search(r'<ol class="toc__list">(.*?)</ol>', toc, re.S).group(1)
        anchors = re.findall(r'<a href="#([^"]+)">', wide)
        assert first in anchors
        body = html.replace(toc, "")
        # every entry leads to a heading of the page, in the page's order
        positions = [body.index(f'id="{anchor}"') for anchor in anchors]
        assert positions == sorted(positions)
        headings = re.findall(r'<h2 id="([^"]+)"', body)
        assert [h for h in headings if h in anchors] == anchors


def test_table_of_contents_ids_are_stable_across_languages(get):
    anchors = {
        language: re.findall(r'<a href="#([^"]+)">', toc_of(get("country-be", language)))
        for language in ("es", "en", "fr")
    }
    assert anchors["es"] == anchors["en"] == anchors["fr"]
    assert "related-heading" in anchors["es"]


def test_short_pages_have_no_table_of_contents(get):
    assert toc_of(get("news-campaign", "en")) is None
    assert toc_of(get("home", "en")) is None


def test_translation_of_a_changed_spanish_page_says_so(get, page_for):
    for language in ("en", "fr"):
        assert "source-updated-notice" not in get("country-be", language)
    spanish = page_for("country-be")
    spanish.summary += " Texto nuevo."
    spanish.save_revision().publish()
    spanish.refresh_from_db()
    date = timezone.localtime(spanish.last_published_at)
    html = get("country-be", "en")
    assert (
        f"The Spanish version of this page was updated on {date.day} {date:%B} {date.year}; "
        "this translation may not include the changes yet."
    ) in html
    assert f'<a href="{spanish.url}" hreflang="es">Read the Spanish version</a>' in html
    french = get("country-be", "fr")
    assert "La version espagnole de cette page a été mise à jour le" in french
    assert f'<a href="{spanish.url}" hreflang="es">Lire la version espagnole</a>' in french
    assert "source-updated-notice" not in get("country-be", "es")
    # Another Spanish page, not changed: its translations carry no notice.
    assert "source-updated-notice" not in get("country-pe", "en")


def test_a_spanish_publish_without_changed_text_brings_no_notice(get, page_for):
    spanish = page_for("country-pe")
    spanish.save_revision().publish()
    assert "source-updated-notice" not in get("country-pe", "en")
