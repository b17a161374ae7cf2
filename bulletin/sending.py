"""Sending an issue: in batches, in the background, at most once per address, resumable.

``start(issue, user)`` turns a draft into "sending", counts its recipients and enqueues the
first ``send_batch`` task on the ``bulletin`` tasks backend (django-tasks' database backend,
run by ``manage.py db_worker``, README "The bulletin"). Each task sends up to
``BULLETIN_BATCH_SIZE`` emails over one mail-server connection and enqueues the next batch, so
a long send is many short tasks and the admin's progress page moves batch by batch.

Once per address: before an email is handed to the mail server its ``Delivery`` row is
inserted (the claim; the database refuses a second row for the same issue and address); after
the server accepted it, the row is marked sent. A worker killed between the two leaves that
one row "being sent": it is never retried (the email may have gone), and the admin counts it as
interrupted. Two workers running the same issue at once cannot double-send either.

After a crash the task that was running stays "running" in the tasks table and nothing
enqueues the next batch: ``resume_stalled()`` (``manage.py resume_bulletins``, run it from cron
every few minutes and when the worker starts; the admin's progress page also offers
"Resume sending") enqueues a new batch for every issue still sending with no progress for
``BULLETIN_STALLED_MINUTES``.

``BULLETIN_MAX_PER_SECOND`` (0: no limit) keeps under the mail provider's sending rate.
"""

import datetime
import logging
import time

from django.conf import settings
from django.core.mail import get_connection
from django.db import IntegrityError
from django.db.models import Count, Exists, Max, OuterRef
from django.utils import timezone
from django_tasks import task

from bulletin import rendering
from bulletin.models import Delivery, DeliveryStatus, Issue, IssueStatus, audience
from feeds.digest import site_root_url

logger = logging.getLogger(__name__)

BACKEND = "bulletin"
QUEUE = "bulletin"


def batch_size():
    return getattr(settings, "BULLETIN_BATCH_SIZE", 500)


def stalled_after():
    return datetime.timedelta(minutes=getattr(settings, "BULLETIN_STALLED_MINUTES", 10))


def pending(issue):
    """The recipients of ``issue`` with no delivery yet, in a stable order."""
    delivered = Delivery.objects.filter(issue=issue, email=OuterRef("email"))
    return audience(issue.language).filter(~Exists(delivered)).order_by("pk")


def start(issue, user):
    """Draft → sending, and the first batch enqueued; False if someone started it already.

    One UPDATE makes the change, so two editors clicking at once start it once. Should the
    enqueueing fail after it, the issue is "sending" with no batch queued: ``resume_stalled``
    picks it up like a crashed one.
    """
    total = audience(issue.language).count()
    started = Issue.objects.filter(pk=issue.pk, status=IssueStatus.DRAFT).update(
        status=IssueStatus.SENDING, send_started_at=timezone.now(), send_started_by=user, recipients_total=total
    )
    if started:
        send_batch.enqueue(issue.pk)
    return bool(started)


@task(backend=BACKEND, queue_name=QUEUE)
def send_batch(issue_id):
    """Send the next batch of ``issue_id`` and enqueue the one after; returns how many were sent."""
    issue = Issue.objects.filter(pk=issue_id, status=IssueStatus.SENDING).first()
    if issue is None:
        return 0
    recipients = list(pending(issue).values_list("pk", "email", "language")[: batch_size()])
    if not recipients:
        Issue.objects.filter(pk=issue.pk, status=IssueStatus.SENDING).update(
            status=IssueStatus.SENT, finished_at=timezone.now()
        )
        return 0
    email = rendering.Email(issue)
    root_url = site_root_url()
    interval = 1 / settings.BULLETIN_MAX_PER_SECOND if getattr(settings, "BULLETIN_MAX_PER_SECOND", 0) else 0
    sent = 0
    with get_connection() as connection:
        for subscriber_id, address, language in recipients:
            began = time.monotonic()
            try:
                delivery = Delivery.objects.create(issue=issue, subscriber_id=subscriber_id, email=address)
            except IntegrityError:
                continue  # claimed by another run (or the subscriber left meanwhile)
            subscriber = _Recipient(subscriber_id, address, language)
            message = email.message(address, rendering.unsubscribe_url(subscriber, root_url), connection)
            try:
                message.send()
            except Exception as error:  # the server refused it: recorded, the batch goes on
                logger.warning("Bulletin %s to %s refused: %s", issue.pk, address, error)
                Delivery.objects.filter(pk=delivery.pk).update(status=DeliveryStatus.FAILED, error=str(error)[:1000])
                continue
            Delivery.objects.filter(pk=delivery.pk).update(status=DeliveryStatus.SENT, sent_at=timezone.now())
            sent += 1
            if interval:
                time.sleep(max(0.0, interval - (time.monotonic() - began)))
    send_batch.enqueue(issue.pk)
    return sent


class _Recipient:
    """What the unsubscribe token needs of a subscriber, without loading the row again."""

    def __init__(self, pk, email, language):
        self.pk, self.email, self.language = pk, email, language


def progress(issue):
    """{"total", "sent", "failed", "interrupted", "remaining", "last_activity", "stalled"} of an issue."""
    counts = dict(
        Delivery.objects.filter(issue=issue).values_list("status").annotate(n=Count("pk")).values_list("status", "n")
    )
    last = Delivery.objects.filter(issue=issue).aggregate(last=Max("claimed_at"))["last"] or issue.send_started_at
    claimed = counts.get(DeliveryStatus.CLAIMED, 0)
    stalled = issue.status == IssueStatus.SENDING and last is not None and timezone.now() - last > stalled_after()
    remaining = pending(issue).count() if issue.status == IssueStatus.SENDING else 0
    done = sum(counts.values())
    return {
        "total": max(issue.recipients_total, done + remaining),
        "sent": counts.get(DeliveryStatus.SENT, 0),
        "failed": counts.get(DeliveryStatus.FAILED, 0),
        # Claimed and never marked: only a crash leaves these once the issue is no longer sending.
        "interrupted": claimed if (stalled or issue.status == IssueStatus.SENT) else 0,
        "in_flight": 0 if stalled or issue.status == IssueStatus.SENT else claimed,
        "remaining": remaining,
        "last_activity": last,
        "stalled": stalled,
        "percent": int(100 * done / max(1, done + remaining)),
    }


def resume(issue):
    """Enqueue a batch for an issue still sending (after a crash); the claims keep it at most once."""
    if issue.status == IssueStatus.SENDING:
        send_batch.enqueue(issue.pk)
        return True
    return False


def resume_stalled(now=None, after=None):
    """Enqueue a batch for every issue sending with no progress for ``after`` (``BULLETIN_STALLED_MINUTES``)."""
    now = now or timezone.now()
    after = stalled_after() if after is None else after
    resumed = []
    last = Delivery.objects.filter(issue=OuterRef("pk")).order_by("-claimed_at").values("claimed_at")[:1]
    for issue in Issue.objects.filter(status=IssueStatus.SENDING).annotate(last=last):
        last_activity = issue.last or issue.send_started_at
        if last_activity is None or now - last_activity >= after:
            resume(issue)
            resumed.append(issue)
    return resumed
