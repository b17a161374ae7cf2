"""A member's comments in their data download and when they delete their account."""

import json

import pytest

from comments.models import Comment
from tests.comments.conftest import post_url
from tests.factories import CommentFactory

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def test_the_data_download_holds_the_members_comments(client, news, member):
    CommentFactory(page=news, member=member, text="Mi comentario.", state=Comment.HIDDEN, reason="Fuera de tema.")
    client.force_login(member.user)
    data = json.loads(client.get("/es/members/profile/data.json").content)
    assert [(c["text"], c["state"], c["reason_for_hiding"]) for c in data["comments"]] == [
        ("Mi comentario.", "hidden", "Fuera de tema.")
    ]
    assert data["comments"][0]["address"] == news.full_url


def test_deleting_the_account_keeps_comments_as_a_former_members(client, news, member):
    comment = CommentFactory(page=news, member=member, text="Queda.")
    client.force_login(member.user)
    client.post("/es/members/profile/delete/", {"contributions": "keep", "password": "pw"})
    comment.refresh_from_db()
    assert comment.member is None
    assert "antiguo miembro" in client.get(post_url(news)).content.decode()


def test_deleting_the_account_and_contributions_removes_comments_and_their_replies(client, news, member):
    comment = CommentFactory(page=news, member=member)
    CommentFactory(page=news, parent=comment)
    kept = CommentFactory(page=news)
    client.force_login(member.user)
    client.post("/es/members/profile/delete/", {"contributions": "remove", "password": "pw"})
    assert list(Comment.objects.all()) == [kept]
