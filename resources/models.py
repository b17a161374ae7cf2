"""Publications, tools, legal instruments, evaluation reports and datasets."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.models import BasePage, ListingPageMixin, TaggedPage, rich_text
from portal.sections import SectionedPageMixin


class ResourceType(models.TextChoices):
    PUBLICATION = "publication", _("Publication")
    TOOL = "tool", _("Tool")
    LEGAL_INSTRUMENT = "legal_instrument", _("Legal instrument")
    EVALUATION = "evaluation", _("Evaluation report")
    DATASET = "dataset", _("Dataset")


# The evaluation report sections (OECD-DAC criteria, as in ILO independent evaluations).
EVALUATION_FIELDS = (
    "purpose",
    "methodology",
    "relevance",
    "coherence",
    "effectiveness",
    "efficiency",
    "sustainability",
    "lessons",
    "good_practices",
    "recommendations",
)


class ResourceIndexPage(ListingPageMixin, BasePage):
    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.ResourcePage"]
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    listing_filters = ("type", "country", "theme", "year")
    year_field = "year"
    type_choices = ResourceType.choices

    class Meta:
        verbose_name = _("resource index page")

    def get_listing_queryset(self):
        # Every resource of this language, in this section or in a country, region or theme.
        return ResourcePage.objects.filter(locale_id=self.locale_id).live().public().order_by("-year", "title")

    def filter_type(self, queryset, value):
        return queryset.filter(resource_type=value)


class ResourcePage(SectionedPageMixin, TaggedPage):
    reader_type_label = _("Resource")
    #: Its own year for the search's year facet (search/facets.py).
    search_year_field = "year"

    # Listed on the countries, regions and themes it is tagged with (portal/models/tagging.py).
    tagged_content_key = "resources"
    tagged_content_order = ("-year", "title")
    tagged_item_fields = ("resource_type",)
    tagged_content_heading = _("Resources")
    tagged_item_template = "resources/tagged_item.html"

    resource_type = models.CharField(_("type"), max_length=20, choices=ResourceType.choices)
    # Indexed: the listing's order (newest first), so its first page reads a dozen rows, not the section.
    year = models.PositiveSmallIntegerField(_("year"), validators=[MinValueValidator(1850)], db_index=True)
    authors = models.CharField(_("authors"), max_length=500, blank=True)
    reference = models.CharField(
        _("reference or code"),
        max_length=60,
        blank=True,
        help_text=_("How the field cites it, searchable as written: C102, R202, an ISBN or a report number."),
    )
    document_language = models.CharField(
        _("language of the document"), max_length=7, choices=settings.LANGUAGES + [("other", _("Other"))]
    )
    # The summary, then the evaluation sections (their headings are the fields' names).
    section_fields = (("summary", _("Summary")), *EVALUATION_FIELDS)

    summary = rich_text(_("summary"))
    purpose = rich_text(_("purpose, logic and structure of the programme"))
    methodology = rich_text(_("methodology of the evaluation"))
    relevance = rich_text(_("relevance"))
    coherence = rich_text(_("coherence"))
    effectiveness = rich_text(_("effectiveness"))
    efficiency = rich_text(_("efficiency"))
    sustainability = rich_text(_("impact orientation and sustainability"))
    lessons = rich_text(_("lessons learned"))
    good_practices = rich_text(_("good practices"))
    recommendations = rich_text(_("recommendations"))

    parent_page_types = ["resources.ResourceIndexPage"]
    allowed_in_owned_trees = True  # also inside a country, region or theme (its owners write there)
    subpage_types = []

    content_panels = (
        BasePage.content_panels
        + [
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("resource_type"), FieldPanel("year"), FieldPanel("document_language")]),
                    FieldRowPanel([FieldPanel("authors"), FieldPanel("reference")]),
                ],
                heading=_("About the resource"),
            ),
            FieldPanel("summary"),
            InlinePanel("documents", label=_("Documents")),
            MultiFieldPanel(
                [FieldPanel(name) for name in EVALUATION_FIELDS],
                heading=_("Evaluation report"),
                help_text=_("Only for evaluation reports."),
                classname="collapsed",
            ),
        ]
        + TaggedPage.tag_panels
    )
    translatable_fields = (
        TaggedPage.translatable_fields
        + [
            SynchronizedField("resource_type", overridable=False),
            SynchronizedField("year", overridable=False),
            SynchronizedField("authors", overridable=False),
            SynchronizedField("reference", overridable=False),
            SynchronizedField("document_language", overridable=False),
            TranslatableField("summary"),
            SynchronizedField("documents"),
        ]
        + [TranslatableField(name) for name in EVALUATION_FIELDS]
    )
    search_fields = (
        BasePage.search_fields
        + [
            index.SearchField("authors"),
            # A code is what a reader types when they know exactly what they want: it weighs as
            # much as the title. (PostgreSQL maps the set of boosts used anywhere to its four
            # weights: a new boost value would lower every page's title weight.)
            index.SearchField("reference", boost=2),
            index.AutocompleteField("reference"),
            index.SearchField("summary"),
            index.FilterField("resource_type"),
            index.FilterField("year"),
        ]
        + [index.SearchField(name) for name in EVALUATION_FIELDS]
    )

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    def clean(self):
        super().clean()
        this_year = datetime.date.today().year
        if self.year and self.year > this_year:
            raise ValidationError(
                {"year": gettext("The year cannot be in the future (it is %(year)s now).") % {"year": this_year}}
            )

    @property
    def is_evaluation(self):
        return self.resource_type == ResourceType.EVALUATION

    def get_evaluation_sections(self):
        """(label, value) for each filled-in evaluation section, in report order."""
        return [
            (self._meta.get_field(name).verbose_name, getattr(self, name))
            for name in EVALUATION_FIELDS
            if getattr(self, name)
        ]


class ResourceDocument(Orderable):
    """A file attached to a resource (the report, its annexes, a summary)."""

    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="+", verbose_name=_("document")
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("document")
