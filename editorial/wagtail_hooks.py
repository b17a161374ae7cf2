from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter

from editorial import (
    dashboard,
    localize_permissions,
    review_access,
    reviewed,
    start_translation,
    translation_review,
    treesync,
)
from editorial.ownership import OWNER_ADDED, OWNER_REMOVED
from editorial.reports import AUDIT_PERMISSION, AuditReportView
from editorial.translation_matrix import STATUS_PERMISSION, TranslationStatusView
from editorial.views import owned_tree_viewset
from portal import edit_conflicts
from portal.upstream import explorer_listing, localize_gaps


@hooks.register("register_admin_viewset")
def register_owned_trees():
    return owned_tree_viewset


@hooks.register("register_admin_viewset")
def register_review_page_views():
    # After Wagtail's own page viewset (order -1), so that this one serves every page type.
    return review_access.page_viewset


@hooks.register("register_admin_urls", order=-1)
def register_checked_localize_views():
    # order=-1: resolved before wagtail-localize's unchecked views at the same paths.
    return localize_permissions.urlpatterns() + localize_gaps.urlpatterns()


@hooks.register("construct_reports_menu")
def relabel_translations_report(request, menu_items):
    localize_gaps.relabel_translations_report(request, menu_items)


@hooks.register("construct_reports_menu")
def hide_translations_report(request, menu_items):
    localize_permissions.show_translations_report_item(request, menu_items)


@hooks.register("construct_page_action_menu")
def hide_convert_to_alias(menu_items, request, context):
    localize_permissions.hide_convert_to_alias(menu_items, request, context)


@hooks.register("register_admin_urls")
def register_translation_review():
    return translation_review.urlpatterns + start_translation.urlpatterns


# Translators: "Translate this page" on the aliases of their languages (editorial/start_translation.py).
hooks.register("register_page_header_buttons", start_translation.translate_buttons)
hooks.register("register_page_listing_more_buttons", start_translation.translate_buttons)


@hooks.register("register_admin_urls")
def register_review_confirmation():
    return reviewed.urlpatterns


@hooks.register("register_page_action_menu_item")
def register_review_confirmation_menu_item():
    return reviewed.ConfirmReviewedMenuItem()


@hooks.register("register_admin_urls")
def register_audit_report():
    return [
        path("reports/editorial-audit/", AuditReportView.as_view(), name="editorial_audit_report"),
        path("reports/translation-status/", TranslationStatusView.as_view(), name="editorial_translation_status"),
        path(
            "reports/editorial-audit/results/",
            AuditReportView.as_view(results_only=True),
            name="editorial_audit_report_results",
        ),
    ]


class AuditReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(AUDIT_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_audit_report_menu_item():
    return AuditReportMenuItem(
        _("Editorial audit"), reverse("editorial_audit_report"), name="editorial-audit", icon_name="history", order=950
    )


@hooks.register("insert_global_admin_css")
def editorial_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("editorial/admin.css"))


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        from editorial.models import OwnedTree

        user = request.user
        if user.has_perm(STATUS_PERMISSION):
            return True
        # Asked each time the menu is built (twice per admin page): once per request is enough.
        if not hasattr(request, "_editorial_owns_trees"):
            request._editorial_owns_trees = OwnedTree.objects.filter(owners=user).exists()
        return request._editorial_owns_trees


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("editorial_translation_status"),
        name="translation-status",
        icon_name="globe",
        order=960,
    )


@hooks.register("construct_homepage_panels")
def editorial_panels(request, panels):
    dashboard.construct_panels(request, panels)


@hooks.register("register_log_actions")
def register_ownership_actions(actions):
    @actions.register_action(OWNER_ADDED)
    class OwnerAdded(LogFormatter):
        label = _("Add tree owner")

        def format_message(self, log_entry):
            return _("%(owner)s became an owner of this tree") % {"owner": log_entry.data.get("owner", "?")}

    @actions.register_action(OWNER_REMOVED)
    class OwnerRemoved(LogFormatter):
        label = _("Remove tree owner")

        def format_message(self, log_entry):
            return _("%(owner)s is no longer an owner of this tree") % {"owner": log_entry.data.get("owner", "?")}

    @actions.register_action(reviewed.REVIEW_CONFIRMED)
    class ReviewConfirmed(LogFormatter):
        label = _("Reviewed, still accurate")

        def format_message(self, log_entry):
            return _("Reviewed: still accurate, published again without changes")


@hooks.register("before_edit_page")
def point_reviewers_to_the_diff(request, page):
    review_access.announce_review_in_editor(request, page)


@hooks.register("before_edit_page")
def tell_authors_what_the_reviewer_asked(request, page):
    review_access.announce_requested_changes(request, page)


@hooks.register("after_edit_page")
def back_to_dashboard_after_review(request, page):
    """After approving or rejecting in the editor, Wagtail sends the reviewer to the parent's explorer.

    Reviewers hold no page rights (approval publishes through the workflow), so that explorer answers
    "no permission" right after a successful approval. Send them back to the dashboard, where the
    rest of their queue is, instead. Either way, a message confirms what they did.
    """
    if "action-workflow-action" not in request.POST:
        return None
    review_access.confirm_review_action(request, page, request.POST.get("workflow-action-name"), instead_of_saved=True)
    if request.GET.get("next"):
        return None
    parent = page.get_parent()
    if explorer_listing.page_policy().explorable_instances(request.user).filter(pk=parent.pk).exists():
        return None
    return redirect("wagtailadmin_home")


@hooks.register("construct_translated_pages_to_cascade_actions")
def cascade_to_translations(pages, action):
    return treesync.cascade_to_translations(pages, action)


# A save based on an older revision than the latest: a button to compare (the page form refuses the save).
hooks.register("before_edit_page", edit_conflicts.offer_comparison)
