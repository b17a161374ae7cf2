"""What readers noticed in search, on both engines: the database backends and a live OpenSearch node.

Each case runs twice (the ``engine`` fixture): what a reader gets must not depend on the
engine the site runs on.

Its scene is built around made-up words (a theme on "zorbaxia", its glossary term, resources
with codes no real instrument has, a good practice), so the ranking is judged on the scene's
pages even when the demo content shares the database.
"""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from tests.factories import (
    CaseStudyPageFactory,
    GlossaryTermFactory,
    ResourcePageFactory,
    StandardPageFactory,
    ThemePageFactory,
)
from tests.factories.trees import fresh
from themes.models import GlossaryTerm

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture(scope="module")
def scene(trees):
    """{key: {language: page}}: "theme" (named by "zorbaxia"/"zorbaxie", which other pages say in
    their text only; only its French text says "kestrelouille"), "c977" and "r977" (instruments
    with those codes), "zqper" (a tool known by that acronym) and "practice" (a good practice),
    all four on "plovetta"; the glossary terms "zorbaxia de vejez" (synonym "kwelmoria") and "zorbaxie de
    vieillesse" (synonym "plimbourie")."""
    theme = trees.add(
        ThemePageFactory,
        "themes",
        title="Zorbaxia y vejez",
        summary="La zorbaxia de vejez protege a las personas mayores.",
        en={"title": "Zorbaxia and old age", "summary": "Zorbaxia protection for older people."},
        fr={"title": "Zorbaxie et vieillesse", "summary": "La zorbaxie de vieillesse et la kestrelouille."},
    )
    # The theme's word in the text only, more often than in the theme's own text.
    StandardPageFactory(
        parent=trees.home("es"),
        title="Notas del observatorio",
        intro="La zorbaxia, la zorbaxia y otra vez la zorbaxia: notas sobre la zorbaxia.",
    )
    StandardPageFactory(
        parent=trees.home("fr"),
        title="Notes de l'observatoire",
        intro="La zorbaxie, la zorbaxie et encore la zorbaxie : notes sur la zorbaxie.",
    )
    c977 = trees.add(
        ResourcePageFactory,
        "resources",
        title="Convenio sobre la plovetta (norma mínima), 1977 (núm. 977)",
        reference="C977",
        year=1977,
        resource_type="legal_instrument",
        summary="<p>El Convenio núm. 977 fija normas mínimas de plovetta.</p>",
        en={
            "title": "Plovetta (Minimum Standards) Convention, 1977 (No. 977)",
            "summary": "<p>Convention No. 977 sets minimum standards of plovetta protection.</p>",
        },
        fr={"title": "Convention concernant la plovetta (norme minimum), 1977 (nº 977)"},
    )
    r977 = trees.add(
        ResourcePageFactory,
        "resources",
        title="Recomendación sobre los pisos de plovetta, 1978 (núm. 978)",
        reference="R978",
        year=1978,
        resource_type="legal_instrument",
        en={"title": "Plovetta Floors Recommendation, 1978 (No. 978)"},
        fr={"title": "Recommandation sur les socles de plovetta, 1978 (nº 978)"},
    )
    zqper = trees.add(
        ResourcePageFactory,
        "resources",
        title="Revisión del gasto en plovetta (ZQPER)",
        year=2008,
        resource_type="tool",
        en={"title": "Plovetta Expenditure and Performance Review (ZQPER)"},
        fr={"title": "Revue des dépenses de plovetta (ZQPER)"},
    )
    practice = trees.add(
        CaseStudyPageFactory,
        "casestudies",
        title="Plataforma digital de plovetta",
        implemented_since=2012,
        summary="<p>Una plataforma en línea para la plovetta.</p>",
        en={"title": "Plovetta digital platform", "summary": "<p>An online platform for plovetta.</p>"},
        fr={"title": "Plateforme numérique de plovetta"},
    )
    GlossaryTermFactory(term="zorbaxia de vejez", synonyms="kwelmoria", theme=theme["es"])
    GlossaryTermFactory(
        term="zorbaxie de vieillesse",
        synonyms="plimbourie",
        locale=Locale.objects.get(language_code="fr"),
        theme=theme["fr"],
    )
    return {"theme": theme, "c977": c977, "r977": r977, "zqper": zqper, "practice": practice}


