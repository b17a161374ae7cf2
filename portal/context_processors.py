"""What every template may show: the portal's one name."""

from django.conf import settings


def site_name(request):
    """``SITE_NAME``: the portal's name in the active language (``WAGTAIL_SITE_NAME``)."""
    return {"SITE_NAME": settings.WAGTAIL_SITE_NAME}
