import pytest

from tests.factories import CountryPageFactory, SpecialistFactory, ThemePageFactory
from tests.factories.qa import FaqPageFactory


@pytest.fixture(scope="module")
def scene(trees):
    """A country and a theme in es/en/fr, their owner, and the FAQ page of each language."""
    country = trees.add(
        CountryPageFactory,
        "countries",
        title="Paraguay",
        iso_code="PY",
        en={"title": "Paraguay"},
        fr={"title": "Paraguay"},
    )
    theme = trees.add(ThemePageFactory, "themes", title="Pensiones no contributivas", en={"title": "Social pensions"})
    owner = SpecialistFactory(owns=[country["es"]], language="fr")
    faqs = {
        "es": FaqPageFactory(parent=trees.home("es"), title="Preguntas frecuentes", slug="preguntas-frecuentes"),
        "en": FaqPageFactory(parent=trees.home("en"), title="Frequently asked questions", slug="faq"),
        "fr": FaqPageFactory(parent=trees.home("fr"), title="Questions fréquentes", slug="questions-frequentes"),
    }
    return {"trees": trees, "country": country, "theme": theme, "owner": owner, "faqs": faqs}
