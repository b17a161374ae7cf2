"""A community's calendar and webinars: managers' forms, bad input, the tabs, the .ics files, slides, the demo.

Who reads them (each privacy level, each reader) is walked in ``test_privacy_table.py``.
"""

import datetime

import icalendar
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from communities import demo_calendar
from communities.models import CommunityEvent, Thread, WebinarSeries
from tests.factories import CommunityPageFactory, MemberFactory, member_of, translate

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def community(index):
    return CommunityPageFactory(parent=index, access="public", title="Seguridad social rural")


@pytest.fixture
def manager(community):
    return member_of(community, role="manager")


def days(n):
    return (timezone.localdate() + datetime.timedelta(days=n)).isoformat()


def event_data(**changes):
    data = {
        "title": "Reunión mensual",
        "start_date": days(10),
        "start_time": "15:00",
        "end_date": "",
        "end_time": "16:30",
        "time_zone": "America/Lima",
        "location": "",
        "online_url": "https://meet.example.org/mensual",
        "description": "Orden del día: <b>informes</b>.",
    }
    data.update(changes)
    return data


def make_event(community, days_from_now, title, **fields):
    start = timezone.localdate() + datetime.timedelta(days=days_from_now)
    return CommunityEvent.objects.create(
        community=community,
        title=title,
        start_date=start,
        start_time=datetime.time(9),
        end_date=start,
        end_time=datetime.time(10),
        time_zone="Europe/Madrid",
        location="Madrid",
        **fields,
    )


def test_a_manager_adds_an_event_that_members_see_and_export(client, community, manager):
    client.force_login(manager)
    response = client.post(f"{community.url}calendar/new/", event_data())
    event = CommunityEvent.objects.get(community=community)
    assert response["Location"] == f"{community.url}event/{event.pk}/"
    assert event.description == "Orden del día: informes."  # plain text
    assert event.end_date == event.start_date  # an empty end date is the start date
    assert event.created_by == manager and event.series is None

    client.force_login(member_of(community))
    page = client.get(response["Location"]).content.decode()
    assert "Reunión mensual" in page and "hora estándar de Perú (GMT-05:00)" in page
    assert 'href="https://meet.example.org/mensual"' in page
    assert f"{community.url}edit-event/{event.pk}/" not in page  # members read, managers edit

    ics = client.get(f"{community.url}event-ics/{event.pk}/")
    assert ics["Content-Type"].startswith("text/calendar")
    [vevent] = icalendar.Calendar.from_ical(ics.content).walk("VEVENT")
    assert str(vevent["summary"]) == "Reunión mensual"
    assert vevent["dtstart"].dt.hour == 15 and str(vevent["dtstart"].dt.tzinfo) == "America/Lima"
    assert str(vevent["url"]) == f"http://localhost{community.url}event/{event.pk}/"  # a full address
    assert "https://meet.example.org/mensual" in str(vevent["description"])


def test_the_calendar_lists_upcoming_events_soonest_first_then_past_ones_latest_first(client, community):
    make_event(community, 40, "Taller lejano")
    make_event(community, 3, "Taller próximo")
    make_event(community, -5, "Taller reciente")
    make_event(community, -60, "Taller antiguo")
    client.force_login(member_of(community))
    page = client.get(f"{community.url}calendar/").content.decode()
    upcoming, past = page.split('id="past-heading"')
    assert upcoming.index("Taller próximo") < upcoming.index("Taller lejano")
    assert past.index("Taller reciente") < past.index("Taller antiguo")
    assert "Taller reciente" not in upcoming

    ics = client.get(f"{community.url}calendar/ics/")
    calendar = icalendar.Calendar.from_ical(ics.content)
    assert len(calendar.walk("VEVENT")) == 4
    assert str(calendar["x-wr-calname"]) == "Calendario de Seguridad social rural"
    assert [str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/Madrid"]


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"end_time": "14:00"}, "end_time", "El evento no puede terminar antes de empezar."),
        ({"end_date": days(9), "end_time": "18:00"}, "end_time", "El evento no puede terminar antes de empezar."),
        ({"online_url": "meet example org"}, "online_url", "Indique una dirección web completa"),
        ({"time_zone": "Mars/Olympus"}, "time_zone", "Zona horaria desconocida"),
        ({"online_url": "", "location": ""}, "location", "Indique el lugar, el enlace en línea o ambos."),
        ({"title": "<b></b>"}, "title", "Este campo no puede estar vacío."),
    ],
)
def test_bad_input_says_what_is_wrong_and_saves_nothing(client, community, manager, changes, field, message):
    client.force_login(manager)
    response = client.post(f"{community.url}calendar/new/", event_data(**changes))
    assert response.status_code == 400
    assert message in response.context["form"].errors[field][0]
    assert message in response.content.decode()
    assert not CommunityEvent.objects.filter(community=community).exists()


