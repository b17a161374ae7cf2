"""A backup round-trips: ``manage.py backup`` then ``manage.py restore`` into a new database
brings back the same pages, revisions, translations and log entries, and the media files.

It stays on the demo content: ``pg_dump`` reads the database through a connection of its own,
so it sees only committed rows, and the demo load is the one committed data set of the session
(factory-built data live inside the test's transaction, invisible to it).
"""

import json
import uuid
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import CommandError, call_command
from django.db import connection

from portal import backups

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.demo,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="backups use pg_dump/pg_restore (run with DATABASE_URL=postgres://...)",
    ),
]


@pytest.fixture
def new_database():
    """A database name on the same server, dropped afterwards."""
    name = f"{django_settings.DATABASES['default']['NAME']}_restored_{uuid.uuid4().hex[:8]}"
    yield name
    with backups.connect("postgres") as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {backups.quote(name)} WITH (FORCE)")


def tables_of(name):
    with backups.connect(name) as cursor:
        return backups.fingerprint(cursor)


def ids(name, table):
    with backups.connect(name) as cursor:
        cursor.execute(f'SELECT id FROM "{table}" ORDER BY id')
        return [row[0] for row in cursor.fetchall()]


def test_a_backup_restores_into_a_new_database_with_everything(tmp_path, settings, new_database):
    source = settings.DATABASES["default"]["NAME"]
    settings.MEDIA_ROOT = tmp_path / "media"
    (tmp_path / "media" / "documents").mkdir(parents=True)
    (tmp_path / "media" / "documents" / "informe.pdf").write_bytes(b"%PDF-1.4 informe")

    folder = Path(call_command("backup", output=str(tmp_path / "backups")))
    manifest = json.loads((folder / "manifest.json").read_text())
    for label in (
        "wagtailcore.Page",
        "wagtailcore.Revision",
        "wagtail_localize.Translation",
        "wagtailcore.PageLogEntry",
    ):
        assert manifest["tables"][label]["rows"] > 0, label

    settings.MEDIA_ROOT = tmp_path / "restored-media"
    call_command("restore", str(folder), database_name=new_database, create=True, interactive=False)

    assert tables_of(new_database) == tables_of(source) == manifest["tables"]
    for table in (
        "wagtailcore_page",
        "wagtailcore_revision",
        "wagtail_localize_translation",
        "wagtailcore_pagelogentry",
    ):
        assert ids(new_database, table) == ids(source, table), table
    assert (tmp_path / "restored-media" / "documents" / "informe.pdf").read_bytes() == b"%PDF-1.4 informe"


def test_an_incomplete_backup_is_refused(tmp_path, new_database):
    (tmp_path / "manifest.json").write_text("{}")
    with pytest.raises(CommandError, match="database.dump is missing"):
        call_command("restore", str(tmp_path), database_name=new_database, create=True, interactive=False)


def test_backups_say_they_need_postgresql(monkeypatch, settings, tmp_path):
    monkeypatch.setitem(settings.DATABASES["default"], "ENGINE", "django.db.backends.sqlite3")
    with pytest.raises(CommandError, match="PostgreSQL"):
        call_command("backup", output=str(tmp_path))
