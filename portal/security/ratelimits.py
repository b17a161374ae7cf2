"""Rate limits on the public endpoints that cost database work or send email (django-ratelimit).

Which views, by URL name, and which limit applies (``RATE_LIMITS`` in settings, from the
environment: ``RATE_LIMIT_SEARCH``, ``RATE_LIMIT_AUTOCOMPLETE``, ``RATE_LIMIT_EMAIL``):

- ``search``: the search page (``search`` limit);
- ``search_autocomplete``: the search box's suggestions (``autocomplete``), answered as JSON;
- ``wagtailadmin_password_reset``: the "forgotten password" form, which sends an email
  (``email``), POST only. A new public form that sends email goes in ``LIMITED_VIEWS`` too;
- members' accounts (members/, django-allauth), POST only: ``account_signup`` (``signup``),
  ``account_login`` (``login``, beside the lockout of ``lockout.py``) and
  ``account_reset_password`` (``email``).

Counted per reader's address (``client_ip.py``) in the cache (Redis in production; with
several app processes it must be shared). The check runs in ``process_view``, after the page
cache (``page_cache.py``) has answered what it keeps: a page served from the cache costs no
database work and is not counted; every request that reaches the view is. The refusal is a
429 in the reader's language, styled like the site (or the admin), with ``Retry-After``, never
stored by any cache. If the cache fails, the request goes through (fail open) and a warning is
logged: a broken cache must not take the site down.
"""

import logging

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django_ratelimit.core import is_ratelimited

from portal.security.client_ip import client_ip
from portal.security.lockout import is_admin_path

logger = logging.getLogger(__name__)

# URL name: (which limit in RATE_LIMITS, methods counted, answer as JSON)
LIMITED_VIEWS = {
    "search": ("search", ["GET", "POST"], False),
    "search_autocomplete": ("autocomplete", ["GET", "POST"], True),
    "wagtailadmin_password_reset": ("email", ["POST"], False),
    "account_signup": ("signup", ["POST"], False),
    "account_login": ("login", ["POST"], False),
    "account_reset_password": ("email", ["POST"], False),
    "feeds_follow": ("email", ["POST"], False),  # the follow form sends a confirmation email (feeds/follow.py)
    "feeds_follow_content_type": ("email", ["POST"], False),
    # A member's one-click follow and the preferences page (no email sent): ``follow``.
    "feeds_follow_member": ("follow", ["POST"], False),
    "feeds_follow_content_type_member": ("follow", ["POST"], False),
    "feeds_preferences": ("follow", ["POST"], False),
    "feeds_member_preferences": ("follow", ["POST"], False),
}

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def period_seconds(rate):
    """'30/m' → 60, '5/10m' → 600 (django-ratelimit's rate syntax)."""
    _count, _slash, period = rate.partition("/")
    unit = period[-1]
    multiplier = int(period[:-1]) if period[:-1] else 1
    return multiplier * PERIODS[unit]


def _key(group, request):
    return client_ip(request)


class RateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        limited = LIMITED_VIEWS.get(match.url_name if match else None)
        if limited is None:
            return None
        limit_name, methods, as_json = limited
        rate = settings.RATE_LIMITS.get(limit_name)
        if not rate or request.method not in methods:
            return None
        try:
            refused = is_ratelimited(
                request, group=f"portal:{limit_name}", key=_key, rate=rate, method=methods, increment=True
            )
        except Exception:  # the cache is down or refuses: serve the reader, say so in the log
            logger.warning("Rate limit not checked for %s: the cache failed", request.path, exc_info=True)
            return None
        if not refused:
            return None
        return too_many_requests(request, period_seconds(rate), as_json)


def too_many_requests(request, retry_after, as_json=False):
    if as_json:
        response = JsonResponse({"results": [], "rate_limited": True}, status=429)
    else:
        template = (
            "security/admin_too_many_requests.html"
            if is_admin_path(request.path)
            else "security/too_many_requests.html"
        )
        response = render(request, template, {"retry_minutes": max(1, retry_after // 60)}, status=429)
    response["Retry-After"] = str(retry_after)
    add_never_cache_headers(response)
    return response
