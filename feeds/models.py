"""Readers who follow a country, region, theme or content type by email (double opt-in, no account).

A ``Subscriber`` is an email address with the language and rhythm of its digest; each
``Follow`` is one page followed (any language version: digests read the subscriber's
language's version through the page's ``translation_key``) or one content type (news,
events, good practices, resources: ``ContentType``, the keys of the sections' feeds). A
follow counts only once its confirmation link was opened (``confirmed_at``); until then
nothing but that confirmation email is ever sent to the address. A member with a verified
email, or a subscriber on their preferences page (reached through a link sent to that
address), follows at once: the address is already proven. Tokens are signed by Django
(``feeds/tokens.py``), so nothing secret is stored.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Frequency(models.TextChoices):
    WEEKLY = "weekly", _("Weekly")
    DAILY = "daily", _("Daily")


class ContentType(models.TextChoices):
    """What can be followed besides a page: the listing sections (``feeds.sources.SECTIONS``' keys)."""

    NEWS = "news", _("News and events")
    EVENTS = "events", _("Events")
    GOOD_PRACTICES = "good-practices", _("Good practices")
    RESOURCES = "resources", _("Resources")


class Subscriber(models.Model):
    email = models.EmailField(_("email address"), unique=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    frequency = models.CharField(_("frequency"), max_length=8, choices=Frequency.choices, default=Frequency.WEEKLY)
    created_at = models.DateTimeField(auto_now_add=True)
    #: When the last digest was prepared for this subscriber (sent, or nothing to send).
    last_digest_at = models.DateTimeField(null=True, blank=True)
    #: Since when the address asked for the editors' bulletin as well (bulletin/, its preferences
    #: page: an explicit choice, never implied by following); None: no bulletin.
    bulletin_since = models.DateTimeField(_("receives the editors' bulletin since"), null=True, blank=True)

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")

    def __str__(self):
        return self.email


class Follow(models.Model):
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="follows")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", null=True, blank=True)
    content_type = models.CharField(_("content type"), max_length=20, choices=ContentType.choices, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [
            models.UniqueConstraint(fields=["subscriber", "page"], name="feeds_follow_unique"),
            models.UniqueConstraint(
                fields=["subscriber", "content_type"],
                condition=~models.Q(content_type=""),
                name="feeds_follow_content_type_unique",
            ),
            models.CheckConstraint(
                condition=(models.Q(page__isnull=False) & models.Q(content_type=""))
                | (models.Q(page__isnull=True) & ~models.Q(content_type="")),
                name="feeds_follow_page_or_content_type",
            ),
        ]

    def __str__(self):
        return f"{self.subscriber} → {self.page_id or self.content_type}"
