"""Workflow emails: who hears about a submission, an approval and a rejection.

Wagtail's own notifiers tell the reviewers about a submission and the submitter about
the outcome. Ours also tell the owners of the tree the page belongs to, never mail the
person who acted, never ask the submitter to review their own work, and put the
reviewer's comment in approval emails too (Wagtail only does so for rejections).
Each email is rendered in the recipient's preferred admin language, as Wagtail does.

``replace_wagtail_notifiers()`` runs from ``EditorialConfig.ready()``, which comes after
``wagtail.admin`` in INSTALLED_APPS so that Wagtail's handlers exist to be replaced.
"""

from wagtail.admin.mail import (
    GroupApprovalTaskStateSubmissionEmailNotifier,
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
)
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected

from editorial.ownership import owners_of


def _page_of(state):
    obj = state.content_object
    return obj if isinstance(obj, Page) else None


def _owners(state):
    page = _page_of(state)
    return set(owners_of(page)) if page is not None else set()


def _last_review(workflow_state):
    """The task state that ended the workflow (approved or rejected), with its comment."""
    return (
        TaskState.objects.filter(workflow_state=workflow_state)
        .exclude(status=TaskState.STATUS_IN_PROGRESS)
        .order_by("-finished_at", "-pk")
        .first()
    )


class ReviewSubmittedNotifier(GroupApprovalTaskStateSubmissionEmailNotifier):
    """A page waits for review: the reviewers (except its submitter) and the tree's owners."""

    def get_recipient_users(self, task_state, **kwargs):
        reviewers = set(super().get_recipient_users(task_state, **kwargs))
        excluded = {task_state.workflow_state.requested_by_id, getattr(kwargs.get("user"), "pk", None)}
        if task_state.revision_id:
            excluded.add(task_state.revision.user_id)
        return {user for user in reviewers | _owners(task_state.workflow_state) if user.pk not in excluded}


class ReviewOutcomeMixin:
    def get_recipient_users(self, workflow_state, **kwargs):
        acting = kwargs.get("user")
        recipients = set(super().get_recipient_users(workflow_state, **kwargs)) | _owners(workflow_state)
        if workflow_state.requested_by is not None:
            recipients.add(workflow_state.requested_by)
        return {user for user in recipients if acting is None or user.pk != acting.pk}

    def get_context(self, workflow_state, **kwargs):
        context = super().get_context(workflow_state, **kwargs)
        review = _last_review(workflow_state)
        if review is not None:
            context["task_state"] = review.specific
            context["task"] = review.task.specific
            context["comment"] = review.specific.get_comment()
            context["reviewer"] = review.finished_by
        return context


class ApprovedNotifier(ReviewOutcomeMixin, WorkflowStateApprovalEmailNotifier):
    pass


class RejectedNotifier(ReviewOutcomeMixin, WorkflowStateRejectionEmailNotifier):
    pass


review_submitted = ReviewSubmittedNotifier()
approved = ApprovedNotifier()
rejected = RejectedNotifier()

REPLACEMENTS = [
    (task_submitted, TaskState, "group_approval_task_submitted_email_notification", review_submitted),
    (workflow_approved, WorkflowState, "workflow_state_approved_email_notification", approved),
    (workflow_rejected, WorkflowState, "workflow_state_rejected_email_notification", rejected),
]


def replace_wagtail_notifiers():
    for signal, sender, dispatch_uid, notifier in REPLACEMENTS:
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
        signal.connect(notifier, sender=sender, dispatch_uid=f"portal_{dispatch_uid}")
