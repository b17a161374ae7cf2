"""Community pages managed by the community's managers: a narrow admin right, with Wagtail's page permissions.

The decision (issue 19): managers are members, not staff, and the community pages
(``CommunitySubPage``: resources by topic, linking to the portal's pages) are rich pages,
translated and moderated like every other page. So rather than a second editor on the public
site, each community (and working group) gets a Django group ``managers-community-<key>``
whose users are exactly its active managers (kept in step as memberships change, like the
members' group in ``privacy.py``) and which holds:

- ``wagtailadmin.access_admin`` (they sign in to the admin);
- "add" and "change" page permissions on the community's page in every language (Wagtail
  applies them to the whole subtree: its community pages and working groups).

No "publish": what they write goes through the portal's workflow ("Moderated publishing",
``editorial/roles.py``), reviewed by the Reviewers like any specialist's page. The explorer,
the page chooser, ``permissions_for_user()`` and the admin API all agree, since these are
ordinary ``GroupPagePermission`` rows; a manager made a member again, or removed, loses them
at once. A manager has no right on any other page and no media rights.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import QuerySet
from django.db.models.signals import post_delete, post_save
from wagtail.models import GroupPagePermission, Page
from wagtail.signals import page_published

GROUP_PREFIX = "managers-community-"
PAGE_PERMISSIONS = ("add_page", "change_page")


def group_for(canonical):
    group, _created = Group.objects.get_or_create(name=f"{GROUP_PREFIX}{canonical.translation_key}")
    return group


def sync(community):
    """The managers' group of ``community``: its active managers, admin access, add/change on every version."""
    from communities.models import CommunityPage, Membership

    canonical = community.canonical()
    group = group_for(canonical)
    group.permissions.set(Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"))
    wanted = {
        (page_id, permission.pk)
        for page_id in CommunityPage.objects.filter(translation_key=canonical.translation_key).values_list(
            "pk", flat=True
        )
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=PAGE_PERMISSIONS
        )
    }
    existing = list(GroupPagePermission.objects.filter(group=group))
    for grant in existing:
        if (grant.page_id, grant.permission_id) not in wanted:
            grant.delete()
    have = {(grant.page_id, grant.permission_id) for grant in existing}
    GroupPagePermission.objects.bulk_create(
        GroupPagePermission(group=group, page_id=page_id, permission_id=permission_id)
        for page_id, permission_id in wanted - have
    )
    managers = Membership.objects.filter(
        community=canonical, state=Membership.State.ACTIVE, role=Membership.Role.MANAGER
    ).values_list("user_id", flat=True)
    group.user_set.set(list(managers))


def _membership_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        sync(instance.community)


def _membership_deleted(sender, instance, origin=None, **kwargs):
    """A membership removed on its own (not with its community's page, which ``_community_deleted`` handles)."""
    model = origin.model if isinstance(origin, QuerySet) else type(origin)
    if isinstance(model, type) and issubclass(model, Page):
        return
    sync(instance.community)


def _community_published(sender, instance, **kwargs):
    sync(instance)


def _community_deleted(sender, instance, **kwargs):
    """The last version of a community gone: its managers' group (and so their admin access) goes too."""
    from communities.models import CommunityPage

    if not CommunityPage.objects.filter(translation_key=instance.translation_key).exclude(pk=instance.pk).exists():
        Group.objects.filter(name=f"{GROUP_PREFIX}{instance.translation_key}").delete()


def connect():
    from communities.models import CommunityPage, Membership

    post_save.connect(_membership_saved, sender=Membership, dispatch_uid="communities_manager_rights_saved")
    post_delete.connect(_membership_deleted, sender=Membership, dispatch_uid="communities_manager_rights_deleted")
    post_delete.connect(_community_deleted, sender=CommunityPage, dispatch_uid="communities_manager_rights_gone")
    page_published.connect(_community_published, sender=CommunityPage, dispatch_uid="communities_manager_rights_pub")
