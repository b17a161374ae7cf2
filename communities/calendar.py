"""A community's calendar (events, meetings, webinar sessions) and its webinar series: the reader's routes.

Who reads them is who reads the community's content (``access.can_read``: everyone for an
open community, members otherwise), and that holds for the ``.ics`` files too: a calendar
file of a community that is not open is sent only to its members (a calendar application
that cannot sign in gets nothing). Managers create, edit and delete, never in an archived
community. Times are shown and exported with ``news/calendar.py``, the portal's event code.
Answers readable by members only are never kept by a shared cache (``private``); an open
community's, which anyone reads, may be, and every change empties the caches
(``CommunitiesConfig.cache_invalidated_by``).
"""

from django.contrib import messages
from django.db import transaction
from django.http import FileResponse, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from communities import access
from communities.calendar_forms import EventForm, SeriesForm, SessionForm
from communities.models.calendar import CommunityEvent, WebinarSeries
from communities.models.discussions import Thread
from communities.views import needs_sign_in, refuse
from news import calendar as ics


def _private(response, page, request):
    if request.user.is_authenticated or not access.can_read(access.ANONYMOUS, page):
        response["Cache-Control"] = "private, no-cache"
    return response


def _render(request, template, context, status=200):
    return _private(TemplateResponse(request, template, context, status=status), context["page"], request)


def _cannot_read(request, page):
    if not request.user.is_authenticated:
        return needs_sign_in(request)
    return refuse(
        request, page, _("Only members of this community read its calendar and webinars. Join it to see them.")
    )


def _cannot_manage(request, page):
    """None when the reader manages this (not archived) community; else the refusal."""
    if not request.user.is_authenticated:
        return needs_sign_in(request)
    if not access.can_manage(access.role(request, page)):
        return refuse(request, page, _("Only the managers of this community can change its calendar and webinars."))
    if page.canonical().archived:
        return refuse(request, page, _("This community is archived: it is no longer active."))
    return None


def _describe(event):
    """What the templates show of an event's times, in the reader's language."""
    event.time_text = ics.time_range(event)
    event.zone_text = ics.zone_label(event)
    event.date_text = date_format(event.start_date, "DATE_FORMAT")
    if event.end_date != event.start_date:
        event.date_text += "–" + date_format(event.end_date, "DATE_FORMAT")
    return event


def split(events):
    """(upcoming, soonest first; past, latest first)."""
    now = timezone.now()
    events = [_describe(event) for event in events]
    upcoming = sorted((e for e in events if e.ends_at >= now), key=lambda e: e.starts_at)
    past = sorted((e for e in events if e.ends_at < now), key=lambda e: e.starts_at, reverse=True)
    return upcoming, past


def _events(page):
    return CommunityEvent.objects.filter(community=page.canonical()).select_related("series", "qa_thread")


def _event_url(page, event):
    return f"{page.url}event/{event.pk}/"


def _series_url(page, series):
    return f"{page.url}webinars/{series.pk}/"


def calendar(page, request):
    reader = access.role(request, page)
    if not access.can_read(reader, page):
        return _cannot_read(request, page)
    upcoming, past = split(_events(page))
    context = {
        "page": page,
        "upcoming": upcoming,
        "past": past,
        "can_manage": access.can_manage(reader) and not page.canonical().archived,
        "ics_url": f"{page.url}calendar/ics/",
    }
    return _render(request, "communities/calendar/calendar.html", context)


