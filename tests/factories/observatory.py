"""The observatory's data: its indicators (es/en/fr, from observatory/indicators.yaml) and figures.

indicators()                                   # every indicator in every language, created if missing
IndicatorValueFactory(country="ECU", indicator_code="COV_OLD_AGE", year=2020, value=Decimal("55.2"))
"""

from decimal import Decimal

import factory
from factory.django import DjangoModelFactory

from observatory.models import Indicator, IndicatorValue, ObservatoryPage
from tests.factories.pages import PortalPageFactory


def indicators():
    """{code: Spanish Indicator} of the catalogue's indicators in es/en/fr (created if missing)."""
    from observatory.catalogue import ensure_indicators
    from tests.factories.locales import locales

    locales()
    ensure_indicators()
    return {indicator.code: indicator for indicator in Indicator.objects.filter(locale__language_code="es")}


class IndicatorValueFactory(DjangoModelFactory):
    class Meta:
        model = IndicatorValue

    indicator_code = "COV_OLD_AGE"
    country = "ECU"
    year = factory.Sequence(lambda n: 2000 + n % 100)
    value = Decimal("50.0")
    source = "World Social Protection Report 2024-26"
    source_table = "Table B.9"
    source_url = "https://www.social-protection.org/gimi/WSPDB.action"


class ObservatoryPageFactory(PortalPageFactory):
    class Meta:
        model = ObservatoryPage

    title = "Observatorio"
    slug = "observatorio"
    intro = "La cobertura por país y año."
