"""Throughput and latency of the portal under gunicorn, measured with wrk.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_10k .venv/bin/python -m bench.load

Serves the portal as in production (``bench.settings``: production settings, DEBUG off,
static files through whitenoise after ``collectstatic``, the page cache in Redis
database 3 so both workers share it) with gunicorn (2 sync workers) on 127.0.0.1, and
measures each URL with ``wrk --latency`` (Debian package ``wrk``): requests per second and
p50/p90/p95/p99 latency, for

- public pages (home, a country page, a theme page, a case study, a listing with filters,
  the search page with a query), once with ``PAGE_CACHE=false`` and once with
  ``PAGE_CACHE=true`` (each in its own server run);
- the demo specialist's admin dashboard and page explorer (logged in: the session cookie
  comes from a real login and is passed to wrk);
- ``/bench-ceiling/`` (bench/urls.py), a trivial Django view served the same way, measured
  in the same server run just before each page (``--ceiling-once``: once per run): each
  page's throughput is reported as a fraction of that ceiling, so that load from other
  processes on the machine shifts both alike.

Redis database 3 is emptied before each run. wrk, gunicorn and PostgreSQL share the machine.
"""

import argparse
import dataclasses
import datetime
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench.common import (
    BASE_DIR,
    BENCH_CACHE_URL,
    PYTHON,
    collectstatic,
    database_url,
    demo_page,
    describe_database,
    git_commit,
    markdown_table,
    median,
    production_env,
    setup_django,
    table,
)

LUA_REPORT = Path(__file__).with_name("wrk_report.lua")
SEARCH_QUERY = "pensiones"
# Targets from issue 6 (reported, not asserted).
UNCACHED_P99_MS = 50
UNCACHED_FRACTION = 0.10
CACHED_FRACTION = 0.50
ADMIN_P95_MS = 200


@dataclass
class Target:
    name: str
    path: str
    kind: str  # "public", "admin" or "ceiling"


@dataclass
class Result:
    name: str
    mode: str
    requests_per_second: float
    p50: float
    p90: float
    p95: float
    p99: float
    errors: int
    ceiling: float = 0.0
    cache_hit: str = ""

    @property
    def fraction(self):
        return self.requests_per_second / self.ceiling if self.ceiling else float("nan")


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=None, help="default: $DATABASE_URL")
    parser.add_argument("--duration", type=int, default=10, help="seconds of measurement per URL (default 10)")
    parser.add_argument("--warmup", type=int, default=2, help="seconds of warm-up per URL (default 2)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument("--connections", type=int, default=2, help="wrk connections (default 2, one per worker)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument("--port", type=int, default=0, help="default: a free port")
    parser.add_argument("--cache-url", default=BENCH_CACHE_URL, help=f"shared cache (default {BENCH_CACHE_URL})")
    parser.add_argument(
        "--ceiling-once",
        dest="ceiling_each",
        action="store_false",
        help="measure the ceiling once per run instead of just before each page (steadier on a busy machine)",
    )
    parser.add_argument("--only", help="comma-separated names of pages to measure (default: all)")
    parser.add_argument(
        "--modes",
        default="uncached,cached",
        help="server runs: uncached (PAGE_CACHE=false), cached (PAGE_CACHE=true) or both (default)",
    )
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown too")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install -y wrk")
    url = args.database_url or database_url()
    env = production_env(url, CACHE_URL=args.cache_url, PAGE_CACHE="false")
    print("collectstatic…", flush=True)
    collectstatic(env)
    setup_django("bench.settings", **{name: env[name] for name in env if name.isupper()})
    targets = discover_targets()
    if args.only:
        wanted = set(args.only.split(","))
        targets = [target for target in targets if target.name in wanted or target.kind == "ceiling"]
    pages = page_count()
    results = []
    load_before = os.getloadavg()[0]
    modes = set(args.modes.split(","))
    for page_cache in (False, True):
        mode = "cached" if page_cache else "uncached"
        if mode not in modes:
            continue
        run_targets = [t for t in targets if t.kind == "ceiling" or t.kind == "public" or not page_cache]
        if page_cache and not any(t.kind == "public" for t in run_targets):
            continue
        flush_cache()
        run_env = production_env(url, CACHE_URL=args.cache_url, PAGE_CACHE=str(page_cache).lower())
        with Server(run_env, args.port, args.workers) as server:
            cookie = login(server.base_url, "specialist", "demo-specialist-2026") if not page_cache else ""
            ceiling_target = next(t for t in targets if t.kind == "ceiling")
            check(server.base_url + ceiling_target.path, {}, ceiling_target, page_cache)
            ceilings = []
            for target in run_targets:
                if target.kind == "ceiling":
                    continue
                headers = {"Cookie": cookie} if target.kind == "admin" else {}
                hit = check(server.base_url + target.path, headers, target, page_cache)
                if args.ceiling_each or not ceilings:
                    print(f"[{mode}] ceiling: {ceiling_target.path}", flush=True)
                    ceilings.append(measure(server.base_url + ceiling_target.path, {}, args, "ceiling", mode))
                print(f"[{mode}] {target.name}: {target.path}", flush=True)
                result = measure(server.base_url + target.path, headers, args, target.name, mode)
                result.cache_hit = hit
                result.ceiling = ceilings[-1].requests_per_second
                results.append(result)
            if ceilings:
                results.insert(len(results) - len(run_targets) + 1, median_result(ceilings))
    report(results, args, url, pages, (load_before, os.getloadavg()[0]))


