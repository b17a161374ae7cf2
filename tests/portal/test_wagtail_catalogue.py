"""The Wagtail admin in Spanish and French: the strings Wagtail's catalogues lack (portal/wagtail_catalogue)."""

import html

import polib
import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from home.models import StandardPage
from portal import wagtail_catalogue
from tests.factories import CountryPageFactory, SpecialistFactory
from tests.helpers import edit_page_as_browser

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.mark.parametrize("domain", wagtail_catalogue.DOMAINS)
@pytest.mark.parametrize("language", wagtail_catalogue.LANGUAGES)
def test_every_admin_string_of_wagtail_has_a_translation(language, domain):
    """Fails after a Wagtail upgrade that adds strings: `python -m portal.wagtail_catalogue es` lists them."""
    assert [entry.msgid for entry in wagtail_catalogue.missing(language, domain)] == []


@pytest.mark.parametrize(("language", "domain"), [("es", "django"), ("fr", "django"), ("es", "djangojs")])
def test_the_supplement_only_fills_gaps(language, domain):
    """None of its strings is one Wagtail translates itself (then Wagtail's wording would be hidden)."""
    wagtails = set()
    for locale_dir in wagtail_catalogue.wagtail_locale_dirs():
        path = locale_dir / language / "LC_MESSAGES" / f"{domain}.po"
        if path.exists():
            wagtails |= {entry.msgid for entry in polib.pofile(str(path)).translated_entries()}
    ours = polib.pofile(str(wagtail_catalogue.LOCALE_DIR / language / "LC_MESSAGES" / f"{domain}.po"))
    assert len(ours) > 0
    assert {entry.msgid for entry in ours} & wagtails == set()
    # The portal's own catalogue comes first, the supplement after it.
    assert settings.LOCALE_PATHS[-1] == wagtail_catalogue.LOCALE_DIR


def test_the_explorer_and_its_errors_read_in_spanish(client, trees):
    belgium = CountryPageFactory(parent=trees.section("countries"), title="Bélgica")
    ecuador = CountryPageFactory(parent=trees.section("countries"), title="Ecuador")
    specialist = SpecialistFactory(owns=[belgium, ecuador], language="es")
    assert specialist.wagtail_userprofile.get_preferred_language() == "es"
    client.force_login(specialist)
    for slug in ("afiliacion", "cobertura"):
        belgium.add_child(instance=StandardPage(title=slug.title(), slug=slug)).save_revision().publish()
    explorer = html.unescape(client.get(reverse("wagtailadmin_explore", args=[belgium.pk])).content.decode())
    assert "<title>Explorando: Bélgica" in explorer
    assert "Exploring" not in explorer
    assert "1-2 de 2 páginas" in explorer

    # A slug already used by a sibling: the form says so in Spanish.
    response = edit_page_as_browser(client, ecuador, {"slug": belgium.slug})
    assert response.status_code == 200
    page = html.unescape(response.content.decode())
    assert "No se pudo guardar la página por errores de validación." in page
    assert f"El slug «{belgium.slug}» ya se usa en la página superior." in page
    assert "could not be saved" not in page


def test_the_admin_scripts_read_in_spanish(client, trees):
    client.force_login(SpecialistFactory(language="es"))
    catalogue = client.get(reverse("wagtailadmin_javascript_catalog")).content.decode()
    assert "Fijar la barra de herramientas" in catalogue  # the rich text toolbar
    localize = client.get(reverse("wagtail_localize:javascript_catalog")).content.decode()
    assert "Deteniendo la traducci" in localize


def test_french_admin_strings():
    with translation.override("fr"):
        assert translation.gettext("Wagtail locales (Wagtail Localize version)") == (
            "Langues de Wagtail (version Wagtail Localize)"
        )