def test_only_managers_change_the_calendar(client, community, manager):
    event = make_event(community, 5, "Reunión")
    urls = [
        ("get", f"{community.url}calendar/new/"),
        ("post", f"{community.url}edit-event/{event.pk}/"),
        ("post", f"{community.url}delete-event/{event.pk}/"),
        ("get", f"{community.url}webinars/new/"),
    ]
    for method, url in urls:
        assert getattr(client, method)(url).status_code == 302  # anonymous: sign in
    client.force_login(member_of(community))
    for method, url in urls:
        response = getattr(client, method)(url, event_data(title="Cambiado") if method == "post" else None)
        assert response.status_code == 403
        assert "Solo los administradores de esta comunidad pueden cambiar su calendario" in response.content.decode()
    event.refresh_from_db()
    assert event.title == "Reunión"

    client.force_login(manager)
    client.post(f"{community.url}edit-event/{event.pk}/", event_data(title="Reunión aplazada"))
    event.refresh_from_db()
    assert event.title == "Reunión aplazada"
    response = client.post(f"{community.url}delete-event/{event.pk}/")
    assert response["Location"] == f"{community.url}calendar/"
    assert not CommunityEvent.objects.filter(pk=event.pk).exists()


def test_an_archived_community_calendar_is_read_but_not_changed(client, index):
    archived = CommunityPageFactory(parent=index, access="open", archived=True)
    make_event(archived, -3, "Última reunión")
    manager = member_of(archived, role="manager")
    client.force_login(manager)
    page = client.get(f"{archived.url}calendar/").content.decode()
    assert "Última reunión" in page and "calendar/new/" not in page
    assert client.post(f"{archived.url}calendar/new/", event_data()).status_code == 403
    assert CommunityEvent.objects.filter(community=archived).count() == 1


def test_events_of_another_community_are_not_found_through_this_one(client, community, index):
    other = CommunityPageFactory(parent=index, access="private")
    secret = make_event(other, 2, "Reunión secreta")
    client.force_login(member_of(community))
    for url in (f"event/{secret.pk}/", f"event-ics/{secret.pk}/"):
        response = client.get(f"{community.url}{url}")
        assert response.status_code == 404 and "secreta" not in response.content.decode()


