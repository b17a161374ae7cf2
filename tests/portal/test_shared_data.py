"""Shared page data (portal/shared_data.py): fewer queries, and never older than the last change readers could see.

The data cache is on in the suite (portal/settings/test.py); these tests turn it off where they say so."""

from unittest import mock

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from portal import invalidation
from tests.helpers import demo_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username="editor")


def read(url, client=None):
    response = (client or Client()).get(url)
    return response, response.content.decode()


def queries(url):
    with CaptureQueriesContext(connection) as captured:
        response = Client().get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


def test_a_second_visit_needs_far_fewer_queries_and_shows_the_same_page(settings):
    settings.PAGE_CACHE = False  # the second visit would be a page cache hit: no queries to count
    url = demo_page("country-ec").url
    first_response, first_body = read(url)
    with CaptureQueriesContext(connection) as captured:
        second_response, second_body = read(url)
    assert second_body == first_body
    sql = " ".join(query["sql"] for query in captured.captured_queries)
    # No site, home pages, menu, language versions or restriction lookups: the page and what it lists.
    assert "wagtailcore_site" not in sql and 'wagtailcore_pageviewrestriction" WHERE' not in sql
    assert len(captured.captured_queries) <= 10


def test_the_same_page_without_the_data_cache_reads_everything_again(settings):
    settings.PAGE_CACHE = False  # the page is built each time, from shared data or not
    url = demo_page("country-ec").url
    read(url)
    warm = queries(url)
    settings.DATA_CACHE = False
    assert queries(url) >= warm + 5


def test_a_renamed_menu_section_shows_at_once_on_every_page(editor):
    news_index = demo_page("news")
    ecuador = demo_page("country-ec")
    assert news_index.title in read(ecuador.url)[1]
    news_index.title = "Actualidad renombrada"
    news_index.save_revision(user=editor).publish(user=editor)
    body = read(ecuador.url)[1]
    assert "Actualidad renombrada" in body
    # The home page's section list too (specific pages, with their intro).
    assert "Actualidad renombrada" in read(demo_page("home").url)[1]


def test_a_restricted_section_never_enters_the_menu_even_for_a_reader_who_may_see_it(editor):
    news_index = demo_page("news")
    PageViewRestriction.objects.create(page=news_index, restriction_type=PageViewRestriction.LOGIN)
    home = demo_page("home")
    logged_in = Client()
    logged_in.force_login(editor)
    assert read(home.url, logged_in)[0].status_code == 200  # builds the shared menu as an editor
    body = read(demo_page("country-ec").url)[1]  # an anonymous reader
    assert news_index.url not in body


def test_a_new_view_restriction_applies_at_once_and_its_removal_too():
    page = demo_page("country-be")
    assert read(page.url)[0].status_code == 200
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = Client().get(page.url)
    assert response.status_code == 302 and "login" in response.url
    # Below the restricted page too (restrictions are inherited).
    child = page.get_children().live().first()
    if child is not None:
        assert Client().get(child.url).status_code == 302
    restriction.delete()
    assert read(page.url)[0].status_code == 200


def test_a_translation_published_under_a_new_address_is_linked_at_once(editor):
    ecuador = demo_page("country-ec")
    french = demo_page("country-ec", "fr")
    assert french.url in read(ecuador.url)[1]
    french.slug = "equateur-nouvelle-adresse"
    french.save_revision(user=editor).publish(user=editor)
    french.refresh_from_db()
    body = read(ecuador.url)[1]
    assert "equateur-nouvelle-adresse" in french.url and f'href="{french.url}" hreflang="fr"' in body


def test_pages_are_served_when_the_cache_server_is_down():
    """(tests/security/test_cache_outage.py stops a real Redis; here every cache call fails.)"""
    url = demo_page("country-ec").url
    down = mock.Mock(**{name: mock.Mock(side_effect=ConnectionError("down")) for name in ("get", "set", "add")})
    with mock.patch("portal.shared_data.cache", down), mock.patch("portal.invalidation.cache", down):
        response, body = read(url)
        assert response.status_code == 200 and "Ecuador" in body
        assert "X-Page-Cache" not in response  # neither looked up nor stored


def test_a_change_bumps_the_generation_again_when_it_commits(django_capture_on_commit_callbacks, editor):
    before = invalidation.generation()
    page = demo_page("news-campaign")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        page.save_revision(user=editor).publish(user=editor)
    during = invalidation.generation()
    assert during > before
    for callback in callbacks:
        callback()
    # Whatever was rebuilt between the change and its commit (from the old data) is not kept.
    assert invalidation.generation() > during


def test_outside_a_request_values_are_kept_until_the_next_change_or_a_renewal(editor, settings):
    from portal import shared_data

    calls = []

    def build():
        calls.append(1)
        return len(calls)

    assert [shared_data.remember("anything", build) for _ in range(2)] == [1, 1]
    demo_page("news-campaign").save_revision(user=editor).publish(user=editor)
    assert shared_data.remember("anything", build) == 2
    assert shared_data.remember("anything", build, renew=True) == 3
    assert shared_data.remember("anything", build) == 3
    settings.DATA_CACHE = False
    assert shared_data.remember("anything", build) == 4


