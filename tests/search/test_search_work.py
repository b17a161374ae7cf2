"""What a search costs, and that the shortcuts taken for speed change nothing readers see.

The PostgreSQL query goes through the ``portal_search_document`` GIN index, results are
read as ids, facets take a fixed number of queries and the facet choices are cached until
the next publish (counting and pruning the searches: test_search_counts.py). No timings
here: bench/search_latency.py measures them.
"""

import re
import unicodedata

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page, PageViewRestriction

from portal import page_urls, shared_data
from portal.models import page_type_name
from search import facets, query, ranking, results, synonyms, visibility
from search.backends import POSTGRES_DOCUMENT_FUNCTION
from search.ids import IdIn
from tests.factories import CountryPageFactory
from tests.helpers import database_backends_only, demo_page

pytestmark = [pytest.mark.django_db, database_backends_only, pytest.mark.only_engine("database")]
needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the document index is PostgreSQL's (run with DATABASE_URL=postgres://...)",
)


def locale(language):
    return Locale.objects.get(language_code=language)


def backend_results(language, query):
    pages = Page.objects.live().filter(locale=locale(language), depth__gt=1)
    return ranking.language_backend(language).search(query, pages)


@pytest.fixture
def anonymous_request(rf):
    request = rf.get("/")
    request.user = AnonymousUser()
    request.session = {}
    return request


# --- The database query --------------------------------------------------------------


@needs_postgres
def test_the_postgres_search_matches_through_the_document_index():
    results = backend_results("en", "social security pension")[: ranking.MAX_MATCHES]
    queryset = results.get_queryset().values_list("pk", flat=True)
    with connection.cursor() as cursor:
        sql = cursor.mogrify(*queryset.query.sql_with_params())
    sql = sql.decode() if isinstance(sql, bytes) else sql  # psycopg2 gives bytes
    assert "_vector_" not in sql and "||" not in sql  # the concatenation no index serves, never selected
    # The match, the last condition of the WHERE clause, alone on Wagtail's table: with
    # sequential and plain index scans off, only an index on this exact expression can serve it.
    match = sql[sql.index(f"{POSTGRES_DOCUMENT_FUNCTION}(") : sql.index(" ORDER BY")].rstrip()[:-1]
    assert match.startswith(f'{POSTGRES_DOCUMENT_FUNCTION}("wagtailsearch_indexentry"."title", ') and " @@ " in match
    with transaction.atomic(), connection.cursor() as cursor:
        for method in ("seqscan", "indexscan"):
            cursor.execute(f"SET LOCAL enable_{method} = off")
        cursor.execute(f"EXPLAIN SELECT id FROM wagtailsearch_indexentry WHERE {match}")
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Bitmap Index Scan on portal_search_document_gin" in plan, plan


@needs_postgres
def test_the_document_function_is_wagtails_title_and_body():
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT count(*) FROM wagtailsearch_indexentry WHERE {POSTGRES_DOCUMENT_FUNCTION}(title, body) "
            "IS DISTINCT FROM (title || body)"
        )
        assert cursor.fetchone()[0] == 0
        cursor.execute("SELECT count(*) FROM wagtailsearch_indexentry")
        assert cursor.fetchone()[0] > 100


@pytest.mark.parametrize(("language", "query"), [("en", "social"), ("es", "pensiones"), ("fr", "sécurité sociale")])
def test_result_ids_are_the_backends_ranking(language, query):
    results = backend_results(language, query)
    expected = [page.pk for page in results[:20]]
    assert len(expected) > 3
    with CaptureQueriesContext(connection) as queries:
        assert ranking.result_ids(results, 20) == expected
    assert len(queries) == 1
    select = re.match(r"\s*SELECT (.*?) FROM ", queries[0]["sql"], re.S).group(1)
    assert "title" not in select and "path" not in select  # ids only, no page objects


