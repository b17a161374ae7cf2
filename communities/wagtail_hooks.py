"""The admin's view of community memberships (Snippets → Community memberships).

Managers run their members on the public site (``members/`` below each community); here
administrators appoint or correct managers, for example the first manager of a community
whose creator should not run it (the creator becomes its first manager when it is first
published, ``privacy.py``).
"""

from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from communities.models import Membership


class MembershipViewSet(SnippetViewSet):
    model = Membership
    icon = "group"
    list_display = ["user", "community", "role", "state", "joined_at"]
    list_filter = ["role", "state"]
    panels = [
        PageChooserPanel("community", "communities.CommunityPage"),
        FieldPanel("user"),
        FieldPanel("role"),
        FieldPanel("state"),
    ]


register_snippet(MembershipViewSet)
