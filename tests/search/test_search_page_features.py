"""The search page: language switch, facets, highlighted snippets, empty state, privacy, odd input, outages."""

import html
import re
import socket
import time

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from environs import Env
from wagtail.models import Locale, PageViewRestriction

from home.models import StandardPage
from search import query as search_query
from search import results, views
from search.backends import search_backends_setting
from search.resilience import SearchUnavailable, reset_outages
from tests.helpers import demo_page

pytestmark = pytest.mark.django_db


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


def publish_page(language, title, **fields):
    """A new live StandardPage under the home page of ``language``."""
    page = StandardPage(title=title, slug=re.sub(r"\W+", "-", title.lower()), **fields)
    demo_page("home", language).add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def member_group():
    return Group.objects.create(name="Members only")


@pytest.fixture
def outsider(django_user_model):
    """A logged-in reader with no rights at all."""
    return django_user_model.objects.create_user("outsider", "outsider@example.org", "pw")


# --- Language ------------------------------------------------------------------------


def test_results_are_in_the_readers_language_by_default(client):
    content = search(client, "en", q="NAPSA")
    links = result_links(content)
    assert demo_page("country-zm", "en").url in links
    assert all(link.startswith("/en/") for link in links)
    assert "lang-badge" not in content


def test_all_languages_switch_marks_each_result_with_its_language(client):
    content = search(client, "en", q="NAPSA", lang="all")
    links = result_links(content)
    assert {demo_page("country-zm", code).url for code in ("es", "en", "fr")} <= set(links)
    badges = re.findall(r'<span class="lang-badge" lang="(\w+)">', content)
    assert len(badges) == len(links)
    assert set(badges) == {"es", "en", "fr"}
    assert 'name="lang" value="all" checked' in content
    # In another language than the page's, the title says which language it is in.
    assert re.search(r'class="card__title" lang="fr"><a href="' + re.escape(demo_page("country-zm", "fr").url), content)


def test_aliases_showing_another_locales_page_are_not_results(client):
    source = publish_page("es", "Quetzalcoatlus", intro="Página sobre el quetzalcoatlus.")
    alias = source.create_alias(
        parent=demo_page("home", "fr"),
        update_locale=Locale.objects.get(language_code="fr"),
        reset_translation_key=False,
    )
    assert alias.alias_of_id == source.pk and alias.live
    assert result_count(search(client, "fr", q="quetzalcoatlus")) == 0
    assert result_links(search(client, "fr", q="quetzalcoatlus", lang="all")) == [source.url]


# --- Facets --------------------------------------------------------------------------


def test_facet_counts_equal_the_results_they_lead_to(client):
    content = search(client, "en", q="social", more="type")  # every type listed
    total = result_count(content)
    links = facet_links(content)
    facets = {name for query, _count, _selected in links for name in re.findall(r"&(\w+)=", "&" + query)} - {"q"}
    assert facets == {"type", "country", "theme", "year"}
    type_counts = [count for query, count, _selected in links if "type=" in query]
    assert sum(type_counts) == total  # every result has exactly one type
    for query, count, _selected in links:
        assert result_count(client.get(search_url("en") + "?" + query).content.decode()) == count, query


def test_facet_counts_with_a_selection_count_the_other_facets_within_it(client):
    content = search(client, "en", q="social", lang="all")
    query = next(query for query, _count, _selected in facet_links(content) if "country=" in query)
    selected = client.get(search_url("en") + "?" + query).content.decode()
    assert "lang=all" in query
    for link, count, is_selected in facet_links(selected):
        if is_selected:
            assert "country=" not in link  # choosing the selected value again removes it
            continue
        assert "country=" in link  # the other facets keep the selection; other countries replace it
        assert result_count(client.get(search_url("en") + "?" + link).content.decode()) == count, link


