"""Translators start translations into their own languages, and nothing else (editorial/start_translation.py)."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation

from editorial.models import OutdatedTranslation
from editorial.start_translation import may_start_translation
from home.models import StandardPage
from tests.editorial.test_workflow import refused

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def locale(code):
    return Locale.objects.get(language_code=code)


@pytest.fixture
def new_page(db, scene_page):
    """A live Spanish page under Ecuador with its English and French aliases (as locale sync makes them)."""
    page = scene_page("country-ec").add_child(
        instance=StandardPage(title="Nueva ley", slug="nueva-ley", intro="Texto en español.")
    )
    page.save_revision().publish()
    for code in ("en", "fr"):
        page.copy_for_translation(locale(code), alias=True)
    return page


@pytest.fixture
def fr_translator(django_user_model):
    user = django_user_model.objects.create_user("traductrice", "t@example.org", "pw")
    user.groups.add(Group.objects.get(name="Translators (fr)"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "fr"
    profile.save()
    return user


def copy_in(page, code):
    return Page.objects.get(translation_key=page.translation_key, locale=locale(code)).specific


def start_url(page, code):
    return reverse("editorial_start_translation", args=[page.pk, code])


def test_a_french_translator_starts_the_french_translation(client, fr_translator, new_page):
    alias = copy_in(new_page, "fr")
    client.force_login(fr_translator)
    # The alias's edit page leads to the start view, not to wagtail-localize's.
    html = client.get(reverse("wagtailadmin_pages:edit", args=[alias.pk])).content.decode()
    assert start_url(new_page, "fr") in html
    assert reverse("wagtail_localize:submit_page_translation", args=[new_page.pk]) not in html

    page = client.get(start_url(new_page, "fr"))
    assert page.status_code == 200
    assert "Commencer la traduction" in page.content.decode()  # in the translator's language
    assert copy_in(new_page, "fr").alias_of_id == new_page.pk  # a GET changes nothing

    response = client.post(start_url(new_page, "fr"))
    french = copy_in(new_page, "fr")
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_pages:edit", args=[french.pk])
    assert french.pk == alias.pk and french.alias_of_id is None
    assert Translation.objects.filter(source__object_id=new_page.translation_key, target_locale=locale("fr")).exists()
    # Only French: English still mirrors the source, and the source is untouched.
    assert copy_in(new_page, "en").alias_of_id == new_page.pk
    new_page.refresh_from_db()
    assert new_page.intro == "Texto en español." and not new_page.has_unpublished_changes
    # The editor opens: the translation editor of the French page.
    editor = client.get(response.url)
    assert editor.status_code == 200 and "js-translation-editor" in editor.content.decode()

    # Starting again leads to the existing translation.
    again = client.post(start_url(new_page, "fr"))
    assert again.status_code == 302 and again.url == response.url


def test_a_french_translator_cannot_start_another_language_or_touch_the_source(client, fr_translator, new_page):
    client.force_login(fr_translator)
    assert not may_start_translation(fr_translator, new_page, locale("en"))
    assert refused(client.get(start_url(new_page, "en")))
    assert refused(client.post(start_url(new_page, "en")))
    assert copy_in(new_page, "en").alias_of_id == new_page.pk
    # Neither through wagtail-localize's own view (any locale), nor by editing the Spanish source.
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[new_page.pk]),
        {"locales": [locale("en").pk, locale("fr").pk]},
    )
    assert refused(response)
    assert not Translation.objects.filter(source__object_id=new_page.translation_key).exists()
    assert refused(client.get(reverse("wagtailadmin_pages:edit", args=[new_page.pk])))
    # The source language is not a translation target; the root cannot be translated: not found
    # (which Django's LocaleMiddleware answers with a redirect to a language-prefixed path).
    for url in (
        start_url(new_page, "es"),
        start_url(Page.get_first_root_node(), "fr"),
        reverse("editorial_start_translation", args=[new_page.pk, "de"]),
    ):
        response = client.post(url)
        assert response.status_code == 404 or response.url.startswith("/es/admin/"), url
    assert not Translation.objects.filter(source__object_id=new_page.translation_key).exists()


def test_reviewers_and_moderators_cannot_start_translations(client, reviewer, moderator, new_page):
    for user in (reviewer, moderator):
        client.force_login(user)
        assert refused(client.post(start_url(new_page, "fr")))
    assert copy_in(new_page, "fr").alias_of_id == new_page.pk


def test_a_specialist_starts_translations_of_their_own_trees_only(client, specialist, chile_specialist, new_page):
    client.force_login(chile_specialist)  # not the owner of Ecuador
    assert refused(client.post(start_url(new_page, "en")))
    client.force_login(specialist)
    assert client.post(start_url(new_page, "en")).status_code == 302
    assert copy_in(new_page, "en").alias_of_id is None


def test_the_explorer_offers_translators_their_languages_aliases(
    client, fr_translator, translator, new_page, scene_page
):
    client.force_login(fr_translator)
    french_parent = copy_in(scene_page("country-ec"), "fr")
    html = client.get(reverse("wagtailadmin_explore", args=[french_parent.pk])).content.decode()
    assert start_url(new_page, "fr") in html
    english_parent = copy_in(scene_page("country-ec"), "en")
    response = client.get(reverse("wagtailadmin_explore", args=[english_parent.pk]))
    assert start_url(new_page, "en") not in response.content.decode()


def test_missing_cells_of_the_status_report_start_a_translation(
    client, fr_translator, translator, new_page, scene_page
):
    report = reverse("editorial_translation_status")
    client.force_login(fr_translator)
    html = client.get(report, {"tree": scene_page("country-ec").pk}).content.decode()
    assert start_url(new_page, "fr") in html and "Traduire en " in html
    assert start_url(new_page, "en") not in html  # not their language
    client.force_login(translator)  # English and French
    html = client.get(report, {"tree": scene_page("country-ec").pk}).content.decode()
    assert start_url(new_page, "fr") in html and start_url(new_page, "en") in html


def test_dashboard_lists_what_to_translate_and_what_is_out_of_date(
    client, fr_translator, reviewer, new_page, scene_page
):
    ecuador = scene_page("country-ec")
    ecuador.summary = "Un resumen nuevo."
    ecuador.save_revision().publish()
    assert OutdatedTranslation.objects.filter(translation__target_locale=locale("fr")).exists()

    client.force_login(fr_translator)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    start = html.index('id="to-translate-section"')
    panel = html[start : html.find("<section", start + 10)]
    assert "À traduire ou obsolète en Français" in panel
    assert '<td data-count="missing">1</td>' in panel and '<td data-count="outdated">1</td>' in panel
    assert "Nueva ley" in panel and start_url(new_page, "fr") in panel
    french_ecuador = copy_in(ecuador, "fr")
    assert reverse("wagtailadmin_pages:edit", args=[french_ecuador.pk]) in panel
    # Other roles do not get the panel.
    client.force_login(reviewer)
    assert 'id="to-translate-section"' not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_dashboard_lists_the_longest_waiting_first(client, translator, scene_page):
    ecuador = scene_page("country-ec")
    pages = []
    for number, year in enumerate((2024, 2020, 2022)):
        page = ecuador.add_child(instance=StandardPage(title=f"Página {year}", slug=f"pagina-{number}"))
        page.save_revision().publish()
        Page.objects.filter(pk=page.pk).update(first_published_at=f"{year}-01-01T00:00:00Z")
        page.copy_for_translation(locale("fr"), alias=True)
        pages.append(page)
    client.force_login(translator)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    positions = [html.index(f"Página {year}") for year in (2020, 2022, 2024)]
    assert positions == sorted(positions)
