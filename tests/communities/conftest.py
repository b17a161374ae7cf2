import pytest


@pytest.fixture(scope="module")
def index(trees):
    """The communities' index below the Spanish home, translated into English and French."""
    from tests.factories import CommunityIndexPageFactory, translate

    page = CommunityIndexPageFactory(parent=trees.home(), title="Comunidades", slug="comunidades")
    translate(page, "en", title="Communities", slug="communities")
    translate(page, "fr", title="Communautés", slug="communautes")
    return page
