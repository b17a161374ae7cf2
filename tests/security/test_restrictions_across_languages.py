"""A view restriction holds for every language version of a page, whichever language it was set in.

Each case as Wagtail's own security tests: a reader with exactly the rights in question
(anonymous, logged in but not in the group, in the group), the request, the expected
refusal, and the unchanged state. Restrictions are set the way an editor sets them: the
admin's "Privacy" dialog (``wagtailadmin_pages:set_privacy``) on one language's page.
The pages are built with tests/factories: Tanzania and Zambia in the Africa region, an
"About" page, the section index pages, each in es/en/fr.
"""

import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page, PageLogEntry, PageViewRestriction

from tests.factories import CountryPageFactory, RegionPageFactory, StandardPageFactory
from tests.factories.trees import SECTIONS, fresh

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

LANGUAGES = ("es", "en", "fr")


@pytest.fixture(scope="module")
def scene(trees):
    """{key: {language: page}}: the pages the cases restrict, list and search."""
    africa = trees.add(RegionPageFactory, "regions", title="África", en={"title": "Africa"}, fr={"title": "Afrique"})
    return {
        "region-africa": africa,
        "country-tz": trees.add(
            CountryPageFactory,
            "countries",
            title="Tanzania",
            region=africa["es"],
            summary="Los regímenes contributivos cubren a los trabajadores formales.",
            en={"summary": "Contributory pension schemes cover formal workers."},
            fr={"title": "Tanzanie", "summary": "Les régimes contributifs couvrent les travailleurs formels."},
        ),
        "country-zm": trees.add(
            CountryPageFactory, "countries", title="Zambia", region=africa["es"], fr={"title": "Zambie"}
        ),
        "about": trees.add(
            StandardPageFactory, trees.home(), title="Acerca de", en={"title": "About"}, fr={"title": "À propos"}
        ),
    }


@pytest.fixture
def scene_page(trees, scene):
    """``scene_page(key, language)``: a page of the scene, a section index ("countries") or "home", as it is now."""

    def find(key, language="es"):
        if key == "home":
            return trees.home(language)
        if key in SECTIONS:
            return trees.section(key, language)
        return fresh(scene[key][language])

    return find


@pytest.fixture
def tanzania(scene_page):
    """``tanzania(language)``: the Tanzania page in ``language``."""

    def find(language):
        return scene_page("country-tz", language)

    return find


def browser(user=None):
    client = Client(HTTP_HOST="localhost")
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def team():
    return Group.objects.create(name="Tanzania team")


@pytest.fixture
def member(team):
    user = get_user_model().objects.create_user("tz-member", password="x")
    user.groups.add(team)
    return user


@pytest.fixture
def outsider():
    """Logged in, in a role group, but not in the restriction's group."""
    user = get_user_model().objects.create_user("tz-outsider", password="x")
    user.groups.add(Group.objects.get(name="Specialists"))
    return user


@pytest.fixture
def superuser():
    return get_user_model().objects.create_superuser("privacy-admin", "privacy-admin@example.org", "x")


def set_privacy(superuser, page, restriction_type, groups=(), password=""):
    response = browser(superuser).post(
        reverse("wagtailadmin_pages:set_privacy", args=[page.pk]),
        {"restriction_type": restriction_type, "groups": [group.pk for group in groups], "password": password},
    )
    assert response.status_code == 200
    assert json.loads(response.content)["step"] == "set_privacy_done"


def assert_refused(response, page):
    assert response.status_code == 302
    assert "login" in response["Location"]
    assert page.title not in response.content.decode()


@pytest.mark.parametrize("set_in", ["es", "en"])
def test_a_group_restriction_closes_the_page_in_every_language(set_in, superuser, team, member, outsider, tanzania):
    set_privacy(superuser, tanzania(set_in), "groups", [team])
    for language in LANGUAGES:
        page = tanzania(language)
        assert_refused(browser().get(page.url), page)
        assert_refused(browser(outsider).get(page.url), page)
        response = browser(member).get(page.url)
        assert response.status_code == 200 and page.title in response.content.decode()
    # The same Wagtail rows on every language version: one restriction each, with the same group.
    for language in LANGUAGES:
        restrictions = list(tanzania(language).view_restrictions.all())
        assert [(r.restriction_type, list(r.groups.all())) for r in restrictions] == [("groups", [team])]


def test_a_login_restriction_set_in_french_closes_spanish_and_english(superuser, outsider, tanzania):
    set_privacy(superuser, tanzania("fr"), "login")
    for language in LANGUAGES:
        page = tanzania(language)
        assert_refused(browser().get(page.url), page)
        assert browser(outsider).get(page.url).status_code == 200


