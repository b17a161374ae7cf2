"""Reports → Search terms by language, in Wagtail's admin."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from search.models import REPORT_PERMISSION, SearchQueryDay


class SearchTermsReportView(WagtailAdminTemplateMixin, TemplateView):
    """Reports → Search terms by language: the last 30 days' most asked queries, and those that found nothing."""

    template_name = "search/search_terms_report.html"
    page_title = _("Search terms by language")
    header_icon = "search"
    days = 30

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REPORT_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        locales = list(Locale.objects.order_by("language_code"))
        locale = next((item for item in locales if item.language_code == self.request.GET.get("language")), None)
        names = {item.language_code: item.get_display_name() for item in locales}
        tables = {}
        for name, zero_results in (("top_queries", False), ("zero_result_queries", True)):
            rows = list(SearchQueryDay.top(days=self.days, locale=locale, zero_results=zero_results))
            for row in rows:
                row["language"] = names.get(row["language_code"], row["language_code"])
            tables[name] = rows
        context.update(days=self.days, locales=locales, selected_locale=locale, **tables)
        return context
