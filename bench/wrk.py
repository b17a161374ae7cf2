"""Measuring one URL with wrk (``wrk --latency`` and bench/wrk_report.lua) for the bench scripts."""

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from bench.common import median

LUA_REPORT = Path(__file__).with_name("wrk_report.lua")


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
