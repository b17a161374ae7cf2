"""Settings of the worker subprocess of ``test_crash_resume.py``: the test settings (and its test
database, given by DATABASE_URL), mail to the test's SMTP sink on BULLETIN_TEST_SMTP_PORT."""

import os

from config.settings.test import *  # noqa: F403

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "127.0.0.1"
EMAIL_PORT = int(os.environ["BULLETIN_TEST_SMTP_PORT"])
EMAIL_USE_TLS = EMAIL_USE_SSL = False
EMAIL_HOST_USER = EMAIL_HOST_PASSWORD = ""
BULLETIN_BATCH_SIZE = int(os.environ.get("BULLETIN_BATCH_SIZE", 20))
BULLETIN_MAX_PER_SECOND = float(os.environ.get("BULLETIN_MAX_PER_SECOND", 0))
BULLETIN_CONNECTIONS = int(os.environ.get("BULLETIN_CONNECTIONS", 1))
