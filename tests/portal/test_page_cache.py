"""The anonymous readers' page cache (portal/page_cache.py) stays correct under the workflow."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import PageViewRestriction

from tests.editorial.test_workflow import act, submit
from tests.helpers import demo_page

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings, empty_cache):
    settings.PAGE_CACHE = True


def account(username):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username=username)


@pytest.fixture
def specialist():
    return account("specialist")


@pytest.fixture
def reviewer():
    return account("reviewer")


@pytest.fixture
def editor():
    return account("editor")


def reader():
    return Client(HTTP_HOST="localhost")


def read(url):
    response = reader().get(url)
    return response, response.content.decode()


def test_second_anonymous_visit_is_served_from_the_cache(django_assert_num_queries):
    url = demo_page("country-ec").url
    first, _ = read(url)
    assert first.status_code == 200 and first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second, body = read(url)
    assert second["X-Page-Cache"] == "hit" and "Ecuador" in body
    assert second["Content-Type"].startswith("text/html")


def test_an_approved_change_shows_at_once_on_the_page_and_where_it_is_listed(client, specialist, reviewer):
    ecuador = demo_page("country-ec")
    countries = demo_page("countries")
    read(ecuador.url), read(countries.url)
    assert read(ecuador.url)[0]["X-Page-Cache"] == "hit"

    submit(client, specialist, ecuador, "Resumen recién aprobado.")
    # Submitted, not approved: readers still get the cached live page.
    assert "Resumen recién aprobado." not in read(ecuador.url)[1]
    act(client, reviewer, ecuador, "approve")
    response, body = read(ecuador.url)
    assert response["X-Page-Cache"] == "miss" and "Resumen recién aprobado." in body
    # The country listing shows summaries too.
    assert "Resumen recién aprobado." in read(countries.url)[1]


def test_a_published_translation_and_tagged_content_show_at_once(editor):
    french = demo_page("country-ec", "fr")
    read(french.url)
    french.summary = "Résumé publié à l’instant."
    french.save_revision(user=editor).publish(user=editor)
    assert "Résumé publié à l’instant." in read(french.url)[1]

    # A resource tagged with Ecuador is listed on the Ecuador page: renaming it updates that page.
    ecuador = demo_page("country-ec")
    read(ecuador.url)
    resource = demo_page("resource-ec-evaluation")
    resource.title = "Evaluación renombrada"
    resource.save_revision(user=editor).publish(user=editor)
    assert "Evaluación renombrada" in read(ecuador.url)[1]


def test_unpublished_page_disappears_at_once(editor):
    news = demo_page("news-campaign")
    assert read(news.url)[0].status_code == 200
    news.unpublish(user=editor)
    assert read(news.url)[0].status_code == 404


def test_logged_in_users_are_neither_served_nor_stored(client, specialist):
    url = demo_page("country-pe").url
    client.force_login(specialist)
    response = client.get(url)
    assert response.status_code == 200 and "X-Page-Cache" not in response
    assert read(url)[0]["X-Page-Cache"] == "miss"  # the logged-in visit stored nothing
    read(url)
    assert "X-Page-Cache" not in client.get(url)  # and a stored page is not served to them


def test_private_pages_are_never_stored_and_a_new_restriction_applies_at_once():
    page = demo_page("country-be")
    assert read(page.url)[1].count("Bélgica")
    assert read(page.url)[0]["X-Page-Cache"] == "hit"
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret")
    response, body = read(page.url)
    assert "X-Page-Cache" not in response  # the password form: not stored
    assert 'name="password"' in body
    assert "X-Page-Cache" not in read(page.url)[0]


def test_previews_and_the_admin_are_not_cached(admin_client):
    page = demo_page("country-ec")
    preview = admin_client.get(reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]))
    assert "X-Page-Cache" not in preview
    assert "X-Page-Cache" not in reader().get(reverse("wagtailadmin_login"))
