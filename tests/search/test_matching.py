"""Language-aware matching: each language's backend stems its words and folds accents.

Each test publishes a page whose title holds one form of a word and searches another
form, through the backend of the page's language, over live public pages of that locale.
Stemming needs PostgreSQL (SQLite FTS5 folds accents but does not stem).
"""

import pytest
from django.db import connection
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from search.backends import backend_for
from tests.factories import CountryPageFactory, ThemePageFactory
from tests.factories.trees import fresh
from tests.helpers import database_backends_only

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.factories,
    database_backends_only,
    pytest.mark.only_engine("database"),
]
needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="stemming needs PostgreSQL text search; SQLite FTS5 has none (run with DATABASE_URL=postgres://...)",
)


@pytest.fixture(scope="module")
def belgium(trees):
    """Belgium in es/en/fr."""
    return trees.add(
        CountryPageFactory, "countries", title="Bélgica", en={"title": "Belgium"}, fr={"title": "Belgique"}
    )


@pytest.fixture
def publish_theme(trees):
    """``publish_theme(language, title)``: a live theme page below the theme index of ``language``."""

    def publish(language, title):
        return ThemePageFactory(parent=trees.section("themes", language), title=title, summary="Kestrel.")

    return publish


def found(language, query, queryset=None):
    """Pks of the live public pages of ``language`` that its backend finds for ``query``."""
    if queryset is None:
        queryset = Page.objects.live().public().filter(locale=Locale.objects.get(language_code=language))
    return {page.pk for page in get_search_backend(backend_for(language)).search(query, queryset)}


def test_a_new_page_is_indexed_in_its_own_language(publish_theme):
    page = publish_theme("fr", "Retraite")
    assert page.locale.language_code == "fr"
    assert page.pk in found("fr", "Retraite")


@pytest.mark.parametrize(
    ("language", "title", "query"),
    [
        ("es", "Jubilación", "jubilacion"),
        ("es", "Jubilacion", "jubilación"),
        ("fr", "Sécurité", "securite"),
        ("en", "Café", "cafe"),
    ],
)
def test_accents_are_folded(language, title, query, publish_theme):
    page = publish_theme(language, title)
    assert page.pk in found(language, query)


@needs_postgres
@pytest.mark.parametrize(
    ("language", "title", "query"),
    [
        ("es", "Pensiones", "pensión"),
        ("es", "Pensión", "pensiones"),
        ("es", "Jubilación", "jubilaciones"),
        ("es", "Prestaciones", "prestacion"),
        ("es", "Mujeres", "mujer"),
        ("fr", "Retraite", "retraites"),
        ("fr", "Cotisations", "cotisation"),
        ("en", "Benefit", "benefits"),
        ("en", "Policies", "policy"),
    ],
)
def test_words_are_stemmed(language, title, query, publish_theme):
    page = publish_theme(language, title)
    assert page.pk in found(language, query)


@needs_postgres
@pytest.mark.parametrize("query", ["inspección del trabajo", "informe sobre el trabajo", "trabajo para todos"])
def test_spanish_words_that_the_language_drops_do_not_hide_a_page(query, publish_theme):
    """A stop word ("del", "sobre", "para") is searched as written: its plural ("deles") would be required."""
    page = publish_theme("es", "Informe: la inspección del trabajo sobre el terreno, para todos")
    assert page.pk in found("es", query)


def test_a_spanish_page_is_not_in_the_french_results(publish_theme):
    page = publish_theme("es", "Pensiones")
    everything = Page.objects.live().public()  # no locale filter: the backend alone keeps it out
    assert page.pk not in {p.pk for p in get_search_backend("fr").search("pensiones", everything)}
    assert page.pk not in {p.pk for p in get_search_backend("en").search("pensiones", everything)}
    assert page.pk in {p.pk for p in get_search_backend("default").search("pensiones", everything)}


def test_the_default_backend_still_finds_every_language_for_the_admin(belgium):
    """Wagtail's admin search always asks "default"; editors look for pages of every language there."""
    english = fresh(belgium["en"])
    results = get_search_backend("default").search("Belgium", Page.objects.live())
    assert english.pk in {page.pk for page in results}


def test_drafts_are_not_found(publish_theme):
    page = publish_theme("es", "Pensiones")
    page.unpublish()
    assert page.pk not in found("es", "pensiones")


@pytest.mark.parametrize(("language", "title", "typed"), [("es", "Bélgica", "belg"), ("fr", "Équateur", "equat")])
def test_autocomplete_folds_accents(language, title, typed, publish_theme):
    page = publish_theme(language, title)
    queryset = Page.objects.live().filter(locale=Locale.objects.get(language_code=language))
    assert page.pk in {p.pk for p in get_search_backend(backend_for(language)).autocomplete(typed, queryset)}
