from django.apps import AppConfig
from django.conf import settings


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"
    # What pages show besides pages and snippets (portal/invalidation.py): a change empties the caches.
    cache_invalidated_by = (
        "wagtailcore.Site",
        "wagtailcore.PageViewRestriction",
        "wagtailcore.CollectionViewRestriction",
        getattr(settings, "WAGTAILIMAGES_IMAGE_MODEL", "wagtailimages.Image"),
        getattr(settings, "WAGTAILDOCS_DOCUMENT_MODEL", "wagtaildocs.Document"),
        "wagtailcore.Locale",
    )

    def ready(self):
        from portal import invalidation

        invalidation.connect()
