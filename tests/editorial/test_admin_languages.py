"""Each role walks the admin pages of its day in each admin language: no text from another language.

Every visible text node of each page (and the labels of the admin menu, which Wagtail passes as JSON,
and the aria-label, title and placeholder attributes) is checked against the catalogues the admin is
translated with (Django's, Wagtail's, wagtail-localize's and the portal's, at run time):

- in Spanish or French, a text that is the English source of a string those catalogues translate
  differently is untranslated ("More actions" in the French admin);
- in any language, a text that is another admin language's translation of a string, and no
  translation in the user's own language, comes from the wrong catalogue ("Traducciones" in a French
  Reports menu).

What people wrote (page titles, glossary terms, names) is content, not interface, and is not checked:
a French translator rightly sees the Spanish titles of the pages still to translate.

The walk reads the admin pages of a working day on tests/editorial/conftest.py's scene (the demo's
pages, accounts and trees, small), with a glossary term in each language, a page and a translation
awaiting review: the dashboards, explorer, reports and glossary have rows, so their strings appear.
"""

import json
import re
from functools import cache
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page, Revision
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation

from portal.wagtail_catalogue import runtime_catalogue
from tests.editorial.test_workflow import submit
from tests.factories import GlossaryTermFactory, translate
from themes.models import GlossaryTerm

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture(scope="module")
def glossary(scene):
    """A glossary term of the floor theme in es, en and fr, for the glossary listing."""
    term = GlossaryTermFactory(
        term="piso de protección social",
        synonyms="piso social",
        definition="<p>Garantías básicas de seguridad social.</p>",
        theme=scene["theme-floor"]["es"],
    )
    translate(term, "en", term="social protection floor", definition="<p>Basic social security guarantees.</p>")
    translate(term, "fr", term="socle de protection sociale", definition="<p>Garanties élémentaires.</p>")
    return term


LANGUAGES = ("es", "en", "fr")
ROLES = ("specialist", "reviewer", "translator", "editor")
SKIPPED_TAGS = {"script", "style", "template", "textarea", "noscript", "svg", "code", "pre"}
ATTRIBUTES = ("aria-label", "title", "placeholder")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
LETTERS = re.compile(r"[^\W\d_]{3}")


def strings(catalogue):
    """msgid → msgstr of a Django catalogue: singular entries only, without formats or markup."""
    found = {}
    for key, value in catalogue.items():
        if not isinstance(key, str) or not isinstance(value, str):
            continue
        key = key.split("\x04", 1)[-1]  # a string with a context: its text
        if any(mark in key for mark in ("%", "{", "<", "\n")):
            continue
        if LETTERS.search(key):
            found[key.strip()] = value.strip()
    return found


@cache
def interface(language):
    """(untranslated, foreign): texts (case-folded) that are out of place in ``language``'s admin."""
    catalogues = {code: strings(runtime_catalogue(code, "django")) for code in LANGUAGES}
    own = catalogues[language]
    sources = {msgid.casefold() for catalogue in catalogues.values() for msgid in catalogue}
    legit = {msgstr.casefold() for msgstr in own.values()}
    if language == "en":
        legit |= sources
    untranslated = set()
    if language != "en":
        untranslated = {msgid.casefold() for msgid, msgstr in own.items() if msgstr != msgid} - legit
    foreign = set()
    for other in LANGUAGES:
        if other in (language, "en"):
            continue
        foreign |= {
            msgstr.casefold()
            for msgid, msgstr in catalogues[other].items()
            if msgstr != msgid and own.get(msgid, msgid) != msgstr
        }
    foreign -= legit | untranslated
    return untranslated, foreign


