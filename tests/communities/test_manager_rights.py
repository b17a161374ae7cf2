"""Community pages managed by the managers: admin access and page rights on their community only, moderated."""

import pytest
from django.contrib.auth.models import Permission

from communities.models import CommunitySubPage, Membership
from tests.factories import CommunityPageFactory, CommunitySubPageFactory, member_of, translate

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture
def community(index):
    return CommunityPageFactory(parent=index, access="semi-private", title="Niñez")


def test_a_manager_adds_and_edits_community_pages_of_their_community_in_every_language(client, community):
    english = translate(community, "en", title="Childhood", slug="childhood")
    sub = CommunitySubPageFactory(parent=community, title="Lecturas")
    manager = member_of(community, role="manager")
    assert not manager.is_staff and not manager.is_superuser  # a member, not staff
    for page in (community, english, sub):
        rights = page.permissions_for_user(manager)
        assert rights.can_edit() and rights.can_add_subpage()
        assert not rights.can_publish()  # moderated: submitted to the workflow like any page
    assert manager.has_perm("wagtailadmin.access_admin")

    client.force_login(manager)
    assert f"/admin/pages/{community.pk}/add_subpage/" in client.get(community.url).content.decode()
    assert client.get("/admin/").status_code == 200
    add = f"/admin/pages/add/communities/communitysubpage/{community.pk}/"
    assert client.get(add).status_code == 200
    response = client.post(add, {"title": "Recursos por tema", "slug": "recursos-por-tema", "intro": "Lecturas"})
    assert response.status_code == 302, response.content.decode()[:500]
    created = CommunitySubPage.objects.child_of(community).get(slug="recursos-por-tema")
    assert not created.live and created.get_parent().pk == community.pk  # a draft, waiting for review
    assert client.get(f"/admin/pages/{sub.pk}/edit/").status_code == 200


def test_no_rights_elsewhere_for_members_or_other_managers_and_none_once_demoted(client, community, index, trees):
    other = CommunityPageFactory(parent=index, access="open", title="Otra")
    manager = member_of(community, role="manager")
    member = member_of(community)
    for page in (other, index, trees.home()):
        assert not page.permissions_for_user(manager).can_edit()
        assert not page.permissions_for_user(manager).can_add_subpage()
    client.force_login(manager)
    refused = client.get(f"/admin/pages/add/communities/communitysubpage/{other.pk}/")
    assert refused.status_code in (302, 403)
    assert not CommunitySubPage.objects.filter(slug="intrusa").exists()

    # A member has no admin access and no page right; no "Add a community page" link.
    assert not member.has_perm("wagtailadmin.access_admin")
    assert not community.permissions_for_user(member).can_edit()
    client.force_login(member)
    assert "add_subpage" not in client.get(community.url).content.decode()
    assert client.get("/admin/").status_code == 302

    # Made a member again (or removed): the rights go at once.
    Membership.objects.filter(user=manager).update(role="member")  # .update sends no signal…
    Membership.objects.get(user=manager).save()  # …a save does, as the members' screen saves
    manager = type(manager).objects.get(pk=manager.pk)
    assert not community.permissions_for_user(manager).can_edit()
    assert not manager.has_perm("wagtailadmin.access_admin")
    assert Permission.objects.filter(group__user=manager, codename="access_admin").count() == 0


def test_deleting_a_community_takes_its_managers_admin_access_with_it(index):
    community = CommunityPageFactory(parent=index)
    group = CommunityPageFactory(parent=community)
    manager = member_of(community, role="manager")
    member_of(group, role="manager")
    assert manager.has_perm("wagtailadmin.access_admin")
    community.delete()
    manager = type(manager).objects.get(pk=manager.pk)
    assert not manager.has_perm("wagtailadmin.access_admin") and not manager.groups.exists()
