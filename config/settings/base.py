"""Settings shared by every environment.

Everything that differs between machines is read from the environment, through the
typed schema just below; ``.env.example`` and README list every variable.
"""

import datetime
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
# Persistent connections, checked before reuse: the first request after a database restart works.
DATABASES = {
    "default": env.dj_db_url(
        "DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60, conn_health_checks=True
    )
}
CACHE_URL = env.str("CACHE_URL", "") or env.str("REDIS_URL", "")
EMAIL_CONFIG = env.dj_email_url("EMAIL_URL", "console://")
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", "portal@localhost")
# The site team's address: the contact form's messages go there (qa/).
CONTACT_EMAIL = env.str("CONTACT_EMAIL", "team@localhost")
MEDIA_ROOT = env.path("MEDIA_ROOT", BASE_DIR / "media")
# Documents members propose, kept outside MEDIA_ROOT until a moderator accepts them (members/).
PROPOSALS_UPLOAD_ROOT = env.path("PROPOSALS_UPLOAD_ROOT", BASE_DIR / "proposals")
# Webinar slides uploaded by community managers, outside MEDIA_ROOT: served only to readers of the community.
COMMUNITY_SLIDES_ROOT = env.path("COMMUNITY_SLIDES_ROOT", BASE_DIR / "community-slides")
PROPOSALS_MAX_UPLOAD_SIZE = env.int("PROPOSALS_MAX_UPLOAD_MB", 10) * 1024 * 1024
STATIC_ROOT = env.path("STATIC_ROOT", BASE_DIR / "static")
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Search: ELASTICSEARCH_URL or OPENSEARCH_URL, each with _INDEX_PREFIX, _TIMEOUT, _USER, _PASSWORD;
# the database without either. Read below by search_backends_setting (search/backends.py).
# MACHINE_TRANSLATION, DEEPL_API_KEY, LIBRETRANSLATE_URL, LIBRETRANSLATE_API_KEY; None when off.
MACHINE_TRANSLATOR = machine_translator_setting(env)
# How many proxies of our own stand in front of the app (0: REMOTE_ADDR is the reader).
CLIENT_IP_PROXY_COUNT = env.int("CLIENT_IP_PROXY_COUNT", 0)
# Login lockout (portal/security/lockout.py): failures per account and per address, and for how long.
LOGIN_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", 5)
LOGIN_LOCKOUT_MINUTES = env.int("LOGIN_LOCKOUT_MINUTES", 15)
# Rate limits per reader's address (portal/security/ratelimits.py), as "count/period" (s, m, h, d).
RATE_LIMITS = {
    "search": env.str("RATE_LIMIT_SEARCH", "30/m"),
    "autocomplete": env.str("RATE_LIMIT_AUTOCOMPLETE", "120/m"),
    "email": env.str("RATE_LIMIT_EMAIL", "5/h"),
    # Members (members/): creating accounts and signing in on the public site.
    "signup": env.str("RATE_LIMIT_SIGNUP", "5/h"),
    "login": env.str("RATE_LIMIT_LOGIN", "20/m"),
    # Proposals ("Propose…"), per member and per address.
    "propose": env.str("RATE_LIMIT_PROPOSE", "10/h"),
    # Following with one click (members) and saving follow preferences (feeds/).
    "follow": env.str("RATE_LIMIT_FOLLOW", "60/h"),
    # Questions on country, region and theme pages (qa/), per member and per address.
    "question": env.str("RATE_LIMIT_QUESTION", "5/h"),
    # Reader comments (comments/): posting, per member and per address; reports, per address.
    "comment": env.str("RATE_LIMIT_COMMENT", "10/h"),
    "report": env.str("RATE_LIMIT_REPORT", "10/h"),
}
# -------------------------------------------------------------------------------------

