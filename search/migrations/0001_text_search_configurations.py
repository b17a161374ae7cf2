"""PostgreSQL text search configurations for the per-language search backends (search/backends.py).

Each is the language's built-in configuration with ``unaccent`` before the Snowball
stemmer for words with non-ASCII letters, so that "jubilacion" finds "jubilación".
``portal_simple`` (autocomplete) folds accents and does not stem. Other databases: nothing to do.
"""

from django.db import migrations

CONFIGURATIONS = [
    # name, copied from, dictionary after unaccent
    ("portal_es", "spanish", "spanish_stem"),
    ("portal_en", "english", "english_stem"),
    ("portal_fr", "french", "french_stem"),
    ("portal_simple", "simple", "simple"),
]


def create_configurations(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    for name, source, dictionary in CONFIGURATIONS:
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
        schema_editor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {source})")
        schema_editor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {dictionary}"
        )


def drop_configurations(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _source, _dictionary in CONFIGURATIONS:
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create_configurations, drop_configurations)]
