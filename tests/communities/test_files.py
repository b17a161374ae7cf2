"""A community's files: sharing (good and bad files, who may), deleting, categories, the private storage, the demo."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import CollectionViewRestriction

from communities import demo_files, files, privacy
from communities.models import CommunityFile, FileCategory
from tests.factories import CommunityPageFactory, MemberFactory, member_of

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


# Documents there before each test (the demo's own community files among them): a test counts its own.
BEFORE = {}


@pytest.fixture(autouse=True)
def documents_before():
    BEFORE["documents"] = get_document_model().objects.count()


def no_new_documents():
    return get_document_model().objects.count() == BEFORE["documents"]


@pytest.fixture(autouse=True)
def on_disk(file_storage):
    """Documents on disk, served by Wagtail's view as in production (``conftest.file_storage``)."""
    return file_storage


@pytest.fixture
def community(index):
    return CommunityPageFactory(parent=index, access="public", title="Comunidad de archivos")


@pytest.fixture
def category(community):
    return FileCategory.objects.create(community=community, name="Informes")


def pdf(name="informe-anual.pdf", data=PDF):
    return SimpleUploadedFile(name, data, content_type="application/pdf")


def share(client, community, category, upload=None, title="Informe anual 2026"):
    data = {"title": title, "category": category.pk if category else "", "file": upload or pdf()}
    return client.post(f"{community.url}files/", data)


def test_a_member_shares_a_file_that_members_list_and_download(client, community, category):
    author = member_of(community, user__first_name="Ana", user__last_name="Pérez")
    client.force_login(author)
    response = share(client, community, category)
    assert response.status_code == 302 and response["Location"] == f"{community.url}files/"
    item = CommunityFile.objects.get(community=community)
    assert (item.title, item.category, item.uploaded_by, item.community) == (
        "Informe anual 2026",
        category,
        author,
        community,
    )
    assert item.document.file_size == len(PDF) and item.document.uploaded_by_user == author

    client.force_login(member_of(community))
    listing = client.get(f"{community.url}files/")
    body = listing.content.decode()
    assert listing.status_code == 200 and "private" in listing["Cache-Control"]
    assert "Informe anual 2026" in body and "Informes" in body and "Ana Pérez" in body
    assert f"{len(PDF)}\xa0bytes" in body
    assert item.document.url in body
    download = client.get(item.document.url)
    assert download.status_code == 200 and b"".join(download.streaming_content) == PDF
    assert "private" in download["Cache-Control"]
    # The community page leads to it, for members.
    assert "1 archivo compartido por los miembros" in client.get(community.url).content.decode()


def test_the_file_is_kept_in_the_communitys_private_collection(community, category):
    item = files.store(community, title="Acta", category=category, upload=pdf(), user=None)
    collection = item.document.collection
    assert collection.get_parent().name == files.COLLECTIONS_PARENT and collection.name == community.title
    [restriction] = CollectionViewRestriction.objects.filter(collection=collection)
    assert restriction.restriction_type == CollectionViewRestriction.GROUPS
    assert list(restriction.groups.all()) == [privacy.group_for(community)]
    assert files.members_group(community) == privacy.group_for(community)
    # A second file goes into the same collection; a working group gets its own.
    assert files.store(community, title="Otra", category=category, upload=pdf(), user=None).document.collection == (
        collection
    )
    group = CommunityPageFactory(parent=community, title="Grupo de archivos")
    assert files.collection_for(group) != collection


@pytest.mark.parametrize("access", ["private", "semi-private", "public", "open"])
def test_a_direct_link_serves_the_file_to_members_only(index, access):
    community = CommunityPageFactory(parent=index, access=access, title=f"Comunidad {access} de archivos")
    category = FileCategory.objects.create(community=community, name="Informes")
    item = files.store(community, title="Acta", category=category, upload=pdf(), user=None)
    url = item.document.url
    assert url.startswith("/documents/")
    for reader in (None, MemberFactory().user, member_of(community, state="pending")):
        client = Client()
        if reader is not None:
            client.force_login(reader)
        refused = client.get(url)
        assert refused.status_code == 302 and "/login/" in refused["Location"]
        assert client.get(f"{community.url}files/").status_code in (302, 403)
    client = Client()
    client.force_login(member_of(community))
    assert client.get(url).status_code == 200
    # A member who leaves loses the file at once.
    leaver = member_of(community)
    client.force_login(leaver)
    assert client.get(url).status_code == 200
    leaver.memberships.get().delete()
    assert client.get(url).status_code == 302


