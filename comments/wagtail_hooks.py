from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from comments import admin_views


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("", admin_views.index, name="index"),
        path("<int:pk>/", admin_views.review, name="review"),
    ]
    return [path("reader-comments/", include((urls, "comments_moderation"), namespace="comments_moderation"))]


class CommentsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_moderate(request.user)


@hooks.register("register_admin_menu_item")
def register_comments_menu_item():
    return CommentsMenuItem(
        _("Readers’ comments"), reverse("comments_moderation:index"), icon_name="comment", order=251
    )
