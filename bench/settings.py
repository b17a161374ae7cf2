"""Production settings plus the ceiling view (bench/urls.py), for the load and query benchmarks.

Everything else comes from ``config.settings.production`` and the environment, as in
production; ``bench/load.py`` sets SECRET_KEY, ALLOWED_HOSTS, SECURE_SSL_REDIRECT=false,
CACHE_URL and PAGE_CACHE for each run.
"""

from config.settings.production import *  # noqa: F403
from config.settings.production import env

ROOT_URLCONF = "bench.urls"
# bench/weight.py serves media files through Django (a web server does in production).
BENCH_SERVE_MEDIA = env.bool("BENCH_SERVE_MEDIA", False)
