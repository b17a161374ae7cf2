"""Rate limits on public endpoints that cost database work or send email.

Each case: an anonymous reader from one address, more requests than the limit allows, the
refusal (429, a readable page in the reader's language with Retry-After), and what did not
happen (no search run, no email sent). Limits come from settings (``RATE_LIMITS``); the
tests set small ones. If the cache that counts is down, requests pass (fail open) and a
line is logged.
"""

import logging

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse

from tests.factories import SpecialistFactory

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

SMALL = {"search": "3/m", "autocomplete": "3/m", "email": "2/h"}


@pytest.fixture(autouse=True)
def fresh_counts(empty_cache, trees):
    """Counts start at nothing; the language trees serve the search pages."""
    yield


@pytest.fixture
def specialist():
    """The account whose address asks for a password reset."""
    return SpecialistFactory(email="specialist@example.org")


def get(client, url, ip="203.0.113.50", language="fr", **params):
    return client.get(url, params, REMOTE_ADDR=ip, HTTP_ACCEPT_LANGUAGE=language)


@override_settings(RATE_LIMITS=SMALL)
def test_search_answers_429_in_the_readers_language(client):
    url = "/fr/search/"
    for number in range(3):
        assert get(client, url, q=f"retraite {number}").status_code == 200
    response = get(client, url, q="retraite 4")
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    html = response.content.decode()
    assert 'lang="fr"' in html and "Trop de requêtes" in html
    assert "search-results" not in html  # no search was run
    # Another reader is not affected.
    assert get(client, url, ip="203.0.113.51", q="retraite").status_code == 200


@override_settings(RATE_LIMITS=SMALL)
def test_search_page_in_spanish(client):
    for _ in range(3):
        get(client, "/es/search/", language="es", q="pensiones")
    response = get(client, "/es/search/", language="es", q="pensiones")
    assert response.status_code == 429 and "Demasiadas solicitudes" in response.content.decode()


@override_settings(RATE_LIMITS=SMALL)
def test_autocomplete_answers_429_as_json(client):
    url = "/es/search/autocomplete/"
    for _ in range(3):
        assert get(client, url, q="pens").status_code == 200
    response = get(client, url, q="pens")
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert response.json()["results"] == [] and response.json()["rate_limited"] is True


@override_settings(RATE_LIMITS=SMALL)
def test_password_reset_emails_are_limited(client, specialist):
    url = reverse("wagtailadmin_password_reset")
    for _ in range(2):
        response = client.post(url, {"email": "specialist@example.org"}, REMOTE_ADDR="203.0.113.60")
        assert response.status_code == 302
    sent = len(mail.outbox)
    assert sent >= 2  # at least one email per request within the limit
    response = client.post(
        url, {"email": "specialist@example.org"}, REMOTE_ADDR="203.0.113.60", HTTP_ACCEPT_LANGUAGE="es"
    )
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert "Demasiadas solicitudes" in response.content.decode()
    assert len(mail.outbox) == sent  # nothing more sent
    # Reading the form is not limited.
    assert client.get(url, REMOTE_ADDR="203.0.113.60").status_code == 200


@override_settings(
    RATE_LIMITS=SMALL,
    CACHES={
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "ratelimit": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"},
    },
    RATELIMIT_USE_CACHE="ratelimit",
)
def test_a_cache_that_is_down_lets_requests_through_and_says_so(client, caplog):
    with caplog.at_level(logging.WARNING, logger="portal.security.ratelimits"):
        for _ in range(5):
            assert get(client, "/es/search/", q="pensiones").status_code == 200
    assert "rate limit" in caplog.text.lower()
