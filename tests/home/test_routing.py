"""HomePage.route: deep URLs resolved in one lookup, with the same answers as Wagtail's walk."""

import pytest

from home.models import StandardPage
from tests.helpers import demo_page

pytestmark = pytest.mark.django_db


def test_deep_pages_live_draft_and_missing(client):
    ecuador = demo_page("country-ec")
    assert client.get(ecuador.url).status_code == 200
    draft = ecuador.add_child(instance=StandardPage(title="Borrador", slug="borrador", live=False))
    assert client.get(ecuador.url + "borrador/").status_code == 404
    draft.save_revision().publish()
    assert client.get(ecuador.url + "borrador/").status_code == 200
    assert client.get(ecuador.url + "no-existe/").status_code == 404
    assert client.get(ecuador.url + "borrador/mas/abajo/").status_code == 404
    # The French tree has its own URL paths: a Spanish path under /fr/ is not found.
    assert client.get("/fr/paises/ecuador/").status_code == 404
    assert client.get(demo_page("country-ec", "fr").url).status_code == 200
