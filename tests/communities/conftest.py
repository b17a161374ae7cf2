import pytest


@pytest.fixture(scope="module")
def index(trees):
    """The communities' index below the Spanish home, translated into English and French."""
    from tests.factories import CommunityIndexPageFactory, translate

    page = CommunityIndexPageFactory(parent=trees.home(), title="Comunidades", slug="comunidades")
    translate(page, "en", title="Communities", slug="communities")
    translate(page, "fr", title="Communautés", slug="communautes")
    return page


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """``with commit(): client.post(…)``: the emails sent on commit are sent, as a real request's commit sends them
    (a test runs inside a transaction that never commits)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture(scope="module")
def file_storage(tmp_path_factory):
    """Files kept on disk, as in production, where Wagtail serves a document through its own view (with the
    tests' in-memory storage it would answer a redirect to the media URL instead)."""
    from django.test import override_settings

    location = tmp_path_factory.mktemp("media")
    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": str(location)}},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(STORAGES=storages, MEDIA_ROOT=str(location)):
        yield location
