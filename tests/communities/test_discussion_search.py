"""Search inside a community: its members find its discussions; no one else, whatever the privacy."""

import pytest

from communities.models import Post, Thread
from tests.factories import CommunityPageFactory, MemberFactory, member_of

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture
def community(index):
    community = CommunityPageFactory(parent=index, access="semi-private", title="Pensiones")
    pensions = Thread.objects.create(community=community, title="Reforma de pensiones", body="Edad de retiro")
    Post.objects.create(thread=pensions, body="En Uruguay se discute la capitalización.")
    Thread.objects.create(community=community, title="Salud", body="Cobertura universal")
    return community


def search(client, community, query):
    return client.get(f"{community.url}discussions/search/", {"q": query})


def test_members_find_discussions_by_title_text_or_reply(client, community, index):
    other = CommunityPageFactory(parent=index, access="open", title="Otra")
    Thread.objects.create(community=other, title="Reforma en otra comunidad", body="Capitalización")
    client.force_login(member_of(community))
    page = client.get(community.url).content.decode()
    assert f'action="{community.url}discussions/search/"' in page  # the search box on the discussions

    found = search(client, community, "REFORMA")
    html = found.content.decode()
    assert found.status_code == 200 and found["Cache-Control"] == "private, no-cache"
    assert "Reforma de pensiones" in html and "Salud" not in html and "otra comunidad" not in html
    assert "Reforma de pensiones" in search(client, community, "uruguay capitalización").content.decode()  # a reply
    assert "Salud" in search(client, community, "cobertura").content.decode()
    nothing = search(client, community, "reforma salud").content.decode()  # every word must appear
    assert "Ningún debate de esta comunidad menciona «reforma salud»." in nothing


def test_bad_queries_say_what_is_wrong(client, community):
    client.force_login(member_of(community, language="fr"))
    short = search(client, community, " a ")
    assert short.status_code == 400 and "al menos dos caracteres" in short.content.decode()
    long = search(client, community, "x" * 201)
    assert long.status_code == 400 and "200 caracteres" in long.content.decode()
    assert search(client, community, "").status_code == 400


@pytest.mark.parametrize("access", ["semi-private", "open"])
def test_non_members_never_search_a_community(client, index, access):
    community = CommunityPageFactory(parent=index, access=access)
    Thread.objects.create(community=community, title="Secreto compartido", body="Texto")
    anonymous = search(client, community, "secreto")
    assert anonymous.status_code == 302 and "Secreto" not in anonymous.content.decode()
    for user in (MemberFactory().user, member_of(community, state="pending")):
        client.force_login(user)
        refused = search(client, community, "secreto")
        html = refused.content.decode()
        assert refused.status_code == 403 and "Secreto" not in html
        assert "Solo los miembros de esta comunidad pueden buscar" in html
        assert "discussions/search/" not in client.get(community.url).content.decode()  # no search box
