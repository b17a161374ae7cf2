"""gunicorn serving the portal for the bench scripts (``bench.load``, ``bench.raw_path``, ``bench.weight``).

The server, a logged-in session for it, the shared cache to empty between runs, and what
the report says about the machine and the database.
"""

import os
import platform
import re
import signal
import socket
import subprocess
import time
from pathlib import Path

from bench.common import BASE_DIR, PYTHON


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
            # An older checkout (before config/ existed) serves portal.wsgi, for side-by-side runs.
            "config.wsgi:application" if (self.cwd / "config" / "wsgi.py").exists() else "portal.wsgi:application",
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