def test_long_facets_show_the_most_frequent_values_and_a_link_to_all(client, monkeypatch):
    from search import views

    monkeypatch.setattr(views, "FACET_VALUES_SHOWN", 2)
    full = [link for link in facet_links(search(client, "en", q="social", more="country")) if "country=" in link[0]]
    assert len(full) > 3
    content = search(client, "en", q="social")
    shown = [link for link in facet_links(content) if "country=" in link[0]]
    assert [count for _query, count, _selected in shown] == sorted((c for _q, c, _s in full), reverse=True)[:2]
    assert f"Show {len(full) - 2} more" in content and "more=country" in content
    # A chosen value stays listed even when it is not among the most frequent.
    rare_query = full[-1][0]
    chosen = client.get(search_url("en") + "?" + rare_query).content.decode()
    chosen_links = [link for link in facet_links(chosen) if "country=" in link[0] or link[2]]
    assert any(selected for _query, _count, selected in chosen_links)


def test_choosing_a_type_lists_only_that_type(client):
    content = search(client, "fr", q="social", type="countries.countrypage")
    links = result_links(content)
    assert links
    assert all(link.startswith(demo_page("countries", "fr").url) for link in links)


def test_unknown_facet_values_are_ignored(client):
    plain = search(client, "en", q="social")
    odd = search(client, "en", q="social", country="ZZ", theme="no-such-theme", type="wagtailcore.nothing", year="abc")
    assert result_count(odd) == result_count(plain)
    assert result_links(odd) == result_links(plain)
    assert "Some filters were not understood and have been ignored" in odd


def test_pagination_keeps_the_query_and_the_facets(client):
    content = search(client, "en", q="social", lang="all", type="countries.countrypage")
    assert result_count(content) > 12
    next_link = html.unescape(re.search(r'href="\?([^"]+)" rel="next"', content).group(1))
    assert "q=social" in next_link and "lang=all" in next_link and "type=countries.countrypage" in next_link
    second = client.get(search_url("en") + "?" + next_link).content.decode()
    assert result_links(second) and not set(result_links(second)) & set(result_links(content))


# --- Snippets ------------------------------------------------------------------------


def test_snippet_highlights_matched_words_regardless_of_case_and_accents(client):
    page = publish_page("en", "Highlight test", intro="Old <b>age</b> & the Pensión scheme: PENSIONS paid monthly.")
    content = search(client, "en", q="pension", type="home.standardpage")
    assert page.url in result_links(content)
    snippet = re.search(r'href="' + re.escape(page.url) + r'".*?search-result__snippet">(.*?)</p>', content, re.S)
    assert snippet.group(1) == (
        "Old &lt;b&gt;age&lt;/b&gt; &amp; the <mark>Pensión</mark> scheme: <mark>PENSIONS</mark> paid monthly."
    )


def test_highlighting_escapes_first_and_never_marks_inside_an_entity():
    pattern = results.highlight_pattern("amp lt")
    assert results.highlight("Fish & chips < 5", pattern) == "Fish &amp; chips &lt; 5"
    assert results.highlight('<script>alert("x")</script> Ampère', results.highlight_pattern("ampere")) == (
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>Ampère</mark>"
    )


def test_snippet_is_cut_around_the_first_match():
    page = StandardPage(title="Long", intro=" ".join(["filler"] * 100) + " jubilación " + " ".join(["tail"] * 100))
    extract = results.snippet(page, results.highlight_pattern("jubilacion"))
    assert "<mark>jubilación</mark>" in extract
    assert extract.startswith("… ") and extract.endswith(" …")
    assert len(extract) < results.SNIPPET_LENGTH + 40


# --- Empty states --------------------------------------------------------------------


def test_empty_query_gives_a_friendly_page_without_a_results_list(client):
    content = search(client, "en", q="")
    assert '<ol class="results"' not in content and "search-summary" not in content
    assert "Type one or more words" in content


def test_nothing_found_suggests_a_spelling_from_the_titles(client):
    content = search(client, "en", q="pensoin")
    assert result_count(content) == 0 and '<ol class="results"' not in content
    suggestion = html.unescape(re.search(r'Did you mean: <a href="\?([^"]+)"', content).group(1))
    assert suggestion.startswith("q=pension")
    assert result_count(client.get(search_url("en") + "?" + suggestion).content.decode()) > 0
    assert "lang=all" in content  # and: search all languages


