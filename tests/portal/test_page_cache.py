"""The anonymous readers' page cache (portal/page_cache.py) stays correct under the workflow,
and never serves or stores one reader's page for another. The caches are on in the suite."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import PageViewRestriction

from tests.editorial.test_workflow import act, submit
from tests.helpers import demo_page

pytestmark = pytest.mark.django_db


def account(username):
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


@pytest.fixture
def member():
    """Logged in, in no group: a reader with an account and no editing rights."""
    return get_user_model().objects.create_user("plain-member", password="x", first_name="Mireille")


def logged_in(user):
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    return client


def test_an_anonymous_page_is_public_for_browsers_and_a_cdn_and_a_hit_says_its_age(settings):
    url = demo_page("country-ec").url
    first = reader().get(url)
    assert first["Cache-Control"] == f"public, max-age={settings.PAGE_CACHE_MAX_AGE}"
    second = reader().get(url)
    assert second["X-Page-Cache"] == "hit" and "public" in second["Cache-Control"]
    assert int(second["Age"]) >= 0 and second.content == first.content


@pytest.mark.parametrize("who", ["member", "editor"])
def test_a_logged_in_reader_never_gets_nor_seeds_a_kept_page(who, request):
    user = request.getfixturevalue(who)
    url = demo_page("country-ec").url
    as_user = logged_in(user)
    response = as_user.get(url)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"] and "no-cache" in response["Cache-Control"]
    assert "X-Page-Cache" not in response
    # Nothing was stored: the next anonymous reader builds the page, without the user in it.
    anonymous, body = read(url)
    assert anonymous["X-Page-Cache"] == "miss" and user.username not in body
    assert "public" in anonymous["Cache-Control"]
    assert read(url)[0]["X-Page-Cache"] == "hit"
    # And the kept page is not what the user gets: theirs is built for them again.
    again = as_user.get(url)
    assert again.status_code == 200 and "X-Page-Cache" not in again and "private" in again["Cache-Control"]


@pytest.mark.parametrize("language", ["es", "en", "fr"])
def test_a_page_restricted_in_spanish_is_private_in_every_language_for_every_reader(language, editor, member):
    """A login restriction set on the Spanish page holds for its translations (editorial/restriction_sync.py)."""
    spanish = demo_page("country-pe")
    page = demo_page("country-pe", language)
    assert read(page.url)[0]["X-Page-Cache"] == "miss"  # kept while it was public
    PageViewRestriction.objects.create(page=spanish, restriction_type=PageViewRestriction.LOGIN)
    for user in (member, editor):
        response = logged_in(user).get(page.url)
        assert response.status_code == 200, user
        assert "private" in response["Cache-Control"] and "X-Page-Cache" not in response
        refused = reader().get(page.url)  # what the member saw was not kept for anonymous readers
        assert refused.status_code == 302 and "login" in refused.url and "X-Page-Cache" not in refused


def test_a_group_restriction_keeps_a_member_of_the_group_and_an_outsider_apart(member, editor):
    team = Group.objects.create(name="Peru team")
    editor.groups.add(team)
    page = demo_page("country-pe")
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(team)
    inside = logged_in(editor).get(page.url)
    assert inside.status_code == 200 and "private" in inside["Cache-Control"]
    outside = logged_in(member).get(page.url)
    assert outside.status_code != 200 or page.title not in outside.content.decode()
    assert reader().get(page.url).status_code == 302


def test_a_view_that_says_private_is_never_stored():
    """Search results depend on the reader's restrictions: the view answers private (search/views.py)."""
    url = demo_page("home").url.rstrip("/") + "/search/?q=pensiones"
    for _ in range(2):
        response = reader().get(url)
        assert "private" in response.get("Cache-Control", "") or response.status_code != 200
        assert "X-Page-Cache" not in response


def test_a_page_is_stored_per_language_and_per_address():
    spanish, english = demo_page("country-ec"), demo_page("country-ec", "en")
    read(spanish.url)
    english_response, english_body = read(english.url)
    assert english_response["X-Page-Cache"] == "miss" and english.title in english_body
    assert read(spanish.url + "?x=1")[0]["X-Page-Cache"] == "miss"


def test_a_hit_reads_the_cache_once_and_a_change_is_never_read_ahead_past():
    """A hit is one round trip: the generation, Django's header list and the page in one ``get_many``."""
    from unittest import mock

    from django.core.cache import cache

    from portal import invalidation

    url = demo_page("country-ec").url
    read(url), read(url)  # stored, then its header list learned by this process
    with (
        mock.patch.object(cache, "get_many", wraps=cache.get_many) as get_many,
        mock.patch.object(cache, "get", wraps=cache.get) as get,
    ):
        response, body = read(url)
    assert response["X-Page-Cache"] == "hit" and "Ecuador" in body
    # One get_many of the generation, the header list and the page; no other read (local memory's
    # get_many reads its keys one by one through get, the keys it was given and no others).
    assert get_many.call_count == 1
    keys = list(get_many.call_args.args[0])
    assert len(keys) == 3 and invalidation.GENERATION_KEY in keys
    assert [call.args[0] for call in get.call_args_list] == keys

    # A change: the keys read ahead belong to the old generation, and the page is built again.
    invalidation.invalidate()
    assert read(url)[0]["X-Page-Cache"] == "miss"
    assert read(url)[0]["X-Page-Cache"] == "hit"


def test_a_page_whose_vary_changed_is_not_served_from_the_old_variant():
    """The header lists a process remembers only choose what to read ahead; Django decides on what is stored."""
    from django.core.cache import cache
    from django.http import HttpResponse
    from django.test import RequestFactory
    from django.utils.cache import get_cache_key, learn_cache_key

    from portal import invalidation, page_cache

    url = demo_page("country-ec").url
    read(url), read(url)
    # The page now varies on a header it did not vary on (as if a new response said so).
    generation = invalidation.generation()
    prefix = page_cache._prefix(generation)
    probe = RequestFactory().get(url, HTTP_HOST="localhost")
    assert get_cache_key(probe, prefix, "GET", cache=cache) is not None
    varying = HttpResponse("other")
    varying["Vary"] = "Accept-Language, Cookie, X-Reader-Group"
    learn_cache_key(probe, varying, 600, prefix, cache=cache)
    response, body = read(url)
    assert response["X-Page-Cache"] == "miss" and "Ecuador" in body