@pytest.mark.parametrize("query", ["social", "pensiones", "protection sociale", "zzzyx"])
def test_a_search_in_every_language_is_each_languages_ranking_in_one_statement_on_postgres(
    query, django_assert_num_queries
):
    """The same ids, in the same order, as each language's search run alone; on PostgreSQL in one query."""
    locales = [locale("es"), locale("en"), locale("fr")]
    alone = [
        ranking.result_ids(
            ranking.search_results(query, each, Page.objects.live().filter(locale=each, depth__gt=1)),
            ranking.MAX_MATCHES,
        )
        for each in locales
    ]
    synonyms.synonym_groups(locales[0])  # the glossary of every language: shared data, read once
    with django_assert_num_queries(1 if connection.vendor == "postgresql" else 3):
        ids = ranking.ranked_ids(query, locales)
    assert list(ids) == ranking.interleave(alone)
    assert (len(ids) > 10) == (query != "zzzyx")


def test_result_ids_of_an_empty_search():
    assert ranking.result_ids(backend_results("en", ""), 10) == []


# --- Facets ----------------------------------------------------------------------------


def test_id_in_filters_like_pk_in():
    ids = list(Page.objects.order_by("-pk").values_list("pk", flat=True)[:50]) + [10**8]
    assert set(Page.objects.filter(IdIn("pk", ids)).values_list("pk", flat=True)) == set(ids[:-1])
    assert not Page.objects.filter(IdIn("pk", [])).exists()


def test_facts_of_a_case_study_and_a_country_page():
    case_study = demo_page("casestudy-be-platform", "en").specific
    belgium = demo_page("country-be", "en").specific
    facts = facets.collect_facts(Page.objects.all(), [case_study.pk, belgium.pk])
    assert facts[case_study.pk] == facets.PageFacts(
        type="casestudies.casestudypage",
        year=case_study.implemented_since,
        countries={case_study.country.iso_code} | {country.iso_code for country in case_study.countries.all()},
        themes={theme.translation_key for theme in case_study.themes.all()},
    )
    assert facts[case_study.pk].themes  # tagged with Spanish theme pages: their keys are every locale's
    assert facts[belgium.pk].type == "countries.countrypage"
    assert facts[belgium.pk].year is None  # a country has no year of its own: not when the portal published it


@pytest.mark.only_engine("database")
def test_page_types_declare_their_year_for_the_facet(monkeypatch):
    """The year facet reads what page types declare (``search_year_field``): a new one needs no change in search/."""
    from casestudies.models import CaseStudyPage
    from home.models import StandardPage
    from news.models import NewsPage
    from resources.models import ResourcePage

    declared = set(facets.year_fields())
    # EventPage inherits NewsPage's declaration and field: read once, from NewsPage.
    assert declared == {(CaseStudyPage, "implemented_since"), (ResourcePage, "year"), (NewsPage, "date")}
    page = demo_page("country-be", "en")
    standard = StandardPage.objects.live().filter(locale=page.locale).first()
    assert facets.collect_facts(Page.objects.all(), [standard.pk])[standard.pk].year is None
    monkeypatch.setattr(StandardPage, "search_year_field", "first_published_at", raising=False)
    facts = facets.collect_facts(Page.objects.all(), [standard.pk])
    assert facts[standard.pk].year == standard.first_published_at.year


def test_facts_only_for_the_pages_the_reader_may_see(anonymous_request):
    zambia, peru = demo_page("country-zm", "en"), demo_page("country-pe", "en")
    PageViewRestriction.objects.create(page=zambia, restriction_type=PageViewRestriction.LOGIN)
    peru.unpublish()
    visible = demo_page("country-be", "en")
    facts = facets.collect_facts(visibility.visible_pages(anonymous_request), [zambia.pk, peru.pk, visible.pk])
    assert set(facts) == {visible.pk}


def test_facts_take_two_queries_whatever_the_number_of_results(django_assert_num_queries):
    ids = ranking.ranked_ids("social", [locale("en"), locale("es"), locale("fr")])
    assert len(ids) > 30
    facets.tag_codes()  # the tagged pages' codes: shared data, read once for every search
    with django_assert_num_queries(2):
        facets.collect_facts(Page.objects.all(), ids)
    countries = [pk for pk in ids if Page.objects.get(pk=pk).specific_class.__name__ == "CountryPage"]
    with django_assert_num_queries(1):  # country pages have no tags of their own
        facets.collect_facts(Page.objects.all(), countries)


