"""Editorial panels on the Wagtail admin home page (registered in wagtail_hooks.py).

Every panel is bounded: its queries and its size are the same whether the user's trees
hold ten pages or ten thousand. Long lists stop at a few rows and say how many more there
are and where to see them (the explorer, the reports).

- "My trees": each tree the user owns, its root in every locale with a link to the
  explorer, how many pages it holds and how many are in review, sent back, scheduled,
  drafts or live with unpublished changes; then the most recently changed pages of those
  trees with their state and the date of their last review.
- "Awaiting my review": Wagtail's own panel, oldest submission first; the four-eyes
  task already leaves out the reviewer's own submissions.
- "Needs attention": pages of my trees (every page, for editors) not reviewed for a
  year, the oldest first, and translations older than their source.
"""

from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.ui.components import Component
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.permission_policies.pages import PagePermissionPolicy

from portal.editorial import status
from portal.editorial.translation_matrix import STATUS_PERMISSION

# Rows of the "recently changed" list and of each "needs attention" list.
RECENT_LIMIT = 10
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
    """Wagtail's panel, oldest first so that nothing waits longest at the bottom."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["states"] = sorted(context["states"], key=lambda state: state["task_state"].started_at)
        return context


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
        }

    def render_html(self, parent_context=None):
        context = self.get_context_data(parent_context)
        if not context["overdue"] and not context["stale"]:
            return ""
        return render_to_string(self.template_name, context)


def construct_panels(request, panels):
    """Replace Wagtail's review panel with ours and add the editorial panels."""
    owned = OwnedTrees(request.user)
    panels[:] = [panel for panel in panels if getattr(panel, "name", "") != WorkflowObjectsToModeratePanel.name]
    panels.append(AwaitingMyReviewPanel())
    panels.append(MyTreesPanel(request.user, owned))
    panels.append(NeedsAttentionPanel(request.user, owned))
