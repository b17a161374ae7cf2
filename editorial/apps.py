from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    """Roles, tree ownership, the moderated workflow and its notifications."""

    name = "editorial"
    label = "editorial"
    verbose_name = _("Editorial")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from editorial import comment_revisions, outdated, ownership, restriction_sync, treesync  # noqa: F401  (signal handlers)
        from editorial.media_privacy import register_policies
        from editorial.notifications import replace_wagtail_notifiers
        from editorial.workflow_names import connect as translate_workflow_names
        from portal.upstream import explorer_listing

        replace_wagtail_notifiers()
        register_policies()
        explorer_listing.register_policy()  # the explorer's pages as one filter (see that module)
        translate_workflow_names()
