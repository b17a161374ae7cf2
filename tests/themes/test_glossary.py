"""The glossary: a translatable snippet, its admin, and where the public site shows it."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils.text import slugify
from wagtail.models import Locale
from wagtail.test.utils.form_data import rich_text
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from demo import loader
from demo.files import read_glossary
from tests.factories import GlossaryTermFactory, ThemePageFactory
from tests.factories import translate as translate_term
from tests.helpers import demo_page
from themes.models import GlossaryTerm, ThemePage

# Built with factories; the two tests of the demo's own glossary are marked ``demo``.
pytestmark = [pytest.mark.django_db, pytest.mark.factories]
GLOSSARY = [term.data for term in read_glossary()]

LANGUAGES = ("es", "en", "fr")
# The glossary of the scene: (theme, term in each language). The first is the only one on "floor".
TERMS = [
    ("floor", {"es": "prestación universal", "en": "universal benefit", "fr": "prestation universelle"}),
    ("financing", {"es": "cotización", "en": "contribution", "fr": "cotisation"}),
    ("old-age", {"es": "edad de jubilación", "en": "retirement age", "fr": "âge de la retraite"}),
    ("old-age", {"es": "pensión social", "en": "social pension", "fr": "pension sociale"}),
]
LIST_URL = reverse("wagtailsnippets_themes_glossaryterm:list")
ADD_URL = reverse("wagtailsnippets_themes_glossaryterm:add")


def locale(language):
    return Locale.objects.get(language_code=language)


@pytest.fixture(scope="module")
def themes(trees):
    """{name: {language: ThemePage}}: the themes of the scene, and its glossary in three languages."""
    themes = {
        name: trees.add(ThemePageFactory, "themes", title=f"Tema {name} del glosario")
        for name in ("floor", "financing", "old-age", "health", "legal")
    }
    for theme, texts in TERMS:
        spanish = GlossaryTermFactory(
            term=texts["es"], definition=f"<p>Definición de {texts['es']}.</p>", theme=themes[theme]["es"]
        )
        for language in ("en", "fr"):
            translate_term(spanish, language, term=texts[language], definition=f"<p>Définition: {texts[language]}.</p>")
    return themes


def scene_terms(language):
    """The scene's glossary terms in ``language``, in TERMS order."""
    return [texts[language] for _theme, texts in TERMS]


def dt_id(term):
    return f'<dt id="term-{slugify(term)}">'


def create_term(term, definition, theme=None, language="es", live=True):
    item = GlossaryTerm(term=term, definition=f"<p>{definition}</p>", theme=theme, locale=locale(language), live=live)
    item.save()
    revision = item.save_revision()
    if live:
        revision.publish()
    return item


def translate(term, language, texts, publish, capture):
    """Translate ``term`` with wagtail-localize: string translations of its segments, then save_target."""
    source, _created = TranslationSource.get_or_create_from_instance(term)
    translation = Translation.objects.create(source=source, target_locale=locale(language))
    for segment in source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locale(language),
            context=segment.context,
            data=texts[segment.context.path],
        )
    # publish=True publishes on commit; run those callbacks here, as the commit would.
    with capture(execute=True):
        translation.save_target(publish=publish)
    return translation.get_target_instance()


@pytest.fixture
def page_html(client, trees, themes):
    """``page_html(name, language)``: the HTML of the themes section ("themes") or of one of the scene's themes."""

    def get(name, language):
        page = (
            trees.section("themes", language)
            if name == "themes"
            else ThemePage.objects.get(pk=themes[name][language].pk)
        )
        response = client.get(page.url)
        assert response.status_code == 200
        return response.content.decode()

    return get


def demo_terms(language):
    """The demo glossary's terms in ``language``, in the order of demo/content/glossary.yaml."""
    return [entry[language]["term"] for entry in GLOSSARY]


# --- demo content -----------------------------------------------------------------------


@pytest.mark.demo
def test_demo_glossary_is_live_in_three_languages_through_wagtail_localize():
    for entry in GLOSSARY:
        spanish = GlossaryTerm.objects.get(
            translation_key=loader.translation_key_for(entry["key"]), locale=locale("es")
        )
        assert spanish.live and spanish.term == entry["es"]["term"]
        assert spanish.theme == demo_page(entry["sync"]["theme"])
        for language in ("en", "fr"):
            translated = spanish.get_translation(locale(language))
            assert translated.live, (entry["key"], language)
            assert translated.term == entry[language]["term"]
            assert entry[language]["definition"][0] in translated.definition
            # The theme is synchronized: the same Spanish page, found again through its translation_key.
            assert translated.theme_id == spanish.theme_id
            translation = Translation.objects.get(
                source__object_id=spanish.translation_key, target_locale__language_code=language
            )
            total, done = translation.get_progress()
            assert total == done == (3 if entry["es"].get("synonyms") else 2)  # term, [synonyms,] definition


@pytest.mark.demo
def test_loading_the_demo_again_creates_no_terms():
    before = (GlossaryTerm.objects.count(), sum(term.revisions.count() for term in GlossaryTerm.objects.all()))
    report = loader.DemoContentLoader().load()
    assert (report.created_terms, report.created_translations) == (0, 0)
    after = (GlossaryTerm.objects.count(), sum(term.revisions.count() for term in GlossaryTerm.objects.all()))
    assert after == before


