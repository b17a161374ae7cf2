from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from portal import page_cache
from portal.security import unlock
from portal.visibility import restricted_paths


@hooks.register("before_serve_page", order=-100)  # before Wagtail's own check answers for the page
def keep_restricted_pages_private(page, request, serve_args, serve_kwargs):
    """A page behind a view restriction (its own or an ancestor's) is answered ``Cache-Control: private``.

    Whoever reads it, passing the restriction or not: the page cache stores nothing private
    (``portal/page_cache.py``). The restricted paths are shared data (``portal/visibility.py``).
    """
    if any(page.path.startswith(path) for path in restricted_paths()):
        page_cache.mark_restricted(request)


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
