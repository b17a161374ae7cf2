from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    name = "comments"
    verbose_name = _("Reader comments")
    default_auto_field = "django.db.models.BigAutoField"
    # A comment published, approved, hidden or deleted changes what readers see: every cache
    # is emptied at once (portal/invalidation.py), so an anonymous page kept before never
    # shows a hidden comment nor misses a new one. Reports show nowhere on the public site.
    cache_invalidated_by = ["comments.Comment"]
