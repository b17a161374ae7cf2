"""The search server down: every admin search answers 200 with a message in the editor's
admin language, never a 500 (pages, images, documents, the three choosers, the admin API)."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from search import resilience
from tests.factories import EditorFactory
from tests.search.test_resilience import closed_port, elasticsearch_at  # noqa: F401 (fixture)

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

MESSAGES = {
    "es": "La búsqueda no está disponible en este momento",
    "en": "Search is unavailable right now",
    "fr": "La recherche est indisponible pour le moment",
}


@pytest.fixture(autouse=True)
def editor(trees):
    """An Editor whose admin language is Spanish, as the demo's."""
    return EditorFactory(username="editor", language="es")


@pytest.fixture(autouse=True)
def no_paused_servers():
    resilience.reset_outages()
    yield
    resilience.reset_outages()


@pytest.fixture
def search_server_down(monkeypatch, closed_port):  # noqa: F811
    with elasticsearch_at(monkeypatch, closed_port, "OPENSEARCH"):
        yield


def admin_as(username):
    client = Client(HTTP_HOST="localhost")
    client.force_login(get_user_model().objects.get(username=username))
    return client


@pytest.fixture
def french_admin():
    from wagtail.users.models import UserProfile

    user = get_user_model().objects.create_superuser("admin-fr", "admin-fr@example.org", "x")
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(preferred_language="fr")
    return user.username


SURFACES = {
    "page search": lambda: reverse("wagtailadmin_pages:search") + "?q=pension",
    "image listing": lambda: reverse("wagtailimages:index") + "?q=pension",
    "document listing": lambda: reverse("wagtaildocs:index") + "?q=pension",
    "page chooser": lambda: reverse("wagtailadmin_choose_page_search") + "?q=pension",
    "image chooser": lambda: reverse("wagtailimages_chooser:choose_results") + "?q=pension",
    "document chooser": lambda: reverse("wagtaildocs_chooser:choose_results") + "?q=pension",
}


@pytest.mark.parametrize("surface", SURFACES)
@pytest.mark.parametrize(("username", "language"), [("editor", "es"), ("french_admin", "fr")])
def test_admin_search_says_search_is_unavailable(request, search_server_down, surface, username, language):
    if username == "french_admin":
        username = request.getfixturevalue("french_admin")
    response = admin_as(username).get(SURFACES[surface](), HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert response.status_code == 200
    assert MESSAGES[language] in response.content.decode()


def test_the_admin_api_search_answers_empty_not_500(search_server_down):
    response = admin_as("editor").get("/admin/api/main/pages/?search=pension")
    assert response.status_code == 200
    assert response.json()["items"] == []


@pytest.mark.parametrize("surface", ["page chooser", "image chooser", "document chooser"])
def test_a_choosers_warning_does_not_reappear_on_the_next_page(search_server_down, surface):
    editor = admin_as("editor")
    assert MESSAGES["es"] in editor.get(SURFACES[surface]()).content.decode()
    assert MESSAGES["es"] not in editor.get(reverse("wagtailadmin_home")).content.decode()


def test_the_outage_is_logged_once_and_later_searches_do_not_wait(search_server_down, caplog):
    editor = admin_as("editor")
    for _ in range(3):
        assert editor.get(SURFACES["page search"]()).status_code == 200
    failures = [r for r in caplog.records if r.name == "search.resilience" and "unavailable" in r.getMessage()]
    assert len(failures) == 1


def test_the_public_search_still_answers_503(search_server_down):
    response = Client(HTTP_HOST="localhost").get("/fr/search/?q=retraite")
    assert response.status_code == 503
