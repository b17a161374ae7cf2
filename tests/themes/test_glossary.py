"""The glossary: a translatable snippet, its admin, and where the public site shows it."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils.text import slugify
from wagtail.models import Locale
from wagtail.test.utils.form_data import rich_text
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from portal.demo import loader
from portal.demo.files import read_glossary
from tests.helpers import demo_page
from themes.models import GlossaryTerm

pytestmark = pytest.mark.django_db
GLOSSARY = [term.data for term in read_glossary()]

LANGUAGES = ("es", "en", "fr")
LIST_URL = reverse("wagtailsnippets_themes_glossaryterm:list")
ADD_URL = reverse("wagtailsnippets_themes_glossaryterm:add")


def locale(language):
    return Locale.objects.get(language_code=language)


def demo_terms(language):
    """The demo glossary's terms in ``language``, in the order of demo/content/glossary.yaml."""
    return [entry[language]["term"] for entry in GLOSSARY]


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


def page_html(client, key, language):
    response = client.get(demo_page(key, language).url)
    assert response.status_code == 200
    return response.content.decode()


# --- demo content -----------------------------------------------------------------------


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


def test_loading_the_demo_again_creates_no_terms():
    before = (GlossaryTerm.objects.count(), sum(term.revisions.count() for term in GlossaryTerm.objects.all()))
    report = loader.DemoContentLoader().load()
    assert (report.created_terms, report.created_translations) == (0, 0)
    after = (GlossaryTerm.objects.count(), sum(term.revisions.count() for term in GlossaryTerm.objects.all()))
    assert after == before


# --- public pages -----------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_theme_index_lists_the_live_terms_of_its_own_language_only(client, language):
    html = page_html(client, "themes", language)
    assert '<h2 id="glossary-heading">' in html
    for term in demo_terms(language):
        assert dt_id(term) in html
    for other in set(LANGUAGES) - {language}:
        for term in demo_terms(other):
            assert dt_id(term) not in html, (language, term)


def test_theme_index_shows_the_glossary_in_alphabetical_order(client):
    html = page_html(client, "themes", "en")
    positions = [html.index(dt_id(term)) for term in sorted(demo_terms("en"))]
    assert positions == sorted(positions)


@pytest.mark.parametrize("language", LANGUAGES)
def test_theme_page_shows_only_the_terms_linked_to_it(client, language):
    floor, *others = demo_terms(language)  # the first is the only one on the social protection floor theme
    html = page_html(client, "theme-floor", language)
    assert dt_id(floor) in html
    assert not any(dt_id(term) in html for term in others)


def test_theme_page_without_terms_has_no_glossary(client):
    assert 'id="glossary-heading"' not in page_html(client, "theme-health", "es")


def test_draft_terms_never_appear_in_any_language(client, django_capture_on_commit_callbacks):
    theme = demo_page("theme-health")
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
        for key in ("themes", "theme-health"):
            html = page_html(client, key, language)
            for hidden in ("término en borrador", "cotisant brouillon", "cotizante modificado"):
                assert hidden not in html, (key, language, hidden)
    assert dt_id("cotizante") in page_html(client, "theme-health", "es")


def test_a_term_translated_with_wagtail_localize_shows_in_its_language(client, django_capture_on_commit_callbacks):
    spanish = create_term("afiliado", "Persona inscrita en un régimen.", theme=demo_page("theme-health"))
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
    assert french.theme == demo_page("theme-health", "es")

    french_html = page_html(client, "theme-health", "fr")
    assert dt_id("affilié") in french_html and dt_id("afiliado") not in french_html
    assert "Personne inscrite à un régime." in french_html
    spanish_html = page_html(client, "themes", "es")
    assert dt_id("afiliado") in spanish_html and dt_id("affilié") not in spanish_html
    assert dt_id("afiliado") not in page_html(client, "themes", "en")


# --- admin ------------------------------------------------------------------------------


def test_superuser_creates_a_term_in_the_admin_and_gets_the_translate_button(admin_client):
    theme = demo_page("theme-legal")
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
    for demo_term in demo_terms("es"):
        assert demo_term in html
    translate_url = reverse("wagtail_localize:submit_snippet_translation", args=["themes", "glossaryterm", term.pk])
    assert f'href="{translate_url}"' in html
    assert admin_client.get(translate_url).status_code == 200


def test_the_admin_menu_has_the_glossary(admin_client):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert LIST_URL in html


def test_the_locale_filter_lists_one_language(admin_client):
    html = admin_client.get(LIST_URL, {"locale": "fr"}).content.decode()
    assert all(term in html for term in demo_terms("fr"))
    assert not any(term in html for term in demo_terms("es"))


def test_users_without_snippet_rights_are_kept_out(client, django_user_model):
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
