"""Editorial panels on the Wagtail admin home page (registered in wagtail_hooks.py).

Every panel is bounded: its queries and its size are the same whether the user's trees
hold ten pages or ten thousand. Long lists stop at a few rows and say how many more there
are and where to see them (the explorer, the reports).

- "My trees": each tree the user owns, its root in every locale with a link to the
  explorer, how many pages it holds and how many are in review, sent back, scheduled,
  drafts or live with unpublished changes; then the most recently changed pages of those
  trees with their state and the date of their last review.
- "Awaiting my review": Wagtail's own panel's rows, the oldest twenty submissions first,
  with how many more wait, or "nothing awaits your review" for reviewers; the four-eyes
  task already leaves out the reviewer's own submissions.
- "To translate" (translators): in each of their languages, how many pages still mirror
  their source untranslated and how many translations are out of date; then the ones
  waiting longest, each with the button that starts or opens its translation.
- "Needs attention": pages of my trees (every page, for editors) not reviewed for a
  year, the oldest first, and translations older than their source; then what other apps
  add through the ``editorial_needs_attention`` hook (a function of the user returning HTML,
  or "" when it has nothing: the members' questions waiting too long, qa/wagtail_hooks.py).
"""

from django.conf import settings
from django.db.models import Prefetch, Q, prefetch_related_objects
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import AbstractGroupApprovalTask, Locale, Page, Revision, Task, TaskState, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy

from editorial import status
from editorial.models import ReviewTask, submitters_of
from editorial.start_translation import start_url, translator_locales
from editorial.translation_matrix import STATUS_PERMISSION

# Rows of the "recently changed" list and of each "needs attention" list.
RECENT_LIMIT = 10
# Rows of "Awaiting your review" (the oldest submissions).
REVIEW_LIMIT = 20
ATTENTION_LIMIT = 10
# The states counted in the summary of each tree (pages merely live are the rest).
SUMMARY_STATES = ("in_review", "changes_requested", "scheduled", "draft", "live_with_draft")


class OwnedTrees:
    """The user's trees and their roots, read once per request for both panels."""

    def __init__(self, user):
        self.user = user

    @cached_property
    def trees(self):
        return status.owned_trees(self.user)

    @cached_property
    def roots(self):
        return [root for _tree, roots in self.trees for root in roots]


class MyTreesPanel(Component):
    name = "my_trees"
    template_name = "editorial/dashboard/my_trees.html"
    order = 50

    def __init__(self, user, owned=None):
        self.user = user
        self.owned = owned or OwnedTrees(user)

    def is_shown(self):
        return bool(self.owned.trees)

    def get_context_data(self, parent_context=None):
        counts = status.state_counts(self.owned.roots)
        trees = []
        for tree, roots in self.owned.trees:
            rows = []
            for root in roots:
                by_state = counts[root.pk]
                rows.append(
                    {
                        "root": root,
                        "total": sum(by_state.values()),
                        "states": [
                            {"key": key, "label": status.STATE_LABELS[key], "count": by_state[key]}
                            for key in SUMMARY_STATES
                            if by_state.get(key)
                        ],
                    }
                )
            trees.append({"tree": tree, "rows": rows})

        recent = status.recently_changed(status.scope_of(self.owned.roots), RECENT_LIMIT)
        open_workflows = status.workflow_states(recent)
        reviewed = status.last_reviews(recent)
        recent_rows = []
        for page in recent:
            state, label = status.page_state(page, open_workflows)
            recent_rows.append({"page": page, "state": state, "state_label": label, "last_review": reviewed[page.pk]})
        return {"trees": trees, "recent": recent_rows, "recent_limit": RECENT_LIMIT}

    def render_html(self, parent_context=None):
        return super().render_html(parent_context) if self.is_shown() else ""