def median_result(results):
    """One row for several measurements of the same URL: the median of each figure."""
    first = results[0]
    row = Result(
        name=f"ceiling (median of {len(results)})" if len(results) > 1 else "ceiling",
        mode=first.mode,
        requests_per_second=median([r.requests_per_second for r in results]),
        p50=median([r.p50 for r in results]),
        p90=median([r.p90 for r in results]),
        p95=median([r.p95 for r in results]),
        p99=median([r.p99 for r in results]),
        errors=sum(r.errors for r in results),
    )
    row.ceiling = row.requests_per_second
    return row


def discover_targets():
    """The URLs to measure, from the demo pages present in every generated database."""
    from countries.models import CountryPage

    home = demo_page("home")
    country = demo_page("country-be")
    theme = demo_page("theme-health")
    case_study = demo_page("casestudy-be-platform")
    resources = demo_page("resources")
    missing = [name for name, page in (("home", home), ("country-be", country)) if page is None]
    if missing or None in (theme, case_study, resources):
        sys.exit("demo pages missing: run manage.py load_demo_content (or bench.generate) on this database first")
    iso = CountryPage.objects.filter(pk=country.pk).values_list("iso_code", flat=True).first()
    return [
        Target("ceiling", "/bench-ceiling/", "ceiling"),
        Target("home", home.url, "public"),
        Target("country page", country.url, "public"),
        Target("theme page", theme.url, "public"),
        Target("case study", case_study.url, "public"),
        Target("listing + filters", f"{resources.url}?type=publication&country={iso}", "public"),
        Target("search", f"/es/search/?q={SEARCH_QUERY}", "public"),
        Target("admin dashboard", "/admin/", "admin"),
        Target("admin explorer", f"/admin/pages/{country.pk}/", "admin"),
    ]


def page_count():
    from wagtail.models import Page

    return Page.objects.filter(depth__gt=1).count()


def flush_cache():
    from django.core.cache import cache

    cache.clear()


class Server:
    """gunicorn serving bench.settings on 127.0.0.1; stopped (and only it) on exit.

    ``cwd``: the checkout to serve (bench/raw_path.py serves an older one beside this one).
    """

    def __init__(self, env, port, workers, cwd=BASE_DIR):
        self.cwd = Path(cwd)
        self.env = env
        self.port = port or free_port()
        self.workers = workers
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.process = None
        self.log = None

    def __enter__(self):
        self.log = open(self.cwd / "bench" / ".gunicorn.log", "ab")  # noqa: SIM115 (closed in __exit__)
        command = [
            PYTHON,
            "-m",
            "gunicorn",
            "config.wsgi:application",
            f"--workers={self.workers}",
            f"--bind=127.0.0.1:{self.port}",
            "--log-level=warning",
            "--timeout=120",
            "--no-control-socket",  # gunicorn 27's shared default path would clash with other servers
        ]
        self.process = subprocess.Popen(command, cwd=self.cwd, env=self.env, stdout=self.log, stderr=self.log)
        import requests

        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"gunicorn exited with {self.process.returncode}; see bench/.gunicorn.log")
            try:
                # Each worker loads the application on its first request: load them all.
                answers = [
                    requests.get(self.base_url + "/bench-ceiling/", timeout=120).status_code
                    for _ in range(self.workers * 4)
                ]
                if answers and set(answers) == {200}:
                    return self
            except requests.ConnectionError:
                pass
            time.sleep(0.5)
        self.__exit__(None, None, None)
        raise SystemExit("gunicorn did not answer within 180 s; see bench/.gunicorn.log")

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.log:
            self.log.close()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def login(base_url, username, password):
    """Log in through the admin login form; return a Cookie header value with the session."""
    import requests

    response = requests.get(f"{base_url}/admin/login/", timeout=30)
    csrf_cookie = response.cookies.get("csrftoken")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.text)
    if not csrf_cookie or not token:
        raise SystemExit("login: no CSRF token on /admin/login/")
    response = requests.post(
        f"{base_url}/admin/login/",
        data={"csrfmiddlewaretoken": token.group(1), "username": username, "password": password, "next": "/admin/"},
        headers={"Cookie": f"csrftoken={csrf_cookie}", "Referer": f"{base_url}/admin/login/"},
        allow_redirects=False,
        timeout=30,
    )
    session = response.cookies.get("sessionid")
    if response.status_code != 302 or not session:
        raise SystemExit(f"login as {username} failed (status {response.status_code})")
    return f"csrftoken={response.cookies.get('csrftoken') or csrf_cookie}; sessionid={session}"


