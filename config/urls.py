from allauth import urls as allauth_urls
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.decorators.cache import never_cache
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.utils.urlpatterns import decorate_urlpatterns

from portal.security.headers import private_restricted_documents
from portal.security.spreadsheets import wagtail_report_urlpatterns
from portal.sitemaps import PortalSitemap

handler500 = "portal.errors.server_error"  # a database outage is a 503 in the reader's language

urlpatterns = [
    path("django-admin/", admin.site.urls),
    # Wagtail's reports with CSV exports that cannot run formulas (portal/security/spreadsheets.py).
    *wagtail_report_urlpatterns("admin/reports/"),
    path("admin/", include(wagtailadmin_urls)),
    # Restricted documents are answered "Cache-Control: private" (portal/security/headers.py).
    path("documents/", include(decorate_urlpatterns(list(wagtaildocs_urls.urlpatterns), private_restricted_documents))),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PortalSitemap}}),
    # The mail provider's bounce webhook (bulletin/bounces.py).
    path("", include("bulletin.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under its language: /es/…, /en/…, /fr/…; "/" sends the
# reader to the best language their browser asks for (LocaleMiddleware).
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    # Members' accounts (django-allauth) and profiles (members/): forms with a CSRF token, never cached.
    path("accounts/", include(decorate_urlpatterns(list(allauth_urls.urlpatterns), never_cache))),
    path("members/", include("members.urls")),
    # Reader comments (comments/): posting (members) and reporting; the comments show on the pages.
    path("comments/", include("comments.urls")),
    path("feeds/", include("feeds.urls")),
    path("community-invitations/", include("communities.urls")),
    # Questions on pages and the contact form (qa/): forms, never cached.
    path("", include("qa.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
