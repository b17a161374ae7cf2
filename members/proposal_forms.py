"""One form per kind of proposal ("Propose…"): what the member fills in, as plain text.

Fields every kind has are the ``Proposal``'s own (title, text, link, country); what only a
kind has (a good practice's institution and sections, after the ISSA good practice form;
a resource's type and year; an event's dates) goes in ``Proposal.details``.
"""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from members.documents import ACCEPT_ATTRIBUTE, validate_document
from members.models import Proposal
from members.sanitise import plain_text


def _countries():
    from countries.models import CountryPage

    return CountryPage.objects.live().filter(locale=Locale.get_active()).order_by("title")


class ProposalForm(forms.ModelForm):
    kind = None
    details_fields = ()  # names of extra form fields kept in Proposal.details
    text_label = _("Text")
    text_help = _("Plain text; separate paragraphs with an empty line. Web addresses become links.")
    title_label = _("Title")
    link = forms.URLField(
        label=_("Link to more information"),
        help_text=_("Optional; an address starting with https:// or http://."),
        required=False,
        max_length=500,
        assume_scheme="https",
    )

    class Meta:
        model = Proposal
        fields = ["title", "text", "link", "country"]
        widgets = {"text": forms.Textarea(attrs={"rows": 8})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].label = self.title_label
        self.fields["text"].label = self.text_label
        self.fields["text"].help_text = self.text_help
        self.fields["link"].validators.append(_http_only)
        if "country" in self.fields:
            self.fields["country"].queryset = _countries()
            self.fields["country"].label = _("Country concerned")
            self.fields["country"].help_text = _("Optional; its specialists are told when the proposal is accepted.")

    def clean(self):
        cleaned_data = super().clean()
        for name, value in list(cleaned_data.items()):
            if isinstance(value, str) and name != "link":
                cleaned_data[name] = plain_text(value)
        for name in ("title", "text"):
            if (
                name in self.fields
                and self.fields[name].required
                and not cleaned_data.get(name)
                and name not in self.errors
            ):
                self.add_error(name, forms.Field.default_error_messages["required"])
        return cleaned_data

    def details(self):
        details = {}
        for name in self.details_fields:
            value = self.cleaned_data.get(name)
            if isinstance(value, datetime.date | datetime.datetime):
                value = value.isoformat()
            if value not in (None, ""):
                details[name] = value
        return details


def _http_only(value):
    if value and not value.lower().startswith(("http://", "https://")):
        raise ValidationError(_("Only web addresses starting with https:// or http:// are accepted."), code="scheme")


class NewsProposalForm(ProposalForm):
    kind = Proposal.NEWS
    text_label = _("The news")


class EventProposalForm(ProposalForm):
    kind = Proposal.EVENT
    text_label = _("About the event")
    details_fields = ("event_type",)
    event_type = forms.ChoiceField(label=_("Type of event"), choices=[])

    class Meta(ProposalForm.Meta):
        fields = ["title", "text", "start", "end", "location", "link", "country"]
        widgets = {
            "text": forms.Textarea(attrs={"rows": 8}),
            "start": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
            "end": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        }

    def __init__(self, *args, **kwargs):
        from news.models import EventType

        super().__init__(*args, **kwargs)
        self.fields["event_type"].choices = EventType.choices
        self.fields["start"].required = True
        self.fields["end"].required = True
        self.fields["location"].help_text = _("A city, or “online”.")

    def clean(self):
        cleaned_data = super().clean()
        start, end = cleaned_data.get("start"), cleaned_data.get("end")
        if start and end and end < start:
            self.add_error("end", _("The event cannot end before it starts."))
        if end and end < timezone.now():
            self.add_error("end", _("This event is over; propose events still to come."))
        return cleaned_data


class ResourceProposalForm(ProposalForm):
    kind = Proposal.RESOURCE
    text_label = _("Summary")
    details_fields = ("resource_type", "year", "authors")
    resource_type = forms.ChoiceField(label=_("Type of resource"), choices=[])
    year = forms.IntegerField(label=_("Year"), min_value=1850)
    authors = forms.CharField(label=_("Authors"), max_length=500, required=False)

    class Meta(ProposalForm.Meta):
        fields = ["title", "text", "document", "link", "country"]
        widgets = {
            "text": forms.Textarea(attrs={"rows": 6}),
            "document": forms.ClearableFileInput(attrs={"accept": ACCEPT_ATTRIBUTE}),
        }

    def __init__(self, *args, **kwargs):
        from resources.models import ResourceType

        super().__init__(*args, **kwargs)
        self.fields["resource_type"].choices = ResourceType.choices
        self.fields["document"].required = True
        self.fields["document"].validators.append(validate_document)
        self.fields["document"].help_text = _("PDF or Office document.")
        self.fields["year"].max_value = timezone.now().year
        self.fields["year"].validators.append(_not_in_future)


def _not_in_future(value):
    if value > timezone.now().year:
        raise ValidationError(_("The year cannot be in the future."), code="future")


class PracticeProposalForm(ProposalForm):
    """A good practice, after the ISSA good practice form (institution, summary, challenge…)."""

    kind = Proposal.PRACTICE
    title_label = _("Name of the practice")
    text_label = _("Summary")
    details_fields = ("institution", "implemented_since", "challenge", "approach", "results", "lessons_learned")
    institution = forms.CharField(label=_("Institution"), max_length=255)
    implemented_since = forms.IntegerField(
        label=_("Implemented since (year)"), min_value=1850, validators=[_not_in_future]
    )
    challenge = forms.CharField(
        label=_("Issue or challenge"), widget=forms.Textarea(attrs={"rows": 5}), max_length=5000
    )
    approach = forms.CharField(
        label=_("Addressing the challenge"), widget=forms.Textarea(attrs={"rows": 5}), max_length=5000
    )
    results = forms.CharField(
        label=_("Evaluation of results"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000, required=False
    )
    lessons_learned = forms.CharField(
        label=_("Lessons learned"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000, required=False
    )

    field_order = [
        "title",
        "institution",
        "country",
        "implemented_since",
        "text",
        "challenge",
        "approach",
        "results",
        "lessons_learned",
        "link",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].required = True


class GlossaryProposalForm(ProposalForm):
    kind = Proposal.GLOSSARY
    title_label = _("Term")
    text_label = _("Definition")

    class Meta(ProposalForm.Meta):
        fields = ["title", "text", "link"]


class EditProposalForm(ProposalForm):
    """ "Suggest an edit" on a page: what is wrong or missing, and how to put it right."""

    kind = Proposal.EDIT
    title_label = _("In a few words")
    text_label = _("Your suggestion")
    text_help = _("What is wrong or missing on this page, and what it should say. Plain text.")

    class Meta(ProposalForm.Meta):
        fields = ["title", "text", "link"]


FORMS = {
    form.kind: form
    for form in (
        NewsProposalForm,
        EventProposalForm,
        ResourceProposalForm,
        PracticeProposalForm,
        GlossaryProposalForm,
        EditProposalForm,
    )
}
