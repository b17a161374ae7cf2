"""The raw path (page cache and shared data both off), before and after a change, side by side.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_10k .venv/bin/python -m bench.raw_path \\
        --baseline /path/to/a/checkout/of/the/old/commit

Every public page type is served as ``bench/load.py`` serves it (production settings,
gunicorn 2 sync workers, whitenoise) but with ``PAGE_CACHE=false`` and ``DATA_CACHE=false``:
what every reader gets after a publish until the caches fill again, and what logged-in
readers get. With ``--baseline DIR`` a second server runs the code checked out in ``DIR``
(a ``git worktree`` of the old commit) on the same database, and each page is measured on
both, alternating (``--rounds`` times each, the median kept), so that load from other
processes on the machine shifts both alike. Without it only this checkout is measured.
Each page's queries are counted by ``bench/queries.py --data-cache off``.

With ``--mode cached`` each side's ``/bench-ceiling/`` (``bench/urls.py``, a trivial view
behind the same middleware, as ``bench/load.py`` measures it) is measured just before each
of its pages, and each page is also reported as a fraction of its side's ceiling: issue 17's
target for the cached path is at least 50% of it for anonymous pages, and no slower than
the baseline side by side.
"""

import argparse
import datetime
import os
import shutil
import sys
from pathlib import Path

from bench.common import (
    BASE_DIR,
    BENCH_CACHE_URL,
    collectstatic,
    database_url,
    demo_page,
    describe_database,
    git_commit,
    median,
    print_tables,
    production_env,
    setup_django,
)
from bench.queries import pages as query_pages
from bench.server import Server, flush_cache, machine, page_count
from bench.wrk import check, measure

MODES = {
    "raw": {"PAGE_CACHE": "false", "DATA_CACHE": "false"},
    "shared": {"PAGE_CACHE": "false", "DATA_CACHE": "true"},
    "cached": {"PAGE_CACHE": "true", "DATA_CACHE": "true"},
}
# Issue 17's target for the raw path.
SPEEDUP_TARGET = 0.25
# Issue 17's target for the cached path: a fraction of the ceiling (as bench/load.py measures it).
CACHED_FRACTION = 0.50
CEILING_PATH = "/bench-ceiling/"


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=None, help="default: $DATABASE_URL")
    parser.add_argument("--baseline", help="a checkout of the code to compare with (a git worktree)")
    parser.add_argument("--rounds", type=int, default=2, help="measurements of each page on each side (default 2)")
    parser.add_argument("--duration", type=int, default=8, help="seconds of measurement (default 8)")
    parser.add_argument("--warmup", type=int, default=2, help="seconds of warm-up (default 2)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--cache-url", default=BENCH_CACHE_URL)
    parser.add_argument("--only", help="comma-separated page names (bench/queries.py's names)")
    parser.add_argument(
        "--mode",
        choices=sorted(MODES),
        default="raw",
        help="raw: both caches off (default); shared: shared data on, page cache off; cached: both on",
    )
    parser.add_argument("--markdown", action="store_true")
    return parser.parse_args(argv)


def chosen(name, only):
    """True when ``name`` is one of the comma-separated names of ``--only`` (names may hold a comma)."""
    items = "," + ",".join(part.strip() for part in only.split(",")) + ","
    return "," + ",".join(part.strip() for part in name.split(",")) + "," in items


def targets(only=None):
    """(name, path) of every public page type measured by bench/queries.py, search aside (bench/search_latency.py)."""
    found = []
    for name, key, language, query in query_pages():
        if key is None or (only and not chosen(name, only)):
            continue
        page = demo_page(key, language)
        if page is not None:
            found.append((name, page.url + query))
    return found


class Side:
    def __init__(self, label, directory, env, args):
        self.label = label
        self.directory = Path(directory)
        self.env = dict(env, STATIC_ROOT=str(self.directory / "bench" / ".static"))
        self.server = Server(self.env, 0, args.workers, cwd=self.directory)

    def start(self):
        collectstatic_in(self.directory, self.env)
        self.server.__enter__()
        return self

    def stop(self):
        self.server.__exit__(None, None, None)


