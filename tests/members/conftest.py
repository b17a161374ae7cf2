import pytest


@pytest.fixture
def site(trees):
    """The es/en/fr trees (tests/conftest.py), with a fresh cache for each test."""
    return trees


def signup_data(**changes):
    data = {
        "first_name": "Amina",
        "last_name": "Diallo",
        "email": "amina@example.org",
        "password1": "Une-longue-phrase-2026",
        "password2": "Une-longue-phrase-2026",
        "website": "",
    }
    data.update(changes)
    return data
