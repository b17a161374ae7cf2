"""Country profiles and regional pages, in two flat sections.

Owning a region does not grant its countries: a RegionPage lists its countries
automatically, from the ``region`` each CountryPage names.
"""

import datetime

import pycountry
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, Concat, NullIf, Trim
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from countries.forms import CountryPageForm
from editorial.models import OwnablePage
from portal import shared_data
from portal.collation import sorted_choices
from portal.models import BasePage, ListingPageMixin, TagTargetMixin, rich_text
from portal.sections import SectionedPageMixin


class RegionIndexPage(ListingPageMixin, BasePage):
    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["countries.RegionPage"]
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("region index page")

    def get_listing_queryset(self):
        return RegionPage.objects.child_of(self).live().public().order_by("title")


class RegionPage(TagTargetMixin, OwnablePage, BasePage):
    reader_type_label = _("Region")

    summary = models.TextField(_("summary"), blank=True)
    body = rich_text(_("body"))

    parent_page_types = ["countries.RegionIndexPage"]
    subpage_types = []  # and every page type allowed in owned trees (BasePage.clean_subpage_models)

    content_panels = BasePage.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("summary"), TranslatableField("body")]
    search_fields = BasePage.search_fields + [index.SearchField("summary"), index.SearchField("body")]

    class Meta:
        verbose_name = _("region page")

    def get_countries(self):
        """The live country pages of this locale that name this region (in any locale)."""
        return (
            CountryPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, region__translation_key=self.translation_key)
            .order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["countries"] = self.get_countries()
        context.update(self.get_tagged_content(), subpages=self.get_subpages())
        return context


class CountryIndexPage(ListingPageMixin, BasePage):
    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["countries.CountryPage"]
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    listing_filters = ("type",)

    class Meta:
        verbose_name = _("country index page")

    @property
    def type_choices(self):
        # On the country index, "type" is the region.
        regions = RegionPage.objects.live().filter(locale_id=self.locale_id).values_list("slug", "title")
        return sorted_choices(regions, get_language())

    def filter_type(self, queryset, value):
        keys = RegionPage.objects.filter(locale_id=self.locale_id, slug=value).values("translation_key")
        return queryset.filter(region__translation_key__in=keys)

    def get_listing_queryset(self):
        return CountryPage.objects.child_of(self).live().public().select_related("region").order_by("title")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["filter_form"].fields["type"].label = gettext("Region")
        # Name each country's region in this locale without a query per country.
        regions = {
            region.translation_key: region for region in RegionPage.objects.live().filter(locale_id=self.locale_id)
        }
        for country in context["items"]:
            country.region_page = regions.get(country.region.translation_key) if country.region else None
        return context


def validate_iso_code(value):
    if not pycountry.countries.get(alpha_2=value.upper()):
        raise ValidationError(
            _("“%(value)s” is not an ISO 3166-1 alpha-2 country code (for example BE, EC or TZ)."),
            code="invalid_iso_code",
            params={"value": value},
        )


