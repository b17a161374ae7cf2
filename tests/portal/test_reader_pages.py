"""What every reader sees: the site's one name, titles, link previews, the compact menu,
tables of contents on long pages, and the notice on translations whose Spanish source changed."""

import re
from html import unescape

import pytest
from django.contrib.staticfiles import finders
from django.utils import timezone

from tests.helpers import demo_page

pytestmark = pytest.mark.django_db

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


def get(client, key, language="es"):
    response = client.get(demo_page(key, language).url)
    assert response.status_code == 200
    return response.content.decode()


def meta(html, attribute, name):
    """The content of a <meta> tag, unescaped."""
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', html)
    return match and unescape(match.group(1))


@pytest.mark.parametrize("language", ["es", "en", "fr"])
def test_home_title_is_the_site_name_once(client, language):
    html = get(client, "home", language)
    assert f"<title>{SITE_NAMES[language]}</title>" in html
    country = demo_page("country-be", language)
    assert f"<title>{country.title} · {SITE_NAMES[language]}</title>" in get(client, "country-be", language)


@pytest.mark.parametrize("language", ["es", "en", "fr"])
def test_one_site_name_in_header_breadcrumb_and_admin(client, admin_client, language):
    html = get(client, "country-be", language)
    name = SITE_NAMES[language]
    assert re.search(rf'<a class="site-name" href="[^"]+">{name}<span', html)
    crumbs = re.search(r'<nav class="breadcrumbs.*?</nav>', html, re.S).group(0)
    assert re.search(rf'<li><a href="{demo_page("home", language).url}">{name}</a></li>', crumbs)
    assert meta(html, "property", "og:site_name") == name


def test_admin_uses_the_site_name(admin_client):
    html = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Social Security for All" in html
    assert "Social Security Extension Portal" not in html


@pytest.mark.parametrize("key", PAGE_KEYS)
def test_every_page_has_a_description_and_link_preview_tags(client, key):
    for language in ("es", "fr"):
        html = get(client, key, language)
        page = demo_page(key, language)
        description = meta(html, "name", "description")
        assert description and len(description) <= 200, (key, language)
        assert meta(html, "property", "og:description") == description
        assert meta(html, "property", "og:title") == (page.seo_title or page.title)
        assert meta(html, "property", "og:url") == f"http://localhost{page.url}"
        assert meta(html, "property", "og:image") == "http://localhost/static/img/share.png"
        assert meta(html, "property", "og:locale") == {"es": "es_ES", "fr": "fr_FR"}[language]
        assert meta(html, "name", "twitter:card") == "summary"
        assert '<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">' in html


def test_description_comes_from_the_summary_when_there_is_no_search_description(client):
    country = demo_page("country-be", "en")
    assert not country.search_description
    assert (
        meta(get(client, "country-be", "en"), "name", "description") == country.summary[:199].rstrip() + "…"
        if len(country.summary) > 200
        else country.summary
    )
    country.search_description = "Belgium: coverage, initiatives & laws"
    country.save_revision().publish()
    assert meta(get(client, "country-be", "en"), "name", "description") == "Belgium: coverage, initiatives & laws"


def test_favicons_exist():
    for name in ("img/favicon.svg", "img/favicon-32.png", "img/apple-touch-icon.png", "img/share.png"):
        assert finders.find(name), name


def test_menu_is_a_details_element_that_needs_no_script(client):
    html = get(client, "country-be", "en")
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
def test_long_pages_have_a_table_of_contents_of_their_sections(client, key, first):
    for language in ("es", "en", "fr"):
        html = get(client, key, language)
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


def test_table_of_contents_ids_are_stable_across_languages(client):
    anchors = {
        language: re.findall(r'<a href="#([^"]+)">', toc_of(get(client, "country-be", language)))
        for language in ("es", "en", "fr")
    }
    assert anchors["es"] == anchors["en"] == anchors["fr"]
    assert "related-heading" in anchors["es"]


def test_short_pages_have_no_table_of_contents(client):
    assert toc_of(get(client, "news-campaign", "en")) is None
    assert toc_of(get(client, "home", "en")) is None


def test_translation_of_a_changed_spanish_page_says_so(client):
    for language in ("en", "fr"):
        assert "source-updated-notice" not in get(client, "country-be", language)
    spanish = demo_page("country-be")
    spanish.summary += " Texto nuevo."
    spanish.save_revision().publish()
    spanish.refresh_from_db()
    date = timezone.localtime(spanish.last_published_at)
    html = get(client, "country-be", "en")
    assert (
        f"The Spanish version of this page was updated on {date.day} {date:%B} {date.year}; "
        "this translation may not include the changes yet."
    ) in html
    assert f'<a href="{spanish.url}" hreflang="es">Read the Spanish version</a>' in html
    french = get(client, "country-be", "fr")
    assert "La version espagnole de cette page a été mise à jour le" in french
    assert f'<a href="{spanish.url}" hreflang="es">Lire la version espagnole</a>' in french
    assert "source-updated-notice" not in get(client, "country-be", "es")
    # Another Spanish page, not changed: its translations carry no notice.
    assert "source-updated-notice" not in get(client, "country-pe", "en")


def test_a_spanish_publish_without_changed_text_brings_no_notice(client):
    spanish = demo_page("country-pe")
    spanish.save_revision().publish()
    assert "source-updated-notice" not in get(client, "country-pe", "en")
