"""Tree ownership enforced with Wagtail's own page permissions.

Each ``OwnedTree`` has a group of its own. The group holds "add" and "change" page
permissions on the tree root in every locale (Wagtail applies them to every page
below), and its members are the tree's owners. Because the rights are ordinary
``GroupPagePermission`` rows, the explorer, the choosers, admin search, the admin API
and ``permissions_for_user()`` all agree, and removing an owner takes effect at once.

Kept in step by signals:
- a page created later with the tree's ``translation_key`` (a new locale copy) is added
  to the group's permissions;
- owners added or removed are mirrored into the group and written to the audit log on
  the tree root's history.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.log_actions import log
from wagtail.models import GroupPagePermission, Page

from editorial.models import OwnedTree, group_name_for

# What owning a tree lets you do. No "publish": publishing goes through the workflow.
OWNER_PAGE_PERMISSIONS = ("add_page", "change_page")

OWNER_ADDED = "editorial.owner_added"
OWNER_REMOVED = "editorial.owner_removed"


def owner_permissions():
    return list(Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=OWNER_PAGE_PERMISSIONS))


def sync_tree_permissions(tree):
    """Give the tree's group exactly the owner permissions on the root in every locale."""
    name = group_name_for(tree)
    if tree.group.name != name:
        tree.group.name = name
        tree.group.save(update_fields=["name"])
    wanted = {
        (page_id, permission.pk)
        for page_id in tree.pages().values_list("pk", flat=True)
        for permission in owner_permissions()
    }
    existing = GroupPagePermission.objects.filter(group=tree.group)
    for grant in existing:
        if (grant.page_id, grant.permission_id) not in wanted:
            grant.delete()
    have = {(grant.page_id, grant.permission_id) for grant in existing}
    GroupPagePermission.objects.bulk_create(
        GroupPagePermission(group=tree.group, page_id=page_id, permission_id=permission_id)
        for page_id, permission_id in wanted - have
    )


def trees_owned_by(user):
    return OwnedTree.objects.filter(owners=user).select_related("root")


def owned_tree_for(page):
    """The owned tree a page belongs to (its nearest ownable ancestor's tree), or None."""
    keys = page.get_ancestors(inclusive=True).values_list("translation_key", flat=True)
    return OwnedTree.objects.filter(translation_key__in=list(keys)).select_related("root").first()


def owners_of(page):
    tree = owned_tree_for(page)
    return list(tree.owners.filter(is_active=True)) if tree else []


def _log_owner_change(tree, action, users):
    root = tree.root.specific
    for user in users:
        log(
            instance=root,
            action=action,
            data={"owner": user.get_username(), "owner_id": user.pk, "tree": root.title},
        )


@receiver(post_save, sender=OwnedTree)
def tree_saved(sender, instance, **kwargs):
    sync_tree_permissions(instance)


@receiver(m2m_changed, sender=OwnedTree.owners.through)
def owners_changed(sender, instance, action, pk_set, reverse, **kwargs):
    if reverse:
        # user.owned_trees.add(tree): normalise to the tree side.
        trees = OwnedTree.objects.filter(pk__in=pk_set) if pk_set else instance.owned_trees.all()
        for tree in trees:
            owners_changed(sender, tree, action, {instance.pk}, False)
        return
    from django.contrib.auth import get_user_model

    users = get_user_model().objects.filter(pk__in=pk_set or [])
    if action == "post_add":
        instance.group.user_set.add(*users)
        _log_owner_change(instance, OWNER_ADDED, users)
    elif action == "post_remove":
        instance.group.user_set.remove(*users)
        _log_owner_change(instance, OWNER_REMOVED, users)
    elif action == "pre_clear":
        instance._cleared_owners = list(instance.owners.all())
    elif action == "post_clear":
        cleared = getattr(instance, "_cleared_owners", [])
        instance.group.user_set.remove(*cleared)
        _log_owner_change(instance, OWNER_REMOVED, cleared)


@receiver(pre_delete, sender=OwnedTree)
def tree_deleted(sender, instance, **kwargs):
    _log_owner_change(instance, OWNER_REMOVED, list(instance.owners.all()))


@receiver(post_delete, sender=OwnedTree)
def drop_tree_group(sender, instance, **kwargs):
    Group.objects.filter(pk=instance.group_id).delete()


@receiver(post_save)
def page_created(sender, instance, created, raw=False, **kwargs):
    """A locale copy of an owned tree's root made later is covered at once."""
    if not created or raw or not isinstance(instance, Page):
        return
    tree = OwnedTree.objects.filter(translation_key=instance.translation_key).select_related("group", "root").first()
    if tree is not None:
        sync_tree_permissions(tree)