def collectstatic_in(directory, env):
    if Path(directory) == BASE_DIR:
        collectstatic(env)
        return
    import subprocess

    from bench.common import PYTHON

    subprocess.run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=directory, env=env, check=True)


def main(argv=None):
    args = parse_args(argv)
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install -y wrk")
    url = args.database_url or database_url()
    env = production_env(url, CACHE_URL=args.cache_url, **MODES[args.mode])
    setup_django("bench.settings", **{name: env[name] for name in env if name.isupper()})
    pages = targets(args.only)
    if args.mode == "cached":  # raw and shared leave the page cache alone
        flush_cache()
    sides = [Side("after", BASE_DIR, env, args)]
    if args.baseline:
        sides.insert(0, Side("before", args.baseline, env, args))
    load_before = os.getloadavg()
    started = datetime.datetime.now()
    results = {}
    try:
        for side in sides:
            side.start()
        ceiling = args.mode == "cached"
        for name, path in pages:
            for side in sides:
                check(side.server.base_url + path, {}, _Target(name), False)
            for round_ in range(args.rounds):
                for side in sides if round_ % 2 == 0 else reversed(sides):
                    if ceiling:
                        print(f"[{side.label}] ceiling: {CEILING_PATH}", flush=True)
                        result = measure(side.server.base_url + CEILING_PATH, {}, args, "ceiling", side.label)
                        results.setdefault((name, side.label, "ceiling"), []).append(result)
                    print(f"[{side.label}] {name}: {path}", flush=True)
                    result = measure(side.server.base_url + path, {}, args, name, side.label)
                    results.setdefault((name, side.label), []).append(result)
    finally:
        for side in sides:
            side.stop()
    load_after = os.getloadavg()
    report(args, url, pages, sides, results, started, load_before, load_after)


class _Target:
    kind = "public"

    def __init__(self, name):
        self.name = name


def report(args, url, pages, sides, results, started, load_before, load_after):
    cached = args.mode == "cached"
    headers = ["page"]
    for side in sides:
        headers += [f"{side.label} req/s", f"{side.label} p50 ms", f"{side.label} p95 ms"]
        if cached:
            headers += [f"{side.label} of ceiling"]
    if len(sides) == 2:
        headers += ["req/s change"]
        headers += ["target (>= 50% of ceiling, >= before)"] if cached else ["target (>= +25%)"]
    elif cached:
        headers += ["target (>= 50% of ceiling)"]
    rows = []
    for name, _path in pages:
        row = [name]
        rates = []
        fraction = None
        for side in sides:
            measured = results[(name, side.label)]
            rate = median([r.requests_per_second for r in measured])
            rates.append(rate)
            row += [
                f"{rate:.1f}",
                f"{median([r.p50 for r in measured]):.1f}",
                f"{median([r.p95 for r in measured]):.1f}",
            ]
            if cached:
                # Each measurement against the ceiling measured just before it, then the median.
                ceilings = results[(name, side.label, "ceiling")]
                fraction = median(
                    [r.requests_per_second / c.requests_per_second for r, c in zip(measured, ceilings, strict=True)]
                )
                row += [f"{fraction:.0%}"]
        change = rates[-1] / rates[0] - 1 if len(sides) == 2 and rates[0] else None
        if change is not None:
            row += [f"{change:+.0%}"]
        if cached:
            met = fraction >= CACHED_FRACTION and (change is None or change >= 0)
            row += ["met" if met else "MISSED"]
        elif change is not None:
            row += ["met" if change >= SPEEDUP_TARGET else "MISSED"]
        rows.append(row)
    ended = datetime.datetime.now()
    print()
    print(
        f"{started:%Y-%m-%d %H:%M}–{ended:%H:%M} · commit {git_commit()}"
        + (f" against {sides[0].directory}" if len(sides) == 2 else "")
        + f" · {machine()} · {describe_database(url)} ({page_count():,} pages) · "
        + " ".join(f"{name}={value}" for name, value in MODES[args.mode].items())
        + f" · gunicorn {args.workers} sync workers · wrk -t{args.threads} -c{args.connections} -d{args.duration}s"
        + f" × {args.rounds} alternating · load average {load_before[0]:.1f} before, {load_after[0]:.1f} after"
    )
    print_tables(headers, rows, args.markdown)


if __name__ == "__main__":
    main()