def check(url, headers, target, page_cache):
    """The URL answers 200 (no redirect to the login page); with the page cache on, whether it is served from it."""
    import requests

    for _ in range(2):
        response = requests.get(url, headers=headers, allow_redirects=False, timeout=60)
    if response.status_code != 200:
        raise SystemExit(f"{target.name}: {url} answered {response.status_code}")
    if target.kind == "public" and page_cache:
        return response.headers.get("X-Page-Cache", "not stored")
    return ""


def measure(url, headers, args, name, mode):
    header_args = [arg for name_value in headers.items() for arg in ("-H", f"{name_value[0]}: {name_value[1]}")]
    if args.warmup:
        subprocess.run(
            ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.warmup}s", *header_args, url],
            capture_output=True,
            check=True,
        )
    completed = subprocess.run(
        [
            "wrk",
            f"-t{args.threads}",
            f"-c{args.connections}",
            f"-d{args.duration}s",
            "--latency",
            "--timeout=30s",
            "-s",
            str(LUA_REPORT),
            *header_args,
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return parse_wrk(completed.stdout, name, mode)


UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def parse_wrk(output, name, mode):
    """Requests/s and latency percentiles (ms) from ``wrk --latency`` output and wrk_report.lua's line."""
    rps = re.search(r"Requests/sec:\s+([\d.]+)", output)
    percentiles = {
        int(p): float(value) * UNITS_MS[unit]
        for p, value, unit in re.findall(r"^\s+(\d+)%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.MULTILINE)
    }
    line = re.search(r"^BENCH (.*)$", output, re.MULTILINE)
    fields = dict(item.split("=") for item in line.group(1).split()) if line else {}
    errors = sum(int(fields[key]) for key in fields if key.endswith("errors") or key == "timeouts")
    if fields and int(fields["requests"]) == 0:
        print(f"  {name}: no request completed in the run (each took longer than --duration)")
        nan = float("nan")
        return Result(name, mode, 0.0, nan, nan, nan, nan, errors)
    if not rps or not {50, 90, 99} <= set(percentiles) or not fields:
        raise SystemExit(f"could not parse wrk output:\n{output}")
    return Result(
        name=name,
        mode=mode,
        requests_per_second=float(rps.group(1)),
        p50=percentiles[50],
        p90=percentiles[90],
        p95=int(fields["p95_us"]) / 1000,
        p99=percentiles[99],
        errors=errors,
    )


def verdict(result):
    if result.name.startswith("ceiling"):
        return ""
    if result.mode == "cached" and result.cache_hit in ("", "hit"):
        return "met" if result.fraction >= CACHED_FRACTION else f"MISSED (< {CACHED_FRACTION:.0%} of ceiling)"
    if result.mode == "cached":
        # Never stored by design (the search page: each search is counted, results depend on
        # the reader), so it is served as without the page cache: the uncached targets apply.
        return "never stored: " + verdict(dataclasses.replace(result, mode="uncached"))
    if result.name.startswith("admin"):
        return "met" if result.p95 < ADMIN_P95_MS else f"MISSED (p95 >= {ADMIN_P95_MS} ms)"
    missed = []
    if result.p99 >= UNCACHED_P99_MS:
        missed.append(f"p99 >= {UNCACHED_P99_MS} ms")
    if result.fraction < UNCACHED_FRACTION:
        missed.append(f"< {UNCACHED_FRACTION:.0%} of ceiling")
    return "MISSED (" + ", ".join(missed) + ")" if missed else "met"


def machine():
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {cpu}"


def report(results, args, url, pages, load):
    headers = [
        "page",
        "cache",
        "req/s",
        "p50 ms",
        "p90 ms",
        "p95 ms",
        "p99 ms",
        "ceiling req/s",
        "of ceiling",
        "errors",
        "target",
    ]
    rows = []
    for r in results:
        rows.append(
            [
                r.name,
                r.mode + (f" ({r.cache_hit})" if r.cache_hit and r.cache_hit != "hit" else ""),
                f"{r.requests_per_second:.1f}",
                f"{r.p50:.1f}",
                f"{r.p90:.1f}",
                f"{r.p95:.1f}",
                f"{r.p99:.1f}",
                f"{r.ceiling:.0f}",
                f"{r.fraction:.0%}",
                r.errors,
                verdict(r),
            ]
        )
    print()
    print(
        f"{datetime.date.today()} · commit {git_commit()} · {machine()} · {describe_database(url)} "
        f"({pages:,} pages) · gunicorn {args.workers} sync workers · wrk -t{args.threads} -c{args.connections} "
        f"-d{args.duration}s · load average {load[0]:.1f} before, {load[1]:.1f} after"
    )
    print(table(headers, rows))
    if args.markdown:
        print()
        print(markdown_table(headers, rows))


if __name__ == "__main__":
    main()
