"""The search page as a reader sees it, for the search page tests: fetch it, read its results and
facets; and the scene of those tests (``build_scene``)."""

import html
import re

from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Site

from home.models import StandardPage
from tests.factories import CountryPageFactory, NewsPageFactory, ResourcePageFactory, ThemePageFactory

# The scene's countries: made-up names, ISO codes the demo does not use.
COUNTRIES = [
    ("FJ", {"es": "Zorbavia", "en": "Zorbavia", "fr": "Zorbavie"}),
    ("FM", {"es": "Quokkalandia", "en": "Quokkaland", "fr": "Quokkalande"}),
    ("FO", {"es": "Kestrelia", "en": "Kestrelia", "fr": "Kestrélie"}),
    ("GA", {"es": "Plimbonia", "en": "Plimbonia", "fr": "Plimbonie"}),
    ("GD", {"es": "Wombatia", "en": "Wombatia", "fr": "Wombatie"}),
]
# English news pages per country of COUNTRIES (the first is the most frequent in the country facet).
NEWS_PER_COUNTRY = (4, 3, 2, 1)


def search_url(language):
    with translation.override(language):
        return reverse("search")


def search(client, language, **params):
    response = client.get(search_url(language), params)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def result_links(content):
    """The result links, in order (not the recommended ones above them)."""
    listing = re.search(r'<ol class="results".*?</ol>', content, re.S)
    return re.findall(r'class="card__title"[^>]*><a href="([^"]+)"', listing.group(0)) if listing else []


def result_count(content):
    return int(re.search(r'class="search-summary">(\d+)', content).group(1))


def facet_links(content):
    """[(query string, count, selected)] of every facet value."""
    found = re.findall(
        r'<a class="facet__value" href="\?([^"]+)"( aria-current="true")?>.*?<span class="facet__count">(\d+)</span>',
        content,
        re.S,
    )
    return [(html.unescape(query), int(count), bool(selected)) for query, selected, count in found]


def home_page(language):
    """The home page of ``language`` of the tree the default site serves (the scene's, or the demo's)."""
    root = Site.objects.get(is_default_site=True).root_page
    return root.get_translation(Locale.objects.get(language_code=language))


def publish_page(language, title, **fields):
    """A new live StandardPage under the home page of ``language``."""
    page = StandardPage(title=title, slug=re.sub(r"\W+", "-", title.lower()), **fields)
    home_page(language).add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def build_scene(trees):
    """The search page tests' scene: every page in es/en/fr says "quokka", none of the demo's does.

    Five country profiles (COUNTRIES; the first, "zorbavia", also says "ZQNAPSA"), a theme, English
    news tagged with the first four countries (NEWS_PER_COUNTRY) and the theme, and an English
    report of 2019 tagged with the fifth. Returns ``{"countries": [{language: page}, …],
    "theme": {language: page}}``.
    """
    countries = []
    for number, (code, titles) in enumerate(COUNTRIES):
        napsa = " ZQNAPSA." if number == 0 else ""
        countries.append(
            trees.add(
                CountryPageFactory,
                "countries",
                title=titles["es"],
                iso_code=code,
                summary=f"Perfil quokka de {titles['es']}.{napsa}",
                en={"title": titles["en"], "summary": f"Quokka profile of {titles['en']}.{napsa}"},
                fr={"title": titles["fr"], "summary": f"Profil quokka de {titles['fr']}.{napsa}"},
            )
        )
    theme = trees.add(
        ThemePageFactory,
        "themes",
        title="Protección quokka",
        summary="El tema quokka.",
        en={"title": "Quokka protection", "summary": "The quokka theme."},
        fr={"title": "Protection quokka", "summary": "Le thème quokka."},
    )
    news = trees.section("news", "en")
    for country, count in zip(countries, NEWS_PER_COUNTRY, strict=False):
        for number in range(count):
            NewsPageFactory(
                parent=news,
                title=f"Quokka news {country['en'].title} {number}",
                summary="Quokka news.",
                countries=[country["en"]],
                themes=[theme["en"]],
            )
    ResourcePageFactory(
        parent=trees.section("resources", "en"),
        title="Quokka report",
        year=2019,
        summary="<p>A quokka report.</p>",
        countries=[countries[4]["en"]],
    )
    return {"countries": countries, "theme": theme}
