"""Fixtures for the editorial tests: the demo accounts and trees, plus a second specialist."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from editorial.models import OwnedTree
from editorial.roles import SPECIALISTS
from tests.helpers import demo_page


def user(username):
    return get_user_model().objects.get(username=username)


@pytest.fixture
def specialist(db):
    """The demo specialist: owns the Belgium, Ecuador and Peru trees."""
    return user("specialist")


@pytest.fixture
def reviewer(db):
    return user("reviewer")


@pytest.fixture
def second_reviewer(db):
    other = get_user_model().objects.create_user("reviewer2", "reviewer2@example.org", "pw", first_name="Rita")
    other.groups.add(Group.objects.get(name="Reviewers"))
    return other


@pytest.fixture
def translator(db):
    """The demo translator: English and French."""
    return user("translator")


@pytest.fixture
def editor(db):
    return user("editor")


@pytest.fixture
def moderator(db):
    return user("moderator")


@pytest.fixture
def chile_specialist(db):
    """Another specialist, owner of the Chile tree (foreign to the demo specialist)."""
    other = get_user_model().objects.create_user("carla", "carla@example.org", "pw", first_name="Carla")
    other.groups.add(Group.objects.get(name=SPECIALISTS))
    tree = OwnedTree(root=demo_page("country-cl"))
    tree.save()
    tree.owners.add(other)
    return other


@pytest.fixture
def ecuador_tree(db):
    return OwnedTree.objects.get(translation_key=demo_page("country-ec").translation_key)
