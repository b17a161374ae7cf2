"""The observatory in the admin: the indicators (translatable snippets) and the import of figures."""

from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from observatory import admin_views
from observatory.models import Indicator


class IndicatorViewSet(SnippetViewSet):
    model = Indicator
    icon = "table"
    menu_label = _("Indicators")
    menu_name = "indicators"
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["name", "code", "unit", "locale"]
    search_fields = ["name", "code"]

    @property
    def breadcrumbs_items(self):
        return [{"url": reverse_lazy("wagtailadmin_home"), "label": _("Home")}]


register_snippet(IndicatorViewSet)


@hooks.register("register_admin_urls")
def register_import():
    return admin_views.urlpatterns


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.PERMISSION)


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Import figures"), reverse("observatory_import"), name="observatory-import", icon_name="upload", order=270
    )
