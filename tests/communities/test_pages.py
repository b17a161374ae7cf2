"""The community page types: the tree, translations, the first manager, restrictions kept in step."""

import pytest
from wagtail.models import PageViewRestriction

from communities import privacy
from communities.models import CommunityIndexPage, CommunityPage, CommunitySubPage, Membership
from home.models import HomePage
from tests.factories import (
    CommunityPageFactory,
    CommunitySubPageFactory,
    MemberFactory,
    member_of,
    translate,
)

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def test_the_tree():
    assert CommunityIndexPage in HomePage.clean_subpage_models()
    assert CommunityIndexPage.clean_subpage_models() == [CommunityPage]
    assert set(CommunityPage.clean_subpage_models()) == {CommunityPage, CommunitySubPage}
    assert set(CommunitySubPage.clean_parent_page_models()) == {CommunityPage, CommunitySubPage}


def test_a_working_group_has_no_working_groups_of_its_own(index):
    community = CommunityPageFactory(parent=index)
    group = CommunityPageFactory(parent=community)
    assert CommunityPage.can_create_at(index)
    assert CommunityPage.can_create_at(community)
    assert not CommunityPage.can_create_at(group)
    assert CommunitySubPage.can_create_at(group)


def group_sets(page):
    return {
        frozenset(r.groups.values_list("name", flat=True))
        for r in PageViewRestriction.objects.filter(page=page, restriction_type=PageViewRestriction.GROUPS)
    }


def test_a_hidden_community_is_closed_in_every_language(client, index):
    community = CommunityPageFactory(parent=index, access="open", hidden=True, title="Interna")
    english = translate(community, "en", title="Internal")
    member = member_of(community)
    name = privacy.group_for(community).name
    assert group_sets(community) == group_sets(english) == {frozenset([name])}
    assert english.canonical() == community
    assert client.get(english.url).status_code == 404  # not even "sign in to see it"
    client.force_login(member)
    response = client.get(english.url)
    assert response.status_code == 200 and "Internal" in response.content.decode()
    assert "private" in response["Cache-Control"]


def test_changing_the_privacy_opens_and_closes_the_sub_pages(index):
    community = CommunityPageFactory(parent=index, access="public")
    sub = CommunitySubPageFactory(parent=community)
    deeper = CommunitySubPageFactory(parent=sub)
    name = privacy.group_for(community).name
    assert group_sets(sub) == {frozenset([name])} and group_sets(deeper) == set()  # inherited from above
    community.access = "open"
    community.save_revision().publish()
    assert group_sets(sub) == set()
    community.access = "private"
    community.hidden = True
    community.save_revision().publish()
    assert group_sets(community) == group_sets(sub) == {frozenset([name])}


def test_restrictions_set_by_editors_are_left_alone(index):
    community = CommunityPageFactory(parent=index, access="open")
    sub = CommunitySubPageFactory(parent=community)
    PageViewRestriction.objects.create(page=sub, restriction_type=PageViewRestriction.LOGIN)
    community.access = "public"
    community.save_revision().publish()
    assert PageViewRestriction.objects.filter(page=sub).count() == 2


def test_the_group_holds_the_active_members_only(index):
    community = CommunityPageFactory(parent=index)
    active = member_of(community)
    pending = member_of(community, state="pending")
    group = privacy.group_for(community)
    assert set(group.user_set.all()) == {active}
    membership = Membership.objects.get(user=pending)
    membership.activate()
    membership.save()
    assert set(group.user_set.all()) == {active, pending}
    Membership.objects.get(user=active).delete()
    assert set(group.user_set.all()) == {pending}


def test_the_creator_becomes_the_first_manager(index):
    creator = MemberFactory().user
    community = CommunityPageFactory(parent=index, owner=creator)
    membership = Membership.objects.get(community=community)
    assert membership.user == creator and membership.is_manager


def test_the_page_is_renderable_in_three_languages(client, index):
    community = CommunityPageFactory(parent=index, title="Infancia", access="open")
    french = translate(community, "fr", title="Enfance", overview="<p>Coopération Sud-Sud.</p>")
    response = client.get(french.url)
    text = response.content.decode()
    assert response.status_code == 200
    assert "Note conceptuelle" in text and "Coopération Sud-Sud." in text and "Ouverte" in text
    assert client.get(index.get_translation(french.locale).url).status_code == 200


def test_deleting_a_community_deletes_its_memberships_and_discussions(index):
    from communities.models import Thread

    community = CommunityPageFactory(parent=index)
    group = CommunityPageFactory(parent=community)
    member = member_of(community)
    member_of(group, role="manager")
    Thread.objects.create(community=community, title="Hilo", body="Texto", author=member)
    pks = [community.pk, group.pk]
    community.delete()
    assert not Membership.objects.filter(community__in=pks).exists()
    assert not Thread.objects.filter(community__in=pks).exists()
    assert not member.groups.exists()


def test_an_editor_creates_a_community_in_the_admin_and_becomes_its_first_manager(admin_client, admin_user, index):
    from django.urls import reverse
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    url = reverse("wagtailadmin_pages:add", args=("communities", "communitypage", index.pk))
    data = nested_form_data(
        {
            "title": "Protección social con perspectiva de género",
            "slug": "genero",
            "overview": rich_text("<p>Igualdad de género.</p>"),
            "purpose": rich_text("<p>Seminarios y foros.</p>"),
            "participation": rich_text("<p>Un seminario cada dos meses.</p>"),
            "timeline": streamfield([("period", {"period": "Marzo de 2027", "activities": "Diseño de la comunidad"})]),
            "access": "semi-private",
            "action-publish": "publish",
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    community = CommunityPage.objects.get(slug="genero", locale=index.locale)
    assert community.live and community.timeline[0].value["period"] == "Marzo de 2027"
    # Its places in the English and French trees (locale synchronisation) share its members.
    versions = CommunityPage.objects.filter(translation_key=community.translation_key)
    assert versions.count() == 3 and {page.canonical() for page in versions} == {community}
    membership = Membership.objects.get(community=community)
    assert membership.user == admin_user and membership.is_manager
