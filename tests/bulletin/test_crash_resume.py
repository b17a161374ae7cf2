"""An issue sent by the real worker (``manage.py db_worker``), killed mid-send and started again:
everyone gets it, nobody twice, and the record says who got it.

The worker is a subprocess on the test database, sending through SMTP to a sink in this process
(aiosmtpd), so the test needs a database another process can open: PostgreSQL (``.ci/run``
runs the suite on it). Its rows must be committed for the worker to see them, hence a
transactional test (the tables are emptied after it).
"""

import io
import os
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.db import connection

from bulletin import sending
from bulletin.models import Delivery, DeliveryStatus, ImportedConsent, Issue, IssueStatus
from feeds.models import Subscriber
from tests.factories import EditorFactory, NewsPageFactory, build_trees
from tests.factories.bulletin import IssueFactory
from tests.factories.locales import locales

ROOT = Path(__file__).resolve().parents[2]
READERS = 150
CONNECTIONS = 3

pytestmark = [pytest.mark.factories, pytest.mark.django_db(transaction=True)]


class Sink:
    """An SMTP server that keeps the recipients of every message it accepts."""

    def __init__(self):
        self.recipients = []

    async def handle_DATA(self, server, session, envelope):
        self.recipients.extend(envelope.rcpt_tos)
        return "250 OK"


@pytest.fixture
def smtp_sink():
    sink = Sink()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield sink, port
    finally:
        controller.stop()


def worker(port, *extra):
    settings = connection.settings_dict
    url = (
        f"postgres://{settings['USER']}@{settings['HOST'] or '127.0.0.1'}:{settings['PORT'] or 5432}/{settings['NAME']}"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.bulletin.worker_settings",
        "DATABASE_URL": url,
        "BULLETIN_TEST_SMTP_PORT": str(port),
        "BULLETIN_BATCH_SIZE": "20",
        "BULLETIN_MAX_PER_SECOND": "40",  # slow enough to be killed mid-send, each batch ~0.5 s
        "BULLETIN_CONNECTIONS": str(CONNECTIONS),  # each batch sent by three threads, as in production
    }
    command = [sys.executable, "manage.py", "db_worker", "--backend", "bulletin", "--queue-name", "bulletin"]
    command += ["--interval", "0.2", "--no-startup-delay", *extra]
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def sent_count(issue):
    return Delivery.objects.filter(issue=issue, status=DeliveryStatus.SENT).count()


def test_a_worker_killed_mid_send_resumes_without_sending_anyone_twice(smtp_sink):
    if connection.vendor != "postgresql":
        pytest.skip("the worker subprocess needs a database it can open too: run with DATABASE_URL on PostgreSQL")
    sink, port = smtp_sink
    locales()
    trees = build_trees()
    news = NewsPageFactory(parent=trees.section("news"), title="Reforma de pensiones")
    readers = Subscriber.objects.bulk_create(
        [Subscriber(email=f"lectora{n:03}@example.org", language="es") for n in range(READERS)]
    )
    ImportedConsent.objects.bulk_create(
        [ImportedConsent(subscriber=s, source="t.csv", line=n + 2) for n, s in enumerate(readers)]
    )
    issue = IssueFactory(language="es", pages=[news])
    assert sending.start(issue, EditorFactory())

    first = worker(port)
    try:
        deadline = time.monotonic() + 120
        while sent_count(issue) < 40 and time.monotonic() < deadline and first.poll() is None:
            time.sleep(0.05)
        first.send_signal(signal.SIGKILL)  # a crash: no clean-up of any kind
        first.wait(timeout=30)
    finally:
        if first.poll() is None:
            first.kill()
    crashed_at = sent_count(issue)
    assert 40 <= crashed_at < READERS, "the worker was not killed in the middle of the issue"
    assert Issue.objects.get(pk=issue.pk).status == IssueStatus.SENDING

    # Started again, the worker finds nothing queued (the killed task stays "running") until the
    # stalled issue is resumed; then it finishes the issue and, with --batch, exits.
    out = io.StringIO()
    call_command("resume_bulletins", "--stalled-minutes", "0", stdout=out)
    assert f"Resumed: {issue.pk}" in out.getvalue()
    second = worker(port, "--batch")
    try:
        _out, errors = second.communicate(timeout=240)
    finally:
        if second.poll() is None:
            second.kill()
    assert second.returncode == 0, errors.decode()[-2000:]

    issue.refresh_from_db()
    assert issue.status == IssueStatus.SENT
    received = Counter(sink.recipients)
    assert max(received.values()) == 1, "someone received the issue twice"
    deliveries = dict(Delivery.objects.filter(issue=issue).values_list("email", "status"))
    assert len(deliveries) == READERS
    interrupted = {email for email, status in deliveries.items() if status == DeliveryStatus.CLAIMED}
    # At most the one each connection was handing over when the worker died; the rest of the
    # batch it had reserved was sent by the resumed run.
    assert len(interrupted) <= CONNECTIONS
    sent = {email for email, status in deliveries.items() if status == DeliveryStatus.SENT}
    assert sent <= set(received) and set(received) <= sent | interrupted
    assert len(sent) + len(interrupted) == READERS
    assert sending.progress(issue)["interrupted"] == len(interrupted)
