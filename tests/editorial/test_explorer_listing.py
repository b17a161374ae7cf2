"""The page explorer answers with the same number of queries however many rows it lists.

``portal.upstream.explorer_listing`` stands in for wagtail-localize's per-row "More" buttons
and answers Wagtail's per-row delete/move checks from the row; these tests check that the
buttons and the answers are the libraries' own, and that the queries do not grow.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail import hooks
from wagtail.models import GroupPagePermission, Page, PagePermissionTester
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import TranslationSource

from demo.accounts import DEMO_ACCOUNTS
from editorial.roles import SPECIALISTS
from home.models import StandardPage
from portal.upstream import explorer_listing

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def add_children(parent, count, prefix, drafts_every=3):
    """``count`` standard pages under ``parent``; every ``drafts_every``-th one a draft, the others live."""
    pages = []
    for number in range(count):
        draft = number % drafts_every == 0
        page = parent.add_child(
            instance=StandardPage(title=f"{prefix} {number}", slug=f"{prefix.lower()}-{number}", live=not draft)
        )
        revision = page.save_revision()
        if not draft:
            revision.publish()
        pages.append(page)
    return pages


def explorer(client, page):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("wagtailadmin_explore", args=[page.pk]))
    assert response.status_code == 200
    return len(queries), response.content.decode()


def button_summary(buttons):
    return sorted((str(button.label), button.url, button.priority, button.icon_name) for button in buttons)


def test_wagtails_hook_registry_is_left_as_it_is():
    """wagtail-localize's function stays registered; the explorer's rows get the annotated menu through a hook."""
    assert explorer_listing.wagtail_localize_more_buttons in hooks.get_hooks(explorer_listing.HOOK_NAME)
    assert explorer_listing.listing_more_buttons not in hooks.get_hooks(explorer_listing.HOOK_NAME)


def test_an_annotated_rows_buttons_are_wagtails_with_fewer_queries(specialist, rf, scene_page):
    from wagtail.admin.templatetags.wagtailadmin_tags import page_listing_buttons

    belgium = scene_page("country-be")
    context = {"request": rf.get("/admin/pages/")}

    def buttons(page, ours):
        with CaptureQueriesContext(connection) as queries:
            if ours:
                found = explorer_listing.listing_buttons(context, page, specialist)["buttons"]
            else:
                found = page_listing_buttons(context, page, specialist)["buttons"]
            menu = next(button for button in found if hasattr(button, "dropdown_buttons"))
            summary = button_summary(menu.dropdown_buttons)
        return type(menu), summary, len(queries)

    def row():
        return next(row for row in listing_rows(belgium.get_parent(), specialist) if row.pk == belgium.pk)

    buttons(row(), ours=False)  # warm Wagtail's caches (content types, site root paths)
    their_type, theirs, their_queries = buttons(row(), ours=False)
    our_type, ours, our_queries = buttons(row(), ours=True)
    assert our_type is explorer_listing.AnnotatedMoreButtons and their_type is not our_type
    assert ours == theirs
    source = TranslationSource.objects.get_for_instance(belgium)
    assert any(url.startswith(reverse("wagtail_localize:update_translations", args=[source.pk])) for _, url, *_ in ours)
    assert our_queries < their_queries, (our_queries, their_queries)
    # A page that is not a listing row keeps Wagtail's own menu.
    assert buttons(belgium, ours=True)[0] is not explorer_listing.AnnotatedMoreButtons


def test_the_explorer_row_template_is_wagtails_but_for_the_buttons_tag():
    """Fails when Wagtail changes its row template: copy it again into templates/ and change the one tag."""
    from pathlib import Path

    import wagtail
    from django.conf import settings

    name = "wagtailadmin/pages/listing/_page_title_explore.html"
    theirs = (Path(wagtail.__file__).parent / "admin" / "templates" / name).read_text()
    ours = (Path(settings.BASE_DIR) / "templates" / name).read_text()
    ours_lines = [line for line in ours.splitlines() if not line.startswith("{# Wagtail 8.0's template")]
    expected = theirs.replace("wagtailadmin_tags %}", "wagtailadmin_tags editorial_tags %}", 1).replace(
        "{% page_listing_buttons ", "{% explorer_row_buttons "
    )
    assert ours_lines == expected.splitlines()


@pytest.mark.parametrize("username,language", [("specialist", "es"), ("translator", "en"), ("editor", "es")])
def test_explorer_queries_do_not_grow_with_its_rows(client, username, language, scene_page):
    user = get_user_model().objects.get(username=username)
    parent = scene_page("country-ec", language)
    client.force_login(user)
    add_children(parent, 3, "Uno")
    explorer(client, parent)  # warm the caches (content types, site root paths)
    few, html = explorer(client, parent)
    add_children(parent, 6, "Dos")
    explorer(client, parent)  # the first request after a publish rebuilds the shared data (the caches are on)
    many, html = explorer(client, parent)
    assert "Dos 5" in html and "Uno 2" in html
    assert many == few, (few, many)


def test_explorer_shows_wagtail_localizes_buttons(client, specialist, scene_page):
    """The specialist's explorer: "Translate this page" where a locale has no translation yet."""
    ecuador = scene_page("country-ec")
    new = add_children(ecuador, 1, "Nueva", drafts_every=2)[0]
    # Its English copy is an alias (not a translation): the Spanish page can still be translated.
    client.force_login(specialist)
    _count, html = explorer(client, ecuador.get_parent())
    assert reverse("wagtail_localize:submit_page_translation", args=[ecuador.pk]) not in html  # en and fr exist
    _count, html = explorer(client, ecuador)
    assert reverse("wagtail_localize:submit_page_translation", args=[new.pk]) in html


