"""The editorial audit report: who submitted, approved, rejected, published, unpublished
or changed ownership, and when; filterable by tree, user, action and date.

Everything it lists is in Wagtail's audit log (PageLogEntry): Wagtail writes the workflow
and publishing entries itself, ``ownership.py`` writes the ownership ones on the tree
root's history.
"""

import datetime

import django_filters
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.log_actions import registry as log_registry
from wagtail.models import PageLogEntry

from editorial.models import OwnedTree
from editorial.ownership import OWNER_ADDED, OWNER_REMOVED
from editorial.people import PersonFilter, by_name
from editorial.reviewed import REVIEW_CONFIRMED
from portal.security.spreadsheets import FormulaSafeExportMixin

AUDIT_PERMISSION = "editorial.view_audit_report"

AUDITED_ACTIONS = [
    "wagtail.workflow.start",
    "wagtail.workflow.resume",
    "wagtail.workflow.approve",
    "wagtail.workflow.reject",
    "wagtail.workflow.cancel",
    "wagtail.publish",
    "wagtail.publish.scheduled",
    "wagtail.schedule.publish",
    "wagtail.schedule.cancel",
    "wagtail.unpublish",
    "wagtail.unpublish.scheduled",
    REVIEW_CONFIRMED,
    OWNER_ADDED,
    OWNER_REMOVED,
]


def audited_action_choices():
    labels = dict(log_registry.get_choices())
    return [(action, labels.get(action, action)) for action in AUDITED_ACTIONS if action in labels]


class AuditFilterSet(WagtailFilterSet):
    tree = django_filters.ModelChoiceFilter(
        label=_("Tree"), queryset=OwnedTree.objects.select_related("root"), method="filter_tree"
    )
    user = PersonFilter(label=_("User"), queryset=get_user_model().objects.none())
    action = django_filters.ChoiceFilter(label=_("Action"), choices=audited_action_choices)
    timestamp = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)

    class Meta:
        model = PageLogEntry
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        User = get_user_model()
        user_ids = PageLogEntry.objects.filter(action__in=AUDITED_ACTIONS).values("user_id")
        self.filters["user"].queryset = by_name(User.objects.filter(pk__in=user_ids))

    def filter_tree(self, queryset, name, tree):
        if tree is None:
            return queryset
        return queryset.filter(page__in=tree.tree_pages().values("pk"))


class AuditReportView(FormulaSafeExportMixin, ReportView):
    page_title = _("Editorial audit")
    header_icon = "history"
    template_name = "wagtailadmin/reports/base_report.html"
    results_template_name = "editorial/reports/audit_results.html"
    filterset_class = AuditFilterSet
    index_url_name = "editorial_audit_report"
    index_results_url_name = "editorial_audit_report_results"
    export_headings = {
        "timestamp": _("Date/Time"),
        "label": _("Page"),
        "page.locale.language_code": _("Language"),
        "action": _("Action"),
        "user_display_name": _("User"),
        "comment": _("Comment"),
    }
    list_export = ["timestamp", "label", "page.locale.language_code", "action", "user_display_name", "comment"]

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.custom_field_preprocess = self.custom_field_preprocess.copy()
        action_label = dict(audited_action_choices()).get
        self.custom_field_preprocess["action"] = {
            self.FORMAT_CSV: lambda action: str(action_label(action, action)),
            self.FORMAT_XLSX: lambda action: str(action_label(action, action)),
        }

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(AUDIT_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return f"editorial-audit-{datetime.date.today().isoformat()}"

    def get_queryset(self):
        return (
            PageLogEntry.objects.filter(action__in=AUDITED_ACTIONS)
            .select_related("user", "page", "page__locale")
            .order_by("-timestamp", "-pk")
        )
