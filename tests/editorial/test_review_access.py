"""Reviewers see what they approve, and nothing more: the diff, history, revisions and preview of pages
awaiting their review; the confirmation after approving or requesting changes; four eyes over every
author since the last publication."""

import pytest
from django.urls import reverse
from wagtail.models import TaskState, WorkflowState
from wagtail.test.utils.form_data import rich_text
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from editorial.models import submitter_of
from editorial.review_access import under_review_by
from tests.editorial.test_dashboard_queries import section
from tests.editorial.test_workflow import act, current_task_state, live_summary, refused, submit
from tests.helpers import edit_page_as_browser

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

CHANGED = "Cobertura ampliada en 2026 para trabajadores independientes."


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


@pytest.fixture
def submitted(client, specialist, scene_page):
    """The Ecuador profile, its summary changed by the specialist and submitted for review."""
    page = scene_page("country-ec")
    submit(client, specialist, page, CHANGED)
    page.refresh_from_db()
    return page


def review_urls(page, revision_id):
    return {
        "compare": reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, "live", revision_id]),
        "history": reverse("wagtailadmin_pages:history", args=[page.pk]),
        "revision": reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision_id]),
        "preview": reverse("wagtailadmin_pages:workflow_preview", args=[page.pk, current_task_state(page).task_id]),
    }


def test_reviewer_holds_no_page_permission(reviewer, submitted, scene_page):
    """The access below comes from the review task alone: outside a review the reviewer may edit nothing."""
    assert not scene_page("country-pe").permissions_for_user(reviewer).can_edit()
    assert submitted.permissions_for_user(reviewer).can_edit()  # the task lets them into this editor
    assert not submitted.permissions_for_user(reviewer).can_publish()
    assert under_review_by(submitted, reviewer)


def test_reviewer_opens_diff_history_revision_and_preview_of_a_page_in_review(client, reviewer, submitted):
    revision_id = current_task_state(submitted).revision_id
    client.force_login(reviewer)
    urls = review_urls(submitted, revision_id)

    compare = client.get(urls["compare"])
    assert compare.status_code == 200
    html = compare.content.decode()
    assert '<span class="addition">' in html and "trabajadores independientes" in html
    assert "There are no differences" not in html
    # The review bar: the actions of the task, for this task state.
    assert (
        reverse("wagtailadmin_pages:workflow_action", args=[submitted.pk, "approve", current_task_state(submitted).pk])
        in html
    )

    history = client.get(urls["history"])
    assert history.status_code == 200
    assert "Ecuador" in history.content.decode()

    revision = client.get(urls["revision"])
    assert revision.status_code == 200
    assert CHANGED in revision.content.decode()

    preview = client.get(urls["preview"])
    assert preview.status_code == 200
    body = preview.content.decode()
    assert CHANGED in body
    assert 'class="review-banner"' in body


@pytest.mark.parametrize("view", ["compare", "history", "revision"])
def test_reviewer_is_refused_on_a_page_not_in_review(client, reviewer, submitted, view, scene_page):
    peru = scene_page("country-pe")
    revision = peru.save_revision()  # a draft nobody submitted
    client.force_login(reviewer)
    urls = {
        "compare": reverse("wagtailadmin_pages:revisions_compare", args=[peru.pk, "live", revision.pk]),
        "history": reverse("wagtailadmin_pages:history", args=[peru.pk]),
        "revision": reverse("wagtailadmin_pages:revisions_view", args=[peru.pk, revision.pk]),
    }
    response = client.get(urls[view])
    assert refused(response)
    assert "Perú" not in response.content.decode()


def test_access_ends_with_the_review(client, reviewer, submitted):
    revision_id = current_task_state(submitted).revision_id
    urls = review_urls(submitted, revision_id)
    assert act(client, reviewer, submitted, "approve").status_code == 302
    for name in ("compare", "history", "revision"):
        assert refused(client.get(urls[name])), name


def test_someone_without_the_review_task_is_refused(client, translator, moderator, submitted):
    revision_id = current_task_state(submitted).revision_id
    urls = review_urls(submitted, revision_id)
    for user in (translator, moderator):
        client.force_login(user)
        for name in ("compare", "history", "revision"):
            assert refused(client.get(urls[name])), (user, name)


