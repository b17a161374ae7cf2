"""What happens to a comment: posted (held or published at once), reported, approved, hidden, deleted.

A member's comments are held until a moderator has approved ``COMMENTS_TRUSTED_AFTER`` of
them; later ones are published at once, unless one of the member's comments is reported
and not yet dealt with, or was hidden by a moderator: then they are held again. Each step
tells the people concerned (``notify.py``): held → the moderators; published → the owners of
the page's tree; reported → the moderators; hidden or deleted → the member, with the reason.
"""

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from comments import notify
from comments.models import Comment, Report


class AlreadyModerated(Exception):
    """Another moderator changed the comment meanwhile."""


def is_trusted(member):
    comments = Comment.objects.filter(member=member)
    if comments.filter(state=Comment.HIDDEN).exists():
        return False
    if Report.objects.filter(comment__member=member, resolved=False).exists():
        return False
    return comments.filter(state=Comment.PUBLISHED).count() >= settings.COMMENTS_TRUSTED_AFTER


def post(page, member, text, language, parent=None):
    """A new comment (or reply) by ``member`` on ``page``, held or published, with its emails."""
    with transaction.atomic():
        state = Comment.PUBLISHED if is_trusted(member) else Comment.HELD
        comment = Comment.objects.create(
            page=page, member=member, parent=parent, text=text, language=language, state=state
        )
    if state == Comment.HELD:
        notify.moderators_held(comment)
    else:
        notify.owners(comment)
    return comment


def report(comment, member, reason):
    with transaction.atomic():
        created = Report.objects.create(comment=comment, member=member, reason=reason)
    notify.moderators_reported(created)
    return created


def _change(comment, moderator, expected, **fields):
    """Set ``fields`` on ``comment`` if its state is still one of ``expected``; its open reports are dealt with."""
    with transaction.atomic():
        changed = Comment.objects.filter(pk=comment.pk, state__in=expected).update(
            moderated=timezone.now(), moderated_by=moderator, **fields
        )
        if not changed:
            raise AlreadyModerated
        comment.reports.filter(resolved=False).update(resolved=True)
        fresh = Comment.objects.get(pk=comment.pk)
        fresh.save(update_fields=["state"])  # the save signal empties the caches (apps.py)
    return fresh


def approve(comment, moderator):
    fresh = _change(comment, moderator, [Comment.HELD], state=Comment.PUBLISHED)
    notify.owners(fresh)
    return fresh


def keep(comment, moderator):
    """The reports of a published comment are dealt with; it stays."""
    return _change(comment, moderator, [Comment.PUBLISHED], state=Comment.PUBLISHED)


def hide(comment, moderator, reason):
    fresh = _change(comment, moderator, [Comment.HELD, Comment.PUBLISHED], state=Comment.HIDDEN, reason=reason)
    notify.member(fresh, "hidden", reason)
    return fresh


def delete(comment, moderator, reason):
    """Delete the comment and its replies; the member is told why."""
    with transaction.atomic():
        fresh = Comment.objects.select_related("member__user", "page").filter(pk=comment.pk).first()
        if fresh is None:
            raise AlreadyModerated
        fresh.delete()  # the delete signal empties the caches (apps.py)
    notify.member(fresh, "deleted", reason)
