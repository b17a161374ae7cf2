"""The forms of the public site: discussions, replies, invitations, announcements (plain text)."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from communities.models.discussions import Announcement, Post, Thread
from members.sanitise import plain_text

MAX_INVITATIONS = 50


class PlainTextMixin:
    """What members type is kept as plain text (HTML removed), never empty once cleaned."""

    plain_fields = ("title", "body")

    def clean(self):
        cleaned = super().clean()
        for name in self.plain_fields:
            if name in cleaned:
                cleaned[name] = plain_text(cleaned[name])
                if not cleaned[name]:
                    self.add_error(name, _("This field cannot be empty."))
        return cleaned


class ThreadForm(PlainTextMixin, forms.ModelForm):
    class Meta:
        model = Thread
        fields = ["title", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 8})}


class PostForm(PlainTextMixin, forms.ModelForm):
    plain_fields = ("body",)

    class Meta:
        model = Post
        fields = ["body"]
        labels = {"body": _("Your reply")}
        widgets = {"body": forms.Textarea(attrs={"rows": 5})}


class AnnouncementForm(PlainTextMixin, forms.ModelForm):
    class Meta:
        model = Announcement
        fields = ["title", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 8})}


class InviteForm(forms.Form):
    emails = forms.CharField(
        label=_("Email addresses"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One or more addresses, separated by commas, spaces or new lines."),
    )

    def clean_emails(self):
        raw = self.cleaned_data["emails"].replace(",", " ").replace(";", " ").split()
        emails, wrong = [], []
        for value in raw:
            try:
                validate_email(value)
            except ValidationError:
                wrong.append(value)
            else:
                if value.lower() not in emails:
                    emails.append(value.lower())
        if wrong:
            raise ValidationError(
                _("These are not email addresses: %(values)s"), params={"values": ", ".join(wrong[:10])}
            )
        if not emails:
            raise ValidationError(_("Give at least one email address."))
        if len(emails) > MAX_INVITATIONS:
            raise ValidationError(
                ngettext(
                    "At most %(count)d invitation at a time.",
                    "At most %(count)d invitations at a time.",
                    MAX_INVITATIONS,
                )
                % {"count": MAX_INVITATIONS}
            )
        return emails