def test_nothing_found_with_filters_offers_to_remove_them(client):
    content = search(client, "en", q="pension", year="1900")
    assert result_count(content) == 0
    assert 'href="?q=pension">Remove all filters</a>' in content


# --- Privacy -------------------------------------------------------------------------


def test_a_draft_change_is_not_searchable_until_published(client):
    zambia = demo_page("country-zm", "en")
    zambia.summary = "Zambia's xylophonist pension scheme."
    revision = zambia.save_revision()
    assert result_count(search(client, "en", q="xylophonist")) == 0
    assert "xylophonist" not in search(client, "en", q="NAPSA")  # the snippet is the live text
    revision.publish()
    assert demo_page("country-zm", "en").url in result_links(search(client, "en", q="xylophonist"))


def test_restricted_pages_are_hidden_from_anonymous_and_from_readers_without_rights(
    client, member_group, outsider, django_user_model
):
    zambia = demo_page("country-zm", "en")
    restriction = PageViewRestriction.objects.create(page=zambia, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(member_group)

    anonymous = search(client, "en", q="NAPSA", lang="all")
    # Set on the English page, the restriction holds for the Spanish and French ones too.
    for language in ("es", "en", "fr"):
        assert demo_page("country-zm", language).url not in result_links(anonymous)
    assert result_count(anonymous) == len(result_links(anonymous))
    assert sum(count for query, count, _s in facet_links(anonymous) if "type=" in query) == result_count(anonymous)

    client.force_login(outsider)
    assert zambia.url not in result_links(search(client, "en", q="NAPSA"))

    member = django_user_model.objects.create_user("member", "member@example.org", "pw")
    member.groups.add(member_group)
    client.force_login(member)
    assert zambia.url in result_links(search(client, "en", q="NAPSA"))


def test_a_restricted_section_hides_the_pages_below_it(client, outsider):
    PageViewRestriction.objects.create(page=demo_page("countries", "en"), restriction_type=PageViewRestriction.PASSWORD)
    client.force_login(outsider)
    links = result_links(search(client, "en", q="NAPSA"))
    assert demo_page("country-zm", "en").url not in links


def test_login_restricted_pages_are_found_by_logged_in_readers_only(client, outsider):
    zambia = demo_page("country-zm", "en")
    PageViewRestriction.objects.create(page=zambia, restriction_type=PageViewRestriction.LOGIN)
    assert zambia.url not in result_links(search(client, "en", q="NAPSA"))
    client.force_login(outsider)
    assert zambia.url in result_links(search(client, "en", q="NAPSA"))


def test_another_locales_draft_is_never_a_result(client):
    draft = StandardPage(title="Brouillon zorbaxien", slug="brouillon-zorbaxien", intro="zorbaxien", live=False)
    demo_page("home", "fr").add_child(instance=draft)
    draft.save_revision()
    assert result_count(search(client, "fr", q="zorbaxien")) == 0
    assert result_count(search(client, "en", q="zorbaxien", lang="all")) == 0
    assert result_count(search(client, "es", q="zorbaxien", lang="all")) == 0


def test_unpublished_pages_do_not_count_in_facets(client):
    before = facet_links(search(client, "en", q="NAPSA", lang="all"))
    demo_page("country-zm", "fr").unpublish()
    after = search(client, "en", q="NAPSA", lang="all")
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
    response = client.get(search_url("fr"), {"q": "social", **params})
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
    content = search(client, "en", q="social")
    assert result_count(content) == 3
    assert "results for “social” among the 3 best matches" in content
    few = search(client, "en", q="Belgium")
    assert "best matches" not in few


@pytest.mark.parametrize(("language", "written"), [("en", "1,000"), ("es", "1\xa0000"), ("fr", "1\xa0000")])
def test_the_number_of_ranked_matches_is_written_as_the_reader_writes_numbers(client, language, written):
    response = client.get(search_url(language), {"q": "Belgium"})
    assert response.status_code == 200
    assert response.context["max_matches"] == written
