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