def test_a_shared_password_made_before_they_were_withdrawn_holds_in_every_language(superuser, tanzania):
    """The admin no longer offers shared passwords (tests/security/test_login_lockout.py); one already
    in the database, from before, is mirrored like any restriction."""
    PageViewRestriction.objects.create(
        page=tanzania("es"), restriction_type=PageViewRestriction.PASSWORD, password="kilimanjaro-2026"
    )
    for language in LANGUAGES:
        page = tanzania(language)
        response = browser().get(page.url)
        body = response.content.decode()
        assert response.status_code == 200 and 'name="password"' in body
        assert "Contributory pension" not in body and "Les régimes contributifs" not in body
    assert {
        r.password for r in PageViewRestriction.objects.filter(page__translation_key=tanzania("es").translation_key)
    } == {"kilimanjaro-2026"}


def test_changing_the_groups_in_one_language_changes_them_everywhere(superuser, team, member, outsider, tanzania):
    set_privacy(superuser, tanzania("es"), "groups", [team])
    specialists = Group.objects.get(name="Specialists")
    set_privacy(superuser, tanzania("fr"), "groups", [specialists])
    for language in LANGUAGES:
        page = tanzania(language)
        assert browser(outsider).get(page.url).status_code == 200
        assert_refused(browser(member).get(page.url), page)


def test_removing_the_restriction_in_any_language_frees_all_three(superuser, team, tanzania):
    set_privacy(superuser, tanzania("es"), "groups", [team])
    set_privacy(superuser, tanzania("fr"), "none")
    for language in LANGUAGES:
        page = tanzania(language)
        response = browser().get(page.url)
        assert response.status_code == 200 and page.title in response.content.decode()
    assert not PageViewRestriction.objects.filter(page__translation_key=tanzania("es").translation_key).exists()


def test_the_listings_of_every_language_leave_the_page_out(superuser, team, outsider, scene_page, tanzania):
    set_privacy(superuser, tanzania("es"), "groups", [team])
    for language in LANGUAGES:
        page = tanzania(language)
        for reader in (browser(), browser(outsider)):
            for listing in (scene_page("countries", language), scene_page("region-africa", language)):
                body = reader.get(listing.url).content.decode()
                assert f'href="{page.url}"' not in body, (language, listing.url)
    # Unchanged: the rest of the listing is still there.
    body = browser().get(scene_page("countries", "en").url).content.decode()
    assert f'href="{scene_page("country-zm", "en").url}"' in body


def test_search_and_autocomplete_of_every_language_leave_the_page_out(superuser, team, member, outsider, tanzania):
    set_privacy(superuser, tanzania("es"), "groups", [team])
    for language in LANGUAGES:
        page = tanzania(language)
        search_url = f"/{language}/search/"
        for reader in (browser(), browser(outsider)):
            body = reader.get(search_url, {"q": page.title}).content.decode()
            assert f'href="{page.url}"' not in body, language
            suggestions = reader.get(search_url + "autocomplete/", {"q": page.title[:5]}).json()["results"]
            assert page.url not in [item["url"] for item in suggestions], language
        # A member passes the restriction, and finds the page.
        body = browser(member).get(search_url, {"q": page.title}).content.decode()
        assert f'href="{page.url}"' in body, language


def test_the_sitemap_leaves_every_language_version_out(superuser, team, scene_page, tanzania):
    """The sitemap lists every language's tree: a restriction set in English takes all three out."""
    before = browser().get("/sitemap.xml").content.decode()
    for language in LANGUAGES:
        assert tanzania(language).full_url in before, language
    set_privacy(superuser, tanzania("en"), "groups", [team])
    after = browser().get("/sitemap.xml").content.decode()
    for language in LANGUAGES:
        assert tanzania(language).full_url not in after, language
    assert scene_page("country-zm", "es").full_url in after


def test_a_restricted_section_leaves_the_menu_and_breadcrumbs_of_every_language(superuser, team, scene_page, tanzania):
    section = scene_page("countries", "es")
    set_privacy(superuser, section, "groups", [team])
    for language in LANGUAGES:
        index = scene_page("countries", language)
        home = browser().get(scene_page("home", language).url).content.decode()
        assert f'href="{index.url}"' not in home, language  # main menu
        assert_refused(browser().get(tanzania(language).url), tanzania(language))  # below it, too
        # Another section's page still shows its menu and breadcrumb, without the restricted section.
        theme_index = scene_page("themes", language)
        body = browser().get(theme_index.url).content.decode()
        assert f'href="{index.url}"' not in body and f'href="{scene_page("home", language).url}"' in body


