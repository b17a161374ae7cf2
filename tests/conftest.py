import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the demo site (es originals, en/fr translations)."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)


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
