"""QuickSelect renders the same HTML as Django's Select."""

import pytest
from django import forms
from django.test.html import parse_html

from portal.widgets import QuickSelect

CHOICES = [("", "Todos"), ("BE", "Bélgica"), ("CI", "Côte d'Ivoire & <Co>"), (2024, "2024"), (None, "Nada")]


@pytest.mark.parametrize("value", [None, "", "BE", "CI", 2024, "2024", "unknown"])
@pytest.mark.parametrize("attrs", [None, {"id": "id_country", "aria-describedby": "help"}])
def test_same_html_as_djangos_select(value, attrs):
    quick = QuickSelect(choices=CHOICES).render("country", value, attrs)
    django = forms.Select(choices=CHOICES).render("country", value, attrs)
    assert parse_html(quick) == parse_html(django)


def test_labels_and_values_are_escaped_and_the_choice_is_selected():
    html = QuickSelect(choices=CHOICES).render("country", "CI", {"id": "id_country"})
    assert "Côte d&#x27;Ivoire &amp; &lt;Co&gt;" in html
    assert '<option value="CI" selected>' in html and html.count(" selected") == 1
    assert html.startswith('<select name="country" id="id_country">')


def test_a_listing_filter_form_uses_it():
    from portal.models import ListingFilterForm

    form = ListingFilterForm({"country": "BE"}, choices={"country": [("BE", "Bélgica")]})
    assert isinstance(form.fields["country"].widget, QuickSelect)
    assert '<option value="BE" selected>Bélgica</option>' in str(form["country"])
