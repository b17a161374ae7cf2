from django import forms
from django.utils.translation import gettext_lazy as _

from members.forms import HONEYPOT_FIELD
from members.sanitise import plain_text
from qa.models import QUESTION_MAX_LENGTH

MIN_QUESTION_LENGTH = 10


class HoneypotMixin:
    """A field people never see (``members/includes/form_fields.html`` hides it): filled in, the form is refused."""

    def clean(self):
        cleaned = super().clean()
        if self.cleaned_data.get(HONEYPOT_FIELD):
            raise forms.ValidationError(_("This field must stay empty. Your message was not sent."))
        return cleaned


def _honeypot():
    return forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )


class QuestionForm(HoneypotMixin, forms.Form):
    text = forms.CharField(
        label=_("Your question"),
        max_length=QUESTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "Plain text. The specialists of this page answer it; if they publish the answer, "
            "your question appears in the FAQ without your name."
        ),
        error_messages={"required": _("Please write your question.")},
    )
    website = _honeypot()

    def clean_text(self):
        text = plain_text(self.cleaned_data["text"])
        if len(text) < MIN_QUESTION_LENGTH:
            raise forms.ValidationError(
                _("Your question is too short: please write at least %(count)d characters.")
                % {"count": MIN_QUESTION_LENGTH}
            )
        return text


class ContactForm(HoneypotMixin, forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(label=_("Your email address"), help_text=_("We answer to this address."))
    subject = forms.CharField(label=_("Subject"), max_length=200)
    message = forms.CharField(label=_("Message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 8}))
    website = _honeypot()

    def clean_message(self):
        text = plain_text(self.cleaned_data["message"])
        if not text:
            raise forms.ValidationError(_("Please write your message."))
        return text

    def clean_subject(self):
        return " ".join(plain_text(self.cleaned_data["subject"]).split())


class AnswerForm(forms.Form):
    question = forms.CharField(
        label=_("Question, as it will be published"),
        max_length=QUESTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Correct or shorten the member's wording if needed; their name is never published."),
    )
    answer = forms.CharField(
        label=_("Answer"),
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("Plain text; leave an empty line between paragraphs. Web addresses become links."),
    )


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Why the question is not answered (sent to the member)"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
