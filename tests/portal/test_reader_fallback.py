"""Readers and untranslated pages: aliases left by locale synchronization, listings, dates.

A page not translated yet exists in the other trees as an alias of the original: it is
served (never a 404) with a notice in the reader's language, its content marked with
the language it is really in, and it is no hreflang alternate. Listings show their own
locale (aliases badged with the language they are shown in) or, with ``lang=all``,
the real pages of every locale.

The pages are built with tests/factories: every listing holds pages translated into the three
languages, so that a Spanish-only page is the odd one out.
"""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.text import slugify
from wagtail.models import Locale, Page

from home.models import StandardPage
from tests.factories import (
    CaseStudyPageFactory,
    CountryPageFactory,
    EventPageFactory,
    NewsPageFactory,
    RegionPageFactory,
    ResourcePageFactory,
    ThemePageFactory,
)
from tests.factories.trees import SECTIONS, fresh

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

LANGUAGES = ("es", "en", "fr")
NOTICES = {
    "es": "Esta página aún no está traducida al español. Se muestra en inglés.",
    "en": "This page is not translated into English yet; it is shown in Spanish.",
    "fr": "Cette page n’est pas encore traduite en français ; elle est affichée en espagnol.",
}


@pytest.fixture(scope="module")
def scene(trees):
    """{key: {language: page}}: translated pages in every listing, Tanzania with a webinar of 10 December 2026."""
    belgium = trees.add(CountryPageFactory, "countries", title="Bélgica", iso_code="LU", fr={"title": "Belgique"})
    tanzania = trees.add(CountryPageFactory, "countries", title="Tanzania", iso_code="KE", fr={"title": "Tanzanie"})
    africa = trees.add(RegionPageFactory, "regions", title="África", en={"title": "Africa"}, fr={"title": "Afrique"})
    return {
        "country-be": belgium,
        "country-tz": tanzania,
        "country-ec": trees.add(CountryPageFactory, "countries", title="Ecuador", fr={"title": "Équateur"}),
        "region-africa": africa,
        "theme-floor": trees.add(ThemePageFactory, "themes", title="Piso de protección social"),
        "resource-ec-evaluation": trees.add(ResourcePageFactory, "resources", title="Evaluación en Ecuador"),
        "casestudy-be-platform": trees.add(
            CaseStudyPageFactory,
            "casestudies",
            title="Plataforma belga",
            country=belgium["es"],
            countries=[belgium["es"]],
        ),
        "casestudy-tz-pension": trees.add(CaseStudyPageFactory, "casestudies", title="Pensión universal en Tanzania"),
        "event-lima-course": trees.add(
            EventPageFactory,
            "news",
            title="Curso en Lima",
            date=datetime.date(2008, 9, 1),
            start_date=datetime.date(2008, 10, 20),
            end_date=datetime.date(2008, 10, 31),
        ),
        "news-campaign": trees.add(NewsPageFactory, "news", title="Campaña mundial"),
        "event-webinar-floors": trees.add(
            EventPageFactory,
            "news",
            title="Financiar los pisos de protección social",
            start_date=datetime.date(2026, 12, 10),
            end_date=datetime.date(2026, 12, 10),
            countries=[tanzania["es"]],
        ),
    }


@pytest.fixture
def scene_page(trees, scene):
    """``scene_page(key, language)``: a page of the scene, a section index ("casestudies") or "home", as it is now."""

    def find(key, language="es"):
        if key == "home":
            return trees.home(language)
        if key in SECTIONS:
            return trees.section(key, language)
        return fresh(scene[key][language])

    return find


def aliases_of(page, languages):
    """The aliases of ``page`` in ``languages``, made as locale synchronization makes them (if it has not yet)."""
    aliases = {}
    for code in languages:
        locale = Locale.objects.get(language_code=code)
        existing = page.get_translations().filter(locale=locale).first()
        aliases[code] = existing or page.copy_for_translation(locale, copy_parents=True, alias=True)
        assert aliases[code].alias_of_id == page.pk
    return aliases


def new_page(trees, language, title):
    home = trees.home(language)
    page = home.add_child(instance=StandardPage(title=title, slug=slugify(title), intro=title))
    page.save_revision().publish()
    return page


@pytest.fixture
def spanish_only(trees):
    """A Spanish page with its en and fr aliases."""
    page = new_page(trees, "es", "Página solo en español")
    return page, aliases_of(page, ("en", "fr"))


def html(response):
    return response.content.decode()


def notice(response):
    found = re.search(r'<aside class="untranslated-notice".*?</aside>', html(response), re.S)
    return found.group(0) if found else None


