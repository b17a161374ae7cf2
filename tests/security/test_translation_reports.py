"""The translation reports show each user only the pages (and snippets) they may edit.

wagtail-localize's report (Reports → Translations) was open to every admin user and listed
the title of every translated page, in every tree; the portal's own "Translation status"
shows specialists their own trees only. Each case: a user with exactly one role, the request,
the refusal or what is left out, and what they may still see.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import PageViewRestriction

from tests.factories import CountryPageFactory, RegionPageFactory, accounts
from tests.factories.trees import fresh

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

REPORT = "wagtail_localize:translations_report"
RESULTS = "wagtail_localize:translations_report_results"


# key: (factory, section, {language: title}), each translated into English and French.
SCENE = {
    "country-be": (CountryPageFactory, "countries", {"es": "Bélgica", "en": "Belgium", "fr": "Belgique"}),
    "country-ec": (CountryPageFactory, "countries", {"es": "Ecuador", "en": "Ecuador", "fr": "Équateur"}),
    "country-pe": (CountryPageFactory, "countries", {"es": "Perú", "en": "Peru", "fr": "Pérou"}),
    "country-tz": (CountryPageFactory, "countries", {"es": "Tanzania", "en": "Tanzania", "fr": "Tanzanie"}),
    "country-cl": (CountryPageFactory, "countries", {"es": "Chile", "en": "Chile", "fr": "Chili"}),
    "country-zm": (CountryPageFactory, "countries", {"es": "Zambia", "en": "Zambia", "fr": "Zambie"}),
    "region-africa": (RegionPageFactory, "regions", {"es": "África", "en": "Africa", "fr": "Afrique"}),
}


@pytest.fixture(scope="module")
def scene(trees):
    """{key: {language: page}}; "countries" and "home" are the section index and home pages."""
    scene = {
        key: trees.add(factory, section, title=titles["es"], en={"title": titles["en"]}, fr={"title": titles["fr"]})
        for key, (factory, section, titles) in SCENE.items()
    }
    scene["countries"] = {language: trees.section("countries", language) for language in ("es", "en", "fr")}
    scene["home"] = {language: trees.home(language) for language in ("es", "en", "fr")}
    return scene


@pytest.fixture(autouse=True)
def users(scene):
    """The role accounts of the demo; the specialist owns Belgium, Ecuador and Peru."""
    return accounts(owns=[scene[key]["es"] for key in ("country-be", "country-ec", "country-pe")])


@pytest.fixture
def page_of(scene):
    """``page_of(key, language)``: a page of the scene as the database has it now."""

    def find(key, language="es"):
        return fresh(scene[key][language]).specific

    return find


def signed_in(client, username):
    client.force_login(get_user_model().objects.get(username=username))
    return client


def test_the_reports_live_at_the_paths_the_checked_views_cover():
    """Fails if wagtail-localize moves its report: the override in localize_permissions would no longer apply."""
    assert reverse(REPORT) == "/admin/localize/reports/translations/"
    assert reverse(RESULTS) == "/admin/localize/reports/translations/results/"


def test_a_moderator_neither_sees_nor_opens_the_translations_report(client, page_of):
    signed_in(client, "moderator")
    for name in (REPORT, RESULTS):
        response = client.get(reverse(name))
        assert response.status_code in (302, 403)
        assert page_of("country-tz").title not in response.content.decode()
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse(REPORT) not in dashboard  # no menu item


def rows(response):
    """The report's text with its whitespace folded: each row reads "Title (Language)"."""
    return re.sub(r"\s+", " ", response.content.decode())


@pytest.fixture
def titles(page_of):
    def of(key):
        return {page_of(key, language).title for language in ("es", "en", "fr")}

    return of


def test_a_specialist_sees_the_translations_of_their_own_trees_only(client, page_of, titles):
    signed_in(client, "specialist")  # owns Belgium, Ecuador and Peru
    PageViewRestriction.objects.create(page=page_of("country-ec"), restriction_type=PageViewRestriction.LOGIN)
    for name in (REPORT, RESULTS):
        response = client.get(reverse(name))
        assert response.status_code == 200
        body = rows(response)
        for other in ("country-tz", "country-cl", "country-zm", "region-africa", "countries"):
            for title in titles(other):
                assert f"> {title} (" not in body, title  # "Tanzania (English)": a row of the report
    for query in ("Tanz", "Chil"):
        body = rows(client.get(reverse(RESULTS), {"source_title": query}))
        assert not any(f"> {title} (" in body for title in titles("country-tz") | titles("country-cl"))
    body = rows(client.get(reverse(RESULTS), {"source_title": "Ecuador"}))
    assert f"> {page_of('country-ec', 'en').title} (" in body  # their own tree, restricted or not


def test_an_editor_still_sees_every_translation(client, page_of):
    signed_in(client, "editor")
    for key in ("country-tz", "country-cl", "country-ec"):
        body = rows(client.get(reverse(RESULTS), {"source_title": page_of(key).title}))
        assert f"> {page_of(key, 'fr').title} (" in body, key


def test_the_translation_status_report_keeps_a_specialist_to_their_trees(client, page_of):
    signed_in(client, "specialist")
    url = reverse("editorial_translation_status")
    for tree in (page_of("country-tz"), page_of("countries"), page_of("home")):
        response = client.get(url, {"tree": tree.pk})
        assert response.status_code == 200
        body = response.content.decode()
        assert page_of("country-tz").title not in body and page_of("country-cl").title not in body
    assert page_of("country-ec").title in client.get(url).content.decode()
    signed_in(client, "moderator")
    response = client.get(url, {"tree": page_of("country-tz").pk})
    assert response.status_code in (302, 403) and page_of("country-tz").title not in response.content.decode()