def test_the_editor_points_the_reviewer_to_the_diff(client, reviewer, specialist, submitted):
    compare = reverse(
        "wagtailadmin_pages:revisions_compare", args=[submitted.pk, "live", current_task_state(submitted).revision_id]
    )
    client.force_login(reviewer)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[submitted.pk]))
    assert response.status_code == 200
    assert "“Ecuador” awaits your review." in " ".join(messages_of(response))
    assert compare in response.content.decode()
    # Not for its author, who is no reviewer of it.
    client.force_login(specialist)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[submitted.pk]))
    assert "awaits your review" not in " ".join(messages_of(response))


def test_review_queue_titles_link_to_the_diff(client, reviewer, submitted):
    client.force_login(reviewer)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    compare = reverse(
        "wagtailadmin_pages:revisions_compare", args=[submitted.pk, "live", current_task_state(submitted).revision_id]
    )
    title_cell = html.split('<td class="title">', 1)[1].split("</td>", 1)[0]
    assert f'href="{compare}"' in title_cell and "Ecuador" in title_cell
    assert "Compare with previous version" not in html


def test_approving_from_the_diff_confirms_on_the_dashboard(client, reviewer, submitted):
    client.force_login(reviewer)
    task_state = current_task_state(submitted)
    compare = reverse("wagtailadmin_pages:revisions_compare", args=[submitted.pk, "live", task_state.revision_id])
    url = reverse("wagtailadmin_pages:workflow_action", args=[submitted.pk, "approve", task_state.pk])
    response = client.post(url, {"comment": "", "next": compare}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")
    assert "You approved “Ecuador”: it is now live." in messages_of(response)
    assert live_summary(submitted) == CHANGED


def test_requesting_changes_confirms_and_keeps_the_live_text(client, reviewer, submitted, scene_page):
    before = scene_page("country-ec").summary
    client.force_login(reviewer)
    task_state = current_task_state(submitted)
    url = reverse("wagtailadmin_pages:workflow_action", args=[submitted.pk, "reject", task_state.pk])
    response = client.post(url, {"comment": "Cite the 2024 law."}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")
    assert "You requested changes to “Ecuador”. Its authors have been notified with your comment." in messages_of(
        response
    )
    assert "permission" not in response.content.decode().lower()
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_REJECTED
    assert live_summary(submitted) == before


def test_approving_in_the_editor_confirms(client, reviewer, submitted):
    client.force_login(reviewer)
    response = edit_page_as_browser(
        client, submitted, {"workflow-action-name": "approve"}, action="action-workflow-action"
    )
    dashboard = client.get(response.url)
    assert "You approved “Ecuador”: it is now live." in messages_of(dashboard)
    # One confirmation: not also Wagtail's "Page 'Ecuador' has been updated." of the form's save.
    assert not any("has been updated" in message for message in messages_of(dashboard))


def test_a_refused_action_gets_no_confirmation(client, editor, reviewer, scene_page):
    editor.groups.add(reviewer.groups.get(name="Reviewers"))
    page = scene_page("country-ec")
    submit(client, editor, page, "Own text.")
    response = act(client, editor, page, "approve")
    assert refused(response)
    assert not any("You approved" in str(m) for m in response.wsgi_request._messages)


def test_preview_of_a_page_not_in_review_has_no_banner(client, specialist, scene_page):
    page = scene_page("country-ec")
    client.force_login(specialist)
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
    assert response.status_code == 200
    assert 'class="review-banner"' not in response.content.decode()
    # Nor does the public page.
    client.logout()
    assert 'class="review-banner"' not in client.get(page.url).content.decode()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Borrador pendiente de revisión"),
        ("fr", "Brouillon en attente de relecture"),
        ("en", "Draft awaiting review"),
    ],
)
def test_preview_banner_in_the_page_language(client, specialist, reviewer, language, text, scene_page):
    page = scene_page("country-ec", language)
    if language == "es":
        submit(client, specialist, page, CHANGED)
    else:
        client.force_login(specialist)
        page.save_revision(user=specialist)
        page.get_workflow().start(page, specialist)
    client.force_login(reviewer)
    url = reverse("wagtailadmin_pages:workflow_preview", args=[page.pk, current_task_state(page).task_id])
    html = client.get(url).content.decode()
    assert text in html
    # The reviewer's way from the preview to the actions (a new page's queue row opens its preview).
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert f'<a href="{edit_url}">{REVIEW_LINK[language]}</a>' in html
    # The author's preview says it is a draft awaiting review, with nothing to approve.
    from django.template import Context, Template
    from django.test import RequestFactory
    from django.utils import translation

    request = RequestFactory().get("/")
    request.user, request.is_preview = specialist, True
    with translation.override(language):
        html = Template("{% load editorial_tags %}{% review_banner page %}").render(
            Context({"request": request, "page": type(page).objects.get(pk=page.pk)})
        )
    assert text in html and REVIEW_LINK[language] not in html


