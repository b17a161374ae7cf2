"""The search page's language switch and facets, read from the query string.

An unknown or malformed value (a country that does not exist, ``year=abc``) is dropped,
not reported: the reader gets the results without that filter, never an error page.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.models import AllLanguagesField, FlatChoices
from search.facets import FACET_NAMES, MAX_YEAR, MIN_YEAR


class SearchFilterForm(forms.Form):
    lang = AllLanguagesField(label=_("Search all languages"), required=False)
    type = forms.ChoiceField(label=_("Type"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    year = forms.IntegerField(label=_("Year"), required=False, min_value=MIN_YEAR, max_value=MAX_YEAR)

    def __init__(self, data, *, choices):
        """``choices``: a ``search.facets.Choices`` for the reader's locale."""
        super().__init__(data)
        self.fields["type"].choices = FlatChoices([("", ""), *choices.types.items()])
        self.fields["country"].choices = FlatChoices([("", ""), *choices.countries.items()])
        self.fields["theme"].choices = FlatChoices([("", ""), *choices.themes.items()])

    @property
    def all_languages(self):
        self.is_valid()
        return bool(self.cleaned_data.get("lang"))

    @property
    def facet_values(self):
        """The valid facet values as given in the URL: {name: value}, unknown ones left out."""
        self.is_valid()
        return {name: self.cleaned_data[name] for name in FACET_NAMES if self.cleaned_data.get(name)}
