"""Last reviewed (set by approval or confirmed), refusals naming the tree's owners, people by full name, My trees."""

import re

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from editorial.reviewed import REVIEW_CONFIRMED
from tests.editorial.test_workflow import act, refused
from tests.helpers import edit_page_as_browser

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def live(page):
    return type(page).objects.get(pk=page.pk)


def messages_of(response):
    return " ".join(str(message) for message in get_messages(response.wsgi_request))


# Last reviewed: set by an approval.


def test_approval_sets_last_reviewed_on_the_profile_and_its_translations(client, specialist, reviewer, scene_page):
    ecuador = scene_page("country-ec")
    assert ecuador.last_reviewed != timezone.localdate()
    client.force_login(specialist)
    # A typed date is ignored: the field is read-only in the editor.
    edit_page_as_browser(client, ecuador, {"summary": "Revisado.", "last_reviewed": "2020-01-01"}, "action-submit")
    assert live(ecuador).last_reviewed == ecuador.last_reviewed  # submitted, not yet approved
    act(client, reviewer, ecuador, "approve")
    for code in ("es", "en", "fr"):
        assert scene_page("country-ec", code).last_reviewed == timezone.localdate(), code
    # The next draft starts from the approved revision, with the new date.
    assert live(ecuador).get_latest_revision_as_object().last_reviewed == timezone.localdate()


def test_rejection_leaves_last_reviewed_alone(client, specialist, reviewer, scene_page):
    ecuador = scene_page("country-ec")
    before = ecuador.last_reviewed
    client.force_login(specialist)
    edit_page_as_browser(client, ecuador, {"summary": "Para rechazar."}, "action-submit")
    act(client, reviewer, ecuador, "reject", comment="Falta la fuente.")
    assert live(ecuador).last_reviewed == before


def test_last_reviewed_is_read_only_in_the_editor(client, specialist, scene_page):
    ecuador = scene_page("country-ec")
    client.force_login(specialist)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[ecuador.pk])).content.decode()
    assert 'name="last_reviewed"' not in html
    edit_page_as_browser(client, ecuador, {"last_reviewed": "2020-01-01"})
    assert live(ecuador).get_latest_revision_as_object().last_reviewed == ecuador.last_reviewed


# "Reviewed, still accurate".


def confirm_url(page):
    return reverse("editorial_confirm_reviewed", args=[page.pk])


def test_owner_confirms_still_accurate(client, specialist, scene_page):
    ecuador = scene_page("country-ec")
    summary = ecuador.summary
    client.force_login(specialist)
    editor_html = client.get(reverse("wagtailadmin_pages:edit", args=[ecuador.pk])).content.decode()
    assert confirm_url(ecuador) in editor_html  # in the page's action menu
    page = client.get(confirm_url(ecuador))
    assert page.status_code == 200
    assert "Ecuador" in page.content.decode()

    response = client.post(confirm_url(ecuador))
    assert response.status_code == 302
    confirmed = live(ecuador)
    assert confirmed.last_reviewed == timezone.localdate()
    assert confirmed.summary == summary and not confirmed.has_unpublished_changes
    for code in ("en", "fr"):
        assert scene_page("country-ec", code).last_reviewed == timezone.localdate()
    entry = PageLogEntry.objects.filter(page=ecuador, action=REVIEW_CONFIRMED).get()
    assert entry.user == specialist
    # In the page's history and in the editorial audit.
    history = client.get(reverse("wagtailadmin_pages:history", args=[ecuador.pk])).content.decode()
    assert "Reviewed" in history or "Revisad" in history


def test_confirmation_appears_in_the_audit(client, specialist, editor, scene_page):
    ecuador = scene_page("country-ec")
    client.force_login(specialist)
    client.post(confirm_url(ecuador))
    client.force_login(editor)
    audit = client.get(reverse("editorial_audit_report"), {"action": REVIEW_CONFIRMED}).content.decode()
    assert "Ecuador" in audit and "Sofía Specialist" in audit


