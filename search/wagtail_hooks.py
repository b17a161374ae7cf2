from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.models import REPORT_PERMISSION
from search.reports import SearchTermsReportView


@hooks.register("register_admin_urls")
def register_search_terms_report():
    return [
        path("reports/search-terms-by-language/", SearchTermsReportView.as_view(), name="search_terms_report"),
    ]


class SearchTermsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_search_terms_menu_item():
    return SearchTermsMenuItem(
        _("Search terms by language"),
        reverse("search_terms_report"),
        name="search-terms-by-language",
        icon_name="search",
        order=1310,
    )


@hooks.register("register_permissions")
def register_search_report_permission():
    app_label, codename = REPORT_PERMISSION.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename)
