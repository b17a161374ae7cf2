"""The search page: the reader's language only, live pages only, no error on odd input.

Its scene: a country profile in es/en/fr under a made-up name ("Zorbavia"), so the results
are judged on the scene's pages even when the demo content shares the database.
"""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import CountryPageFactory
from tests.factories.trees import fresh

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture(scope="module")
def zorbavia(trees):
    """{language: country page}, "Zorbavia" in es, en and fr."""
    return trees.add(
        CountryPageFactory,
        "countries",
        title="Zorbavia",
        summary="Perfil de Zorbavia.",
        en={"title": "Zorbavia", "summary": "Zorbavia's profile."},
        fr={"title": "Zorbavie", "summary": "Profil de la Zorbavie."},
    )


def search_url(language):
    with translation.override(language):
        return reverse("search")


def test_results_are_in_the_readers_language(client, zorbavia):
    content = client.get(search_url("fr"), {"q": "Zorbavie"}).content.decode()
    assert f'href="{fresh(zorbavia["fr"]).url}"' in content
    assert f'href="{fresh(zorbavia["es"]).url}"' not in content
    assert f'href="{fresh(zorbavia["en"]).url}"' not in content


def test_unpublished_pages_are_not_found(client, zorbavia):
    page = fresh(zorbavia["en"])
    assert f'href="{page.url}"' in client.get(search_url("en"), {"q": "Zorbavia"}).content.decode()
    page.unpublish()
    content = client.get(search_url("en"), {"q": "Zorbavia"}).content.decode()
    assert f'href="{page.url}"' not in content


@pytest.mark.parametrize("query", ["", "x" * 10_000, '"unbalanced', "title:(a OR b", "'; DROP TABLE x; --", "\x00\x1f"])
@pytest.mark.parametrize("page", ["1", "abc", "99999"])
def test_odd_input_gives_a_page(client, zorbavia, query, page):
    response = client.get(search_url("es"), {"q": query, "page": page})
    assert response.status_code == 200
