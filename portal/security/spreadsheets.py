"""CSV exports that a spreadsheet cannot run as formulas (CSV injection).

The gap: Wagtail's ``SpreadsheetExportMixin`` (``wagtail.admin.views.mixins``) writes XLSX
cells that look like formulas as text, but writes CSV cells as they are, so a page titled
``=HYPERLINK(...)`` or a review comment ``=1+2*3`` becomes a live formula when an editor
opens the export. ``FormulaSafeExportMixin`` prefixes such cells (starting with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return) with an apostrophe, which spreadsheets show as text.

Every report that exports uses it: the portal's own (``editorial/reports.py``) and
Wagtail's, through the subclasses below, which ``config/urls.py`` serves at Wagtail's own
report addresses (resolved before ``wagtail.admin.urls``, with the same admin-access check).
No Wagtail class is changed at run time. ``tests/security/test_spreadsheet_exports.py``
fails if an export lets a formula through.
"""

from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.aging_pages import AgingPagesView
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.admin.views.reports.locked_pages import LockedPagesView
from wagtail.admin.views.reports.workflows import WorkflowTasksView, WorkflowView

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class FormulaSafeExportMixin:
    """For any view with Wagtail's ``SpreadsheetExportMixin``: CSV cells never start a formula."""

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: neutralise(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )


class SafeLogEntriesView(FormulaSafeExportMixin, LogEntriesView):
    pass


class SafeLockedPagesView(FormulaSafeExportMixin, LockedPagesView):
    pass


class SafeAgingPagesView(FormulaSafeExportMixin, AgingPagesView):
    pass


class SafeWorkflowView(FormulaSafeExportMixin, WorkflowView):
    pass


class SafeWorkflowTasksView(FormulaSafeExportMixin, WorkflowTasksView):
    pass


def _admin(view):
    return never_cache(require_admin_access(view))


# The same paths and names as wagtail/admin/urls/reports.py, mounted under "admin/reports/".
WAGTAIL_REPORTS = [
    ("locked/", SafeLockedPagesView, "locked_pages"),
    ("workflow/", SafeWorkflowView, "workflow"),
    ("workflow_tasks/", SafeWorkflowTasksView, "workflow_tasks"),
    ("site-history/", SafeLogEntriesView, "site_history"),
    ("aging-pages/", SafeAgingPagesView, "aging_pages"),
]


def wagtail_report_urlpatterns(prefix):
    return [
        path(f"{prefix}{route}", _admin(view.as_view()), name=f"safe_{name}") for route, view, name in WAGTAIL_REPORTS
    ]