def listing_rows(parent, user):
    """The explorer's rows of ``parent`` as the explorer builds them, with this module's annotations."""
    queryset = Page.objects.child_of(parent).specific()
    return list(explorer_listing.annotate_listing(queryset))


@pytest.mark.parametrize("username,language", [("specialist", "es"), ("translator", "fr"), ("editor", "en")])
def test_buttons_are_wagtail_localizes_own(username, language, scene_page):
    user = get_user_model().objects.get(username=username)
    for key in ("country-ec", "countries", "country-be"):
        parent = scene_page(key, language)
        if key == "country-ec":
            add_children(parent, 2, f"Hoja-{language}")
        for page in listing_rows(parent, user):
            next_url = f"/admin/pages/{parent.pk}/"
            ours = button_summary(explorer_listing.listing_more_buttons(page, user, next_url=next_url))
            theirs = button_summary(
                explorer_listing.wagtail_localize_more_buttons(
                    Page.objects.get(pk=page.pk).specific, user, next_url=next_url
                )
            )
            assert ours == theirs, (page, ours, theirs)


def test_sync_button_for_a_source_with_translations(specialist, scene_page):
    """Belgium (es) is the source of real en/fr translations (demo content): both must offer "Sync"."""
    belgium = scene_page("country-be")
    row = next(page for page in listing_rows(belgium.get_parent(), specialist) if page.pk == belgium.pk)
    urls = [button.url for button in explorer_listing.listing_more_buttons(row, specialist, next_url="/x/")]
    source = TranslationSource.objects.get_for_instance(belgium)
    assert reverse("wagtail_localize:update_translations", args=[source.pk]) + "?next=%2Fx%2F" in urls


def test_rows_without_annotations_fall_back_to_wagtail_localize(specialist, django_assert_num_queries, scene_page):
    page = scene_page("country-be")
    with CaptureQueriesContext(connection) as queries:
        list(explorer_listing.listing_more_buttons(page, specialist, next_url="/x/"))
    assert len(queries) >= 1  # wagtail-localize's own lookups
    row = next(row for row in listing_rows(page.get_parent(), specialist) if row.pk == page.pk)
    with django_assert_num_queries(0):
        list(explorer_listing.listing_more_buttons(row, specialist, next_url="/x/"))


@pytest.fixture
def add_only_user(db, scene_page):
    """May add pages (not edit others') in Ecuador: Wagtail's "add" branch of can_delete."""
    user = get_user_model().objects.create_user("adder", "adder@example.org", "pw")
    group = Group.objects.create(name="Adders")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=scene_page("country-ec"), permission=Permission.objects.get(codename="add_page")
    )
    user.groups.add(group)
    return user


@pytest.fixture
def add_and_publish_user(db, scene_page):
    user = get_user_model().objects.create_user("adder2", "adder2@example.org", "pw")
    group = Group.objects.create(name="Adders and publishers")
    for codename in ("add_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group, page=scene_page("country-ec"), permission=Permission.objects.get(codename=codename)
        )
    user.groups.add(group)
    return user