INSTALLED_APPS = [
    "home",
    "countries",
    "themes",
    "casestudies",
    "resources",
    "news",
    "feeds",
    "members",
    "comments",
    "qa",
    "observatory",
    "communities",
    "bulletin",
    "search",
    # The demo site's content and loader (manage.py load_demo_content).
    "demo",
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
    "editorial",
    "django_tasks",
    "django_tasks_db",
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
    "axes",
    "allauth",
    "allauth.account",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy and Permissions-Policy on every answer (portal/security/headers.py).
    "portal.security.headers.ContentSecurityPolicyMiddleware",
    "portal.security.headers.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # The page cache's response phase (runs last): Cache-Control, then stores (portal/page_cache.py).
    "portal.page_cache.UpdateCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "portal.shared_data.SharedDataMiddleware",
    "portal.page_cache.FetchFromCacheMiddleware",
    # Without shared data: the site's root page from the live home pages each request reads
    # anyway (home/middleware.py). After the page cache, so its hits never reach it.
    "home.middleware.SiteRootMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "search.resilience.SearchRequestMiddleware",
    # Says whose tree a refused page belongs to (a gap in Wagtail's refusal: see the module).
    "editorial.permission_denied.OwnersOnRefusalMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Per view (process_view), after the page cache answered what it keeps.
    "portal.security.ratelimits.RateLimitMiddleware",
    # Last: turns a refused login into the lockout page (portal/security/lockout.py).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

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
                "search.resilience.search_unavailable",
                "portal.context_processors.site_name",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Content-Security-Policy (portal/security/headers.py) -------------------------------
# Video hosts the "Embedded media" block may frame on public pages.
CSP_FRAME_SRC = env.list(
    "CSP_FRAME_SRC", ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"]
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "frame-src": ["'self'", *CSP_FRAME_SRC],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
# Wagtail's admin writes inline scripts and styles and takes no nonce (see headers.py).
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
    }
}

# --- Login protection (portal/security/lockout.py) ----------------------------------------
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses a locked-out account or address
    "django.contrib.auth.backends.ModelBackend",
    # Members sign in with their email address (members/).
    "allauth.account.auth_backends.AuthenticationBackend",
]
AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMIT
# Locked per account (from any address) and per address (whatever the account), for known
# and unknown usernames alike: the answer never tells whether an account exists.
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_COOLOFF_TIME = datetime.timedelta(minutes=LOGIN_LOCKOUT_MINUTES)
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "portal.security.lockout.lockout_response"
AXES_CLIENT_IP_CALLABLE = "portal.security.client_ip.client_ip"
AXES_HTTP_RESPONSE_CODE = 429
# The admin's login sends "username", the members' (allauth) "login" (an email address).
AXES_USERNAME_CALLABLE = "members.security.login_username"
# No table of every successful login with its address: failures are what the lockout needs.
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False
# A page or document collection restricted by one shared password would be a login form
# without an account to lock: only "logged-in users" and "these groups" are offered.
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}

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

# --- Editorial workflow (editorial) ------------------------------------------------
# Editing a page during review sends it back to the start of the review.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# Approval publishes the page; reviewers need no publish right of their own.
WAGTAIL_FINISH_WORKFLOW_ACTION = "editorial.publishing.publish_on_approval"
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

# --- Background tasks (django-tasks) --------------------------------------------------
# "default": Wagtail's own small tasks (reference index, image focal points, cache purges) run
# in the request as before. "bulletin": the bulletin's sending (bulletin/sending.py) is queued
# in the database and run by `manage.py db_worker --backend bulletin --queue-name bulletin`.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "bulletin": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["bulletin"]},
}
BULLETIN_BATCH_SIZE = env.int("BULLETIN_BATCH_SIZE", 500)
BULLETIN_MAX_PER_SECOND = env.float("BULLETIN_MAX_PER_SECOND", 0)  # the mail provider's rate; 0: no limit
BULLETIN_CONNECTIONS = env.int("BULLETIN_CONNECTIONS", 4)  # mail-server connections a batch sends over at once
BULLETIN_STALLED_MINUTES = env.int("BULLETIN_STALLED_MINUTES", 10)
BULLETIN_BOUNCE_WEBHOOK_SECRET = env.str("BULLETIN_BOUNCE_WEBHOOK_SECRET", "")

# --- Cache --------------------------------------------------------------------------
# Both caches are emptied by every change readers could see (portal/invalidation.py).
# Anonymous readers' page cache (portal/page_cache.py): on unless PAGE_CACHE=false; kept here
# PAGE_CACHE_SECONDS, and "Cache-Control: public, max-age=PAGE_CACHE_MAX_AGE" for browsers and a CDN.
PAGE_CACHE = env.bool("PAGE_CACHE", True)
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", 600)
PAGE_CACHE_MAX_AGE = env.int("PAGE_CACHE_MAX_AGE", 60)
# Data every page repeats (site, menus, language versions, restrictions; portal/shared_data.py),
# kept until the next change readers could see: on unless DATA_CACHE=false.
DATA_CACHE = env.bool("DATA_CACHE", True)
DATA_CACHE_SECONDS = env.int("DATA_CACHE_SECONDS", 3600)
# A CDN or caching proxy in front of the site, purged on publish (wagtail.contrib.frontend_cache).
FRONTEND_CACHE_URL = env.str("FRONTEND_CACHE_URL", "")
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "default": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": FRONTEND_CACHE_URL}
    }
