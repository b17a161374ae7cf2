"""The specialist's dashboard costs the same number of queries however many pages their trees hold."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from home.models import StandardPage
from tests.helpers import demo_page

pytestmark = pytest.mark.django_db


def dashboard_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return len(queries)


def test_dashboard_queries_do_not_grow_with_the_trees(client, specialist):
    client.force_login(specialist)
    client.get(reverse("wagtailadmin_home"))
    before = dashboard_queries(client)
    ecuador = demo_page("country-ec")
    for number in range(8):
        page = ecuador.add_child(instance=StandardPage(title=f"Nota {number}", slug=f"nota-{number}"))
        page.save_revision().publish()
    after = dashboard_queries(client)
    assert after == before, (before, after)
    assert "Nota 7" in client.get(reverse("wagtailadmin_home")).content.decode()
