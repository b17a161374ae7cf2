"""The communities' models: page types (``pages``), memberships and invitations, discussions and announcements,
files (``files``), the calendar and webinars (``calendar``), the activity check (``activity``)."""

from communities.models.activity import ActivityCheck
from communities.models.calendar import CommunityEvent, WebinarSeries
from communities.models.choices import Access
from communities.models.discussions import Announcement, Post, Thread
from communities.models.files import CommunityFile, FileCategory, FileCollection
from communities.models.membership import Invitation, Membership
from communities.models.pages import CommunityIndexPage, CommunityPage, CommunitySubPage, TimelineBlock

__all__ = [
    "Access",
    "ActivityCheck",
    "Announcement",
    "CommunityEvent",
    "CommunityIndexPage",
    "CommunityFile",
    "CommunityPage",
    "CommunitySubPage",
    "FileCategory",
    "FileCollection",
    "Invitation",
    "Membership",
    "Post",
    "Thread",
    "TimelineBlock",
    "WebinarSeries",
]
