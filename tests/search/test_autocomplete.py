"""The search box's suggestions: JSON of live public titles of the reader's language, whatever the input.

Its scene: a country profile under a made-up name ("Zorbavia", "Zorbavie" in French), a French
page whose title holds that name further in, and more Spanish "Zorbax…" titles than the
suggestions show, so what is suggested is judged on the scene's titles even when the demo
content shares the database.
"""

import socket
import time

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from environs import Env
from wagtail.models import PageViewRestriction

from home.models import StandardPage
from search import ranking, suggestions, views
from search.backends import search_backends_setting
from search.resilience import reset_outages
from tests.factories import CountryPageFactory, StandardPageFactory
from tests.factories.trees import fresh

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

SPANISH_TITLES = 10  # more than suggestions.AUTOCOMPLETE_LIMIT


@pytest.fixture(scope="module")
def scene(trees):
    """{"country": {language: page}, "home": {language: home page}}."""
    country = trees.add(
        CountryPageFactory,
        "countries",
        title="Zorbavia",
        en={"title": "Zorbavia"},
        fr={"title": "Zorbavie"},
    )
    # A title holding the name further in, first in alphabetical order.
    StandardPageFactory(parent=trees.home("fr"), title="Guide de la Zorbavie")
    for number in range(SPANISH_TITLES):
        StandardPageFactory(parent=trees.home("es"), title=f"Zorbaxa número {number}")
    return {"country": country, "home": {code: trees.home(code) for code in ("es", "en", "fr")}}


def country(scene, language):
    return fresh(scene["country"][language])


def autocomplete_url(language):
    with translation.override(language):
        return reverse("search_autocomplete")


def suggest(client, language, query, status=200):
    response = client.get(autocomplete_url(language), {"q": query})
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    return response.json()


def urls(data):
    return [result["url"] for result in data["results"]]


def test_shape(client, scene):
    data = suggest(client, "en", "Zorbav")
    assert set(data) == {"query", "results"}
    assert data["query"] == "Zorbav"
    zorbavia = country(scene, "en")
    assert {"title": zorbavia.title, "url": zorbavia.url} in data["results"]
    for result in data["results"]:
        assert set(result) == {"title", "url"}


def test_titles_of_the_readers_language_only(client, scene):
    for language in ("es", "en", "fr"):
        found = urls(suggest(client, language, "Zorbav"))
        assert country(scene, language).url in found
        assert all(url.startswith(f"/{language}/") for url in found)


def test_at_most_eight_results(client, scene):
    assert len(suggest(client, "en", "social")["results"]) <= suggestions.AUTOCOMPLETE_LIMIT
    found = suggest(client, "es", "Zorbaxa")["results"]
    assert len(found) == suggestions.AUTOCOMPLETE_LIMIT < SPANISH_TITLES  # more titles match
    assert all(result["title"].startswith("Zorbaxa número") for result in found)


def test_answers_in_a_bounded_number_of_queries(client, scene, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        assert suggest(client, "es", "Zorbaxa")["results"]


def test_backend_without_autocomplete_api_falls_back_to_titles(client, scene, monkeypatch):
    backend_class = type(ranking.language_backend("fr"))
    monkeypatch.setattr(backend_class, "autocomplete_query_compiler_class", None)
    found = urls(suggest(client, "fr", "zorbav"))
    assert found[0] == country(scene, "fr").url  # titles starting with the words first
    assert len(found) == 2  # then "Guide de la Zorbavie", though first in alphabetical order
    assert all(url.startswith("/fr/") for url in found)


def test_draft_titles_are_not_suggested_until_published(client, scene):
    zorbavia = country(scene, "en")
    zorbavia.title = "Zorbavianewtitle"
    revision = zorbavia.save_revision()
    assert suggest(client, "en", "Zorbavianew")["results"] == []
    assert {"title": "Zorbavia", "url": zorbavia.url} in suggest(client, "en", "Zorbav")["results"]
    revision.publish()
    assert urls(suggest(client, "en", "Zorbavianew")) == [country(scene, "en").url]


def test_restricted_pages_are_not_suggested(client, scene, django_user_model):
    zorbavie = country(scene, "fr")
    assert zorbavie.url in urls(suggest(client, "fr", "Zorbav"))
    restriction = PageViewRestriction.objects.create(page=zorbavie, restriction_type=PageViewRestriction.GROUPS)
    members = Group.objects.create(name="Members only")
    restriction.groups.add(members)
    assert zorbavie.url not in urls(suggest(client, "fr", "Zorbav"))
    outsider = django_user_model.objects.create_user("outsider", "outsider@example.org", "pw")
    client.force_login(outsider)
    assert zorbavie.url not in urls(suggest(client, "fr", "Zorbav"))
    outsider.groups.add(members)
    assert zorbavie.url in urls(suggest(client, "fr", "Zorbav"))


def test_another_locales_draft_is_not_suggested(client, scene):
    draft = StandardPage(title="Zorbaxien brouillon", slug="zorbaxien-brouillon", live=False)
    fresh(scene["home"]["fr"]).add_child(instance=draft)
    draft.save_revision()
    for language in ("fr", "en", "es"):
        assert suggest(client, language, "Zorbaxien")["results"] == []


@pytest.mark.parametrize(
    "query",
    [
        "",
        "b",
        "x" * 10_000,
        '"unbalanced',
        "title:(a OR b",
        "'; DROP TABLE wagtailcore_page; --",
        "\x00\x1f\x7f",
        "*",
        "%_",
        "\u202e\u200b",
        "<script>",
    ],
)
def test_odd_input_gives_json(client, scene, query):
    started = time.monotonic()
    data = suggest(client, "es", query)
    assert time.monotonic() - started < 3
    assert len(data["query"]) <= views.AUTOCOMPLETE_MAX_LENGTH
    assert isinstance(data["results"], list)


def test_unavailable_backend_gives_503_json(client, settings, monkeypatch):
    pytest.importorskip("elasticsearch")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("ELASTICSEARCH_URL", f"http://127.0.0.1:{port}")
    settings.WAGTAILSEARCH_BACKENDS = search_backends_setting(Env())
    reset_outages()
    data = suggest(client, "en", "Zorbav", status=503)
    assert data["results"] == [] and data["unavailable"] is True


def test_search_box_is_enhanced_progressively(client, scene):
    content = client.get(fresh(scene["home"]["fr"]).url).content.decode()
    with translation.override("fr"):
        # Without JavaScript the search box is a plain GET form to the search page…
        assert f'<form class="search-box" role="search" action="{reverse("search")}" method="get">' in content
        # …and the script, loaded deferred, knows the endpoint of the reader's language.
        assert f'data-url="{reverse("search_autocomplete")}"' in content
    assert 'src="/static/js/search-autocomplete.js" defer' in content
