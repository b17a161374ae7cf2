"""Documents and images in a restricted collection: only its groups see them in the admin.

Wagtail restricts a collection with its "Privacy" setting (a ``CollectionViewRestriction``):
readers outside the chosen groups cannot download its documents, and Wagtail's admin API
leaves them out. But the admin's choosers, their search, the documents and images
listings and the "chosen" view follow collection *permissions* only, and the Specialists,
Reviewers and Translators roles hold "choose" on the root collection, which covers every
collection below it: a specialist outside the group saw "Secret doc", its file name and its
link in the document chooser (and so in the rich-text link chooser), and could pick it.

The pattern, with Wagtail's own pieces:

- a restricted collection is one whose Privacy is "private, accessible to users in specific
  groups" (set by an administrator under Settings → Collections); it covers the
  collections below it;
- ``RestrictedCollectionPermissionPolicy`` is the documents' and images' permission policy
  (registered with Wagtail's public ``register_permission_policy``): Wagtail's collection
  permissions as before, except that a user in none of a restriction's groups has no right
  at all on what is in that collection (choose, change, delete, add into it), even on what
  they uploaded themselves. Superusers see everything; to let editors manage a restricted
  collection, add their group to its Privacy groups.

Every admin view that asks the policy agrees: the document and image choosers and their
search, the "chosen" view (a document id typed by hand), uploads from the chooser, the
listings, the edit, delete and usage views.

Login- and password-restricted collections are about readers (every admin user is logged
in; a shared password is for readers of the site), so they do not hide anything here.
"""

import functools
import operator

from django.db.models import Q
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy


def hidden_collection_ids(user):
    """The ids of the collections ``user`` may not see: under a group restriction none of whose groups they are in."""
    if user.is_active and user.is_superuser:
        return set()
    restrictions = CollectionViewRestriction.objects.filter(restriction_type=CollectionViewRestriction.GROUPS)
    if user.is_authenticated:
        restrictions = restrictions.exclude(groups__in=user.groups.all())
    paths = list(restrictions.values_list("collection__path", flat=True).distinct())
    if not paths:
        return set()
    below = functools.reduce(operator.or_, (Q(path__startswith=path) for path in paths))
    return set(Collection.objects.filter(below).values_list("pk", flat=True))


class RestrictedCollectionPermissionPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's collection-and-owner policy, with nothing in a collection whose restriction the user does not pass."""

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if instance.collection_id in hidden_collection_ids(user):
            return False
        return super().user_has_any_permission_for_instance(user, actions, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        hidden = hidden_collection_ids(user)
        return instances.exclude(collection_id__in=hidden) if hidden else instances

    def collections_user_has_any_permission_for(self, user, actions):
        collections = super().collections_user_has_any_permission_for(user, actions)
        hidden = hidden_collection_ids(user)
        return collections.exclude(pk__in=hidden) if hidden else collections

    def users_with_any_permission_for_instance(self, actions, instance):
        users = super().users_with_any_permission_for_instance(actions, instance)
        restrictions = CollectionViewRestriction.objects.filter(
            restriction_type=CollectionViewRestriction.GROUPS,
            collection__in=instance.collection.get_ancestors(inclusive=True),
        )
        for restriction in restrictions:
            users = users.filter(Q(is_superuser=True) | Q(groups__in=restriction.groups.all())).distinct()
        return users


def register_policies():
    """Make the policy the documents' and images' (called from ``EditorialConfig.ready``, after Wagtail's apps)."""
    from wagtail.documents import get_document_model, get_document_model_string
    from wagtail.images import get_image_model
    from wagtail.permissions import register_permission_policy

    register_permission_policy(
        get_document_model(),
        RestrictedCollectionPermissionPolicy(
            get_document_model_string(), auth_model="wagtaildocs.Document", owner_field_name="uploaded_by_user"
        ),
    )
    register_permission_policy(
        get_image_model(),
        RestrictedCollectionPermissionPolicy(
            get_image_model(), auth_model="wagtailimages.Image", owner_field_name="uploaded_by_user"
        ),
    )
