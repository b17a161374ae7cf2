"""News items and events (courses, webinars, workshops).

An EventPage is a NewsPage with dates and a place, so one listing, ordered by date,
shows both; an event's ``date`` is its start date.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.models import OWNED_TREE_PARENTS, BasePage, ListingPageMixin, TaggedPage, rich_text


class EventType(models.TextChoices):
    COURSE = "course", _("Course")
    WEBINAR = "webinar", _("Webinar")
    WORKSHOP = "workshop", _("Workshop")


class NewsIndexPage(ListingPageMixin, BasePage):
    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage", "news.EventPage"]
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    listing_filters = ("type", "country", "theme", "year")
    year_field = "date"
    type_choices = [("news", _("News"))] + EventType.choices

    class Meta:
        verbose_name = _("news index page")

    def get_listing_queryset(self):
        # Every news item and event of this language, in this section or in a country, region or theme.
        return (
            NewsPage.objects.filter(locale_id=self.locale_id)
            .live()
            .public()
            .select_related("eventpage")
            .order_by("-date", "-pk")
        )

    def filter_type(self, queryset, value):
        if value == "news":
            return queryset.filter(eventpage__isnull=True)
        return queryset.filter(eventpage__event_type=value)


class NewsPage(TaggedPage):
    reader_type_label = _("News")

    date = models.DateField(_("date"), default=datetime.date.today, db_index=True)
    summary = models.TextField(_("summary"), blank=True)
    body = rich_text(_("body"))

    parent_page_types = ["news.NewsIndexPage", *OWNED_TREE_PARENTS]
    subpage_types = []

    content_panels = (
        BasePage.content_panels
        + [FieldPanel("date"), FieldPanel("summary"), FieldPanel("body")]
        + TaggedPage.tag_panels
    )
    translatable_fields = TaggedPage.translatable_fields + [
        SynchronizedField("date", overridable=False),
        TranslatableField("summary"),
        TranslatableField("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    @property
    def event(self):
        """The EventPage behind this item, or None for plain news (no query when prefetched)."""
        try:
            return self.eventpage
        except NewsPage.eventpage.RelatedObjectDoesNotExist:
            return None


class EventPage(NewsPage):
    reader_type_label = _("Event")

    event_type = models.CharField(_("type of event"), max_length=20, choices=EventType.choices)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    online = models.BooleanField(_("online"), default=False)
    location = models.CharField(
        _("place"), max_length=255, blank=True, help_text=_("City and country, or the platform.")
    )
    organisers = models.CharField(_("organisers"), max_length=500, blank=True)
    partners = models.CharField(_("partners"), max_length=500, blank=True)
    objective = rich_text(_("objective"))
    learning_outcomes = rich_text(_("learning outcomes"))

    parent_page_types = ["news.NewsIndexPage", *OWNED_TREE_PARENTS]
    subpage_types = []

    content_panels = (
        BasePage.content_panels
        + [
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("event_type"), FieldPanel("start_date"), FieldPanel("end_date")]),
                    FieldRowPanel([FieldPanel("location"), FieldPanel("online")]),
                    FieldPanel("organisers"),
                    FieldPanel("partners"),
                ],
                heading=_("The event"),
            ),
            FieldPanel("summary"),
            FieldPanel("objective"),
            FieldPanel("learning_outcomes"),
            FieldPanel("body"),
        ]
        + TaggedPage.tag_panels
    )
    translatable_fields = NewsPage.translatable_fields + [
        SynchronizedField("event_type", overridable=False),
        SynchronizedField("start_date", overridable=False),
        SynchronizedField("end_date", overridable=False),
        SynchronizedField("online", overridable=False),
        TranslatableField("location"),
        TranslatableField("organisers"),
        TranslatableField("partners"),
        TranslatableField("objective"),
        TranslatableField("learning_outcomes"),
    ]
    search_fields = NewsPage.search_fields + [
        index.SearchField("location"),
        index.SearchField("organisers"),
        index.SearchField("partners"),
        index.SearchField("objective"),
        index.SearchField("learning_outcomes"),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": gettext("The event cannot end before it starts.")})

    def save(self, *args, **kwargs):
        if self.start_date:
            self.date = self.start_date
        return super().save(*args, **kwargs)
