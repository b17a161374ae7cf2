"""Emails, the editorial dashboard, the wagtail-localize permission module and the audit report."""

import datetime

import pytest
from django.core import mail
from django.urls import resolve, reverse
from django.utils import timezone
from wagtail.models import Page, PageLogEntry

from editorial.localize_permissions import CheckedSubmitPageTranslationView, CheckedUpdateTranslationsView
from tests.editorial.test_workflow import act, refused, submit

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def recipients(message_filter=""):
    return {address for message in mail.outbox if message_filter in message.subject for address in message.to}


def test_submission_mails_reviewers_and_owners_not_the_submitter(
    client, specialist, reviewer, editor, ecuador_tree, scene_page
):
    ecuador_tree.owners.add(editor)  # a co-owner
    mail.outbox.clear()
    submit(client, specialist, scene_page("country-ec"), "New text.")
    assert recipients() == {reviewer.email, editor.email}
    # The reviewer reads English, the co-owner Spanish: each in their own language.
    by_address = {message.to[0]: message for message in mail.outbox}
    assert "submitted" in by_address[reviewer.email].subject
    assert "enviada" in by_address[editor.email].subject or "envi" in by_address[editor.email].body


def test_rejection_mail_carries_the_comment_to_the_author(client, specialist, reviewer, scene_page):
    submit(client, specialist, scene_page("country-ec"), "New text.")
    mail.outbox.clear()
    act(client, reviewer, scene_page("country-ec"), "reject", "Falta la fuente de los datos.")
    assert recipients() == {specialist.email}
    assert "Falta la fuente de los datos." in mail.outbox[0].body
    assert "rechazada" in mail.outbox[0].body  # the specialist reads Spanish


def test_approval_mail_carries_the_comment(client, specialist, reviewer, scene_page):
    submit(client, specialist, scene_page("country-ec"), "New text.")
    mail.outbox.clear()
    act(client, reviewer, scene_page("country-ec"), "approve", "Buen trabajo.")
    assert recipients() == {specialist.email}
    assert "Buen trabajo." in mail.outbox[0].body


def test_dashboard_panels(client, specialist, reviewer, second_reviewer, scene_page):
    page = scene_page("country-ec")
    submit(client, specialist, scene_page("country-pe"), "Peru text.")
    submit(client, specialist, page, "Ecuador text.")
    Page.objects.filter(pk=scene_page("country-be").pk).update(
        last_published_at=timezone.now() - datetime.timedelta(days=400)
    )

    client.force_login(specialist)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Mis árboles" in home and "En revisión" in home  # the specialist reads Spanish
    assert "Équateur" in home and "Chile" not in home
    assert home.count("editorial-state--in_review") == 2  # Ecuador and Peru (es), waiting
    assert "Bélgica" in home

    client.force_login(reviewer)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Awaiting your review" in dashboard
    assert dashboard.index("Perú") < dashboard.index("Ecuador")  # oldest first

    act(client, reviewer, page, "approve")
    client.force_login(specialist)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    # Needs attention: Belgium not reviewed for over a year; Ecuador's translations older than the new source.
    attention = home[home.index('id="needs-attention-section"') :]
    assert "Bélgica" in attention
    assert "Équateur" in attention and "Ecuador" in attention


def test_reviewer_dashboard_leaves_out_their_own_submission(client, reviewer, editor, scene_page):
    editor.groups.add(reviewer.groups.get(name="Reviewers"))
    submit(client, editor, scene_page("country-ec"), "Mine.")
    client.force_login(editor)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "data-workflow-action-url" not in dashboard
    assert "Nada espera tu revisión" in dashboard  # the editor reads Spanish


def test_localize_views_are_the_checked_ones(scene_page):
    page = scene_page("country-ec")
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert resolve(url).func.view_class is CheckedSubmitPageTranslationView
    assert resolve(reverse("wagtail_localize:update_translations", args=[1])).func.view_class is (
        CheckedUpdateTranslationsView
    )


