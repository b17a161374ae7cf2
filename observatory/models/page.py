"""The observatory page: one per language, under the home page.

Readers get a sortable table of countries × indicators (filters by region and year), a chart
comparing chosen countries on one indicator over a range of years, and the data of both as CSV
or JSON at citable URLs (``table/csv/``, ``comparison/json/``…). Everything is built
on the server (``observatory/reader.py``); the page has no script.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from portal.models import BasePage


class ObservatoryPage(RoutablePageMixin, BasePage):
    reader_type_label = _("Observatory")

    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("observatory page")

    @path("")
    def index_route(self, request):
        from observatory import reader

        return self.render(request, context_overrides=reader.page_context(self, request))

    @path("map/svg/", name="map_svg")
    def map_svg(self, request):
        from observatory import reader

        return reader.map_svg(self, request)

    # Two path segments without dots: Wagtail's page URLs allow no dot, and the home page routes
    # at most two segments below a routable page (home/models.py, HomePage.route).
    @re_path(r"^(?P<kind>table|comparison)/(?P<fmt>csv|json)/$")
    def export(self, request, kind, fmt):
        from observatory import reader

        return reader.export(self, request, kind, fmt)
