"""Editorial state of pages: workflow status, last review, staleness of translations.

Used by the dashboard panels; each function answers for a whole list of pages with a
fixed number of queries.
"""

from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, TaskState, WorkflowState

from portal.editorial.models import OutdatedTranslation, OwnedTree

REVIEW_INTERVAL = timedelta(days=365)

STATE_LABELS = {
    "in_review": _("In review"),
    "changes_requested": _("Changes requested"),
    "scheduled": _("Scheduled"),
    "draft": _("Draft"),
    "live_with_draft": _("Live, with unpublished changes"),
    "live": _("Live"),
}


def _page_content_type():
    return ContentType.objects.get_for_model(Page)


def workflow_states(pages):
    """page id -> its open workflow status ("in_progress" or "needs_changes")."""
    ids = [str(page.pk) for page in pages]
    states = WorkflowState.objects.filter(
        base_content_type=_page_content_type(),
        object_id__in=ids,
        status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES],
    ).values_list("object_id", "status")
    return {int(object_id): status for object_id, status in states}


def page_state(page, open_workflows):
    status = open_workflows.get(page.pk)
    if status == WorkflowState.STATUS_IN_PROGRESS:
        key = "in_review"
    elif status == WorkflowState.STATUS_NEEDS_CHANGES:
        key = "changes_requested"
    elif page.approved_schedule or (page.go_live_at and page.go_live_at > timezone.now()):
        key = "scheduled"
    elif not page.live:
        key = "draft"
    elif page.has_unpublished_changes:
        key = "live_with_draft"
    else:
        key = "live"
    return key, STATE_LABELS[key]


def last_reviews(pages):
    """page id -> when its content was last approved: the last approved review, else the last publication."""
    ids = [str(page.pk) for page in pages]
    approved = dict(
        TaskState.objects.filter(
            workflow_state__base_content_type=_page_content_type(),
            workflow_state__object_id__in=ids,
            status=TaskState.STATUS_APPROVED,
        )
        .values("workflow_state__object_id")
        .annotate(last=Max("finished_at"))
        .values_list("workflow_state__object_id", "last")
    )
    result = {}
    for page in pages:
        dates = [date for date in (approved.get(str(page.pk)), page.last_published_at) if date]
        result[page.pk] = max(dates) if dates else None
    return result


def stale_translations(pages):
    """(translation page, source page, since) for the live translations among ``pages`` marked out of date.

    The marks are written when a source is published with changed text (``portal.editorial.outdated``).
    """
    live = {(page.translation_key, page.locale_id): page for page in pages if page.live and not page.alias_of_id}
    keys = {key for key, _locale in live}
    marks = list(
        OutdatedTranslation.objects.filter(translation__source__object_id__in=keys, translation__enabled=True)
        .select_related("translation__source")
        .order_by("since")
    )
    sources = {
        (page.translation_key, page.locale_id): page
        for page in Page.objects.filter(
            translation_key__in=keys, locale_id__in={mark.translation.source.locale_id for mark in marks}
        ).select_related("locale")
    }
    stale = []
    for mark in marks:
        key = mark.translation.source.object_id
        page = live.get((key, mark.translation.target_locale_id))
        source = sources.get((key, mark.translation.source.locale_id))
        if page is not None and source is not None:
            stale.append((page, source, mark.since))
    return stale


def tree_pages_for(user):
    """The pages of the trees ``user`` owns, tree by tree."""
    trees = OwnedTree.objects.filter(owners=user).select_related("root")
    return [
        (tree, list(tree.tree_pages().select_related("locale").annotate_approved_schedule().order_by("path")))
        for tree in trees
    ]


def needs_attention(pages, now=None):
    """Pages not reviewed for REVIEW_INTERVAL, and translations out of date with their source."""
    now = now or timezone.now()
    reviewed = last_reviews(pages)
    overdue = [
        (page, reviewed[page.pk])
        for page in pages
        if page.live and (reviewed[page.pk] is None or now - reviewed[page.pk] > REVIEW_INTERVAL)
    ]
    return overdue, stale_translations(pages)