def test_facts_on_the_raw_path_read_the_tagged_pages_once(settings, django_assert_num_queries):
    """Without the shared data, the country and theme pages are read once more (then the choices reuse them)."""
    ids = ranking.ranked_ids("social", [locale("en"), locale("es"), locale("fr")])
    kept = facets.collect_facts(Page.objects.all(), ids)
    assert any(facts.countries for facts in kept.values()) and any(facts.themes for facts in kept.values())
    settings.DATA_CACHE = False
    with django_assert_num_queries(3):
        raw = facets.collect_facts(Page.objects.all(), ids)
    assert raw == kept


def test_counts_without_and_with_a_selection():
    facts = {
        1: facets.PageFacts(type="a", year=2020, countries={"BE", "PE"}),
        2: facets.PageFacts(type="a", year=2021, countries={"PE"}),
        3: facets.PageFacts(type="b", year=2021),
    }
    counts = facets.count([1, 2, 3, 4], facts, {})
    assert counts["type"] == {"a": 2, "b": 1}
    assert counts["country"] == {"PE": 2, "BE": 1}
    assert counts["year"] == {2021: 2, 2020: 1}
    counts = facets.count([1, 2, 3], facts, {"country": "PE"})
    assert counts["type"] == {"a": 2}  # within the selected country
    assert counts["country"] == {"PE": 2, "BE": 1}  # the country facet ignores its own selection


# --- Cached choices --------------------------------------------------------------------


def test_choices_are_cached_per_locale_and_language(django_assert_num_queries):
    english = locale("en")
    with translation.override("en"):
        first = facets.Choices.for_locale(english)
        with django_assert_num_queries(0):
            assert facets.Choices.for_locale(english) == first
    with translation.override("fr"):
        french_labels = facets.Choices.for_locale(english)
    assert french_labels.countries == first.countries
    with translation.override("fr"):
        assert french_labels.types == facets.Choices.build(english).types


def test_publishing_a_country_page_renews_the_choices():
    english = locale("en")
    assert "AR" not in facets.Choices.for_locale(english).countries
    page = CountryPageFactory(parent=demo_page("countries", "en"), title="Argentina", iso_code="AR", live=False)
    page.save_revision().publish()
    assert facets.Choices.for_locale(english).countries["AR"] == "Argentina"
    page.refresh_from_db()
    page.unpublish()
    assert "AR" not in facets.Choices.for_locale(english).countries


def test_a_view_restriction_renews_the_choices():
    english = locale("en")
    belgium = demo_page("country-be", "en")
    assert facets.Choices.for_locale(english).countries["BE"] == belgium.title
    for language in ("es", "en", "fr"):
        PageViewRestriction.objects.create(page=demo_page("country-be", language), restriction_type="login")
    assert "BE" not in facets.Choices.for_locale(english).countries


def test_choices_without_a_working_cache(monkeypatch):
    monkeypatch.setattr(shared_data.invalidation, "generation", lambda: None)
    built = []
    monkeypatch.setattr(facets.Choices, "build", classmethod(lambda cls, locale: built.append(locale) or "built"))
    assert facets.Choices.for_locale(locale("en")) == "built"
    assert facets.Choices.for_locale(locale("en")) == "built"
    assert len(built) == 2


def test_a_tag_written_without_publishing_is_counted():
    # Written without publishing (an import script, say): no cached value stands in the way.
    new_country = CountryPageFactory(parent=demo_page("countries", "en"), title="Paraguay", iso_code="PY")
    case_study = demo_page("casestudy-be-platform", "en").specific
    case_study.countries.add(new_country)
    case_study.save()
    facts = facets.collect_facts(Page.objects.all(), [case_study.pk])
    assert "PY" in facts[case_study.pk].countries


# --- Snippets ------------------------------------------------------------------------------


