"""The periodic check: inactive communities flagged and their managers asked (revive or archive), old join
requests reminded; the managers' answers (keep active, archive after confirmation); idempotence and bad cases."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from communities import activity
from communities.models import ActivityCheck, CommunityPage, Membership, Post, Thread
from tests.factories import CommunityPageFactory, CommunitySubPageFactory, MemberFactory, member_of, translate

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

LONG_AGO = timezone.now() - datetime.timedelta(days=400)


def run(*args):
    from io import StringIO

    out = StringIO()
    call_command("check_community_activity", *args, stdout=out)
    return out.getvalue()


def quiet_community(index, **kwargs):
    """A community created long ago whose last content (a thread) is more than a year old."""
    community = CommunityPageFactory(parent=index, access="public", **kwargs)
    CommunityPage.objects.filter(pk=community.pk).update(first_published_at=LONG_AGO)
    Thread.objects.create(community=community, title="Viejo", body="Texto", created_at=LONG_AGO)
    community.refresh_from_db()
    return community


def test_an_inactive_community_is_flagged_and_each_manager_asked_once_in_their_language(index, client):
    community = quiet_community(index, title="Comunidad dormida")
    french = member_of(community, role="manager", language="fr")
    spanish = member_of(community, role="manager", language="es")
    member = member_of(community)

    output = run()
    assert "Comunidad dormida" in output and "flagged inactive" in output and "asked 2 manager(s)" in output
    check = ActivityCheck.objects.get(community=community)
    assert check.is_flagged and check.last_activity.date() == LONG_AGO.date()
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {french.email, spanish.email}  # managers only, not the member
    assert "ou archivez-la" in by_address[french.email].subject
    assert "o archívela" in by_address[spanish.email].subject
    assert f"http://testserver{community.url}archive/" in by_address[spanish.email].body

    # Idempotent: a second run (the next day) emails no one and says why.
    again = run()
    assert len(mail.outbox) == 2 and "managers already asked" in again
    # A month later, the managers are asked again.
    lines = activity.check_all(now=timezone.now() + datetime.timedelta(days=31))
    assert len(mail.outbox) == 4 and any("asked 2 manager(s)" in line for line in lines)

    # The flag shows to the managers on the page, not to a member.
    client.force_login(spanish)
    page = client.get(community.url).content.decode()
    assert "Esta comunidad parece inactiva." in page and f"{community.url}archive/" in page
    client.force_login(member)
    assert "parece inactiva" not in client.get(community.url).content.decode()


def test_new_content_of_any_kind_keeps_a_community_active_or_lifts_its_flag(index):
    community = quiet_community(index)
    member_of(community, role="manager")
    run()
    assert ActivityCheck.objects.get(community=community).is_flagged
    Post.objects.create(thread=Thread.objects.get(community=community), body="Respuesta nueva")
    output = run()
    assert "flag lifted" in output and not ActivityCheck.objects.get(community=community).is_flagged
    assert len(mail.outbox) == 1

    with_page = quiet_community(index)
    CommunitySubPageFactory(parent=with_page)  # a community page published today
    assert activity.last_activity(with_page) > timezone.now() - datetime.timedelta(days=1)
    run()
    assert not ActivityCheck.objects.filter(community=with_page, flagged_at__isnull=False).exists()


def test_other_kinds_of_content_join_the_check_with_one_function(index):
    community = quiet_community(index)
    member_of(community, role="manager")
    newest = timezone.now() - datetime.timedelta(days=3)
    files = activity.source(lambda community: newest)  # e.g. files or events added by another part
    try:
        assert activity.last_activity(community) == newest
        run()
    finally:
        activity.SOURCES.remove(files)
    assert not mail.outbox and not ActivityCheck.objects.get(community=community).is_flagged


def test_bad_cases_no_manager_archived_and_dry_run(index):
    orphan = quiet_community(index, title="Sin gestores")
    archived = quiet_community(index, title="Ya archivada", archived=True)
    member_of(archived, role="manager")
    output = run("--dry-run")
    assert "[dry run] Sin gestores" in output and not ActivityCheck.objects.exists() and not mail.outbox
    output = run()
    assert f"Sin gestores (#{orphan.pk}): inactive, but it has no manager to ask" in output
    assert ActivityCheck.objects.get(community=orphan).is_flagged  # visible in the admin all the same
    assert "Ya archivada" not in output and not mail.outbox


def test_a_manager_keeps_the_community_or_archives_it_after_confirming(index, client):
    community = quiet_community(index, title="Comunidad antigua")
    english = translate(community, "en", title="Old community", slug="old-community")
    manager = member_of(community, role="manager")
    member = member_of(community)
    run()

    # Only a manager: a member is refused, an anonymous reader asked to sign in; nothing changes.
    client.force_login(member)
    refused = client.post(f"{community.url}archive/")
    assert (
        refused.status_code == 403
        and "Solo los administradores de esta comunidad pueden archivarla" in refused.content.decode()
    )
    assert client.post(f"{community.url}keep-active/").status_code == 403
    client.logout()
    assert client.post(f"{community.url}archive/").status_code == 302
    community.refresh_from_db()
    assert not community.archived and ActivityCheck.objects.get(community=community).is_flagged

    # Keep it active: the flag goes and it counts as new content for another year.
    client.force_login(manager)
    assert client.post(f"{community.url}keep-active/").status_code == 302
    check = ActivityCheck.objects.get(community=community)
    assert not check.is_flagged and check.kept_by == manager
    assert "flagged" not in run()

    # Archive: a confirmation first (GET changes nothing), then one click, every language version.
    confirm = client.get(f"{community.url}archive/")
    assert confirm.status_code == 200 and "Archivar la comunidad" in confirm.content.decode()
    assert not CommunityPage.objects.get(pk=community.pk).archived
    assert client.post(f"{community.url}archive/").status_code == 302
    for version in (community, english):
        version = CommunityPage.objects.get(pk=version.pk)
        assert version.archived and version.get_latest_revision().as_object().archived
    assert "ya no está activa" in client.get(community.url).content.decode()
    client.force_login(MemberFactory().user)
    assert client.post(f"{community.url}join/").status_code == 403  # no one joins an archived community


def test_join_requests_older_than_a_month_are_reminded_once_to_the_managers(index):
    community = CommunityPageFactory(parent=index, access="semi-private", title="Con solicitudes")
    french = member_of(community, role="manager", language="fr")
    old = member_of(community, state="pending", user__first_name="Ana", user__last_name="Antigua")
    member_of(community, state="pending", user__first_name="Nuevo", user__last_name="Reciente")
    Membership.objects.filter(user=old).update(requested_at=timezone.now() - datetime.timedelta(days=40))

    output = run()
    assert "reminded 1 manager(s) of 1 old join request(s)" in output
    [message] = mail.outbox
    assert message.to == [french.email] and "attend" in message.subject
    assert "Ana Antigua" in message.body and "Reciente" not in message.body
    assert f"http://testserver{community.url}members/" in message.body
    assert "already reminded" in run() and len(mail.outbox) == 1

    # A month later: the answered request is no longer reminded; the other one is now old.
    Membership.objects.filter(user=old).delete()
    activity.check_all(now=timezone.now() + datetime.timedelta(days=31))
    assert len(mail.outbox) == 2
    assert "Nuevo Reciente" in mail.outbox[1].body and "Antigua" not in mail.outbox[1].body
