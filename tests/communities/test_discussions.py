"""Discussions (threads, replies, followers' emails, editing, moderation) and announcements."""

import pytest
from django.core import mail

from communities.models import Announcement, Post, Thread
from tests.factories import CommunityPageFactory, MemberFactory, member_of

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture
def community(index):
    return CommunityPageFactory(parent=index, access="public", title="Protección social")


def start(client, community, title="Transferencias", body="¿Qué experiencias tienen?"):
    return client.post(f"{community.url}discussions/new/", {"title": title, "body": body})


def test_a_member_starts_a_discussion_and_followers_hear_of_replies_in_their_language(client, community, commit):
    author = member_of(community, language="fr")
    replier = member_of(community, language="es")
    quiet = member_of(community, language="en")
    client.force_login(author)
    response = start(client, community, body="<b>Hola</b> https://example.org/informe")
    thread = Thread.objects.get(community=community)
    assert response["Location"] == f"{community.url}discussions/{thread.pk}/"
    assert thread.body == "Hola https://example.org/informe"  # plain text
    page = client.get(response["Location"]).content.decode()
    assert 'href="https://example.org/informe" rel="nofollow"' in page

    client.force_login(replier)
    with commit():
        client.post(f"{community.url}discussions/{thread.pk}/", {"body": "En Ecuador, sí."})
    [message] = mail.outbox
    assert message.to == [author.email]  # the follower; not the replier, not a member who does not follow
    assert "Nouvelle réponse dans « Transferencias »" in message.subject
    assert "En Ecuador, sí." in message.body and f"/discussions/{thread.pk}/" in message.body
    # The replier now follows; a reply by the author reaches the replier only.
    client.force_login(author)
    with commit():
        client.post(f"{community.url}discussions/{thread.pk}/", {"body": "Gracias."})
    assert [m.to for m in mail.outbox[1:]] == [[replier.email]]
    assert "Nueva respuesta en «Transferencias»" in mail.outbox[1].subject
    assert quiet.email not in [address for m in mail.outbox for address in m.to]


def test_following_can_be_stopped(client, community, commit):
    author = member_of(community)
    client.force_login(author)
    start(client, community)
    thread = Thread.objects.get(community=community)
    client.post(f"{community.url}follow/{thread.pk}/")
    assert not thread.followers.filter(pk=author.pk).exists()
    client.force_login(member_of(community))
    with commit():
        client.post(f"{community.url}discussions/{thread.pk}/", {"body": "Respuesta."})
    assert Post.objects.filter(thread__community=community).count() == 1 and not mail.outbox


def test_empty_posts_are_refused_and_nothing_saved(client, community):
    client.force_login(member_of(community))
    response = start(client, community, title="  ", body="<p></p>")
    assert response.status_code == 400 and "Este campo no puede estar vacío." in response.content.decode()
    assert not Thread.objects.filter(community=community).exists()


def test_only_members_post(client, community):
    outsider = MemberFactory().user
    pending = member_of(community, state="pending")
    thread = Thread.objects.create(community=community, title="Hilo", body="Texto")
    for user in (outsider, pending):
        client.force_login(user)
        refused = start(client, community)
        assert refused.status_code == 403
        assert "Solo los miembros de esta comunidad pueden publicar" in refused.content.decode()
        assert client.post(f"{community.url}discussions/{thread.pk}/", {"body": "x"}).status_code == 403
    assert (
        Thread.objects.filter(community=community).count() == 1
        and not Post.objects.filter(thread__community=community).exists()
    )


def test_an_open_community_is_read_by_anyone_but_not_written(client, index):
    community = CommunityPageFactory(parent=index, access="open")
    thread = Thread.objects.create(community=community, title="Hilo abierto", body="Texto abierto")
    page = client.get(f"{community.url}discussions/{thread.pk}/")
    assert page.status_code == 200 and "Texto abierto" in page.content.decode()
    assert "Iniciar sesión para participar" in page.content.decode()
    assert "csrfmiddlewaretoken" not in page.content.decode()
    response = client.post(f"{community.url}discussions/{thread.pk}/", {"body": "Anónimo"})
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert not Post.objects.filter(thread__community=community).exists()


