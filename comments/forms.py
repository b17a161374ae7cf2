"""The comment and report forms. What a reader types is kept as plain text (members/sanitise.py)."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from members.sanitise import plain_text

HONEYPOT_FIELD = "website"


class _Honeypot(forms.Form):
    """``website`` is hidden from people (CSS, ``aria-hidden``, out of the tab order); a bot fills it in."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean(self):
        cleaned_data = super().clean()
        if self.data.get(HONEYPOT_FIELD):
            raise ValidationError(
                _("Nothing was sent: a field meant to stay empty was filled in. Please try again."), code="honeypot"
            )
        return cleaned_data


class CommentForm(_Honeypot):
    text = forms.CharField(
        label=_("Your comment"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=settings.COMMENTS_MAX_LENGTH,
        error_messages={
            "required": _("Please write your comment."),
            "max_length": _("Your comment is too long: at most %(limit_value)d characters (it has %(show_value)d)."),
        },
    )
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)

    field_order = ["text", HONEYPOT_FIELD, "parent"]

    def clean_text(self):
        text = plain_text(self.cleaned_data["text"])
        if not text:
            raise ValidationError(_("Please write your comment."), code="required")
        return text


class ReportForm(_Honeypot):
    reason = forms.CharField(
        label=_("What is wrong with this comment?"),
        help_text=_("For example: insulting, advertising, off topic, personal data."),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=1000,
        error_messages={"required": _("Please say what is wrong with this comment.")},
    )

    field_order = ["reason", HONEYPOT_FIELD]

    def clean_reason(self):
        reason = plain_text(self.cleaned_data["reason"])
        if not reason:
            raise ValidationError(_("Please say what is wrong with this comment."), code="required")
        return reason
