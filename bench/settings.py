"""Production settings plus the ceiling view (bench/urls.py), for the load and query benchmarks.

Everything else comes from ``portal.settings.production`` and the environment, as in
production; ``bench/load.py`` sets SECRET_KEY, ALLOWED_HOSTS, SECURE_SSL_REDIRECT=false,
CACHE_URL and PAGE_CACHE for each run.
"""

from portal.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
