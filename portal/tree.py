"""The children of a page read through the tree's path index, without reading its whole subtree.

Wagtail (treebeard) finds a page's children with ``path BETWEEN parent…0000 AND parent…ZZZZ
AND depth = parent.depth + 1``. The path range covers every descendant, not only the
children, and no index holds ``depth``: for the home page of a language with 10,000 pages
below it the database reads the whole table (about 15 ms on PostgreSQL, on every page,
for the menu). Here the children's paths are found by skipping from one child to the next
through the unique index on ``path`` (a recursive query: the first path after the parent's
is its first child; the next child is the first path after every path that starts with
the previous child's), one index probe per child, whatever lies below them.

Treebeard's alphabet (``0-9A-Z``) sorts below ``[``, so ``path || '['`` sorts after every
descendant of ``path``. The query runs on PostgreSQL and SQLite alike.
"""

from django.db.models import Q
from django.db.models.expressions import RawSQL
from wagtail.models import Page

_CHILD_PATHS = """
    WITH RECURSIVE child_paths(path) AS (
        SELECT * FROM (
            SELECT first.path FROM {table} first
            WHERE first.path > %s AND first.path < %s ORDER BY first.path LIMIT 1
        ) AS first_child
        UNION ALL
        SELECT (
            SELECT following.path FROM {table} following
            WHERE following.path > previous.path || '[' AND following.path < %s
            ORDER BY following.path LIMIT 1
        )
        FROM child_paths previous WHERE previous.path IS NOT NULL
    )
    SELECT path FROM child_paths WHERE path IS NOT NULL
"""

# Every character treebeard writes in a path sorts below this one (in the C collation of ``path``).
_AFTER_ALPHABET = "["
assert all(character < _AFTER_ALPHABET for character in Page.alphabet)


def children_q(page):
    """A filter for the children of ``page`` (as ``Page.get_children()`` selects them), read by index."""
    return children_at_q(page.path, page.depth + 1)


def children_at_q(path, depth):
    """A filter for the pages at ``depth`` right below the page at ``path`` (its children), read by index."""
    end = path + _AFTER_ALPHABET
    sql = _CHILD_PATHS.format(table=Page._meta.db_table)
    return Q(path__in=RawSQL(sql, (path, end, end)), depth=depth)


def children_of(page):
    """``page.get_children()`` (plain pages, in tree order), read through the path index."""
    return Page.objects.filter(children_q(page)).order_by("path")
