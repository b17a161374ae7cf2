"""Django's Redis cache backend, reusing one Redis client per connection pool.

Django's ``RedisCacheClient.get_client`` builds a new ``redis.Redis`` for every cache
operation, and each one copies redis-py's table of about 170 response callbacks: about
0.1 ms of pure Python per ``get``, more than the round trip itself on a local server. A
public page reads the cache at least once (the page cache's generation), so this was a
measurable share of every request. A ``redis.Redis`` is safe to share: it only holds its
connection pool, which hands out connections per call, per thread, and resets itself
after a fork.

Everything else (serialization, pools, options, several servers) is Django's.
"""

from django.core.cache.backends import redis as django_redis


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


class RedisCache(django_redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
