"""portal/prepared.py: a statement compiled once per shape reads what Django reads for the same queryset."""

import datetime
import threading

import pytest
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from home.models import HomePage
from news.models import NewsPage
from portal.models import tagged_content_models
from portal.models.tagging import _TAGGED_LISTS, _tagged_lists_query, tagged_lists
from portal.prepared import PreparedQuery
from portal.visibility import restricted_paths
from tests.helpers import demo_page

pytestmark = pytest.mark.django_db


def shape_and_values(page, limit=6):
    shape = (tuple(tagged_content_models()), getattr(page, "tag_field", None), limit, tuple(restricted_paths()))
    values = {
        "translation_key": page.translation_key,
        "locale_id": page.locale_id,
        "path": page.path,
        "depth": page.depth,
    }
    return shape, values


def as_set(rows):
    return {tuple(sorted(row.items())) for row in rows}


@pytest.mark.parametrize(
    "key,language",
    [
        ("country-ec", "es"),
        ("country-ec", "fr"),
        ("country-be", "en"),
        ("theme-floor", "es"),
        ("region-americas", "en"),
        ("countries", "es"),  # nothing is tagged with a section: only what is below it
    ],
)
def test_the_tagged_lists_statement_reads_what_django_reads_for_the_same_queryset(key, language):
    page = demo_page(key, language)
    shape, values = shape_and_values(page)
    django_rows = list(_tagged_lists_query(shape, **values))
    assert as_set(_TAGGED_LISTS.run(shape, **values)) == as_set(django_rows)
    if key not in ("countries", "region-americas"):
        assert django_rows, "the demo page lists tagged content"


def test_pages_of_one_shape_share_one_statement_and_get_their_own_items():
    ecuador, belgium = demo_page("country-ec"), demo_page("country-be")
    models = tagged_content_models()
    first = tagged_lists(models, ecuador, 6)
    statement = _TAGGED_LISTS.statement(shape_and_values(ecuador)[0])
    second = tagged_lists(models, belgium, 6)
    assert _TAGGED_LISTS.statement(shape_and_values(belgium)[0]) is statement
    ecuador_titles = {item.title for items in first.values() for item in items}
    belgium_titles = {item.title for items in second.values() for item in items}
    assert ecuador_titles and belgium_titles and ecuador_titles != belgium_titles
    assert demo_page("resource-ec-evaluation").title in ecuador_titles
    assert demo_page("resource-ec-evaluation").title not in belgium_titles


def test_the_items_are_read_in_one_query_with_dates_as_dates():
    floor = demo_page("theme-floor")
    tagged_lists(tagged_content_models(), floor, 6)  # compiled
    with CaptureQueriesContext(connection) as queries:
        lists = tagged_lists(tagged_content_models(), floor, 6)
    assert len(queries) == 1
    news = lists[NewsPage.tagged_content_key]
    assert news and all(isinstance(item.date, datetime.date) for item in news)
    assert [item.date for item in news] == sorted((item.date for item in news), reverse=True)


def test_a_restriction_added_after_the_statement_was_compiled_hides_the_page(client):
    ecuador = demo_page("country-ec")
    evaluation = demo_page("resource-ec-evaluation")
    assert evaluation.title in client.get(ecuador.url).content.decode()
    PageViewRestriction.objects.create(page=evaluation, restriction_type=PageViewRestriction.LOGIN)
    assert evaluation.title not in client.get(ecuador.url).content.decode()


def test_a_value_written_into_the_sql_is_refused():
    # Text written into the SQL (as a slice's bounds are: LIMIT 6) belongs in the shape.
    prepared = PreparedQuery(
        lambda shape, *, depth: Page.objects.extra(where=[f"depth > {depth}"]).values("pk"), {"depth": int}
    )
    with pytest.raises(ValueError, match="depth is written into the SQL"):
        prepared.run("shape", depth=2)


