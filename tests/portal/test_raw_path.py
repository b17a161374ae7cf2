"""The raw path's own ways of reading pages give what Wagtail's own queries give.

portal/tree.py (children through the path index), portal/page_frame.py (menu, breadcrumbs
and language versions in one query), the route's slug lookup and home/middleware.py.
"""

import pytest
from django.contrib.auth.models import Group
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site

from home.middleware import SiteRootMiddleware
from home.models import HomePage, StandardPage
from portal.page_frame import page_frame, specific_values
from portal.tree import children_of
from tests.helpers import demo_page

pytestmark = pytest.mark.django_db


def add(parent, title, **fields):
    return parent.add_child(instance=StandardPage(title=title, **fields))


def titles(pages):
    return [page.title for page in pages]


@pytest.mark.parametrize("key", ["home", "countries", "country-be", "casestudies", "about"])
def test_children_are_wagtails_children(key):
    page = demo_page(key)
    assert list(children_of(page)) == list(page.get_children())


def test_children_skip_descendants_and_gaps_left_by_deleted_pages():
    parent = add(demo_page("about"), "Parent")
    first, middle, last = add(parent, "First"), add(parent, "Middle"), add(parent, "Last")
    add(first, "Grandchild")
    add(add(last, "Grandchild 2"), "Great-grandchild")
    Page.objects.get(pk=middle.pk).delete()

    assert titles(children_of(parent)) == ["First", "Last"]
    assert titles(children_of(Page.objects.get(pk=first.pk))) == ["Grandchild"]
    assert titles(children_of(Page.objects.get(pk=add(parent, "Leaf").pk))) == []


def wagtail_frame(page, home):
    """What the menu, breadcrumbs and language switcher read before portal/page_frame.py."""
    return (
        list(home.get_children().live().public().in_menu()),
        list(page.get_ancestors().filter(depth__gt=1)),
        sorted(Page.objects.live().public().filter(translation_key=page.translation_key).values_list("pk", flat=True)),
    )


@pytest.mark.parametrize(
    ("key", "language"), [("home", "es"), ("country-be", "en"), ("casestudy-be-platform", "fr"), ("about", "es")]
)
def test_frame_is_what_wagtail_reads(key, language):
    with translation.override(language):
        page, home = demo_page(key, language), demo_page("home", language)
        frame = page_frame(page, home)
        menu, ancestors, versions = wagtail_frame(page, home)
    assert frame.menu == menu and menu
    assert frame.ancestors == ancestors
    assert sorted(version.pk for version in frame.versions) == versions and page.pk in versions
    # The switcher names each version's language without a query of its own.
    assert {version.locale.language_code for version in frame.versions} == {"es", "en", "fr"}


def test_a_restricted_section_leaves_the_frame():
    themes = demo_page("themes")
    restriction = PageViewRestriction.objects.create(page=themes, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([Group.objects.create(name="Readers of themes")])
    page, home = demo_page("theme-health"), demo_page("home")

    frame = page_frame(page, home)
    menu, ancestors, versions = wagtail_frame(page, home)
    assert themes.pk not in [section.pk for section in frame.menu]
    assert frame.menu == menu
    assert frame.ancestors == ancestors  # breadcrumbs are only shown on pages the reader may see
    assert frame.versions == [] == versions
    assert list(page.get_view_restrictions()) == [restriction]
    assert list(demo_page("country-be").get_view_restrictions()) == []


def test_section_introductions_are_read_in_one_query(django_assert_num_queries):
    sections = page_frame(demo_page("home"), demo_page("home")).menu
    with django_assert_num_queries(1):
        intros = specific_values(sections, "intro")
    assert intros == {section.pk: section.specific.intro for section in sections}
    assert all(intros.values())


def test_a_page_is_found_by_its_whole_path_not_only_its_slug(client):
    belgium = demo_page("country-be")
    assert client.get(belgium.url).status_code == 200
    themes_url = demo_page("themes").url
    assert client.get(f"{themes_url}{belgium.slug}/").status_code == 404


def test_the_sites_root_page_is_the_live_home_page_already_read(settings):
    settings.DATA_CACHE = False  # the raw path: with shared data on, SharedDataMiddleware gives the site
    request = RequestFactory().get("/es/")
    SiteRootMiddleware(lambda request: HttpResponse())(request)
    root = Site.find_for_request(request).root_page
    assert isinstance(root, HomePage) and root.pk == demo_page("home").pk
    with translation.override("fr"):
        assert root.localized == demo_page("home", "fr")


def test_an_untranslated_version_in_the_frame_names_its_source_language(django_assert_num_queries):
    """An alias standing in for a page not translated yet: the switcher reads its source's language with it."""
    from portal.translation_state import shown_language

    source = demo_page("about", "es")
    english = demo_page("about", "en")
    english.alias_of = source
    english.save(update_fields=["alias_of"])
    with translation.override("fr"):
        page, home = demo_page("about", "fr"), demo_page("home", "fr")
        versions = {version.locale.language_code: version for version in page_frame(page, home).versions}
    alias = versions["en"]
    with django_assert_num_queries(0):  # read with the frame
        assert alias.alias_of_id == source.pk and alias.alias_of.locale.language_code == "es"
        assert shown_language(alias) == "es"
    assert shown_language(Page.objects.get(pk=english.pk)) == "es"