REVIEW_LINK = {
    "es": "Aprobar o pedir cambios",
    "fr": "Approuver ou demander des modifications",
    "en": "Approve or request changes",
}


# Four eyes, stated fully.


def test_reviewer_who_wrote_the_draft_cannot_approve_what_a_co_owner_submits(
    client, specialist, reviewer, second_reviewer, ecuador_tree, scene_page
):
    """A specialist-reviewer writes a draft; a co-owner submits it unchanged: the writer may not approve it."""
    from django.contrib.auth.models import Group

    writer = second_reviewer
    writer.groups.add(Group.objects.get(name="Specialists"))
    ecuador_tree.owners.add(writer)
    page = scene_page("country-ec")
    client.force_login(writer)
    edit_page_as_browser(client, page, {"summary": "Texto del especialista-revisor."})  # a draft only
    page.refresh_from_db()
    assert page.latest_revision.user == writer
    client.force_login(specialist)
    response = edit_page_as_browser(client, page, {}, action="action-submit")  # the co-owner submits it as is
    assert response.status_code == 302
    task_state = current_task_state(page)
    assert task_state.workflow_state.requested_by == specialist

    assert task_state.task.specific.get_actions(page, writer) == []
    for action in ("approve", "reject"):
        assert refused(act(client, writer, page, action))
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_IN_PROGRESS
    assert live_summary(page) != "Texto del especialista-revisor."
    # The writer's queue leaves it out; another reviewer approves it.
    client.force_login(writer)
    assert "Ecuador" not in section(client.get(reverse("wagtailadmin_home")).content.decode(), "awaiting-review")
    assert act(client, reviewer, page, "approve").status_code == 302
    assert live_summary(page) == "Texto del especialista-revisor."


def test_authors_before_the_last_publication_may_review_again(client, specialist, reviewer, editor, scene_page):
    """Writing an earlier, published version does not bar anyone: only revisions since it count."""
    editor.groups.add(reviewer.groups.get(name="Reviewers"))
    page = scene_page("country-ec")
    page.save_revision(user=editor).publish(user=editor)  # the editor's text is live
    submit(client, specialist, page, "Nuevo texto.")
    assert act(client, editor, page, "approve").status_code == 302
    assert live_summary(page) == "Nuevo texto."
    assert not WorkflowState.objects.filter(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS).exists()


# Translations: source and translation side by side.


def submit_french_summary(client, translator, text, page):
    """The translator submits ``page`` (a French translation) with ``text`` as its summary."""
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=page.locale)
    segment = StringSegment.objects.get(source=translation.source, context__path="summary")
    StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=page.locale,
        context=segment.context,
        defaults={"data": text, "last_translated_by": translator},
    )
    client.force_login(translator)
    assert client.post(reverse("editorial_submit_translation", args=[translation.pk])).status_code == 302
    page.refresh_from_db()
    return page


def test_translation_review_shows_source_and_translation_with_changes_marked(client, translator, reviewer, scene_page):
    live_french = scene_page("country-ec", "fr").summary
    page = submit_french_summary(client, translator, "Résumé révisé pour la relecture.", scene_page("country-ec", "fr"))
    client.force_login(reviewer)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    url = reverse("editorial_translation_review", args=[page.pk])
    assert url in html  # offered in the queue

    response = client.get(url)
    assert response.status_code == 200
    rows = response.context["rows"]
    summary = next(row for row in rows if row["path"] == "summary")
    assert summary["source"] == scene_page("country-ec").summary
    assert summary["translation"] == "Résumé révisé pour la relecture."
    assert summary["live"] == live_french and summary["changed"]
    assert [row["path"] for row in rows if row["changed"]] == ["summary"]
    body = response.content.decode()
    assert "<ins>Résumé révisé pour la relecture.</ins>" in body
    assert "translation-review__row--changed" in body
    assert 'lang="es"' in body and 'lang="fr"' in body