def test_a_text_that_a_pattern_would_read_differently_is_refused():
    prepared = PreparedQuery(
        lambda shape, *, path: Page.objects.filter(path__startswith=path).values("pk"), {"path": str}
    )
    assert {row["pk"] for row in prepared.run("shape", path="0001")} == set(Page.objects.values_list("pk", flat=True))
    with pytest.raises(ValueError, match="LIKE wildcard"):
        prepared.run("shape", path="00%")


def test_missing_or_unknown_parameters_are_refused():
    prepared = PreparedQuery(lambda shape, *, depth: Page.objects.filter(depth=depth).values("pk"), {"depth": int})
    with pytest.raises(TypeError, match="expected the parameters"):
        prepared.run("shape")
    with pytest.raises(TypeError, match="expected the parameters"):
        prepared.run("shape", depth=1, path="0001")


def test_a_query_that_cannot_match_runs_no_statement():
    prepared = PreparedQuery(lambda shape, *, depth: Page.objects.filter(pk__in=[]).values("pk"), {"depth": int})
    with CaptureQueriesContext(connection) as queries:
        assert prepared.run("shape", depth=1) == []
    assert len(queries) == 0


def test_each_thread_compiles_its_own_statement():
    prepared = PreparedQuery(lambda shape, *, depth: Page.objects.filter(depth=depth).values("pk"), {"depth": int})
    mine = prepared.statement("shape")
    theirs = []

    def compile_there():
        try:
            theirs.append(prepared.statement("shape"))
        finally:
            connections.close_all()

    thread = threading.Thread(target=compile_there)
    thread.start()
    thread.join()
    assert theirs[0] is not mine and theirs[0][1] == mine[1]


def test_a_statement_that_depends_on_the_values_is_refused():
    # What decides the SQL (here a branch on the value) belongs in the shape.
    prepared = PreparedQuery(
        lambda shape, *, depth: (Page.objects.filter(depth=depth) if depth > 1_000_000 else Page.objects.all()).values(
            "pk"
        ),
        {"depth": int},
    )
    with pytest.raises(ValueError, match="depends on the parameters' values"):
        prepared.run("shape", depth=3)


@pytest.mark.parametrize("key", ["country-ec", "theme-floor", "about", "news-campaign", "casestudy-be-platform"])
def test_the_routed_page_is_wagtails_specific_page_with_what_readers_are_shown(key):
    page = demo_page(key, "en")
    routed = HomePage._live_page(page.pk, page.content_type_id)
    assert type(routed) is type(page) and not routed._state.adding
    for field in type(page)._meta.concrete_fields:
        assert getattr(routed, field.attname) == getattr(page, field.attname), field.attname
    if key == "country-ec":
        assert routed.specialist_name == page.specialist_name
        assert routed.get_region_page().title == demo_page("region-americas", "en").title
    assert routed.url == page.url


def test_a_page_that_is_not_live_is_not_routed():
    page = demo_page("about", "en")
    page.unpublish()
    assert HomePage._live_page(page.pk, page.content_type_id) is None


def test_a_value_computed_from_a_parameter_is_refused():
    # ``depth + 1`` is no placeholder: it would be written into the statement as a constant.
    prepared = PreparedQuery(
        lambda shape, *, depth, other: Page.objects.filter(depth=depth + 1, numchild__gte=other).values("pk"),
        {"depth": int, "other": int},
    )
    with pytest.raises(ValueError, match="depends on the parameters' values"):
        prepared.run("shape", depth=1, other=0)


def test_the_statements_kept_are_bounded_and_a_dropped_one_is_compiled_again(monkeypatch):
    from portal import prepared as module

    monkeypatch.setattr(module, "MAX_STATEMENTS", 2)
    prepared = PreparedQuery(
        lambda shape, *, depth: Page.objects.filter(depth=depth).values("pk")[:shape], {"depth": int}
    )
    everything = set(Page.objects.filter(depth=3).values_list("pk", flat=True))
    for limit in (1, 2, 3, 1000):
        rows = prepared.run(limit, depth=3)
        assert len(rows) == min(limit, len(everything)) and {row["pk"] for row in rows} <= everything
        assert len(prepared._local.statements) <= 2
