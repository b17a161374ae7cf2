"""RSS and Atom feeds per language: what they list, in which language, valid, private things left out, cached.

Feeds are parsed with ``feedparser`` (the reference parser of feed readers; its ``bozo``
flag is set for any XML or feed-format error it meets) and their required elements are
checked with the standard library's XML parser, element by element (RSS 2.0: channel
title, link, description; item title or description, link, guid, pubDate; Atom 1.0, RFC
4287: feed id, title, updated, author, self link; entry id, title, updated, link).
"""

import datetime
import xml.etree.ElementTree as ET

import feedparser
import pytest
from django.core.cache import cache
from wagtail.models import Page, PageViewRestriction

from tests.factories import (
    CaseStudyPageFactory,
    CountryPageFactory,
    EventPageFactory,
    NewsPageFactory,
    RegionPageFactory,
    ResourcePageFactory,
    ThemePageFactory,
    translate,
)
from tests.factories.translations import alias

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

ATOM = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/elements/1.1/}"


@pytest.fixture(scope="module")
def scene(trees):
    """Ecuador, a theme and a region in es/en/fr, and content tagged with them in every state a feed must handle."""
    ecuador = trees.add(
        CountryPageFactory,
        "countries",
        title="Ecuador",
        iso_code="UY",
        en={"title": "Ecuador"},
        fr={"title": "Équateur"},
    )
    health = trees.add(
        ThemePageFactory,
        "themes",
        title="Salud universal",
        slug="salud-universal",
        en={"title": "Universal health", "slug": "universal-health"},
        fr={"title": "Santé universelle", "slug": "sante-universelle"},
    )
    andes = trees.add(
        RegionPageFactory, "regions", title="Región andina", slug="region-andina", fr={"title": "Région andine"}
    )
    translated = trees.add(
        NewsPageFactory,
        "news",
        title="Ecuador amplía la cobertura",
        summary="Resumen <b>en</b> español.",
        countries=[ecuador["es"]],
        en={"title": "Ecuador extends coverage", "summary": "Summary in English."},
        fr={"title": "L’Équateur étend la couverture", "summary": "Résumé en français & détails."},
    )
    untranslated = trees.add(
        NewsPageFactory,
        "news",
        languages=(),
        title="Solo en español",
        summary="Texto español.",
        countries=[ecuador["es"]],
    )
    untranslated["fr"] = alias(untranslated["es"], "fr")
    untranslated["en"] = alias(untranslated["es"], "en")
    webinar = trees.add(
        EventPageFactory,
        "news",
        title="Seminario web sobre salud",
        event_type="webinar",
        start_date=datetime.date(2026, 12, 10),
        end_date=datetime.date(2026, 12, 10),
        online=True,
        countries=[ecuador["es"]],
        themes=[health["es"]],
        en={"title": "Webinar on health"},
        fr={"title": "Webinaire sur la santé"},
    )
    practice = trees.add(
        CaseStudyPageFactory,
        "casestudies",
        title="Buena práctica ecuatoriana",
        countries=[ecuador["es"]],
        fr={"title": "Bonne pratique équatorienne"},
    )
    resource = trees.add(
        ResourcePageFactory,
        "resources",
        title="Informe de salud",
        summary="<p>Primer párrafo.</p><p>Segundo <b>párrafo</b>.</p>",
        themes=[health["es"]],
        fr={"title": "Rapport de santé", "summary": "<p>Premier paragraphe.</p><p>Second <b>paragraphe</b>.</p>"},
    )
    below_region = trees.add(NewsPageFactory, andes["es"], title="Noticia andina", fr={"title": "Nouvelle andine"})
    draft = NewsPageFactory(parent=trees.section("news"), title="Borrador", countries=[ecuador["es"]], publish=False)
    # Restricted in Spanish only, as before editorial/restriction_sync.py (bulk_create sends no signal, so the
    # restriction is not copied to the translations): no language's feed may list it.
    secret = trees.add(
        NewsPageFactory, "news", title="Noticia reservada", countries=[ecuador["es"]], fr={"title": "Nouvelle réservée"}
    )
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=secret["es"], restriction_type=PageViewRestriction.LOGIN)]
    )
    english_only = NewsPageFactory(
        parent=trees.section("news", "en"), title="English-only news", countries=[ecuador["en"]]
    )
    # The same Spanish news shown a second time in the Spanish tree (an alias below Ecuador).
    copy = Page.objects.get(pk=translated["es"].pk).create_alias(parent=ecuador["es"], update_slug="copia-ecuador")
    return {
        "ecuador": ecuador,
        "health": health,
        "andes": andes,
        "translated": translated,
        "untranslated": untranslated,
        "webinar": webinar,
        "practice": practice,
        "resource": resource,
        "below_region": below_region,
        "draft": draft,
        "secret": secret,
        "english_only": english_only,
        "copy": copy,
    }


