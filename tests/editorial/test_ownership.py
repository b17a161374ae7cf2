"""Ownership as data: assigned in the admin, enforced by page permissions at once, in every locale."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Locale, Page, PageLogEntry

from editorial.models import OwnedTree
from editorial.ownership import OWNER_ADDED, OWNER_REMOVED

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def test_editor_assigns_owner_in_the_admin_and_it_is_logged(client, editor, specialist, scene_page):
    chile = scene_page("country-cl")
    client.force_login(editor)
    response = client.post(reverse("owned_trees:add"), {"root": chile.pk, "owners": [specialist.pk]})
    assert response.status_code == 302, response.content.decode()[:3000]
    for language in ("es", "en", "fr"):
        assert scene_page("country-cl", language).permissions_for_user(specialist).can_edit()
    entry = PageLogEntry.objects.get(page=chile, action=OWNER_ADDED)
    assert entry.user == editor and entry.data["owner"] == "specialist"


def test_editor_sees_trees_owners_and_languages_in_the_admin(client, editor, ecuador_tree):
    """The Tree owners screens render for an editor (Spanish admin) and say who owns what, in which languages."""
    client.force_login(editor)
    index = client.get(reverse("owned_trees:index"))
    assert index.status_code == 200
    body = index.content.decode()
    for expected in ("Ecuador", "Bélgica", "Perú", "Sofía Specialist", "Español", "Inglés", "Francés"):
        assert expected in body
    assert "Chile" not in body  # nobody owns it in the demo
    searched = client.get(reverse("owned_trees:index"), {"q": "Ecua"}).content.decode()
    assert "Ecuador" in searched and "Bélgica" not in searched
    edit = client.get(reverse("owned_trees:edit", args=[ecuador_tree.pk]))
    assert edit.status_code == 200
    assert 'type="checkbox" name="owners"' in edit.content.decode()
    assert client.get(reverse("owned_trees:add")).status_code == 200


def test_owner_removal_takes_effect_immediately(client, editor, specialist, ecuador_tree, scene_page):
    page = scene_page("country-ec")
    client.force_login(specialist)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200

    editor_client = client.__class__(HTTP_HOST="localhost")
    editor_client.force_login(editor)
    response = editor_client.post(reverse("owned_trees:edit", args=[ecuador_tree.pk]), {"root": page.pk, "owners": []})
    assert response.status_code == 302

    # Same session, next request: the rights are gone.
    assert client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code in (302, 403)
    assert not scene_page("country-ec", "fr").permissions_for_user(specialist).can_edit()
    assert PageLogEntry.objects.filter(action=OWNER_REMOVED, data__owner="specialist").exists()


def test_only_ownable_pages_and_one_entry_per_tree(client, editor, ecuador_tree, scene_page):
    client.force_login(editor)
    trees_before = OwnedTree.objects.count()  # the specialist's three, and the demo's if a session loads it
    news = scene_page("news-campaign")
    response = client.post(reverse("owned_trees:add"), {"root": news.pk, "owners": []})
    assert response.status_code == 200
    # In the editor's language (Spanish).
    assert "Solo una página de país, región o tema puede ser la raíz de un árbol." in response.content.decode()
    # Ecuador in French is the same tree as Ecuador in Spanish.
    response = client.post(reverse("owned_trees:add"), {"root": scene_page("country-ec", "fr").pk, "owners": []})
    assert response.status_code == 200
    assert "Este árbol ya tiene responsables" in response.content.decode()
    assert OwnedTree.objects.count() == trees_before  # nothing half-saved


@pytest.mark.parametrize("username", ["specialist", "reviewer", "translator", "moderator"])
def test_only_editors_manage_ownership(client, username, django_user_model, scene_page):
    client.force_login(django_user_model.objects.get(username=username))
    response = client.get(reverse("owned_trees:add"))
    assert response.status_code in (302, 403)
    assert client.post(reverse("owned_trees:add"), {"root": scene_page("country-cl").pk}).status_code in (302, 403)
    assert not OwnedTree.objects.filter(translation_key=scene_page("country-cl").translation_key).exists()


def test_translation_created_after_ownership_is_covered(specialist, ecuador_tree, scene_page):
    """A fourth locale added later: the new copy of the owned root is covered as soon as it exists."""
    from wagtail_localize.models import TranslationSource

    german = Locale.objects.create(language_code="de")
    source = scene_page("country-ec")
    # The parent must exist in the new locale first (as wagtail-localize does with copy_parents).
    translation_source, _ = TranslationSource.get_or_create_from_instance(source)
    translation_source.create_or_update_translation(
        german, user=None, publish=False, copy_parent_pages=True, fallback=True
    )
    copy = Page.objects.get(translation_key=source.translation_key, locale=german)
    assert copy.permissions_for_user(specialist).can_edit()
    assert not copy.permissions_for_user(specialist).can_publish()


def test_deleting_one_locale_copy_keeps_the_tree(ecuador_tree, specialist, scene_page):
    scene_page("country-ec").delete()
    tree = OwnedTree.objects.get(pk=ecuador_tree.pk)
    assert tree.root.locale.language_code in ("en", "fr")
    assert scene_page("country-ec", "fr").permissions_for_user(specialist).can_edit()


def test_specialist_who_owns_nothing_sees_nothing_editable(client, django_user_model, scene):
    from django.contrib.auth.models import Group

    nobody = django_user_model.objects.create_user("newbie", "n@example.org", "pw")
    nobody.groups.add(Group.objects.get(name="Specialists"))
    client.force_login(nobody)
    explorer = client.get(reverse("wagtailadmin_explore_root"))
    assert "Ecuador" not in explorer.content.decode()
    assert not any(page.permissions_for_user(nobody).can_edit() for page in Page.objects.filter(depth__gt=1))
    assert not mail.outbox


def test_explorer_and_admin_search_show_only_own_tree(client, specialist, chile_specialist, scene_page):
    client.force_login(specialist)
    index = scene_page("countries")
    listing = client.get(reverse("wagtailadmin_explore", args=[index.pk])).content.decode()
    assert "Ecuador" in listing and "Chile" not in listing
    results = client.get(reverse("wagtailadmin_pages:search"), {"q": "Chile"}).content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[scene_page("country-cl").pk]) not in results
    api = client.get(reverse("wagtailadmin_api:pages:listing"), {"child_of": index.pk})
    assert api.status_code == 200
    titles = [item["title"] for item in api.json()["items"]]
    assert "Ecuador" in titles and "Chile" not in titles
