"""Time to approve and publish a page through the workflow, and to rebuild the search index.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_10k .venv/bin/python -m bench.publish

Through the real admin views, with Django's test client and production settings
(``bench.settings``; the page cache on, in Redis database 3; a stub frontend cache
at 127.0.0.1 that Wagtail purges, as a CDN would be): the demo specialist opens the
edit form of the Spanish Belgium page (their tree; it has real en and fr translations),
changes its summary and submits it for review ("action-submit", the form posted as the
browser posts it); the demo reviewer approves it from the workflow action modal. The
approval publishes the page, indexes it for search, marks its translations out of date
and empties the page cache; the script then checks that an anonymous reader and the
search see the change. Each run is timed; the median of ``--runs`` runs is reported,
after one warm-up run. Then ``rebuild_search_index`` (or ``update_index``) is timed, and the
database vacuumed after it (not timed), as autovacuum would.

It changes the database (new revisions of that page): use a benchmark database.
"""

import argparse
import datetime
import http.server
import statistics
import sys
import threading
import time
import uuid

from bench.common import (
    BENCH_CACHE_URL,
    collectstatic,
    database_url,
    describe_database,
    git_commit,
    production_env,
    setup_django,
    table,
    vacuum_analyze,
)

APPROVE_TARGET_MS = 500
PAGE_KEY = "country-be"


class PurgeHandler(http.server.BaseHTTPRequestHandler):
    """A frontend cache (CDN) stand-in: accepts Wagtail's PURGE requests and counts them."""

    purged = 0

    def do_PURGE(self):  # noqa: N802 (HTTP method name)
        PurgeHandler.purged += 1
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def start_purge_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), PurgeHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=None, help="default: $DATABASE_URL")
    parser.add_argument("--runs", type=int, default=7, help="timed runs (default 7), after one warm-up run")
    parser.add_argument("--no-rebuild", action="store_true", help="skip timing the search index rebuild")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    url = args.database_url or database_url()
    purge_server = start_purge_server()
    env = production_env(
        url,
        CACHE_URL=BENCH_CACHE_URL,
        PAGE_CACHE="true",
        EMAIL_URL="memory://",
        FRONTEND_CACHE_URL=f"http://127.0.0.1:{purge_server.server_port}",
    )
    collectstatic(env)  # the admin's templates need the manifest of hashed static files
    setup_django("bench.settings", **{name: env[name] for name in env if name.isupper()})
    from django.core.cache import cache

    cache.clear()
    bench = PublishBench()
    bench.run_once("warm-up")
    runs = [bench.run_once(f"run {number}") for number in range(1, args.runs + 1)]
    rebuild = None if args.no_rebuild else time_rebuild()
    report(runs, rebuild, url, args)
    purge_server.shutdown()


