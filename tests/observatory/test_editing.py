"""Specialists edit the figures of their own countries through the review workflow; readers see a
change only once a reviewer approves it; every change is a revision in the figure's history."""

from decimal import Decimal

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry, WorkflowState

from observatory.models import IndicatorValue
from tests.editorial.test_workflow import refused
from tests.factories import CountryPageFactory, accounts
from tests.factories.observatory import IndicatorValueFactory, ObservatoryPageFactory, indicators

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

ADD_URL = reverse("wagtailsnippets_observatory_indicatorvalue:add")
LIST_URL = reverse("wagtailsnippets_observatory_indicatorvalue:list")


@pytest.fixture(scope="module")
def scene(trees, django_db_blocker):
    """Costa Rica's tree is the specialist's; Nicaragua's is not. One figure each."""
    with django_db_blocker.unblock():
        indicators()
        costa_rica = trees.add(CountryPageFactory, "countries", title="Costa Rica", iso_code="CR")
        trees.add(CountryPageFactory, "countries", title="Nicaragua", iso_code="NI")
        observatory = trees.add(ObservatoryPageFactory, trees.home(), fr={"title": "Observatoire", "slug": "obs"})
        users = accounts(owns=[costa_rica["es"]])
        ours = IndicatorValueFactory(country="CRI", year=2023, value=Decimal("61.5"))
        theirs = IndicatorValueFactory(country="NIC", year=2023, value=Decimal("24.0"))
    return {"users": users, "ours": ours, "theirs": theirs, "observatory": observatory, "costa_rica": costa_rica}


def edit_url(value):
    return reverse("wagtailsnippets_observatory_indicatorvalue:edit", args=[value.pk])


def history_url(value):
    return reverse("wagtailsnippets_observatory_indicatorvalue:history", args=[value.pk])


