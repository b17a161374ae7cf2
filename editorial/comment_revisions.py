"""Revisions that only add or answer comments: the reviewer who wrote them is not an author.

Wagtail saves a revision whenever the editor's comments change, in the name of whoever
commented. A reviewer who adds a comment in the editor and then requests changes (or
approves) would so become an author of the page under the four-eyes rule
(``editorial.models.submitters_of``): the action was refused with a bare "no permission",
and they could not review the page again until it was published.

When a page revision is saved, it is compared with the page's previous revision, leaving out
the comments and the fields Wagtail itself updates on every save; if nothing else differs, it
is recorded as a ``CommentOnlyRevision``, which ``submitters_of`` does not count as writing.
Anything else that differs (any field, any inline panel) counts, as before.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Page, Revision

from editorial.models import CommentOnlyRevision

# Keys of a page revision's content that change without anyone writing: the comments, and
# Wagtail's own bookkeeping.
NOT_WRITING = frozenset(
    {
        "wagtail_admin_comments",
        "latest_revision",
        "latest_revision_created_at",
        "has_unpublished_changes",
        "live",
        "live_revision",
        "first_published_at",
        "last_published_at",
        "locked",
        "locked_at",
        "locked_by",
        "numchild",
        "expired",
    }
)


def only_comments_changed(previous, content):
    """Whether two revision contents differ in comments and bookkeeping only."""
    keys = (set(previous) | set(content)) - NOT_WRITING
    return all(previous.get(key) == content.get(key) for key in keys)


@receiver(post_save, sender=Revision, dispatch_uid="editorial-comment-only-revisions")
def record_comment_only_revision(sender, instance, created, raw=False, **kwargs):
    if not created or raw or instance.user_id is None:
        return
    if not issubclass(instance.base_content_type.model_class() or object, Page):
        return
    previous = (
        Revision.objects.filter(
            base_content_type_id=instance.base_content_type_id, object_id=instance.object_id, pk__lt=instance.pk
        )
        .order_by("-pk")
        .values_list("content", flat=True)
        .first()
    )
    if previous is not None and only_comments_changed(previous, instance.content):
        CommentOnlyRevision.objects.get_or_create(revision=instance)
