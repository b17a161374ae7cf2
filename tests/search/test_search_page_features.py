"""The search page: language switch, facets, highlighted snippets, empty state.

Privacy, odd input and outages: test_search_page_safety.py.

Its scene (tests/search/page_helpers.py ``build_scene``): country profiles, a theme, news and a
report that all say "quokka", so facets and ranking are judged on the scene's pages even when
the demo content shares the database; and an English page on pensions for the spelling suggestion.
"""

import html
import re

import pytest
from wagtail.models import Locale

from home.models import StandardPage
from search import results, views
from tests.factories import StandardPageFactory
from tests.factories.trees import fresh
from tests.search.page_helpers import (
    build_scene,
    facet_links,
    publish_page,
    result_count,
    result_links,
    search,
    search_url,
)

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture(scope="module", autouse=True)
def scene(trees):
    built = build_scene(trees)
    StandardPageFactory(parent=trees.home("en"), title="Pension schemes", intro="What a pension pays.")
    built["trees"] = trees
    return built


def zorbavia(scene, language):
    """The country whose profile says "ZQNAPSA"."""
    return fresh(scene["countries"][0][language])


# --- Language ------------------------------------------------------------------------


def test_results_are_in_the_readers_language_by_default(client, scene):
    content = search(client, "en", q="ZQNAPSA")
    links = result_links(content)
    assert zorbavia(scene, "en").url in links
    assert all(link.startswith("/en/") for link in links)
    assert "lang-badge" not in content


def test_all_languages_switch_marks_each_result_with_its_language(client, scene):
    content = search(client, "en", q="ZQNAPSA", lang="all")
    links = result_links(content)
    assert {zorbavia(scene, code).url for code in ("es", "en", "fr")} <= set(links)
    badges = re.findall(r'<span class="lang-badge" lang="(\w+)">', content)
    assert len(badges) == len(links)
    assert set(badges) == {"es", "en", "fr"}
    assert 'name="lang" value="all" checked' in content
    # In another language than the page's, the title says which language it is in.
    assert re.search(r'class="card__title" lang="fr"><a href="' + re.escape(zorbavia(scene, "fr").url), content)


def test_aliases_showing_another_locales_page_are_not_results(client, scene):
    source = publish_page("es", "Quetzalcoatlus", intro="Página sobre el quetzalcoatlus.")
    alias = source.create_alias(
        parent=scene["trees"].home("fr"),
        update_locale=Locale.objects.get(language_code="fr"),
        reset_translation_key=False,
    )
    assert alias.alias_of_id == source.pk and alias.live
    assert result_count(search(client, "fr", q="quetzalcoatlus")) == 0
    assert result_links(search(client, "fr", q="quetzalcoatlus", lang="all")) == [source.url]


# --- Facets --------------------------------------------------------------------------


def test_facet_counts_equal_the_results_they_lead_to(client):
    content = search(client, "en", q="quokka", more="type")  # every type listed
    total = result_count(content)
    links = facet_links(content)
    facets = {name for query, _count, _selected in links for name in re.findall(r"&(\w+)=", "&" + query)} - {"q"}
    assert facets == {"type", "country", "theme", "year"}
    type_counts = [count for query, count, _selected in links if "type=" in query]
    assert sum(type_counts) == total  # every result has exactly one type
    for query, count, _selected in links:
        assert result_count(client.get(search_url("en") + "?" + query).content.decode()) == count, query


def test_facet_counts_with_a_selection_count_the_other_facets_within_it(client):
    content = search(client, "en", q="quokka", lang="all")
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

    monkeypatch.setattr(views, "FACET_VALUES_SHOWN", 2)
    full = [link for link in facet_links(search(client, "en", q="quokka", more="country")) if "country=" in link[0]]
    assert len(full) > 3
    content = search(client, "en", q="quokka")
    shown = [link for link in facet_links(content) if "country=" in link[0]]
    assert [count for _query, count, _selected in shown] == sorted((c for _q, c, _s in full), reverse=True)[:2]
    assert f"Show {len(full) - 2} more" in content and "more=country" in content
    # A chosen value stays listed even when it is not among the most frequent.
    rare_query = full[-1][0]
    chosen = client.get(search_url("en") + "?" + rare_query).content.decode()
    chosen_links = [link for link in facet_links(chosen) if "country=" in link[0] or link[2]]
    assert any(selected for _query, _count, selected in chosen_links)


def test_choosing_a_type_lists_only_that_type(client, scene):
    content = search(client, "fr", q="quokka", type="countries.countrypage")
    links = result_links(content)
    assert links
    assert all(link.startswith(scene["trees"].section("countries", "fr").url) for link in links)


def test_unknown_facet_values_are_ignored(client):
    plain = search(client, "en", q="quokka")
    odd = search(client, "en", q="quokka", country="ZZ", theme="no-such-theme", type="wagtailcore.nothing", year="abc")
    assert result_count(odd) == result_count(plain)
    assert result_links(odd) == result_links(plain)
    assert "Some filters were not understood and have been ignored" in odd


def test_pagination_keeps_the_query_and_the_facets(client):
    content = search(client, "en", q="quokka", lang="all", type="countries.countrypage")
    assert result_count(content) > 12
    next_link = html.unescape(re.search(r'href="\?([^"]+)" rel="next"', content).group(1))
    assert "q=quokka" in next_link and "lang=all" in next_link and "type=countries.countrypage" in next_link
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
