"""The demo command: idempotent, complete in three languages, with real translations."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import translation
from wagtail.models import Page

from communities.manager_rights import GROUP_PREFIX as MANAGERS_GROUP_PREFIX
from communities.privacy import GROUP_PREFIX
from demo import files, loader
from demo.accounts import DEMO_ACCOUNTS
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
        # Their roles: not the groups of the trees they own or of the demo communities they belong to.
        groups_of_roles = (
            user.groups.exclude(name__startswith="Tree owners: ")
            .exclude(name__startswith=GROUP_PREFIX)
            .exclude(name__startswith=MANAGERS_GROUP_PREFIX)  # communities they manage (manager_rights.py)
        )
        roles = set(groups_of_roles.values_list("name", flat=True))
        assert roles == set(groups)
        assert user.wagtail_userprofile.preferred_language == language
        # Through the sign-in form: the login lockout (django-axes) needs the request.
        response = client.post("/admin/login/", {"username": username, "password": password})
        assert response.status_code == 302
        assert client.get("/admin/").status_code == 200
        client.logout()


def broken_content(tmp_path, monkeypatch, name, old, new):
    """A copy of demo/content with ``old`` replaced by ``new`` (once) in ``name``; the line of ``new``."""
    for path in files.CONTENT_DIR.glob("*.yaml"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    text = (tmp_path / name).read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new, 1)
    (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(files, "CONTENT_DIR", tmp_path)
    if new.strip():
        return text[: text.index(new.strip().splitlines()[0])].count("\n") + 1


# name, text replaced (first occurrence), replacement, the problem as the message says it
BAD_FILES = {
    "unknown field": (
        "news.yaml",
        "    location: Lima, Perú",
        "    locaton: Lima, Perú",
        "entry 'event-lima-course', field es.locaton: unknown field",
    ),
    "missing required field": (
        "casestudies.yaml",
        "    institution: Caja Auxiliar de Prestaciones de Desempleo",
        "    # no institution",
        "entry 'casestudy-be-platform', field es.institution: required field is missing",
    ),
    "wrong type": (
        "casestudies.yaml",
        "    implemented_since: 2016",
        "    implemented_since: since 2016",
        "entry 'casestudy-be-platform', field sync.implemented_since: Input should be a valid integer",
    ),
    "unknown reference": (
        "news.yaml",
        "    themes: [theme-floor]",
        "    themes: [theme-flor]",
        "entry 'event-lima-course', field sync.themes[0]: refers to 'theme-flor', which is not defined before",
    ),
    "unknown page link": (
        "themes.yaml",
        "          page: resource-c102",
        "          page: resource-c103",
        "entry 'theme-health', field es.policy_documents[0].page: links to 'resource-c103', which is not defined",
    ),
    "unknown page type": (
        "news.yaml",
        "  type: news.EventPage",
        "  type: news.EventPages",
        "entry 'event-lima-course', field type: unknown page type 'news.EventPages'",
    ),
    "bad date": (
        "news.yaml",
        "    end_date: '2008-10-31'",
        "    end_date: '2008-13-31'",
        "entry 'event-lima-course', field sync.end_date: '2008-13-31' is not a YYYY-MM-DD date",
    ),
    "list where text is expected": (
        "glossary.yaml",
        "    synonyms: SPF\n",
        "    synonyms: [SPF]\n",
        "entry 'glossary-floor', field en.synonyms: Input should be a valid string",
    ),
    "field written twice": (
        "site.yaml",
        "    slug: inicio",
        "    slug: inicio\n    slug: portada",
        "entry 'home': 'slug' appears twice in the same mapping",
    ),
}


@pytest.mark.parametrize("case", BAD_FILES, ids=list(BAD_FILES))
def test_a_bad_data_file_is_refused_naming_file_line_entry_and_field(case, tmp_path, monkeypatch):
    name, old, new, problem = BAD_FILES[case]
    line = broken_content(tmp_path, monkeypatch, name, old, new)
    if case == "field written twice":
        line += 1
    elif case == "missing required field":
        line = None  # the line of the entry's "es" mapping
    before = counts()
    with pytest.raises(CommandError) as raised:
        call_command("load_demo_content", verbosity=0)
    message = str(raised.value)
    line_pattern = str(line) if line else r"\d+"
    location = rf"{re.escape(str(tmp_path / name))}, line {line_pattern}, "
    assert re.match(location + re.escape(problem), message), message
    # Nothing was written: the files are checked before the database is touched.
    assert counts() == before


def test_a_translation_without_a_field_of_the_spanish_is_refused(tmp_path, monkeypatch):
    broken_content(tmp_path, monkeypatch, "news.yaml", "    location: Lima, Peru\n", "")
    with pytest.raises(
        loader.DemoContentError,
        match=r"news\.yaml, line \d+, entry 'event-lima-course', field en: fields differ from 'es' "
        r"\(missing \['location'\]",
    ):
        loader.read_entries()


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
        loader.DemoContentLoader().load(entries + [loader.Entry(bad, "demo/content/news.yaml, line 999")])
    assert counts() == before
