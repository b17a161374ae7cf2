"""Questions members ask on country, region and theme pages, and the FAQ entries answers become.

- ``Question``: a member's question about one page (its tree's owners answer it in the admin,
  ``admin_views.py``). Never shown to readers: only the entry published from it is.
- ``FaqEntry``: a question and its answer as published on the page and the FAQ page. A
  translatable snippet with drafts, revisions and the moderated workflow, like the glossary:
  the owner's answer is published in the language it was asked in; wagtail-localize's
  translations into the other languages are made as drafts at once (``publishing.py``), which
  translators translate in wagtail-localize's editor and submit for review.
- ``FaqPage``: the FAQ of one language (one under each home page), listing the live entries
  of its locale by country, region and theme, with a search box.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, WorkflowMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.models import BasePage

QUESTION_MAX_LENGTH = 2000


class FaqEntry(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    index.Indexed,
    models.Model,
):
    """A published question and its answer, shown on its page and in the FAQ of its language."""

    question = models.TextField(_("question"), max_length=QUESTION_MAX_LENGTH)
    answer = RichTextField(_("answer"), features=["bold", "italic", "link", "ol", "ul"])
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        help_text=_("The country, region or theme page the question was asked on."),
        on_delete=models.CASCADE,
        related_name="+",
    )
    first_published = models.DateTimeField(_("first published"), null=True, blank=True)

    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="faq_entry",
        for_concrete_model=False,
    )
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="faq_entry",
        for_concrete_model=False,
    )

    panels = [FieldPanel("question"), FieldPanel("answer"), FieldPanel("page", read_only=True)]
    translatable_fields = [
        TranslatableField("question"),
        TranslatableField("answer"),
        SynchronizedField("page", overridable=False),
        SynchronizedField("first_published", overridable=False),
    ]
    search_fields = [
        index.SearchField("question"),
        index.SearchField("answer"),
        index.FilterField("locale"),
        index.FilterField("translation_key"),
        index.FilterField("live"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("FAQ entry")
        verbose_name_plural = _("FAQ entries")
        ordering = ["-first_published", "pk"]

    def __str__(self):
        return self.question[:80]


class Question(models.Model):
    """A member's question on a page, routed to the owners of the page's tree."""

    NEW = "new"
    PUBLISHED = "published"
    DECLINED = "declined"
    STATES = [(NEW, _("Awaiting an answer")), (PUBLISHED, _("Answered and published")), (DECLINED, _("Declined"))]

    member = models.ForeignKey(
        "members.Member",
        verbose_name=_("member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
    )
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+")
    tree = models.ForeignKey(
        "editorial.OwnedTree",
        verbose_name=_("tree"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    text = models.TextField(_("question"), max_length=QUESTION_MAX_LENGTH)
    state = models.CharField(_("state"), max_length=16, choices=STATES, default=NEW, db_index=True)
    created = models.DateTimeField(_("asked"), auto_now_add=True, db_index=True)
    answered = models.DateTimeField(_("answered"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.TextField(_("reason for declining"), blank=True)
    entry = models.ForeignKey(
        FaqEntry, verbose_name=_("FAQ entry"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["created"]

    def __str__(self):
        return self.text[:80]

    @property
    def asker_name(self):
        from django.utils.translation import gettext

        return self.member.display_name if self.member_id else gettext("former member")


class FaqPage(BasePage):
    """The FAQ of one language: the answered questions by country, region and theme, searchable."""

    reader_type_label = _("Frequently asked questions")

    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("entries_text")]

    class Meta:
        verbose_name = _("FAQ page")

    def entries_text(self):
        """The questions and answers this page lists, for the site search of its language."""
        import re

        from django.utils.html import strip_tags

        from qa.faq import visible_entries

        def words(html):  # each tag a space: "…precios.</p><p>Ver…" is two words, not "precios.Ver"
            return strip_tags(re.sub(r"<[^>]*>", " ", html))

        return "\n".join(f"{entry.question}\n{words(entry.answer)}" for entry in visible_entries(self.locale))

    def get_context(self, request, *args, **kwargs):
        from qa.faq import faq_context

        context = super().get_context(request, *args, **kwargs)
        context.update(faq_context(self, request))
        return context
