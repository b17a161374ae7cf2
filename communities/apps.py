from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunitiesConfig(AppConfig):
    name = "communities"
    verbose_name = _("Communities")
    default_auto_field = "django.db.models.BigAutoField"
    # What community pages show beyond their own fields: members and managers, threads and
    # replies, announcements, the calendar and webinars (portal/invalidation.py empties the caches when one changes).
    cache_invalidated_by = [
        "communities.Membership",
        "communities.Thread",
        "communities.Post",
        "communities.Announcement",
        "communities.CommunityEvent",
        "communities.WebinarSeries",
    ]

    def ready(self):
        from communities import files, manager_rights, privacy
        from communities.demo import load_demo_communities
        from demo.loader import demo_content_loaded

        privacy.connect()
        manager_rights.connect()
        files.connect()
        demo_content_loaded.connect(load_demo_communities, dispatch_uid="communities_demo")