def test_tagged_content_on_country_and_theme_pages_follows_a_publish_at_once(editor):
    ecuador = demo_page("country-ec")
    resource = demo_page("resource-ec-evaluation")
    assert resource.title in read(ecuador.url)[1]
    resource.title = "Evaluación con nuevo título"
    resource.save_revision(user=editor).publish(user=editor)
    assert "Evaluación con nuevo título" in read(ecuador.url)[1]
    resource.unpublish(user=editor)
    assert "Evaluación con nuevo título" not in read(ecuador.url)[1]


def test_a_preview_with_unsaved_tags_never_reaches_readers(admin_client):
    from django.urls import reverse

    from tests.helpers import form_fields

    case_study = demo_page("casestudy-be-platform")
    peru = demo_page("country-pe")
    public_before = read(case_study.url)[1]
    assert peru.title not in public_before.split('id="main"')[1]
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[case_study.pk])).content.decode()
    data = form_fields(edit)
    data["countries"] = [str(peru.pk)]  # tagged with Peru only, not saved
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[case_study.pk])
    assert admin_client.post(url, data).json()["is_valid"]
    preview = admin_client.get(url).content.decode()
    assert peru.title in preview  # the preview shows the unsaved tag
    public_after = read(case_study.url)[1]
    assert public_after == public_before


def test_listings_follow_a_publish_at_once_and_odd_page_numbers_add_no_entries(editor):
    index = demo_page("casestudies")
    case_study = demo_page("casestudy-be-platform")
    url = index.url + "?country=BE"
    assert case_study.title in read(url)[1]
    case_study.title = "Plataforma con nuevo nombre"
    case_study.save_revision(user=editor).publish(user=editor)
    assert "Plataforma con nuevo nombre" in read(url)[1]
    case_study.unpublish(user=editor)
    assert "Plataforma con nuevo nombre" not in read(url)[1]

    keys = set(cache._cache)  # local memory in tests
    for page in ("abc", "99999", "-1", "1", ""):
        response = Client().get(url + f"&page={page}")
        assert response.status_code == 200
    new_keys = {key for key in set(cache._cache) - keys if "listing-items" in key or "sha256" in key}
    # One count and one page of items: every odd number resolves to page 1 (the only page).
    assert len(new_keys) <= 2, new_keys


def test_a_published_glossary_term_shows_at_once_on_its_theme_page(editor):
    from themes.models import GlossaryTerm

    term = GlossaryTerm.objects.filter(locale__language_code="es", live=True).exclude(theme=None).first()
    theme = term.theme.specific
    assert term.term in read(theme.url)[1]
    term.term = "Término recién revisado"
    term.save_revision(user=editor).publish(user=editor)
    body = read(theme.url)[1]
    assert "Término recién revisado" in body


def test_a_value_is_read_from_the_shared_cache_under_the_generation():
    from portal import shared_data

    calls = []
    assert shared_data.remember("shared-test", lambda: calls.append(1) or {"value": 1}) == {"value": 1}
    assert cache.get(f"portal:data:{invalidation.generation()}:shared-test") == {"value": 1}
    assert shared_data.remember("shared-test", lambda: calls.append(1) or {"value": 2}) == {"value": 1}
    assert len(calls) == 1


def test_a_generation_that_starts_over_never_meets_values_kept_before_the_cache_was_emptied(editor):
    """A Redis restart empties the cache: the generation must not start over where it was."""
    from portal import shared_data

    assert shared_data.remember("restart-test", lambda: 1) == 1
    seen = invalidation.generation()
    cache.clear()
    assert invalidation.generation() != seen
    assert shared_data.remember("restart-test", lambda: 2) == 2


def test_the_main_menu_is_a_kept_fragment_per_language_and_section(settings):
    settings.PAGE_CACHE = False  # the page is built each time; its menu fragment is kept
    news, ecuador = demo_page("news"), demo_page("country-ec")
    countries = demo_page("countries")
    for _ in range(2):
        body = read(news.url)[1]
        assert f'<a href="{news.url}" aria-current="page">' in body
    fragments = [key for key in cache._cache if "template.cache.main_nav" in key]  # local memory in tests
    assert len(fragments) == 1
    body = read(ecuador.url)[1]  # another section: its own fragment, its own current entry
    assert (
        f'<a href="{countries.url}" aria-current="page">' in body and f'<a href="{news.url}" aria-current' not in body
    )
    english = read(demo_page("news", "en").url)[1]
    assert demo_page("news", "en").title in english and news.title not in english.split('class="main-nav"')[1]
    assert len([key for key in cache._cache if "template.cache.main_nav" in key]) == 3
