"""Good practices (case studies) in the form of the ISSA good-practice award."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.models import BasePage, ListingPageMixin, TaggedPage, rich_text
from portal.sections import SectionedPageMixin


class CaseStudyIndexPage(ListingPageMixin, BasePage):
    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["casestudies.CaseStudyPage"]
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    listing_filters = ("country", "theme", "year")
    year_field = "implemented_since"

    class Meta:
        verbose_name = _("case study index page")

    def get_listing_queryset(self):
        # Every good practice of this language, in this section or in a country, region or theme.
        return (
            CaseStudyPage.objects.filter(locale_id=self.locale_id)
            .live()
            .public()
            .select_related("country")
            .order_by("-implemented_since", "title")
        )

    def country_condition(self, iso_code):
        return Q(countries__iso_code=iso_code) | Q(country__iso_code=iso_code)


class CaseStudyPage(SectionedPageMixin, TaggedPage):
    reader_type_label = _("Good practice")
    #: Its own year for the search's year facet (search/facets.py).
    search_year_field = "implemented_since"

    # Listed on the countries, regions and themes it is tagged with (portal/models/tagging.py).
    tagged_content_key = "case_studies"
    tagged_content_order = ("-implemented_since", "title")
    tagged_content_heading = _("Good practices")
    tagged_item_template = "casestudies/tagged_item.html"
    main_tag_fields = {"countries": "country"}  # created below a country: that country is its own

    institution = models.CharField(_("institution"), max_length=255)
    country = models.ForeignKey(
        "countries.CountryPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("country"),
        help_text=_("The country of the institution. Tag further countries below."),
    )
    implemented_since = models.PositiveSmallIntegerField(
        _("implemented since"),
        validators=[MinValueValidator(1850)],
        help_text=_("The year the practice started."),
        db_index=True,  # the listing's order (newest first): its first page reads a dozen rows, not the section
    )
    award = models.CharField(_("award"), max_length=255, blank=True)
    section_fields = (
        ("summary", _("Summary")),
        ("challenge", _("Issue or challenge")),
        ("approach", _("Addressing the challenge")),
        ("goals", _("Goals and key performance indicators")),
        ("evaluation", _("Evaluation of results")),
        ("lessons_learned", _("Lessons learned")),
        ("risks", _("Risks and how to manage them")),
    )

    summary = rich_text(_("summary"))
    challenge = rich_text(_("issue or challenge"))
    approach = rich_text(_("addressing the challenge"))
    goals = rich_text(_("goals and key performance indicators"))
    evaluation = rich_text(_("evaluation of results"))
    lessons_learned = rich_text(_("lessons learned"))
    risks = rich_text(_("risks and how to manage them"))

    parent_page_types = ["casestudies.CaseStudyIndexPage"]
    allowed_in_owned_trees = True  # also inside a country, region or theme (its owners write there)
    subpage_types = []

    content_panels = (
        BasePage.content_panels
        + [
            MultiFieldPanel(
                [
                    FieldPanel("institution"),
                    FieldRowPanel(
                        [PageChooserPanel("country", "countries.CountryPage"), FieldPanel("implemented_since")]
                    ),
                    FieldPanel("award"),
                ],
                heading=_("The practice"),
            ),
            FieldPanel("summary"),
            FieldPanel("challenge"),
            FieldPanel("approach"),
            FieldPanel("goals"),
            FieldPanel("evaluation"),
            FieldPanel("lessons_learned"),
            FieldPanel("risks"),
        ]
        + TaggedPage.tag_panels
    )
    translatable_fields = TaggedPage.translatable_fields + [
        TranslatableField("institution"),
        SynchronizedField("country", overridable=False),
        SynchronizedField("implemented_since", overridable=False),
        TranslatableField("award"),
        TranslatableField("summary"),
        TranslatableField("challenge"),
        TranslatableField("approach"),
        TranslatableField("goals"),
        TranslatableField("evaluation"),
        TranslatableField("lessons_learned"),
        TranslatableField("risks"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("institution"),
        index.SearchField("award"),
        index.SearchField("summary"),
        index.SearchField("challenge"),
        index.SearchField("approach"),
        index.SearchField("goals"),
        index.SearchField("evaluation"),
        index.SearchField("lessons_learned"),
        index.SearchField("risks"),
        index.FilterField("implemented_since"),
    ]

    class Meta:
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")

    @classmethod
    def extra_tag_ids(cls, field, tag_pages):
        """A good practice is about its institution's country too, ticked or not."""
        if field == "countries":
            return cls.objects.filter(country__in=tag_pages).values("pk")
        return None

    def clean(self):
        super().clean()
        this_year = datetime.date.today().year
        if self.implemented_since and self.implemented_since > this_year:
            raise ValidationError(
                {
                    "implemented_since": gettext("The year cannot be in the future (it is %(year)s now).")
                    % {"year": this_year}
                }
            )

    def get_context(self, request, *args, **kwargs):
        from countries.models import CountryPage

        context = super().get_context(request, *args, **kwargs)
        if self.country_id:
            key = CountryPage.objects.filter(pk=self.country_id).values("translation_key")
            context["country_page"] = (
                CountryPage.objects.live().public().filter(locale_id=self.locale_id, translation_key__in=key).first()
            )
        return context
