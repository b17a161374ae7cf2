from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = _("Members")
    default_auto_field = "django.db.models.BigAutoField"
    # Public profiles show these (portal/invalidation.py empties the page cache when they change).
    cache_invalidated_by = ["members.Member", "members.Proposal"]

    def ready(self):
        from wagtail.signals import page_published

        page_published.connect(_page_published, dispatch_uid="members_page_published")


def _page_published(sender, instance, **kwargs):
    from members.accept import page_published

    page_published(instance)
