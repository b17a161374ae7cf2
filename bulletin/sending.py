"""Sending an issue: in batches, in the background, at most once per address, resumable.

``start(issue, user)`` turns a draft into "sending", counts its recipients and enqueues the
first ``send_batch`` task on the ``bulletin`` tasks backend (django-tasks' database backend,
run by ``manage.py db_worker``, README "The bulletin"). Each task sends up to
``BULLETIN_BATCH_SIZE`` emails over one mail-server connection and enqueues the next batch, so
a long send is many short tasks and the admin's progress page moves batch by batch.

Once per address, with one database commit per email: a batch reserves its addresses in one
``INSERT`` of ``Delivery`` rows "queued" (unique per issue and address: the database refuses a
second row, and the issue's row lock makes two runs of the same issue reserve one after the
other). Before an email is handed to the mail server, its row goes from "queued" to "being
sent" (the claim) in the same statement that marks the previous email sent. A worker killed
between the claim and the next commit leaves that one row "being sent": it is never retried
(the email may have gone), and the admin counts it as interrupted. The rest of its batch is
still "queued", never handed over: the run that resumes the issue deletes those reservations
and sends them. The claim only takes a row still
"queued", so a batch whose reservations were taken over meanwhile skips them.

The email is rendered once per issue and worker process (``rendered()``); each recipient's
message only gets its own unsubscribe link put in (``bulletin/rendering.py``). A batch is shared
among ``BULLETIN_CONNECTIONS`` threads (default 4 in production; the tests' settings say 1), each
with its own mail-server connection and database connection: most of an email's time is spent
waiting for the mail server and the database, and the threads wait at the same time. Each
thread claims one email at a time, so a crash leaves at most one "being sent" row per
connection.

After a crash the task that was running stays "running" in the tasks table and nothing
enqueues the next batch: ``resume_stalled()`` (``manage.py resume_bulletins``, run it from cron
every few minutes and when the worker starts; the admin's progress page also offers
"Resume sending") enqueues a new batch for every issue still sending with no progress for
``BULLETIN_STALLED_MINUTES``.

``BULLETIN_MAX_PER_SECOND`` (0: no limit) keeps under the mail provider's sending rate (shared
among the connections).
"""

import datetime
import logging
import time
from concurrent.futures import ThreadPoolExecutor

from django import db
from django.conf import settings
from django.core.mail import get_connection
from django.db import IntegrityError, transaction
from django.db.models import Case, Count, Exists, F, Max, OuterRef, Q, Value, When
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


def connections():
    """How many mail-server connections a batch sends over at once, each from its own thread.

    One on SQLite (development): it takes one writer at a time, and threads would only wait for its lock.
    """
    if db.connection.vendor == "sqlite":
        return 1
    return getattr(settings, "BULLETIN_CONNECTIONS", 1)


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


#: {(issue pk, its last change): rendering.Email}: a worker renders an issue once, not once a batch.
_RENDERED = {}


def rendered(issue):
    """The issue's ``rendering.Email``, kept for the worker's next batches (a sending issue cannot change)."""
    key = (issue.pk, issue.updated_at)
    if key not in _RENDERED:
        if len(_RENDERED) >= 4:
            _RENDERED.clear()
        _RENDERED[key] = rendering.Email(issue)
    return _RENDERED[key]


def reserve(issue, take_over=False):
    """The next batch's ``(Delivery, language)`` pairs, their rows inserted "queued"; [] when nobody is left.

    Under the issue's row lock (``select_for_update``: a second run of the same issue waits for
    this one's commit, then sees its rows), reservations left "queued" by a run that died are
    deleted first, so their addresses are pending again: those older than
    ``BULLETIN_STALLED_MINUTES``, or all of them when ``take_over`` (a resume: whoever resumes
    says the previous run is gone; were it still alive, its claims would find its rows gone
    and skip them, so nobody gets the issue twice either way).
    """
    with transaction.atomic():
        Issue.objects.select_for_update().filter(pk=issue.pk).values_list("pk").first()
        abandoned = timezone.now() - stalled_after()
        queued = Delivery.objects.filter(issue=issue, status=DeliveryStatus.QUEUED)
        (queued if take_over else queued.filter(claimed_at__lt=abandoned)).delete()
        recipients = list(pending(issue).values_list("pk", "email", "language")[: batch_size()])
        rows = Delivery.objects.bulk_create(
            [
                Delivery(issue=issue, subscriber_id=pk, email=address, status=DeliveryStatus.QUEUED)
                for pk, address, _language in recipients
            ]
        )
    return [(row, language) for row, (_pk, _address, language) in zip(rows, recipients, strict=True)]


