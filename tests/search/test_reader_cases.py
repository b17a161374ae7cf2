"""What readers noticed in search, on both engines: the database backends and a live OpenSearch node.

Each case runs twice (the ``engine`` fixture): what a reader gets must not depend on the
engine the site runs on.

It stays on the demo content (marked ``demo``): its OpenSearch run searches the live node's
indexes, built once per session from the demo content (tests/search/conftest.py), which never
see pages a factory builds inside a module's transaction; and the relevance and ranking cases
are judged on the demo corpus.
"""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from tests.helpers import demo_page
from themes.models import GlossaryTerm

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def search(client, language, query, **params):
    with translation.override(language):
        url = reverse("search")
    response = client.get(url, {"q": query, **params})
    assert response.status_code == 200, response.status_code
    return response


def result_urls(response):
    """The result links of the search page, best first."""
    results = response.context["results"]
    return [page.url for page in results] if results else []


def test_a_theme_named_by_the_query_comes_first(client, engine):
    """Title and headings weigh more than body text: "pensiones" puts "Vejez y pensiones" first."""
    assert result_urls(search(client, "es", "pensiones"))[0] == demo_page("theme-old-age", "es").url
    assert result_urls(search(client, "fr", "pensions"))[0] == demo_page("theme-old-age", "fr").url


@pytest.mark.parametrize(
    ("language", "query", "key"),
    [
        ("es", "C102", "resource-c102"),
        ("en", "c102", "resource-c102"),
        ("fr", "R202", "resource-r202"),
        ("es", "102", "resource-c102"),  # "núm. 102" in its title
        ("en", "SPER", "resource-tz-sper"),
    ],
)
def test_codes_acronyms_and_numbers_are_found_as_written(client, engine, language, query, key):
    urls = result_urls(search(client, language, query))
    assert demo_page(key, language).url in urls[:3], urls


def test_an_instrument_code_finds_its_instrument_first(client, engine):
    assert result_urls(search(client, "es", "C102"))[0] == demo_page("resource-c102", "es").url


def test_a_word_of_another_language_says_where_it_has_results(client, engine):
    """ "retraite" on the Spanish site: no Spanish result, but French ones, and their Spanish versions."""
    response = search(client, "es", "retraite")
    assert not response.context["results"]
    [french] = response.context["elsewhere"]
    assert french["code"] == "fr" and french["count"] > 0
    content = response.content.decode()
    assert re.search(rf"{french['count']} resultados? en francés", content)
    assert "lang=all" in content
    spanish_versions = [page.url for page in response.context["translated_matches"]]
    assert demo_page("theme-old-age", "es").url in spanish_versions
    assert all(url.startswith("/es/") for url in spanish_versions)


def test_nothing_elsewhere_says_nothing_more(client, engine):
    response = search(client, "es", "zzyzxqwv")
    assert response.context["elsewhere"] == [] and response.context["translated_matches"] == []


def test_a_restricted_page_found_in_another_language_is_not_offered(client, engine):
    from wagtail.models import PageViewRestriction

    old_age = demo_page("theme-old-age", "es")
    PageViewRestriction.objects.create(page=old_age, restriction_type=PageViewRestriction.LOGIN)
    response = search(client, "es", "retraite")
    assert old_age.url not in [page.url for page in response.context["translated_matches"]]


@pytest.mark.parametrize(
    ("language", "query", "key"),
    [
        ("es", "jubilación", "theme-old-age"),  # the page says "pensiones de vejez", never "jubilación"
        ("fr", "retraite", "theme-old-age"),  # "pensions de vieillesse"
    ],
)
def test_glossary_synonyms_find_the_terms_pages(client, engine, language, query, key):
    assert demo_page(key, language).url in result_urls(search(client, language, query))


def test_without_the_synonym_the_page_is_not_found(client, engine):
    term = GlossaryTerm.objects.get(locale__language_code="es", term="pensión de vejez")
    term.synonyms = ""
    term.save()
    assert demo_page("theme-old-age", "es").url not in result_urls(search(client, "es", "jubilación"))


def test_the_year_facet_counts_publication_years_only(client, engine):
    response = search(client, "en", "social protection")
    [year_facet] = [facet for facet in response.context["facets"] if facet["name"] == "year"]
    years = {int(value["value"]) for value in year_facet["values"]}
    assert 1952 in years  # Convention No. 102, a document of 1952
    assert all(value["count"] <= response.context["paginator"].count for value in year_facet["values"])


def test_type_labels_are_readers_words(client, engine):
    response = search(client, "en", "platform")
    [type_facet] = [facet for facet in response.context["facets"] if facet["name"] == "type"]
    labels = {value["label"] for value in type_facet["values"]}
    assert "Good practice" in labels
    assert not any("page" in label.lower() for label in labels), labels  # not "Standard page", "Case study index page"
    assert "Good practice" in response.content.decode()
