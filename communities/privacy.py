"""Community privacy built on Wagtail's own mechanisms: a Django group per community and view restrictions.

Each community (and working group) has a Django group, ``community-<translation key>``,
whose users are exactly its *active* members (kept in step whenever a membership is saved
or deleted). Pages are closed with ordinary ``PageViewRestriction(GROUPS)`` rows on the
canonical page's tree; ``editorial/restriction_sync.py`` mirrors them to every language
version. So Wagtail's serve check, ``.public()``, the search (``search/visibility.py``), the
listings, the sitemap, the feeds, the page cache (a restricted page is always answered
``private``) and the shared data (restricted pages are never kept) already keep them from
anyone outside the group:

- a **hidden** community: its page (and so everything below it) → its own group;
- a **working group**: its page → the parent community's group (non-members of the parent
  never reach it), plus its own group when it is hidden;
- the **sub-pages** of a community that is not open: each direct child ``CommunitySubPage``
  → the community's group (deeper pages inherit).

What restrictions cannot say is "this page is visible, its discussions are not": the
community page itself stays public (readers decide whether to join from its concept note)
and its own routes (discussions, members, announcements) check the reader's role
(``access.py``) on every request. They never reach a shared cache: a signed-in reader's
answer is never stored by the page cache, an anonymous reader is never a member (so the
anonymous page, which the cache may keep, shows no members-only content), and nothing of a
community's members-only content is kept as shared data.

Restrictions made here are recognised as the portal's own (all their groups are community
groups) and reconciled; restrictions an editor sets by hand are left alone.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, post_page_move

GROUP_PREFIX = "community-"


def group_for(community):
    """The Django group of ``community``'s active members (made on first use)."""
    canonical = community.canonical()
    group, _created = Group.objects.get_or_create(name=f"{GROUP_PREFIX}{canonical.translation_key}")
    return group


def sync_members(community):
    """The community's group holds exactly its active members."""
    from communities.models import Membership

    canonical = community.canonical()
    users = [m.user_id for m in Membership.objects.filter(community=canonical, state=Membership.State.ACTIVE)]
    group_for(canonical).user_set.set(users)


def _wanted(page):
    """The group sets ``page`` (a canonical community page or one of its children) must be restricted to."""
    from communities.models import Access, CommunityPage, CommunitySubPage

    wanted = []
    specific = page.specific
    if isinstance(specific, CommunityPage):
        canonical = specific.canonical()
        if canonical.hidden:
            wanted.append(frozenset([group_for(canonical).pk]))
        parent = canonical.parent_community()
        if parent is not None:
            wanted.append(frozenset([group_for(parent).pk]))
    elif isinstance(specific, CommunitySubPage):
        parent = specific.get_parent().specific
        if isinstance(parent, CommunityPage) and parent.canonical().access != Access.OPEN:
            wanted.append(frozenset([group_for(parent).pk]))
    return wanted


def _ours(restriction):
    if restriction.restriction_type != PageViewRestriction.GROUPS:
        return False
    names = [group.name for group in restriction.groups.all()]
    return bool(names) and all(name.startswith(GROUP_PREFIX) for name in names)


def sync_restrictions(page):
    """Give ``page`` exactly the community restrictions it needs; other restrictions stay as they are."""
    wanted = set(_wanted(page))
    for restriction in PageViewRestriction.objects.filter(page=page).prefetch_related("groups"):
        if not _ours(restriction):
            continue
        groups = frozenset(group.pk for group in restriction.groups.all())
        if groups in wanted:
            wanted.discard(groups)
        else:
            restriction.delete()
    for groups in wanted:
        restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
        restriction.groups.set(groups)


def sync_community(community):
    """The restrictions of ``community`` and of its direct children, in every language, as its privacy says.

    (``editorial/restriction_sync.py`` mirrors each row to the other language versions as it
    is made; walking every version too covers a child that exists in one language only.)
    """
    from communities.models import CommunityPage

    with transaction.atomic():
        for version in CommunityPage.objects.filter(translation_key=community.translation_key).order_by("pk"):
            sync_restrictions(version)
            for child in version.get_children():
                sync_restrictions(child)


def _community_of(page):
    from communities.models import CommunityPage

    specific = page.specific
    if isinstance(specific, CommunityPage):
        return specific
    return CommunityPage.objects.ancestor_of(page).order_by("-depth").first()


def _page_changed(sender, instance, **kwargs):
    from communities.models import CommunityPage, CommunitySubPage

    if not isinstance(instance.specific, (CommunityPage, CommunitySubPage)):
        return
    community = _community_of(instance)
    if community is not None:
        _first_manager(community.canonical())
        sync_community(community)
        sync_members(community)


def _first_manager(canonical):
    """A community with no manager gets its creator (the page's owner) as its first manager."""
    from communities.models import Membership

    if (
        canonical.owner_id is None
        or Membership.objects.filter(
            community=canonical, role=Membership.Role.MANAGER, state=Membership.State.ACTIVE
        ).exists()
    ):
        return
    membership, _created = Membership.objects.get_or_create(community=canonical, user_id=canonical.owner_id)
    membership.role = Membership.Role.MANAGER
    membership.activate()
    membership.save()


def _page_moved(sender, instance, **kwargs):
    _page_changed(sender, instance)


def _membership_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        sync_members(instance.community)


def _membership_deleted(sender, instance, **kwargs):
    """A member who leaves a community leaves its working groups too."""
    from communities.models import CommunityPage, Membership

    sync_members(instance.community)
    groups = CommunityPage.objects.child_of(instance.community)
    Membership.objects.filter(user_id=instance.user_id, community__in=groups).delete()


def connect():
    from communities.models import CommunityPage, CommunitySubPage, Membership

    for model in (CommunityPage, CommunitySubPage):
        page_published.connect(_page_changed, sender=model, dispatch_uid=f"communities_published_{model.__name__}")
    post_page_move.connect(_page_moved, dispatch_uid="communities_moved")
    post_save.connect(_membership_saved, sender=Membership, dispatch_uid="communities_membership_saved")
    post_delete.connect(_membership_deleted, sender=Membership, dispatch_uid="communities_membership_deleted")
