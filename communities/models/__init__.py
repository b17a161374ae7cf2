"""The communities' models: page types (``pages``), memberships and invitations, discussions and announcements,
the calendar and webinars (``calendar``)."""

from communities.models.activity import ActivityCheck
from communities.models.calendar import CommunityEvent, WebinarSeries
from communities.models.choices import Access
from communities.models.discussions import Announcement, Post, Thread
from communities.models.membership import Invitation, Membership
from communities.models.pages import CommunityIndexPage, CommunityPage, CommunitySubPage, TimelineBlock

__all__ = [
    "Access",
    "ActivityCheck",
    "Announcement",
    "CommunityEvent",
    "CommunityIndexPage",
    "CommunityPage",
    "CommunitySubPage",
    "Invitation",
    "Membership",
    "Post",
    "Thread",
    "TimelineBlock",
    "WebinarSeries",
]
