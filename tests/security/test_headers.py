"""Security headers: a Content-Security-Policy that allows no inline script on the public
site (a looser one, scoped to the admin, where Wagtail needs it), a Permissions-Policy on
every answer, and restricted documents that no shared cache may keep.

The browser side (no CSP violation on any page type) is ``tests/e2e/test_content_security_policy.py``.
"""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from tests.factories import (
    CountryPageFactory,
    EditorFactory,
    NewsPageFactory,
    ResourcePageFactory,
    ReviewerFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture(scope="module")
def pages(trees):
    """{key: {language: page}}: the home page and one public page of three types, in es/en/fr."""
    return {
        "country-be": trees.add(CountryPageFactory, "countries", title="Bélgica", fr={"title": "Belgique"}),
        "resource-ec-evaluation": trees.add(ResourcePageFactory, "resources", title="Evaluación en Ecuador"),
        "news-campaign": trees.add(NewsPageFactory, "news", title="Campaña mundial"),
    }


@pytest.fixture
def page_url(trees, pages):
    def url(key, language):
        return trees.home(language).url if key == "home" else pages[key][language].url

    return url


def directives(response):
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.mark.parametrize("key", ["home", "country-be", "resource-ec-evaluation", "news-campaign"])
def test_public_pages_allow_no_inline_script(client, page_url, key):
    response = client.get(page_url(key, "fr"))
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"]


@pytest.mark.parametrize("path", ["/es/search/?q=pensiones", "/en/no-such-page/", "/es/_util/login/"])
def test_search_404_and_login_pages_carry_the_policy_too(client, trees, path):
    response = client.get(path)
    assert "'unsafe-inline'" not in " ".join(directives(response)["script-src"])
    assert "camera=()" in response["Permissions-Policy"]


def test_the_admin_has_its_own_policy(client, trees):
    client.force_login(EditorFactory())
    response = client.get(reverse("wagtailadmin_home"))
    policy = directives(response)
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "'self'" in policy["script-src"]


def test_permissions_policy_turns_off_powerful_features(client, trees):
    header = client.get(trees.home("es").url)["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"):
        assert feature in header


@pytest.fixture
def disk_storage(settings, tmp_path):
    """Documents on disk, as in production (the tests' in-memory storage has no file path to send)."""
    settings.MEDIA_ROOT = str(tmp_path)
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}}


@pytest.fixture
def members_document(disk_storage):
    collection = Collection.get_first_root_node().add_child(name="Solo miembros")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type=CollectionViewRestriction.LOGIN)
    document = get_document_model().objects.create(
        title="Acta interna", collection=collection, file=ContentFile(b"%PDF-1.4 acta", name="acta.pdf")
    )
    return document


def test_a_restricted_document_is_private_to_the_reader(client, trees, members_document):
    url = members_document.url
    anonymous = client.get(url)
    assert anonymous.status_code == 302  # to the login page; nothing of the file
    client.force_login(ReviewerFactory())
    response = client.get(url)
    assert response.status_code == 200
    cache_control = response["Cache-Control"]
    assert "private" in cache_control and "public" not in cache_control


def test_a_public_document_is_not_marked_private(client, disk_storage):
    document = get_document_model().objects.create(
        title="Informe", file=ContentFile(b"%PDF-1.4 informe", name="informe.pdf")
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert "private" not in response.get("Cache-Control", "")