# --- public pages -----------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_theme_index_lists_the_live_terms_of_its_own_language_only(page_html, language):
    html = page_html("themes", language)
    assert '<h2 id="glossary-heading">' in html
    for term in scene_terms(language):
        assert dt_id(term) in html
    for other in set(LANGUAGES) - {language}:
        for term in scene_terms(other):
            assert dt_id(term) not in html, (language, term)


def test_theme_index_shows_the_glossary_in_alphabetical_order(page_html):
    html = page_html("themes", "en")
    positions = [html.index(dt_id(term)) for term in sorted(scene_terms("en"))]
    assert positions == sorted(positions)


@pytest.mark.parametrize("language", LANGUAGES)
def test_theme_page_shows_only_the_terms_linked_to_it(page_html, language):
    floor, *others = scene_terms(language)  # the first is the only one on the "floor" theme
    html = page_html("floor", language)
    assert dt_id(floor) in html
    assert not any(dt_id(term) in html for term in others)


def test_theme_page_without_terms_has_no_glossary(page_html):
    assert 'id="glossary-heading"' not in page_html("health", "es")


def test_draft_terms_never_appear_in_any_language(page_html, themes, django_capture_on_commit_callbacks):
    theme = themes["health"]["es"]
    draft = create_term("término en borrador", "Todavía no revisado.", theme=theme, live=False)
    assert not draft.live and draft.revisions.exists()
    # A live term, translated into French as a draft only.
    live = create_term("cotizante", "Persona que paga cotizaciones.", theme=theme)
    french_draft = translate(
        live,
        "fr",
        {"term": "cotisant brouillon", "definition": "Personne qui verse des cotisations."},
        publish=False,
        capture=django_capture_on_commit_callbacks,
    )
    assert not french_draft.live
    # A live term with unpublished changes: the public sees the published text.
    live.term = "cotizante modificado"
    live.save_revision()

    for language in LANGUAGES:
        for key in ("themes", "health"):
            html = page_html(key, language)
            for hidden in ("término en borrador", "cotisant brouillon", "cotizante modificado"):
                assert hidden not in html, (key, language, hidden)
    assert dt_id("cotizante") in page_html("health", "es")


def test_a_term_translated_with_wagtail_localize_shows_in_its_language(
    page_html, themes, django_capture_on_commit_callbacks
):
    spanish = create_term("afiliado", "Persona inscrita en un régimen.", theme=themes["health"]["es"])
    french = translate(
        spanish,
        "fr",
        {"term": "affilié", "definition": "Personne inscrite à un régime."},
        publish=True,
        capture=django_capture_on_commit_callbacks,
    )
    assert french.live and french.locale.language_code == "fr"
    assert french.translation_key == spanish.translation_key
    assert french.definition == "<p>Personne inscrite à un régime.</p>"
    assert french.theme == themes["health"]["es"]

    french_html = page_html("health", "fr")
    assert dt_id("affilié") in french_html and dt_id("afiliado") not in french_html
    assert "Personne inscrite à un régime." in french_html
    spanish_html = page_html("themes", "es")
    assert dt_id("afiliado") in spanish_html and dt_id("affilié") not in spanish_html
    assert dt_id("afiliado") not in page_html("themes", "en")


# --- admin ------------------------------------------------------------------------------


def test_superuser_creates_a_term_in_the_admin_and_gets_the_translate_button(admin_client, themes):
    theme = themes["legal"]["es"]
    response = admin_client.post(
        f"{ADD_URL}?locale=es",
        {
            "term": "convenio",
            "definition": rich_text("<p>Tratado internacional del trabajo.</p>"),
            "theme": theme.pk,
            "action-publish": "action-publish",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    term = GlossaryTerm.objects.get(term="convenio")
    assert term.live and term.locale.language_code == "es" and term.theme == theme

    response = admin_client.get(LIST_URL, {"locale": "es"})
    assert response.status_code == 200
    html = response.content.decode()
    for existing in scene_terms("es"):
        assert existing in html
    translate_url = reverse("wagtail_localize:submit_snippet_translation", args=["themes", "glossaryterm", term.pk])
    assert f'href="{translate_url}"' in html
    assert admin_client.get(translate_url).status_code == 200


def test_the_admin_menu_has_the_glossary(admin_client):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert LIST_URL in html


def test_the_locale_filter_lists_one_language(admin_client, themes):
    html = admin_client.get(LIST_URL, {"locale": "fr"}).content.decode()
    assert all(term in html for term in scene_terms("fr"))
    assert not any(term in html for term in scene_terms("es"))


def test_users_without_snippet_rights_are_kept_out(client, django_user_model, themes):
    user = django_user_model.objects.create_user("outsider", "outsider@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    client.force_login(user)
    term = GlossaryTerm.objects.filter(locale__language_code="es").first()
    urls = [
        LIST_URL,
        ADD_URL,
        reverse("wagtailsnippets_themes_glossaryterm:edit", args=[term.pk]),
        reverse("wagtail_localize:submit_snippet_translation", args=["themes", "glossaryterm", term.pk]),
    ]
    for url in urls:
        assert client.get(url).status_code in (302, 403), url
    assert LIST_URL not in client.get(reverse("wagtailadmin_home")).content.decode()
