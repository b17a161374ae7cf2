"""The search page: privacy (drafts, restrictions, other locales), odd input, outages.

Its scene (tests/search/page_helpers.py ``build_scene``): country profiles, a theme, news and a
report that all say "quokka"; the country "Zorbavia" alone says "ZQNAPSA", so privacy is checked
on the scene's pages even when the demo content shares the database.
"""

import socket
import time

import pytest
from django.contrib.auth.models import Group
from django.utils import translation
from environs import Env
from wagtail.models import PageViewRestriction

from home.models import StandardPage
from search import query as search_query
from search import views
from search.backends import search_backends_setting
from search.resilience import SearchUnavailable, reset_outages
from tests.factories.trees import fresh
from tests.search.page_helpers import build_scene, facet_links, result_count, result_links, search, search_url

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture(scope="module", autouse=True)
def scene(trees):
    built = build_scene(trees)
    built["trees"] = trees
    return built


def zorbavia(scene, language):
    """The country whose profile says "ZQNAPSA"."""
    return fresh(scene["countries"][0][language])


@pytest.fixture
def member_group():
    return Group.objects.create(name="Members only")


@pytest.fixture
def outsider(django_user_model):
    """A logged-in reader with no rights at all."""
    return django_user_model.objects.create_user("outsider", "outsider@example.org", "pw")


# --- Privacy -------------------------------------------------------------------------


def test_a_draft_change_is_not_searchable_until_published(client, scene):
    country = zorbavia(scene, "en")
    country.summary = "Zorbavia's xylophonist pension scheme. ZQNAPSA."
    revision = country.save_revision()
    assert result_count(search(client, "en", q="xylophonist")) == 0
    assert "xylophonist" not in search(client, "en", q="ZQNAPSA")  # the snippet is the live text
    revision.publish()
    assert zorbavia(scene, "en").url in result_links(search(client, "en", q="xylophonist"))