class AwaitingMyReviewPanel(WorkflowObjectsToModeratePanel):
    """Wagtail's "Awaiting your review" panel: oldest first, at most ``REVIEW_LIMIT`` rows, in bounded queries.

    Wagtail's panel lists every submission the user may review, newest first, and asks
    the database about each row about sixteen times (the task, the four-eyes check, the
    page's workflow state for its lock, the workflow's tasks). This one builds the same
    rows for the oldest ``REVIEW_LIMIT`` submissions (approving one brings up the next)
    with the specific tasks, the pages' workflow states and the submitters read once for
    all rows; each row still reads its workflow's tasks (one query). It tells how many
    more wait, and says so when nothing waits for someone who reviews.
    Rendered with Wagtail's own row template, its title a link to the diff (``editorial/dashboard/review_queue.html``).
    """

    template_name = "editorial/dashboard/awaiting_review.html"

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        user = request.user
        context = {
            "states": [],
            "request": request,
            "csrf_token": parent_context["csrf_token"],
            "more": 0,
            "reviewer": False,
        }
        if not getattr(settings, "WAGTAIL_WORKFLOW_ENABLED", True):
            return context
        tasks = {task.pk: task for task in Task.objects.filter(active=True).specific()}
        context["reviewer"] = user.is_superuser or any(
            isinstance(task, AbstractGroupApprovalTask) and task.user_can_access_editor(None, user)
            for task in tasks.values()
        )
        reviewable = TaskState.objects.reviewable_by(user)
        total = reviewable.count()
        if not total:
            return context
        states = list(
            reviewable.select_related("revision", "revision__user", "workflow_state", "workflow_state__workflow")
            .prefetch_related("revision__content_object", "revision__content_object__latest_revision")
            .annotate(previous_revision_id=Revision.objects.previous_revision_id_subquery())
            .order_by("started_at", "pk")[:REVIEW_LIMIT]
        )
        pages = [state.revision.content_object for state in states]
        pages = [page for page in pages if isinstance(page, Page)]
        prefetch_related_objects(
            pages,
            Prefetch(
                "_workflow_states",
                queryset=WorkflowState.objects.active().select_related("current_task_state__task"),
                to_attr="_current_workflow_states",
            ),
        )
        translated = translated_pages(pages)
        submitters = submitters_of(states)
        for task in tasks.values():
            if isinstance(task, ReviewTask):
                task.know_submitters(submitters)
        for state in states:
            obj = state.revision.content_object
            if not obj:  # the revision's object is gone (see Wagtail's panel)
                continue
            task = tasks.get(state.task_id) or state.task.specific
            context["states"].append(self.row(state, obj, task, user, translated))
        context["more"] = total - len(states)
        return context

    def row(self, state, obj, task, user, translated=frozenset()):
        """One row as Wagtail's panel builds it (``wagtail.admin.views.home.WorkflowObjectsToModeratePanel``).

        Plus what the row's title opens (``review_url``): for a page, the submitted revision against
        the live one, or its preview if it was never published; and for a translation, the side-by-side
        view of source and translation (``translation_review_url``); for a snippet, its review view
        (its texts beside the source's or the live ones).
        """
        workflow_action_url_name = "wagtailadmin_pages:workflow_action"
        workflow_preview_url_name = "wagtailadmin_pages:workflow_preview"
        revisions_compare_url_name = "wagtailadmin_pages:revisions_compare"
        if not isinstance(obj, Page):  # snippets can have workflows too
            viewset = obj.snippet_viewset
            workflow_action_url_name = viewset.get_url_name("workflow_action")
            workflow_preview_url_name = viewset.get_url_name("workflow_preview")
            revisions_compare_url_name = viewset.get_url_name("revisions_compare")
        if not getattr(obj, "is_previewable", False):
            workflow_preview_url_name = None
        translation_review_url = None
        if not isinstance(obj, Page):
            # Its texts beside the source's or the live ones, and the actions (editorial.translation_review).
            review_url = reverse("editorial_snippet_review", args=[state.pk])
            review_label = _("Read the submission")
        else:
            review_url, review_label = reverse("wagtailadmin_pages:edit", args=[obj.pk]), _("Edit")
            if obj.live_revision_id:
                review_url = reverse(revisions_compare_url_name, args=[obj.pk, "live", state.revision_id])
                review_label = _("Compare with live version")
            elif workflow_preview_url_name:
                review_url = reverse(workflow_preview_url_name, args=[obj.pk, state.task_id])
                review_label = _("Preview")
            if obj.pk in translated:
                translation_review_url = reverse("editorial_translation_review", args=[obj.pk])
        return {
            "review_url": review_url,
            "review_label": review_label,
            "translation_review_url": translation_review_url,
            "obj": obj,
            "revision": state.revision,
            "previous_revision_id": state.previous_revision_id,
            "live_revision_id": obj.live_revision_id,
            "task_state": state,
            "actions": task.get_actions(obj, user),
            "workflow_tasks": state.workflow_state.all_tasks_with_status(),
            "workflow_action_url_name": workflow_action_url_name,
            "workflow_preview_url_name": workflow_preview_url_name,
            "revisions_compare_url_name": revisions_compare_url_name,
        }


# Other apps add their rows to "Needs attention" with this hook: fn(user) -> HTML or "".
NEEDS_ATTENTION_HOOK = "editorial_needs_attention"


