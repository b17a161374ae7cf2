"""What reviewers may open for a page awaiting their review: the diff, the history, the revisions.

The gap in Wagtail (8.0): a group approval task lets its reviewers into the page editor
while the page waits for them (``PagePermissionTester.can_edit`` asks the current task's
``user_can_access_editor``), and the compare, revision preview and history views check
exactly that object permission (``can_publish() or can_edit()``). But before it, three of
them also demand a page permission somewhere in the tree, which reviewers do not hold
(approval publishes through the workflow, see ``roles.py``):

- ``wagtail.admin.views.pages.revisions.RevisionsCompareView.dispatch`` and
  ``RevisionsView`` (``user_passes_test(user_has_any_page_permission)``): "Sorry, you do not
  have permission to access this area" and back to the dashboard;
- ``wagtail.admin.views.pages.history.PageHistoryView`` (``any_permission_required`` =
  add/change/delete on pages, site-wide): a 403.

So a reviewer sees the submission in the editor but not what changed compared with the
live page, nor its history. No upstream issue was found for it (wagtail/wagtail#5426 is
why the object check exists); this module goes away when Wagtail lets these views rely on
their object check alone.

The views below are Wagtail's, mounted through Wagtail's own mechanism for page views (a
``PageViewSet`` registered with ``register_admin_viewset``). Each skips the tree-wide gate
only for a user the page's current task lets into the editor (``under_review_by``), and
keeps the object check: nothing more opens on a page that does not await their review.
The workflow action view adds a confirmation message in the reviewer's language and, when
the reviewer may no longer open the page's editor (it is live, or sent back), lands them
on the dashboard instead of a refusal.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.messages import render as render_message
from wagtail.admin.views.pages.history import PageHistoryView
from wagtail.admin.views.pages.revisions import RevisionsCompareView, RevisionsView
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page, TaskState
from wagtail_localize.models import Translation


def under_review_by(page, user):
    """Whether ``page`` waits at a task that lets ``user`` into its editor (a reviewer of that task)."""
    if not user.is_active or not isinstance(page, Page):
        return False
    task = page.current_workflow_task
    return task is not None and task.user_can_access_editor(page, user)


class ReviewRevisionsCompareView(RevisionsCompareView):
    template_name = "editorial/review/compare.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs, review=review_context(self.request, self.object))

    def dispatch(self, request, *args, **kwargs):
        if under_review_by(self.object, request.user):
            # Past the tree-wide gate only; ``get_object`` (run in ``setup``) checked the page itself.
            return super(RevisionsCompareView, self).dispatch(request, *args, **kwargs)
        return super().dispatch(request, *args, **kwargs)


class ReviewRevisionsView(RevisionsView):
    def dispatch(self, request, *args, **kwargs):
        if under_review_by(self.object, request.user):
            return super(RevisionsView, self).dispatch(request, *args, **kwargs)
        return super().dispatch(request, *args, **kwargs)


class ReviewPageHistoryView(PageHistoryView):
    def user_has_any_permission(self, permissions):
        return super().user_has_any_permission(permissions) or under_review_by(self.object, self.request.user)


def confirm_review_action(request, page, action_name, instead_of_saved=False):
    """The reviewer's confirmation of an approval or a request for changes (Wagtail's messages).

    ``instead_of_saved``: from the editor, where Wagtail has just said "Page '…' has been
    updated." (it saves the form before acting on the task); this message says what happened
    instead, so the reviewer reads one confirmation, not two.
    """
    title = page.get_admin_display_title()
    page = Page.objects.get(pk=page.pk)
    if action_name == "approve":
        if page.current_workflow_state is not None:
            text = _("You approved “%(title)s”; it moves on to the next review step.")
        elif page.live and not page.has_unpublished_changes:
            text = _("You approved “%(title)s”: it is now live.")
        else:
            text = _("You approved “%(title)s”: it goes live at its scheduled date.")
    elif action_name == "reject":
        text = _("You requested changes to “%(title)s”. Its authors have been notified with your comment.")
    else:
        return
    if instead_of_saved:
        # Wagtail's own words, as its edit view wrote them (one msgid: the same translation in both places).
        saved = render_message(_("Page '%(page_title)s' has been updated.") % {"page_title": title}, None)
        kept = [message for message in messages.get_messages(request) if message.message != saved]
        for message in kept:  # reading the messages consumed them: queue again all but that one
            messages.add_message(request, message.level, message.message, extra_tags=message.extra_tags)
    messages.success(request, text % {"title": title})


class ReviewWorkflowActionView(WorkflowActionView):
    def post(self, request, *args, **kwargs):
        before = self.task_state.status
        response = super().post(request, *args, **kwargs)
        if TaskState.objects.get(pk=self.task_state.pk).status == before:
            return response  # nothing done (an invalid form): no confirmation, Wagtail's answer
        confirm_review_action(request, self.object, self.action_name)
        page = Page.objects.get(pk=self.object.pk)
        if page.permissions_for_user(request.user).can_edit():
            return response
        # Wagtail sends the reviewer back to the editor, or to where they came from (the diff): both are
        # closed to them now that the page no longer awaits their review. The dashboard instead.
        self.redirect_url = reverse("wagtailadmin_home")
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            return self.render_modal_json(request, {"step": "success", "redirect": self.redirect_url})
        return redirect(self.redirect_url)


class ReviewPageViewSet(PageViewSet):
    """Wagtail's page views for every page type, with the reviewer's access above."""

    model = Page
    revisions_compare_view_class = ReviewRevisionsCompareView
    revisions_view_class = ReviewRevisionsView
    history_view_class = ReviewPageHistoryView
    workflow_action_view_class = ReviewWorkflowActionView


page_viewset = ReviewPageViewSet()


def translation_of(page):
    """The wagtail-localize translation that ``page`` is the target of, or None (a source page)."""
    if not isinstance(page, Page):
        return None
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "source__locale", "target_locale")
        .first()
    )


def review_context(request, page):
    """What the review bar shows for ``page`` if it awaits review (None otherwise)."""
    from editorial.models import submitter_of

    state = page.current_workflow_state
    task_state = state.current_task_state if state is not None else None
    if task_state is None or task_state.status != TaskState.STATUS_IN_PROGRESS:
        return None
    task = task_state.task.specific
    revision = task_state.revision
    translation = translation_of(page)
    return {
        "page": page,
        "task_state": task_state,
        "revision": revision,
        "submitted_by": state.requested_by.get_full_name() or state.requested_by.get_username()
        if state.requested_by
        else "—",
        "submitted_at": task_state.started_at,
        "compare_url": reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, "live", revision.pk])
        if page.live_revision_id
        else None,
        "translation_review_url": reverse("editorial_translation_review", args=[page.pk]) if translation else None,
        "preview_url": reverse("wagtailadmin_pages:workflow_preview", args=[page.pk, task.pk])
        if page.is_previewable()
        else None,
        "history_url": reverse("wagtailadmin_pages:history", args=[page.pk]),
        "workflow_action_url_name": "wagtailadmin_pages:workflow_action",
        "object_pk": page.pk,
        "actions": task.get_actions(page, request.user),
        "is_author": request.user.pk in submitter_of(task_state),
    }


def announce_review_in_editor(request, page):
    """``before_edit_page``: a reviewer opening the editor of a page awaiting them is pointed at the diff.

    Reviewing is reading what changed; the editor shows the whole page, where a stray keystroke
    becomes part of what gets approved.
    """
    from wagtail.admin import messages as admin_messages

    if request.method != "GET" or not under_review_by(page, request.user):
        return
    review = review_context(request, page)
    if review is None or not review["actions"]:
        return
    buttons = []
    if review["compare_url"]:
        buttons.append(admin_messages.button(review["compare_url"], _("Compare with live version")))
    if review["translation_review_url"]:
        buttons.append(admin_messages.button(review["translation_review_url"], _("Compare source and translation")))
    if review["preview_url"] and not buttons:
        buttons.append(admin_messages.button(review["preview_url"], _("Preview"), new_window=True))
    admin_messages.info(
        request,
        _("“%(title)s” awaits your review. Review the changes before you approve or request changes.")
        % {"title": page.get_admin_display_title()},
        buttons=buttons,
    )


def announce_requested_changes(request, page):
    """``before_edit_page``: whoever may edit a page sent back by a reviewer reads why, at the top of the editor.

    Wagtail keeps the reviewer's comment in the workflow history and the status panel, where an
    author opening the editor to make the changes does not see it.
    """
    from wagtail.admin import messages as admin_messages
    from wagtail.models import WorkflowState

    from editorial.people import display_name

    if request.method != "GET" or not isinstance(page, Page):
        return
    state = page.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return
    if not page.permissions_for_user(request.user).can_edit():
        return
    task_state = state.current_task_state
    if task_state is None:
        return
    reviewer = display_name(task_state.finished_by) if task_state.finished_by else _("A reviewer")
    if task_state.comment:
        text = _("%(reviewer)s requested changes to “%(title)s”: “%(comment)s” Make them, then resubmit it.")
    else:
        text = _("%(reviewer)s requested changes to “%(title)s”. Make them, then resubmit it.")
    admin_messages.warning(
        request,
        text % {"reviewer": reviewer, "title": page.get_admin_display_title(), "comment": task_state.comment},
        buttons=[admin_messages.button(reverse("wagtailadmin_pages:history", args=[page.pk]), _("History"))],
    )
