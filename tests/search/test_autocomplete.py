"""The search box's suggestions: JSON of live public titles of the reader's language, whatever the input.

It stays on the demo content (marked ``demo``): its OpenSearch run searches the live node's
indexes, built once per session from the demo content (tests/search/conftest.py), which never
see pages a factory builds inside a module's transaction; and the limit and ranking of
suggestions are judged on the demo's many titles.
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
from tests.helpers import demo_page

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


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


def test_shape(client):
    data = suggest(client, "en", "Belg")
    assert set(data) == {"query", "results"}
    assert data["query"] == "Belg"
    belgium = demo_page("country-be", "en")
    assert {"title": belgium.title, "url": belgium.url} in data["results"]
    for result in data["results"]:
        assert set(result) == {"title", "url"}


def test_titles_of_the_readers_language_only(client):
    for language in ("es", "en", "fr"):
        found = urls(suggest(client, language, "Belg"))
        assert demo_page("country-be", language).url in found
        assert all(url.startswith(f"/{language}/") for url in found)


def test_at_most_eight_results(client):
    assert len(suggest(client, "en", "social")["results"]) <= suggestions.AUTOCOMPLETE_LIMIT
    assert len(suggest(client, "es", "de")["results"]) == suggestions.AUTOCOMPLETE_LIMIT  # more titles match


def test_answers_in_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        assert suggest(client, "es", "de")["results"]


def test_backend_without_autocomplete_api_falls_back_to_titles(client, monkeypatch):
    backend_class = type(ranking.language_backend("fr"))
    monkeypatch.setattr(backend_class, "autocomplete_query_compiler_class", None)
    found = urls(suggest(client, "fr", "belg"))
    assert found[0] == demo_page("country-be", "fr").url  # titles starting with the words first
    assert all(url.startswith("/fr/") for url in found)


def test_draft_titles_are_not_suggested_until_published(client):
    belgium = demo_page("country-be", "en")
    belgium.title = "Belgiumnewtitle"
    revision = belgium.save_revision()
    assert suggest(client, "en", "Belgiumnew")["results"] == []
    assert {"title": "Belgium", "url": belgium.url} in suggest(client, "en", "Belg")["results"]
    revision.publish()
    assert urls(suggest(client, "en", "Belgiumnew")) == [demo_page("country-be", "en").url]


def test_restricted_pages_are_not_suggested(client, django_user_model):
    belgium = demo_page("country-be", "fr")
    restriction = PageViewRestriction.objects.create(page=belgium, restriction_type=PageViewRestriction.GROUPS)
    members = Group.objects.create(name="Members only")
    restriction.groups.add(members)
    assert belgium.url not in urls(suggest(client, "fr", "Belg"))
    outsider = django_user_model.objects.create_user("outsider", "outsider@example.org", "pw")
    client.force_login(outsider)
    assert belgium.url not in urls(suggest(client, "fr", "Belg"))
    outsider.groups.add(members)
    assert belgium.url in urls(suggest(client, "fr", "Belg"))


def test_another_locales_draft_is_not_suggested(client):
    draft = StandardPage(title="Zorbaxien brouillon", slug="zorbaxien-brouillon", live=False)
    demo_page("home", "fr").add_child(instance=draft)
    draft.save_revision()
    for language in ("fr", "en", "es"):
        assert suggest(client, language, "Zorbax")["results"] == []


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
def test_odd_input_gives_json(client, query):
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
    data = suggest(client, "en", "Belg", status=503)
    assert data["results"] == [] and data["unavailable"] is True


def test_search_box_is_enhanced_progressively(client):
    content = client.get(demo_page("home", "fr").url).content.decode()
    with translation.override("fr"):
        # Without JavaScript the search box is a plain GET form to the search page…
        assert f'<form class="search-box" role="search" action="{reverse("search")}" method="get">' in content
        # …and the script, loaded deferred, knows the endpoint of the reader's language.
        assert f'data-url="{reverse("search_autocomplete")}"' in content
    assert 'src="/static/js/search-autocomplete.js" defer' in content
