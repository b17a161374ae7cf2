"""The members' forms: sign-up (django-allauth's, with a name and a honeypot) and the profile."""

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from members.models import Member

HONEYPOT_FIELD = "website"


class SignupForm(AllauthSignupForm):
    """allauth's sign-up form with the member's name, and a field people never see.

    ``website`` is hidden from people (CSS and ``aria-hidden``, out of the tab order) and
    left empty by them; a bot that fills every field is refused with a form error, and no
    account is made. (allauth's own honeypot answers a bot with a fake success page, which a
    person whose browser filled the field in would not understand.)
    """

    first_name = forms.CharField(
        label=_("First name"), max_length=150, widget=forms.TextInput(attrs={"autocomplete": "given-name"})
    )
    last_name = forms.CharField(
        label=_("Last name"), max_length=150, widget=forms.TextInput(attrs={"autocomplete": "family-name"})
    )
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    field_order = ["first_name", "last_name", "email", "password1", "password2", HONEYPOT_FIELD]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("first_name", "last_name"):
            self.fields[name].widget.attrs.pop("placeholder", None)

    def clean(self):
        cleaned_data = super().clean()
        if self.data.get(HONEYPOT_FIELD):
            raise ValidationError(
                _("The account could not be created: a field meant to stay empty was filled in. Please try again."),
                code="honeypot",
            )
        return cleaned_data


class ProfileForm(forms.ModelForm):
    """The member's profile; the name is the account's (Django's user)."""

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)

    class Meta:
        model = Member
        fields = ["first_name", "last_name", "organisation", "country", "themes", "languages", "bio", "language"]
        widgets = {"themes": forms.CheckboxSelectMultiple, "bio": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, **kwargs):
        from countries.models import CountryPage
        from themes.models import ThemePage

        super().__init__(*args, **kwargs)
        user = self.instance.user
        self.fields["first_name"].initial = user.first_name
        self.fields["last_name"].initial = user.last_name
        locale = _current_locale()
        self.fields["country"].queryset = CountryPage.objects.live().filter(locale=locale).order_by("title")
        self.fields["themes"].queryset = ThemePage.objects.live().filter(locale=locale).order_by("title")
        if (
            self.instance.country_id
            and not self.fields["country"].queryset.filter(pk=self.instance.country_id).exists()
        ):
            translated = self.instance.country.get_translation_or_none(locale)
            self.initial["country"] = translated.pk if translated else None
        if self.instance.pk:
            self.initial["themes"] = [
                (theme.get_translation_or_none(locale) or theme).pk for theme in self.instance.themes.all()
            ]

    def save(self, commit=True):
        member = super().save(commit=False)
        member.user.first_name = self.cleaned_data["first_name"]
        member.user.last_name = self.cleaned_data["last_name"]
        if commit:
            member.user.save(update_fields=["first_name", "last_name"])
            member.save()
            self.save_m2m()
        return member


class DeleteAccountForm(forms.Form):
    KEEP = "keep"
    REMOVE = "remove"
    contributions = forms.ChoiceField(
        label=_("Your contributions"),
        choices=[
            (KEEP, _("Keep them on the portal, credited to “former member”")),
            (REMOVE, _("Remove them (proposals not yet accepted, and the credit on published pages)")),
        ],
        widget=forms.RadioSelect,
        initial=KEEP,
        help_text=_("The same goes for your comments: kept as a “former member”’s, or deleted with their replies."),
    )
    password = forms.CharField(
        label=_("Your password"), widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise ValidationError(_("This is not your password."), code="wrong_password")
        return password


def _current_locale():
    from wagtail.models import Locale

    return Locale.get_active()
