"""Reader comments on pages: a member's text, one level of replies, moderated.

A comment is ``held`` (waiting for a moderator: a member's first comments, or anyone's
while one of their comments is reported or was hidden), ``published`` (shown to every
reader of the page) or ``hidden`` by a moderator, with a reason the member is told. A
moderator may also delete it outright (the member is told the reason too). The text is
plain text (members/sanitise.py); it is escaped, with safe links, when shown.

Comments are taken only on the page types in ``COMMENTABLE`` and only while the page is
live and open to everyone (no view restriction on it or above it).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

# The page types that take comments (app_label.ModelName).
COMMENTABLE = {
    "news.newspage",
    "news.eventpage",
    "casestudies.casestudypage",
    "resources.resourcepage",
    "countries.countrypage",
    "themes.themepage",
}


def takes_comments(page):
    """True for a page of a type that takes comments (``page`` is a specific page)."""
    return page is not None and page._meta.label_lower in COMMENTABLE


class Comment(models.Model):
    HELD = "held"
    PUBLISHED = "published"
    HIDDEN = "hidden"
    STATES = [
        (HELD, _("Awaiting moderation")),
        (PUBLISHED, pgettext_lazy("a comment", "Published")),
        (HIDDEN, pgettext_lazy("a comment", "Hidden")),
    ]

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="reader_comments"
    )
    member = models.ForeignKey(
        "members.Member",
        verbose_name=_("member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="comments",
    )
    parent = models.ForeignKey(
        "self", verbose_name=_("in reply to"), null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    text = models.TextField(_("comment"), max_length=settings.COMMENTS_MAX_LENGTH)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    state = models.CharField(_("state"), max_length=16, choices=STATES, default=HELD)
    created = models.DateTimeField(_("written"), auto_now_add=True)
    moderated = models.DateTimeField(_("moderated"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.TextField(_("reason for hiding"), blank=True)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created", "pk"]
        indexes = [models.Index(fields=["page", "state", "created"], name="comments_page_state_created")]

    def __str__(self):
        return self.text[:60]

    @property
    def author_name(self):
        from django.utils.translation import gettext

        return self.member.display_name if self.member_id else gettext("former member")

    @property
    def open_reports(self):
        return [report for report in self.reports.all() if not report.resolved]


class Report(models.Model):
    """A reader's report of a comment ("this breaks the rules"), for the moderators."""

    comment = models.ForeignKey(Comment, verbose_name=_("comment"), on_delete=models.CASCADE, related_name="reports")
    member = models.ForeignKey(
        "members.Member",
        verbose_name=_("reported by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.TextField(_("what is wrong"), max_length=1000)
    created = models.DateTimeField(_("reported"), auto_now_add=True)
    resolved = models.BooleanField(_("dealt with"), default=False, db_index=True)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["created", "pk"]

    def __str__(self):
        return self.reason[:60]
