import pytest
from django.core.management import call_command

# Fixtures that give a test the database (pytest-django's, and those built on them).
DATABASE_FIXTURES = {"db", "transactional_db", "django_db_reset_sequences", "django_db_serialized_rollback"}


def needs_demo(item):
    """Whether ``item`` expects the demo content in the database.

    A test marked ``demo`` does; a test marked ``factories`` builds its own data
    (tests/factories) and does not; any other database test is assumed to (modules not
    yet converted to factories), so the default stays safe.
    """
    if item.get_closest_marker("demo"):
        return True
    if item.get_closest_marker("factories"):
        return False
    return uses_database(item)


def uses_database(item):
    from django.test import TransactionTestCase

    if item.get_closest_marker("django_db") or DATABASE_FIXTURES & set(getattr(item, "fixturenames", ())):
        return True
    test_class = getattr(item, "cls", None)
    return test_class is not None and issubclass(test_class, TransactionTestCase)


def empties_the_database(item):
    """Whether ``item`` commits for real (a transactional test): pytest-django empties every table after it."""
    marker = item.get_closest_marker("django_db")
    return bool(marker and (marker.kwargs.get("transaction") or (marker.args and marker.args[0])))


def pytest_collection_modifyitems(session, config, items):
    """Transactional tests run after the others (the tables they empty afterwards hold the demo the
    other tests read), and the browser tests last: their Playwright session runs an event loop in
    the main thread until the session ends, under which Django refuses database queries."""

    def group(item):
        if item.nodeid.startswith("tests/e2e/"):
            return 2
        return 1 if empties_the_database(item) else 0

    items.sort(key=group)  # stable: the order within each group is kept


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, request):
    """The demo site (es originals, en/fr translations), loaded once if a collected test needs it."""
    if any(needs_demo(item) for item in request.session.items):
        with django_db_blocker.unblock():
            call_command("load_demo_content", verbosity=0)


@pytest.fixture(autouse=True)
def _factories_start_from_an_empty_cache(request):
    """A factory-built test changes the site's root page: nothing cached before or during it
    (site root paths, shared data of pages rolled back since) may reach another test."""
    if not request.node.get_closest_marker("factories"):
        yield
        return
    from django.core.cache import cache

    from search import ranking

    cache.clear()
    # The search page's backends, kept per process, know the locale ids of the scene they were
    # built in; a module's scene, rolled back, takes new ids on PostgreSQL for the next one.
    ranking._backends.clear()
    yield
    cache.clear()


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """Database access for module-scoped fixtures: what they write is rolled back after the
    module's last test (each test runs in a savepoint inside, rolled back after it)."""
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def trees(module_db):
    """The es/en/fr home pages and section index pages, roles and workflow (tests/factories/trees.py),
    built once per module. Tests using it need the ``django_db`` mark."""
    from django.core.cache import cache

    from tests.factories import build_trees

    built = build_trees()
    yield built
    cache.clear()


@pytest.fixture
def client(client):
    client.defaults["HTTP_HOST"] = "localhost"
    return client


@pytest.fixture
def admin_client(admin_user, client):
    client.force_login(admin_user)
    return client


@pytest.fixture(autouse=True)
def empty_cache():
    """Django's cache emptied before and after every test: the caches are on in the suite, as in
    production, and kept pages and shared data of another test (whose writes were rolled back)
    must not leak into this one."""
    from django.core.cache import cache

    cache.clear()
    yield cache
    cache.clear()