def get_feed(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response


def parse_rss(response):
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "rss20"
    channel = ET.fromstring(response.content).find("channel")
    for required in ("title", "link", "description", "language"):
        assert channel.findtext(required), required
    for item in channel.findall("item"):
        assert item.findtext("title") and item.findtext("link") and item.findtext("guid") and item.findtext("pubDate")
        assert item.findtext(f"{DC}language")
    return parsed, channel


def parse_atom(response):
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    feed = ET.fromstring(response.content)
    for required in ("id", "title", "updated"):
        assert feed.findtext(f"{ATOM}{required}"), required
    assert feed.find(f"{ATOM}author/{ATOM}name").text
    assert feed.find(f"{ATOM}link[@rel='self']") is not None
    for entry in feed.findall(f"{ATOM}entry"):
        for required in ("id", "title", "updated"):
            assert entry.findtext(f"{ATOM}{required}"), required
        assert entry.find(f"{ATOM}link").get("href").startswith("http")
    return parsed, feed


def titles(parsed):
    return [entry.title for entry in parsed.entries]


def test_french_country_feed_lists_what_the_country_page_lists_in_french(scene, client):
    parsed, channel = parse_rss(get_feed(client, "/fr/feeds/country/UY/rss.xml"))
    assert parsed.feed.title.startswith("Équateur · ")
    assert parsed.feed.language == "fr"
    assert parsed.feed.link == scene["ecuador"]["fr"].full_url
    assert set(titles(parsed)) == {
        "L’Équateur étend la couverture",
        "Solo en español [Español]",
        "Webinaire sur la santé",
        "Bonne pratique équatorienne",
    }
    by_title = {entry.title: entry for entry in parsed.entries}
    news = by_title["L’Équateur étend la couverture"]
    assert news.link == scene["translated"]["fr"].full_url
    assert news.summary == "Résumé en français &amp; détails."  # HTML, as feed readers read descriptions
    # A page not translated yet: its French address, its Spanish text, said to be Spanish.
    untranslated = by_title["Solo en español [Español]"]
    assert untranslated.link == scene["untranslated"]["fr"].full_url
    assert untranslated.summary == "Texto español."
    items = {item.findtext("title"): item for item in channel.findall("item")}
    assert items["Solo en español [Español]"].findtext(f"{DC}language") == "es"
    assert items["L’Équateur étend la couverture"].findtext(f"{DC}language") == "fr"
    event = by_title["Webinaire sur la santé"]
    assert event.summary.startswith("10 décembre 2026 · En ligne")
    assert [tag.term for tag in event.tags] == ["Événement"]


def test_atom_feed_marks_the_language_of_an_untranslated_entry(scene, client):
    parsed, feed = parse_atom(get_feed(client, "/fr/feeds/country/uy/atom.xml"))
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "fr"
    langs = {
        entry.findtext(f"{ATOM}title"): entry.get("{http://www.w3.org/XML/1998/namespace}lang")
        for entry in feed.findall(f"{ATOM}entry")
    }
    assert langs["Solo en español [Español]"] == "es"
    assert langs["L’Équateur étend la couverture"] is None  # the feed's own language
    assert len(parsed.entries) == 4


@pytest.mark.parametrize("language", ["es", "en", "fr"])
def test_no_draft_no_restricted_page_no_other_language_no_copy(scene, client, language):
    for url in (
        f"/{language}/feeds/country/UY/rss.xml",
        f"/{language}/feeds/country/UY/atom.xml",
        f"/{language}/feeds/news/rss.xml",
        f"/{language}/feeds/news/atom.xml",
    ):
        response = get_feed(client, url)
        parsed = (parse_rss if url.endswith("rss.xml") else parse_atom)(response)[0]
        found = titles(parsed)
        body = response.content.decode()
        assert "Borrador" not in body
        assert "reservada" not in body and "réservée" not in body and "Noticia reservada" not in body
        assert ("English-only news" in body) == (language == "en")
        links = [entry.link for entry in parsed.entries]
        assert len(links) == len(set(links)), found
        assert scene["copy"].full_url not in links
        assert len([title for title in found if title.startswith("Ecuador amplía")]) == (language == "es")


def test_theme_and_region_feeds(scene, client):
    theme, _ = parse_rss(get_feed(client, "/fr/feeds/theme/sante-universelle/rss.xml"))
    assert set(titles(theme)) == {"Webinaire sur la santé", "Rapport de santé"}
    by_title = {entry.title: entry for entry in theme.entries}
    assert by_title["Rapport de santé"].summary == "Premier paragraphe. Second paragraphe."  # rich text as plain text
    english, _ = parse_atom(get_feed(client, "/en/feeds/theme/universal-health/atom.xml"))
    assert set(titles(english)) == {"Webinar on health", "Informe de salud"}  # translated, its text unchanged
    region, _ = parse_rss(get_feed(client, f"/fr/feeds/region/{scene['andes']['fr'].slug}/rss.xml"))
    assert titles(region) == ["Nouvelle andine"]


def test_section_feeds_and_the_listing_filters(scene, client):
    news, _ = parse_rss(get_feed(client, "/fr/feeds/news/rss.xml"))
    assert {"L’Équateur étend la couverture", "Webinaire sur la santé", "Nouvelle andine"} <= set(titles(news))
    events, _ = parse_rss(get_feed(client, "/fr/feeds/events/rss.xml"))
    assert titles(events) == ["Webinaire sur la santé"]
    assert events.feed.title.startswith("Événements · ")
    filtered, _ = parse_atom(get_feed(client, "/fr/feeds/news/atom.xml?country=UY&type=news"))
    assert set(titles(filtered)) == {"L’Équateur étend la couverture", "Solo en español [Español]"}
    webinars, _ = parse_rss(get_feed(client, "/fr/feeds/events/rss.xml?type=course"))
    assert titles(webinars) == []
    practices, _ = parse_rss(get_feed(client, "/fr/feeds/good-practices/rss.xml"))
    assert titles(practices) == ["Bonne pratique équatorienne"]
    resources, _ = parse_atom(get_feed(client, "/fr/feeds/resources/atom.xml?theme=sante-universelle"))
    assert titles(resources) == ["Rapport de santé"]


@pytest.mark.parametrize(
    "url",
    [
        "/fr/feeds/country/ZZ/rss.xml",  # no such country
        "/fr/feeds/theme/salud-universal/rss.xml",  # the Spanish slug in the French feeds
        "/fr/feeds/news/rss.xml?country=XX",  # not a country of the filter
        "/fr/feeds/news/rss.xml?year=abc",
        "/fr/feeds/good-practices/rss.xml?type=webinar",  # a filter the listing does not have
        "/fr/feeds/nothing/rss.xml",
    ],
)
def test_unknown_feeds_and_bad_filters_are_not_found(scene, client, url):
    get_feed(client, url, status=404)


def test_a_restricted_country_has_no_feed_in_any_language(scene, client, trees):
    response = client.get(scene["ecuador"]["fr"].url)
    assert b"/fr/feeds/country/UY/rss.xml" in response.content
    PageViewRestriction.objects.bulk_create(  # in Spanish only (no signal: restriction_sync does not copy it)
        [PageViewRestriction(page=scene["ecuador"]["es"], restriction_type=PageViewRestriction.LOGIN)]
    )
    cache.clear()  # bulk_create bypasses the invalidation signals too
    for language in ("es", "en", "fr"):
        get_feed(client, f"/{language}/feeds/country/UY/rss.xml", status=404)


def test_feeds_are_kept_in_the_page_cache_and_a_publication_shows_at_once(scene, client, trees):
    url = "/fr/feeds/country/UY/atom.xml"
    first = get_feed(client, url)
    assert first["X-Page-Cache"] == "miss" and "public" in first["Cache-Control"]
    assert get_feed(client, url)["X-Page-Cache"] == "hit"
    fresh = NewsPageFactory(parent=trees.section("news"), title="Nueva noticia", countries=[scene["ecuador"]["es"]])
    translate(fresh, "fr", title="Nouvelle toute fraîche")
    response = get_feed(client, url)
    assert response["X-Page-Cache"] == "miss"
    parsed, _ = parse_atom(response)
    assert titles(parsed)[0] == "Nouvelle toute fraîche"
    Page.objects.get(pk=scene["webinar"]["fr"].pk).unpublish()
    parsed, _ = parse_atom(get_feed(client, url))
    assert "Webinaire sur la santé" not in titles(parsed)


def test_pages_name_their_feeds_in_the_head(scene, client, trees):
    html = client.get(scene["ecuador"]["fr"].url).content.decode()
    rss = 'type="application/rss+xml" title="Équateur (flux RSS)" href="/fr/feeds/country/UY/rss.xml"'
    assert f'<link rel="alternate" {rss}>' in html
    assert 'type="application/atom+xml" title="Équateur (flux Atom)" href="/fr/feeds/country/UY/atom.xml"' in html
    theme = client.get(scene["health"]["en"].url).content.decode()
    assert 'href="/en/feeds/theme/universal-health/rss.xml"' in theme
    news_index = client.get(trees.section("news", "fr").url + "?country=UY&lang=all&page=2").content.decode()
    assert 'href="/fr/feeds/news/rss.xml?country=UY"' in news_index
    assert 'title="Événements (flux RSS)" href="/fr/feeds/events/rss.xml?country=UY"' in news_index
    assert "feeds/" not in client.get(scene["translated"]["fr"].url).content.decode()
