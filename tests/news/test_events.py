"""Events for readers: times with their time zone, the place said once, registration, and an .ics file."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from icalendar import Calendar

from news.models import EventPage
from tests.factories import EventPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture(scope="module")
def events(trees):
    """A timed online webinar and an all-day course in Lima, in es/en/fr (built once per module)."""
    webinar = trees.add(
        EventPageFactory,
        "news",
        title="Financiar los pisos de protección social",
        event_type="webinar",
        start_date=datetime.date(2026, 12, 10),
        end_date=datetime.date(2026, 12, 10),
        start_time=datetime.time(14, 0),
        end_time=datetime.time(15, 30),
        time_zone="Europe/Zurich",
        online=True,
        registration_url="https://events.example.org/spf-financing-webinar/register",
        en={"title": "Financing social protection floors", "slug": "webinar-financing-floors"},
        fr={"title": "Financer les socles de protection sociale", "slug": "webinaire-financement-socles"},
    )
    course = trees.add(
        EventPageFactory,
        "news",
        title="Curso sobre la extensión de la protección social",
        event_type="course",
        start_date=datetime.date(2008, 10, 20),
        end_date=datetime.date(2008, 10, 31),
        online=False,
        location="Lima, Perú",
        partners="Programa EUROsociAL Salud Empleo",
        en={
            "title": "Course on extending social protection",
            "location": "Lima, Peru",
            "partners": "EUROsociAL programme (health and employment)",
        },
        fr={
            "title": "Cours sur l’extension de la protection sociale",
            "location": "Lima, Pérou",
            "partners": "Programme EUROsociAL (santé et emploi)",
        },
    )
    return {"webinar": webinar, "course": course}


@pytest.fixture
def event_page(events):
    """``event_page(name, language)``: the webinar or the course in ``language``, as the database has it now."""
    return lambda name, language="es": EventPage.objects.get(pk=events[name][language].pk)


ZONE_NAMES = {
    "es": "hora estándar de Europa central (GMT+01:00)",
    "en": "Central European Standard Time (GMT+01:00)",
    "fr": "heure normale d’Europe centrale (UTC+01:00)",
}


def facts(html):
    """The event's facts (dt → dd) as plain text."""
    block = re.search(r'<dl class="facts">(.*?)</dl>', html, re.S).group(1)
    pairs = re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", block, re.S)
    return {dt: re.sub(r"<[^>]+>", "", dd).strip() for dt, dd in pairs}


@pytest.mark.parametrize("language", ["es", "en", "fr"])
def test_event_time_is_shown_with_its_zone_in_the_readers_language(event_page, client, language):
    webinar = event_page("webinar", language)
    html = client.get(webinar.url).content.decode()
    time_label = {"es": "Hora", "en": "Time", "fr": "Heure"}[language]
    expected = {"es": "14:00–15:30", "en": "2:00\u202fPM–3:30\u202fPM", "fr": "14:00–15:30"}[language]
    assert facts(html)[time_label] == f"{expected}, {ZONE_NAMES[language]}"
    assert '<time datetime="2026-12-10T14:00:00+01:00">' in html


@pytest.mark.parametrize(("language", "place"), [("es", "En línea"), ("en", "Online"), ("fr", "En ligne")])
def test_online_event_says_online_once(event_page, client, language, place):
    html = client.get(event_page("webinar", language).url).content.decode()
    place_label = {"es": "Lugar", "en": "Place", "fr": "Lieu"}[language]
    assert facts(html)[place_label] == place


def test_event_in_a_place_and_online_says_both(event_page, client):
    course = event_page("course", "en")
    course.online = True
    course.save_revision().publish()
    html = client.get(course.url).content.decode()
    assert facts(html)["Place"] == "Lima, Peru, and online"


def test_registration_link_and_add_to_calendar(event_page, client):
    webinar = event_page("webinar", "fr")
    html = client.get(webinar.url).content.decode()
    assert 'href="https://events.example.org/spf-financing-webinar/register"' in html
    assert f'href="{webinar.url}calendar/"' in html
    assert "Ajouter à l’agenda" in html
    course = client.get(event_page("course", "fr").url).content.decode()
    assert "register" not in course  # no link where there is none


