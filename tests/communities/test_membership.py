"""Joining, leaving, the managers' members screen and invitations by email, with the bad inputs."""

import re

import pytest
from django.core import mail
from django.test import override_settings

from communities import privacy
from communities.models import Invitation, Membership
from tests.factories import CommunityPageFactory, MemberFactory, member_of

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

LINK = re.compile(r"http://testserver(\S+)")


def in_group(user, community):
    return user.groups.filter(pk=privacy.group_for(community).pk).exists()


def state(user, community):
    membership = Membership.objects.filter(user=user, community=community.canonical()).first()
    return membership and membership.state


def test_joining_a_public_community_admits_at_once(client, index):
    community = CommunityPageFactory(parent=index, access="public")
    reader = MemberFactory().user
    client.force_login(reader)
    response = client.post(f"{community.url}join/", follow=True)
    assert "Bienvenido: ahora es miembro de esta comunidad." in response.content.decode()
    assert state(reader, community) == "active" and in_group(reader, community)
    assert "Salir de la comunidad" in response.content.decode()


def test_a_semi_private_request_is_approved_and_the_member_told_in_their_language(client, index, commit):
    community = CommunityPageFactory(parent=index, access="semi-private", title="Infancia")
    manager = member_of(community, role="manager", language="fr")
    reader = MemberFactory(language="en").user
    client.force_login(reader)
    with commit():
        response = client.post(f"{community.url}join/", follow=True)
    assert "Su solicitud se ha enviado a los administradores" in response.content.decode()
    assert state(reader, community) == "pending" and not in_group(reader, community)
    [to_manager] = mail.outbox
    assert to_manager.to == [manager.email]
    assert "Une demande pour rejoindre « Infancia »" in to_manager.subject  # the manager's language
    assert f"{community.url}members/" in to_manager.body
    # Asking again changes nothing.
    with commit():
        client.post(f"{community.url}join/")
    assert len(mail.outbox) == 1

    membership = Membership.objects.get(user=reader)
    client.force_login(manager)
    screen = client.get(f"{community.url}members/")
    assert screen.status_code == 200 and reader.email in screen.content.decode()
    assert "private" in screen["Cache-Control"]
    with commit():
        client.post(f"{community.url}members/", {"action": "approve", "membership": membership.pk})
    assert state(reader, community) == "active" and in_group(reader, community)
    to_member = mail.outbox[-1]
    assert to_member.to == [reader.email] and "Welcome to “Infancia”" in to_member.subject
    # Answering twice is refused, without a change.
    again = client.post(f"{community.url}members/", {"action": "refuse", "membership": membership.pk})
    assert again.status_code == 409 and state(reader, community) == "active"


def test_a_refused_request_is_removed_and_the_member_told(client, index, commit):
    community = CommunityPageFactory(parent=index, access="semi-private", title="Salud")
    manager = member_of(community, role="manager")
    reader = member_of(community, state="pending", language="fr")
    client.force_login(manager)
    membership = Membership.objects.get(user=reader)
    with commit():
        client.post(f"{community.url}members/", {"action": "refuse", "membership": membership.pk})
    assert state(reader, community) is None and not in_group(reader, community)
    assert "Votre demande pour rejoindre « Salud »" in mail.outbox[-1].subject


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"access": "private"}, "Esta comunidad es solo por invitación"),
        ({"access": "public", "archived": True}, "Esta comunidad está archivada"),
    ],
)
def test_joining_a_private_or_archived_community_is_refused(client, index, fields, message):
    community = CommunityPageFactory(parent=index, **fields)
    reader = MemberFactory().user
    client.force_login(reader)
    page = client.get(community.url).content.decode()
    assert f"{community.url}join/" not in page
    response = client.post(f"{community.url}join/")
    assert response.status_code == 403 and message in response.content.decode()
    assert state(reader, community) is None


def test_a_hidden_community_cannot_be_reached_to_join(client, index):
    community = CommunityPageFactory(parent=index, access="public", hidden=True)
    client.force_login(MemberFactory().user)
    response = client.post(f"{community.url}join/")
    assert response.status_code == 404  # a hidden community is not there for non-members
    assert not Membership.objects.filter(community=community).exists()


