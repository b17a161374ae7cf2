"""Spreadsheet exports: what an author types never runs as a formula in the reader's spreadsheet.

A specialist can title a page ``=HYPERLINK(...)`` and a reviewer can write ``=1+2*3`` as a
comment; an Editor then exports a report to CSV and opens it. Every cell that starts with
``= + - @`` (or a tab or carriage return) is exported with a leading apostrophe, which
spreadsheets show as text. The row itself is still there, unchanged otherwise.
"""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.log_actions import log

from tests.factories import CountryPageFactory, accounts

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

TITLE = '=HYPERLINK("http://attacker.example/","Abrir")'
COMMENT = "=1+2*3"


def csv_rows(response):
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(body)))


@pytest.fixture(autouse=True)
def users(trees):
    return accounts()


@pytest.fixture
def hostile_entries(trees):
    User = get_user_model()
    page = CountryPageFactory(parent=trees.section("countries"), title="Ecuador")
    log(
        page,
        "wagtail.workflow.reject",
        user=User.objects.get(username="reviewer"),
        title=TITLE,
        data={"comment": COMMENT},
    )
    log(page, "wagtail.publish", user=User.objects.get(username="editor"), title="@SUM(A1:A2)")
    log(page, "wagtail.publish", user=User.objects.get(username="editor"), title="\t+cmd|' /C calc'!A0")
    return page


@pytest.fixture
def editor_client(client):
    client.force_login(get_user_model().objects.get(username="editor"))
    return client


def test_editorial_audit_csv_neutralises_formulas(editor_client, hostile_entries):
    rows = csv_rows(editor_client.get(reverse("editorial_audit_report"), {"export": "csv"}))
    cells = [cell for row in rows[1:] for cell in row]
    assert "'" + TITLE in cells
    assert "'" + COMMENT in cells
    assert "'@SUM(A1:A2)" in cells
    assert "'\t+cmd|' /C calc'!A0" in cells
    assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in cells)


def test_site_history_csv_neutralises_formulas(editor_client, hostile_entries):
    """Wagtail's own report (Reports → Site history), served by the portal's safe subclass."""
    rows = csv_rows(editor_client.get(reverse("wagtailadmin_reports:site_history"), {"export": "csv"}))
    cells = [cell for row in rows[1:] for cell in row]
    assert "'" + TITLE in cells
    assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in cells)


def test_site_history_still_refuses_readers_without_admin_access(client, hostile_entries):
    response = client.get(reverse("wagtailadmin_reports:site_history"), {"export": "csv"})
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_the_audit_export_stays_for_editors_only(client, hostile_entries):
    client.force_login(get_user_model().objects.get(username="specialist"))
    response = client.get(reverse("editorial_audit_report"), {"export": "csv"})
    assert response.status_code in (302, 403)
