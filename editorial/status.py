"""Editorial state of pages: workflow status, last review, staleness of translations.

Used by the dashboard panels. Every function answers with a fixed number of queries,
whatever the number of pages: the per-page functions take a short list of pages (a page
of a listing); the others take a scope (a ``Q`` on ``Page``) and count or pick in the
database, returning at most ``limit`` pages.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import (
    Case,
    CharField,
    Count,
    Exists,
    F,
    IntegerField,
    Max,
    OuterRef,
    Q,
    Value,
    When,
    Window,
)
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Revision, TaskState, WorkflowState

from editorial.models import OutdatedTranslation, OwnedTree

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


def _page_id_as_object_id():
    """The outer page's id as the text ``object_id`` of workflow states and revisions."""
    return Cast(OuterRef("pk"), output_field=CharField())


# Per page, for a short list of pages.


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


# Trees and scopes.


def owned_trees(user):
    """The trees ``user`` owns, each with its root in every locale: [(tree, [root, …])], in two queries.

    Each tree's roots come in the order of ``WAGTAIL_CONTENT_LANGUAGES`` (the source language first).
    """
    trees = list(OwnedTree.objects.filter(owners=user).select_related("root"))
    if not trees:
        return []
    order = {code: index for index, (code, _name) in enumerate(settings.WAGTAIL_CONTENT_LANGUAGES)}
    roots = {}
    for root in Page.objects.filter(translation_key__in=[tree.translation_key for tree in trees]).select_related(
        "locale"
    ):
        roots.setdefault(root.translation_key, []).append(root)
    return [
        (
            tree,
            sorted(
                roots.get(tree.translation_key, []),
                key=lambda page: (order.get(page.locale.language_code, len(order)), page.path),
            ),
        )
        for tree in trees
    ]


def scope_of(roots):
    """A ``Q`` on ``Page``: the given roots and every page below them (none if there are no roots)."""
    query = Q(pk__in=[])
    for root in roots:
        query |= Q(path__startswith=root.path)
    return query


# Counted and picked in the database, for any number of pages.


def _open_workflow(status):
    return Exists(
        WorkflowState.objects.filter(
            base_content_type=_page_content_type(), object_id=_page_id_as_object_id(), status=status
        )
    )


def state_expression(now=None):
    """The state of ``page_state`` as an SQL expression (same keys, same precedence)."""
    now = now or timezone.now()
    approved_schedule = Exists(
        Revision.page_revisions.exclude(approved_go_live_at__isnull=True).filter(object_id=_page_id_as_object_id())
    )
    return Case(
        When(_open_workflow(WorkflowState.STATUS_IN_PROGRESS), then=Value("in_review")),
        When(_open_workflow(WorkflowState.STATUS_NEEDS_CHANGES), then=Value("changes_requested")),
        When(approved_schedule, then=Value("scheduled")),
        When(go_live_at__gt=now, then=Value("scheduled")),
        When(live=False, then=Value("draft")),
        When(has_unpublished_changes=True, then=Value("live_with_draft")),
        default=Value("live"),
        output_field=CharField(),
    )


def state_counts(roots, now=None):
    """root id -> {state: number of pages} for each root and the pages below it, in one query."""
    counts = {root.pk: {} for root in roots}
    if not roots:
        return counts
    root_of = Case(
        *[When(path__startswith=root.path, then=Value(root.pk)) for root in roots],
        output_field=IntegerField(),
    )
    rows = (
        Page.objects.filter(scope_of(roots))
        .annotate(tree_root=root_of, state=state_expression(now))
        .order_by()
        .values("tree_root", "state")
        .annotate(number=Count("pk"))
    )
    for row in rows:
        counts[row["tree_root"]][row["state"]] = row["number"]
    return counts


def recently_changed(scope, limit):
    """The ``limit`` pages of ``scope`` with the newest revisions, newest first (one query)."""
    return list(
        Page.objects.filter(scope)
        .select_related("locale")
        .annotate_approved_schedule()
        .order_by(F("latest_revision_created_at").desc(nulls_last=True), "-pk")[:limit]
    )


