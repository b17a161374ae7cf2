"""Demo content for a community's calendar: two meetings and a webinar series with two sessions (in Spanish).

``load(community)`` adds them to ``community`` (its canonical page) unless its series is
already there; dates are relative to today (a meeting and a session already past, the
others to come), so the calendar always shows both its upcoming and its past parts.
"""

import datetime

from django.db import transaction
from django.utils import timezone, translation

from communities.calendar import start_qa_thread
from communities.models import CommunityEvent, Membership, WebinarSeries

SERIES_TITLE = "Ciclo de seminarios web: protección social adaptativa"

MEETINGS = [
    {
        "days": -20,
        "title": "Reunión de lanzamiento de la comunidad",
        "description": "Presentación de los miembros, del plan de trabajo y de los grupos de trabajo del año.",
        "time": (15, 0),
        "hours": 2,
        "location": "",
        "online_url": "https://meet.example.org/lanzamiento",
    },
    {
        "days": 16,
        "title": "Reunión presencial de coordinación",
        "description": "Balance del primer semestre y preparación del informe anual. Se ruega confirmar asistencia.",
        "time": (9, 30),
        "hours": 3,
        "location": "Lima, Perú",
        "online_url": "https://meet.example.org/coordinacion",
    },
]

SESSIONS = [
    {
        "days": -10,
        "title": "Sesión 1: sistemas de alerta temprana y transferencias",
        "description": "Cómo vincular los sistemas de alerta temprana con los programas de transferencias.",
        "recording_url": "https://video.example.org/sesion-1",
        "slides_url": "https://slides.example.org/sesion-1.pdf",
    },
    {
        "days": 30,
        "title": "Sesión 2: registros sociales ante las emergencias",
        "description": "Ampliar la cobertura de los registros sociales para responder con rapidez a las crisis.",
        "recording_url": "",
        "slides_url": "",
    },
]

ZONE = "America/Lima"


def _times(days, hour, minute, hours):
    start = datetime.datetime.combine(timezone.localdate() + datetime.timedelta(days=days), datetime.time(hour, minute))
    end = start + datetime.timedelta(hours=hours)
    return {
        "start_date": start.date(),
        "start_time": start.time(),
        "end_date": end.date(),
        "end_time": end.time(),
        "time_zone": ZONE,
    }


@transaction.atomic
def load(community):
    """Add the demo calendar to ``community``; returns the series (the one already there, if any)."""
    canonical = community.canonical()
    existing = WebinarSeries.objects.filter(community=canonical, title=SERIES_TITLE).first()
    if existing is not None:
        return existing
    manager = (
        Membership.objects.filter(community=canonical, role=Membership.Role.MANAGER, state=Membership.State.ACTIVE)
        .select_related("user")
        .first()
    )
    author = manager.user if manager else None
    for meeting in MEETINGS:
        CommunityEvent.objects.create(
            community=canonical,
            title=meeting["title"],
            description=meeting["description"],
            location=meeting["location"],
            online_url=meeting["online_url"],
            created_by=author,
            **_times(meeting["days"], *meeting["time"], meeting["hours"]),
        )
    series = WebinarSeries.objects.create(
        community=canonical,
        title=SERIES_TITLE,
        description=(
            "Un ciclo de seminarios web sobre cómo preparar los sistemas de protección social para las crisis: "
            "alerta temprana, registros sociales y financiamiento."
        ),
        created_by=author,
    )
    for item in SESSIONS:
        session = CommunityEvent.objects.create(
            community=canonical,
            series=series,
            title=item["title"],
            description=item["description"],
            online_url="https://webinar.example.org/proteccion-adaptativa",
            registration_url="https://webinar.example.org/inscripcion",
            recording_url=item["recording_url"],
            slides_url=item["slides_url"],
            created_by=author,
            **_times(item["days"], 10, 0, 1.5),
        )
        with translation.override("es"):  # the discussion's title and first message, like the rest, in Spanish
            start_qa_thread(session, author)
    return series
