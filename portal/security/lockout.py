"""Login lockout (django-axes): what a locked-out person sees.

Axes counts failed logins per username and per address (``AXES_LOCKOUT_PARAMETERS``, for
known and unknown usernames alike, so the answer never tells whether an account exists) at
every login form: the admin's, the front-end login of restricted pages and Django's admin.
At ``LOGIN_FAILURE_LIMIT`` failures the username and the address are refused for
``LOGIN_LOCKOUT_MINUTES``; a success below the limit resets the count.

The answer is HTTP 429 Too Many Requests with ``Retry-After``, not 403: the refusal is
temporary and says when to come back, which is what 429 means; a 403 would read as "you
may never". The page is in the reader's language and looks like the rest of the site (or
like the admin's login for admin addresses); Editors can lift a lock sooner (``unlock.py``).
"""

from django.conf import settings
from django.shortcuts import render


def lockout_seconds():
    return int(settings.AXES_COOLOFF_TIME.total_seconds())


def is_admin_path(path):
    return path.startswith(("/admin/", "/django-admin/"))


def lockout_response(request, original_response=None, credentials=None):
    seconds = lockout_seconds()
    template = "security/admin_locked_out.html" if is_admin_path(request.path) else "security/locked_out.html"
    response = render(request, template, {"minutes": max(1, seconds // 60)}, status=429)
    response["Retry-After"] = str(seconds)
    response["Cache-Control"] = "no-store"
    return response
