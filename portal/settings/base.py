"""Settings shared by every environment.

Everything that differs between machines is read from the environment, through the
typed schema just below; ``.env.example`` and README list every variable.
"""

from pathlib import Path

from django.utils.translation import gettext_lazy as _
from environs import Env

from portal.machine_translation import machine_translator_setting
from search.backends import search_backends_setting

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

env = Env()
env.read_env(BASE_DIR / ".env", recurse=False)

# --- Environment schema -------------------------------------------------------------
DEBUG = env.bool("DEBUG", False)
SECRET_KEY = env.str("SECRET_KEY", "")  # production.py refuses to start without one
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", [])
DATABASES = {"default": env.dj_db_url("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60)}
CACHE_URL = env.str("CACHE_URL", "") or env.str("REDIS_URL", "")
EMAIL_CONFIG = env.dj_email_url("EMAIL_URL", "console://")
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", "portal@localhost")
MEDIA_ROOT = env.path("MEDIA_ROOT", BASE_DIR / "media")
STATIC_ROOT = env.path("STATIC_ROOT", BASE_DIR / "static")
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Search: ELASTICSEARCH_URL or OPENSEARCH_URL, each with _INDEX_PREFIX, _TIMEOUT, _USER, _PASSWORD;
# the database without either. Read below by search_backends_setting (search/backends.py).
# MACHINE_TRANSLATION, DEEPL_API_KEY, LIBRETRANSLATE_URL, LIBRETRANSLATE_API_KEY; None when off.
MACHINE_TRANSLATOR = machine_translator_setting(env)
# -------------------------------------------------------------------------------------

INSTALLED_APPS = [
    "home",
    "countries",
    "themes",
    "casestudies",
    "resources",
    "news",
    "search",
    "portal",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    # After wagtail.admin: its ready() replaces Wagtail's workflow email handlers.
    "portal.editorial",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "portal.shared_data.SharedDataMiddleware",
    "portal.page_cache.PageCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "portal.context_processors.site_name",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages ----------------------------------------------------------------------
# Spanish is the language the content is written in first; English and French are
# translations kept in step by wagtail-localize.
LANGUAGE_CODE = "es"
LANGUAGES = [
    ("es", _("Spanish")),
    ("en", _("English")),
    ("fr", _("French")),
]
# Dates as each language writes them (portal/formats/: English without "Oct. 20, 2008").
FORMAT_MODULE_PATH = ["portal.formats"]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# The portal's catalogues, then the Wagtail admin strings Wagtail's own catalogues lack
# (portal/wagtail_catalogue).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "portal" / "wagtail_catalogue" / "locale"]

# --- Editorial workflow (portal/editorial) ------------------------------------------------
# Editing a page during review sends it back to the start of the review.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# Approval publishes the page; reviewers need no publish right of their own.
WAGTAIL_FINISH_WORKFLOW_ACTION = "portal.editorial.publishing.publish_on_approval"
# Reviewers and tree owners get the workflow emails; superusers only if they are one.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAILADMIN_NOTIFICATION_USE_HTML = False
USE_I18N = True
TIME_ZONE = "UTC"
USE_TZ = True

# --- Static and media ---------------------------------------------------------------
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "portal" / "static"]
STATIC_URL = "/static/"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Email --------------------------------------------------------------------------
vars().update(EMAIL_CONFIG)

# --- Cache --------------------------------------------------------------------------
# Anonymous readers' page cache (portal/page_cache.py): on unless PAGE_CACHE=false.
PAGE_CACHE = env.bool("PAGE_CACHE", True)
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", 600)
# Data every page repeats (site, menus, language versions, restrictions; portal/shared_data.py),
# kept until the next change readers could see: on unless DATA_CACHE=false.
DATA_CACHE = env.bool("DATA_CACHE", True)
DATA_CACHE_SECONDS = env.int("DATA_CACHE_SECONDS", 3600)
# Each app server process keeps copies of what it read from it, up to this size (0: none).
DATA_CACHE_LOCAL_MB = env.int("DATA_CACHE_LOCAL_MB", 32)
# A CDN or caching proxy in front of the site, purged on publish (wagtail.contrib.frontend_cache).
FRONTEND_CACHE_URL = env.str("FRONTEND_CACHE_URL", "")
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "default": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": FRONTEND_CACHE_URL}
    }
if CACHE_URL:
    CACHES = {"default": {"BACKEND": "portal.redis_cache.RedisCache", "LOCATION": CACHE_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Wagtail ------------------------------------------------------------------------
# The portal's one name, in the reader's (or the admin user's) language: the header, the
# <title> of every page, the breadcrumb's first step, OpenGraph tags and Wagtail's admin.
WAGTAIL_SITE_NAME = _("Social Security for All")
# No avatars from other hosts: they leak editors' email hashes and fail offline.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# One backend per language: "default" is Spanish (LANGUAGE_CODE), then "en" and "fr" (search/backends.py).
WAGTAILSEARCH_BACKENDS = search_backends_setting(
    env, languages=[code for code, _name in LANGUAGES], default_language=LANGUAGE_CODE
)
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
if MACHINE_TRANSLATOR:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = MACHINE_TRANSLATOR
# A new translation starts as a draft, even of a live page: it goes live through the workflow.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Listing pages show this many items per page.
PORTAL_LISTING_PAGE_SIZE = 12