def url(scene, key, language):
    return fresh(scene[key][language]).url


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


def test_a_theme_named_by_the_query_comes_first(client, engine, scene):
    """Title and headings weigh more than body text: "zorbaxia" puts "Zorbaxia y vejez" first,
    before a page that says it four times in its text."""
    assert result_urls(search(client, "es", "zorbaxia"))[0] == url(scene, "theme", "es")
    assert result_urls(search(client, "fr", "zorbaxie"))[0] == url(scene, "theme", "fr")


@pytest.mark.parametrize(
    ("language", "query", "key"),
    [
        ("es", "C977", "c977"),
        ("en", "c977", "c977"),
        ("fr", "R978", "r977"),
        ("es", "977", "c977"),  # "núm. 977" in its title
        ("en", "ZQPER", "zqper"),
    ],
)
def test_codes_acronyms_and_numbers_are_found_as_written(client, engine, scene, language, query, key):
    urls = result_urls(search(client, language, query))
    assert url(scene, key, language) in urls[:3], urls


def test_an_instrument_code_finds_its_instrument_first(client, engine, scene):
    assert result_urls(search(client, "es", "C977"))[0] == url(scene, "c977", "es")


def test_a_word_of_another_language_says_where_it_has_results(client, engine, scene):
    """ "kestrelouille" on the Spanish site: no Spanish result, but French ones, and their Spanish versions."""
    response = search(client, "es", "kestrelouille")
    assert not response.context["results"]
    [french] = response.context["elsewhere"]
    assert french["code"] == "fr" and french["count"] > 0
    content = response.content.decode()
    assert re.search(rf"{french['count']} resultados? en francés", content)
    assert "lang=all" in content
    spanish_versions = [page.url for page in response.context["translated_matches"]]
    assert url(scene, "theme", "es") in spanish_versions
    assert all(url.startswith("/es/") for url in spanish_versions)


def test_nothing_elsewhere_says_nothing_more(client, engine, scene):
    response = search(client, "es", "zzyzxqwv")
    assert response.context["elsewhere"] == [] and response.context["translated_matches"] == []


def test_a_restricted_page_found_in_another_language_is_not_offered(client, engine, scene):
    from wagtail.models import PageViewRestriction

    theme = fresh(scene["theme"]["es"])
    PageViewRestriction.objects.create(page=theme, restriction_type=PageViewRestriction.LOGIN)
    response = search(client, "es", "kestrelouille")
    assert theme.url not in [page.url for page in response.context["translated_matches"]]


@pytest.mark.parametrize(
    ("language", "query", "key"),
    [
        ("es", "kwelmoria", "theme"),  # the page says "zorbaxia de vejez", never "kwelmoria"
        ("fr", "plimbourie", "theme"),  # "zorbaxie de vieillesse"
    ],
)
def test_glossary_synonyms_find_the_terms_pages(client, engine, scene, language, query, key):
    assert url(scene, key, language) in result_urls(search(client, language, query))


def test_without_the_synonym_the_page_is_not_found(client, engine, scene):
    term = GlossaryTerm.objects.get(locale__language_code="es", term="zorbaxia de vejez")
    term.synonyms = ""
    term.save()
    assert url(scene, "theme", "es") not in result_urls(search(client, "es", "kwelmoria"))


def test_the_year_facet_counts_publication_years_only(client, engine, scene):
    response = search(client, "en", "plovetta")
    [year_facet] = [facet for facet in response.context["facets"] if facet["name"] == "year"]
    years = {int(value["value"]) for value in year_facet["values"]}
    # The instruments', the tool's and the good practice's own years, not the year they went online.
    assert years == {1977, 1978, 2008, 2012}
    assert all(value["count"] <= response.context["paginator"].count for value in year_facet["values"])


def test_type_labels_are_readers_words(client, engine, scene):
    response = search(client, "en", "platform")
    [type_facet] = [facet for facet in response.context["facets"] if facet["name"] == "type"]
    labels = {value["label"] for value in type_facet["values"]}
    assert "Good practice" in labels
    assert not any("page" in label.lower() for label in labels), labels  # not "Standard page", "Case study index page"
    assert "Good practice" in response.content.decode()
