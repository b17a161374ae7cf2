"""Settings for the test suite (pytest uses these through pytest.ini)."""

import tempfile
from pathlib import Path

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
PROPOSALS_UPLOAD_ROOT = Path(tempfile.gettempdir()) / "portal-test-proposals"
COMMUNITY_SLIDES_ROOT = Path(tempfile.gettempdir()) / "portal-test-community-slides"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
WHITENOISE_AUTOREFRESH = True
# The caches are on, as in production; tests/conftest.py empties them between tests.
PAGE_CACHE = True
DATA_CACHE = True
# No rate limits unless a test sets them (tests/security/test_rate_limits.py): the suite searches
# far more often than a reader from its single address.
RATE_LIMITS = {}

# The bulletin's batches send from the task's own thread: other threads' database connections
# would not see the test's transaction (tests/bulletin/test_crash_resume.py runs its worker with 3).
BULLETIN_CONNECTIONS = 1