def _approved_reviews():
    """The approved review tasks of the outer page."""
    return TaskState.objects.filter(
        workflow_state__base_content_type=_page_content_type(),
        workflow_state__object_id=_page_id_as_object_id(),
        status=TaskState.STATUS_APPROVED,
        finished_at__isnull=False,
    )


def overdue(scope, limit, now=None):
    """(count, [(page, last review)]): live pages of ``scope`` not reviewed for REVIEW_INTERVAL.

    The last review is the later of the last approved review and the last publication (see
    ``last_reviews``). The pages never published come first, then by date of last publication
    (approving publishes, so that is the order of last review but for pages approved without
    being published since); at most ``limit`` pages; two queries however many pages match.
    """
    now = now or timezone.now()
    cutoff = now - REVIEW_INTERVAL
    # Neither published nor approved since the cutoff: an index-friendly filter, cheap to count.
    pages = Page.objects.filter(
        scope,
        Q(last_published_at__isnull=True) | Q(last_published_at__lt=cutoff),
        ~Exists(_approved_reviews().filter(finished_at__gte=cutoff)),
        live=True,
    )
    # One query: the rows shown, each with the number of all matching rows.
    shown = list(
        pages.select_related("locale")
        .annotate(matching=Window(Count("pk")))
        .order_by(F("last_published_at").asc(nulls_first=True), "path")[:limit]
    )
    if not shown:
        return 0, []
    reviewed = last_reviews(shown)
    return shown[0].matching, [(page, reviewed[page.pk]) for page in shown]


def stale_translations(scope, limit):
    """(count, [(translation page, source page, since)]): live translations in ``scope`` marked out of date.

    The marks are written when a source is published with changed text (``editorial.outdated``).
    Oldest mark first; at most ``limit``; three queries.
    """
    target_in_scope = Page.objects.filter(
        scope,
        translation_key=OuterRef("translation__source__object_id"),
        locale_id=OuterRef("translation__target_locale_id"),
        live=True,
        alias_of__isnull=True,
    )
    marks = (
        OutdatedTranslation.objects.filter(translation__enabled=True)
        .filter(Exists(target_in_scope))
        .select_related("translation__source")
        .order_by("since", "pk")
    )
    count = marks.count()
    marks = list(marks[:limit]) if count else []
    keys = {mark.translation.source.object_id for mark in marks}
    pages = {
        (page.translation_key, page.locale_id): page
        for page in Page.objects.filter(translation_key__in=keys).select_related("locale")
    }
    stale = []
    for mark in marks:
        key = mark.translation.source.object_id
        page = pages.get((key, mark.translation.target_locale_id))
        source = pages.get((key, mark.translation.source.locale_id))
        if page is not None and source is not None:
            stale.append((page, source, mark.since))
    return count, stale


# Translators' work, by locale.


def untranslated(locale_ids, limit):
    """(counts, pages): the pages of ``locale_ids`` still mirroring a live page of another language (aliases).

    ``counts`` is {locale id: number}; ``pages`` the ``limit`` waiting longest (their source first
    published the earliest), each with ``alias_of`` and the locales read. Two queries.
    """
    aliases = Page.objects.filter(locale_id__in=locale_ids, alias_of__isnull=False, alias_of__live=True).exclude(
        alias_of__locale_id=F("locale_id")
    )
    counts = dict(
        aliases.order_by().values("locale_id").annotate(number=Count("pk")).values_list("locale_id", "number")
    )
    if not counts:
        return {}, []
    pages = list(
        aliases.select_related("locale", "alias_of", "alias_of__locale").order_by(
            F("alias_of__first_published_at").asc(nulls_last=True), "path", "locale_id"
        )[:limit]
    )
    return counts, pages


def outdated_counts(locale_ids):
    """{locale id: number of live translations in that locale marked out of date}; one query."""
    target = Page.objects.filter(
        translation_key=OuterRef("translation__source__object_id"),
        locale_id=OuterRef("translation__target_locale_id"),
        live=True,
        alias_of__isnull=True,
    )
    return dict(
        OutdatedTranslation.objects.filter(translation__enabled=True, translation__target_locale_id__in=locale_ids)
        .filter(Exists(target))
        .order_by()
        .values("translation__target_locale_id")
        .annotate(number=Count("pk"))
        .values_list("translation__target_locale_id", "number")
    )