class PublishBench:
    def __init__(self):
        from django.contrib.auth import get_user_model
        from django.http import HttpRequest
        from django.test import Client

        from bench.common import demo_page

        self.page = demo_page(PAGE_KEY)
        if self.page is None:
            sys.exit(f"demo page {PAGE_KEY} missing: run manage.py load_demo_content on this database first")
        User = get_user_model()
        self.specialist_client = Client()
        self.reviewer_client = Client()
        self.reader = Client()
        # Real logins (password check included), once; the login lockout (django-axes) wants a request.
        if not self.specialist_client.login(
            request=HttpRequest(), username="specialist", password="demo-specialist-2026"
        ):
            sys.exit("cannot log in as the demo specialist")
        if not self.reviewer_client.login(request=HttpRequest(), username="reviewer", password="demo-reviewer-2026"):
            sys.exit("cannot log in as the demo reviewer")
        self.users = {name: User.objects.get(username=name) for name in ("specialist", "reviewer")}

    def run_once(self, label):
        from django.core import mail
        from django.urls import reverse
        from wagtail.models import Page, WorkflowState

        page = Page.objects.get(pk=self.page.pk).specific
        marker = f"benchrev{uuid.uuid4().hex[:10]}"
        edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])

        started = time.perf_counter()
        response = self.specialist_client.get(edit_url)
        form_loaded = time.perf_counter()
        if response.status_code != 200:
            sys.exit(f"edit form: status {response.status_code}")
        from tests.helpers import form_fields  # the tests' browser-like form reader

        data = form_fields(response.content.decode())
        if "summary" not in data:
            sys.exit("edit form: no summary field found")
        data["summary"] = [f"{data['summary'][0].split(' benchrev')[0]} {marker}"]
        data["action-submit"] = ["1"]
        submit_started = time.perf_counter()
        response = self.specialist_client.post(edit_url, data)
        submitted = time.perf_counter()
        if response.status_code != 302:
            errors = response.context["form"].errors if response.context and "form" in response.context else ""
            sys.exit(f"submit: status {response.status_code} {errors}")
        page.refresh_from_db()
        state = page.current_workflow_state
        if state is None or state.status != WorkflowState.STATUS_IN_PROGRESS:
            sys.exit("submit: the page is not in review")
        task_state = state.current_task_state

        approve_url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
        purged_before = PurgeHandler.purged
        mail.outbox = []
        approve_started = time.perf_counter()
        response = self.reviewer_client.post(
            approve_url, {"comment": "Approved by bench/publish.py"}, HTTP_X_REQUESTED_WITH="XMLHttpRequest"
        )
        approved = time.perf_counter()
        if response.status_code != 200 or b'"success"' not in response.content:
            sys.exit(f"approve: status {response.status_code}: {response.content[:300]!r}")

        # Checks: live, visible to readers (through the page cache), found by search, purged.
        page.refresh_from_db()
        if page.live_revision_id != page.latest_revision_id:
            sys.exit("approve: the latest revision is not live")
        public = self.reader.get(page.url)
        visible = marker in public.content.decode()
        found = marker_found(marker, page)
        return {
            "label": label,
            "form_ms": (form_loaded - started) * 1000,
            "submit_ms": (submitted - submit_started) * 1000,
            "approve_ms": (approved - approve_started) * 1000,
            "visible": visible,
            "indexed": found,
            "purges": PurgeHandler.purged - purged_before,
            "emails": len(mail.outbox),
            "cache": public.headers.get("X-Page-Cache", "-"),
        }


def marker_found(marker, page):
    from wagtail.models import Page

    return Page.objects.live().filter(pk=page.pk).search(marker).count() > 0


def time_rebuild():
    from django.core.management import call_command, get_commands

    command = "rebuild_search_index" if "rebuild_search_index" in get_commands() else "update_index"
    started = time.perf_counter()
    call_command(command, verbosity=0)
    seconds = time.perf_counter() - started
    # The rebuild leaves a dead row per indexed object; without autovacuum (off on the bench
    # machine) later searches read them all (bench/search_latency.py: p95 up by half).
    vacuum_analyze()
    return command, seconds


def report(runs, rebuild, url, args):
    from wagtail.models import Page

    headers = [
        "run",
        "edit form ms",
        "submit ms",
        "approve+publish ms",
        "live for readers",
        "in search",
        "purges",
        "emails",
    ]
    rows = [
        [
            run["label"],
            f"{run['form_ms']:.0f}",
            f"{run['submit_ms']:.0f}",
            f"{run['approve_ms']:.0f}",
            "yes" if run["visible"] else "NO",
            "yes" if run["indexed"] else "NO",
            run["purges"],
            run["emails"],
        ]
        for run in runs
    ]
    approve = statistics.median(run["approve_ms"] for run in runs)
    submit = statistics.median(run["submit_ms"] for run in runs)
    print()
    print(
        f"{datetime.date.today()} · commit {git_commit()} · {describe_database(url)} "
        f"({Page.objects.count():,} pages) · page: {PAGE_KEY} (es)"
    )
    print(table(headers, rows))
    verdict = "met" if approve < APPROVE_TARGET_MS else f"MISSED (>= {APPROVE_TARGET_MS} ms)"
    print(f"\nmedian of {len(runs)}: submit {submit:.0f} ms, approve and publish {approve:.0f} ms ({verdict})")
    if rebuild:
        command, seconds = rebuild
        print(f"search index rebuild ({command}): {seconds:.1f} s")


if __name__ == "__main__":
    main()