def _ics_response(request, page, events, filename, name=None):
    body = ics.events_ics(
        events, request, name=name, describe=lambda e: {"url": request.build_absolute_uri(_event_url(page, e))}
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
    return _private(response, page, request)


def calendar_ics(page, request):
    if not access.can_read(access.role(request, page), page):
        return _cannot_read(request, page)
    name = _("Calendar of %(title)s") % {"title": page.title}
    return _ics_response(request, page, list(_events(page)), page.slug, name=name)


def _event_of(page, pk):
    return _events(page).filter(pk=pk).first()


def _missing_event(request, page):
    return refuse(request, page, _("This event does not exist or was deleted."), status=404)


def event(page, request, pk):
    found = _event_of(page, pk)
    reader = access.role(request, page)
    if found is None:
        return _missing_event(request, page)
    if not access.can_read(reader, page):
        return _cannot_read(request, page)
    context = {
        "page": page,
        "event": _describe(found),
        "can_manage": access.can_manage(reader) and not page.canonical().archived,
        "ics_url": f"{page.url}event-ics/{found.pk}/",
        "series_url": found.series and _series_url(page, found.series),
        "qa_url": found.qa_thread_id and f"{page.url}discussions/{found.qa_thread_id}/",
        "slides_file_url": found.slides_file and f"{page.url}slides/{found.pk}/",
    }
    return _render(request, "communities/calendar/event.html", context)


def event_ics(page, request, pk):
    found = _event_of(page, pk)
    if found is None:
        return _missing_event(request, page)
    if not access.can_read(access.role(request, page), page):
        return _cannot_read(request, page)
    return _ics_response(request, page, [found], f"{page.slug}-{found.pk}")


def slides(page, request, pk):
    """A session's slides document, to those who read the community's content only."""
    found = _event_of(page, pk)
    if found is None or not found.slides_file:
        return _missing_event(request, page)
    if not access.can_read(access.role(request, page), page):
        return _cannot_read(request, page)
    response = FileResponse(found.slides_file.open("rb"), as_attachment=True)
    return _private(response, page, request)


def start_qa_thread(session, author):
    """The community's discussion for the session's questions and answers, started by ``author``."""
    when = date_format(session.start_date, "DATE_FORMAT")
    thread = Thread.objects.create(
        community=session.community,
        title=(_("Questions and answers: %(title)s") % {"title": session.title})[:200],
        body=_(
            "Questions and answers of the webinar session “%(title)s” (%(date)s). "
            "Ask your questions here; the speakers and the managers answer."
        )
        % {"title": session.title, "date": when},
        author=author,
    )
    if author is not None:
        thread.followers.add(author)
    session.qa_thread = thread
    session.save(update_fields=["qa_thread"])
    return thread


def edit_event(page, request, pk=None, series=None):
    """Create (``pk`` None; a session of ``series`` when given) or edit an event or a webinar session."""
    refused = _cannot_manage(request, page)
    if refused:
        return refused
    found = None
    if pk is not None:
        found = _event_of(page, pk)
        if found is None:
            return _missing_event(request, page)
        series = found.series
    form_class = SessionForm if series is not None else EventForm
    old_slides = found.slides_file.name if found else ""
    form = form_class(request.POST or None, request.FILES or None, instance=found)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            saved = form.save(commit=False)
            saved.community = page.canonical()
            saved.series = series
            saved.updated_at = timezone.now()
            if found is None:
                saved.created_by = request.user
            saved.save()
            if series is not None and saved.qa_thread_id is None:
                start_qa_thread(saved, request.user)
            if old_slides and old_slides != saved.slides_file.name:  # replaced or cleared: the old file goes
                storage = saved.slides_file.storage
                transaction.on_commit(lambda: storage.delete(old_slides))
        messages.success(
            request, _("The event has been saved.") if series is None else _("The session has been saved.")
        )
        return redirect(_event_url(page, saved))
    context = {"page": page, "form": form, "event": found, "series": series}
    return _render(request, "communities/calendar/event_form.html", context, 400 if form.errors else 200)


def new_event(page, request):
    return edit_event(page, request)


def delete_event(page, request, pk):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    refused = _cannot_manage(request, page)
    if refused:
        return refused
    found = _event_of(page, pk)
    if found is None:
        return _missing_event(request, page)
    series = found.series
    if found.slides_file:
        found.slides_file.delete(save=False)
    found.delete()
    messages.success(request, _("The event has been deleted."))
    return redirect(_series_url(page, series) if series else f"{page.url}calendar/")


# Webinar series


def _series_of(page, pk):
    return WebinarSeries.objects.filter(community=page.canonical(), pk=pk).first()


def _missing_series(request, page):
    return refuse(request, page, _("This webinar series does not exist or was deleted."), status=404)


def webinars(page, request):
    reader = access.role(request, page)
    if not access.can_read(reader, page):
        return _cannot_read(request, page)
    context = {
        "page": page,
        "series_list": list(WebinarSeries.objects.filter(community=page.canonical()).prefetch_related("sessions")),
        "can_manage": access.can_manage(reader) and not page.canonical().archived,
    }
    for series in context["series_list"]:
        series.upcoming, series.past = split(series.sessions.all())
    return _render(request, "communities/calendar/webinars.html", context)


def series(page, request, pk):
    found = _series_of(page, pk)
    reader = access.role(request, page)
    if found is None:
        return _missing_series(request, page)
    if not access.can_read(reader, page):
        return _cannot_read(request, page)
    upcoming, past = split(_events(page).filter(series=found))
    context = {
        "page": page,
        "series": found,
        "upcoming": upcoming,
        "past": past,
        "can_manage": access.can_manage(reader) and not page.canonical().archived,
    }
    return _render(request, "communities/calendar/series.html", context)


def edit_series(page, request, pk=None):
    refused = _cannot_manage(request, page)
    if refused:
        return refused
    found = None
    if pk is not None:
        found = _series_of(page, pk)
        if found is None:
            return _missing_series(request, page)
    form = SeriesForm(request.POST or None, instance=found)
    if request.method == "POST" and form.is_valid():
        saved = form.save(commit=False)
        saved.community = page.canonical()
        if found is None:
            saved.created_by = request.user
        saved.save()
        messages.success(request, _("The webinar series has been saved."))
        return redirect(_series_url(page, saved))
    context = {"page": page, "form": form, "series": found}
    return _render(request, "communities/calendar/series_form.html", context, 400 if form.errors else 200)


def new_series(page, request):
    return edit_series(page, request)


def new_session(page, request, pk):
    found = _series_of(page, pk)
    refused = _cannot_manage(request, page)
    if refused:
        return refused
    if found is None:
        return _missing_series(request, page)
    return edit_event(page, request, series=found)


def delete_series(page, request, pk):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    refused = _cannot_manage(request, page)
    if refused:
        return refused
    found = _series_of(page, pk)
    if found is None:
        return _missing_series(request, page)
    for session in found.sessions.exclude(slides_file=""):
        session.slides_file.delete(save=False)
    found.delete()
    messages.success(request, _("The webinar series has been deleted; its discussions are kept."))
    return redirect(f"{page.url}webinars/")


ACTIONS = {
    "event": event,
    "event-ics": event_ics,
    "edit-event": edit_event,
    "delete-event": delete_event,
    "slides": slides,
    "new-session": new_session,
    "edit-series": edit_series,
    "delete-series": delete_series,
}