def test_restricted_pages_are_hidden_from_anonymous_and_from_readers_without_rights(
    client, scene, member_group, outsider, django_user_model
):
    zambia = zorbavia(scene, "en")
    assert zambia.url in result_links(search(client, "en", q="ZQNAPSA"))
    restriction = PageViewRestriction.objects.create(page=zambia, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(member_group)

    anonymous = search(client, "en", q="ZQNAPSA", lang="all")
    # Set on the English page, the restriction holds for the Spanish and French ones too.
    for language in ("es", "en", "fr"):
        assert zorbavia(scene, language).url not in result_links(anonymous)
    assert result_count(anonymous) == len(result_links(anonymous))
    assert sum(count for query, count, _s in facet_links(anonymous) if "type=" in query) == result_count(anonymous)

    client.force_login(outsider)
    assert zambia.url not in result_links(search(client, "en", q="ZQNAPSA"))

    member = django_user_model.objects.create_user("member", "member@example.org", "pw")
    member.groups.add(member_group)
    client.force_login(member)
    assert zambia.url in result_links(search(client, "en", q="ZQNAPSA"))


def test_a_restricted_section_hides_the_pages_below_it(client, scene, outsider):
    countries = scene["trees"].section("countries", "en")
    PageViewRestriction.objects.create(page=countries, restriction_type=PageViewRestriction.PASSWORD)
    client.force_login(outsider)
    links = result_links(search(client, "en", q="ZQNAPSA"))
    assert zorbavia(scene, "en").url not in links


def test_login_restricted_pages_are_found_by_logged_in_readers_only(client, scene, outsider):
    zambia = zorbavia(scene, "en")
    PageViewRestriction.objects.create(page=zambia, restriction_type=PageViewRestriction.LOGIN)
    assert zambia.url not in result_links(search(client, "en", q="ZQNAPSA"))
    client.force_login(outsider)
    assert zambia.url in result_links(search(client, "en", q="ZQNAPSA"))


def test_another_locales_draft_is_never_a_result(client, scene):
    draft = StandardPage(title="Brouillon zorbaxien", slug="brouillon-zorbaxien", intro="zorbaxien", live=False)
    scene["trees"].home("fr").add_child(instance=draft)
    draft.save_revision()
    assert result_count(search(client, "fr", q="zorbaxien")) == 0
    assert result_count(search(client, "en", q="zorbaxien", lang="all")) == 0
    assert result_count(search(client, "es", q="zorbaxien", lang="all")) == 0


def test_unpublished_pages_do_not_count_in_facets(client, scene):
    before = facet_links(search(client, "en", q="ZQNAPSA", lang="all"))
    zorbavia(scene, "fr").unpublish()
    after = search(client, "en", q="ZQNAPSA", lang="all")
    assert result_count(after) == 2
    assert sum(count for query, count, _s in facet_links(after) if "type=" in query) == 2
    assert before != facet_links(after)


# --- Bad input -----------------------------------------------------------------------

BAD_QUERIES = [
    "",
    "   ",
    "x" * 10_000,
    "pension " * 2_000,
    '"unbalanced',
    '"a" "b',
    "title:(a OR b",
    "pension AND NOT (x OR y)^2~ [1 TO 5] {a} \\ / * ?",
    "'; DROP TABLE wagtailcore_page; --",
    "1' OR '1'='1",
    "%_%",
    "\x00\x01\x1f\x7f",
    "pen\x00sion",
    "\u202epension\u200b\ufeff",
    "<script>alert(1)</script>",
    "日本語 العربية",
]


@pytest.mark.parametrize("query", BAD_QUERIES)
@pytest.mark.parametrize("page", ["abc", "99999", "-1", "0", "1" * 5000])
def test_odd_queries_and_pages_give_a_page(client, query, page):
    started = time.monotonic()
    response = client.get(search_url("en"), {"q": query, "page": page})
    assert response.status_code == 200
    assert time.monotonic() - started < 5
    content = response.content.decode()
    assert "<script>alert(1)</script>" not in content
    assert "\x00" not in content


@pytest.mark.parametrize(
    "params",
    [
        {"country": "<script>"},
        {"year": "99999999999999999999"},
        {"year": "-5"},
        {"theme": "x" * 5000},
        {"type": "wagtailcore.page"},
        {"lang": "klingon"},
        {"country": ["BE", "EC"]},
    ],
)
def test_odd_facet_values_give_a_page(client, params):
    response = client.get(search_url("fr"), {"q": "quokka", **params})
    assert response.status_code == 200
    assert "<script>" not in response.content.decode()


def test_clean_query():
    assert search_query.clean_query('  "a  b"\tc\x00d ') == '"a b" c d'
    assert search_query.clean_query('"unbalanced') == "unbalanced"
    assert search_query.clean_query("zero\u200bwidth\u202e") == "zerowidth"
    assert len(search_query.clean_query("x" * 10_000)) == search_query.MAX_QUERY_LENGTH


# --- Outages -------------------------------------------------------------------------


def test_backend_unavailable_gives_a_503_page(client, monkeypatch):
    def unavailable(query, locales):
        raise SearchUnavailable("down")

    monkeypatch.setattr(views, "ranked_ids", unavailable)
    response = client.get(search_url("fr"), {"q": "retraite"})
    assert response.status_code == 503
    assert response["Retry-After"]
    content = response.content.decode()
    assert 'role="alert"' in content
    with translation.override("fr"):
        assert translation.gettext("Search is temporarily unavailable") in content


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_search_server_refusing_connections_gives_a_503_page(client, settings, monkeypatch):
    pytest.importorskip("elasticsearch")
    monkeypatch.setenv("ELASTICSEARCH_URL", f"http://127.0.0.1:{closed_port()}")
    monkeypatch.setenv("ELASTICSEARCH_TIMEOUT", "1")
    settings.WAGTAILSEARCH_BACKENDS = search_backends_setting(Env())
    reset_outages()
    started = time.monotonic()
    response = client.get(search_url("en"), {"q": "pension"})
    assert response.status_code == 503
    assert time.monotonic() - started < 5


def test_a_search_with_more_matches_than_are_ranked_says_so(client, monkeypatch):
    from search import ranking

    monkeypatch.setattr(ranking, "MAX_MATCHES", 3)
    content = search(client, "en", q="quokka")
    assert result_count(content) == 3
    assert "results for “quokka” among the 3 best matches" in content
    few = search(client, "en", q="ZQNAPSA")
    assert "best matches" not in few


@pytest.mark.parametrize(("language", "written"), [("en", "1,000"), ("es", "1\xa0000"), ("fr", "1\xa0000")])
def test_the_number_of_ranked_matches_is_written_as_the_reader_writes_numbers(client, language, written):
    response = client.get(search_url(language), {"q": "ZQNAPSA"})
    assert response.status_code == 200
    assert response.context["max_matches"] == written
