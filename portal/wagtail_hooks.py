from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from portal import page_cache
from portal.security import unlock


@hooks.register("before_serve_page")
def keep_restricted_pages_out_of_the_cache(page, request, serve_args, serve_kwargs):
    """A page behind a view restriction (password, login, groups) is never stored in the shared page cache."""
    if page_cache.enabled() and page.get_view_restrictions().exists():
        page_cache.do_not_cache(request)


@hooks.register("register_admin_urls")
def register_locked_logins():
    return [path("locked-logins/", include((unlock.urlpatterns, "locked_logins"), namespace="locked_logins"))]


class LockedLoginsMenuItem(MenuItem):
    def is_shown(self, request):
        return unlock.may_unlock(request.user)


@hooks.register("register_settings_menu_item")
def register_locked_logins_menu_item():
    return LockedLoginsMenuItem(
        _("Locked-out logins"), reverse("locked_logins:index"), name="locked-logins", icon_name="lock", order=900
    )
