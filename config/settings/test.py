"""Settings for the test suite (pytest uses these through pytest.ini)."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
WHITENOISE_AUTOREFRESH = True
PAGE_CACHE = False  # tests that need it turn it on (tests/portal/test_page_cache.py)
DATA_CACHE = False  # likewise (tests/portal/test_shared_data.py)
# No rate limits unless a test sets them (tests/security/test_rate_limits.py): the suite searches
# far more often than a reader from its single address.
RATE_LIMITS = {}
