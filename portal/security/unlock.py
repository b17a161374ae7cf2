"""Settings → Locked-out logins: the accounts and addresses that django-axes counts failed
logins for, and a button that lifts a lock at once instead of waiting for it to expire.

Editors (``axes.delete_accessattempt``, given by ``setup_editorial``) and superusers only.
A row is "locked" when its failures within the lock period reach the limit; usernames that
belong to no account are listed too (that is what an attacker tried), marked as such.
"""

from datetime import timedelta

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Max, Sum
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

UNLOCK_PERMISSION = "axes.delete_accessattempt"


def may_unlock(user):
    return user.has_perm(UNLOCK_PERMISSION)


def recent_attempts():
    since = timezone.now() - (settings.AXES_COOLOFF_TIME or timedelta(days=3650))
    return AccessAttempt.objects.filter(attempt_time__gte=since)


def _rows(field):
    limit = settings.AXES_FAILURE_LIMIT
    rows = (
        recent_attempts()
        .exclude(**{f"{field}__isnull": True})
        .values(field)
        .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
        .order_by("-last")
    )
    return [
        {"key": row[field], "failures": row["failures"], "last": row["last"], "locked": row["failures"] >= limit}
        for row in rows
    ]


class LockedLoginsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "security/locked_logins.html"
    page_title = gettext_lazy("Locked-out logins")
    header_icon = "lock"

    def dispatch(self, request, *args, **kwargs):
        if not may_unlock(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        accounts = _rows("username")
        existing = set(
            get_user_model()
            .objects.filter(username__in=[row["key"] for row in accounts])
            .values_list("username", flat=True)
        )
        for row in accounts:
            row["exists"] = row["key"] in existing
        context.update(
            accounts=accounts,
            addresses=_rows("ip_address"),
            limit=settings.AXES_FAILURE_LIMIT,
            minutes=int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
        )
        return context


@require_POST
def unlock(request):
    if not may_unlock(request.user):
        raise PermissionDenied
    username = request.POST.get("username", "").strip()
    address = request.POST.get("ip_address", "").strip()
    if username:
        reset(username=username)
        messages.success(request, _("“%(username)s” may sign in again.") % {"username": username})
    elif address:
        reset(ip=address)
        messages.success(request, _("Sign-ins from %(address)s are allowed again.") % {"address": address})
    else:
        messages.error(request, _("Choose an account or an address to unlock."))
    return redirect(reverse("locked_logins:index"))


urlpatterns = [
    path("", LockedLoginsView.as_view(), name="index"),
    path("unlock/", unlock, name="unlock"),
]
