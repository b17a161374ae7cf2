"""Inactive communities and forgotten join requests: the periodic check and the managers' answers.

``manage.py check_community_activity`` (cron, daily) walks every live community and working
group (the canonical page of each) and:

- works out its **last new content** from ``SOURCES``, a list of small functions each giving
  the date of the newest item of one kind (threads, replies, announcements, community pages,
  and the community's own creation or a manager's "keep it active"). Files, events or
  anything else a community gains add one function with ``@source``; nothing else changes;
- **flags** a community with nothing new for ``COMMUNITY_INACTIVE_DAYS`` (365) and emails each
  manager, in their language, to revive it (post, announce, or "keep it active") or archive it
  (one click after confirmation, ``activity_views.py``); the flag shows on the community page to
  its managers and in the admin (Snippets → Community activity); new content lifts it at the
  next check;
- **reminds** the managers of join requests pending for more than
  ``COMMUNITY_REQUEST_REMINDER_DAYS`` (30).

It is idempotent: the dates in ``ActivityCheck`` keep it from emailing the same managers
about the same thing again within ``COMMUNITY_REMINDER_INTERVAL_DAYS`` (30).
"""

import datetime

from django.conf import settings
from django.db.models import Max
from django.utils import timezone

from communities import notify
from communities.models import (
    ActivityCheck,
    Announcement,
    CommunityEvent,
    CommunityFile,
    CommunityPage,
    CommunitySubPage,
    Membership,
    Post,
    Thread,
)

SOURCES = []


def source(function):
    """Register ``function(community) -> datetime | None``: the newest content of one kind (canonical page)."""
    SOURCES.append(function)
    return function


@source
def created(community):
    return community.first_published_at


@source
def threads(community):
    return Thread.objects.filter(community=community).aggregate(newest=Max("created_at"))["newest"]


@source
def replies(community):
    return Post.objects.filter(thread__community=community).aggregate(newest=Max("created_at"))["newest"]


@source
def announcements(community):
    return Announcement.objects.filter(community=community).aggregate(newest=Max("created_at"))["newest"]


@source
def community_pages(community):
    """The community's own pages (in any language, not those of its working groups), published or changed."""
    newest = None
    for version in CommunityPage.objects.filter(translation_key=community.translation_key):
        pages = CommunitySubPage.objects.descendant_of(version).live()
        for group in CommunityPage.objects.child_of(version):
            pages = pages.not_descendant_of(group)
        found = pages.aggregate(newest=Max("last_published_at"))["newest"]
        if found and (newest is None or found > newest):
            newest = found
    return newest


@source
def calendar(community):
    """Events, meetings and webinar sessions added or changed (communities/calendar.py)."""
    return CommunityEvent.objects.filter(community=community).aggregate(newest=Max("updated_at"))["newest"]


@source
def shared_files(community):
    """Files shared with the members (communities/files.py)."""
    return CommunityFile.objects.filter(community=community).aggregate(newest=Max("created_at"))["newest"]


@source
def kept_by_a_manager(community):
    check = ActivityCheck.objects.filter(community=community).first()
    return check.kept_at if check else None


def last_activity(community):
    """The date of the newest content of ``community`` (canonical), whatever its kind; None if it has none."""
    dates = [found for found in (function(community) for function in SOURCES) if found is not None]
    return max(dates) if dates else None


def _days(name, default):
    return datetime.timedelta(days=getattr(settings, name, default))


def canonical_communities():
    """Every live community and working group, once (its canonical page)."""
    keys = CommunityPage.objects.live().values_list("translation_key", flat=True).distinct()
    return [
        page
        for page in (CommunityPage.objects.filter(translation_key=key).order_by("pk").first() for key in keys)
        if page is not None
    ]


def check_all(now=None, dry_run=False):
    """Run the check on every community; returns one line per thing done (or that would be done)."""
    now = now or timezone.now()
    lines = []
    for community in canonical_communities():
        lines += check(community, now, dry_run)
    return lines


def check(community, now, dry_run=False):
    inactive_after = _days("COMMUNITY_INACTIVE_DAYS", 365)
    interval = _days("COMMUNITY_REMINDER_INTERVAL_DAYS", 30)
    old_request = _days("COMMUNITY_REQUEST_REMINDER_DAYS", 30)
    lines = []
    label = f"{community.title} (#{community.pk})"
    state = ActivityCheck.objects.filter(community=community).first() or ActivityCheck(community=community)
    last = last_activity(community)
    state.last_activity = last
    state.checked_at = now
    managers = list(notify.managers_of(community))

    inactive = not community.archived and (last is None or last < now - inactive_after)
    if inactive:
        since = last.date().isoformat() if last else "—"
        if state.flagged_at is None:
            state.flagged_at = now
            lines.append(f"{label}: flagged inactive (no new content since {since})")
        if not managers:
            lines.append(f"{label}: inactive, but it has no manager to ask")
        elif state.managers_asked_at is not None and state.managers_asked_at > now - interval:
            lines.append(f"{label}: inactive; managers already asked on {state.managers_asked_at.date().isoformat()}")
        else:
            if not dry_run:
                for manager in managers:
                    notify.to_user("inactive", manager, {"community": community, "since": last})
            state.managers_asked_at = now
            lines.append(f"{label}: inactive; asked {len(managers)} manager(s) to revive or archive it")
    elif state.flagged_at is not None:
        state.flagged_at = None
        state.managers_asked_at = None
        lines.append(f"{label}: active again (or archived): flag lifted")

    pending = list(
        Membership.objects.filter(
            community=community, state=Membership.State.PENDING, requested_at__lt=now - old_request
        ).select_related("user")
    )
    if pending:
        if not managers:
            lines.append(f"{label}: {len(pending)} old join request(s), but no manager to remind")
        elif state.requests_reminded_at is not None and state.requests_reminded_at > now - interval:
            lines.append(
                f"{label}: {len(pending)} old join request(s); managers already reminded on "
                f"{state.requests_reminded_at.date().isoformat()}"
            )
        else:
            if not dry_run:
                for manager in managers:
                    notify.to_user(
                        "requests_waiting",
                        manager,
                        {"community": community, "requests": pending, "count": len(pending)},
                        rest="members/",
                    )
            state.requests_reminded_at = now
            lines.append(f"{label}: reminded {len(managers)} manager(s) of {len(pending)} old join request(s)")
    if not dry_run:
        state.save()
    return lines
