"""The admin's view of community memberships (Snippets → Community memberships).

Managers run their members on the public site (``members/`` below each community); here
administrators appoint or correct managers, for example the first manager of a community
whose creator should not run it (the creator becomes its first manager when it is first
published, ``privacy.py``).
"""

from django.http import Http404
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from communities import access
from communities.models import ActivityCheck, CommunityPage, CommunitySubPage, Membership


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


class ActivityCheckViewSet(SnippetViewSet):
    """The daily check's findings (``communities/activity.py``): which communities are flagged inactive."""

    model = ActivityCheck
    icon = "time"
    list_display = ["community", "last_activity", "flagged_at", "managers_asked_at", "kept_at", "checked_at"]
    list_filter = ["flagged_at"]
    inspect_view_enabled = True
    panels = [FieldPanel("flagged_at"), FieldPanel("managers_asked_at"), FieldPanel("requests_reminded_at")]


register_snippet(ActivityCheckViewSet)


@hooks.register("before_serve_page", order=-1)
def hidden_communities_are_not_found(page, request, serve_args, serve_kwargs):
    """A hidden community, its pages and working groups answer "not found" to whoever is not a member.

    Its view restriction alone would send them to the sign-in page, which tells that something is
    there. Runs before Wagtail's own check of view restrictions (``order=-1``). Editors who may
    change the page still reach it.
    """
    model = page.specific_class
    if model is None or not issubclass(model, (CommunityPage, CommunitySubPage)):
        return None
    steplen = page.steplen
    paths = [page.path[:end] for end in range(steplen, len(page.path) + 1, steplen)]
    for community in CommunityPage.objects.filter(hidden=True, path__in=paths):
        if access.is_member(access.role(request, community)):
            continue
        if request.user.is_authenticated and page.permissions_for_user(request.user).can_edit():
            continue
        raise Http404
    return None
