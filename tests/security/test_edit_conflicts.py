"""Two editors on one page: a save based on an older revision than the latest is refused,
naming who saved in between with a link to compare; the refused text is kept in the form,
and the latest revision is untouched."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from tests.factories import CountryPageFactory, accounts
from tests.factories.trees import fresh
from tests.helpers import form_fields

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture(scope="module")
def countries(trees):
    """Ecuador and Peru in es/en/fr."""
    return {
        "country-ec": trees.add(CountryPageFactory, "countries", title="Ecuador", fr={"title": "Équateur"}),
        "country-pe": trees.add(CountryPageFactory, "countries", title="Perú", en={"title": "Peru"}),
    }


@pytest.fixture(autouse=True)
def users(countries):
    """Elena the Editor and Sofía the Specialist (owner of Ecuador and Peru), as in the demo."""
    return accounts(owns=[countries["country-ec"]["es"], countries["country-pe"]["es"]])


def signed_in(username):
    client = Client(HTTP_HOST="localhost")
    client.force_login(get_user_model().objects.get(username=username))
    return client


def load_form(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return form_fields(response.content.decode())


def post(client, page, data, changes, action=None):
    data = {**data, **{name: [value] for name, value in changes.items()}}
    if action:
        data[action] = ["1"]
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


@pytest.mark.parametrize("action", [None, "action-publish"])
def test_a_save_based_on_an_older_revision_is_refused_and_nothing_is_lost(action, countries):
    ecuador = fresh(countries["country-ec"]["es"])
    elena, sofia = signed_in("editor"), signed_in("specialist")
    loaded_by_sofia = load_form(sofia, ecuador)
    loaded_by_elena = load_form(elena, ecuador)
    base_revision = ecuador.latest_revision_id

    assert post(elena, ecuador, loaded_by_elena, {"title": "Ecuador (Elena)"}).status_code == 302
    ecuador.refresh_from_db()
    elenas_revision = ecuador.latest_revision
    assert elenas_revision.pk != base_revision and elenas_revision.user.username == "editor"

    if action == "action-publish":
        sofia = signed_in("editor")  # only editors publish; the same refusal applies
    response = post(sofia, ecuador, loaded_by_sofia, {"title": "Ecuador (Sofía)"}, action)
    assert response.status_code == 200  # the form again, not a redirect
    body = response.content.decode()
    assert "Elena Editor guardó esta página después de que usted la abriera" in body  # in her admin language
    compare = reverse("wagtailadmin_pages:revisions_compare", args=[ecuador.pk, base_revision, elenas_revision.pk])
    assert f'href="{compare}"' in body
    assert 'value="Ecuador (Sofía)"' in body  # the refused text is still in the form
    ecuador.refresh_from_db()
    assert ecuador.latest_revision_id == elenas_revision.pk
    assert ecuador.get_latest_revision_as_object().title == "Ecuador (Elena)"

    # Having seen the newer version, saving again from the re-displayed form is deliberate.
    again = post(sofia, ecuador, form_fields(body), {}, action)
    assert again.status_code == 302
    ecuador.refresh_from_db()
    assert ecuador.get_latest_revision_as_object().title == "Ecuador (Sofía)"


def test_a_save_based_on_the_latest_revision_goes_through(countries):
    peru = fresh(countries["country-pe"]["es"])
    sofia = signed_in("specialist")
    first = load_form(sofia, peru)
    assert post(sofia, peru, first, {"title": "Perú (1)"}).status_code == 302
    second = load_form(sofia, peru)
    assert post(sofia, peru, second, {"title": "Perú (2)"}).status_code == 302
    peru.refresh_from_db()
    assert peru.get_latest_revision_as_object().title == "Perú (2)"


def test_every_page_types_form_refuses_stale_saves():
    """A page type with a form of its own (a country's, a tagged page's) keeps the refusal."""
    from wagtail.models import get_page_models

    from portal.edit_conflicts import PageForm
    from portal.models import BasePage

    for model in get_page_models():
        if issubclass(model, BasePage):
            assert issubclass(model.get_edit_handler().get_form_class(), PageForm), model
