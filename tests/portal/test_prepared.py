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
from tests.factories import (
    CaseStudyPageFactory,
    CountryPageFactory,
    EventPageFactory,
    NewsPageFactory,
    RegionPageFactory,
    ResourcePageFactory,
    SpecialistFactory,
    StandardPageFactory,
    ThemePageFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture(scope="module")
def scene(trees):
    """Two countries (one in a region, with a specialist), a theme, and tagged resources, news and an event."""
    americas = trees.add(RegionPageFactory, "regions", title="Américas de prueba", en={"title": "Test Americas"})
    ecuador = trees.add(
        CountryPageFactory,
        "countries",
        title="Ecuador de prueba",
        region=americas["es"],
        specialist=SpecialistFactory(first_name="Sofía", last_name="Prueba"),
        fr={"title": "Équateur d’essai"},
    )
    belgium = trees.add(CountryPageFactory, "countries", title="Bélgica de prueba")
    floor = trees.add(ThemePageFactory, "themes", title="Piso de prueba")
    return {
        "americas": americas,
        "ecuador": ecuador,
        "belgium": belgium,
        "floor": floor,
        "evaluation": trees.add(
            ResourcePageFactory, "resources", title="Evaluación en Ecuador", countries=[ecuador["es"]]
        ),
        "belgian": trees.add(CaseStudyPageFactory, "casestudies", title="Práctica belga", country=belgium["es"]),
        "campaign": trees.add(
            NewsPageFactory,
            "news",
            title="Campaña del piso",
            date=datetime.date(2026, 3, 1),
            themes=[floor["es"]],
            countries=[ecuador["es"]],
        ),
        "course": trees.add(
            EventPageFactory,
            "news",
            title="Curso del piso",
            start_date=datetime.date(2025, 5, 2),
            end_date=datetime.date(2025, 5, 3),
            themes=[floor["es"]],
        ),
        "about": trees.add(StandardPageFactory, trees.home(), title="Acerca de prueba"),
    }


def page_of(scene, key, language="es"):
    return Page.objects.get(pk=scene[key][language].pk).specific


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
    "key,language,listed",
    [
        ("ecuador", "es", True),
        ("ecuador", "fr", True),
        ("belgium", "en", True),
        ("floor", "es", True),
        ("americas", "en", False),  # nothing is tagged with a region: only what is below it
    ],
)
def test_the_tagged_lists_statement_reads_what_django_reads_for_the_same_queryset(scene, key, language, listed):
    page = page_of(scene, key, language)
    shape, values = shape_and_values(page)
    django_rows = list(_tagged_lists_query(shape, **values))
    assert as_set(_TAGGED_LISTS.run(shape, **values)) == as_set(django_rows)
    assert bool(django_rows) is listed


def test_pages_of_one_shape_share_one_statement_and_get_their_own_items(scene):
    ecuador, belgium = page_of(scene, "ecuador"), page_of(scene, "belgium")
    models = tagged_content_models()
    first = tagged_lists(models, ecuador, 6)
    statement = _TAGGED_LISTS.statement(shape_and_values(ecuador)[0])
    second = tagged_lists(models, belgium, 6)
    assert _TAGGED_LISTS.statement(shape_and_values(belgium)[0]) is statement
    assert {item.title for items in first.values() for item in items} == {"Evaluación en Ecuador", "Campaña del piso"}
    assert {item.title for items in second.values() for item in items} == {"Práctica belga"}


def test_the_items_are_read_in_one_query_with_dates_as_dates(scene):
    floor = page_of(scene, "floor")
    tagged_lists(tagged_content_models(), floor, 6)  # compiled
    with CaptureQueriesContext(connection) as queries:
        lists = tagged_lists(tagged_content_models(), floor, 6)
    assert len(queries) == 1
    news = lists[NewsPage.tagged_content_key]
    assert [(item.title, item.date) for item in news] == [
        ("Campaña del piso", datetime.date(2026, 3, 1)),
        ("Curso del piso", datetime.date(2025, 5, 2)),
    ]


def test_a_restriction_added_after_the_statement_was_compiled_hides_the_page(client, scene):
    ecuador = page_of(scene, "ecuador")
    assert "Evaluación en Ecuador" in client.get(ecuador.url).content.decode()
    PageViewRestriction.objects.create(page=page_of(scene, "evaluation"), restriction_type=PageViewRestriction.LOGIN)
    content = client.get(ecuador.url).content.decode()
    assert "Evaluación en Ecuador" not in content and "Campaña del piso" in content


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


@pytest.mark.parametrize("key", ["ecuador", "floor", "about", "campaign", "course", "belgian"])
def test_the_routed_page_is_wagtails_specific_page_with_what_readers_are_shown(scene, key):
    page = page_of(scene, key, "en")
    routed = HomePage._live_page(page.pk, page.content_type_id)
    assert type(routed) is type(page) and not routed._state.adding
    for field in type(page)._meta.concrete_fields:
        assert getattr(routed, field.attname) == getattr(page, field.attname), field.attname
    if key == "ecuador":
        assert routed.specialist_name == "Sofía Prueba"
        assert routed.get_region_page().title == "Test Americas"
    assert routed.url == page.url


def test_a_page_that_is_not_live_is_not_routed(scene):
    page = page_of(scene, "about", "en")
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