def test_authors_edit_and_delete_their_own_posts_only(client, community):
    author = member_of(community)
    other = member_of(community)
    thread = Thread.objects.create(community=community, title="Hilo", body="Texto", author=author)
    post = Post.objects.create(thread=thread, body="Primera versión", author=author)
    client.force_login(other)
    assert client.post(f"{community.url}edit-post/{post.pk}/", {"body": "Cambiado"}).status_code == 403
    assert client.post(f"{community.url}delete-post/{post.pk}/").status_code == 403
    assert client.post(f"{community.url}edit-thread/{thread.pk}/", {"title": "X", "body": "Y"}).status_code == 403
    client.force_login(author)
    client.post(f"{community.url}edit-post/{post.pk}/", {"body": "Segunda versión"})
    post.refresh_from_db()
    assert post.body == "Segunda versión" and post.edited_at is not None
    client.post(f"{community.url}delete-post/{post.pk}/")
    assert not Post.objects.filter(thread__community=community).exists()
    client.post(f"{community.url}delete-thread/{thread.pk}/")
    assert not Thread.objects.filter(community=community).exists()


def test_managers_moderate(client, community):
    manager = member_of(community, role="manager")
    author = member_of(community)
    thread = Thread.objects.create(community=community, title="Hilo", body="Texto", author=author)
    post = Post.objects.create(thread=thread, body="Fuera de tema", author=author)
    client.force_login(manager)
    page = client.get(f"{community.url}discussions/{thread.pk}/").content.decode()
    assert f"delete-post/{post.pk}/" in page and f"edit-post/{post.pk}/" not in page
    assert client.post(f"{community.url}edit-post/{post.pk}/", {"body": "Cambiado"}).status_code == 403
    client.post(f"{community.url}delete-post/{post.pk}/")
    client.post(f"{community.url}delete-thread/{thread.pk}/")
    assert not Thread.objects.filter(community=community).exists()


def test_nobody_posts_in_an_archived_community(client, index):
    community = CommunityPageFactory(parent=index, access="open", archived=True)
    member = member_of(community)
    thread = Thread.objects.create(community=community, title="Hilo", body="Texto", author=member)
    client.force_login(member)
    refused = start(client, community)
    assert refused.status_code == 403 and "Esta comunidad está archivada" in refused.content.decode()
    assert client.post(f"{community.url}discussions/{thread.pk}/", {"body": "x"}).status_code == 403
    assert client.get(f"{community.url}discussions/{thread.pk}/").status_code == 200  # still readable


def test_a_thread_of_another_community_is_not_found_here(client, index, community):
    other = CommunityPageFactory(parent=index, access="open")
    thread = Thread.objects.create(community=other, title="Hilo", body="Texto")
    client.force_login(member_of(community))
    assert client.get(f"{community.url}discussions/{thread.pk}/").status_code == 404


def test_managers_announce_to_every_member_in_their_language(client, community, commit):
    manager = member_of(community, role="manager", language="es")
    french = member_of(community, language="fr")
    english = member_of(community, language="en")
    pending = member_of(community, state="pending")
    client.force_login(french)
    assert client.post(f"{community.url}announce/", {"title": "T", "body": "B"}).status_code == 403
    client.force_login(manager)
    with commit():
        client.post(f"{community.url}announce/", {"title": "Seminario el 24 de mayo", "body": "Inscríbanse."})
    assert Announcement.objects.filter(community=community).count() == 1
    by_address = {m.to[0]: m for m in mail.outbox}
    assert set(by_address) == {manager.email, french.email, english.email}
    assert pending.email not in by_address
    assert "Annonce dans « Protección social »" in by_address[french.email].subject
    assert "Announcement in “Protección social”" in by_address[english.email].subject
    client.force_login(english)
    assert "Seminario el 24 de mayo" in client.get(community.url).content.decode()
