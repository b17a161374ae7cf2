"""Which account a login attempt is for, for django-axes' lockout (``AXES_USERNAME_CALLABLE``).

The admin's login form sends ``username``; the members' login (django-allauth) authenticates
with ``email`` and its form field is ``login``. Axes counts failures per account and per
address (portal/security/lockout.py) for both; an email address is counted case-insensitively.
"""


def login_username(request, credentials=None):
    credentials = credentials or {}
    for key in ("username", "email", "login"):
        value = credentials.get(key)
        if value:
            return value.strip().lower() if "@" in value else value
    data = getattr(request, "POST", None) or {}
    for key in ("username", "login"):
        value = data.get(key)
        if value:
            return value.strip().lower() if "@" in value else value
    return None
