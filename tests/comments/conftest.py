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


def moderators_emailed(outbox, moderator):
    """The addresses emailed, checked to be the Moderators' (the demo, loaded in the same session, has one too)."""
    from django.contrib.auth import get_user_model

    moderators = set(get_user_model().objects.filter(groups__in=moderator.groups.all()).values_list("email", flat=True))
    addresses = [address for message in outbox for address in message.to]
    assert set(addresses) <= moderators and len(addresses) == len(set(addresses)), addresses
    return sorted(addresses)
