"""What the reader asked for on the observatory page, read from the query string.

One Django form checks every parameter; an invalid value is reported in the reader's language
and replaced by the default, so a mistyped link still shows a page. The same parameters,
written in one canonical order, make the citable export URLs (``citable_query``).
"""

from django import forms
from django.utils.formats import get_format, number_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from observatory import data, places
from portal.collation import sort_key

SORT_DIRECTIONS = (("asc", _("ascending")), ("desc", _("descending")))


class ObservatoryQueryForm(forms.Form):
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    region = forms.ChoiceField(label=_("Region"), required=False)
    sort = forms.ChoiceField(label=_("Sort by"), required=False)
    dir = forms.ChoiceField(label=_("Order"), required=False, choices=SORT_DIRECTIONS)
    indicator = forms.ChoiceField(label=_("Indicator"), required=False)
    map = forms.ChoiceField(label=_("Indicator on the map"), required=False)
    country = forms.MultipleChoiceField(label=_("Countries"), required=False, widget=forms.CheckboxSelectMultiple)
    start = forms.TypedChoiceField(label=_("From"), required=False, coerce=int, empty_value=None)
    end = forms.TypedChoiceField(label=_("To"), required=False, coerce=int, empty_value=None)
    version = forms.DateField(required=False, input_formats=["%Y-%m-%d"], widget=forms.HiddenInput)

    def __init__(self, params, *, locale_id, language):
        super().__init__(params)
        self.indicator_list = data.indicators(locale_id)
        codes = [(indicator.code, indicator.short_name) for indicator in self.indicator_list]
        year_choices = [(year, str(year)) for year in data.years()]
        self.fields["year"].choices = [("", _("Latest available"))] + year_choices
        self.fields["start"].choices = year_choices
        self.fields["end"].choices = year_choices
        self.fields["region"].choices = [("", _("All regions"))] + [
            (slug, title) for slug, title, _key in places.regions(locale_id)
        ]
        self.fields["sort"].choices = [("country", _("Country"))] + codes
        self.fields["indicator"].choices = codes
        self.fields["map"].choices = codes
        self.places = places.places(data.countries_with_data(), locale_id, language)
        self.fields["country"].choices = sorted(
            ((code, place.name) for code, place in self.places.items()), key=lambda item: sort_key(item[1], language)
        )
        self.language = language

    def value(self, name):
        """The cleaned value of ``name``, or its default when missing or invalid."""
        self.is_valid()
        found = self.cleaned_data.get(name)
        return found if found not in (None, "", []) else self._defaults.get(name)

    @cached_property
    def _defaults(self):
        return self.defaults()

    def defaults(self):
        known_years = data.years()
        first_code = self.indicator_list[0].code if self.indicator_list else ""
        default_code = "COV_OLD_AGE" if any(i.code == "COV_OLD_AGE" for i in self.indicator_list) else first_code
        return {
            "sort": "country",
            "map": default_code,
            "dir": "asc",
            "indicator": default_code,
            "start": min(known_years) if known_years else None,
            "end": max(known_years) if known_years else None,
            "country": [code for code, place in self.places.items() if place.url][:3],
        }

    @property
    def invalid_fields(self):
        """[(label, messages)] of the parameters that were ignored."""
        self.is_valid()
        return [(self.fields[name].label or name, messages) for name, messages in self.errors.items()]


class NumberFormat:
    """``format_value`` for many numbers: the active language's separators are read once."""

    def __init__(self):
        self.decimal = get_format("DECIMAL_SEPARATOR")
        self.thousands = get_format("THOUSAND_SEPARATOR")
        self.grouping = get_format("NUMBER_GROUPING")

    def __call__(self, value, decimals):
        if value is None:
            return ""
        if self.grouping != 3:
            return format_value(value, decimals)
        text = f"{value:,.{decimals}f}"
        return text.replace(",", "\x00").replace(".", self.decimal).replace("\x00", self.thousands)


def format_value(value, decimals):
    """A figure in the reader's number format (1 234,5 in French), or "" for none."""
    if value is None:
        return ""
    return number_format(value, decimal_pos=decimals, use_l10n=True, force_grouping=True)
