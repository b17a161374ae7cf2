"""The page cache for anonymous readers, emptied by every change readers could see.

Wagtail has no page cache of its own (``wagtail.contrib.frontend_cache`` only purges a
CDN in front of the site), and Django's cache middleware knows nothing of publishing.
This middleware stores whole responses for anonymous GET requests of the public site in
Django's cache (Redis when ``CACHE_URL``/``REDIS_URL`` is set, local memory otherwise)
and serves them without touching the database.

Correct under the workflow, by construction:

- Every entry carries a *generation* number kept in the same cache. Publishing,
  unpublishing, moving or deleting a page (a translation included), publishing a
  snippet, and changing view restrictions, images, documents, sites or promoted search
  results bump it, so every page (a listing, a country page that lists tagged content,
  the search page) is rebuilt on its next request. Coarse, but never stale, and shared by every app server. The
  number is bumped when the change happens and again when its transaction commits, so a
  page rebuilt in between from the old data is not kept. A lookup is one round trip:
  the generation and the entry are read together, and an entry of an older generation
  is a miss. The same number keeps ``portal/shared_data.py``'s data current.
- Never stored: logged-in users' requests (they are not even looked up), responses that
  set a cookie (forms with a CSRF token, sessions), non-200 responses, anything outside
  the language-prefixed public site (the admin, previews, documents), and pages with a
  view restriction (``before_serve_page`` marks them; see ``portal/wagtail_hooks.py``).

``PAGE_CACHE`` turns it on (production default) or off (development and tests).
"""

import logging
import re
import secrets

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

logger = logging.getLogger(__name__)

GENERATION_KEY = "portal:page-cache:generation"
NO_CACHE_ATTRIBUTE = "_portal_no_page_cache"
STORED_HEADERS = ("Content-Type", "Content-Disposition", "Content-Language", "Vary", "Cache-Control", "Link")


def _public_path():
    languages = "|".join(re.escape(code) for code, _name in settings.LANGUAGES)
    return re.compile(rf"^/({languages})/")


def enabled():
    return getattr(settings, "PAGE_CACHE", False)


def generation():
    try:
        return cache.get(GENERATION_KEY) or _start()
    except Exception:  # the cache server is down: serve uncached
        logger.warning("page cache unavailable", exc_info=True)
        return None


def _start():
    """A new generation after the cache was emptied (a Redis restart, ``cache.clear()``).

    It starts at a random number, never at 0 again: app servers keep copies of shared data
    under the generation they read (``portal/shared_data.py``), and a generation that
    started over would meet copies made before the cache was emptied.
    """
    cache.add(GENERATION_KEY, secrets.randbits(48) + 1, None)
    return cache.get(GENERATION_KEY)


def invalidate(**_kwargs):
    """Forget every cached page and shared value: bump the generation now, and again when the change commits."""
    _bump()
    transaction.on_commit(_bump)


def _bump():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # emptied meanwhile
        _start()
    except Exception:
        logger.error("page cache: could not invalidate", exc_info=True)


def do_not_cache(request):
    setattr(request, NO_CACHE_ATTRIBUTE, True)


def cacheable_request(request):
    return (
        enabled()
        and request.method in ("GET", "HEAD")
        and _public_path().match(request.path)
        and not request.user.is_authenticated
    )


def storable(request, response):
    cache_control = response.get("Cache-Control", "")
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not getattr(request, NO_CACHE_ATTRIBUTE, False)
        and not any(word in cache_control for word in ("private", "no-cache", "no-store"))
    )


def _key(request):
    return f"portal:page:{request.get_host()}:{request.get_full_path()}"


class PageCacheMiddleware:
    """Placed after AuthenticationMiddleware (it needs ``request.user``) and ``SharedDataMiddleware``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not cacheable_request(request):
            return self.get_response(request)
        key = _key(request)
        try:
            found = cache.get_many([GENERATION_KEY, key])
            current = found.get(GENERATION_KEY) or _start()
        except Exception:  # the cache server is down: serve uncached
            logger.warning("page cache unavailable", exc_info=True)
            return self.get_response(request)
        if current is None:  # the cache server is down (portal/redis_cache.py): serve uncached
            return self.get_response(request)
        from portal import shared_data

        shared_data.know_generation(current)
        stored = found.get(key)
        if stored is not None and stored[0] == current:
            _generation, content, headers = stored
            response = HttpResponse(content, headers=headers)
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if storable(request, response):
            headers = {name: response[name] for name in STORED_HEADERS if name in response}
            try:
                cache.set(key, (current, response.content, headers), settings.PAGE_CACHE_SECONDS)
            except Exception:
                logger.warning("page cache: could not store %s", request.path, exc_info=True)
            response["X-Page-Cache"] = "miss"
        return response


def connect_signals():
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction, Site

    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(invalidate, dispatch_uid=f"portal-page-cache-{id(signal)}")
    post_delete.connect(_on_delete, dispatch_uid="portal-page-cache-delete")
    from wagtail.contrib.search_promotions.models import SearchPromotion

    kept_models = (
        PageViewRestriction,
        CollectionViewRestriction,
        Site,
        get_image_model(),
        get_document_model(),
        SearchPromotion,  # promoted results are shared data (search/views.py)
    )
    for model in kept_models:
        post_save.connect(invalidate, sender=model, dispatch_uid=f"portal-page-cache-save-{model._meta.label}")
        post_delete.connect(invalidate, sender=model, dispatch_uid=f"portal-page-cache-del-{model._meta.label}")
    _on_delete.page_model = Page


def _on_delete(sender, instance, **kwargs):
    if isinstance(instance, _on_delete.page_model):
        invalidate()