def test_dates_are_written_as_each_language_writes_them(event_page, client):
    pages = {code: client.get(event_page("course", code).url).content.decode() for code in ("es", "en", "fr")}
    assert "20 October 2008" in pages["en"] and "Oct. 20, 2008" not in pages["en"]
    assert "20 de octubre de 2008" in pages["es"]
    assert "20 octobre 2008" in pages["fr"]


def test_lima_partners_are_translated(event_page, client):
    assert "EUROsociAL programme (health and employment)" in client.get(event_page("course", "en").url).content.decode()
    assert "Programme EUROsociAL (santé et emploi)" in client.get(event_page("course", "fr").url).content.decode()


def parse_strictly(data):
    """Parse an iCalendar file, failing on anything RFC 5545 forbids that a calendar app would choke on."""
    assert data.endswith(b"\r\n")
    for line in data.split(b"\r\n")[:-1]:
        assert len(line) <= 75, f"line longer than 75 octets: {line!r}"
        assert b"\n" not in line and b"\r" not in line
    calendar = Calendar.from_ical(data)
    assert not calendar.errors
    for component in calendar.walk():
        assert not component.errors, (component.name, component.errors)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    for required in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
        assert required in events[0]
    return calendar, events[0]


def test_ics_of_a_timed_event(event_page, client):
    webinar = event_page("webinar", "en")
    response = client.get(f"{webinar.url}calendar/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{webinar.slug}.ics"'
    calendar, event = parse_strictly(response.content)
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert str(start.tzinfo) == "Europe/Zurich" and start.replace(tzinfo=None) == datetime.datetime(2026, 12, 10, 14, 0)
    assert end - start == datetime.timedelta(minutes=90)
    assert start.astimezone(datetime.UTC).hour == 13
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Zurich"]
    assert str(event["SUMMARY"]) == webinar.title
    assert str(event["LOCATION"]) == "Online"
    assert "https://events.example.org/spf-financing-webinar/register" in str(event["DESCRIPTION"])
    assert str(event["URL"]).endswith(webinar.url)
    # The same event in every language: one identifier, so a calendar keeps one entry.
    spanish = parse_strictly(client.get(f"{event_page('webinar').url}calendar/").content)[1]
    assert str(spanish["UID"]) == str(event["UID"])
    assert str(spanish["LOCATION"]) == "En línea"


def test_ics_of_an_all_day_event(event_page, client):
    course = event_page("course", "es")
    _calendar, event = parse_strictly(client.get(f"{course.url}calendar/").content)
    assert event.decoded("DTSTART") == datetime.date(2008, 10, 20)
    assert event.decoded("DTEND") == datetime.date(2008, 11, 1)  # exclusive: the course ends on the 31st
    assert str(event["LOCATION"]) == "Lima, Perú"


def test_ics_of_an_unpublished_event_is_not_served(event_page, client):
    webinar = event_page("webinar", "en")
    url = f"{webinar.url}calendar/"
    webinar.unpublish()
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"time_zone": ""}, "time_zone", "Choose the time zone of the times."),
        ({"start_time": None}, "start_time", "Give the start time too."),
        ({"end_time": datetime.time(13, 0)}, "end_time", "The event cannot end before it starts."),
        ({"online": False, "location": ""}, "location", "Give the place, or tick “online”."),
        ({"time_zone": "Mars/Olympus"}, "time_zone", "Value 'Mars/Olympus' is not a valid choice."),
    ],
)
def test_bad_event_times_are_refused_with_a_clear_error(event_page, changes, field, message):
    webinar = event_page("webinar")
    for name, value in changes.items():
        setattr(webinar, name, value)
    with pytest.raises(ValidationError) as error:
        webinar.full_clean()
    assert message in error.value.message_dict[field]
