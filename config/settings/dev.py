"""Local development: DEBUG on, a throwaway secret key, mail printed to the console."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", True)
SECRET_KEY = env.str("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
WHITENOISE_AUTOREFRESH = True
PAGE_CACHE = env.bool("PAGE_CACHE", False)  # templates change under your feet here
DATA_CACHE = env.bool("DATA_CACHE", False)
