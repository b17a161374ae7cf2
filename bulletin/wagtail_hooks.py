"""The bulletin in the admin: issues (snippets with their ordered items), preview and send, the CSV import."""

from django.urls import reverse, reverse_lazy
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, SnippetViewSet

from bulletin import admin_views
from bulletin.models import Issue


class IssueEditView(EditView):
    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        buttons.append(
            Button(
                _("Preview and send"), url=reverse("bulletin_send", args=[self.object.pk]), icon_name="mail", priority=5
            )
        )
        return buttons


class IssueViewSet(SnippetViewSet):
    model = Issue
    icon = "mail"
    menu_label = _("Bulletin")
    menu_name = "bulletin"
    menu_order = 280
    add_to_admin_menu = True
    edit_view_class = IssueEditView
    list_display = [
        "subject",
        "language",
        Column("status", label=_("status"), accessor="get_status_display"),
        "updated_at",
    ]
    list_filter = ["language", "status"]
    search_fields = ["subject"]

    @property
    def breadcrumbs_items(self):
        return [{"url": reverse_lazy("wagtailadmin_home"), "label": _("Home")}]


register_snippet(IssueViewSet)


@hooks.register("register_snippet_listing_buttons")
def send_button(snippet, user, next_url=None):
    if isinstance(snippet, Issue):
        label = _("Preview and send") if snippet.is_draft else _("Progress and recipients")
        yield Button(label, url=reverse("bulletin_send", args=[snippet.pk]), icon_name="mail", priority=5)


@hooks.register("register_admin_urls")
def register_urls():
    return admin_views.urlpatterns


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.IMPORT)


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Import subscribers"), reverse("bulletin_import"), name="bulletin-import", icon_name="upload", order=285
    )
