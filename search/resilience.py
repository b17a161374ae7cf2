"""When the search server refuses or hangs: searches answer "unavailable", saves go on.

Gap in Wagtail: ``wagtail.search.index.insert_or_update_object`` already swallows
indexing errors of the Elasticsearch/OpenSearch backends (``catch_indexing_errors``),
but it logs a traceback without the object's id for every backend and every save, and
the clients retry and wait for their long default timeouts (10 s, three retries) first.
The portal's backends (``search/backends/``) use short timeouts and no retries, and
route their indexing through :func:`guard_indexing`: the first failure is logged once
with the object's id, further indexing is skipped (not waited for) for
``OUTAGE_PAUSE`` seconds, and ``manage.py rebuild_search_index`` brings the index
back in step once the server answers again.

For the reader's side, :func:`run_search` turns the backends' connection and timeout
errors into :class:`SearchUnavailable`, which the search page answers with HTTP 503.

For editors (gap in Wagtail: its admin views let any search error through as a 500), the
admin's index (the ``"default"`` backend on a search server) answers an unavailable
server with no results: :class:`AdminOutageResultsMixin`. The failure is logged once and
the server is not asked again for ``OUTAGE_PAUSE`` seconds; the request that searched is
marked (:class:`SearchRequestMiddleware`), so the admin page shows a warning in the
editor's language (a Django message on full pages, the ``search_unavailable`` template
variable in the choosers' results, ``templates/wagtailadmin/generic/chooser/results.html``).
"""

import contextvars
import logging
import time

from django.contrib import messages
from django.db import OperationalError
from django.utils.translation import gettext

logger = logging.getLogger(__name__)

#: Seconds during which indexing into an unreachable search server is skipped after a failure.
OUTAGE_PAUSE = 30

#: HTTP statuses from a search server that mean "try again later" rather than "bad request".
UNAVAILABLE_STATUSES = {429, 502, 503, 504}

_outages = {}  # server key -> time.monotonic() until which indexing is skipped
_request = contextvars.ContextVar("search_request", default=None)
UNAVAILABLE_ATTRIBUTE = "_search_unavailable"


class SearchUnavailable(Exception):
    """The search backend cannot answer now (server down, hanging, or the database refused)."""


def is_unavailable(error):
    """True when ``error`` means the search backend cannot be reached or did not answer in time."""
    if isinstance(error, SearchUnavailable | OperationalError | ConnectionError | TimeoutError):
        return True
    try:
        import urllib3.exceptions
    except ImportError:  # pragma: no cover - urllib3 comes with both search clients
        pass
    else:
        if isinstance(error, urllib3.exceptions.HTTPError):
            return True
    try:
        import elastic_transport
        import elasticsearch
    except ImportError:  # pragma: no cover - optional client
        pass
    else:
        if isinstance(error, elastic_transport.ConnectionError | elastic_transport.ConnectionTimeout):
            return True
        if isinstance(error, elasticsearch.ApiError) and error.status_code in UNAVAILABLE_STATUSES:
            return True
    try:
        import opensearchpy.exceptions
    except ImportError:  # pragma: no cover - optional client
        pass
    else:
        if isinstance(error, opensearchpy.exceptions.ConnectionError):
            return True
        if isinstance(error, opensearchpy.exceptions.TransportError) and error.status_code in UNAVAILABLE_STATUSES:
            return True
    return False


def run_search(func):
    """Call ``func()`` (which must evaluate the results, e.g. ``lambda: list(results[:10])``).

    Connection and timeout errors of the backend become :class:`SearchUnavailable`;
    any other error is left alone (it is a bug, not an outage).
    """
    try:
        return func()
    except SearchUnavailable:
        raise
    except Exception as error:
        if not is_unavailable(error):
            raise
        logger.warning("Search unavailable: %s: %s", type(error).__name__, error)
        raise SearchUnavailable(str(error)) from error


def outage_active(server):
    """True while indexing into ``server`` is paused after a failure."""
    until = _outages.get(server)
    if until is None:
        return False
    if time.monotonic() >= until:
        _outages.pop(server, None)
        return False
    return True


def reset_outages():
    """Forget every paused server (tests; the pause also ends by itself)."""
    _outages.clear()


def guard_indexing(server, backend_name, action, obj, operation):
    """Run ``operation()`` (index or delete ``obj``) unless ``server`` is known to be down.

    Returns True when the operation ran. An unavailable server is logged once, as an
    error naming the object and its id, and pauses indexing into it for ``OUTAGE_PAUSE``
    seconds; other errors propagate (Wagtail logs and swallows them for these backends).
    """
    label = f"{obj._meta.label} id {obj.pk}"
    if outage_active(server):
        logger.info("Search server %s paused after a failure: %s not %s in '%s'", server, label, action, backend_name)
        return False
    try:
        operation()
    except Exception as error:
        if not is_unavailable(error):
            raise
        _outages[server] = time.monotonic() + OUTAGE_PAUSE
        logger.error(
            "Search server %s unavailable (%s: %s): %s not %s in '%s'; indexing paused for %s s. "
            "Run `manage.py rebuild_search_index` once it answers again.",
            server,
            type(error).__name__,
            error,
            label,
            action,
            backend_name,
            OUTAGE_PAUSE,
        )
        return False
    return True


def unavailable_message():
    return gettext(
        "Search is unavailable right now, so no results are shown. "
        "Browse the lists instead, or try again in a few minutes."
    )


def _mark_request():
    """Tell the editor whose request searched (once per request): a message and a template variable."""
    request = _request.get()
    if request is None or getattr(request, UNAVAILABLE_ATTRIBUTE, False):
        return
    setattr(request, UNAVAILABLE_ATTRIBUTE, True)
    if hasattr(request, "_messages") and not _partial_response(request):
        messages.warning(request, unavailable_message())


def _partial_response(request):
    """Choosers (a modal's results, which say it themselves) and the admin API show no messages:
    one queued there would appear on the editor's next page, long after the outage."""
    match = getattr(request, "resolver_match", None)
    if match is None:
        return False
    return "choose" in (match.view_name or "") or "api" in (match.namespace or "")


class AdminOutageResultsMixin:
    """Search results of the admin's index: no results, not an error, while the server is down."""

    def _guarded(self, operation, empty):
        server = self.backend.server
        if outage_active(server):
            _mark_request()
            return empty
        try:
            return operation()
        except Exception as error:
            if not is_unavailable(error):
                raise
            _outages[server] = time.monotonic() + OUTAGE_PAUSE
            logger.error(
                "Search server %s unavailable (%s: %s): admin searches answer no results for %s s.",
                server,
                type(error).__name__,
                error,
                OUTAGE_PAUSE,
            )
            _mark_request()
            return empty

    def _do_search(self):
        return self._guarded(super()._do_search, [])

    def _do_count(self):
        return self._guarded(super()._do_count, 0)

    def facet(self, field_name):
        return self._guarded(lambda: super(AdminOutageResultsMixin, self).facet(field_name), {})


class SearchRequestMiddleware:
    """Makes the current request known to the search results, so an outage can be shown to the editor.

    Place it after ``MessageMiddleware``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request.set(request)
        try:
            return self.get_response(request)
        finally:
            _request.reset(token)


def search_unavailable(request):
    """Context processor: ``search_unavailable`` is true once a search of this request found the server down.

    A callable, so that it is read when the template uses it, after the view's search ran.
    """
    return {"search_unavailable": lambda: getattr(request, UNAVAILABLE_ATTRIBUTE, False)}
