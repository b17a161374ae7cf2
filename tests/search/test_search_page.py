"""The search page: the reader's language only, live pages only, no error on odd input.

It stays on the demo content (marked ``demo``): its OpenSearch run searches the live node's
indexes, built once per session from the demo content (tests/search/conftest.py), which never
see pages a factory builds inside a module's transaction; and the language and draft cases search
the demo corpus on both engines alike.
"""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.helpers import demo_page

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def search_url(language):
    with translation.override(language):
        return reverse("search")


def test_results_are_in_the_readers_language(client):
    content = client.get(search_url("fr"), {"q": "Belgique"}).content.decode()
    assert f'href="{demo_page("country-be", "fr").url}"' in content
    assert f'href="{demo_page("country-be", "es").url}"' not in content
    assert f'href="{demo_page("country-be", "en").url}"' not in content


def test_unpublished_pages_are_not_found(client):
    page = demo_page("country-be", "en")
    page.unpublish()
    content = client.get(search_url("en"), {"q": "Belgium"}).content.decode()
    assert f'href="{page.url}"' not in content


@pytest.mark.parametrize("query", ["", "x" * 10_000, '"unbalanced', "title:(a OR b", "'; DROP TABLE x; --", "\x00\x1f"])
@pytest.mark.parametrize("page", ["1", "abc", "99999"])
def test_odd_input_gives_a_page(client, query, page):
    response = client.get(search_url("es"), {"q": query, "page": page})
    assert response.status_code == 200
