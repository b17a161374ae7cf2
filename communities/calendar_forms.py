"""The managers' forms of a community's calendar and webinars (plain text, in the reader's language)."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from communities.models.calendar import CommunityEvent, WebinarSeries
from members.documents import ACCEPT_ATTRIBUTE, validate_document
from members.sanitise import plain_text
from news.models import time_zone_choices


def _formfield(field, **kwargs):
    """Web addresses typed without a scheme are read as https:// ones."""
    if isinstance(field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return field.formfield(**kwargs)


class _PlainText:
    """The title is kept as plain text and never empty once cleaned; the description as plain text."""

    def clean(self):
        cleaned = super().clean()
        if "title" in cleaned:
            cleaned["title"] = plain_text(cleaned["title"])
            if not cleaned["title"]:
                self.add_error("title", _("This field cannot be empty."))
        if cleaned.get("description"):
            cleaned["description"] = plain_text(cleaned["description"])
        return cleaned


class EventForm(_PlainText, forms.ModelForm):
    time_zone = forms.ChoiceField(
        label=_("Time zone"),
        choices=lambda: [("", "---------"), *time_zone_choices()],
        help_text=_("Where the times are local, for example America/Lima."),
        error_messages={"invalid_choice": _("Unknown time zone: choose one from the list, for example America/Lima.")},
    )
    end_date = forms.DateField(
        label=_("End date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Leave empty when it ends on the day it starts."),
    )

    class Meta:
        model = CommunityEvent
        formfield_callback = _formfield
        fields = [
            "title",
            "start_date",
            "start_time",
            "end_date",
            "end_time",
            "time_zone",
            "location",
            "online_url",
            "description",
        ]
        widgets = {
            "start_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "start_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "end_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "description": forms.Textarea(attrs={"rows": 6}),
        }
        error_messages = {
            "online_url": {"invalid": _("Enter a full web address, starting with https://")},
        }

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("end_date") and cleaned.get("start_date"):
            cleaned["end_date"] = cleaned["start_date"]
        return cleaned


URL_ERROR = {"invalid": _("Enter a full web address, starting with https://")}


class SessionForm(EventForm):
    """A webinar session: an event with its registration, recording, slides (a link or a document)."""

    class Meta(EventForm.Meta):
        fields = EventForm.Meta.fields + ["registration_url", "recording_url", "slides_url", "slides_file"]
        error_messages = {
            "online_url": URL_ERROR,
            "registration_url": URL_ERROR,
            "recording_url": URL_ERROR,
            "slides_url": URL_ERROR,
        }
        widgets = {
            **EventForm.Meta.widgets,
            "slides_file": forms.ClearableFileInput(attrs={"accept": ACCEPT_ATTRIBUTE}),
        }
        help_texts = {"slides_file": _("PDF or Office document (PowerPoint, Word, OpenDocument).")}

    def clean_slides_file(self):
        upload = self.cleaned_data.get("slides_file")
        if upload and hasattr(upload, "content_type"):  # a new upload (not the file already kept)
            validate_document(upload)
        return upload


class SeriesForm(_PlainText, forms.ModelForm):
    class Meta:
        model = WebinarSeries
        fields = ["title", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 6})}