def test_a_restriction_set_in_spanish_empties_what_english_and_french_readers_had_cached(
    settings, empty_cache, superuser, team, scene_page, tanzania
):
    settings.PAGE_CACHE = True
    settings.DATA_CACHE = True
    for language in ("en", "fr"):
        first = browser().get(tanzania(language).url)
        assert first.status_code == 200
        assert browser().get(tanzania(language).url)["X-Page-Cache"] == "hit"
        browser().get(scene_page("countries", language).url)
    set_privacy(superuser, tanzania("es"), "groups", [team])
    for language in ("en", "fr"):
        assert_refused(browser().get(tanzania(language).url), tanzania(language))
        listing = browser().get(scene_page("countries", language).url).content.decode()
        assert f'href="{tanzania(language).url}"' not in listing


def test_a_translation_made_later_carries_its_sources_restrictions(superuser, team, outsider, scene_page, tanzania):
    """Even below a restricted section, where Wagtail's copy leaves the page's own restriction behind."""
    set_privacy(superuser, scene_page("countries", "es"), "login")
    set_privacy(superuser, tanzania("es"), "groups", [team])
    tanzania("fr").delete()  # deleting a translation leaves the others' restrictions alone
    assert tanzania("es").view_restrictions.get().restriction_type == "groups"
    assert scene_page("countries", "fr").view_restrictions.get().restriction_type == "login"
    french = tanzania("es").copy_for_translation(Locale.objects.get(language_code="fr"))
    french.save_revision().publish()
    french = Page.objects.get(pk=french.pk)
    assert [r.restriction_type for r in french.view_restrictions.all()] == ["groups"]
    assert_refused(browser(outsider).get(french.url), french)
    assert_refused(browser().get(french.url), french)


def test_translating_a_restricted_page_leaves_the_sources_restriction_as_it_was(superuser, team, outsider, tanzania):
    """Wagtail's copy saves the new page's restriction before its groups: that must not touch the source's."""
    set_privacy(superuser, tanzania("es"), "groups", [team])
    tanzania("fr").delete()
    spanish_restriction = tanzania("es").view_restrictions.get()
    edits = PageLogEntry.objects.filter(action="wagtail.view_restriction.edit")
    edits_before = edits.count()
    french = tanzania("es").copy_for_translation(Locale.objects.get(language_code="fr"))
    assert tanzania("es").view_restrictions.get() == spanish_restriction
    assert list(spanish_restriction.groups.all()) == [team] and edits.count() == edits_before
    assert [(r.restriction_type, list(r.groups.all())) for r in french.view_restrictions.all()] == [("groups", [team])]


def test_deleting_a_restricted_translation_keeps_the_others_closed(superuser, team, tanzania):
    set_privacy(superuser, tanzania("es"), "groups", [team])
    tanzania("en").delete()
    for language in ("es", "fr"):
        assert_refused(browser().get(tanzania(language).url), tanzania(language))


def test_setup_editorial_brings_existing_restrictions_in_step(team, scene_page, tanzania):
    from django.core.management import call_command

    from editorial import restriction_sync

    # Restrictions made before this rule (written without the signals, as old rows are).
    spanish = PageViewRestriction(page=tanzania("es"), restriction_type="groups")
    french_only = PageViewRestriction(page=scene_page("country-zm", "fr"), restriction_type="login")
    token = restriction_sync._syncing.set(True)
    try:
        spanish.save()
        spanish.groups.set([team])
        french_only.save()
    finally:
        restriction_sync._syncing.reset(token)
    assert not tanzania("en").view_restrictions.exists()
    call_command("setup_editorial", verbosity=0)
    for language in LANGUAGES:
        assert [(r.restriction_type, list(r.groups.all())) for r in tanzania(language).view_restrictions.all()] == [
            ("groups", [team])
        ]
        assert [r.restriction_type for r in scene_page("country-zm", language).view_restrictions.all()] == ["login"]


def test_an_alias_of_the_page_is_closed_and_freed_with_it(superuser, team, outsider, scene_page):
    about = scene_page("about", "es")
    alias = about.create_alias(update_slug="acerca-de-copia")
    assert alias.alias_of_id == about.pk and alias.translation_key != about.translation_key
    set_privacy(superuser, scene_page("about", "fr"), "groups", [team])
    alias = Page.objects.get(pk=alias.pk)
    assert_refused(browser().get(alias.url), alias)
    assert_refused(browser(outsider).get(alias.url), alias)
    set_privacy(superuser, scene_page("about", "en"), "none")
    assert browser().get(alias.url).status_code == 200
    keys = [about.translation_key, alias.translation_key]
    assert not PageViewRestriction.objects.filter(page__translation_key__in=keys).exists()
