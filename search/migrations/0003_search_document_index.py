"""A GIN index that PostgreSQL full-text searches actually use (search/backends.py, ``SearchDocumentMixin``).

Wagtail's database backend matches ``(title || body) @@ query`` on its ``IndexEntry``
table, which its GIN indexes on ``title`` and on ``body`` cannot serve: every search read
and concatenated every row's vectors (about 300 ms at 10,000 pages per language). This
migration adds ``portal_search_document(title, body)``, the same ``title || body``
declared costly (so that the planner prefers the index to evaluating it row by row) and
not inlined (its ``SET`` clause), and a GIN index on it; the portal's backends match on
that function. Other databases: nothing to do.
"""

from django.db import migrations

FUNCTION = "portal_search_document"
INDEX = "portal_search_document_gin"
TABLE = "wagtailsearch_indexentry"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE OR REPLACE FUNCTION {FUNCTION}(title tsvector, body tsvector) RETURNS tsvector "
        "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 1000 SET search_path = pg_catalog "
        "AS $$ SELECT title || body $$"
    )
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON {TABLE} USING gin ({FUNCTION}(title, body))")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
    schema_editor.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}(tsvector, tsvector)")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_search_query_day"),
        ("wagtailsearch", "0006_customise_indexentry"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
