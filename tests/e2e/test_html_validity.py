"""The served HTML of every page type in every language is valid: no errors from the Nu Html Checker.

The checker (npm package vnu-jar) runs once, with java, on all the pages together; each page is then
a test of its own.
"""

import json
import shutil
import subprocess
import urllib.error
import urllib.request
from pathlib import PurePosixPath
from urllib.parse import urlparse

import pytest

from .conftest import EVERY_PAGE, expected_status, node_module

pytestmark = pytest.mark.e2e


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.fixture(scope="module")
def checker_messages(portal, tmp_path_factory):
    """Fetch every page as an anonymous reader, check them all with one java run; messages per page."""
    java = shutil.which("java")
    if not java:
        pytest.fail("java is missing: apt-get install -y default-jre-headless (.ci/run does this)")
    vnu = node_module("vnu-jar", "build", "dist", "vnu.jar")
    folder = tmp_path_factory.mktemp("html")
    files = {}
    for (page_type, language), url in portal["urls"].items():
        status, body = fetch(url)
        assert status == expected_status(page_type), url
        path = folder / f"{page_type}-{language}.html"
        path.write_bytes(body)
        files[path.name] = (page_type, language)
    result = subprocess.run(
        [java, "-jar", str(vnu), "--format", "json", "--stdout", *sorted(str(path) for path in folder.iterdir())],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.stdout.strip(), f"vnu.jar printed no report:\n{result.stderr}"
    report = json.loads(result.stdout)
    messages = {key: [] for key in files.values()}
    for message in report["messages"]:
        key = files.get(PurePosixPath(urlparse(message.get("url", "")).path).name)
        assert key, f"the checker reported on something else than a page: {message}"
        messages[key].append(message)
    return messages


@pytest.mark.parametrize(("page_type", "language"), EVERY_PAGE)
def test_html_has_no_validator_errors(portal, checker_messages, page_type, language):
    errors = [
        message for message in checker_messages[page_type, language] if message["type"] != "info"
    ]  # error, non-document-error
    assert not errors, f"Nu Html Checker on {portal['urls'][page_type, language]}:\n" + "\n".join(
        f"  line {message.get('lastLine', '?')}: {message['message']}\n    {message.get('extract', '').strip()}"
        for message in errors
    )