class CountryPage(SectionedPageMixin, TagTargetMixin, OwnablePage, BasePage):
    reader_type_label = _("Country")
    tag_field = "countries"  # the TaggedPage field that tags pages with a country

    iso_code = models.CharField(
        _("ISO 3166 code"),
        max_length=2,
        validators=[validate_iso_code],
        help_text=_("Two-letter ISO 3166-1 code, for example BE for Belgium."),
    )
    region = models.ForeignKey(
        "countries.RegionPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("region"),
    )
    summary = models.TextField(_("summary"), blank=True)
    section_fields = (
        ("coverage", _("Coverage situation")),
        ("initiatives", _("Initiatives and results")),
        ("expenditure_reviews", _("Expenditure reviews, social budgets and actuarial valuations")),
        ("legal_framework", _("Legal framework")),
    )

    coverage = rich_text(_("coverage situation"))
    initiatives = rich_text(_("initiatives and results"))
    expenditure_reviews = rich_text(
        _("expenditure reviews, social budgets and actuarial valuations"),
        help_text=_(
            "Social protection expenditure and performance reviews (SPER), social budgets, actuarial valuations."
        ),
    )
    legal_framework = rich_text(_("legal framework"))
    specialist = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("specialist responsible"),
    )
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_(
            "Set when a reviewer approves the profile, or when its owner confirms it is still accurate "
            "(“Reviewed, still accurate” in the page's actions)."
        ),
    )

    base_form_class = CountryPageForm
    parent_page_types = ["countries.CountryIndexPage"]
    subpage_types = []  # and every page type allowed in owned trees (BasePage.clean_subpage_models)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("iso_code"), PageChooserPanel("region", "countries.RegionPage")]),
                FieldRowPanel([FieldPanel("specialist"), FieldPanel("last_reviewed", read_only=True)]),
            ],
            heading=_("Profile"),
        ),
        FieldPanel("summary"),
        FieldPanel("coverage"),
        FieldPanel("initiatives"),
        FieldPanel("expenditure_reviews"),
        FieldPanel("legal_framework"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("iso_code", overridable=False),
        SynchronizedField("region", overridable=False),
        SynchronizedField("specialist", overridable=False),
        SynchronizedField("last_reviewed", overridable=False),
        TranslatableField("summary"),
        TranslatableField("coverage"),
        TranslatableField("initiatives"),
        TranslatableField("expenditure_reviews"),
        TranslatableField("legal_framework"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("coverage"),
        index.SearchField("initiatives"),
        index.SearchField("expenditure_reviews"),
        index.SearchField("legal_framework"),
        index.FilterField("iso_code"),
    ]

    class Meta:
        verbose_name = _("country page")
        verbose_name_plural = _("country pages")

    def clean(self):
        super().clean()
        errors = {}
        if self.iso_code:
            self.iso_code = self.iso_code.strip().upper()
            clash = CountryPage.objects.filter(locale_id=self.locale_id, iso_code=self.iso_code)
            if self.pk:
                clash = clash.exclude(pk=self.pk)
            if self.locale_id and clash.exists():
                errors["iso_code"] = gettext(
                    "Another country page in this language already uses the code %(code)s."
                ) % {"code": self.iso_code}
        if self.last_reviewed and self.last_reviewed > datetime.date.today():
            errors["last_reviewed"] = gettext("The last review date cannot be in the future.")
        if errors:
            raise ValidationError(errors)

    @classmethod
    def reader_queryset(cls, queryset):
        """The page as readers get it (``HomePage.route``): the specialist's name read with it.

        Only the name, never the account's row: the routed page is kept as shared data.
        """
        first, last = F("specialist__first_name"), F("specialist__last_name")
        full_name = Trim(Concat(first, Value(" "), last, output_field=models.CharField()))
        # The region's live, public page in the page's language (its id, title and URL path).
        region = (
            RegionPage.objects.live()
            .public()
            .filter(locale_id=OuterRef("locale_id"), translation_key=OuterRef("region__translation_key"))
        )
        return queryset.annotate(
            specialist_name_read=Coalesce(NullIf(full_name, Value("")), "specialist__username"),
            region_page_id_read=Subquery(region.values("pk")[:1]),
            region_page_title_read=Subquery(region.values("title")[:1]),
            region_page_url_path_read=Subquery(region.values("url_path")[:1]),
        )

    def get_region_page(self):
        """The region's live, public page in this page's language, or None (shared data).

        Served to readers (``reader_queryset``) it was read with the page: a plain ``RegionPage``
        with its id, title and URL path, what the page shows of it (a link).
        """
        if not self.region_id:
            return None
        if hasattr(self, "region_page_id_read"):
            if self.region_page_id_read is None:
                return None
            return RegionPage(
                id=self.region_page_id_read,
                title=self.region_page_title_read,
                url_path=self.region_page_url_path_read,
                locale_id=self.locale_id,
            )
        region_key = RegionPage.objects.filter(pk=self.region_id).values("translation_key")
        return shared_data.remember(
            f"region-page:{self.region_id}:{self.locale_id}",
            lambda: (
                RegionPage.objects.live()
                .public()
                .filter(locale_id=self.locale_id, translation_key__in=region_key)
                .first()
            ),
        )

    @property
    def specialist_name(self):
        """The specialist's full name (else username), or None: from ``reader_queryset``, else the account."""
        if not self.specialist_id:
            return None
        if hasattr(self, "specialist_name_read"):
            return self.specialist_name_read
        return self.specialist.get_full_name() or self.specialist.get_username()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.get_tagged_content(), subpages=self.get_subpages(), region_page=self.get_region_page())
        return context