def test_confirmation_refused_with_pending_changes(client, specialist, scene_page):
    ecuador = scene_page("country-ec")
    client.force_login(specialist)
    edit_page_as_browser(client, ecuador, {"summary": "Cambio sin enviar."})
    assert (
        confirm_url(ecuador) not in client.get(reverse("wagtailadmin_pages:edit", args=[ecuador.pk])).content.decode()
    )
    response = client.post(confirm_url(ecuador))
    assert response.status_code == 302
    assert live(ecuador).last_reviewed == ecuador.last_reviewed
    assert not PageLogEntry.objects.filter(page=ecuador, action=REVIEW_CONFIRMED).exists()
    assert "revisi" in messages_of(response).lower()  # "submit them for review", in Spanish


def test_confirmation_refused_to_others(client, chile_specialist, reviewer, moderator, scene_page):
    ecuador = scene_page("country-ec")
    for user in (chile_specialist, reviewer, moderator):
        client.force_login(user)
        assert refused(client.post(confirm_url(ecuador))), user
    assert not PageLogEntry.objects.filter(page=ecuador, action=REVIEW_CONFIRMED).exists()
    assert live(ecuador).last_reviewed == ecuador.last_reviewed


def test_confirmation_on_a_page_without_review_date(client, specialist, scene_page):
    belgium_news = scene_page("country-be")
    client.force_login(specialist)
    before = live(belgium_news).last_published_at
    assert client.post(confirm_url(belgium_news)).status_code == 302
    assert live(belgium_news).last_published_at > before  # the dashboard counts it as a review


# Refusals name the tree's owners.


def test_refusal_names_the_owners_in_the_users_language(client, specialist, chile_specialist, scene_page):
    chile = scene_page("country-cl")
    chile_specialist.last_name = "Cruz"
    chile_specialist.save()
    client.force_login(specialist)  # admin in Spanish
    response = client.get(reverse("wagtailadmin_pages:edit", args=[chile.pk]), HTTP_ACCEPT_LANGUAGE="en")
    assert refused(response)
    text = messages_of(response)
    assert "Carla Cruz" in text and "mailto:carla@example.org" in text
    assert "carla" not in text.replace("carla@", "")  # the username alone is never shown
    assert "No puede editar" in text and "editor" in text
    # Adding below it says the same.
    response = client.get(reverse("wagtailadmin_pages:add_subpage", args=[chile.pk]))
    assert refused(response) and "Carla Cruz" in messages_of(response)


def test_refusal_without_owners_names_editors(client, chile_specialist, scene_page):
    zambia = scene_page("country-zm")
    client.force_login(chile_specialist)  # no admin language set: the request's
    response = client.get(reverse("wagtailadmin_pages:edit", args=[zambia.pk]), HTTP_ACCEPT_LANGUAGE="en")
    assert refused(response)
    text = messages_of(response)
    assert "Elena Editor" in text and "mailto:editor@example.org" in text


def test_allowed_users_are_not_intercepted(client, specialist, scene_page):
    client.force_login(specialist)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[scene_page("country-ec").pk])).status_code == 200


# People by full name; My trees opens the editor.


def test_specialist_responsible_lists_people_by_name(client, editor, scene_page):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[scene_page("country-ec").pk])).content.decode()
    select = re.search(r'<select name="specialist".*?</select>', html, re.S).group(0)
    options = re.findall(r"<option[^>]*>([^<]*)</option>", select)
    assert "Sofía Specialist" in options
    assert "specialist" not in options and "reviewer" not in options and "Rafael Reviewer" not in options


def test_tree_owner_filter_and_audit_filter_show_names(client, editor, chile_specialist):
    client.force_login(editor)
    trees = client.get(reverse("owned_trees:index")).content.decode()
    assert "Sofía Specialist" in trees and ">specialist<" not in trees
    audit = client.get(reverse("editorial_audit_report")).content.decode()
    assert ">specialist<" not in audit


def test_my_trees_rows_open_the_editor(client, specialist, scene_page):
    client.force_login(specialist)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    ecuador = scene_page("country-ec")
    assert f'href="{reverse("wagtailadmin_pages:edit", args=[ecuador.pk])}">Ecuador</a>' in html
    assert reverse("wagtailadmin_explore", args=[ecuador.pk]) in html  # the pages count still explores