def test_result_pages_take_one_query_and_give_the_snippets_of_the_specific_pages(anonymous_request):
    """Plain pages and their snippet texts in one UNION ALL, whatever the number of page types shown."""
    ids = list(ranking.ranked_ids("social", [locale("en")]))[:40]
    specific = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    assert len({type(page) for page in specific.values()}) >= 3  # several page types among them
    models = {pk: type(page) for pk, page in specific.items()}
    visibility.sees_only_public_pages(anonymous_request)  # the view restrictions, read once per request
    page_urls.page_url(specific[ids[0]], anonymous_request)  # the request's site, read once per request
    with CaptureQueriesContext(connection) as queries:
        shown, promoted = results.result_pages(anonymous_request, ids, models, "social", {}, "en")
        urls = [page_urls.page_url(page, anonymous_request) for page in shown]
        names = [page_type_name(page.specific_class) for page in shown]
    assert len(queries) == 1  # the titles, links and types shown read nothing more
    assert [page.pk for page in shown] == ids and promoted == []
    assert urls == [specific[pk].url for pk in ids]
    assert names == [page_type_name(type(specific[pk])) for pk in ids]
    pattern = results.highlight_pattern("social")
    for page in shown:
        assert page.title == specific[page.pk].title
        assert page.search_snippet == results.snippet(specific[page.pk], pattern)
        assert page.specific_class is type(specific[page.pk]) and page.listing_language is None


def test_result_pages_of_an_unknown_type_or_deleted_since(anonymous_request):
    """A page whose type the facets did not know shows its search description; one deleted since is left out."""
    page = demo_page("country-be", "en")
    Page.objects.filter(pk=page.pk).update(search_description="Social protection in Belgium.")
    gone = demo_page("news-campaign", "en")
    ids = [page.pk, gone.pk]
    Page.objects.filter(pk=gone.pk).delete()
    shown, _promoted = results.result_pages(anonymous_request, ids, {}, "social", {page.locale_id: "en"}, "en:unknown")
    assert [each.pk for each in shown] == [page.pk]
    assert str(shown[0].search_snippet) == "<mark>Social</mark> protection in Belgium."
    assert shown[0].listing_language == "en"


@pytest.mark.parametrize("text", ["plain ASCII text", "Pensión ÉTÉ ﬁn straße", "", "Ａ１ mixed ñ and a"])
def test_folding_keeps_positions(text):
    folded, positions = query.fold_with_positions(text)
    expected_folded, expected_positions = [], []
    for index, character in enumerate(text):
        for part in unicodedata.normalize("NFKD", character).lower():
            if not unicodedata.combining(part):
                expected_folded.append(part)
                expected_positions.append(index)
    assert (folded, positions) == ("".join(expected_folded), expected_positions)


