"""Thematic pages (health, old age, the social protection floor, legal instruments…) and the glossary."""

import dataclasses

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import DraftStateMixin, LockableMixin, Page, RevisionMixin, TranslatableMixin, WorkflowMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from editorial.models import OwnablePage
from portal import shared_data
from portal.models import BasePage, ListingPageMixin, TagTargetMixin, rich_text
from portal.sections import SectionedPageMixin
from themes.blocks import ReadingListBlock

# A theme's reading lists (themes/blocks.py).
READING_LISTS = ("policy_documents", "further_reading")


class ThemeIndexPage(ListingPageMixin, BasePage):
    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["themes.ThemePage"]
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("theme index page")

    def get_listing_queryset(self):
        return ThemePage.objects.child_of(self).live().public().order_by("title")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # live=True: draft terms never reach the public site.
        context["glossary"] = GlossaryTerm.objects.filter(locale_id=self.locale_id, live=True)
        return context


class ThemePage(SectionedPageMixin, TagTargetMixin, OwnablePage, BasePage):
    reader_type_label = _("Theme")
    tag_field = "themes"  # the TaggedPage field that tags pages with a theme
    outside_link_fields = ("policy_documents", "further_reading")  # checked by check_links (portal/links.py)

    section_fields = (
        ("synthesis", _("Synthesis of knowledge")),
        ("policy_documents", _("Policy documents")),
        ("further_reading", _("Further reading")),
        ("ongoing_projects", _("Ongoing projects")),
        ("training", _("Training")),
    )

    summary = models.TextField(_("summary"), blank=True)
    synthesis = rich_text(_("synthesis of knowledge"))
    policy_documents = StreamField(
        ReadingListBlock(),
        blank=True,
        verbose_name=_("policy documents"),
        help_text=_("Conventions, recommendations, resolutions: pages of the portal or outside sources."),
    )
    further_reading = StreamField(ReadingListBlock(), blank=True, verbose_name=_("further reading"))
    ongoing_projects = rich_text(_("ongoing projects"))
    training = rich_text(_("training"))

    parent_page_types = ["themes.ThemeIndexPage"]
    subpage_types = []  # and every page type allowed in owned trees (BasePage.clean_subpage_models)

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("synthesis"),
        FieldPanel("policy_documents"),
        FieldPanel("further_reading"),
        FieldPanel("ongoing_projects"),
        FieldPanel("training"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("summary"),
        TranslatableField("synthesis"),
        TranslatableField("policy_documents"),
        TranslatableField("further_reading"),
        TranslatableField("ongoing_projects"),
        TranslatableField("training"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("synthesis"),
        index.SearchField("policy_documents"),
        index.SearchField("further_reading"),
        index.SearchField("ongoing_projects"),
        index.SearchField("training"),
    ]

    class Meta:
        verbose_name = _("theme page")
        verbose_name_plural = _("theme pages")

    def get_reading_lists(self):
        """{field name: [item]} of the reading lists, ready to show (shared data).

        An item is ``{"page": <live page in this page's language>, "note": …}`` or an outside
        source's values. wagtail-localize keeps a chosen page as it was chosen (Spanish) in
        every translation, so the page shown is the chosen page's version in this page's
        language, else the chosen page itself; a page that is not live is left out.
        One query in all, whatever the number of links.
        """

        def build():
            raw = {name: list(getattr(self, name).raw_data) for name in READING_LISTS}
            chosen_ids = {
                block["value"].get("page")
                for blocks in raw.values()
                for block in blocks
                if block["type"] == "page" and block["value"].get("page")
            }
            # The chosen pages and their versions in this page's language, in one query.
            chosen_keys = Page.objects.filter(pk__in=chosen_ids).values("translation_key")
            found = (
                list(
                    Page.objects.live().filter(
                        Q(pk__in=chosen_ids) | Q(translation_key__in=chosen_keys, locale_id=self.locale_id)
                    )
                )
                if chosen_ids
                else []
            )
            chosen = {page.pk: page for page in found if page.pk in chosen_ids}
            local = {page.translation_key: page for page in found if page.locale_id == self.locale_id}
            lists = {}
            for name, blocks in raw.items():
                items = []
                for block in blocks:
                    value = block["value"]
                    if block["type"] == "page":
                        page = chosen.get(value.get("page"))
                        if page is not None:
                            items.append({"page": local.get(page.translation_key, page), "note": value.get("note")})
                    elif block["type"] == "source" and value.get("title"):
                        items.append({"source": True, **value})
                lists[name] = items
            return lists

        return shared_data.remember(f"reading-lists:{self.pk}", build)

    def get_sections(self):
        lists = self.get_reading_lists()
        return [
            dataclasses.replace(section, value=lists[section.anchor[len("section-") :].replace("-", "_")])
            if section.stream
            else section
            for section in super().get_sections()
        ]

    @classmethod
    def reader_queryset(cls, queryset):
        """The page as readers get it (``HomePage.route``): whether it has glossary terms, read with it.

        A theme without terms then reads none (the raw path's query budget).
        """
        terms = GlossaryTerm.objects.filter(
            locale_id=OuterRef("locale_id"), live=True, theme__translation_key=OuterRef("translation_key")
        )
        return queryset.annotate(has_glossary_read=Exists(terms))

    def get_glossary(self):
        """The live terms of this locale linked to this theme in any language (shared data)."""
        if getattr(self, "has_glossary_read", None) is False:
            return []
        return shared_data.remember(
            f"glossary:{self.locale_id}:{self.translation_key}",
            lambda: list(
                GlossaryTerm.objects.filter(
                    locale_id=self.locale_id, live=True, theme__translation_key=self.translation_key
                )
            ),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.get_tagged_content(), subpages=self.get_subpages(), glossary=self.get_glossary())
        return context


class GlossaryTerm(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    index.Indexed,
    models.Model,
):
    """A term of the glossary, with its definition; a snippet translated with wagtail-localize."""

    term = models.CharField(_("term"), max_length=255)
    synonyms = models.CharField(
        _("synonyms"),
        max_length=500,
        blank=True,
        help_text=_(
            "Other words readers use for this term, separated by commas (acronyms too). "
            "Site search in this language finds the pages that use any of them."
        ),
    )
    definition = RichTextField(_("definition"), features=["bold", "italic", "link"])
    theme = models.ForeignKey(
        "themes.ThemePage",
        verbose_name=_("theme"),
        help_text=_("The theme page that lists this term, if any."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="glossary_terms",
    )

    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="glossary_term",
        for_concrete_model=False,
    )
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="glossary_term",
        for_concrete_model=False,
    )

    panels = [FieldPanel("term"), FieldPanel("synonyms"), FieldPanel("definition"), FieldPanel("theme")]
    translatable_fields = [
        TranslatableField("term"),
        TranslatableField("synonyms"),
        TranslatableField("definition"),
        SynchronizedField("theme", overridable=False),
    ]
    search_fields = [
        index.SearchField("term"),
        index.AutocompleteField("term"),
        index.SearchField("synonyms"),
        index.SearchField("definition"),
        index.FilterField("locale"),
        index.FilterField("translation_key"),
        index.FilterField("live"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["term"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")

    def __str__(self):
        return self.term

    def equivalents(self):
        """The term and its synonyms, as written, without blanks or repeats."""
        words = [self.term, *self.synonyms.split(",")]
        return list(dict.fromkeys(word.strip() for word in words if word.strip()))
