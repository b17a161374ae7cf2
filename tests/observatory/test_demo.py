"""The observatory in the demo site: its page in three languages, indicators, illustrative figures."""

import pytest
from django.core.management import call_command

from observatory.models import Indicator, IndicatorValue
from tests.helpers import demo_page

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_the_demo_has_the_observatory_in_three_languages(client):
    for language, title in (("es", "Observatorio"), ("en", "Observatory"), ("fr", "Observatoire")):
        page = demo_page("observatory", language)
        assert page is not None and page.live and page.title == title
    html = client.get(demo_page("observatory", "fr").url).content.decode()
    assert "Chiffres illustratifs pour la démo" in html
    assert "Équateur" in html and "Pérou" in html and "Chili" in html


def test_every_demo_figure_is_illustrative_and_every_indicator_translated():
    assert IndicatorValue.objects.filter(country__in=["ECU", "PER", "CHL"], indicator_code="COV_OLD_AGE").count() == 45
    assert not IndicatorValue.objects.filter(illustrative=False).exists()
    for language in ("es", "en", "fr"):
        assert Indicator.objects.filter(locale__language_code=language).count() == 11


def test_loading_the_demo_again_changes_no_figure():
    before = list(IndicatorValue.objects.order_by("pk").values_list("pk", "value", "updated_at"))
    call_command("load_demo_content", verbosity=0)
    assert list(IndicatorValue.objects.order_by("pk").values_list("pk", "value", "updated_at")) == before
