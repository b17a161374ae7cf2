"""Page weight on a first visit, in Chromium: bytes, requests and where they come from.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_10k .venv/bin/python -m bench.weight

Serves the portal as ``bench/load.py`` does (gunicorn, production settings, DEBUG off,
whitenoise after ``collectstatic``; media files through ``bench/urls.py``) and opens
each page type in a new browser context (an empty cache, as a first visit) of Debian's
Chromium (``/usr/bin/chromium``) at phone width, scrolled to the bottom so that lazy
images load. For each page it reports the requests, the bytes transferred (headers and
bodies as received, compressed where the server compressed them), the bytes of images,
and any request to another host, web font or static file whose name carries no content
hash (which could then not be cached for long). Target (issue 6): the home page under
300 KB on a first visit, images included.
"""

import argparse
import sys
from urllib.parse import urlparse

from bench.common import (
    collectstatic,
    database_url,
    demo_page,
    describe_database,
    git_commit,
    markdown_table,
    production_env,
    setup_django,
    table,
)
from bench.server import Server

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
PHONE = {"width": 390, "height": 844}
HOME_TARGET_BYTES = 300 * 1024
PAGES = (
    ("home", "home", ""),
    ("country page", "country-be", ""),
    ("theme page", "theme-health", ""),
    ("case study", "casestudy-be-platform", ""),
    ("resource", "resource-ec-evaluation", ""),
    ("news item", "news-campaign", ""),
    ("listing + filters", "resources", "?type=publication&country=BE"),
)


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=None, help="default: $DATABASE_URL")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown too")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    url = args.database_url or database_url()
    env = production_env(url, PAGE_CACHE="false", BENCH_SERVE_MEDIA="true")
    collectstatic(env)
    setup_django("bench.settings", **{name: env[name] for name in env if name.isupper()})
    paths = []
    for name, key, query in PAGES:
        page = demo_page(key)
        if page is None:
            sys.exit(f"demo page {key} missing: run load_demo_content or bench.generate on this database")
        paths.append((name, page.url + query))
    figures = page_with_figures()
    if figures is not None:
        paths.append(("standard page with figures", figures.url))

    from playwright.sync_api import sync_playwright

    rows = []
    with Server(env, 0, 1) as server, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for name, path in paths:
                rows.append((name, *visit(browser, server.base_url, path)))
        finally:
            browser.close()
    headers = ["page", "requests", "KB", "images KB", "other hosts", "fonts", "unhashed static", "target"]
    lines = []
    for name, count, total, images, foreign, fonts, unhashed in rows:
        target = ""
        if name == "home":
            target = "met" if total < HOME_TARGET_BYTES else f"MISSED (>= {HOME_TARGET_BYTES // 1024} KB)"
        lines.append(
            [name, count, f"{total / 1024:.1f}", f"{images / 1024:.1f}", len(foreign), fonts, len(unhashed), target]
        )
    print(f"\n{git_commit()} · {describe_database(url)} · Chromium, {PHONE['width']} px wide, empty cache")
    print(table(headers, lines))
    for name, _count, _total, _images, foreign, _fonts, unhashed in rows:
        for item in foreign + unhashed:
            print(f"  {name}: {item}")
    if args.markdown:
        print(markdown_table(headers, lines))


def page_with_figures():
    """A live Spanish standard page with figures in its body (bench.generate makes them), or None."""
    from home.models import StandardPage

    for page in StandardPage.objects.live().filter(locale__language_code="es").order_by("pk")[:500]:
        if sum(block.block_type == "figure" for block in page.body) >= 2:
            return page
    return None


def visit(browser, base_url, path):
    """(requests, bytes, image bytes, foreign URLs, fonts, unhashed static URLs) of one first visit."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    requests = []
    page.on("requestfinished", lambda request: requests.append(request))
    response = page.goto(base_url + path, wait_until="networkidle")
    if response is None or response.status != 200:
        raise SystemExit(f"{path}: HTTP {response.status if response else '?'}")
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)
    total = images = fonts = 0
    foreign, unhashed = [], []
    host = urlparse(base_url).netloc
    for request in requests:
        sizes = request.sizes()
        size = sizes["responseHeadersSize"] + sizes["responseBodySize"]
        total += size
        if request.resource_type == "image":
            images += size
        if request.resource_type == "font":
            fonts += 1
        parsed = urlparse(request.url)
        if parsed.netloc != host:
            foreign.append(request.url)
        elif parsed.path.startswith("/static/") and not _hashed(parsed.path):
            unhashed.append(request.url)
    context.close()
    return len(requests), total, images, foreign, fonts, unhashed


def _hashed(path):
    """True for a name like ``portal.3f2a9c1b7e4d.css`` (ManifestStaticFilesStorage)."""
    parts = path.rsplit("/", 1)[-1].split(".")
    return len(parts) >= 3 and len(parts[-2]) == 12 and all(c in "0123456789abcdef" for c in parts[-2])


if __name__ == "__main__":
    main()
