"""What the translator reads: the word-level diff of changed texts, dates and menu labels in their language."""

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation

from portal.upstream.localize_gaps import localized_comment

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def diff(before, after):
    return Template("{% load editorial_tags %}{% word_diff before after %}").render(
        Context({"before": before, "after": after})
    )


def test_word_diff_shows_a_sentence_added_at_the_end_of_a_long_text():
    before = "Una oración larga sobre la cobertura. " * 20 + "Fin."
    after = before + " Una frase añadida al final."
    html = diff(before, after)
    assert html.count("<ins") == 1 and "<del" not in html
    assert "Una frase añadida al final.</ins>" in html
    assert html.count("Una oración larga sobre la cobertura.") == 20  # the whole text, not cut


def test_word_diff_marks_changed_words_only_and_escapes_html():
    html = diff("La pensión <b>mínima</b> sube.", "La pensión <b>básica</b> sube.")
    assert "&lt;b&gt;mínima&lt;/b&gt;</del>" in html and "&lt;b&gt;básica&lt;/b&gt;</ins>" in html
    assert html.startswith("La pensión ") and html.endswith(" sube.")
    assert diff(None, "Nuevo texto.").count("<ins") == 1
    assert diff("Texto quitado.", None).count("<del") == 1


def test_the_translation_editor_shows_the_whole_change(client, translator, specialist, scene_page):
    ecuador = scene_page("country-ec")
    added = " Una oración añadida al final del resumen."
    old_summary = ecuador.summary
    ecuador.summary = old_summary + added
    ecuador.save_revision().publish()
    client.force_login(translator)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[scene_page("country-ec", "fr").pk])).content.decode()
    assert "Una oración añadida al final del resumen.</ins>" in html
    assert old_summary[-40:] in html  # the end of the old text is shown too


def test_translated_on_dates_are_in_the_users_language(client, translator, scene_page):
    french = scene_page("country-ec", "fr")
    item = StringTranslation.objects.filter(locale=Locale.objects.get(language_code="fr")).first()
    item.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
    item.tool_name = ""
    item.updated_at = item.updated_at.replace(year=2026, month=12, day=4, hour=12)
    with translation.override("fr"):
        assert localized_comment(item) == "Traduit manuellement le 4 décembre 2026"
    with translation.override("es"):
        assert localized_comment(item) == "Traducido manualmente el 4 de diciembre de 2026"
    client.force_login(translator)  # admin in French
    html = client.get(reverse("wagtailadmin_pages:edit", args=[french.pk])).content.decode()
    assert "Traduit manuellement le" in html
    for month in (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ):
        assert f" {month} 20" not in html, html[html.index(f" {month} 20") - 300 : html.index(f" {month} 20") + 50]


def test_saving_a_text_answers_with_a_localized_date(client, translator, scene_page):
    french = scene_page("country-ec", "fr")
    segment = StringSegment.objects.filter(source__object_id=french.translation_key, context__path="summary").first()
    from wagtail_localize.models import Translation

    item = Translation.objects.get(source=segment.source, target_locale=french.locale)
    client.force_login(translator)
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[item.pk, segment.pk]),
        "value=Un+r%C3%A9sum%C3%A9.",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 201), response.content[:500]
    comment = response.json()["comment"]
    assert comment.startswith("Traduit manuellement le") and not any(
        month in comment for month in ("January", "December", "November", "October")
    ), comment


@pytest.mark.parametrize(
    ("username", "label", "wrong"),
    # The reviewer (English admin) has no Translations report (tests/security/test_translation_reports.py):
    # neither label may appear.
    [("translator", "Traductions", "Traducciones"), ("reviewer", None, "Traducciones")],
)
def test_the_translations_report_menu_item_is_in_the_users_language(client, editor, username, label, wrong):
    from django.contrib.auth import get_user_model

    # The Spanish editor builds the menu first (Wagtail keeps its items for the process's life).
    client.force_login(editor)
    assert "Traducciones" in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(get_user_model().objects.get(username=username))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    if label:
        assert f'"label": "{label}"' in html.replace("&quot;", '"') or f">{label}<" in html
    assert wrong not in html