class Texts(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts, self.skipping, self.json = [], [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in VOID:
            if not self.skipping:
                self.texts.extend(attrs[name] for name in ATTRIBUTES if attrs.get(name))
            return
        if self.skipping:
            self.skipping.append(tag)
        elif tag in SKIPPED_TAGS or "hidden" in attrs:
            self.skipping.append(tag)
            if tag == "script" and attrs.get("type") == "application/json":
                self.json = []
        else:
            self.texts.extend(attrs[name] for name in ATTRIBUTES if attrs.get(name))

    def handle_endtag(self, tag):
        if tag in VOID or not self.skipping:
            return
        self.skipping.pop()
        if not self.skipping and self.json is not None:
            self.texts.extend(labels(json.loads("".join(self.json) or "null")))
            self.json = None

    def handle_data(self, data):
        if self.json is not None:
            self.json.append(data)
        elif not self.skipping:
            self.texts.append(data)


def labels(data):
    """The "label" strings of the admin's JSON props (the sidebar menu)."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "label" and isinstance(value, str):
                yield value
            else:
                yield from labels(value)
    elif isinstance(data, list):
        for item in data:
            yield from labels(item)


def visible_texts(html):
    parser = Texts()
    parser.feed(html)
    return {" ".join(text.split()) for text in parser.texts if text and text.strip()}


@cache
def content():
    """What people wrote, shown as it was written in every admin language."""
    written = set()
    for title, draft in Page.objects.values_list("title", "draft_title"):
        written |= {title, draft}
    written |= set(GlossaryTerm.objects.values_list("term", flat=True))
    for user in get_user_model().objects.all():
        written |= {user.get_full_name(), user.first_name, user.last_name, user.username}
    return {text.strip().casefold() for text in written if text}


def out_of_place(html, language):
    untranslated, foreign = interface(language)
    texts = {text for text in visible_texts(html) if text.casefold() not in content()}
    return sorted(f"untranslated: {text!r}" for text in texts if text.casefold() in untranslated) + sorted(
        f"other language: {text!r}" for text in texts if text.casefold() in foreign
    )


@pytest.fixture
def pages_under_review(client, specialist, translator, scene_page, glossary):
    """A Spanish page and a French translation awaiting review, as in the reviewer's real day."""
    ecuador = scene_page("country-ec")
    # No word in common with the scene's summary ("Resumen del perfil de país."): the comparison
    # would show a shared word ("Resumen") alone, content the check would take for the interface.
    submit(client, specialist, ecuador, "Nueva cobertura rural en 2025.")
    belgium_fr = scene_page("country-be", "fr")
    translation = Translation.objects.get(source__object_id=belgium_fr.translation_key, target_locale=belgium_fr.locale)
    client.force_login(translator)
    assert client.post(reverse("editorial_submit_translation", args=[translation.pk])).status_code == 302
    client.logout()
    return {
        "ecuador": ecuador,
        "belgium_fr": belgium_fr,
        "ecuador_fr": scene_page("country-ec", "fr"),
        "about": scene_page("about"),
    }


def day_of(role, pages):
    """The admin pages ``role`` uses in a working day."""
    ecuador, belgium_fr = pages["ecuador"], pages["belgium_fr"]
    ecuador_fr = pages["ecuador_fr"]
    glossary = reverse("wagtailsnippets_themes_glossaryterm:list")
    status = reverse("editorial_translation_status")
    if role == "specialist":
        return [
            reverse("wagtailadmin_home"),
            reverse("wagtailadmin_explore", args=[ecuador.pk]),
            reverse("wagtailadmin_pages:edit", args=[ecuador.pk]),
            reverse("wagtailadmin_pages:add_subpage", args=[ecuador.pk]),
            reverse("wagtailadmin_pages:add", args=["casestudies", "casestudypage", ecuador.pk]),
            reverse("wagtailadmin_pages:history", args=[ecuador.pk]),
            status,
            glossary,
        ]
    if role == "reviewer":
        submitted = Revision.page_revisions.filter(object_id=str(ecuador.pk)).latest("created_at")
        return [
            reverse("wagtailadmin_home"),
            reverse("wagtailadmin_pages:revisions_compare", args=[ecuador.pk, "live", submitted.pk]),
            reverse("wagtailadmin_pages:edit", args=[ecuador.pk]),
            reverse("wagtailadmin_pages:history", args=[ecuador.pk]),
            reverse("editorial_translation_review", args=[belgium_fr.pk]),
        ]
    if role == "translator":
        return [
            reverse("wagtailadmin_home"),
            reverse("wagtailadmin_explore", args=[ecuador_fr.get_parent().pk]),
            reverse("wagtailadmin_pages:edit", args=[ecuador_fr.pk]),
            reverse("wagtail_localize:translations_report"),
            status,
            glossary,
        ]
    return [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[ecuador.get_parent().pk]),
        reverse("wagtailadmin_pages:edit", args=[pages["about"].pk]),
        reverse("wagtailadmin_pages:edit", args=[ecuador_fr.pk]),
        reverse("editorial_audit_report"),
        status,
        reverse("wagtailadmin_reports:workflow"),
        reverse("owned_trees:index"),
        glossary,
    ]


@pytest.mark.parametrize("role", ROLES)
def test_each_role_reads_its_admin_in_its_own_language(client, pages_under_review, role):
    user = get_user_model().objects.get(username=role)
    found = {}
    for language in LANGUAGES:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        client.force_login(user)
        for url in day_of(role, pages_under_review):
            response = client.get(url)
            assert response.status_code == 200, (role, language, url, response.status_code, response.get("Location"))
            problems = out_of_place(response.content.decode(), language)
            if problems:
                found[f"{language} {url}"] = problems
    assert not found, json.dumps(found, indent=1, ensure_ascii=False)


def test_the_check_finds_text_of_another_language():
    """The walk above would notice the strings once seen in the admin."""
    html = '<nav aria-label="More actions"><span>Traducciones</span></nav><p>Relecture</p><script>"Delete"</script>'
    assert out_of_place(html, "fr") == ["untranslated: 'More actions'", "other language: 'Traducciones'"]
    assert out_of_place(html, "es") == ["untranslated: 'More actions'", "other language: 'Relecture'"]
    assert settings.LANGUAGE_CODE == "es"
