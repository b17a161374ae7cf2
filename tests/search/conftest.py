"""Every search test runs twice: on the database backends and on a live OpenSearch node.

The ``engine`` fixture (autouse, two params) switches ``WAGTAILSEARCH_BACKENDS`` to indexes
of the live node (``tests/search/live.py``) for the ``opensearch`` run. Those indexes are
built once from the demo content; a test that writes to them (publishing, unpublishing,
deleting) has its writes undone before the next test runs, from the database as it is after
that test's rollback, so every test starts from the demo content on both engines. Writes
are made visible at once (an index refresh after each), as a reader would see them a second
later.

Tests about the database backends themselves or about the search settings carry
``pytest.mark.only_engine("database")``, and tests of the node itself
``only_engine("opensearch")``: they run once (their other run is deselected, not skipped).
"""

import io
import uuid

import pytest
from django.core.management import call_command
from django.test import override_settings

from search.backends import LanguageIndexMixin
from tests.search.live import delete_indexes, live_setting, opensearch_url

ENGINES = ("database", "opensearch")


def pytest_collection_modifyitems(config, items):
    kept, dropped = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        marker = item.get_closest_marker("only_engine")
        other_run = callspec is not None and marker is not None and callspec.params.get("engine") != marker.args[0]
        (dropped if other_run else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


class IndexWrites:
    """The objects written to the live indexes since they last matched the database."""

    def __init__(self):
        self.objects = {}

    def record(self, obj):
        self.objects[(type(obj), obj.pk)] = obj

    def undo(self):
        """Index each written object as the database has it now, or remove it if it is gone."""
        from wagtail.search.index import insert_or_update_object, remove_object

        written, self.objects = self.objects, {}
        for (model, pk), obj in written.items():
            current = model._default_manager.filter(pk=pk).first()
            if current is None:
                remove_object(obj)
            else:
                insert_or_update_object(current)


def refresh(index):
    """Make the index's writes searchable now (the node does it within a second on its own)."""
    if hasattr(index, "refresh"):
        index.refresh()


@pytest.fixture(scope="session")
def demo_in_opensearch(django_db_setup, django_db_blocker):
    """``(setting, writes)``: the live node's indexes holding the demo content, built once."""
    url = opensearch_url()
    prefix = f"portal_test_{uuid.uuid4().hex[:8]}_"
    setting = live_setting(url, prefix)
    with django_db_blocker.unblock(), override_settings(WAGTAILSEARCH_BACKENDS=setting):
        call_command("rebuild_search_index", stdout=io.StringIO())
    yield setting, IndexWrites()
    delete_indexes(url, prefix)


@pytest.fixture(autouse=True, params=ENGINES)
def engine(request, monkeypatch):
    """The search engine of this run of the test: "database" or "opensearch" (the live node)."""
    if request.param == "database":
        yield request.param
        return
    setting, writes = request.getfixturevalue("demo_in_opensearch")
    uses_database = request.node.get_closest_marker("django_db") is not None
    if uses_database:
        request.getfixturevalue("db")  # this test's transaction first: the undo below reads in it
    with override_settings(WAGTAILSEARCH_BACKENDS=setting):
        if uses_database:
            writes.undo()  # what an earlier test wrote, now that its transaction is rolled back
        for name in ("add_item", "delete_item"):
            original = getattr(LanguageIndexMixin, name)

            def written(index, item, _original=original):
                _original(index, item)
                writes.record(item)
                refresh(index)

            monkeypatch.setattr(LanguageIndexMixin, name, written)
        original_add_items = LanguageIndexMixin.add_items

        def added(index, model, items):
            items = list(items)
            original_add_items(index, model, items)
            for item in items:
                writes.record(item)
            refresh(index)

        monkeypatch.setattr(LanguageIndexMixin, "add_items", added)
        yield request.param
