"""The moderated workflow, driven through the admin as each user would."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry, TaskState, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from tests.helpers import edit_page_as_browser

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def submit(client, user, page, summary, **extra):
    client.force_login(user)
    response = edit_page_as_browser(client, page, {"summary": summary, **extra}, action="action-submit")
    assert response.status_code == 302, response.content.decode()[:2000]
    return response


def current_task_state(page):
    state = WorkflowState.objects.filter(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS).get()
    return state.current_task_state


def act(client, user, page, action, comment=""):
    client.force_login(user)
    task_state = current_task_state(page)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


def refused(response):
    """Wagtail's admin answers a refused action with a 403, or a redirect to the dashboard and a message."""
    return response.status_code == 403 or (response.status_code == 302 and response.url == "/admin/")


def live_summary(page):
    page.refresh_from_db()
    return type(page).objects.get(pk=page.pk).summary


def test_specialist_cannot_publish_only_submit(client, specialist, scene_page):
    page = scene_page("country-ec")
    before = page.summary
    client.force_login(specialist)
    response = edit_page_as_browser(client, page, {"summary": "Published directly?"}, action="action-publish")
    # Wagtail answers a save (no publish right): the live page keeps its text, the change is a draft.
    assert response.status_code in (200, 302)
    assert live_summary(page) == before
    page.refresh_from_db()
    assert page.has_unpublished_changes
    assert not PageLogEntry.objects.filter(page=page, action="wagtail.publish", user=specialist).exists()


def test_submit_then_approve_publishes_the_approved_revision(client, specialist, reviewer, scene_page):
    page = scene_page("country-ec")
    submit(client, specialist, page, "Reviewed summary.")
    assert live_summary(page) != "Reviewed summary."
    submitted_revision = current_task_state(page).revision_id

    response = act(client, reviewer, page, "approve", "Looks right.")
    assert response.status_code == 302
    page.refresh_from_db()
    assert live_summary(page) == "Reviewed summary."
    assert page.live_revision_id == submitted_revision
    assert not page.has_unpublished_changes
    assert PageLogEntry.objects.filter(page=page, action="wagtail.workflow.approve", user=reviewer).exists()
    assert PageLogEntry.objects.filter(page=page, action="wagtail.publish", user=reviewer).exists()
    # The public page shows it.
    assert "Reviewed summary." in client.get(page.url).content.decode()


def test_approving_in_the_editor_returns_the_reviewer_to_their_dashboard(client, specialist, reviewer, scene_page):
    """Approving from the editor's footer: the page goes live and the reviewer lands on the dashboard.

    Wagtail would send them to the parent's explorer, which a reviewer (no page rights) may not open.
    """
    page = scene_page("country-pe")
    submit(client, specialist, page, "Approved in the editor.")
    client.force_login(reviewer)
    response = edit_page_as_browser(client, page, {"workflow-action-name": "approve"}, action="action-workflow-action")
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert live_summary(page) == "Approved in the editor."
    dashboard = client.get(response.url, follow=True)
    assert dashboard.status_code == 200
    assert "permission" not in " ".join(str(m) for m in dashboard.context["messages"]).lower()


def test_reject_keeps_the_live_version_and_the_author_sees_the_comment(client, specialist, reviewer, scene_page):
    page = scene_page("country-ec")
    before = page.summary
    submit(client, specialist, page, "Not ready yet.")
    response = act(client, reviewer, page, "reject", "Please cite the 2024 law.")
    assert response.status_code == 302
    assert live_summary(page) == before
    state = WorkflowState.objects.get(object_id=str(page.pk), status=WorkflowState.STATUS_NEEDS_CHANGES)
    assert state.requested_by == specialist

    client.force_login(specialist)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "Not ready yet." in edit  # their draft is kept
    history = client.get(reverse("wagtailadmin_pages:workflow_history", args=[page.pk])).content.decode()
    detail_url = reverse("wagtailadmin_pages:workflow_history_detail", args=[page.pk, state.pk])
    detail = client.get(detail_url).content.decode()
    assert "Please cite the 2024 law." in history + detail


def test_reviewer_cannot_approve_own_submission(client, reviewer, editor, scene_page):
    """Four eyes: a reviewer who is also an author (here an editor made a reviewer) cannot approve it."""
    editor.groups.add(reviewer.groups.get(name="Reviewers"))
    page = scene_page("country-ec")
    submit(client, editor, page, "Self-approved?")
    task_state = current_task_state(page)
    assert task_state.task.specific.get_actions(page, editor) == []
    response = act(client, editor, page, "approve")
    assert refused(response)
    assert live_summary(page) != "Self-approved?"
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_IN_PROGRESS
    # Another reviewer can.
    assert act(client, reviewer, page, "approve").status_code == 302
    assert live_summary(page) == "Self-approved?"


