import pytest

from tests.factories import MemberFactory, ModeratorFactory, NewsPageFactory


@pytest.fixture
def site(trees):
    return trees


@pytest.fixture
def news(site):
    return NewsPageFactory(parent=site.section("news"), title="Nueva ley de pensiones")


@pytest.fixture
def member():
    return MemberFactory(user__first_name="Amina", user__last_name="Diallo", language="fr")


@pytest.fixture
def moderator():
    return ModeratorFactory(email="moises@example.org")


def post_url(page, language="es"):
    return f"/{language}/comments/on/{page.pk}/"
