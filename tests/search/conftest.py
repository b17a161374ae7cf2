import pytest
from django.core.management import call_command
from django.test import override_settings

from tests.search.live import delete_indexes, live_setting, opensearch_url


@pytest.fixture(scope="session")
def demo_in_opensearch(django_db_setup, django_db_blocker):
    """``WAGTAILSEARCH_BACKENDS`` for indexes of the live node holding the demo content, built once.

    For tests that only read; a test that publishes or deletes uses ``live_indexes()`` (its own).
    """
    import io
    import uuid

    url = opensearch_url()
    prefix = f"portal_test_{uuid.uuid4().hex[:8]}_"
    setting = live_setting(url, prefix)
    with django_db_blocker.unblock(), override_settings(WAGTAILSEARCH_BACKENDS=setting):
        call_command("rebuild_search_index", stdout=io.StringIO())
    yield setting
    delete_indexes(url, prefix)


@pytest.fixture(params=["database", "opensearch"])
def engine(request):
    """Each test twice: on the database backends, and on the live OpenSearch node."""
    if request.param == "database":
        yield request.param
        return
    with override_settings(WAGTAILSEARCH_BACKENDS=request.getfixturevalue("demo_in_opensearch")):
        yield request.param
