"""Sending a bulletin issue to 10,000 subscribers through a local SMTP sink, with the real worker.

On a database with the demo content (``migrate`` and ``load_demo_content`` first; ``--setup``
runs both when the database has no pages), the script adds N subscribers (default 10,000,
``bench-NNNNN@example.org``, Spanish, imported consent; reused on later runs), composes an issue
of a demo news item, event and resource, and starts it as the admin's "Send" does
(``bulletin.sending.start``). A ``manage.py db_worker --backend bulletin --batch`` subprocess
(production settings, ``bench/settings.py``) then sends it to an aiosmtpd SMTP server running
in this process, which counts the messages. Reported: wall time from "Send" to the last
delivery, emails per second, the worker's resident memory after each tenth of the issue and its
peak (``/proc``), and the SQL queries per email of one batch run in this process
(``CaptureQueriesContext``), and the worker's CPU time per email (``getrusage``: less affected by
the machine's load than the wall time). Speed is measured here, never asserted in tests.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_bulletin .venv/bin/python -m bench.bulletin [--setup] \\
        [--subscribers 10000] [--batch-size 500]
"""

import argparse
import os
import resource
import socket
import subprocess
import time
from pathlib import Path

from bench.common import BASE_DIR, PYTHON, database_url, describe_database, production_env, setup_django


class Sink:
    def __init__(self):
        self.received = 0

    async def handle_DATA(self, server, session, envelope):
        self.received += len(envelope.rcpt_tos)
        return "250 OK"


def rss_kib(pid, field="VmRSS"):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except FileNotFoundError:
        return None
    return None


def subscribers(count):
    from bulletin.models import ImportedConsent
    from feeds.models import Subscriber

    have = Subscriber.objects.filter(email__startswith="bench-").count()
    if have < count:
        made = Subscriber.objects.bulk_create(
            [Subscriber(email=f"bench-{n:05}@example.org", language="es") for n in range(have, count)],
            batch_size=2000,
        )
        ImportedConsent.objects.bulk_create(
            [ImportedConsent(subscriber=s, source="bench", line=n) for n, s in enumerate(made)], batch_size=2000
        )
    from bulletin.models import audience

    return audience("es").count()


def compose(subject):
    from bulletin.models import Issue, IssueItem
    from news.models import EventPage, NewsPage
    from resources.models import ResourcePage

    issue = Issue.objects.create(subject=subject, language="es", intro="Bench.\n\nSegundo párrafo de la introducción.")
    pages = [
        NewsPage.objects.live().filter(locale__language_code="es").not_type(EventPage).first(),
        EventPage.objects.live().filter(locale__language_code="es").first(),
        ResourcePage.objects.live().filter(locale__language_code="es").first(),
    ]
    for order, page in enumerate(page for page in pages if page):
        IssueItem.objects.create(issue=issue, page=page, sort_order=order)
    return issue


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--setup", action="store_true", help="migrate and load the demo when the database is empty")
    args = parser.parse_args()

    from aiosmtpd.controller import Controller

    sink = Sink()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    url = database_url()
    env = production_env(url, EMAIL_URL=f"smtp://127.0.0.1:{port}", BULLETIN_BATCH_SIZE=args.batch_size)
    setup_django(**env)

    from django.core.management import call_command
    from django.db import connection
    from django.test import override_settings
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Page

    from bulletin import sending
    from bulletin.models import Delivery, Issue, IssueStatus

    if args.setup:
        call_command("migrate", verbosity=0)  # first: on an empty database there is no page table yet
        if Page.objects.count() <= 2:
            call_command("load_demo_content", verbosity=0)
    total = subscribers(args.subscribers)
    print(
        f"database {describe_database(url)}; {total} subscribers; batch size {args.batch_size}; "
        f"{sending.connections()} connections"
    )
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")

    # SQL queries per email: one batch in this process.
    probe = compose("Bench (queries)")
    Issue.objects.filter(pk=probe.pk).update(status=IssueStatus.SENDING)
    # One connection: the threads of several would query on their own database connections, uncounted.
    with override_settings(BULLETIN_CONNECTIONS=1), CaptureQueriesContext(connection) as queries:
        sent = sending.send_batch.call(probe.pk)
    print(f"queries: {len(queries)} for a batch of {sent} emails = {len(queries) / max(sent, 1):.2f} per email")
    Issue.objects.filter(pk=probe.pk).delete()
    sink.received = 0

    issue = compose("Bench (10,000)")
    began = time.monotonic()
    sending.start(issue, None)
    worker = subprocess.Popen(
        [PYTHON, "manage.py", "db_worker", "--backend", "bulletin", "--queue-name", "bulletin", "--batch"]
        + ["--no-startup-delay", "--interval", "0.1"],
        cwd=BASE_DIR,
        env=env,
    )
    samples = []
    peak = 0
    next_mark = total / 10
    while worker.poll() is None:
        time.sleep(0.2)
        if sink.received >= next_mark:
            samples.append((sink.received, rss_kib(worker.pid)))
            next_mark += total / 10
        peak = max(peak, rss_kib(worker.pid, "VmHWM") or 0)
    elapsed = time.monotonic() - began
    controller.stop()
    delivered = Delivery.objects.filter(issue=issue, status="sent").count()
    print(f"sent {delivered} (sink received {sink.received}) in {elapsed:.1f} s = {delivered / elapsed:.0f} emails/s")
    print("worker RSS (MiB) after each tenth: " + ", ".join(f"{n}: {kib / 1024:.0f}" for n, kib in samples if kib))
    print(f"worker peak RSS: {peak / 1024:.0f} MiB")
    # The worker's own CPU time (user + system), which the other work on the machine affects less than the wall time.
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = usage.ru_utime + usage.ru_stime
    print(f"worker CPU time: {cpu:.1f} s = {1000 * cpu / max(delivered, 1):.2f} ms per email (start-up included)")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    Issue.objects.filter(pk=issue.pk).delete()


if __name__ == "__main__":
    main()
