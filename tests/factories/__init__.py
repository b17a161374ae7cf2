"""Factories for the portal's page types (wagtail-factories)."""

import datetime

import factory
import wagtail_factories

from casestudies.models import CaseStudyPage
from countries.models import CountryPage, RegionPage
from news.models import EventPage, NewsPage
from resources.models import ResourcePage
from themes.models import ThemePage


class ThemePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Theme {n}")
    summary = "A theme."

    class Meta:
        model = ThemePage


class RegionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Region {n}")

    class Meta:
        model = RegionPage


class CountryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Country {n}")
    iso_code = factory.Iterator(["AR", "BO", "CO", "CR", "DO", "GT", "HN", "NI", "PA", "PY", "SV", "UY", "VE", "CU"])
    summary = "A country profile."

    class Meta:
        model = CountryPage


class CaseStudyPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Good practice {n}")
    institution = "Social Security Institute"
    implemented_since = 2015
    summary = "<p>Summary.</p>"

    class Meta:
        model = CaseStudyPage


class ResourcePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Resource {n}")
    resource_type = "publication"
    year = 2020
    document_language = "en"
    summary = "<p>Summary.</p>"

    class Meta:
        model = ResourcePage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"News {n}")
    date = datetime.date(2026, 1, 15)
    summary = "News summary."

    class Meta:
        model = NewsPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Event {n}")
    event_type = "webinar"
    start_date = datetime.date(2026, 3, 1)
    end_date = datetime.date(2026, 3, 2)
    summary = "Event summary."
    online = True

    class Meta:
        model = EventPage
