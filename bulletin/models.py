"""The editors' bulletin: issues composed in the admin and sent to the follow-by-email subscribers.

An ``Issue`` is one language's bulletin: a subject, an intro and an ordered list of published
news items, events and resources (``IssueItem``). It is a draft until an editor sends it; then
``bulletin/sending.py`` sends it in batches through a django-tasks worker. Each address gets a
``Delivery`` row *before* its email is handed to the mail server (the claim, unique per issue and
address) and marked sent after: a worker killed mid-send and started again skips every claimed
address, so nobody gets an issue twice (an address claimed at the moment of the crash is counted
as "interrupted", never retried). The rows stay as the record of what was sent to whom, with the
address, after an unsubscription forgets the subscriber.

The recipients are ``feeds.Subscriber`` records (the same addresses, unsubscribe links and
RFC 8058 headers as the digest): those of the issue's language who asked for the bulletin on
their preferences page (``Subscriber.bulletin_since``: following a country or a theme is not
asking for the bulletin), or who were imported with their consent (``ImportedConsent``,
``bulletin/importer.py``), and not reported as bouncing by the mail provider (``Bounce``, ``bulletin/bounces.py``).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.models import Orderable, PreviewableMixin

from feeds.models import Subscriber

#: The page types an issue may list.
ITEM_PAGE_TYPES = ["news.NewsPage", "news.EventPage", "resources.ResourcePage"]


class IssueStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")


class Issue(PreviewableMixin, ClusterableModel):
    subject = models.CharField(_("subject"), max_length=200)
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        help_text=_("The issue goes to the subscribers who read the portal in this language."),
    )
    intro = models.TextField(_("introduction"), help_text=_("Plain text; a blank line starts a new paragraph."))
    status = models.CharField(_("status"), max_length=8, choices=IssueStatus.choices, default=IssueStatus.DRAFT)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    test_sent_to = models.EmailField(_("last test sent to"), blank=True)
    test_sent_at = models.DateTimeField(_("last test sent"), null=True, blank=True)
    send_started_at = models.DateTimeField(_("sending started"), null=True, blank=True)
    send_started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    recipients_total = models.PositiveIntegerField(_("recipients"), default=0)
    finished_at = models.DateTimeField(_("sending finished"), null=True, blank=True)

    panels = [
        FieldPanel("subject"),
        FieldPanel("language"),
        FieldPanel("intro"),
        InlinePanel("items", label=_("Item"), heading=_("Items, in order"), min_num=1),
    ]

    class Meta:
        verbose_name = _("bulletin issue")
        verbose_name_plural = _("bulletin issues")
        ordering = ["-created_at"]
        permissions = [("send_issue", "Can send bulletin issues")]

    def __str__(self):
        return self.subject

    def clean(self):
        super().clean()
        if self.pk and Issue.objects.filter(pk=self.pk).exclude(status=IssueStatus.DRAFT).exists():
            raise ValidationError(_("This issue has been sent: it can no longer be changed."))

    @property
    def is_draft(self):
        return self.status == IssueStatus.DRAFT

    def get_preview_template(self, request, mode_name):
        return "bulletin/email/issue.html"

    def get_preview_context(self, request, mode_name):
        from bulletin import rendering

        return rendering.context(self, unsubscribe_url="#", preview=True)


class IssueItem(Orderable):
    issue = ParentalKey(Issue, on_delete=models.CASCADE, related_name="items")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page"))

    panels = [PageChooserPanel("page", page_type=ITEM_PAGE_TYPES)]

    class Meta(Orderable.Meta):
        verbose_name = _("item")
        verbose_name_plural = _("items")

    def clean(self):
        super().clean()
        if self.page_id and not self.page.live:
            raise ValidationError({"page": _("Only published pages can be part of a bulletin.")})


class DeliveryStatus(models.TextChoices):
    #: Reserved by a batch, not yet handed to the mail server: safe to send after a crash.
    QUEUED = "queued", _("Waiting in a batch")
    #: Being handed to the mail server: after a crash it may have gone out, so it is never retried.
    CLAIMED = "claimed", _("Being sent")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Refused by the mail server")


class Delivery(models.Model):
    """One issue to one address: queued with its batch, claimed just before the email is handed over, marked after."""

    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, null=True, on_delete=models.SET_NULL, related_name="+")
    email = models.EmailField()
    status = models.CharField(max_length=8, choices=DeliveryStatus.choices, default=DeliveryStatus.CLAIMED)
    claimed_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [models.UniqueConstraint(fields=["issue", "email"], name="bulletin_delivery_once")]
        indexes = [models.Index(fields=["issue", "status"], name="bulletin_delivery_status")]

    def __str__(self):
        return f"{self.issue_id} → {self.email}"


class ImportedConsent(models.Model):
    """A subscriber imported from a CSV file: the operator declared they had the person's consent."""

    subscriber = models.OneToOneField(Subscriber, on_delete=models.CASCADE, related_name="bulletin_consent")
    source = models.CharField(_("source"), max_length=255)
    line = models.PositiveIntegerField(_("line"))
    imported_at = models.DateTimeField(auto_now_add=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("imported consent")
        verbose_name_plural = _("imported consents")
        permissions = [("import_subscribers", "Can import subscribers")]

    def __str__(self):
        return f"{self.source}:{self.line}"


class BounceKind(models.TextChoices):
    HARD = "hard", _("Permanent failure")
    COMPLAINT = "complaint", _("Marked as spam")


class Bounce(models.Model):
    """The mail provider reported the address as undeliverable or complaining: no more bulletins."""

    subscriber = models.OneToOneField(Subscriber, on_delete=models.CASCADE, related_name="bulletin_bounce")
    kind = models.CharField(max_length=12, choices=BounceKind.choices)
    reported_at = models.DateTimeField(auto_now_add=True)
    detail = models.TextField(blank=True)

    class Meta:
        verbose_name = _("bounce")
        verbose_name_plural = _("bounces")

    def __str__(self):
        return f"{self.subscriber} ({self.kind})"


def audience(language):
    """The subscribers an issue in ``language`` goes to (see the module's docstring)."""
    return (
        Subscriber.objects.filter(language=language)
        .filter(Q(bulletin_since__isnull=False) | Q(bulletin_consent__isnull=False))
        .filter(bulletin_bounce__isnull=True)
    )