def alternates(response):
    return dict(re.findall(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)"', html(response)))


def switcher(response):
    return re.search(r'<nav class="languages".*?</nav>', html(response), re.S).group(0)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_alias_is_served_with_a_notice_in_the_readers_language(client, spanish_only, language):
    original, aliases = spanish_only
    alias = aliases[language]
    assert alias.alias_of_id == original.pk and alias.live
    response = client.get(alias.url)
    assert response.status_code == 200
    box = notice(response)
    assert box is not None
    assert 'aria-label="' in box
    assert NOTICES[language] in box
    assert f'<a href="{original.url}" hreflang="es" lang="es">Español</a>' in box
    # Only the real version is offered, not the other alias.
    other = aliases["fr" if language == "en" else "en"]
    assert other.url not in box
    # The content is Spanish, inside a page in the reader's language.
    assert f'<html lang="{language}">' in html(response)
    assert '<div class="main-content" lang="es">' in html(response)
    assert "Página solo en español" in html(response)


def test_notice_in_spanish_for_an_alias_of_an_english_page(client, trees):
    original = new_page(trees, "en", "English only page")
    alias = aliases_of(original, ["es"])["es"]
    response = client.get(alias.url)
    assert response.status_code == 200
    assert NOTICES["es"] in notice(response)
    assert f'<a href="{original.url}" hreflang="en" lang="en">English</a>' in notice(response)
    assert '<div class="main-content" lang="en">' in html(response)


def test_notice_links_to_every_real_version(client, spanish_only):
    original, aliases = spanish_only
    # The English alias becomes a real translation; French stays an alias.
    english = aliases["en"]
    english.alias_of = None
    english.title = "English translation"
    english.save()
    english.save_revision().publish()
    box = notice(client.get(aliases["fr"].url))
    assert f'<a href="{original.url}" hreflang="es" lang="es">Español</a>' in box
    assert f'<a href="{english.url}" hreflang="en" lang="en">English</a>' in box
    assert notice(client.get(english.url)) is None


def test_translated_page_has_no_notice(client, scene_page):
    response = client.get(scene_page("country-ec", "fr").url)
    assert response.status_code == 200
    assert notice(response) is None
    assert "untranslated-notice" not in html(response)
    assert '<div class="main-content">' in html(response)


def test_aliases_are_not_hreflang_alternates(client, spanish_only):
    original, aliases = spanish_only
    for page in (original, aliases["fr"]):
        response = client.get(page.url)
        assert alternates(response) == {"es": original.full_url, "x-default": original.full_url}


def test_switcher_says_an_alias_is_not_translated_yet(client, spanish_only):
    original, aliases = spanish_only
    nav = switcher(client.get(original.url))
    assert nav.count("languages__missing") == 2
    assert "pas encore traduit" in nav and "not translated yet" in nav
    # It leads to the alias (the page exists there, with the notice), not to the home page.
    assert f'href="{aliases["fr"].url}"' in nav
    assert f'href="{aliases["en"].url}"' in nav
    # On the alias itself, Spanish is the one real version.
    nav = switcher(client.get(aliases["fr"].url))
    assert f'<a href="{original.url}" hreflang="es" lang="es">Español</a>' in nav
    assert nav.count("languages__missing") == 1


# Listings ------------------------------------------------------------------------------


@pytest.fixture
def spanish_case_study(scene_page):
    """A Spanish case study not translated yet: aliases in en and fr."""
    page = CaseStudyPageFactory(parent=scene_page("casestudies", "es"), title="Práctica sin traducir")
    page.save_revision().publish()
    return page, aliases_of(page, ("en", "fr"))


def listed(response):
    return listed_pages(response.context["paginator"])


def listed_pages(paginator):
    """Every page of a listing (its paginator pages through ids), in the listing's order."""
    ids = list(paginator.object_list)
    pages = Page.objects.select_related("locale").in_bulk(ids)
    return [pages[pk] for pk in ids]


def test_listing_shows_its_own_locale_by_default(client, spanish_case_study, scene_page):
    original, aliases = spanish_case_study
    response = client.get(scene_page("casestudies", "fr").url)
    assert response.status_code == 200
    items = listed(response)
    assert {item.locale.language_code for item in items} == {"fr"}
    assert aliases["fr"].pk in {item.pk for item in items}
    assert original.pk not in {item.pk for item in items}
    content = html(response)
    # The alias shows Spanish content: its card says so and marks it.
    assert content.count('class="lang-badge"') == 1
    assert '<span class="lang-badge" lang="es">Español</span>' in content
    assert (
        '<h2 class="card__title" lang="es"><a href="{}">Práctica sin traducir</a></h2>'.format(aliases["fr"].url)
        in content
    )
    # The checkbox is offered, unchecked.
    checkbox = re.search(r'<input type="checkbox" name="lang"[^>]*>', content).group(0)
    assert 'value="all"' in checkbox and "checked" not in checkbox
    assert '<label for="id_lang">' in content


def test_listing_of_all_languages(client, spanish_case_study, scene_page):
    original, aliases = spanish_case_study
    index = scene_page("casestudies", "fr")
    own = client.get(index.url).context["paginator"].count
    response = client.get(index.url + "?lang=all")
    assert response.status_code == 200
    items = listed(response)
    assert {item.locale.language_code for item in items} == set(LANGUAGES)
    assert not [item for item in items if item.alias_of_id]
    # Every other case study exists in three languages; the new one only in Spanish.
    assert len(items) == 3 * (own - 1) + 1
    assert original.pk in {item.pk for item in items}
    content = html(response)
    assert content.count('class="lang-badge"') == min(len(items), 12)
    for code, name in (("es", "Español"), ("en", "English"), ("fr", "Français")):
        assert f'<span class="lang-badge" lang="{code}">{name}</span>' in content
    checkbox = re.search(r'<input type="checkbox" name="lang"[^>]*>', content).group(0)
    assert "checked" in checkbox


@pytest.mark.parametrize("key", ["countries", "regions", "themes", "resources", "news"])
def test_every_listing_offers_all_languages(client, key, scene_page):
    index = scene_page(key, "en")
    own = client.get(index.url).context["paginator"]
    every = client.get(index.url + "?lang=all").context["paginator"]
    assert {item.locale.language_code for item in listed_pages(own)} == {"en"}
    assert {item.locale.language_code for item in listed_pages(every)} == set(LANGUAGES)
    assert every.count == 3 * own.count


def test_filters_apply_to_all_languages(client, scene_page):
    index = scene_page("casestudies", "fr")
    one = client.get(index.url + "?country=LU").context["paginator"]
    every = client.get(index.url + "?country=LU&lang=all").context["paginator"]
    assert one.count >= 1
    assert every.count == 3 * one.count


@pytest.mark.parametrize("value", ["xyz", "", "ALL", "on"])
def test_invalid_lang_value_is_ignored(client, value, scene_page):
    index = scene_page("casestudies", "fr")
    response = client.get(index.url + f"?lang={value}")
    assert response.status_code == 200
    assert {item.locale.language_code for item in listed(response)} == {"fr"}
    assert "form-errors" not in html(response)


def queries_for(client, url):
    client.get(url)  # warm the per-process caches
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_listing_queries_do_not_grow_with_items_in_other_languages(client, scene_page):
    def add(count):
        for _ in range(count):
            page = CaseStudyPageFactory(parent=scene_page("casestudies", "es"), implemented_since=2016)
            page.save_revision().publish()
            aliases_of(page, ("fr",))

    index = scene_page("casestudies", "fr")
    urls = [index.url, index.url + "?lang=all", index.url + "?lang=all&year=2016"]
    add(1)
    small = [queries_for(client, url) for url in urls]
    add(8)
    large = [queries_for(client, url) for url in urls]
    assert large == small


# Dates ---------------------------------------------------------------------------------

EVENT_DATES = {
    "es": ("20 de octubre de 2008", "31 de octubre de 2008"),
    "en": ("20 October 2008", "31 October 2008"),
    "fr": ("20 octobre 2008", "31 octobre 2008"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_event_dates_in_the_page_language(client, language, scene_page):
    event = scene_page("event-lima-course", language)
    content = html(client.get(event.url))
    start, end = EVENT_DATES[language]
    assert f'<time datetime="2008-10-20">{start}</time>' in content
    assert f'<time datetime="2008-10-31">{end}</time>' in content
    if language != "en":
        assert "October" not in content and "Oct." not in content


@pytest.mark.parametrize("language", LANGUAGES)
def test_listing_dates_in_the_page_language(client, language, scene_page):
    content = html(client.get(scene_page("news", language).url + "?year=2008"))
    assert f'<time datetime="2008-10-20">{EVENT_DATES[language][0]}</time>' in content


@pytest.mark.parametrize(("language", "date"), [("es", "diciembre"), ("en", "December"), ("fr", "décembre")])
def test_related_content_dates_in_the_page_language(client, language, date, scene_page):
    content = html(client.get(scene_page("country-tz", language).url))
    assert re.search(rf'<time datetime="2026-12-10">[^<]*\b{re.escape(date)}[^<]*</time>', content)
