"""Who belongs to a community: memberships (member, role, state, dates) and invitations by email.

A membership belongs to the canonical page of a community (``CommunityPage.canonical()``),
so every language version has the same members. Only *active* memberships give access:
``communities/privacy.py`` keeps the community's Django group equal to its active members.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Membership(models.Model):
    class Role(models.TextChoices):
        MEMBER = "member", _("Member")
        MANAGER = "manager", _("Manager")

    class State(models.TextChoices):
        INVITED = "invited", _("Invited")
        PENDING = "pending", _("Awaiting approval")
        ACTIVE = "active", _("Active")

    community = models.ForeignKey(
        "communities.CommunityPage",
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("member"), on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=8, choices=Role.choices, default=Role.MEMBER)
    state = models.CharField(_("state"), max_length=8, choices=State.choices, default=State.ACTIVE)
    requested_at = models.DateTimeField(_("requested or invited"), default=timezone.now)
    joined_at = models.DateTimeField(_("joined"), null=True, blank=True)

    class Meta:
        verbose_name = _("community membership")
        verbose_name_plural = _("community memberships")
        constraints = [models.UniqueConstraint(fields=["community", "user"], name="one_membership_per_community")]
        ordering = ["community", "-role", "user__first_name", "user__last_name", "user__email"]

    def __str__(self):
        return f"{self.user} · {self.community} ({self.get_role_display()}, {self.get_state_display()})"

    @property
    def display_name(self):
        """The name shown to other readers: never the email address (its first part at most)."""
        return self.user.get_full_name() or self.user.email.partition("@")[0]

    @property
    def is_active(self):
        return self.state == self.State.ACTIVE

    @property
    def is_manager(self):
        return self.is_active and self.role == self.Role.MANAGER

    def activate(self):
        self.state = self.State.ACTIVE
        self.joined_at = timezone.now()


class Invitation(models.Model):
    """An invitation sent by a manager to an email address; its link is signed and expires (``invitations.py``)."""

    community = models.ForeignKey(
        "communities.CommunityPage", on_delete=models.CASCADE, related_name="invitations", verbose_name=_("community")
    )
    email = models.EmailField(_("email address"))
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("invited by")
    )
    created_at = models.DateTimeField(_("sent"), default=timezone.now)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)

    class Meta:
        verbose_name = _("community invitation")
        verbose_name_plural = _("community invitations")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.email} · {self.community}"