def test_anonymous_readers_are_asked_to_sign_in_to_join(client, index):
    community = CommunityPageFactory(parent=index, access="public")
    response = client.post(f"{community.url}join/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_working_group_is_joined_only_by_members_of_its_community(client, index):
    community = CommunityPageFactory(parent=index, access="open")
    group = CommunityPageFactory(parent=community, access="public", title="Grupo")
    outsider = MemberFactory().user
    client.force_login(outsider)
    assert client.post(f"{group.url}join/").status_code == 302  # the group's page is closed to them
    member = member_of(community)
    client.force_login(member)
    client.post(f"{group.url}join/")
    assert state(member, group) == "active" and in_group(member, group)
    # Leaving the community leaves its working groups too.
    client.post(f"{community.url}leave/")
    assert state(member, community) is None and state(member, group) is None
    assert not in_group(member, group)


def test_non_managers_cannot_use_the_members_screen(client, index):
    community = CommunityPageFactory(parent=index, access="semi-private")
    member = member_of(community)
    pending = member_of(community, state="pending")
    assert client.get(f"{community.url}members/")["Location"].startswith("/es/accounts/login/")
    client.force_login(member)
    assert client.get(f"{community.url}members/").status_code == 403
    response = client.post(
        f"{community.url}members/", {"action": "approve", "membership": Membership.objects.get(user=pending).pk}
    )
    assert response.status_code == 403
    assert "Solo los administradores de esta comunidad pueden gestionar sus miembros." in response.content.decode()
    assert state(pending, community) == "pending"


def test_managers_make_managers_and_a_community_keeps_one(client, index):
    community = CommunityPageFactory(parent=index)
    manager = member_of(community, role="manager")
    member = member_of(community)
    client.force_login(manager)
    mine = Membership.objects.get(user=manager)
    refused = client.post(f"{community.url}members/", {"action": "remove", "membership": mine.pk})
    assert refused.status_code == 403 and "al menos un administrador" in refused.content.decode()
    assert client.post(f"{community.url}leave/").status_code == 403
    theirs = Membership.objects.get(user=member)
    client.post(f"{community.url}members/", {"action": "make_manager", "membership": theirs.pk})
    assert Membership.objects.get(user=member).role == "manager"
    client.post(f"{community.url}leave/")
    assert state(manager, community) is None
    client.force_login(member)
    assert client.get(f"{community.url}members/").status_code == 200


def test_managers_remove_members(client, index):
    community = CommunityPageFactory(parent=index)
    manager = member_of(community, role="manager")
    member = member_of(community)
    client.force_login(manager)
    client.post(f"{community.url}members/", {"action": "remove", "membership": Membership.objects.get(user=member).pk})
    assert state(member, community) is None and not in_group(member, community)


def invite(client, community, emails, commit):
    with commit():
        return client.post(f"{community.url}members/", {"action": "invite", "emails": emails})


def test_invitations_by_email_admit_the_invited_account(client, index, commit):
    community = CommunityPageFactory(parent=index, access="private", hidden=True, title="Grupo interno")
    manager = member_of(community, role="manager")
    invited = MemberFactory(language="fr").user
    client.force_login(manager)
    bad = invite(client, community, f"{invited.email}, not-an-address", commit)
    assert bad.status_code == 200 and "Estas no son direcciones de correo electrónico: not-an-address" in (
        bad.content.decode()
    )
    assert not Invitation.objects.exists() and not mail.outbox  # nothing half-sent

    invite(client, community, f"{invited.email}\nnueva@example.org", commit)
    assert Invitation.objects.count() == 2 and len(mail.outbox) == 2
    assert state(invited, community) == "invited"
    message = next(m for m in mail.outbox if m.to == [invited.email])
    assert "Una invitación para unirse a «Grupo interno»" in message.subject  # the inviting manager's language
    [path] = LINK.findall(message.body)

    client.force_login(invited)
    assert client.get(community.url).status_code == 404  # hidden: not there until they accept
    page = client.get(path)
    assert page.status_code == 200 and "Grupo interno" in page.content.decode()
    client.post(path)
    assert state(invited, community) == "active" and in_group(invited, community)
    assert client.get(community.url).status_code == 200
    assert Invitation.objects.get(email=invited.email).accepted_at is not None


def test_a_changed_link_an_expired_or_a_withdrawn_invitation_and_another_account(client, index, commit):
    community = CommunityPageFactory(parent=index, access="private")
    manager = member_of(community, role="manager")
    invited = MemberFactory().user
    client.force_login(manager)
    invite(client, community, invited.email, commit)
    [path] = LINK.findall(mail.outbox[-1].body)

    client.force_login(MemberFactory().user)
    other = client.post(path)
    assert other.status_code == 403 and "Esta invitación se envió a otra dirección" in other.content.decode()

    client.force_login(invited)
    changed = client.get(path[:-3] + "xx/")
    assert changed.status_code == 400 and "Este enlace de invitación no es válido" in changed.content.decode()
    with override_settings(COMMUNITY_INVITATION_DAYS=-1):
        expired = client.post(path)
    assert expired.status_code == 410 and "Esta invitación ha caducado" in expired.content.decode()
    assert state(invited, community) == "invited"

    client.force_login(manager)
    client.post(f"{community.url}members/", {"action": "withdraw", "invitation": Invitation.objects.get().pk})
    client.force_login(invited)
    assert client.post(path).status_code == 410
    assert state(invited, community) == "invited"


def test_a_pending_member_withdraws_their_request(client, index):
    community = CommunityPageFactory(parent=index, access="semi-private")
    pending = member_of(community, state="pending")
    client.force_login(pending)
    response = client.post(f"{community.url}leave/", follow=True)
    assert "Su solicitud para unirse se ha retirado." in response.content.decode()
    assert state(pending, community) is None
