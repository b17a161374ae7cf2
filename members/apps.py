from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = _("Members")
    default_auto_field = "django.db.models.BigAutoField"
    # Public profiles show these (portal/invalidation.py empties the page cache when they change).
    cache_invalidated_by = ["members.Member"]
