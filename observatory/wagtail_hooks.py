"""The observatory in the admin: the indicators (translatable snippets) and the import of figures."""

from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from editorial.snippet_permissions import LocaleCheckedEditView
from observatory import admin_views
from observatory.editing import CountryPermissionPolicy, IndicatorValueForm
from observatory.models import Indicator, IndicatorValue


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

# Specialists change the figures of their own countries only (observatory/editing.py).
register_permission_policy(IndicatorValue, CountryPermissionPolicy(IndicatorValue))


class IndicatorValueViewSet(SnippetViewSet):
    model = IndicatorValue
    icon = "table"
    menu_label = _("Figures")
    menu_name = "figures"
    menu_order = 265
    add_to_admin_menu = True
    list_display = ["indicator_code", "country", "year", "value", "live", "updated_at"]
    list_filter = ["live", "indicator_code", "country", "year"]
    search_fields = ["country", "indicator_code", "source"]
    ordering = ["country", "indicator_code", "-year"]
    list_per_page = 50
    search_backend_name = None  # not an indexed model: the listing searches with the ORM
    edit_handler = ObjectList(IndicatorValue.panels, base_form_class=IndicatorValueForm)
    # Its get_object asks the viewset's policy about the figure itself: a figure of a country the
    # specialist does not own is a 403 (the generic edit view checks the model permission only).
    edit_view_class = LocaleCheckedEditView

    def get_queryset(self, request):
        # The listing: a specialist sees the figures of their countries only.
        return self.permission_policy.instances_user_has_any_permission_for(request.user, ["change"]).order_by(
            "country", "indicator_code", "-year"
        )

    @property
    def breadcrumbs_items(self):
        return [{"url": reverse_lazy("wagtailadmin_home"), "label": _("Home")}]


register_snippet(IndicatorValueViewSet)


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
