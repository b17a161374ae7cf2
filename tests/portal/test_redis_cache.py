"""portal/redis_cache.py: Django's Redis cache, with one client per connection pool.

Runs against the Redis server at 127.0.0.1:6379 (database 7, emptied by the tests), which
.ci/run starts when it is down; ``TEST_REDIS_URL`` names another (a server of your own when
others share the machine). Skipped only where no server answers.
"""

import os
import socket
from urllib.parse import urlsplit

import pytest

from portal.redis_cache import RedisCache

URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/7")


def redis_is_up():
    address = urlsplit(URL)
    try:
        socket.create_connection((address.hostname, address.port or 6379), timeout=0.5).close()
        return True
    except OSError:
        return False


@pytest.fixture
def redis_cache():
    cache = RedisCache(URL, {})
    yield cache
    if redis_is_up():
        cache.clear()


def test_one_client_serves_every_operation(redis_cache):
    client = redis_cache._cache.get_client("a")
    assert redis_cache._cache.get_client("b") is client
    assert redis_cache._cache.get_client("c", write=True) is client  # one server: one pool


@pytest.mark.skipif(not redis_is_up(), reason=f"no Redis server at {URL}")
def test_it_is_still_djangos_cache(redis_cache):
    assert redis_cache.get("missing", "default") == "default"
    redis_cache.set("page", {"title": "Bélgica", "ids": [1, 2]}, 60)
    assert redis_cache.get("page") == {"title": "Bélgica", "ids": [1, 2]}
    assert redis_cache.get_many(["page", "missing"]) == {"page": {"title": "Bélgica", "ids": [1, 2]}}
    assert redis_cache.add("generation", 5, None) and not redis_cache.add("generation", 9, None)
    assert redis_cache.incr("generation") == 6
    redis_cache.delete("page")
    assert redis_cache.get("page") is None


@pytest.mark.skipif(not redis_is_up(), reason=f"no Redis server at {URL}")
def test_a_new_pool_after_a_fork_gets_its_own_client(redis_cache):
    first = redis_cache._cache.get_client()
    redis_cache._cache._pools.clear()  # as if the pools were made again
    second = redis_cache._cache.get_client()
    assert second is not first and second.connection_pool is redis_cache._cache._pools[0]
    redis_cache.set("after", 1, 60)
    assert redis_cache.get("after") == 1