class NeedsAttentionPanel(Component):
    name = "needs_attention"
    template_name = "editorial/dashboard/needs_attention.html"
    order = 60

    def __init__(self, user, owned=None):
        self.user = user
        self.owned = owned or OwnedTrees(user)

    @cached_property
    def sees_every_page(self):
        """Editors (who may publish anywhere) look after the whole site; the others after their trees.

        The root page comes from the user's page permissions, which Wagtail has already read for
        this request (finding it in the page table would scan it: ``depth`` has no index).
        """
        user = self.user
        if not user.is_active:
            return False
        if user.is_superuser:
            return True
        roots = {grant.page for grant in PagePermissionPolicy().get_cached_permissions_for_user(user)}
        return any(root.permissions_for_user(user).can_publish_subpage() for root in roots if root.is_root())

    def scope(self):
        if self.sees_every_page:
            return Q(depth__gt=1)
        return status.scope_of(self.owned.roots)

    def get_context_data(self, parent_context=None):
        now = timezone.now()
        if not self.sees_every_page and not self.owned.roots:
            overdue_count, overdue, stale_count, stale = 0, [], 0, []
        else:
            scope = self.scope()
            overdue_count, overdue = status.overdue(scope, ATTENTION_LIMIT, now)
            stale_count, stale = status.stale_translations(scope, ATTENTION_LIMIT)
        return {
            "overdue": overdue,
            "overdue_more": overdue_count - len(overdue),
            "stale": stale,
            "stale_more": stale_count - len(stale),
            "interval_days": status.REVIEW_INTERVAL.days,
            "now": now,
            "aging_report": self.sees_every_page,
            "translation_report": bool(self.owned.trees) or self.user.has_perm(STATUS_PERMISSION),
            "extra": [html for hook in hooks.get_hooks(NEEDS_ATTENTION_HOOK) if (html := hook(self.user))],
        }

    def render_html(self, parent_context=None):
        context = self.get_context_data(parent_context)
        if not context["overdue"] and not context["stale"] and not context["extra"]:
            return ""
        return render_to_string(self.template_name, context)


# Rows of each list of the "To translate" panel.
TRANSLATE_LIMIT = 10


class ToTranslatePanel(Component):
    """A translator's work in their languages: pages not translated yet, translations out of date."""

    name = "to_translate"
    template_name = "editorial/dashboard/to_translate.html"
    order = 40

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        mine = translator_locales(self.user)
        locales = sorted(Locale.objects.filter(pk__in=mine), key=lambda locale: locale.language_code)
        missing_counts, missing = status.untranslated(list(mine), TRANSLATE_LIMIT)
        outdated_counts = status.outdated_counts(list(mine))
        _count, stale = status.stale_translations(Q(locale_id__in=list(mine)), TRANSLATE_LIMIT)
        return {
            "languages": [
                {
                    "locale": locale,
                    "missing": missing_counts.get(locale.pk, 0),
                    "outdated": outdated_counts.get(locale.pk, 0),
                }
                for locale in locales
            ],
            "language_names": [locale.get_display_name() for locale in locales],
            "missing": [{"page": page, "start_url": start_url(page, page.locale)} for page in missing],
            "missing_more": sum(missing_counts.values()) - len(missing),
            "stale": stale,
            "stale_more": sum(outdated_counts.values()) - len(stale),
        }

    def render_html(self, parent_context=None):
        if not translator_locales(self.user):
            return ""
        return render_to_string(self.template_name, self.get_context_data(parent_context))


def translated_pages(pages):
    """The ids of ``pages`` that are wagtail-localize translations (of a source in another language), in one query."""
    from wagtail_localize.models import Translation

    if not pages:
        return set()
    keys = Q()
    for page in pages:
        keys |= Q(source__object_id=page.translation_key, target_locale_id=page.locale_id)
    found = set(Translation.objects.filter(keys, enabled=True).values_list("source__object_id", "target_locale_id"))
    return {page.pk for page in pages if (page.translation_key, page.locale_id) in found}


def construct_panels(request, panels):
    """Replace Wagtail's review panel with ours and add the editorial panels."""
    owned = OwnedTrees(request.user)
    panels[:] = [panel for panel in panels if getattr(panel, "name", "") != WorkflowObjectsToModeratePanel.name]
    panels.append(AwaitingMyReviewPanel())
    panels.append(ToTranslatePanel(request.user))
    panels.append(MyTreesPanel(request.user, owned))
    panels.append(NeedsAttentionPanel(request.user, owned))