def test_sync_translations_refused_without_edit_rights_and_no_publish_for_specialists(
    client, specialist, chile_specialist, scene_page
):
    from wagtail_localize.models import TranslationSource

    chile = TranslationSource.objects.get(object_id=scene_page("country-cl").translation_key)
    ecuador = TranslationSource.objects.get(object_id=scene_page("country-ec").translation_key)
    client.force_login(specialist)
    assert client.get(reverse("wagtail_localize:update_translations", args=[chile.pk])).status_code in (302, 403)
    form = client.get(reverse("wagtail_localize:update_translations", args=[ecuador.pk]))
    assert form.status_code == 200
    assert 'type="hidden" name="publish_translations"' in form.content.decode()
    before = scene_page("country-ec", "fr").last_published_at
    response = client.post(
        reverse("wagtail_localize:update_translations", args=[ecuador.pk]), {"publish_translations": "on"}
    )
    assert response.status_code in (302, 403)
    assert scene_page("country-ec", "fr").last_published_at == before


@pytest.mark.parametrize("username", ["translator", "specialist"])
def test_convert_to_alias_is_for_publishers_only(client, username, editor, django_user_model, scene_page):
    """Turning a reviewed translation into an alias changes the live page at once: not for translators."""
    page = scene_page("country-ec", "fr")
    url = reverse("wagtail_localize:convert_to_alias", args=[page.pk])
    client.force_login(django_user_model.objects.get(username=username))
    editor_view = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert editor_view.status_code == 200
    # The React translation editor shows the button when its props carry the URL.
    assert url not in editor_view.content.decode()
    assert refused(client.post(url))
    page.refresh_from_db()
    assert page.alias_of_id is None and page.title == "Équateur"

    client.force_login(editor)
    assert url in client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert client.get(url).status_code == 200  # the confirmation step

    # Once translation is stopped the page has Wagtail's own editor, whose action menu offers it too.
    from wagtail_localize.models import Translation

    Translation.objects.filter(source__object_id=page.translation_key, target_locale=page.locale).update(enabled=False)
    assert (
        'name="localize-convert-to-alias"'
        in client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    )
    client.force_login(django_user_model.objects.get(username=username))
    plain_editor = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert plain_editor.status_code == 200
    assert 'name="localize-convert-to-alias"' not in plain_editor.content.decode()
    assert refused(client.post(url))


def test_audit_report_filters_by_tree_and_user(client, specialist, reviewer, editor, ecuador_tree, scene_page):
    submit(client, specialist, scene_page("country-ec"), "Audited.")
    act(client, reviewer, scene_page("country-ec"), "approve")
    submit(client, editor, scene_page("country-cl"), "Other tree.")
    client.force_login(editor)
    client.get(reverse("wagtailadmin_home"))  # shows (and so clears) the "submitted" message
    url = reverse("editorial_audit_report")
    report = client.get(url, {"tree": ecuador_tree.pk}).content.decode()
    assert "Ecuador" in report and "Chile" not in report
    by_reviewer = client.get(url, {"user": reviewer.pk}).content.decode()
    assert "Chile" not in by_reviewer and "Ecuador" in by_reviewer
    assert PageLogEntry.objects.filter(action="wagtail.workflow.start", user=specialist).exists()
    export = client.get(url, {"tree": ecuador_tree.pk, "export": "csv"})
    assert export.status_code == 200 and b"Ecuador" in b"".join(export.streaming_content)


@pytest.mark.parametrize("username", ["specialist", "reviewer", "translator", "moderator"])
def test_audit_report_is_for_editors(client, username, django_user_model):
    client.force_login(django_user_model.objects.get(username=username))
    response = client.get(reverse("editorial_audit_report"))
    assert response.status_code in (302, 403)
    assert "Ecuador" not in response.content.decode()