def _claim(delivery, previous):
    """``delivery`` claimed if still queued, and ``previous`` ((pk, time) or None) marked sent: one statement.

    One ``UPDATE`` (one round trip, one commit) per email; True if ``delivery`` was claimed.
    """
    now = timezone.now()
    rows = Q(pk=delivery.pk, status=DeliveryStatus.QUEUED)
    if previous is None:
        return bool(Delivery.objects.filter(rows).update(status=DeliveryStatus.CLAIMED, claimed_at=now))
    done, sent_at = previous
    updated = Delivery.objects.filter(rows | Q(pk=done)).update(
        status=Case(When(pk=done, then=Value(DeliveryStatus.SENT)), default=Value(DeliveryStatus.CLAIMED)),
        sent_at=Case(When(pk=done, then=Value(sent_at)), default=F("sent_at")),
        claimed_at=Case(When(pk=done, then=F("claimed_at")), default=Value(now)),
    )
    return updated == 2


@task(backend=BACKEND, queue_name=QUEUE)
def send_batch(issue_id, take_over=False):
    """Send the next batch of ``issue_id`` and enqueue the one after; returns how many were sent.

    ``take_over``: the batch of a resume, which takes over the reservations of the run it resumes.
    """
    issue = Issue.objects.filter(pk=issue_id, status=IssueStatus.SENDING).first()
    if issue is None:
        return 0
    try:
        batch = reserve(issue, take_over)
    except IntegrityError:  # another run reserved some of these addresses first (no row lock: SQLite)
        send_batch.enqueue(issue.pk)
        return 0
    if not batch:
        # Done, unless another run still has reservations: it (or, after a crash, the resume) finishes.
        if not Delivery.objects.filter(issue=issue, status=DeliveryStatus.QUEUED).exists():
            Issue.objects.filter(pk=issue.pk, status=IssueStatus.SENDING).update(
                status=IssueStatus.SENT, finished_at=timezone.now()
            )
        return 0
    email = rendered(issue)
    root_url = site_root_url()
    senders = max(1, min(connections(), len(batch)))
    rate = getattr(settings, "BULLETIN_MAX_PER_SECOND", 0)
    interval = senders / rate if rate else 0  # each connection's share of the provider's rate
    if senders == 1:
        sent = _send(issue, email, root_url, batch, interval)
    else:
        with ThreadPoolExecutor(max_workers=senders, thread_name_prefix="bulletin") as pool:
            shares = [
                pool.submit(_send_in_thread, issue, email, root_url, batch[n::senders], interval)
                for n in range(senders)
            ]
            sent = sum(share.result() for share in shares)
    send_batch.enqueue(issue.pk)
    return sent


def _send_in_thread(*args):
    try:
        return _send(*args)
    finally:
        db.connection.close()  # the thread's own database connection


def _send(issue, email, root_url, batch, interval):
    """Send ``batch`` ([(Delivery, language)]) over one mail-server connection; returns how many were sent."""
    sent = 0
    previous = None  # (pk, time) of the last email the server accepted, marked with the next claim
    with get_connection() as connection:
        for delivery, language in batch:
            began = time.monotonic()
            claimed = _claim(delivery, previous)
            previous = None
            if not claimed:
                continue  # taken over by the run that resumed the issue
            subscriber = _Recipient(delivery.subscriber_id, delivery.email, language)
            message = email.message(delivery.email, rendering.unsubscribe_url(subscriber, root_url), connection)
            try:
                message.send()
            except Exception as error:  # the server refused it: recorded, the batch goes on
                logger.warning("Bulletin %s to %s refused: %s", issue.pk, delivery.email, error)
                Delivery.objects.filter(pk=delivery.pk).update(status=DeliveryStatus.FAILED, error=str(error)[:1000])
                continue
            previous = (delivery.pk, timezone.now())
            sent += 1
            if interval:
                time.sleep(max(0.0, interval - (time.monotonic() - began)))
    if previous:
        Delivery.objects.filter(pk=previous[0]).update(status=DeliveryStatus.SENT, sent_at=previous[1])
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
    queued = counts.pop(DeliveryStatus.QUEUED, 0)  # reserved by a batch, not handed over: still waiting
    stalled = issue.status == IssueStatus.SENDING and last is not None and timezone.now() - last > stalled_after()
    remaining = pending(issue).count() + queued if issue.status == IssueStatus.SENDING else 0
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
        send_batch.enqueue(issue.pk, take_over=True)
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
