"""Which comments a reader sees on a page, one page of threads at a time, and comment counts for listings.

Everyone sees the ``published`` comments of a page they can see. A logged-in member also sees
their own ``held`` ones, marked "awaiting moderation": their page is never kept by the page
cache (portal/page_cache.py stores only anonymous answers), and nothing here is kept in the
shared data, so a held comment reaches no one else. A thread is a comment and its replies
(one level), in the order written; ``COMMENTS_PER_PAGE`` threads per page.

Queries: see ``threads``; listings count comments inside their own query (``annotate_counts``).
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce

from comments.models import Comment
from portal.visibility import restricted_paths

PAGE_PARAMETER = "comments"


def is_restricted(page):
    """True when ``page`` or a page above it has a view restriction (shared data: no query once kept)."""
    return any(page.path.startswith(path) for path in restricted_paths())


def visible_to(user):
    shown = Q(state=Comment.PUBLISHED)
    if user is not None and user.is_authenticated:
        shown |= Q(state=Comment.HELD, member__user_id=user.pk)
    return shown


def threads(page, user, number):
    """(paginator page of top-level comments, each with ``shown_replies``)."""
    shown = visible_to(user)
    top = (
        Comment.objects.filter(shown, page_id=page.pk, parent=None)
        .select_related("member__user")
        .order_by("created", "pk")
    )
    paginated = Paginator(top, settings.COMMENTS_PER_PAGE).get_page(number)
    comments = list(paginated.object_list)
    replies = {}
    if comments:
        for reply in (
            Comment.objects.filter(shown, parent__in=[comment.pk for comment in comments])
            .select_related("member__user")
            .order_by("created", "pk")
        ):
            replies.setdefault(reply.parent_id, []).append(reply)
    for comment in comments:
        comment.shown_replies = replies.get(comment.pk, [])
    paginated.object_list = comments
    return paginated


def page_number_of(comment, user):
    """The page of threads on which ``comment`` (or the thread it replies to) is shown to ``user``."""
    anchor = comment.parent or comment
    before = (
        Comment.objects.filter(visible_to(user), page_id=anchor.page_id, parent=None)
        .filter(Q(created__lt=anchor.created) | Q(created=anchor.created, pk__lt=anchor.pk))
        .count()
    )
    return before // settings.COMMENTS_PER_PAGE + 1


def annotate_counts(queryset):
    """Listing items with ``comment_count`` (published comments, replies included), in the listing's query.

    A correlated count on the comments' (page, state, created) index: no query per card, and
    none beside the listing's own (portal/models/listing.py ``PORTAL_LISTING_ITEM_ANNOTATIONS``).
    """
    published = (
        Comment.objects.filter(page_id=OuterRef("pk"), state=Comment.PUBLISHED)
        .order_by()
        .values("page_id")
        .annotate(number=Count("pk"))
        .values("number")
    )
    return queryset.annotate(comment_count=Coalesce(Subquery(published), 0))
