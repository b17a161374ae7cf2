"""Backups of the portal: the PostgreSQL database (``pg_dump -Fc``), the media files and a manifest.

``manage.py backup`` writes a folder ``portal-backup-<UTC time>/`` holding
``database.dump`` (custom format, for ``pg_restore``), ``media.tar.gz`` (``MEDIA_ROOT``)
and ``manifest.json``: for each table that matters (pages, revisions, translations, log
entries, users, images, documents) the number of rows and a digest of their ids, read in
the very snapshot that ``pg_dump`` dumps (``pg_export_snapshot``), so the manifest
describes the dump exactly even while editors keep working.

``manage.py restore`` loads a backup into the configured database (or another one on the
same server, ``--database-name``, for a restore drill), unpacks the media, checks every
table of the manifest against the restored database and, for the configured database,
rebuilds the search indexes. See README ("Backups and restore").
"""

import contextlib
import json
import os
import subprocess
import tarfile
import time
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management.base import CommandError
from django.utils import timezone

DUMP = "database.dump"
MEDIA = "media.tar.gz"
MANIFEST = "manifest.json"

#: What a restore must bring back, by model (the table and its id column come from the model).
CHECKED_MODELS = [
    "wagtailcore.Page",
    "wagtailcore.Revision",
    "wagtailcore.Locale",
    "wagtail_localize.TranslationSource",
    "wagtail_localize.Translation",
    "wagtail_localize.StringTranslation",
    "wagtailcore.PageLogEntry",
    "wagtailcore.ModelLogEntry",
    "auth.User",
    "wagtailimages.Image",
    "wagtaildocs.Document",
]


def database_settings():
    database = settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.postgresql":
        raise CommandError("Backups need PostgreSQL (DATABASE_URL=postgres://…); this database is not.")
    return database


def libpq_environment(database, name=None):
    """Environment variables for pg_dump/pg_restore/psycopg: the configured server, ``name`` or its database."""
    env = dict(os.environ)
    for variable, key in (("PGHOST", "HOST"), ("PGPORT", "PORT"), ("PGUSER", "USER"), ("PGPASSWORD", "PASSWORD")):
        if database.get(key):
            env[variable] = str(database[key])
    env["PGDATABASE"] = name or database["NAME"]
    return env


@contextlib.contextmanager
def connect(name=None):
    """A cursor on database ``name`` (default: the configured one) of the configured server, in autocommit.

    A connection of its own (through Django's PostgreSQL backend, whichever driver it uses),
    so it sees only committed data and its transactions are its own.
    """
    from django.db import connections
    from django.db.backends.postgresql.base import DatabaseWrapper

    settings_dict = {**connections["default"].settings_dict}
    settings_dict["NAME"] = name or settings_dict["NAME"]
    wrapper = DatabaseWrapper(settings_dict, alias="portal-backups")
    try:
        with wrapper.cursor() as cursor:
            yield cursor
    finally:
        wrapper.close()


def quote(name):
    return '"' + name.replace('"', '""') + '"'


def fingerprint(cursor):
    """{model label: {"rows": n, "ids": md5 of the sorted ids}} for ``CHECKED_MODELS`` (tables that exist)."""
    result = {}
    for label in CHECKED_MODELS:
        model = apps.get_model(label)
        table, pk = model._meta.db_table, model._meta.pk.column
        cursor.execute("SELECT to_regclass(%s)", [table])
        if cursor.fetchone()[0] is None:
            continue
        cursor.execute(
            f'SELECT count(*), md5(coalesce(string_agg("{pk}"::text, \',\' ORDER BY "{pk}"), \'\')) FROM "{table}"'
        )
        rows, ids = cursor.fetchone()
        result[label] = {"rows": rows, "ids": ids}
    return result


def run(command, env):
    try:
        subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    except FileNotFoundError as error:
        raise CommandError(f"{command[0]} is not installed (the PostgreSQL client tools are needed).") from error
    except subprocess.CalledProcessError as error:
        raise CommandError(f"{command[0]} failed: {error.stderr.strip()}") from error


def backup(output_dir):
    """Write a backup folder under ``output_dir``; returns (its path, the manifest)."""
    database = database_settings()
    started = time.monotonic()
    folder = Path(output_dir) / f"portal-backup-{timezone.now():%Y%m%dT%H%M%SZ}"
    folder.mkdir(parents=True)
    with connect() as cursor:
        # One snapshot for the manifest and the dump: they describe the same instant.
        cursor.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        tables = fingerprint(cursor)
        run(
            ["pg_dump", "--format=custom", "--no-owner", f"--snapshot={snapshot}", "--file", str(folder / DUMP)],
            libpq_environment(database),
        )
        cursor.execute("ROLLBACK")
    media_root = Path(settings.MEDIA_ROOT)
    with tarfile.open(folder / MEDIA, "w:gz") as archive:
        if media_root.is_dir():
            archive.add(media_root, arcname="media")
    manifest = {
        "created": timezone.now().isoformat(),
        "database": database["NAME"],
        "tables": tables,
        "seconds": round(time.monotonic() - started, 1),
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    return folder, manifest


def read_manifest(folder):
    folder = Path(folder)
    for name in (DUMP, MEDIA, MANIFEST):
        if not (folder / name).is_file():
            raise CommandError(f"{folder} is not a complete backup: {name} is missing.")
    return json.loads((folder / MANIFEST).read_text())


def restore(folder, database_name=None, create=False):
    """Load the backup in ``folder`` into ``database_name`` (default: the configured database).

    Returns the differences between the manifest and the restored database (empty: identical).
    """
    database = database_settings()
    folder = Path(folder)
    manifest = read_manifest(folder)
    target = database_name or database["NAME"]
    if create:
        with connect("postgres") as cursor:
            cursor.execute(f"CREATE DATABASE {quote(target)}")
    run(
        [
            "pg_restore",
            "--no-owner",
            "--clean",
            "--if-exists",
            "--exit-on-error",
            "--dbname",
            target,
            str(folder / DUMP),
        ],
        libpq_environment(database, target),
    )
    media_root = Path(settings.MEDIA_ROOT)
    media_root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(folder / MEDIA, "r:gz") as archive:
        for member in archive.getmembers():
            if member.name == "media" or not member.name.startswith("media/"):
                continue
            member.name = member.name.removeprefix("media/")
            archive.extract(member, media_root, filter="data")
    with connect(target) as cursor:
        restored = fingerprint(cursor)
    return {
        label: (expected, restored.get(label))
        for label, expected in manifest["tables"].items()
        if restored.get(label) != expected
    }