def test_reviewer_who_edits_during_review_cannot_approve_their_edit(
    client, specialist, reviewer, second_reviewer, scene_page
):
    page = scene_page("country-ec")
    submit(client, specialist, page, "First text.")
    client.force_login(reviewer)
    edit_page_as_browser(client, page, {"summary": "Reviewer's fix."})
    page.refresh_from_db()
    assert page.latest_revision.user == reviewer
    assert refused(act(client, reviewer, page, "approve"))
    # The edit restarted the review (WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT): the approval of the
    # submitted revision does not cover the edited one, which needs its own.
    assert act(client, second_reviewer, page, "approve").status_code == 302
    assert live_summary(page) != "Reviewer's fix."
    assert current_task_state(page).revision == page.get_latest_revision()
    assert refused(act(client, reviewer, page, "approve"))
    assert act(client, second_reviewer, page, "approve").status_code == 302
    assert live_summary(page) == "Reviewer's fix."


@pytest.mark.parametrize("username", ["specialist", "translator", "moderator", "carla"])
def test_non_reviewer_posting_approve_changes_nothing(
    client, username, specialist, chile_specialist, editor, scene_page
):
    from django.contrib.auth import get_user_model

    page = scene_page("country-ec")
    submit(client, editor, page, "Waiting.")
    task_state = current_task_state(page)
    response = act(client, get_user_model().objects.get(username=username), page, "approve")
    assert refused(response)
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_IN_PROGRESS
    assert live_summary(page) != "Waiting."


def test_editing_after_approval_needs_a_new_approval(client, specialist, reviewer, scene_page):
    page = scene_page("country-ec")
    submit(client, specialist, page, "Approved text.")
    act(client, reviewer, page, "approve")
    client.force_login(specialist)
    edit_page_as_browser(client, page, {"summary": "Edited after approval."})
    assert live_summary(page) == "Approved text."
    page.refresh_from_db()
    assert page.has_unpublished_changes
    assert page.current_workflow_state is None  # a new submission is needed


def test_scheduled_publishing_goes_through_the_workflow(client, specialist, reviewer, scene_page):
    page = scene_page("country-ec")
    go_live = timezone.now() + datetime.timedelta(days=2)
    local = timezone.localtime(go_live).strftime("%Y-%m-%d %H:%M")
    submit(client, specialist, page, "Scheduled text.", go_live_at=local)
    act(client, reviewer, page, "approve")
    page.refresh_from_db()
    assert live_summary(page) != "Scheduled text."
    assert page.approved_schedule

    call_command("publish_scheduled", verbosity=0)
    assert live_summary(page) != "Scheduled text."  # not yet

    # Two days later (moved back in time instead: the approved revision's go-live date passes).
    revision = page.latest_revision
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled", verbosity=0)
    assert live_summary(page) == "Scheduled text."


def test_translation_goes_through_the_same_workflow(client, translator, reviewer, scene_page):
    page = scene_page("country-ec", "fr")
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=page.locale)
    segment = StringSegment.objects.get(source=translation.source, context__path="summary")
    client.force_login(translator)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    submit_url = reverse("editorial_submit_translation", args=[translation.pk])
    assert submit_url in editor  # the translation editor offers "Submit for review"

    # The translator changes one segment in the translation editor, then submits.
    StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=page.locale,
        context=segment.context,
        defaults={"data": "Résumé révisé.", "last_translated_by": translator},
    )
    live_before = live_summary(page)
    response = client.post(submit_url)
    assert response.status_code == 302
    assert live_summary(page) == live_before  # a draft revision only: the live page is untouched
    page.refresh_from_db()
    assert page.has_unpublished_changes and page.latest_revision.user == translator
    assert current_task_state(page).workflow_state.requested_by == translator

    assert act(client, reviewer, page, "approve").status_code == 302
    assert live_summary(page) == "Résumé révisé."


def test_translation_submit_needs_edit_rights(client, specialist, chile_specialist, scene_page):
    page = scene_page("country-cl", "fr")
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=page.locale)
    client.force_login(specialist)
    response = client.post(reverse("editorial_submit_translation", args=[translation.pk]))
    assert refused(response)
    page.refresh_from_db()
    assert page.current_workflow_state is None