def test_images_and_csv_tables_are_accepted(client, community, category):
    client.force_login(member_of(community))
    image = get_test_image_file("foto.png")
    assert share(client, community, category, SimpleUploadedFile("foto.png", image.file.getvalue())).status_code == 302
    table = SimpleUploadedFile("datos.csv", "país;cobertura\nPerú;45\n".encode())
    assert share(client, community, category, table, title="").status_code == 302
    assert sorted(CommunityFile.objects.filter(community=community).values_list("document__title", flat=True)) == [
        "Informe anual 2026",
        "datos",
    ]


@pytest.mark.parametrize(
    "name, data",
    [
        ("programa.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"),  # an executable renamed
        ("pagina.csv", b"<html><script>alert(1)</script></html>"),
        ("dibujo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("informe.png", PDF),  # a PDF under an image's extension
        ("notas.txt", b"Notas de la reunion"),
    ],
)
def test_other_kinds_of_file_are_refused_and_nothing_is_saved(client, community, category, name, data):
    client.force_login(member_of(community))
    response = share(client, community, category, SimpleUploadedFile(name, data))
    assert response.status_code == 400
    assert "Solo se pueden compartir archivos PDF, de Office y OpenDocument" in response.content.decode()
    assert not CommunityFile.objects.filter(community=community).exists() and no_new_documents()


def test_a_file_too_large_is_refused(client, community, category, settings):
    settings.PROPOSALS_MAX_UPLOAD_SIZE = 1024
    client.force_login(member_of(community))
    response = share(client, community, category, pdf(data=PDF + b"0" * 2048))
    assert response.status_code == 400 and "Este archivo es demasiado grande" in response.content.decode()
    assert not CommunityFile.objects.filter(community=community).exists()


def test_a_file_needs_a_category_of_this_community(client, community, category, index):
    elsewhere = FileCategory.objects.create(
        community=CommunityPageFactory(parent=index, title="Otra comunidad"), name="Informes"
    )
    client.force_login(member_of(community))
    for wrong in (None, elsewhere):
        assert share(client, community, wrong).status_code == 400
    assert not CommunityFile.objects.filter(community=community).exists()


def test_only_members_share_and_no_one_in_an_archived_community(client, community, category):
    client.force_login(MemberFactory().user)
    assert share(client, community, category).status_code == 403
    client.force_login(member_of(community, state="pending"))
    assert share(client, community, category).status_code == 403
    client.logout()
    assert "/login/" in share(client, community, category)["Location"]
    member = member_of(community)
    community.archived = True
    community.save_revision().publish()
    client.force_login(member)
    refused = share(client, community, category)
    assert refused.status_code == 403 and "está archivada" in refused.content.decode()
    assert not CommunityFile.objects.filter(community=community).exists()
    # Its files stay readable to its members.
    files.store(community, title="Acta final", category=category, upload=pdf(), user=None)
    listing = client.get(f"{community.url}files/").content.decode()
    assert "Acta final" in listing and "Compartir el archivo" not in listing


def test_the_uploader_and_the_managers_delete_a_file_others_cannot(client, community, category):
    author, other, manager = member_of(community), member_of(community), member_of(community, role="manager")
    first = files.store(community, title="Primero", category=category, upload=pdf(), user=author)
    second = files.store(community, title="Segundo", category=category, upload=pdf(), user=author)
    client.force_login(other)
    assert "/delete-file/" not in client.get(f"{community.url}files/").content.decode()
    refused = client.post(f"{community.url}delete-file/{first.pk}/")
    assert refused.status_code == 403 and "Solo quien compartió un archivo" in refused.content.decode()
    client.force_login(MemberFactory().user)
    assert client.post(f"{community.url}delete-file/{first.pk}/").status_code == 403
    assert client.get(f"{community.url}delete-file/{first.pk}/").status_code == 405
    assert CommunityFile.objects.filter(community=community).count() == 2

    client.force_login(author)
    assert client.post(f"{community.url}delete-file/{first.pk}/").status_code == 302
    client.force_login(manager)
    assert f"/delete-file/{second.pk}/" in client.get(f"{community.url}files/").content.decode()
    assert client.post(f"{community.url}delete-file/{second.pk}/").status_code == 302
    assert not CommunityFile.objects.filter(community=community).exists() and no_new_documents()
    assert client.post(f"{community.url}delete-file/{second.pk}/").status_code == 404


def test_managers_define_the_categories(client, community):
    manager = member_of(community, role="manager")
    url = f"{community.url}files/categories/"
    client.force_login(member_of(community))
    assert client.get(url).status_code == 403
    assert client.post(url, {"action": "add", "name": "Actas"}).status_code == 403
    member_page = client.get(f"{community.url}files/").content.decode()
    assert "Los administradores aún no han definido las categorías" in member_page

    client.force_login(manager)
    assert client.post(url, {"action": "add", "name": "<b>Actas</b>"}).status_code == 302
    category = FileCategory.objects.get(community=community)
    assert category.name == "Actas"
    duplicate = client.post(url, {"action": "add", "name": "actas"})
    assert duplicate.status_code == 400 and "ya tiene una categoría con este nombre" in duplicate.content.decode()
    assert client.post(url, {"action": "add", "name": "  "}).status_code == 400
    assert (
        client.post(url, {"action": "rename", "category": category.pk, "name": "Actas de reuniones"}).status_code == 302
    )
    category.refresh_from_db()
    assert category.name == "Actas de reuniones"

    files.store(community, title="Acta", category=category, upload=pdf(), user=manager)
    refused = client.post(url, {"action": "delete", "category": category.pk})
    assert refused.status_code == 409 and "todavía contiene archivos" in refused.content.decode()
    CommunityFile.objects.filter(community=community).delete()
    assert no_new_documents()  # the document goes with the file
    assert client.post(url, {"action": "delete", "category": category.pk}).status_code == 302
    assert not FileCategory.objects.filter(community=community).exists()


def test_filtering_by_category(client, community, category):
    minutes = FileCategory.objects.create(community=community, name="Actas")
    files.store(community, title="Informe de cobertura", category=category, upload=pdf(), user=None)
    files.store(community, title="Acta de marzo", category=minutes, upload=pdf(), user=None)
    client.force_login(member_of(community))
    body = client.get(f"{community.url}files/", {"category": minutes.pk}).content.decode()
    assert "Acta de marzo" in body and "Informe de cobertura" not in body


def test_specialists_outside_the_community_never_see_its_files_in_the_admin(trees, community, category):
    files.store(community, title="Documento confidencial de la comunidad", category=category, upload=pdf(), user=None)
    specialist = MemberFactory().user
    specialist.groups.add(Group.objects.get(name="Specialists"))
    client = Client()
    client.force_login(specialist)
    chooser = client.get(reverse("wagtaildocs_chooser:choose"), {"q": "confidencial"})
    listing = client.get(reverse("wagtaildocs:index"))
    assert chooser.status_code == listing.status_code == 200
    for response in (chooser, listing):
        assert "Documento confidencial" not in response.content.decode()
    # A specialist who is a member (or a manager) of the community may choose it.
    specialist.memberships.create(community=community, state="active")
    chooser = client.get(reverse("wagtaildocs_chooser:choose"), {"q": "confidencial"})
    assert "Documento confidencial" in chooser.content.decode()


def test_files_are_never_in_the_site_search(client, community, category):
    item = files.store(community, title="Zuluquark informe", category=category, upload=pdf(), user=None)
    client.force_login(member_of(community))
    body = client.get("/es/search/", {"q": "Zuluquark"}).content.decode()
    assert "Zuluquark informe" not in body and item.document.url not in body


def test_the_demo_files(community):
    member_of(community, role="manager", user__first_name="Marta")
    loaded = demo_files.load(community)
    assert len(loaded) == 3
    assert sorted(FileCategory.objects.filter(community=community).values_list("name", flat=True)) == [
        demo_files.MEETINGS,
        demo_files.REFERENCE,
    ]
    assert {item.uploaded_by.first_name for item in loaded} == {"Marta"}
    assert len(demo_files.load(community)) == 3  # again: nothing added
    for item in loaded:
        with item.document.file.open("rb") as handle:
            data = handle.read()
        files.validate_file(SimpleUploadedFile(item.document.filename, data))
        # A well-formed PDF: each cross-reference points at its object.
        offsets = [int(found) for found in re.findall(rb"(\d{10}) 00000 n", data)]
        assert [data[offset:].split(b" ", 1)[0] for offset in offsets] == [b"1", b"2", b"3", b"4", b"5"]
        assert b"startxref\n%d\n" % data.index(b"xref\n") in data


def test_deleting_a_community_deletes_its_files(community, category):
    files.store(community, title="Acta", category=category, upload=pdf(), user=None)
    pk = community.pk
    community.delete()
    assert not CommunityFile.objects.filter(community_id=pk).exists()
    assert not FileCategory.objects.filter(community_id=pk).exists()
    assert no_new_documents()
