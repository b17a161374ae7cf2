"""Django's Redis cache backend: one Redis client per connection pool, and the site up when Redis is down.

One client per pool: Django's ``RedisCacheClient.get_client`` builds a new
``redis.Redis`` for every cache operation, and each one copies redis-py's table of about
170 response callbacks: more pure Python per ``get`` than the round trip itself on a local
server (``bench/README.md``). A page cache hit reads the cache three times (the
generation, Django's header list, the page), so this is a measurable share of every request. A ``redis.Redis`` is safe
to share: it only holds its connection pool, which hands out connections per call, per
thread, and resets itself after a fork.

The cache is an optimisation, so an unreachable Redis must not take the site down (gap in
Django: its backend lets ``redis.ConnectionError`` through every ``cache.get``, and
Wagtail reads the cache on every request for its site root paths). Here a connection or
timeout error makes a read a miss and a write a no-op; the outage is logged once (then
at most once per ``RETRY_SECONDS``), and further operations do not even try the server
until ``RETRY_SECONDS`` have passed, so a request never waits on a dead server more than
once per interval. The first operation after that interval tries again; when it works,
the outage is over and logged as such.

Nothing that was invalidated during the outage comes back stale: a delete, an ``incr``
(the page cache's generation) or a ``clear`` that could not reach the server is
remembered, and the first operation after the server answers again empties the cache
(``FLUSHDB``) before anything is read from it. A page kept before the outage and
published during it is therefore never served again. (Bound: if this process ends before
the server returns, the forgotten invalidation expires with the entries themselves,
``PAGE_CACHE_SECONDS`` and ``DATA_CACHE_SECONDS``; sessions are not kept in the cache.)

Everything else (serialization, pools, options, several servers) is Django's.
"""

import logging
import threading
import time

import redis
from django.core.cache.backends import redis as django_redis
from django.core.cache.backends.base import DEFAULT_TIMEOUT

logger = logging.getLogger(__name__)

#: Seconds between two attempts to reach a Redis server that failed (and between two log lines).
RETRY_SECONDS = 10

_now = time.monotonic  # the clock (tests move it)

#: What "the server is unreachable" looks like to redis-py (BusyLoadingError is a ConnectionError).
UNAVAILABLE = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError)


class RedisCacheClient(django_redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None or client.connection_pool is not pool:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class Outage:
    """What this process knows about one Redis location: down since when, and what it missed.

    Shared by every thread's cache object for the same location (Django builds one cache
    object per thread).
    """

    def __init__(self, location):
        self.location = location
        self.lock = threading.Lock()
        self.down = False
        self.retry_at = 0.0
        self.missed_invalidation = False

    def failed(self, error, invalidating):
        with self.lock:
            now = _now()
            self.missed_invalidation = self.missed_invalidation or invalidating
            log = not self.down or now >= self.retry_at
            self.down = True
            self.retry_at = now + RETRY_SECONDS
        if log:
            logger.error(
                "Cache server %s unavailable (%s: %s): serving without the cache; next attempt in %s s.",
                self.location,
                type(error).__name__,
                error,
                RETRY_SECONDS,
            )

    def skip(self, invalidating):
        """True while the server is known down and the next attempt is not due (remembers a missed invalidation)."""
        with self.lock:
            if self.down and _now() < self.retry_at:
                self.missed_invalidation = self.missed_invalidation or invalidating
                return True
            return False

    def recovered(self, flush):
        """The server answered again: empty it first if an invalidation was missed (``flush()``)."""
        with self.lock:
            if not self.down:
                return
            missed = self.missed_invalidation
            if missed:
                flush()  # may raise: still down, tried again later
            self.down = False
            self.missed_invalidation = False
        logger.warning(
            "Cache server %s reachable again%s.",
            self.location,
            "; emptied, since changes were made while it was unreachable" if missed else "",
        )


_outages = {}
_outages_lock = threading.Lock()


def outage_for(location):
    with _outages_lock:
        if location not in _outages:
            _outages[location] = Outage(location)
        return _outages[location]


class RedisCache(django_redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
        self._outage = outage_for(tuple(self._servers))

    def _run(self, operation, fallback, *, invalidating=False):
        outage = self._outage
        if outage.skip(invalidating):
            return fallback()
        try:
            if outage.down:
                outage.recovered(lambda: self._cache.clear())
            return operation()
        except UNAVAILABLE as error:
            outage.failed(error, invalidating)
            return fallback()

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._run(lambda: super(RedisCache, self).add(key, value, timeout, version), lambda: False)

    def get(self, key, default=None, version=None):
        return self._run(lambda: super(RedisCache, self).get(key, default, version), lambda: default)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._run(lambda: super(RedisCache, self).set(key, value, timeout, version), lambda: None)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._run(lambda: super(RedisCache, self).touch(key, timeout, version), lambda: False)

    def delete(self, key, version=None):
        return self._run(lambda: super(RedisCache, self).delete(key, version), lambda: False, invalidating=True)

    def get_many(self, keys, version=None):
        return self._run(lambda: super(RedisCache, self).get_many(keys, version), dict)

    def has_key(self, key, version=None):
        return self._run(lambda: super(RedisCache, self).has_key(key, version), lambda: False)

    def incr(self, key, delta=1, version=None):
        def missing():
            raise ValueError(f"Key '{key}' not found (the cache server is unavailable).")

        return self._run(lambda: super(RedisCache, self).incr(key, delta, version), missing, invalidating=True)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._run(lambda: super(RedisCache, self).set_many(data, timeout, version), lambda: list(data))

    def delete_many(self, keys, version=None):
        return self._run(lambda: super(RedisCache, self).delete_many(keys, version), lambda: None, invalidating=True)

    def clear(self):
        return self._run(lambda: super(RedisCache, self).clear(), lambda: False, invalidating=True)


def reset_outages():
    """Forget every known outage (tests)."""
    with _outages_lock:
        _outages.clear()
