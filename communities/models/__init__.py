"""The communities' models: page types (``pages``), memberships, invitations, discussions, announcements, files."""

from communities.models.choices import Access
from communities.models.discussions import Announcement, Post, Thread
from communities.models.files import CommunityFile, FileCategory, FileCollection
from communities.models.membership import Invitation, Membership
from communities.models.pages import CommunityIndexPage, CommunityPage, CommunitySubPage, TimelineBlock

__all__ = [
    "Access",
    "Announcement",
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
]
