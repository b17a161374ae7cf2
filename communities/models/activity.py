"""The state of the periodic community check (``communities/activity.py``): one row per community.

Kept apart from the page (not translated, not versioned): when the check last saw new
content, when it flagged the community inactive, when it asked the managers to revive or
archive it, when a manager chose to keep it, and when pending join requests were last
reminded. The dates make the command idempotent (no second email within
``COMMUNITY_REMINDER_INTERVAL_DAYS``).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ActivityCheck(models.Model):
    community = models.OneToOneField(
        "communities.CommunityPage",
        on_delete=models.CASCADE,
        related_name="activity_check",
        verbose_name=_("community"),
    )
    last_activity = models.DateTimeField(_("last new content"), null=True, blank=True)
    checked_at = models.DateTimeField(_("last checked"), null=True, blank=True)
    flagged_at = models.DateTimeField(
        _("flagged inactive"), null=True, blank=True, help_text=_("Empty while the community is active.")
    )
    managers_asked_at = models.DateTimeField(_("managers asked to revive or archive"), null=True, blank=True)
    kept_at = models.DateTimeField(_("kept active by a manager"), null=True, blank=True)
    kept_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("kept by"),
    )
    requests_reminded_at = models.DateTimeField(_("join requests last reminded"), null=True, blank=True)

    class Meta:
        verbose_name = _("community activity")
        verbose_name_plural = _("community activity")
        ordering = ["-flagged_at", "last_activity"]

    def __str__(self):
        return str(self.community)

    @property
    def is_flagged(self):
        return self.flagged_at is not None
