"""Translating through PO files: download a translation's PO file, edit it, upload it back."""

import polib
import pytest
from django.contrib import messages
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail_localize.models import StringTranslation, Translation

from tests.factories import CountryPageFactory, SpecialistFactory

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

NEW_TEXT = "Résumé revu par la traductrice à partir du fichier PO."


@pytest.fixture
def french_ecuador(trees):
    """The French translation of an Ecuador page (title, summary and intro translated), and the page."""
    page = trees.add(
        CountryPageFactory,
        "countries",
        title="Ecuador",
        summary="La seguridad social en Ecuador.",
        fr={"title": "Équateur", "summary": "La sécurité sociale en Équateur."},
    )["fr"]
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale__language_code="fr")
    return translation, page


def french_strings(translation):
    """Every stored French string of the translation's source, to compare before and after."""
    return sorted(
        StringTranslation.objects.filter(
            locale=translation.target_locale, context__object_id=translation.source.object_id
        ).values_list("pk", "context__path", "data")
    )


def upload(client, translation, page, content):
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {
            "file": SimpleUploadedFile("ecuador-fr.po", content, content_type="text/x-gettext-translation"),
            "next": edit_url,
        },
    )
    assert response.status_code == 302
    assert response.url == edit_url
    return [message.level for message in get_messages(response.wsgi_request)]


def test_edited_po_file_updates_the_string_translation(admin_client, french_ecuador):
    translation, page = french_ecuador
    response = admin_client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/x-gettext-translation"

    po = polib.pofile(response.content.decode())
    assert po.metadata["X-WagtailLocalize-TranslationID"] == str(translation.uuid)
    entry = next(entry for entry in po if entry.msgctxt == "summary")
    assert entry.msgstr and entry.msgstr != NEW_TEXT
    entry.msgstr = NEW_TEXT
    untouched = {(item.msgctxt, item.msgid): item.msgstr for item in po if item is not entry}

    assert upload(admin_client, translation, page, str(po).encode()) == [messages.SUCCESS]

    stored = StringTranslation.objects.get(
        translation_of__data=entry.msgid,
        context__object_id=translation.source.object_id,
        context__path="summary",
        locale=translation.target_locale,
    )
    assert stored.data == NEW_TEXT
    for (path, msgid), msgstr in untouched.items():
        assert (
            StringTranslation.objects.get(
                translation_of__data=msgid,
                context__object_id=translation.source.object_id,
                context__path=path,
                locale=translation.target_locale,
            ).data
            == msgstr
        )


@pytest.mark.parametrize("content", [b"this is not a PO file\nmsgid", b"\xff\xfe not UTF-8"])
def test_malformed_po_file_is_refused_and_changes_nothing(admin_client, french_ecuador, content):
    translation, page = french_ecuador
    before = french_strings(translation)
    assert upload(admin_client, translation, page, content) == [messages.ERROR]
    assert french_strings(translation) == before


def test_po_file_without_the_translation_header_is_refused(admin_client, french_ecuador):
    """wagtail-localize itself answers this with a server error; editorial.localize_permissions says why."""
    translation, page = french_ecuador
    before = french_strings(translation)
    content = f'msgctxt "summary"\nmsgid "x"\nmsgstr "{NEW_TEXT}"\n'.encode()
    assert upload(admin_client, translation, page, content) == [messages.ERROR]
    assert french_strings(translation) == before


def test_po_file_of_another_translation_is_refused_and_changes_nothing(admin_client, french_ecuador):
    translation, page = french_ecuador
    english = Translation.objects.get(source=translation.source, target_locale__language_code="en")
    before = french_strings(translation)
    assert upload(admin_client, translation, page, str(english.export_po()).encode()) == [messages.ERROR]
    assert french_strings(translation) == before


def test_upload_without_a_file_is_refused(admin_client, french_ecuador):
    translation, page = french_ecuador
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = admin_client.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"next": edit_url})
    assert response.status_code == 302 and response.url == edit_url
    assert [message.level for message in get_messages(response.wsgi_request)] == [messages.ERROR]


def test_upload_needs_edit_rights_on_the_translation(client, french_ecuador):
    """A specialist who does not own Ecuador cannot import into its French translation, good file or bad."""
    translation, page = french_ecuador
    before = french_strings(translation)
    carla = SpecialistFactory(username="carla-po")  # owns no tree
    client.force_login(carla)
    for content in (str(translation.export_po()).encode(), b"not a po file"):
        response = client.post(
            reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
            {"file": SimpleUploadedFile("x.po", content)},
        )
        assert response.status_code in (302, 403)
        assert french_strings(translation) == before
