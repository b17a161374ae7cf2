"""News items and events (courses, webinars, workshops).

An EventPage is a NewsPage with dates and a place, so one listing, ordered by date,
shows both; an event's ``date`` is its start date.
"""

import datetime
import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from news.local_times import LocalTimes
from portal import page_urls
from portal.models import BasePage, ListingPageMixin, TaggedPage, rich_text
from portal.sections import SectionedPageMixin


def time_zone_choices():
    """Every IANA time zone (Area/City), alphabetically."""
    zones = sorted(zone for zone in zoneinfo.available_timezones() if "/" in zone and not zone.startswith("Etc/"))
    return [(zone, zone.replace("_", " ")) for zone in [*zones, "UTC"]]


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
    count_in_window = False  # ordered by date: see ListingPageMixin.count_in_window
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
    #: Its own year for the search's year facet (search/facets.py).
    search_year_field = "date"

    # Listed, with the events, on the countries, regions and themes it is tagged with (portal/models/tagging.py).
    tagged_content_key = "news"
    tagged_content_order = ("-date",)
    tagged_content_heading = _("News and events")
    tagged_item_template = "news/tagged_item.html"

    date = models.DateField(_("date"), default=datetime.date.today)
    summary = models.TextField(_("summary"), blank=True)
    body = rich_text(_("body"))

    parent_page_types = ["news.NewsIndexPage"]
    allowed_in_owned_trees = True  # also inside a country, region or theme (its owners write there)
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
        indexes = [
            # Newest first, as the listings read them ("-date", then the id), and covering: a
            # listing's count by year reads this index, not the table with its texts
            # (10.3 against 7.5 ms at bench_10k's 10,000 items).
            models.Index(fields=["date", "page_ptr"], name="news_date_then_id"),
        ]

    @property
    def event(self):
        """The EventPage behind this item, or None for plain news (no query when prefetched)."""
        try:
            return self.eventpage
        except NewsPage.eventpage.RelatedObjectDoesNotExist:
            return None


class EventPage(LocalTimes, SectionedPageMixin, RoutablePageMixin, NewsPage):
    reader_type_label = _("Event")
    outside_link_fields = ("registration_url",)  # checked by check_links (portal/links.py)

    section_fields = (
        ("objective", _("Objective")),
        ("learning_outcomes", _("Learning outcomes")),
        ("body", _("Content and conclusions")),
    )

    event_type = models.CharField(_("type of event"), max_length=20, choices=EventType.choices)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    end_time = models.TimeField(_("end time"), null=True, blank=True, help_text=_("On the end date."))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        blank=True,
        choices=time_zone_choices,
        help_text=_("Where the times are local, for example America/Lima. Needed when the event has times."),
    )
    online = models.BooleanField(_("online"), default=False, help_text=_("People can take part over the internet."))
    location = models.CharField(
        _("place"),
        max_length=255,
        blank=True,
        help_text=_("City and country of an event held in person; leave empty for an online-only event."),
    )
    registration_url = models.URLField(_("registration link"), blank=True, max_length=500)
    organisers = models.CharField(_("organisers"), max_length=500, blank=True)
    partners = models.CharField(_("partners"), max_length=500, blank=True)
    objective = rich_text(_("objective"))
    learning_outcomes = rich_text(_("learning outcomes"))

    parent_page_types = ["news.NewsIndexPage"]
    allowed_in_owned_trees = True  # also inside a country, region or theme (its owners write there)
    subpage_types = []

    content_panels = (
        BasePage.content_panels
        + [
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("event_type"), FieldPanel("start_date"), FieldPanel("end_date")]),
                    FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time"), FieldPanel("time_zone")]),
                    FieldRowPanel([FieldPanel("location"), FieldPanel("online")]),
                    FieldPanel("registration_url"),
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
        SynchronizedField("start_time", overridable=False),
        SynchronizedField("end_time", overridable=False),
        SynchronizedField("time_zone", overridable=False),
        SynchronizedField("online", overridable=False),
        TranslatableField("location"),
        SynchronizedField("registration_url"),
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
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = gettext("The event cannot end before it starts.")
        if self.end_time and not self.start_time:
            errors["start_time"] = gettext("Give the start time too.")
        if self.start_time and not self.time_zone:
            errors["time_zone"] = gettext("Choose the time zone of the times.")
        start, end = self.starts_at, self.ends_at
        if not errors and start and end and end <= start:
            errors["end_time"] = gettext("The event cannot end before it starts.")
        if not self.online and not self.location:
            errors["location"] = gettext("Give the place, or tick “online”.")
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        from news import calendar

        context = super().get_context(request, *args, **kwargs)
        context["time_range"] = calendar.time_range(self)
        context["zone_label"] = calendar.zone_label(self)
        context["ics_url"] = page_urls.page_url(self, request) + self.reverse_subpage("ics")
        return context

    @path("calendar/", name="ics")
    def ics(self, request):
        """The event as an iCalendar file (RFC 5545) for the reader's calendar."""
        from news.calendar import event_ics

        response = HttpResponse(event_ics(self, request), content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.ics"'
        return response

    def save(self, *args, **kwargs):
        if self.start_date:
            self.date = self.start_date
        return super().save(*args, **kwargs)
