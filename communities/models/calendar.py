"""A community's calendar: its events and meetings, and its webinar series with their sessions.

An event's times are its local times with its IANA time zone, as the news events store them
(``news/models.py``), so the same helpers (``news/calendar.py``) show them in the reader's
language and write them to iCalendar. A webinar session is an event of the calendar that
belongs to a series: it adds a registration link, a recording, slides (a link or a document)
and a discussion thread of the community for the questions and answers that follow it.
Everything belongs to the canonical community page, like members and discussions.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from news.local_times import LocalTimes

TEXT_MAX = 10_000


class SlidesStorage(FileSystemStorage):
    """Webinar slides in ``COMMUNITY_SLIDES_ROOT`` (read at each use): outside MEDIA_ROOT, so only the
    community's route that checks who reads its content serves them."""

    @property
    def base_location(self):
        return str(settings.COMMUNITY_SLIDES_ROOT)

    @property
    def location(self):
        return str(settings.COMMUNITY_SLIDES_ROOT.resolve())


def _slides_storage():
    return SlidesStorage()


class WebinarSeries(models.Model):
    community = models.ForeignKey(
        "communities.CommunityPage",
        on_delete=models.CASCADE,
        related_name="webinar_series",
        verbose_name=_("community"),
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), max_length=TEXT_MAX, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("created by")
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("webinar series")
        verbose_name_plural = _("webinar series")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.title


class CommunityEvent(LocalTimes, models.Model):
    """An event or meeting of a community's calendar; with a ``series``, a session of a webinar series."""

    community = models.ForeignKey(
        "communities.CommunityPage", on_delete=models.CASCADE, related_name="events", verbose_name=_("community")
    )
    series = models.ForeignKey(
        WebinarSeries,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="sessions",
        verbose_name=_("webinar series"),
    )
    uid = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), max_length=TEXT_MAX, blank=True)
    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(_("start time"))
    end_date = models.DateField(_("end date"))
    end_time = models.TimeField(_("end time"))
    time_zone = models.CharField(
        _("time zone"), max_length=64, help_text=_("Where the times are local, for example America/Lima.")
    )
    location = models.CharField(
        _("place"), max_length=255, blank=True, help_text=_("Where people meet in person, if they do.")
    )
    online_url = models.URLField(_("online link"), max_length=500, blank=True, help_text=_("Where people join online."))
    registration_url = models.URLField(_("registration link"), max_length=500, blank=True)
    recording_url = models.URLField(_("recording link"), max_length=500, blank=True)
    slides_url = models.URLField(_("slides (link)"), max_length=500, blank=True)
    slides_file = models.FileField(
        _("slides (document)"), blank=True, upload_to="slides/%Y/%m/", storage=_slides_storage
    )
    qa_thread = models.ForeignKey(
        "communities.Thread",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("questions and answers"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("created by")
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)

    class Meta:
        verbose_name = _("community event")
        verbose_name_plural = _("community events")
        ordering = ["start_date", "start_time", "pk"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        errors = {}
        if self.time_zone and self.zone is None:
            errors["time_zone"] = gettext("Unknown time zone: choose one from the list, for example America/Lima.")
        start, end = self.starts_at, self.ends_at
        if not errors and start and end and end <= start:
            errors["end_time"] = gettext("The event cannot end before it starts.")
        if not self.location and not self.online_url:
            errors["location"] = gettext("Give the place, or the online link, or both.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_webinar(self):
        return self.series_id is not None

    @property
    def is_past(self):
        end = self.ends_at
        return end is not None and end < timezone.now()

    # What news/calendar.py's ``event_component`` reads of an event.
    @property
    def translation_key(self):
        return self.uid

    @property
    def last_published_at(self):
        return self.updated_at

    @property
    def online(self):
        return bool(self.online_url)

    @property
    def summary(self):
        parts = [self.description]
        if self.online_url:
            parts.append(gettext("Online: %(url)s") % {"url": self.online_url})
        return "\n\n".join(part for part in parts if part)
