"""With the page cache and the shared data on (as in production): a published comment appears at
once for anonymous readers, a hidden or deleted one disappears at once, a held one reaches no one
but its author; listings count the published comments in one query."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from comments import rules
from comments.models import Comment
from tests.comments.conftest import post_url
from tests.factories import CommentFactory, MemberFactory, NewsPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def anonymous(client, url):
    client.logout()
    client.cookies.clear()
    return client.get(url)


def test_the_anonymous_discussion_is_cached_and_has_no_form_or_token(client, news):
    CommentFactory(page=news, text="Publicado.")
    assert anonymous(client, post_url(news))["X-Page-Cache"] == "miss"
    again = anonymous(client, post_url(news))
    assert again["X-Page-Cache"] == "hit" and "Publicado." in again.content.decode()
    assert "csrfmiddlewaretoken" not in again.content.decode()
    # Kept here (the next change empties it), never by a browser or a CDN that nobody would tell.
    for response in (again, anonymous(client, post_url(news))):
        assert "public" in response["Cache-Control"] and "max-age=0" in response["Cache-Control"]


def test_approved_comment_appears_at_once_and_hidden_one_disappears_at_once(client, news, member, moderator):
    client.force_login(member.user)
    client.post(post_url(news), {"text": "Primera vez aquí."})
    assert "Primera vez aquí." not in anonymous(client, post_url(news)).content.decode()
    assert anonymous(client, post_url(news))["X-Page-Cache"] == "hit"  # the held comment is in no stored page
    comment = Comment.objects.get()
    rules.approve(comment, moderator)
    shown = anonymous(client, post_url(news))
    assert shown["X-Page-Cache"] == "miss" and "Primera vez aquí." in shown.content.decode()
    assert anonymous(client, post_url(news))["X-Page-Cache"] == "hit"
    rules.hide(comment, moderator, "Fuera de tema.")
    gone = anonymous(client, post_url(news))
    assert "Primera vez aquí." not in gone.content.decode()


def test_a_trusted_members_new_comment_appears_at_once_and_a_deleted_one_disappears(client, news, member, moderator):
    CommentFactory(page=news, member=member)
    anonymous(client, post_url(news))  # kept
    client.force_login(member.user)
    client.post(post_url(news), {"text": "Al instante."})
    assert "Al instante." in anonymous(client, post_url(news)).content.decode()
    rules.delete(Comment.objects.get(text="Al instante."), moderator, "Duplicado.")
    assert "Al instante." not in anonymous(client, post_url(news)).content.decode()


def test_a_held_comment_never_reaches_another_members_page(client, news):
    author = MemberFactory()
    CommentFactory(page=news, member=author, state=Comment.HELD, text="Solo para mí.")
    client.force_login(MemberFactory().user)
    assert "Solo para mí." not in client.get(post_url(news)).content.decode()
    client.force_login(author.user)
    mine = client.get(post_url(news))
    assert "Solo para mí." in mine.content.decode() and "private" in mine["Cache-Control"]


def test_listing_cards_count_published_comments_without_a_query_per_card(client, site, settings):
    settings.PAGE_CACHE = False
    settings.DATA_CACHE = False  # the raw path: the count comes in the listing's own query
    index = site.section("news")
    pages = [NewsPageFactory(parent=index, title=f"Noticia contada {n}") for n in range(3)]
    client.get(index.url)
    with CaptureQueriesContext(connection) as before:
        client.get(index.url)
    CommentFactory(page=pages[0])
    reply_to = CommentFactory(page=pages[0])
    CommentFactory(page=pages[0], parent=reply_to)
    CommentFactory(page=pages[1], state=Comment.HELD)
    CommentFactory(page=pages[1], state=Comment.HIDDEN)
    CommentFactory(page=pages[2])
    with CaptureQueriesContext(connection) as after:
        html = client.get(index.url).content.decode()
    assert len(after) == len(before)
    assert "3 comentarios" in html and "1 comentario<" in html
    assert html.count('class="card__comments"') == 2  # none on the page with held and hidden ones only
