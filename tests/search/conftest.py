"""Every search test runs twice: on the database backends and on a live OpenSearch node.

The ``engine`` fixture (autouse, two params) switches ``WAGTAILSEARCH_BACKENDS`` to indexes
of the live node (``tests/search/live.py``) for the ``opensearch`` run. Those indexes are
built once from the demo content; a test that writes to them (publishing, unpublishing,
deleting) has its writes undone before the next test runs, from the database as it is after
that test's rollback, so every test starts from the demo content on both engines. Writes
are made visible at once (an index refresh after each), as a reader would see them a second
later.

A module marked ``factories`` builds its scene once, in its module fixtures (inside the
module's transaction, where the node's indexes never see it): the ``opensearch`` run indexes
every object saved since the module started (``scene_start``) before the module's first test
there, and removes them again before the next module's first test, once the module's
transaction is rolled back. The scene is the same on both engines.

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
    """The objects written to the live indexes since they last matched the database, and the
    scene of the current ``factories`` module indexed there (``scene_module``)."""

    def __init__(self, url, prefix):
        self.url, self.prefix = url, prefix
        self.objects = {}
        self.scene = {}
        self.scene_module = None

    def enter(self, module, baseline):
        """Index the scene of ``module`` (objects saved since ``baseline``), leaving the previous one.

        ``module`` is None for a demo test: the previous module's scene is only removed."""
        if module is self.scene_module:
            self.undo()
            return
        self.objects.update(self.scene)  # gone with the previous module's transaction: removed below
        self.scene, self.scene_module = {}, module
        self.undo()
        if module is None:
            return
        from wagtail.search.index import insert_or_update_object

        for model, start in baseline.items():
            for obj in model._default_manager.filter(pk__gt=start).order_by("pk"):
                insert_or_update_object(obj)
                self.scene[(model, obj.pk)] = obj
        self.refresh()

    def refresh(self):
        from opensearchpy import OpenSearch

        OpenSearch([self.url]).indices.refresh(index=f"{self.prefix}*")

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


def scene_models():
    """The indexed models whose rows are counted apart (a page's specific models share its row)."""
    from wagtail.search.index import get_indexed_models

    models = get_indexed_models()
    return [model for model in models if not any(other is not model and issubclass(model, other) for other in models)]


@pytest.fixture(scope="module", autouse=True)
def scene_start(request, django_db_blocker):
    """For a ``factories`` module: {model: the highest pk saved before the module's scene}."""
    if request.node.get_closest_marker("factories") is None:
        return None
    request.getfixturevalue("django_db_setup")
    from django.db.models import Max

    with django_db_blocker.unblock():
        return {model: model._default_manager.aggregate(top=Max("pk"))["top"] or 0 for model in scene_models()}


@pytest.fixture(scope="session")
def demo_in_opensearch(django_db_setup, django_db_blocker):
    """``(setting, writes)``: the live node's indexes holding the demo content, built once."""
    url = opensearch_url()
    prefix = f"portal_test_{uuid.uuid4().hex[:8]}_"
    setting = live_setting(url, prefix)
    with django_db_blocker.unblock(), override_settings(WAGTAILSEARCH_BACKENDS=setting):
        call_command("rebuild_search_index", stdout=io.StringIO())
    yield setting, IndexWrites(url, prefix)
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
            # What an earlier test wrote, now that its transaction is rolled back; the scene of this
            # test's factories module in, the previous module's out.
            factories = request.node.get_closest_marker("factories") is not None
            writes.enter(request.module if factories else None, request.getfixturevalue("scene_start"))
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