def test_listing_permission_tester_answers_as_wagtail(
    specialist, translator, editor, chile_specialist, add_only_user, add_and_publish_user, admin_user, scene_page
):
    ecuador = scene_page("country-ec")
    pages = add_children(ecuador, 4, "Rama")
    # A draft with a live child, a live page with a draft child, pages owned by the adders.
    add_children(pages[0], 2, "Sub0")
    add_children(pages[1], 2, "Sub1", drafts_every=1)
    # The adders own a leaf each and a page with children they do not own.
    for owner, owned in ((add_only_user, (pages[0], pages[2])), (add_and_publish_user, (pages[1], pages[3]))):
        Page.objects.filter(pk__in=[page.pk for page in owned]).update(owner=owner)
    inactive = get_user_model().objects.create_user("gone", "gone@example.org", "pw", is_active=False)
    inactive.groups.add(Group.objects.get(name=SPECIALISTS))
    users = [
        specialist,
        translator,
        editor,
        chile_specialist,
        add_only_user,
        add_and_publish_user,
        admin_user,
        inactive,
    ]
    root = Page.get_first_root_node()
    every_page = [root, *Page.objects.filter(path__startswith=ecuador.get_parent().path)]
    assert len(every_page) > 10
    for page in every_page:
        page = Page.objects.get(pk=page.pk)
        for user in users:
            ours = explorer_listing.ListingPagePermissionTester(user, page)
            theirs = PagePermissionTester(user, page)
            for check in ("can_move", "can_delete"):
                assert getattr(ours, check)() == getattr(theirs, check)(), (check, page, user)
            assert ours.can_delete(ignore_bulk=True) == theirs.can_delete(ignore_bulk=True), (page, user)


def test_listing_permission_tester_asks_nothing_for_a_leaf_or_a_live_page(
    specialist, django_assert_num_queries, scene_page
):
    ecuador = scene_page("country-ec")
    draft_leaf, live_leaf = add_children(ecuador, 2, "Hoja")
    assert not draft_leaf.live and live_leaf.live
    ecuador = Page.objects.get(pk=ecuador.pk)  # live, with children
    testers = [
        explorer_listing.ListingPagePermissionTester(specialist, page) for page in (draft_leaf, live_leaf, ecuador)
    ]
    with django_assert_num_queries(0):
        answers = [(tester.can_move(), tester.can_delete()) for tester in testers]
    assert answers == [(True, True), (False, False), (False, False)]


def test_each_row_gets_one_tester_per_user(specialist, editor, scene_page):
    row = listing_rows(scene_page("countries"), specialist)[0]
    list(explorer_listing.listing_more_buttons(row, specialist))
    tester = row.permissions_for_user(specialist)
    assert isinstance(tester, explorer_listing.ListingPagePermissionTester)
    assert row.permissions_for_user(specialist) is tester
    assert row.permissions_for_user(editor) is not tester and row.permissions_for_user(editor).user == editor


def test_explorer_search_and_ordering_keep_working_with_the_annotations(client, specialist, scene_page):
    ecuador = scene_page("country-ec")
    add_children(ecuador, 3, "Buscable")
    client.force_login(specialist)
    url = reverse("wagtailadmin_explore", args=[ecuador.get_parent().pk])
    for query in ("?q=Buscable", "?q=Buscable&search_all=1", "?ordering=ord", "?ordering=-latest_revision_created_at"):
        response = client.get(url + query)
        assert response.status_code == 200, query


def explorable_ids(policy_class, user):
    return set(policy_class(Page).explorable_instances(user).values_list("pk", flat=True))


@pytest.mark.parametrize("username", sorted(DEMO_ACCOUNTS))
def test_explorable_pages_are_wagtails_for_every_demo_account(username):
    user = get_user_model().objects.get(username=username)
    assert explorable_ids(explorer_listing.ExplorerPagePermissionPolicy, user) == explorable_ids(
        PagePermissionPolicy, user
    )


def test_explorable_pages_with_a_view_only_permission_and_nested_trees(scene_page):
    user = get_user_model().objects.create_user("nested-owner", password="x")
    group = Group.objects.create(name="Nested owners")
    user.groups.add(group)
    ecuador, belgium = scene_page("country-ec"), scene_page("country-be", "fr")
    countries = ecuador.get_parent()  # a tree, and a tree inside it
    for page, codename in ((countries, "change_page"), (ecuador, "add_page"), (belgium, "publish_page")):
        GroupPagePermission.objects.create(group=group, page=page, permission=Permission.objects.get(codename=codename))
    ids = explorable_ids(explorer_listing.ExplorerPagePermissionPolicy, user)
    assert ids == explorable_ids(PagePermissionPolicy, user)
    assert {countries.pk, ecuador.pk, scene_page("country-pe").pk, belgium.pk, countries.get_parent().pk} <= ids
    assert scene_page("theme-health").pk not in ids


def test_wagtail_finds_the_portals_page_policy_and_its_class_is_untouched():
    from wagtail.permissions import policy_registry

    assert isinstance(policy_registry.get_by_type(Page), explorer_listing.ExplorerPagePermissionPolicy)
    assert "explorable_instances" in vars(explorer_listing.ExplorerPagePermissionPolicy)
    assert PagePermissionPolicy.explorable_instances.__module__ == "wagtail.permission_policies.pages"