if CACHE_URL:
    # Short timeouts: an unreachable Redis costs a request at most this, once per interval (portal/redis_cache.py).
    CACHES = {
        "default": {
            "BACKEND": "portal.redis_cache.RedisCache",
            "LOCATION": CACHE_URL,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Sessions in the database, never only in the cache: logins survive a Redis outage or flush.
SESSION_ENGINE = "django.contrib.sessions.backends.db"

# --- Wagtail ------------------------------------------------------------------------
# The portal's one name, in the reader's (or the admin user's) language: the header, the
# <title> of every page, the breadcrumb's first step, OpenGraph tags and Wagtail's admin.
WAGTAIL_SITE_NAME = _("Social Security for All")
# No avatars from other hosts: they leak editors' email hashes and fail offline.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# 40 megapixels (a 7,700 × 5,200 photo) is more than any page shows; memory for a rendition
# grows with the original's pixels (bench/image_memory.py measures it at this limit).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = env.int("IMAGES_MAX_MEGAPIXELS", 40) * 1_000_000
# One backend per language: "default" is Spanish (LANGUAGE_CODE), then "en" and "fr" (search/backends.py).
WAGTAILSEARCH_BACKENDS = search_backends_setting(
    env, languages=[code for code, _name in LANGUAGES], default_language=LANGUAGE_CODE
)
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
if MACHINE_TRANSLATOR:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = MACHINE_TRANSLATOR
# A new translation starts as a draft, even of a live page: it goes live through the workflow.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# --- Members (members/, django-allauth) ---------------------------------------------
# Members sign up and sign in with their email address, verified before the first login.
ACCOUNT_ADAPTER = "members.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_FORMS = {"signup": "members.forms.SignupForm"}
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS = env.int("ACCOUNT_VERIFICATION_DAYS", 3)
# Days a community's invitation link stays valid (communities/invitations.py).
COMMUNITY_INVITATION_DAYS = env.int("COMMUNITY_INVITATION_DAYS", 14)
# The daily check_community_activity (communities/activity.py): a community with no new content
# for this many days is flagged; join requests older than this are reminded; no re-email within.
COMMUNITY_INACTIVE_DAYS = env.int("COMMUNITY_INACTIVE_DAYS", 365)
COMMUNITY_REQUEST_REMINDER_DAYS = env.int("COMMUNITY_REQUEST_REMINDER_DAYS", 30)
COMMUNITY_REMINDER_INTERVAL_DAYS = env.int("COMMUNITY_REMINDER_INTERVAL_DAYS", 30)
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
# Limits come from RATE_LIMITS (portal/security/ratelimits.py) and the login lockout (axes).
ACCOUNT_RATE_LIMITS = False
LOGIN_URL = "account_login"
# A page or document closed to the reader sends them to the portal's own sign-in (Wagtail's default
# is its bare form at /<lang>/_util/login/); the URL name is resolved in the reader's language.
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
LOGIN_REDIRECT_URL = "members:profile"

# Listing pages show this many items per page.
PORTAL_LISTING_PAGE_SIZE = 12

# Reader comments (comments/): longest text, comments (with their replies) per page, and how
# many of a member's comments a moderator approves before the next ones are published at once.
COMMENTS_MAX_LENGTH = 3000
COMMENTS_PER_PAGE = 20
COMMENTS_TRUSTED_AFTER = 1
# What other apps add to each listing card, in the listing's own query (portal/models/listing.py).
PORTAL_LISTING_ITEM_ANNOTATIONS = ["comments.threads.annotate_counts"]
# What other apps show on a page served to readers, read in the page's own query (portal/models/listing.py).
PORTAL_READER_PAGE_ANNOTATIONS = ["qa.faq.annotate_reader_page"]

# Rich text: Wagtail's Draftail editor, an untouched empty field staying empty (portal/upstream/rich_text.py).
WAGTAILADMIN_RICH_TEXT_EDITORS = {"default": {"WIDGET": "portal.upstream.rich_text.DraftailRichTextArea"}}
