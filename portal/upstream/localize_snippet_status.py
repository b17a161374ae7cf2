"""The status side panel of wagtail-localize's translation editor of a snippet in a workflow.

Gap in wagtail-localize (1.14, ``views/edit_translation.py``, ``edit_translation()``): for a
snippet it builds Wagtail's generic ``StatusSidePanel``, not the snippets' own
``wagtail.snippets.side_panels.SnippetStatusSidePanel``, which takes from the view's context the
URLs of the workflow's history and of the revisions' comparison (Wagtail's snippet edit view puts
them there); wagtail-localize's context has neither. As soon as a translated snippet that goes
through a workflow (a FAQ entry, a glossary term) has been submitted, the panel's workflow dialog
(``wagtailadmin/workflows/workflow_status.html``) reverses an empty URL name and the translation
editor answers 500, for its translator and for everyone else. Pages are not concerned
(``PageStatusSidePanel`` adds its own URLs).
Upstream: wagtail/wagtail-localize, ``edit_translation()``'s snippet branch; no issue on it was
found in its tracker (December 2026): one is to be filed.

Workaround: the portal's copy of the editor template
(``templates/wagtail_localize/admin/edit_translation.html``) renders the snippet's header, which
holds the side panels, with ``snippet_panels()``: the same panels, the status one rebuilt as a
``SnippetStatusSidePanel`` with the same arguments, and the context values it inherits, computed
from the snippet's viewset as Wagtail's snippet edit view computes them.
tests/qa/test_faq_translation_review.py checks that the editor of a submitted FAQ entry's
translation opens; tests/editorial/test_upstream_gaps.py (gap 9) fails when wagtail-localize
changes the panel it builds.
"""

from django.contrib.admin.utils import quote
from django.urls import reverse
from wagtail.admin.ui.side_panels import StatusSidePanel
from wagtail.models import DraftStateMixin, RevisionMixin
from wagtail.snippets.side_panels import SnippetStatusSidePanel


def snippet_panels(side_panels, instance, request):
    """``{"side_panels": […], …}``: the panels to render and the context values their status panel inherits."""
    viewset = getattr(instance, "snippet_viewset", None)
    if viewset is None:
        return {"side_panels": side_panels}
    panels = []
    for panel in side_panels:
        if type(panel) is StatusSidePanel:
            panel = SnippetStatusSidePanel(
                instance,
                request,
                show_schedule_publishing_toggle=panel.show_schedule_publishing_toggle,
                live_object=panel.live_object,
                scheduled_object=panel.scheduled_object,
                locale=panel.locale,
                translations=panel.translations,
                usage_url=panel.usage_url,
                history_url=panel.history_url,
                last_updated_info=panel.last_updated_info,
            )
        panels.append(panel)
    workflow_history = viewset.get_url_name("workflow_history")
    return {
        "side_panels": panels,
        "revisions_compare_url_name": viewset.get_url_name("revisions_compare"),
        "workflow_history_url": reverse(workflow_history, args=[quote(instance.pk)]),
        "revision_enabled": isinstance(instance, RevisionMixin),
        "draftstate_enabled": isinstance(instance, DraftStateMixin),
    }