def test_a_webinar_series_with_sessions_their_qa_discussion_and_slides(
    client, community, manager, settings, tmp_path, commit
):
    settings.COMMUNITY_SLIDES_ROOT = tmp_path
    client.force_login(manager)
    response = client.post(
        f"{community.url}webinars/new/", {"title": "Ciclo de pensiones", "description": "Tres sesiones."}
    )
    series = WebinarSeries.objects.get(community=community)
    assert response["Location"] == f"{community.url}webinars/{series.pk}/"

    data = event_data(
        title="Sesión 1: cobertura",
        registration_url="https://example.org/inscripcion",
        recording_url="",
        slides_url="https://example.org/diapositivas",
        slides_file=SimpleUploadedFile("sesion.pdf", PDF, content_type="application/pdf"),
    )
    response = client.post(f"{community.url}new-session/{series.pk}/", data)
    session = CommunityEvent.objects.get(series=series)
    assert response["Location"] == f"{community.url}event/{session.pk}/"
    thread = Thread.objects.get(community=community)
    assert session.qa_thread == thread
    assert thread.title == "Preguntas y respuestas: Sesión 1: cobertura"
    assert thread.followers.filter(pk=manager.pk).exists()

    # A file that is not a document is refused, and the session keeps its slides.
    bad = event_data(title="Sesión 1", slides_file=SimpleUploadedFile("x.pdf", b"<html>", content_type="text/html"))
    response = client.post(f"{community.url}edit-event/{session.pk}/", bad)
    assert response.status_code == 400 and "Solo se pueden enviar documentos PDF" in response.content.decode()
    session.refresh_from_db()
    assert session.title == "Sesión 1: cobertura" and session.slides_file

    # A new document replaces the old one, which is deleted.
    first = session.slides_file.name
    again = {**data, "slides_file": SimpleUploadedFile("nueva.pdf", PDF)}
    with commit():
        client.post(f"{community.url}edit-event/{session.pk}/", again)
    session.refresh_from_db()
    assert session.slides_file.name != first and not (tmp_path / first).exists()
    assert (tmp_path / session.slides_file.name).exists()

    member = member_of(community)
    client.force_login(member)
    page = client.get(f"{community.url}event/{session.pk}/").content.decode()
    assert "https://example.org/inscripcion" in page and f"discussions/{thread.pk}/" in page
    slides = client.get(f"{community.url}slides/{session.pk}/")
    assert slides.status_code == 200 and b"".join(slides.streaming_content) == PDF
    for url in ("calendar/", f"webinars/{series.pk}/"):  # on the calendar and on the series' page
        assert "Sesión 1: cobertura" in client.get(f"{community.url}{url}").content.decode()
    assert "Ciclo de pensiones" in client.get(f"{community.url}webinars/").content.decode()

    client.force_login(MemberFactory().user)  # an outsider of this public community
    assert client.get(f"{community.url}slides/{session.pk}/").status_code == 403
    client.logout()
    assert client.get(f"{community.url}slides/{session.pk}/").status_code == 302

    client.force_login(manager)
    client.post(f"{community.url}delete-series/{series.pk}/")
    assert not CommunityEvent.objects.filter(community=community).exists()
    assert Thread.objects.filter(pk=thread.pk).exists()  # the discussion is the members', it stays
    assert not list(tmp_path.rglob("*.pdf"))  # the slides went with the session


def test_demo_calendar_loads_two_meetings_and_a_series_of_two_sessions(community, manager):
    series = demo_calendar.load(community)
    assert demo_calendar.load(community) == series  # a second load adds nothing
    events = CommunityEvent.objects.filter(community=community)
    assert events.filter(series=None).count() == 2
    sessions = events.filter(series=series)
    assert sessions.count() == 2
    assert all(session.qa_thread and session.qa_thread.author == manager for session in sessions)
    assert Thread.objects.get(pk=sessions[0].qa_thread_id).title.startswith("Preguntas y respuestas")
    now = timezone.now()
    assert any(e.ends_at < now for e in events) and any(e.ends_at > now for e in events)
    for event in events:
        event.full_clean()  # the demo's own data passes the managers' rules


def test_a_french_reader_gets_the_calendar_and_its_errors_in_french(client, community, manager):
    french = translate(community, "fr", title="Sécurité sociale rurale", slug="securite-sociale-rurale")
    make_event(community, 4, "Reunión con socios")
    client.force_login(manager)
    page = client.get(f"{french.url}calendar/").content.decode()
    assert "À venir" in page and "Reunión con socios" in page  # one calendar for every language version
    assert "d’Europe centrale" in page  # the zone's name in French (winter or summer time)
    response = client.post(f"{french.url}calendar/new/", event_data(time_zone="Nowhere/Land"))
    assert response.status_code == 400
    assert "Fuseau horaire inconnu" in response.content.decode()
    assert CommunityEvent.objects.filter(community=community).count() == 1
