"""HomePage.route: deep URLs resolved in one lookup, with the same answers as Wagtail's walk."""

import pytest

from home.models import StandardPage
from tests.factories import CountryPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture
def countries(trees):
    """Ecuador ({language: page}) in the three trees."""
    return trees.add(
        CountryPageFactory,
        "countries",
        title="Ecuador",
        en={"title": "Ecuador"},
        fr={"title": "Équateur", "slug": "equateur"},
    )


def test_deep_pages_live_draft_and_missing(client, countries):
    ecuador = countries["es"]
    assert client.get(ecuador.url).status_code == 200
    draft = ecuador.add_child(instance=StandardPage(title="Borrador", slug="borrador", live=False))
    assert client.get(ecuador.url + "borrador/").status_code == 404
    draft.save_revision().publish()
    assert client.get(ecuador.url + "borrador/").status_code == 200
    assert client.get(ecuador.url + "no-existe/").status_code == 404
    assert client.get(ecuador.url + "borrador/mas/abajo/").status_code == 404
    # The French tree has its own URL paths: a Spanish path under /fr/ is not found.
    assert ecuador.url == "/es/paises/ecuador/"
    assert client.get("/fr/paises/ecuador/").status_code == 404
    assert client.get(countries["fr"].url).status_code == 200


@pytest.fixture
def data_cache(settings, empty_cache):
    settings.DATA_CACHE = True
    return empty_cache


def kept_pages(cache):
    return {key for key in cache._cache if ":page:" in key}  # local memory in tests


def test_with_shared_data_a_page_follows_publish_edit_and_unpublish(client, data_cache, countries):
    ecuador = countries["es"]
    draft = ecuador.add_child(instance=StandardPage(title="Borrador", slug="borrador", live=False))
    url = ecuador.url + "borrador/"
    assert client.get(url).status_code == 404
    assert client.get(url).status_code == 404  # a draft is never kept
    draft.save_revision().publish()
    assert client.get(url).status_code == 200
    draft.title = "Título corregido"
    draft.save_revision().publish()
    assert "Título corregido" in client.get(url).content.decode()
    draft.refresh_from_db()
    draft.unpublish()
    assert client.get(url).status_code == 404


def test_a_page_under_a_view_restriction_is_never_kept(client, data_cache, countries):
    from wagtail.models import PageViewRestriction

    page = countries["es"]
    assert client.get(page.url).status_code == 200
    assert any(key.endswith(f":page:{page.pk}") for key in kept_pages(data_cache))
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="clave")
    data_cache.clear()
    assert client.get(page.url).status_code == 200  # the password form
    assert not any(key.endswith(f":page:{page.pk}") for key in kept_pages(data_cache))


def test_a_kept_page_changed_in_memory_by_one_reader_is_not_what_the_next_one_gets(data_cache, trees, countries):
    from home.models import HomePage

    page = countries["es"]
    home = HomePage.objects.get(pk=trees.home().pk)
    components = page.url_path[len(home.url_path) :].strip("/").split("/")
    first = home.route(None, components).page
    assert first.pk == page.pk
    first.title = "Cambiado en memoria"
    assert home.route(None, components).page.title == page.title


@pytest.mark.parametrize("language", ["es", "en", "fr"])
def test_localized_home_is_wagtails_answer(language, trees):
    from django.utils import translation
    from wagtail.models import Page

    from home.models import HomePage

    home = HomePage.objects.get(pk=trees.home().pk)
    with translation.override(language):
        assert home.localized == Page.localized.fget(home)
        assert home.localized.locale.language_code == language


def test_localized_home_is_itself_when_the_translation_is_not_live(trees):
    from django.utils import translation

    from home.models import HomePage

    home = HomePage.objects.get(pk=trees.home().pk)
    french = trees.home("fr")
    french.unpublish()
    with translation.override("fr"):
        assert home.localized == home
