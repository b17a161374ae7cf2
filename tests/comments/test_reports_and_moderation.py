"""Reports by readers and the Moderators' queue in the admin: approve, keep, hide, delete, with reasons."""

import pytest
from django.core import mail

from comments.models import Comment, Report
from tests.comments.conftest import moderators_emailed
from tests.factories import (
    CommentFactory,
    EditorFactory,
    MemberFactory,
    ReportFactory,
    SpecialistFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def report_url(comment, language="es"):
    return f"/{language}/comments/{comment.pk}/report/"


def review_url(comment):
    return f"/admin/reader-comments/{comment.pk}/"


def test_a_member_reports_a_comment_and_the_moderators_are_told(client, news, member, moderator):
    comment = CommentFactory(page=news, text="Visiten mi tienda.")
    client.force_login(member.user)
    form = client.get(report_url(comment))
    assert form.status_code == 200 and "Visiten mi tienda." in form.content.decode()
    done = client.post(report_url(comment), {"reason": "Publicidad"})
    assert done.status_code == 200 and "Gracias" in done.content.decode()
    report = Report.objects.get()
    assert report.comment == comment and report.member == member and not report.resolved
    assert "moises@example.org" in moderators_emailed(mail.outbox, moderator)
    again = client.post(report_url(comment), {"reason": "Publicidad otra vez"})
    assert "Ya ha señalado este comentario" in again.content.decode()
    assert Report.objects.count() == 1


def test_an_anonymous_reader_may_report_too_but_not_with_an_empty_reason_or_the_honeypot(client, news):
    comment = CommentFactory(page=news)
    assert client.post(report_url(comment), {"reason": " "}).status_code == 400
    assert client.post(report_url(comment), {"reason": "Spam", "website": "x"}).status_code == 400
    assert not Report.objects.exists()
    client.post(report_url(comment), {"reason": "Insultos"})
    assert Report.objects.get().member is None


def test_held_hidden_and_restricted_comments_cannot_be_reported(client, news):
    from wagtail.models import PageViewRestriction

    for state in (Comment.HELD, Comment.HIDDEN):
        assert client.get(report_url(CommentFactory(page=news, state=state))).status_code == 404
    comment = CommentFactory(page=news)
    PageViewRestriction.objects.create(page=news, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(report_url(comment)).status_code == 404
    assert client.post(report_url(comment), {"reason": "x"}).status_code == 404
    assert not Report.objects.exists()


def test_reports_are_rate_limited_per_address(client, news, settings):
    settings.RATE_LIMITS = {"report": "1/h"}
    client.post(report_url(CommentFactory(page=news)), {"reason": "Spam"})
    assert client.post(report_url(CommentFactory(page=news)), {"reason": "Spam"}).status_code == 429
    assert Report.objects.count() == 1


def test_the_queue_is_for_moderators_only(client, news, member):
    comment = CommentFactory(page=news, state=Comment.HELD)
    for user in (member.user, SpecialistFactory(), EditorFactory()):
        client.force_login(user)
        response = client.get("/admin/reader-comments/")
        assert response.status_code in (302, 403)
        assert client.post(review_url(comment), {"action": "approve"}).status_code in (302, 403)
    assert Comment.objects.get().state == Comment.HELD


def test_a_moderator_approves_a_held_comment(client, site, news, moderator):
    from tests.factories import CountryPageFactory

    country = CountryPageFactory(parent=site.section("countries"), title="Paraguay", iso_code="PY")
    owner = SpecialistFactory(owns=[country], email="owner@example.org")
    comment = CommentFactory(page=country, state=Comment.HELD, text="Pendiente.")
    client.force_login(moderator)
    queue = client.get("/admin/reader-comments/?state=held").content.decode()
    assert "Pendiente." in queue
    response = client.post(review_url(comment), {"action": "approve"})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.state == Comment.PUBLISHED and comment.moderated_by == moderator
    assert [message.to for message in mail.outbox] == [[owner.email]]


def test_a_moderator_hides_a_reported_comment_with_a_reason_the_member_is_told_in_their_language(
    client, news, moderator
):
    author = MemberFactory(language="fr", user__email="auteur@example.org")
    comment = CommentFactory(page=news, member=author, text="Achetez ici.")
    ReportFactory(comment=comment)
    client.force_login(moderator)
    assert "Achetez ici." in client.get("/admin/reader-comments/?state=reported").content.decode()
    refused = client.post(review_url(comment), {"action": "hide", "reason": ""})
    assert refused.status_code == 200
    assert Comment.objects.get().state == Comment.PUBLISHED
    client.post(review_url(comment), {"action": "hide", "reason": "Publicité."})
    comment.refresh_from_db()
    assert comment.state == Comment.HIDDEN and comment.reason == "Publicité."
    assert not comment.reports.filter(resolved=False).exists()
    assert mail.outbox[-1].to == ["auteur@example.org"]
    assert "masqué" in mail.outbox[-1].subject and "Publicité." in mail.outbox[-1].body


def test_a_moderator_keeps_a_comment_whose_reports_are_unfounded(client, news, moderator):
    comment = CommentFactory(page=news)
    ReportFactory(comment=comment)
    client.force_login(moderator)
    client.post(review_url(comment), {"action": "keep"})
    comment.refresh_from_db()
    assert comment.state == Comment.PUBLISHED and not comment.reports.filter(resolved=False).exists()
    assert "No hay comentarios" in client.get("/admin/reader-comments/?state=reported").content.decode()


def test_a_moderator_deletes_a_comment_and_its_replies_with_a_reason(client, news, moderator):
    author = MemberFactory(language="en", user__email="author@example.org")
    comment = CommentFactory(page=news, member=author)
    CommentFactory(page=news, parent=comment)
    client.force_login(moderator)
    client.post(review_url(comment), {"action": "delete", "reason": "Personal data."})
    assert not Comment.objects.exists()
    assert mail.outbox[-1].to == ["author@example.org"]
    assert "deleted" in mail.outbox[-1].subject and "Personal data." in mail.outbox[-1].body


def test_a_comment_already_dealt_with_is_not_changed_twice(client, news, moderator):
    comment = CommentFactory(page=news, state=Comment.HIDDEN)
    client.force_login(moderator)
    client.post(review_url(comment), {"action": "approve"})
    assert Comment.objects.get().state == Comment.HIDDEN
