"""The forms of a community's files: sharing a file, and the managers' categories."""

from django import forms
from django.utils.translation import gettext_lazy as _

from communities.files import ACCEPT_ATTRIBUTE, validate_file
from communities.models.files import FileCategory
from members.sanitise import plain_text


class FileForm(forms.Form):
    file = forms.FileField(
        label=_("File"),
        validators=[validate_file],
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT_ATTRIBUTE}),
        help_text=_("PDF, Office or OpenDocument file, CSV table or image (JPEG, PNG, GIF, WebP)."),
    )
    title = forms.CharField(
        label=_("Title"), max_length=200, required=False, help_text=_("If left empty, the file's name.")
    )
    category = forms.ModelChoiceField(label=_("Category"), queryset=FileCategory.objects.none())

    def __init__(self, *args, community, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = FileCategory.objects.filter(community=community)

    def clean_title(self):
        return plain_text(self.cleaned_data["title"])

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        if upload is not None and not cleaned.get("title"):
            name = upload.name.rpartition("/")[2]
            cleaned["title"] = (name.rpartition(".")[0] or name)[:200]
        return cleaned


class CategoryForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=100)

    def __init__(self, *args, community, instance=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.community = community
        self.instance = instance

    def clean_name(self):
        name = plain_text(self.cleaned_data["name"])
        if not name:
            raise forms.ValidationError(_("This field cannot be empty."))
        taken = FileCategory.objects.filter(community=self.community, name__iexact=name)
        if self.instance is not None:
            taken = taken.exclude(pk=self.instance.pk)
        if taken.exists():
            raise forms.ValidationError(_("This community already has a category with this name."))
        return name
