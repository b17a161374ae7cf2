from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = _("Members")
    default_auto_field = "django.db.models.BigAutoField"
    # Public profiles and the "Proposed by" credits show a member's name (portal/invalidation.py
    # empties the caches when one changes). A proposal alone shows nowhere until the page made
    # from it is published, and a publish empties them anyway: proposals sent, accepted or
    # rejected do not empty every cache.
    cache_invalidated_by = ["members.Member"]

    def ready(self):
        from wagtail.signals import page_published

        page_published.connect(_page_published, dispatch_uid="members_page_published")


def _page_published(sender, instance, **kwargs):
    from members.accept import page_published

    page_published(instance)
