"""A member of the public site: the profile beside Django's user (the account is django-allauth's).

A member has no editorial group and so no admin access (``wagtailadmin.access_admin`` comes
with an editorial role, editorial/roles.py), except a community's managers, whose group gives
them the admin for their community's pages only (communities/manager_rights.py).
``language`` is the reader's language at sign-up; every email the account receives is written in it (``adapter.py``).
"""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils.translation import gettext_lazy as _


class Member(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="member")
    language = models.CharField(
        _("language of the account"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The emails of the portal are written in this language."),
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    country = models.ForeignKey(
        "countries.CountryPage",
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    themes = models.ManyToManyField(
        "themes.ThemePage", verbose_name=_("areas of expertise"), blank=True, related_name="+"
    )
    languages = models.CharField(
        _("languages you work in"),
        max_length=200,
        blank=True,
        help_text=_("For example: Spanish, Portuguese, English."),
    )
    bio = models.TextField(_("short biography"), max_length=1000, blank=True)
    joined = models.DateTimeField(_("joined"), auto_now_add=True)

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        return self.user.get_full_name() or self.user.email.partition("@")[0]


def account_language(user):
    """The language of ``user``'s emails: the member's, else the admin language of a staff account."""
    member = Member.objects.filter(user=user).only("language").first() if user and user.pk else None
    if member is not None:
        return member.language
    profile = getattr(user, "wagtail_userprofile", None) if user and user.pk else None
    return getattr(profile, "preferred_language", "") or None


class PrivateStorage(FileSystemStorage):
    """Uploads of proposals in ``PROPOSALS_UPLOAD_ROOT`` (read at each use): outside MEDIA_ROOT,
    so no URL of the site ever serves them."""

    @property
    def base_location(self):
        return str(settings.PROPOSALS_UPLOAD_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)


def _private_storage():
    return PrivateStorage()


class Proposal(models.Model):
    """A member's proposal ("Propose…"), moderated by the Moderators group in the admin.

    ``new`` → ``accepted`` (a draft page is made where it belongs, ``accept.py``) or
    ``rejected`` (with a reason the member is told). The text is plain text: what a member
    types is never rendered as HTML (``sanitise.py``). A deleted member's proposals stay with
    ``member`` empty ("former member") unless the member chose to remove them.
    """

    NEWS = "news"
    EVENT = "event"
    RESOURCE = "resource"
    PRACTICE = "practice"
    GLOSSARY = "glossary"
    EDIT = "edit"
    KINDS = [
        (NEWS, _("News item")),
        (EVENT, _("Event")),
        (RESOURCE, _("Resource")),
        (PRACTICE, _("Good practice")),
        (GLOSSARY, _("Glossary term")),
        (EDIT, _("Suggested edit")),
    ]

    NEW = "new"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    STATES = [(NEW, _("New")), (ACCEPTED, _("Accepted")), (REJECTED, _("Rejected"))]

    member = models.ForeignKey(
        Member, verbose_name=_("member"), null=True, blank=True, on_delete=models.SET_NULL, related_name="proposals"
    )
    kind = models.CharField(_("kind"), max_length=16, choices=KINDS)
    state = models.CharField(_("state"), max_length=16, choices=STATES, default=NEW, db_index=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    title = models.CharField(_("title"), max_length=255)
    text = models.TextField(_("text"), max_length=10_000)
    link = models.URLField(_("link"), blank=True, max_length=500)
    country = models.ForeignKey(
        "countries.CountryPage",
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Events
    start = models.DateTimeField(_("starts"), null=True, blank=True)
    end = models.DateTimeField(_("ends"), null=True, blank=True)
    location = models.CharField(_("place"), max_length=255, blank=True)
    # Resources: kept in private storage, never served before acceptance (``documents.py``).
    document = models.FileField(_("document"), blank=True, upload_to="proposals/%Y/%m/", storage=_private_storage)
    # What only some kinds have (a good practice's institution and sections, a resource's type…).
    details = models.JSONField(_("details"), default=dict, blank=True)
    # Suggested edits: the page concerned.
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.TextField(_("reason for rejection"), blank=True)
    created = models.DateTimeField(_("sent"), auto_now_add=True)
    decided = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    published = models.DateTimeField(_("published"), null=True, blank=True)
    created_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page made from it"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")
        ordering = ["-created"]

    def __str__(self):
        return self.title

    @property
    def contributor_name(self):
        from django.utils.translation import gettext

        return self.member.display_name if self.member_id else gettext("former member")