def test_a_new_view_restriction_hides_results_at_once_but_not_from_readers_who_pass_it(client):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.urls import reverse

    belgium = demo_page("country-be", "en")
    with translation.override("en"):
        url = reverse("search")
    assert f'href="{belgium.url}"' in client.get(url, {"q": "Belgium"}).content.decode()  # shared data kept
    group = Group.objects.create(name="Belgium readers")
    restriction = PageViewRestriction.objects.create(page=belgium, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(group)
    assert f'href="{belgium.url}"' not in client.get(url, {"q": "Belgium"}).content.decode()
    member = get_user_model().objects.create_user("belgium-reader", password="x")
    member.groups.add(group)
    client.force_login(member)
    assert f'href="{belgium.url}"' in client.get(url, {"q": "Belgium"}).content.decode()
    client.logout()
    assert f'href="{belgium.url}"' not in client.get(url, {"q": "Belgium"}).content.decode()


def search_url(language="en"):
    from django.urls import reverse

    with translation.override(language):
        return reverse("search")


def kept_data(name):
    return [key for key in shared_data.cache._cache if name in key]  # local memory in tests


def test_a_query_asked_again_is_not_searched_again_until_the_site_changes(client, monkeypatch):
    from django.contrib.auth import get_user_model

    editor = get_user_model().objects.get(username="editor")
    calls = []
    search = ranking.language_backend("en").search

    def counting(*args, **kwargs):
        calls.append(args[0])
        return search(*args, **kwargs)

    monkeypatch.setattr(type(ranking.language_backend("en")), "search", lambda self, *a, **k: counting(*a, **k))
    first = client.get(search_url(), {"q": "Belgium"}).content.decode()
    second = client.get(search_url(), {"q": "Belgium"}).content.decode()
    assert calls == ["Belgium"]
    assert first.split('id="main"')[1] == second.split('id="main"')[1]
    # A publish: the next search runs again and finds the new text.
    belgium = demo_page("country-be", "en")
    belgium.title = "Belgium, kingdom of unusually fine pensions"
    belgium.save_revision(user=editor).publish(user=editor)
    third = client.get(search_url(), {"q": "Belgium"}).content.decode()
    assert len(calls) == 2 and "unusually fine pensions" in third


def test_nothing_built_for_a_reader_who_passes_a_restriction_is_kept(client):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    belgium = demo_page("country-be", "en")
    group = Group.objects.create(name="Belgium readers")
    restriction = PageViewRestriction.objects.create(page=belgium, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(group)
    member = get_user_model().objects.create_user("belgium-reader", password="x")
    member.groups.add(group)
    client.force_login(member)
    assert f'href="{belgium.url}"' in client.get(search_url(), {"q": "Belgium"}).content.decode()
    assert kept_data(":search:ranking:en:Belgium")  # the ranking is the same for every reader
    assert not kept_data(":search:matches:") and not kept_data(":search:pages:")
    assert not kept_data(":search:promotions:")


def test_a_new_promotion_shows_at_once(client):
    from wagtail.contrib.search_promotions.models import SearchPromotion

    belgium = demo_page("country-be", "en")
    client.get(search_url(), {"q": "pension"})  # kept: no promotion
    SearchPromotion.objects.create(
        query=Query.get("pension"), page=belgium, sort_order=0, description="Our pick for pensions"
    )
    assert "Our pick for pensions" in client.get(search_url(), {"q": "pension"}).content.decode()


def test_who_passes_a_restriction_is_wagtails_answer_without_reading_groups_for_anonymous_readers(
    rf, django_user_model, django_assert_max_num_queries
):
    """The search's check agrees with ``accept_request`` for every kind of restriction and reader, and
    reads groups only for a logged-in reader (one query for all the group restrictions)."""
    from django.contrib.auth.models import Group

    from portal.visibility import view_restrictions

    pages = [demo_page(key, "en") for key in ("country-be", "country-pe", "country-ec")]
    group = Group.objects.create(name="Readers of restricted pages")
    login = PageViewRestriction.objects.create(page=pages[0], restriction_type=PageViewRestriction.LOGIN)
    by_group = PageViewRestriction.objects.create(page=pages[1], restriction_type=PageViewRestriction.GROUPS)
    by_group.groups.add(group)
    password = PageViewRestriction.objects.create(
        page=pages[2], restriction_type=PageViewRestriction.PASSWORD, password="open sesame"
    )
    member = django_user_model.objects.create_user("group-member", password="x")
    member.groups.add(group)
    readers = {
        "anonymous": AnonymousUser(),
        "anonymous with the password": AnonymousUser(),
        "logged in": django_user_model.objects.create_user("no-groups", password="x"),
        "group member": member,
        "superuser": django_user_model.objects.create_superuser("root", password="x"),
    }
    for name, user in readers.items():
        request = rf.get("/")
        request.user = user
        request.session = {}
        if name.endswith("password"):  # as Wagtail's password form leaves it (mark_as_passed)
            request.session[PageViewRestriction.passed_view_restrictions_session_key] = [password.pk]
        view_restrictions()  # shared data, read once for every reader
        # Anonymous readers and superusers: nothing more. Others: the restrictions' groups and the reader's.
        with django_assert_max_num_queries(2 if user.is_authenticated and not user.is_superuser else 0):
            visibility.sees_only_public_pages(request)
        hidden = {
            restriction.page_id
            for restriction in PageViewRestriction.objects.filter(pk__in=[login.pk, by_group.pk, password.pk])
            if not restriction.accept_request(request)
        }
        shown = set(
            visibility.visible_pages(request).filter(pk__in=[page.pk for page in pages]).values_list("pk", flat=True)
        )
        assert shown == {page.pk for page in pages} - hidden, name
    assert len(view_restrictions()) == PageViewRestriction.objects.count()