def workflow_action_url(value, action):
    state = WorkflowState.objects.get(object_id=str(value.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    return reverse(
        "wagtailsnippets_observatory_indicatorvalue:workflow_action",
        args=[value.pk, action, state.current_task_state.pk],
    )


def figure_form(figure, **changes):
    data = {
        "indicator_code": figure.indicator_code,
        "country": figure.country,
        "year": str(figure.year),
        "value": str(figure.value),
        "source": figure.source,
        "source_table": figure.source_table,
        "source_url": figure.source_url,
        "notes": figure.notes,
    }
    data.update(changes)
    return data


def public_value(client, scene, code="CRI"):
    """The figure as a reader sees it: the French observatory page's JSON export of the table."""
    page = scene["observatory"]["fr"]
    body = client.get(page.url + "table/json/").json()
    return {(record["country_iso3"], record["indicator"]): record["value"] for record in body["records"]}.get(
        (code, "COV_OLD_AGE")
    )


def test_a_specialists_change_reaches_readers_only_when_a_reviewer_approves(client, scene):
    specialist, reviewer = scene["users"]["specialist"], scene["users"]["reviewer"]
    ours = scene["ours"]
    reader = client.__class__()
    assert public_value(reader, scene) == "61.5"  # and now in the page cache

    client.force_login(specialist)
    response = client.post(edit_url(ours), {**figure_form(ours, value="63.2"), "action-submit": "1"})
    assert response.status_code == 302, response.content.decode()[:3000]
    ours.refresh_from_db()
    assert ours.value == Decimal("61.5") and ours.has_unpublished_changes
    assert public_value(reader, scene) == "61.5"
    page = reader.get(scene["observatory"]["fr"].url).content.decode()
    assert "63,2" not in page

    # The specialist cannot approve it; the reviewer can, and then readers see it.
    assert refused(client.post(workflow_action_url(ours, "approve")))
    assert public_value(reader, scene) == "61.5"
    client.force_login(reviewer)
    response = client.post(workflow_action_url(ours, "approve"), {"comment": ""})
    assert response.status_code in (200, 302)
    ours.refresh_from_db()
    assert ours.value == Decimal("63.2") and ours.live and not ours.has_unpublished_changes
    assert public_value(reader, scene) == "63.2"
    assert "63,2" in reader.get(scene["observatory"]["fr"].url).content.decode()
    assert "63,2" in reader.get(scene["costa_rica"]["fr"].url).content.decode()

    # The history lists the revision, by whom, and its approval.
    assert ours.revisions.count() == 1
    client.force_login(scene["users"]["editor"])
    history = client.get(history_url(ours))
    assert history.status_code == 200
    assert "Sofía" in history.content.decode() and "Rafael" in history.content.decode()
    actions = set(ModelLogEntry.objects.for_instance(ours).values_list("action", flat=True))
    assert {"wagtail.workflow.start", "wagtail.workflow.approve", "wagtail.publish"} <= actions


def test_a_new_figure_waits_for_review_before_readers_see_it(client, scene):
    client.force_login(scene["users"]["specialist"])
    data = figure_form(scene["ours"], indicator_code="COV_CHILDREN", year="2022", value="12.5")
    response = client.post(ADD_URL, {**data, "action-submit": "1"})
    assert response.status_code == 302, response.content.decode()[:3000]
    created = IndicatorValue.objects.get(country="CRI", indicator_code="COV_CHILDREN", year=2022)
    assert not created.live
    body = client.__class__().get(scene["observatory"]["fr"].url + "table/json/").json()
    assert ("CRI", "COV_CHILDREN") not in {(r["country_iso3"], r["indicator"]) for r in body["records"]}


def test_a_specialist_cannot_open_or_change_another_countrys_figure(client, scene):
    theirs = scene["theirs"]
    client.force_login(scene["users"]["specialist"])
    assert refused(client.get(edit_url(theirs)))
    response = client.post(edit_url(theirs), {**figure_form(theirs, value="99"), "action-submit": "1"})
    assert refused(response)
    theirs.refresh_from_db()
    assert theirs.value == Decimal("24.0") and theirs.revisions.count() == 0
    # Nor list it, nor add a figure for that country.
    # (With the demo loaded in the same session the specialist is the demo's, who owns its trees too.)
    from observatory.editing import editable_countries

    allowed = editable_countries(scene["users"]["specialist"])
    assert "CRI" in allowed and "NIC" not in allowed
    listing = client.get(LIST_URL).content.decode()
    assert edit_url(theirs) not in listing and "NIC" not in listing
    response = client.post(ADD_URL, figure_form(theirs, year="2020", value="30"))
    assert response.status_code == 200
    assert "Solo puede cambiar las cifras de los países cuyas páginas son suyas." in response.content.decode()
    assert not IndicatorValue.objects.filter(country="NIC", year=2020).exists()


def test_bad_input_is_refused_and_nothing_is_saved(client, scene):
    ours = scene["ours"]
    client.force_login(scene["users"]["editor"])
    cases = [
        {"country": "XXX"},
        {"indicator_code": "NOT_AN_INDICATOR"},
        {"value": "a lot"},
        {"year": "1492"},
        {"source": ""},
        {"source_url": "not a web address"},
        {"year": str(ours.year)},  # the same country, indicator and year as an existing figure
    ]
    before = IndicatorValue.objects.count()
    for change in cases:
        # Publishing validates everything (a plain draft may leave required fields empty: Wagtail
        # checks them when the figure is published or submitted).
        response = client.post(ADD_URL, {**figure_form(ours, **{"year": "2019", **change}), "action-publish": "1"})
        assert response.status_code == 200, change
        assert "error-message" in response.content.decode() or "errorlist" in response.content.decode(), change
    assert IndicatorValue.objects.count() == before


def test_reviewers_and_readers_without_rights_cannot_edit_figures(client, scene):
    client.force_login(scene["users"]["reviewer"])
    assert refused(client.get(edit_url(scene["ours"])))
    assert refused(client.get(ADD_URL))
    client.logout()
    assert client.get(edit_url(scene["ours"])).status_code == 302  # to the login page


def test_an_editor_changes_any_country_and_publishes(client, scene):
    theirs = scene["theirs"]
    client.force_login(scene["users"]["editor"])
    assert client.get(edit_url(theirs)).status_code == 200
    response = client.post(edit_url(theirs), {**figure_form(theirs, value="25.5"), "action-publish": "1"})
    assert response.status_code == 302, response.content.decode()[:3000]
    theirs.refresh_from_db()
    assert theirs.value == Decimal("25.5") and theirs.revisions.count() == 1
