"""The demo command: idempotent, complete in three languages, with real translations."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import translation
from wagtail.models import Page

from portal.demo import loader
from portal.demo.accounts import DEMO_ACCOUNTS
from tests.helpers import demo_page

pytestmark = pytest.mark.django_db

TRANSLATED_TEXT_FIELDS = (
    "title",
    "intro",
    "summary",
    "coverage",
    "synthesis",
    "challenge",
    "relevance",
    "objective",
    "body",
    "mission",
)


def counts():
    return {
        "pages": Page.objects.count(),
        "live": Page.objects.live().count(),
        "users": get_user_model().objects.count(),
        **{f"pages_{code}": Page.objects.filter(locale__language_code=code).count() for code in ("es", "en", "fr")},
    }


def test_running_twice_changes_nothing():
    before = counts()
    revisions_before = sum(page.revisions.count() for page in Page.objects.all())
    call_command("load_demo_content", verbosity=0)
    assert counts() == before
    assert sum(page.revisions.count() for page in Page.objects.all()) == revisions_before


def test_every_demo_page_exists_in_three_languages_with_translated_text():
    entries = loader.read_entries()
    assert len(entries) >= 40
    for entry in entries:
        spanish = demo_page(entry.key, "es")
        assert spanish.live, entry.key
        for language in ("en", "fr"):
            translated = demo_page(entry.key, language)
            assert translated.live, (entry.key, language)
            differing = [
                name
                for name in TRANSLATED_TEXT_FIELDS
                if getattr(spanish, name, None) and getattr(translated, name) != getattr(spanish, name)
            ]
            assert "title" in differing or entry.key.startswith("country-"), (entry.key, language)
            body_fields = [name for name in TRANSLATED_TEXT_FIELDS if name != "title" and getattr(spanish, name, None)]
            assert set(body_fields) <= set(differing), (entry.key, language, set(body_fields) - set(differing))


def test_translations_are_wagtail_localize_translations():
    from wagtail_localize.models import Translation

    page = demo_page("casestudy-be-platform", "es")
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale__language_code="fr")
    total, translated = translation.get_progress()
    assert total > 20
    assert translated == total


def test_seed_content_is_there():
    assert demo_page("casestudy-be-platform").implemented_since == 2016
    assert "Bélgica" in demo_page("country-be").title
    evaluation = demo_page("resource-ec-evaluation")
    assert evaluation.resource_type == "evaluation"
    assert evaluation.relevance and evaluation.recommendations
    course = demo_page("event-lima-course")
    assert str(course.start_date) == "2008-10-20" and str(course.end_date) == "2008-10-31"
    for code in ("BE", "EC", "PE", "CL", "BR", "MX", "TZ", "ZM"):
        for language in ("es", "en", "fr"):
            assert Page.objects.filter(countrypage__iso_code=code, locale__language_code=language, live=True).exists()


def test_demo_accounts_can_log_in(client):
    for username, (_first, _last, groups, language, password) in DEMO_ACCOUNTS.items():
        user = get_user_model().objects.get(username=username)
        roles = set(user.groups.exclude(name__startswith="Tree owners: ").values_list("name", flat=True))
        assert roles == set(groups)
        assert user.wagtail_userprofile.preferred_language == language
        # Through the sign-in form: the login lockout (django-axes) needs the request.
        response = client.post("/admin/login/", {"username": username, "password": password})
        assert response.status_code == 302
        assert client.get("/admin/").status_code == 200
        client.logout()


def test_bad_content_says_which_file_and_line(tmp_path, monkeypatch):
    for module in loader.validate.MODULE_ORDER:
        (tmp_path / f"{module}.py").write_text((loader.CONTENT_DIR / f"{module}.py").read_text(encoding="utf-8"))
    broken = (tmp_path / "news.py").read_text().replace('"end_date": "2008-10-31"', '"end_date": "2008-13-31"', 1)
    (tmp_path / "news.py").write_text(broken)
    monkeypatch.setattr(loader, "CONTENT_DIR", tmp_path)
    monkeypatch.setattr(loader.read_entries, "__defaults__", (tmp_path,))
    before = counts()
    with pytest.raises(
        CommandError, match=r"news\.py, line \d+: sync field 'end_date': '2008-13-31' is not a YYYY-MM-DD date"
    ):
        call_command("load_demo_content", verbosity=0)
    assert counts() == before


def test_invalid_page_data_is_rolled_back(monkeypatch):
    entries = loader.read_entries()
    bad = dict(
        entries[-1].data,
        key="event-broken",
        sync=dict(entries[-1].data["sync"], start_date="2030-01-02", end_date="2030-01-01"),
    )
    bad["es"] = dict(bad["es"], slug="broken-event")
    before = counts()
    with (
        translation.override("en"),
        pytest.raises(loader.DemoContentError, match="The event cannot end before it starts"),
    ):
        loader.DemoContentLoader().load(entries + [loader.Entry(bad, "news.py, line 999")])
    assert counts() == before
