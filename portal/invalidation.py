"""The one invalidation rule of every cache in the portal, declared here and nowhere else.

Rule: *any change a reader could see empties every cache at once.* Every cached thing (a
whole anonymous page, kept by ``portal/page_cache.py``; a piece of shared data, kept by
``portal/shared_data.py``) is stored under a key that carries the current *generation*,
a number kept in Django's cache itself; a change bumps it, so nothing stored before is
ever read again (it expires by itself). Coarse, but never stale, shared by every app
server, and nothing to learn for a new feature: build what you cache from public data
and key it on what else it depends on (a page, a language); the generation is added for you.

What counts as a change readers could see, connected in ``PortalConfig.ready()``:

- every page type, of every app, now and to come: Wagtail's ``page_published``,
  ``page_unpublished``, ``post_page_move`` and a page's deletion;
- every snippet (``wagtail.snippets``' registry, read when the apps are ready): saved,
  deleted, published or unpublished;
- the models each app names in its ``AppConfig.cache_invalidated_by`` (labels such as
  ``"wagtailcore.Site"``): saved or deleted. ``PortalConfig`` names Wagtail's own that
  pages show (sites, view restrictions, images, documents, promoted search results).

So an app that adds a page type or a snippet touches nothing here; one whose pages show
another model adds its label to its own ``AppConfig``.

The generation is bumped when the change happens and again when its transaction commits,
so what was rebuilt in between from the old data is not kept.
"""

import functools
import logging
import secrets

from django.apps import apps
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

logger = logging.getLogger(__name__)

GENERATION_KEY = "portal:generation"


def generation():
    """The current generation, or None when the cache server is down (then nothing is cached)."""
    try:
        return cache.get(GENERATION_KEY) or _start()
    except Exception:
        logger.warning("cache unavailable", exc_info=True)
        return None


def _start():
    """A new generation after the cache was emptied (a Redis restart, ``cache.clear()``).

    It starts at a random number, never at 0 again, so that a generation that started over
    cannot meet entries stored before the cache was emptied.
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
    except ValueError:  # emptied meanwhile: a new random start is as good as a bump
        _start()
    except Exception:
        logger.error("cache: could not invalidate", exc_info=True)


@functools.cache
def _watched():
    """{model: also on save?}: every snippet and each app's ``cache_invalidated_by``, read once apps are ready.

    A snippet with drafts changes what readers see when it is published or unpublished
    (Wagtail's signals, above), not when a draft is saved: only its deletion is watched here.
    """
    from wagtail.models import DraftStateMixin
    from wagtail.snippets.models import get_snippet_models

    watched = {model: not issubclass(model, DraftStateMixin) for model in get_snippet_models()}
    for config in apps.get_app_configs():
        for label in getattr(config, "cache_invalidated_by", ()):
            watched[apps.get_model(label)] = True
    return watched


def connect():
    """Connect the rule to the signals (``PortalConfig.ready()``).

    One receiver for every model's save and delete, which looks the sender up: snippets are
    registered after ``portal`` is ready (``wagtail.snippets`` comes later in ``INSTALLED_APPS``).
    """
    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(invalidate, dispatch_uid=f"portal-invalidate-{id(signal)}")
    post_save.connect(_on_save, dispatch_uid="portal-invalidate-save")
    post_delete.connect(_on_delete, dispatch_uid="portal-invalidate-delete")


def _on_save(sender, raw=False, **kwargs):
    if not raw and _watched().get(sender):
        invalidate()


def _on_delete(sender, instance, **kwargs):
    from wagtail.models import Page

    # Any page type (post_delete names the concrete class), any watched model.
    if isinstance(instance, Page) or sender in _watched():
        invalidate()
