"""The portal's URLs plus ``/bench-ceiling/``: a trivial Django view, the ceiling of the load benchmark.

It goes through the same gunicorn workers and the same middleware as every page (it is
outside the language prefixes, so the page cache lets it through untouched) and returns a
fixed response without touching the database or a template.
"""

from django.conf import settings
from django.http import HttpResponse
from django.urls import path, re_path
from django.views.static import serve

from config.urls import urlpatterns as portal_urlpatterns

CEILING_BODY = b"<!DOCTYPE html><title>ceiling</title><p>ok</p>"


def ceiling(request):
    return HttpResponse(CEILING_BODY, content_type="text/html; charset=utf-8")


urlpatterns = [path("bench-ceiling/", ceiling, name="bench_ceiling"), *portal_urlpatterns]

if settings.BENCH_SERVE_MEDIA:
    # bench/weight.py: images as a web server would serve them in production.
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})]
