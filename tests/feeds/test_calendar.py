"""The news listing's events as one iCalendar file (RFC 5545), with the listing's filters, in the listing's language."""

import datetime

import pytest
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from tests.factories import CountryPageFactory, EventPageFactory, NewsPageFactory
from tests.factories.translations import alias

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture(scope="module")
def events(trees):
    peru = trees.add(CountryPageFactory, "countries", title="Perú", iso_code="PY", fr={"title": "Pérou"})
    webinar = trees.add(
        EventPageFactory,
        "news",
        title="Seminario web en Lima",
        event_type="webinar",
        start_date=datetime.date(2026, 12, 10),
        end_date=datetime.date(2026, 12, 10),
        start_time=datetime.time(14, 0),
        end_time=datetime.time(15, 30),
        time_zone="America/Lima",
        online=True,
        countries=[peru["es"]],
        summary="Resumen del seminario.",
        fr={"title": "Webinaire à Lima", "summary": "Résumé du webinaire."},
    )
    course = trees.add(
        EventPageFactory,
        "news",
        languages=(),
        title="Curso en Quito",
        event_type="course",
        start_date=datetime.date(2026, 3, 2),
        end_date=datetime.date(2026, 3, 6),
        location="Quito, Ecuador",
    )
    course["fr"] = alias(course["es"], "fr")
    workshop = trees.add(
        EventPageFactory,
        "news",
        title="Taller zurich",
        event_type="workshop",
        start_date=datetime.date(2025, 5, 6),
        end_date=datetime.date(2025, 5, 6),
        start_time=datetime.time(9, 0),
        time_zone="Europe/Zurich",
        location="Zúrich",
        fr={"title": "Atelier à Zurich"},
    )
    news = trees.add(NewsPageFactory, "news", title="Una noticia", fr={"title": "Une nouvelle"})
    draft = EventPageFactory(
        parent=trees.section("news"),
        title="Evento borrador",
        event_type="course",
        start_date=datetime.date(2026, 1, 1),
        end_date=datetime.date(2026, 1, 1),
        location="Lima",
        publish=False,
    )
    secret = trees.add(
        EventPageFactory,
        "news",
        title="Evento reservado",
        event_type="course",
        start_date=datetime.date(2026, 1, 1),
        end_date=datetime.date(2026, 1, 1),
        location="Lima",
        fr={"title": "Événement réservé"},
    )
    PageViewRestriction.objects.bulk_create(  # Spanish only: no signal copies it to the French page
        [PageViewRestriction(page=secret["es"], restriction_type=PageViewRestriction.LOGIN)]
    )
    return {"webinar": webinar, "course": course, "workshop": workshop, "news": news, "draft": draft}


def parse_strictly(data):
    """Parse an iCalendar file, failing on anything RFC 5545 forbids that a calendar app would choke on."""
    assert data.endswith(b"\r\n")
    for line in data.split(b"\r\n")[:-1]:
        assert len(line) <= 75, f"line longer than 75 octets: {line!r}"
    calendar = Calendar.from_ical(data)
    assert not calendar.errors
    for component in calendar.walk():
        assert not component.errors, (component.name, component.errors)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    for event in calendar.walk("VEVENT"):
        for required in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            assert required in event
    zones = {str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")}
    for event in calendar.walk("VEVENT"):
        tzid = event["DTSTART"].params.get("TZID")
        assert tzid is None or tzid in zones, tzid  # every zone used is defined in the file
    return calendar


def summaries(calendar):
    return [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]


def test_french_listing_calendar_has_the_events_in_french_and_marks_the_untranslated_one(events, client):
    response = client.get("/fr/feeds/events/calendar.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="actualites-et-evenements.ics"'
    calendar = parse_strictly(response.content)
    assert str(calendar["X-WR-CALNAME"]).startswith("Événements · ")
    assert summaries(calendar) == ["Webinaire à Lima", "Curso en Quito [Español]", "Atelier à Zurich"]
    by_summary = {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}
    webinar = by_summary["Webinaire à Lima"]
    assert webinar["SUMMARY"].params["LANGUAGE"] == "fr"
    assert webinar["DTSTART"].params["TZID"] == "America/Lima"
    assert webinar["DTSTART"].dt.replace(tzinfo=None) == datetime.datetime(2026, 12, 10, 14, 0)
    assert str(webinar["URL"]) == events["webinar"]["fr"].full_url
    assert "Résumé du webinaire." in str(webinar["DESCRIPTION"])
    course = by_summary["Curso en Quito [Español]"]
    assert course["SUMMARY"].params["LANGUAGE"] == "es"
    assert course["DTSTART"].dt == datetime.date(2026, 3, 2) and course["DTEND"].dt == datetime.date(2026, 3, 7)
    assert str(course["URL"]) == events["course"]["fr"].full_url
    # One identifier per event in every language: the Spanish file's webinar is the same calendar entry.
    spanish = parse_strictly(client.get("/es/feeds/events/calendar.ics").content)
    spanish_uids = {str(event["UID"]) for event in spanish.walk("VEVENT")}
    assert str(webinar["UID"]) in spanish_uids
    assert {str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")} == {"America/Lima", "Europe/Zurich"}


def test_no_news_no_draft_no_restricted_event(events, client):
    for language in ("es", "fr"):
        found = summaries(parse_strictly(client.get(f"/{language}/feeds/events/calendar.ics").content))
        assert len(found) == 3, found
        for title in ("Una noticia", "Une nouvelle", "Evento borrador", "Evento reservado", "Événement réservé"):
            assert not any(summary.startswith(title) for summary in found), (language, title)


def test_the_listing_filters_apply(events, client):
    webinars = parse_strictly(client.get("/fr/feeds/events/calendar.ics?type=webinar").content)
    assert summaries(webinars) == ["Webinaire à Lima"]
    peru = parse_strictly(client.get("/fr/feeds/events/calendar.ics?country=PY").content)
    assert summaries(peru) == ["Webinaire à Lima"]
    year = parse_strictly(client.get("/fr/feeds/events/calendar.ics?year=2025").content)
    assert summaries(year) == ["Atelier à Zurich"]
    nothing = parse_strictly(client.get("/fr/feeds/events/calendar.ics?type=news").content)
    assert summaries(nothing) == []
    assert client.get("/fr/feeds/events/calendar.ics?country=ZZ").status_code == 404


def test_the_news_listing_names_its_calendar_with_its_filters(events, client, trees):
    html = client.get(trees.section("news", "fr").url + "?type=webinar").content.decode()
    assert (
        '<link rel="alternate" type="text/calendar" title="Événements (iCalendar)" '
        'href="/fr/feeds/events/calendar.ics?type=webinar">'
    ) in html
