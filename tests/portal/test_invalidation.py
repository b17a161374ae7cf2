"""The one invalidation rule (portal/invalidation.py): page types and snippets of any app, and the
models apps declare, empty every cache; a CDN in front is purged through Wagtail's frontend cache."""

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Site

from portal import invalidation
from tests.helpers import demo_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return get_user_model().objects.get(username="editor")


def reader():
    return Client(HTTP_HOST="localhost")


def test_snippets_and_declared_models_are_watched_without_the_cache_module_naming_them():
    from themes.models import GlossaryTerm

    watched = invalidation._watched()
    declared = {label for config in apps.get_app_configs() for label in getattr(config, "cache_invalidated_by", ())}
    # The glossary is a snippet of the themes app: watched, though no app names it.
    assert GlossaryTerm in watched and GlossaryTerm._meta.label not in declared
    assert watched[GlossaryTerm] is False  # with drafts: its publish counts, not a draft's save
    # Declared by the apps whose pages show them.
    assert watched[SearchPromotion] is True and "wagtailsearchpromotions.SearchPromotion" in declared
    assert watched[Site] is True


def test_publishing_and_deleting_a_page_of_any_app_starts_a_new_generation(editor):
    news = demo_page("news-campaign")  # the news app declares nothing
    before = invalidation.generation()
    news.save_revision(user=editor)  # a draft: readers see nothing new
    assert invalidation.generation() == before
    news.save_revision(user=editor).publish(user=editor)
    published = invalidation.generation()
    assert published > before
    news.delete()
    assert invalidation.generation() > published


def test_a_glossary_draft_changes_nothing_and_its_publish_empties_the_caches(editor):
    from themes.models import GlossaryTerm

    term = GlossaryTerm.objects.filter(locale__language_code="es", live=True).exclude(theme=None).first()
    theme_url = term.theme.specific.url
    assert reader().get(theme_url).status_code == 200
    assert reader().get(theme_url)["X-Page-Cache"] == "hit"
    term.term = "Término en borrador"
    term.save_revision(user=editor)
    assert reader().get(theme_url)["X-Page-Cache"] == "hit"
    term.save_revision(user=editor).publish(user=editor)
    response = reader().get(theme_url)
    assert response["X-Page-Cache"] == "miss" and "Término en borrador" in response.content.decode()


def test_a_declared_model_empties_the_caches():
    url = demo_page("home").url
    reader().get(url)
    assert reader().get(url)["X-Page-Cache"] == "hit"
    query = Query.get("pensiones")
    SearchPromotion.objects.create(query=query, page=demo_page("country-ec"), sort_order=0)
    assert reader().get(url)["X-Page-Cache"] == "miss"


purged = []


class RecordingBackend(BaseBackend):
    """A CDN that records what Wagtail asks it to purge."""

    def purge(self, url):
        purged.append(url)


def test_a_cdn_in_front_is_purged_of_a_published_page(settings, editor):
    settings.WAGTAILFRONTENDCACHE = {"cdn": {"BACKEND": "tests.portal.test_invalidation.RecordingBackend"}}
    purged.clear()
    page = demo_page("country-ec")
    page.save_revision(user=editor).publish(user=editor)
    assert any(url.endswith(page.url) for url in purged), purged


def test_without_a_cdn_configured_nothing_is_purged(editor):
    purged.clear()
    page = demo_page("country-ec")
    page.save_revision(user=editor).publish(user=editor)
    assert purged == []
