"""Documents and images of a restricted collection stay out of the admin for those outside its groups.

A collection is restricted with Wagtail's own collection "Privacy" (a
``CollectionViewRestriction`` of type "groups"). Each case: a specialist with exactly the
rights the Specialists role gives (choose and add on the root collection) and not in the
collection's group, the request, the refusal (nothing of the title or the file name), and the
unchanged state (the public document is still there); then a member of the group, who sees it.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, CollectionViewRestriction

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

SECRET_TITLE = "Secret doc"
SECRET_FILE = "informe-confidencial-tanzania"
SECRET_IMAGE = "Secret photo of the negotiation"


@pytest.fixture(autouse=True)
def roles(trees):
    """The editorial roles (the Specialists group and its rights), set up with the language trees."""
    return trees


@pytest.fixture
def team():
    return Group.objects.create(name="Negotiation team")


@pytest.fixture
def restricted(team):
    collection = Collection.get_first_root_node().add_child(name="Restricted: negotiation")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(team)
    return collection


@pytest.fixture
def documents(restricted):
    Document = get_document_model()
    secret = Document(title=SECRET_TITLE, collection=restricted)
    secret.file.save(f"{SECRET_FILE}.pdf", ContentFile(b"%PDF-1.4 secret"), save=False)
    secret.save()
    public = Document(title="Public annual report", collection=Collection.get_first_root_node())
    public.file.save("public-annual-report.pdf", ContentFile(b"%PDF-1.4 public"), save=False)
    public.save()
    return secret, public


@pytest.fixture
def images(restricted):
    Image = get_image_model()
    secret = Image.objects.create(title=SECRET_IMAGE, collection=restricted, file=get_test_image_file("neg.png"))
    public = Image.objects.create(
        title="Public workshop photo", collection=Collection.get_first_root_node(), file=get_test_image_file("pub.png")
    )
    return secret, public


def specialist(username, *groups):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "x")
    user.groups.add(Group.objects.get(name="Specialists"), *groups)
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    return client


@pytest.fixture
def outsider():
    return specialist("media-outsider")


@pytest.fixture
def member(team):
    return specialist("media-member", team)


def assert_hidden(body):
    assert SECRET_TITLE not in body and SECRET_FILE not in body and SECRET_IMAGE not in body


def test_the_document_chooser_and_its_search_hide_the_restricted_collection(documents, outsider, member):
    secret, public = documents
    for url, params in (
        (reverse("wagtaildocs_chooser:choose"), {}),
        (reverse("wagtaildocs_chooser:choose_results"), {}),
        (reverse("wagtaildocs_chooser:choose_results"), {"q": "Secret"}),
        (reverse("wagtaildocs_chooser:choose_results"), {"q": "informe"}),
        (reverse("wagtaildocs_chooser:choose_results"), {"collection_id": secret.collection_id}),
    ):
        response = outsider.get(url, params)
        assert response.status_code == 200
        assert_hidden(response.content.decode())
        if not params:
            assert public.title in response.content.decode()  # unchanged: the rest is still there
    body = member.get(reverse("wagtaildocs_chooser:choose_results"), {"q": "Secret"}).content.decode()
    assert SECRET_TITLE in body


def test_choosing_a_restricted_document_by_its_id_is_refused(documents, outsider, member):
    """The chosen view (what the page editor and the rich-text link chooser call) gives nothing away."""
    secret, public = documents
    response = outsider.get(reverse("wagtaildocs_chooser:chosen", args=[secret.pk]))
    assert response.status_code in (302, 403)  # Wagtail's admin answers a refusal by going back to the dashboard
    assert_hidden(response.content.decode())
    assert outsider.get(reverse("wagtaildocs_chooser:chosen", args=[public.pk])).status_code == 200
    response = member.get(reverse("wagtaildocs_chooser:chosen", args=[secret.pk]))
    assert response.status_code == 200 and SECRET_TITLE in response.content.decode()


def test_no_upload_into_the_restricted_collection(documents, outsider, restricted):
    body = outsider.get(reverse("wagtaildocs_chooser:choose")).content.decode()
    assert restricted.name not in body
    Document = get_document_model()
    before = Document.objects.count()
    response = outsider.post(
        reverse("wagtaildocs_chooser:create"),
        {
            "wagtaildocs-chooser-upload-title": "Smuggled",
            "wagtaildocs-chooser-upload-collection": restricted.pk,
            "wagtaildocs-chooser-upload-file": ContentFile(b"%PDF-1.4 x", name="smuggled.pdf"),
        },
    )
    assert response.status_code == 200
    assert Document.objects.count() == before
    assert not Document.objects.filter(title="Smuggled").exists()


def test_the_documents_listing_and_the_admin_api_hide_it_even_from_its_uploader(documents, outsider, member):
    """The specialist uploaded it (an uploader may edit their own documents); then it was moved into the
    restricted collection: it leaves their listing, and they may no longer open or edit it."""
    secret, _public = documents
    secret.uploaded_by_user = get_user_model().objects.get(username="media-outsider")
    secret.save()
    for url, params in (
        (reverse("wagtaildocs:index"), {}),
        (reverse("wagtaildocs:index"), {"q": "Secret"}),
        ("/admin/api/main/documents/", {}),
        ("/admin/api/main/documents/", {"search": "Secret"}),
    ):
        response = outsider.get(url, params)
        assert response.status_code == 200, url
        assert_hidden(response.content.decode())
    assert outsider.get(reverse("wagtaildocs:edit", args=[secret.pk])).status_code in (302, 403)
    assert outsider.post(reverse("wagtaildocs:delete", args=[secret.pk])).status_code in (302, 403)
    assert get_document_model().objects.filter(pk=secret.pk, title=SECRET_TITLE).exists()
    body = member.get("/admin/api/main/documents/", {"search": "Secret"}).content.decode()
    assert SECRET_TITLE in body


def test_the_image_chooser_hides_the_restricted_collection(images, outsider, member):
    secret, public = images
    for url, params in (
        (reverse("wagtailimages_chooser:choose"), {}),
        (reverse("wagtailimages_chooser:choose_results"), {"q": "Secret"}),
        ("/admin/api/main/images/", {}),
    ):
        response = outsider.get(url, params)
        assert response.status_code == 200, url
        assert_hidden(response.content.decode())
    assert public.title in outsider.get(reverse("wagtailimages_chooser:choose")).content.decode()
    response = outsider.get(reverse("wagtailimages_chooser:chosen", args=[secret.pk]))
    assert response.status_code in (302, 403)
    assert_hidden(response.content.decode())
    body = member.get(reverse("wagtailimages_chooser:choose_results"), {"q": "Secret"}).content.decode()
    assert SECRET_IMAGE in body
