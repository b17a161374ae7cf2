"""Posting comments and replies: held first, then published at once; every bad input refused, nothing saved."""

import pytest
from django.core import mail
from wagtail.models import PageViewRestriction

from comments.models import Comment
from tests.comments.conftest import moderators_emailed, post_url
from tests.factories import (
    CommentFactory,
    CountryPageFactory,
    MemberFactory,
    NewsPageFactory,
    ReportFactory,
    SpecialistFactory,
    StandardPageFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def test_a_first_comment_is_held_shown_to_its_author_only_and_moderators_are_told(client, news, member, moderator):
    client.force_login(member.user)
    response = client.post(post_url(news, "fr"), {"text": "Très utile, merci.", "website": ""})
    comment = Comment.objects.get()
    assert comment.state == Comment.HELD and comment.member == member and comment.language == "fr"
    assert response.status_code == 302 and response["Location"].endswith(f"#comment-{comment.pk}")
    page = client.get(response["Location"]).content.decode()
    assert "Très utile, merci." in page
    assert "Awaiting moderation" not in page  # the reader reads in French
    assert "comment--held" in page
    assert "moises@example.org" in moderators_emailed(mail.outbox, moderator)
    client.logout()
    client.cookies.clear()
    assert "Très utile, merci." not in client.get(post_url(news)).content.decode()
    other = MemberFactory()
    client.force_login(other.user)
    assert "Très utile, merci." not in client.get(post_url(news)).content.decode()


def test_held_comment_is_marked_awaiting_moderation_in_the_readers_language(client, site, member):
    page = NewsPageFactory(parent=site.section("news", "fr"), title="Nouvelle loi")
    client.force_login(member.user)
    client.post(post_url(page, "fr"), {"text": "Bonne nouvelle."})
    html = client.get(post_url(page, "fr")).content.decode()
    assert "En attente de modération" in html and "Bonne nouvelle." in html


def test_once_a_comment_was_approved_the_next_ones_are_published_at_once_and_the_owner_is_told(client, site, member):
    country = CountryPageFactory(parent=site.section("countries"), title="Uruguay", iso_code="UY")
    owner = SpecialistFactory(owns=[country], email="owner@example.org")
    CommentFactory(page=country, member=member, state=Comment.PUBLISHED)
    client.force_login(member.user)
    client.post(post_url(country), {"text": "Un dato más sobre Uruguay."})
    comment = Comment.objects.latest("pk")
    assert comment.state == Comment.PUBLISHED
    assert [message.to for message in mail.outbox] == [[owner.email]]
    assert country.url in mail.outbox[0].body
    client.logout()
    assert "Un dato más sobre Uruguay." in client.get(post_url(country)).content.decode()


def test_a_member_whose_comment_is_reported_or_was_hidden_is_held_again(client, news, member):
    published = CommentFactory(page=news, member=member)
    ReportFactory(comment=published)
    client.force_login(member.user)
    client.post(post_url(news), {"text": "Otro comentario."})
    assert Comment.objects.latest("pk").state == Comment.HELD
    published.reports.update(resolved=True)
    CommentFactory(page=news, member=member, state=Comment.HIDDEN)
    client.post(post_url(news), {"text": "Y otro más."})
    assert Comment.objects.latest("pk").state == Comment.HELD


def test_a_reply_goes_in_the_thread_of_its_comment(client, news, member):
    CommentFactory(page=news, member=member)  # trusted
    first = CommentFactory(page=news, text="¿Desde cuándo rige?")
    CommentFactory(page=news, text="Segundo hilo.")
    client.force_login(member.user)
    client.post(post_url(news), {"text": "Desde enero.", "parent": first.pk})
    reply = Comment.objects.get(text="Desde enero.")
    assert reply.parent == first and reply.state == Comment.PUBLISHED
    html = client.get(post_url(news)).content.decode()
    assert html.index("¿Desde cuándo rige?") < html.index("Desde enero.") < html.index("Segundo hilo.")


def test_anonymous_reader_is_sent_to_log_in_and_comes_back_to_the_comments(client, news):
    response = client.post(post_url(news), {"text": "Hola"})
    assert response.status_code == 302
    assert response["Location"].startswith("/es/accounts/login/?next=")
    assert response["Location"].endswith(f"?next={post_url(news)}%23comments")
    assert not Comment.objects.exists()
    html = client.get(post_url(news)).content.decode()
    assert "Iniciar sesión para comentar" in html and "csrfmiddlewaretoken" not in html
    assert f'?next={post_url(news).replace("/", "%2F")}"' in html


def test_the_page_links_to_its_discussion_at_no_query_cost(client, news):
    CommentFactory(page=news, text="Sólo en la discusión.")
    html = client.get(news.url).content.decode()
    assert f'data-comments-url="{post_url(news)}"' in html and f'href="{post_url(news)}"' in html
    assert "Sólo en la discusión." not in html and "comments.js" in html


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": ""}, "Escriba su comentario."),
        ({"text": "   <p> </p>  "}, "Escriba su comentario."),
        ({"text": "x" * 3001}, "Su comentario es demasiado largo"),
        ({"text": "Compre ya", "website": "http://spam.example"}, "un campo que debe quedar vacío"),
    ],
    ids=["empty", "only-markup", "too-long", "honeypot"],
)
def test_bad_input_is_refused_with_a_clear_message_and_nothing_saved(client, news, member, data, message):
    client.force_login(member.user)
    response = client.post(post_url(news), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Comment.objects.exists()
    assert not mail.outbox


def test_html_is_removed_and_links_are_made_safe(client, news, member):
    CommentFactory(page=news, member=member)  # trusted: published at once
    client.force_login(member.user)
    text = '<script>alert(1)</script><b>Ver</b> https://www.ilo.org/informe y <a href="javascript:alert(2)">esto</a>'
    client.post(post_url(news), {"text": text})
    comment = Comment.objects.latest("pk")
    assert "<" not in comment.text
    client.logout()
    html = client.get(post_url(news)).content.decode()
    assert "<script>alert(1)" not in html and "javascript:alert" not in html
    assert '<a href="https://www.ilo.org/informe" rel="nofollow noopener">' in html


def test_pages_that_take_no_comments_refuse_them(client, site, member):
    page = StandardPageFactory(parent=site.home(), title="Acerca de")
    client.force_login(member.user)
    response = client.post(post_url(page), {"text": "Hola"})
    assert response.status_code == 400 and "Esta página no admite comentarios." in response.content.decode()
    assert not Comment.objects.exists()
    assert 'id="comments"' not in client.get(post_url(page, "fr")).content.decode()


def test_a_draft_page_takes_no_comments(client, site, member):
    draft = NewsPageFactory(parent=site.section("news"), live=False)
    client.force_login(member.user)
    response = client.post(post_url(draft), {"text": "Hola"})
    assert response.status_code == 404 and "no está publicada" in response.content.decode()
    assert not Comment.objects.exists()
    assert client.get(post_url(draft)).status_code == 404


def test_a_page_under_a_restriction_takes_no_comments_and_hides_them_from_outsiders(client, news, member):
    CommentFactory(page=news, text="Comentario antiguo.")
    PageViewRestriction.objects.create(page=news, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(member.user)
    response = client.post(post_url(news), {"text": "Hola"})
    assert response.status_code == 403 and "acceso restringido" in response.content.decode()
    assert Comment.objects.count() == 1
    readers = client.get(post_url(news))
    html = readers.content.decode()
    assert "Comentario antiguo." in html and 'name="text"' not in html  # the page's readers: no form
    assert "private" in readers["Cache-Control"]
    client.logout()
    outsider = client.get(post_url(news))
    assert outsider.status_code == 302 and "/accounts/login/" in outsider["Location"]
    assert "Comentario antiguo." not in outsider.content.decode()


def test_replying_to_a_reply_is_refused(client, news, member):
    first = CommentFactory(page=news)
    reply = CommentFactory(page=news, parent=first)
    client.force_login(member.user)
    response = client.post(post_url(news), {"text": "Respuesta", "parent": reply.pk})
    assert response.status_code == 400 and "no a una respuesta" in response.content.decode()
    assert Comment.objects.count() == 2


def test_replying_to_a_hidden_comment_or_one_of_another_page_is_refused(client, site, news, member):
    hidden = CommentFactory(page=news, state=Comment.HIDDEN)
    elsewhere = CommentFactory(page=NewsPageFactory(parent=site.section("news")))
    client.force_login(member.user)
    for parent in (hidden, elsewhere):
        response = client.post(post_url(news), {"text": "Respuesta", "parent": parent.pk})
        assert response.status_code == 400
    assert Comment.objects.count() == 2


def test_rate_limit_per_member(client, news, member, settings):
    settings.RATE_LIMITS = {"comment": "2/h"}
    client.force_login(member.user)
    for number in range(2):
        assert client.post(post_url(news), {"text": f"Comentario {number}"}).status_code == 302
    refused = client.post(post_url(news), {"text": "Uno más"})
    assert refused.status_code == 429 and "Retry-After" in refused
    assert Comment.objects.count() == 2


def test_rate_limit_per_address_across_members(client, news, settings):
    settings.RATE_LIMITS = {"comment": "2/h"}
    for number in range(2):
        client.force_login(MemberFactory().user)
        assert client.post(post_url(news), {"text": f"Comentario {number}"}).status_code == 302
    client.force_login(MemberFactory().user)
    assert client.post(post_url(news), {"text": "Uno más"}).status_code == 429
    assert Comment.objects.count() == 2


def test_threads_are_paginated_in_the_order_written(client, news, settings):
    settings.COMMENTS_PER_PAGE = 2
    for number in range(5):
        CommentFactory(page=news, text=f"Hilo {number}.")
    first = client.get(post_url(news)).content.decode()
    assert "Hilo 0." in first and "Hilo 1." in first and "Hilo 2." not in first
    assert "?comments=2#comments" in first
    last = client.get(post_url(news) + "?comments=3").content.decode()
    assert "Hilo 4." in last and "Hilo 0." not in last and "Página 3 de 3" in last


def test_a_new_comment_lands_on_the_page_of_threads_that_shows_it(client, news, member, settings):
    settings.COMMENTS_PER_PAGE = 2
    CommentFactory(page=news, member=member)
    for number in range(3):
        CommentFactory(page=news, text=f"Hilo {number}.")
    client.force_login(member.user)
    response = client.post(post_url(news), {"text": "El último."})
    comment = Comment.objects.latest("pk")
    assert response["Location"] == f"{post_url(news)}?comments=3#comment-{comment.pk}"
    assert "El último." in client.get(response["Location"]).content.decode()