def test_translation_review_is_refused_outside_review_and_for_source_pages(
    client, reviewer, translator, submitted, scene_page
):
    client.force_login(reviewer)
    # A translation not in review: the reviewer has no business there.
    assert refused(client.get(reverse("editorial_translation_review", args=[scene_page("country-pe", "fr").pk])))
    # A source page in review is no translation: its review is the diff against the live version.
    response = client.get(reverse("editorial_translation_review", args=[submitted.pk]))
    compare = reverse(
        "wagtailadmin_pages:revisions_compare", args=[submitted.pk, "live", current_task_state(submitted).revision_id]
    )
    assert response.status_code == 302 and response.url == compare


@pytest.mark.parametrize(("language", "label"), [("en", "Comment"), ("es", "Comentario"), ("fr", "Commentaire")])
def test_the_comment_field_speaks_the_reviewers_language(client, reviewer, submitted, language, label):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(reviewer)
    profile.preferred_language = language
    profile.save()
    client.force_login(reviewer)
    url = reverse("wagtailadmin_pages:workflow_action", args=[submitted.pk, "reject", current_task_state(submitted).pk])
    html = client.get(url, headers={"x-requested-with": "XMLHttpRequest"}).content.decode()
    assert f"{label}" in html
    assert label == "Comentario" or "Comentario" not in html


def test_the_translation_editor_points_the_reviewer_to_the_side_by_side_view(client, translator, reviewer, scene_page):
    page = submit_french_summary(client, translator, "Résumé à relire.", scene_page("country-ec", "fr"))
    url = reverse("editorial_translation_review", args=[page.pk])
    client.force_login(reviewer)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "awaits your review." in html and url in html
    # The translator, who submitted it, is not asked to review it.
    client.force_login(translator)
    assert "awaits your review." not in client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()


def test_the_author_reads_the_reviewers_comment_at_the_top_of_the_editor(client, specialist, reviewer, scene_page):
    """Changes requested: whoever may edit the page reads why on opening it, in their language; others do not."""
    from tests.editorial.test_workflow import act

    page = scene_page("country-ec")
    submit(client, specialist, page, CHANGED)
    act(client, reviewer, page, "reject", "Cite la ley, por favor.")
    client.force_login(specialist)  # admin in Spanish
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "Rafael Reviewer pidió cambios en «Ecuador»: «Cite la ley, por favor.»" in html
    client.force_login(reviewer)  # no edit right on the page any more: no message (and no way in)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert "Cite la ley" not in response.content.decode()


def test_approving_a_page_with_empty_rich_text_in_the_editor_before_its_scripts_ran(
    client, specialist, reviewer, scene_page
):
    """A good practice whose long texts are still empty, approved in the editor as it was sent by the
    server (before the rich text editor's script replaced its empty fields): the form is unchanged,
    no revision is written in the reviewer's name, and the four-eyes rule does not turn the
    approval into "no permission". It goes live, with no empty paragraphs."""
    from casestudies.models import CaseStudyPage
    from tests.editorial.test_specialist_publishing import create_draft, good_practice_data

    ecuador = scene_page("country-ec")
    client.force_login(specialist)
    data = good_practice_data(country=ecuador.pk, countries=[ecuador], slug="cotizacion-hogar-sin-textos")
    data["action-submit"] = "action-submit"
    page = create_draft(client, ecuador, CaseStudyPage, data)
    assert page.workflow_in_progress
    revisions = page.revisions.count()

    client.force_login(reviewer)
    response = edit_page_as_browser(client, page, {"workflow-action-name": "approve"}, action="action-workflow-action")
    dashboard = client.get(response.url)
    assert f"You approved “{page.title}”: it is now live." in messages_of(dashboard)
    assert "permission" not in dashboard.content.decode().lower()
    page.refresh_from_db()
    assert page.live
    assert page.revisions.count() == revisions
    assert not page.revisions.filter(user=reviewer).exists()
    assert page.specific.challenge == "" and page.specific.lessons_learned == ""


