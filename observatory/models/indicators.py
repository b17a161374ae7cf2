"""The observatory's data: indicators (translatable snippets) and their values per country and year.

An ``Indicator`` is a snippet translated with wagtail-localize: its name, short name, definition and
unit are texts of each language; its ``code`` (the key the import files use), number of decimals,
scale and order are synchronized. An ``IndicatorValue`` is one figure: an indicator's value for a
country (ISO 3166-1 alpha-3, the code of the ILO's exports; a country page has the alpha-2 code of
the same country) and a year, with its source. Values are not translated: they are the same figure
in every language, linked to an indicator by its code.
"""

import re

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, WorkflowMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

__all__ = ["Indicator", "IndicatorValue"]

CODE_RE = re.compile(r"^[A-Z0-9_]+$")


def validate_code(value):
    if not CODE_RE.match(value):
        raise ValidationError(
            _("Use capital letters, digits and underscores only (for example COV_OLD_AGE)."), code="invalid_code"
        )


class Indicator(TranslatableMixin, index.Indexed, models.Model):
    code = models.CharField(
        _("code"),
        max_length=40,
        validators=[validate_code],
        help_text=_("The indicator's code in import files, for example COV_OLD_AGE. The same in every language."),
    )
    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(_("short name"), max_length=80, help_text=_("For table headings and chart legends."))
    definition = models.TextField(_("definition"))
    unit = models.CharField(_("unit"), max_length=80, help_text=_("For example “% of GDP”."))
    decimals = models.PositiveSmallIntegerField(_("decimals shown"), default=1, validators=[MaxValueValidator(4)])
    scale_max = models.DecimalField(
        _("top of the chart scale"),
        max_digits=14,
        decimal_places=4,
        null=True,
        blank=True,
        help_text=_("100 for a percentage of a population; empty: the largest value shown."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("sort_order")]),
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("definition"),
        FieldRowPanel([FieldPanel("unit"), FieldPanel("decimals"), FieldPanel("scale_max")]),
    ]
    translatable_fields = [
        SynchronizedField("code", overridable=False),
        TranslatableField("name"),
        TranslatableField("short_name"),
        TranslatableField("definition"),
        TranslatableField("unit"),
        SynchronizedField("decimals", overridable=False),
        SynchronizedField("scale_max", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("definition"),
        index.FilterField("code"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["sort_order", "code"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="observatory_indicator_code_per_locale"),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.code and self.locale_id:
            clash = Indicator.objects.filter(code=self.code, locale_id=self.locale_id).exclude(pk=self.pk)
            if clash.exists():
                raise ValidationError({"code": _("Another indicator in this language already has this code.")})


class IndicatorValue(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    """One figure. Edited in the admin as a snippet with drafts, revisions and the review workflow
    (``observatory/editing.py``): the row holds the published figure, a pending change waits in a
    revision, and readers see only live figures (``IndicatorValue.published``)."""

    indicator_code = models.CharField(_("indicator code"), max_length=40, validators=[validate_code])
    country = models.CharField(
        _("country (ISO 3166-1 alpha-3)"), max_length=3, help_text=_("For example ECU for Ecuador.")
    )
    year = models.PositiveSmallIntegerField(_("year"), validators=[MinValueValidator(1900), MaxValueValidator(2100)])
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=4)
    source = models.CharField(_("source (publication)"), max_length=300)
    source_table = models.CharField(_("table"), max_length=200, blank=True)
    source_url = models.URLField(_("source URL"), max_length=500, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    illustrative = models.BooleanField(
        _("illustrative figure"),
        default=False,
        help_text=_("An invented figure for the demo site, never an official statistic."),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="indicator_value",
        for_concrete_model=False,
    )
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="indicator_value",
        for_concrete_model=False,
    )

    panels = [
        FieldRowPanel([FieldPanel("indicator_code"), FieldPanel("country"), FieldPanel("year")]),
        FieldPanel("value"),
        FieldPanel("source"),
        FieldRowPanel([FieldPanel("source_table"), FieldPanel("source_url")]),
        FieldPanel("notes"),
        FieldPanel("illustrative"),
    ]

    class Meta:
        verbose_name = _("indicator value")
        verbose_name_plural = _("indicator values")
        ordering = ["indicator_code", "country", "year"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator_code", "country", "year"], name="observatory_one_value_per_country_year"
            ),
        ]
        indexes = [
            models.Index(fields=["country", "indicator_code", "year"], name="observatory_country_idx"),
            # The observatory's list of years, read by skipping along it (observatory/data.py).
            models.Index(fields=["year"], name="observatory_year_idx"),
        ]
        permissions = [("import_indicatorvalue", _("Can import indicator values from a CSV file"))]

    def __str__(self):
        value = format(self.value.normalize(), "f") if self.value is not None else ""
        return f"{self.indicator_code} · {self.country} · {self.year}: {value}"

    @classmethod
    def published(cls):
        """The figures readers see: live ones (a new figure waiting for review is not)."""
        return cls.objects.filter(live=True)

    # The columns an import writes; two rows with equal columns are the same figure.
    DATA_FIELDS = ("value", "source", "source_table", "source_url", "notes", "illustrative")
