"""Editorial panels on the Wagtail admin home page (registered in wagtail_hooks.py).

- "My trees": every page of the trees the user owns, each locale, with its state and
  the date of its last review.
- "Awaiting my review": Wagtail's own panel, oldest submission first; the four-eyes
  task already leaves out the reviewer's own submissions.
- "Needs attention": pages of my trees (every page, for editors) not reviewed for a
  year, and translations older than their source.
"""

from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import Page

from portal.editorial import status


class MyTreesPanel(Component):
    name = "my_trees"
    template_name = "editorial/dashboard/my_trees.html"
    order = 50

    def __init__(self, user):
        self.user = user
        self.trees = status.tree_pages_for(user)

    def is_shown(self):
        return bool(self.trees)

    def get_context_data(self, parent_context=None):
        pages = [page for _tree, tree_pages in self.trees for page in tree_pages]
        open_workflows = status.workflow_states(pages)
        reviewed = status.last_reviews(pages)
        trees = []
        for tree, tree_pages in self.trees:
            rows = []
            for page in tree_pages:
                state, label = status.page_state(page, open_workflows)
                rows.append({"page": page, "state": state, "state_label": label, "last_review": reviewed[page.pk]})
            trees.append({"tree": tree, "rows": rows})
        return {"trees": trees}

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

    def __init__(self, user):
        self.user = user

    def scope(self):
        root = Page.get_first_root_node()
        if root.permissions_for_user(self.user).can_publish_subpage():
            return list(Page.objects.filter(depth__gt=1).select_related("locale"))
        return [page for _tree, pages in status.tree_pages_for(self.user) for page in pages]

    def get_context_data(self, parent_context=None):
        overdue, stale = status.needs_attention(self.scope())
        return {
            "overdue": overdue,
            "stale": stale,
            "interval_days": status.REVIEW_INTERVAL.days,
            "now": timezone.now(),
        }

    def render_html(self, parent_context=None):
        context = self.get_context_data(parent_context)
        if not context["overdue"] and not context["stale"]:
            return ""
        return render_to_string(self.template_name, context)


def construct_panels(request, panels):
    """Replace Wagtail's review panel with ours and add the editorial panels."""
    panels[:] = [panel for panel in panels if getattr(panel, "name", "") != WorkflowObjectsToModeratePanel.name]
    panels.append(AwaitingMyReviewPanel())
    panels.append(MyTreesPanel(request.user))
    panels.append(NeedsAttentionPanel(request.user))
