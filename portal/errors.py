"""The server error handler: a database that cannot be reached is a 503 in the reader's language.

Django answers any exception, ``django.db`` ones included, with the 500 page. When
PostgreSQL is restarting or down, that tells readers the site is broken when it is only
unavailable for a moment. ``handler500`` (``config/urls.py``) answers a database
connection error (``OperationalError``, ``InterfaceError``; Django calls the handler while
the exception is being handled) with ``503.html`` and ``Retry-After``, in the language of
the URL (or of the browser), rendered without touching the database; any other error
still gets Django's 500 page. The first request after a restart does not fail at all:
``CONN_HEALTH_CHECKS`` (``config/settings/base.py``) replaces a dead persistent connection.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.utils import translation
from django.views.decorators.csrf import requires_csrf_token

RETRY_AFTER_SECONDS = 30


def database_unavailable(error):
    return isinstance(error, OperationalError | InterfaceError)


def reader_language(request):
    return (
        translation.get_language_from_path(request.path_info)
        or getattr(request, "LANGUAGE_CODE", None)
        or translation.get_language_from_request(request)
    )


@requires_csrf_token
def server_error(request, template_name="500.html"):
    error = sys.exc_info()[1]
    if database_unavailable(error):
        with translation.override(reader_language(request)):
            content = loader.get_template("503.html").render({}, None)  # no context processors: no queries
        response = HttpResponse(content, status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
    return HttpResponseServerError(loader.get_template(template_name).render())
