"""An event for readers' calendars: its times in their language, and an iCalendar file (RFC 5545).

Times are stored as the event's local times with its IANA time zone; readers see them
with the zone's name in their language (Babel's CLDR data: "hora estándar de Perú",
"Peru Standard Time", "heure normale du Pérou") and its offset from GMT.
"""

import datetime

from babel import dates as babel_dates
from django.utils import timezone
from django.utils.translation import get_language, gettext
from icalendar import Calendar, Event

from portal import page_urls

PRODID = "-//Social Security for All//Portal//ES"


def _locale():
    return (get_language() or "es").split("-")[0]


def time_range(event):
    """ "14:00–16:00" (or "2:00 PM–4:00 PM") in the reader's language, or "" without times."""
    start, end = event.starts_at, event.ends_at
    if start is None:
        return ""
    locale = _locale()
    text = babel_dates.format_time(start, "short", locale=locale)
    if end is not None:
        text += "–" + babel_dates.format_time(end, "short", locale=locale)
    return text


def zone_label(event):
    """The event's time zone in the reader's language with its offset: "hora estándar de Perú (GMT-05:00)"."""
    start = event.starts_at
    if start is None:
        return ""
    locale = _locale()
    name = babel_dates.get_timezone_name(start, "long", locale=locale)
    offset = babel_dates.get_timezone_gmt(start, "long", locale=locale)
    return f"{name} ({offset})"


def _calendar():
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    return calendar


def event_component(event, request, *, title=None, language=None, url=None):
    """The VEVENT of one event: its times in its own zone (or whole days), place, link and summary.

    ``title`` replaces the event's; ``language`` names the language of its texts (RFC 5545's
    ``LANGUAGE`` parameter), for a listing whose events are not all in its language. ``url``
    is the event's full address when it is not a page (a community's event, ``communities/``).
    """
    texts = {"parameters": {"LANGUAGE": language}} if language else {}
    vevent = Event()
    # One identifier for the event in every language: a reader who adds it twice gets one entry.
    vevent.add("uid", f"{event.translation_key}@{request.get_host().split(':')[0]}")
    vevent.add("dtstamp", (event.last_published_at or timezone.now()).astimezone(datetime.UTC))
    if event.starts_at is not None:
        vevent.add("dtstart", event.starts_at)
        if event.ends_at is not None:
            vevent.add("dtend", event.ends_at)
    else:
        vevent.add("dtstart", event.start_date)
        # All-day events end on the day after the last one (DTEND is exclusive).
        vevent.add("dtend", event.end_date + datetime.timedelta(days=1))
    vevent.add("summary", title or event.title, **texts)
    url = url or page_urls.full_page_url(event, request)
    description = "\n\n".join(
        part
        for part in (
            event.summary,
            event.registration_url and (gettext("Registration: %(url)s") % {"url": event.registration_url}),
            url,
        )
        if part
    )
    vevent.add("description", description, **texts)
    place = ", ".join(part for part in (event.location, gettext("Online") if event.online else "") if part)
    if place:
        vevent.add("location", place)
    if url:  # a page outside every site's tree has no address to give
        vevent.add("url", url)
    return vevent


def events_ics(events, request, *, name=None, describe=None):
    """The bytes of a VCALENDAR holding ``events`` (a listing's), each zone they use defined once.

    ``describe(event)`` gives the keyword arguments of ``event_component`` (title, language).
    """
    calendar = _calendar()
    if name:
        calendar.add("name", name)
        calendar.add("x-wr-calname", name)
    timed = False
    for event in events:
        calendar.add_component(event_component(event, request, **(describe(event) if describe else {})))
        timed = timed or event.starts_at is not None
    if timed:
        calendar.add_missing_timezones()
    return calendar.to_ical()


def event_ics(event, request):
    """The bytes of a VCALENDAR holding this one event."""
    return events_ics([event], request)