def test_an_empty_rich_text_field_as_the_server_renders_it_is_sent_back_empty():
    from casestudies.models import CaseStudyPage
    from portal.upstream.rich_text import is_blank_html

    field = CaseStudyPage._meta.get_field("challenge").formfield()
    rendered = field.widget.format_value("")
    assert '"text": ""' in rendered  # one empty paragraph until the script replaces it
    assert field.widget.value_from_datadict({"challenge": rendered}, {}, "challenge") == ""
    assert not field.has_changed("", field.widget.value_from_datadict({"challenge": rendered}, {}, "challenge"))
    state = field.widget.format_value("<p>Texto</p>")
    assert "Texto" in field.widget.value_from_datadict({"challenge": state}, {}, "challenge")
    # Blank: empty paragraphs and headings, spaces; content: text, an image, a rule (in fields allowing them).
    assert is_blank_html('<p data-block-key="a"></p><h3> </h3><p>&nbsp;<br/></p>')
    for content in ("<p>Texto</p>", '<embed embedtype="image" id="1" format="fullwidth" alt="Mapa"/>', "<hr/>"):
        assert not is_blank_html(content)


def test_approving_in_the_editor_with_edited_text_says_why_nothing_happened(client, reviewer, submitted):
    """A reviewer who edits the summary and clicks Approve: refused before anything is saved, with the
    reason in their admin language and their edit still in the form; the review goes on."""
    revisions = submitted.revisions.count()
    client.force_login(reviewer)
    response = edit_page_as_browser(
        client,
        submitted,
        {"summary": rich_text("<p>Texto corregido por la revisora.</p>"), "workflow-action-name": "approve"},
        action="action-workflow-action",
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "a reviewer cannot approve or reject their own changes" in html
    assert "do not have permission to access this area" not in html
    assert "Texto corregido por la revisora." in html  # nothing typed is lost
    submitted.refresh_from_db()
    assert submitted.revisions.count() == revisions
    assert not submitted.revisions.filter(user=reviewer).exists()
    assert live_summary(submitted) != CHANGED
    assert current_task_state(submitted).status == TaskState.STATUS_IN_PROGRESS


def comment_on(field, text):
    """The editor's comments formset with one new comment on ``field``, as the browser posts it."""
    return {
        "comments-TOTAL_FORMS": "1",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
        "comments-0-id": "",
        "comments-0-contentpath": field,
        "comments-0-text": text,
        "comments-0-position": "",
        "comments-0-resolved": "",
        "comments-0-replies-TOTAL_FORMS": "0",
        "comments-0-replies-INITIAL_FORMS": "0",
        "comments-0-replies-MIN_NUM_FORMS": "0",
        "comments-0-replies-MAX_NUM_FORMS": "1000",
    }


def test_a_reviewer_comments_in_the_editor_and_requests_changes(client, specialist, reviewer, submitted):
    """A comment on the summary, then "Request changes": the request goes through (a comment is not
    writing the page), the comment is there for the specialist, and after the specialist's fix the
    same reviewer may approve."""
    client.force_login(reviewer)
    task_state = current_task_state(submitted)
    response = edit_page_as_browser(
        client,
        submitted,
        {**comment_on("summary", "Cite the 2024 law."), "workflow-action-name": "reject"},
        action="action-workflow-action",
    )
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    dashboard = client.get(response.url)
    assert "You requested changes to “Ecuador”." in " ".join(messages_of(dashboard))
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_REJECTED
    submitted.refresh_from_db()
    assert submitted.wagtail_admin_comments.get().text == "Cite the 2024 law."

    submit(client, specialist, submitted, rich_text("<p>Cobertura ampliada por la ley de 2024.</p>"))
    assert reviewer.pk not in submitter_of(current_task_state(submitted))
    client.force_login(reviewer)
    response = edit_page_as_browser(
        client, submitted, {"workflow-action-name": "approve"}, action="action-workflow-action"
    )
    assert "You approved “Ecuador”: it is now live." in messages_of(client.get(response.url))
    assert "ley de 2024" in live_summary(submitted)


def test_a_reviewer_who_changed_a_field_and_commented_is_still_an_author(reviewer, submitted):
    """Only comments are left out: a revision that also changes the text is writing."""
    from editorial.models import CommentOnlyRevision

    page = submitted.get_latest_revision_as_object()
    page.summary = "<p>Texto de la revisora.</p>"
    revision = page.save_revision(user=reviewer)
    assert not CommentOnlyRevision.objects.filter(revision=revision).exists()
    assert reviewer.pk in submitter_of(current_task_state(submitted))
