from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from members import admin_views


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("", admin_views.index, name="index"),
        path("<int:pk>/", admin_views.review, name="review"),
        path("<int:pk>/document/", admin_views.document, name="document"),
    ]
    return [path("proposals/", include((urls, "members_proposals"), namespace="members_proposals"))]


class ProposalsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_moderate(request.user)


@hooks.register("register_admin_menu_item")
def register_proposals_menu_item():
    return ProposalsMenuItem(_("Members’ proposals"), reverse("members_proposals:index"), icon_name="mail", order=250)
