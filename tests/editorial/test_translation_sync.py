"""Trees in step, translations as drafts, out-of-date tracking and the translation-status matrix."""

import html
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from editorial.models import OutdatedTranslation
from editorial.translation_matrix import tree_matrix
from home.models import StandardPage
from tests.editorial.test_workflow import act, current_task_state, refused, submit
from tests.helpers import edit_page_as_browser, form_fields

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def locale(code):
    return Locale.objects.get(language_code=code)


def add_page_in_admin(client, parent, title, slug, intro="", action=None):
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", parent.pk])
    response = client.get(url)
    assert response.status_code == 200
    data = form_fields(response.content.decode())
    data.update(title=[title], slug=[slug], intro=[intro])
    data.setdefault("body-count", ["0"])  # an empty StreamField, as its JavaScript would post it
    if action:
        data[action] = ["1"]
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return StandardPage.objects.get(slug=slug, locale=parent.locale)


def copies(page):
    return {copy.locale.language_code: copy for copy in Page.objects.filter(translation_key=page.translation_key)}


def translate_fully(source_page, code, texts=None):
    """Translate every text of ``source_page`` into ``code`` (prefixing the source text) and publish it."""
    source, _ = TranslationSource.get_or_create_from_instance(source_page)
    translation, _ = source.translations.get_or_create(target_locale=locale(code), defaults={"enabled": True})
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale(code),
            context=segment.context,
            defaults={"data": (texts or {}).get(segment.context.path, f"[{code}] {segment.string.data}")},
        )
    translation.save_target(publish=False)
    target = source_page.get_translation(locale(code))
    target.get_latest_revision().publish()
    return translation


def test_a_page_created_in_spanish_gets_its_place_in_english_and_french(client, specialist, scene_page):
    ecuador = scene_page("country-ec")
    client.force_login(specialist)
    page = add_page_in_admin(client, ecuador, "Reforma 2026", "reforma-2026", "Texto en español.")
    found = copies(page)
    assert set(found) == {"es", "en", "fr"}
    for code in ("en", "fr"):
        assert found[code].alias_of_id == page.pk
        assert found[code].get_parent().pk == scene_page("country-ec", code).pk
        # The specialist owns the tree in every locale, so the placeholders are theirs too.
        assert found[code].permissions_for_user(specialist).can_edit()


def test_moving_a_page_moves_it_in_every_locale(client, specialist, editor, scene_page):
    client.force_login(specialist)
    page = add_page_in_admin(client, scene_page("country-ec"), "Nota", "nota-movida")
    client.force_login(editor)
    peru = scene_page("country-pe")
    response = client.post(reverse("wagtailadmin_pages:move_confirm", args=[page.pk, peru.pk]))
    assert response.status_code == 302
    for code, copy in copies(page).items():
        assert copy.get_parent().pk == scene_page("country-pe", code).pk, code

    # A specialist may not move a live page, even in their own tree: nothing moves.
    page.refresh_from_db()
    page.get_latest_revision().publish()
    client.force_login(specialist)
    response = client.post(reverse("wagtailadmin_pages:move_confirm", args=[page.pk, scene_page("country-be").pk]))
    assert refused(response)
    assert all(copy.get_parent().pk == scene_page("country-pe", code).pk for code, copy in copies(page).items())


def test_deleting_the_source_deletes_its_copies_but_not_the_other_way_round(client, specialist, editor, scene_page):
    client.force_login(specialist)
    kept = add_page_in_admin(client, scene_page("country-ec"), "Se queda", "se-queda")
    doomed = add_page_in_admin(client, scene_page("country-ec"), "Se va", "se-va")
    client.force_login(editor)

    french_only = copies(kept)["fr"]
    response = client.post(reverse("wagtailadmin_pages:delete", args=[french_only.pk]), {"confirm_site_name": ""})
    assert response.status_code == 302
    assert set(copies(kept)) == {"es", "en"}

    response = client.post(reverse("wagtailadmin_pages:delete", args=[doomed.pk]))
    assert response.status_code == 302
    assert not Page.objects.filter(translation_key=doomed.translation_key).exists()


def test_a_new_translation_stays_a_draft_until_approved(client, specialist, translator, reviewer, scene_page):
    client.force_login(specialist)
    page = add_page_in_admin(client, scene_page("country-ec"), "Novedad", "novedad", "Texto original.", "action-submit")
    act(client, reviewer, page, "approve")
    french = copies(page)["fr"]
    assert french.live and french.alias_of_id == page.pk  # readers see the Spanish text, with a notice

    # The specialist starts the French translation (wagtail-localize's "Translate this page").
    client.force_login(specialist)
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [locale("fr").pk]}
    )
    assert response.status_code == 302
    french = StandardPage.objects.get(pk=french.pk)
    assert french.alias_of_id is None
    assert french.intro == "Texto original."  # the live page still shows the approved source text
    # …and readers are still told so, in French, with the content marked as Spanish.
    public = client.get(french.url).content.decode()
    assert "Cette page n’est pas encore traduite en français" in public and 'lang="es"' in public

    translation = TranslationSource.objects.get(object_id=page.translation_key).translations.get(
        target_locale=locale("fr")
    )
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string", "context"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locale("fr"),
            context=segment.context,
            data=f"FR {segment.string.data}",
        )
    client.force_login(translator)
    assert client.post(reverse("editorial_submit_translation", args=[translation.pk])).status_code == 302
    french = StandardPage.objects.get(pk=french.pk)
    assert french.intro == "Texto original."  # submitted is not published
    assert current_task_state(french).workflow_state.requested_by == translator

    act(client, reviewer, french, "approve")
    french = StandardPage.objects.get(pk=french.pk)
    assert french.intro == "FR Texto original."
    client.logout()
    public = client.get(french.url).content.decode()
    assert "FR Texto original." in public and "pas encore traduite" not in public


def test_changed_source_text_marks_translations_out_of_date_until_retranslated(
    client, specialist, reviewer, translator, editor, scene_page
):
    ecuador = scene_page("country-ec")
    old_summary = ecuador.summary
    submit(client, specialist, ecuador, "Un resumen nuevo.")
    assert not OutdatedTranslation.objects.exists()  # submitted, not published: nothing changed for readers
    act(client, reviewer, ecuador, "approve")

    french = scene_page("country-ec", "fr")
    marks = {mark.translation.target_locale.language_code: mark for mark in OutdatedTranslation.objects.all()}
    assert set(marks) == {"en", "fr"}
    assert marks["fr"].changes == [{"field": "summary", "before": old_summary, "after": "Un resumen nuevo."}]

    # The translator sees exactly what changed, in their language (French).
    client.force_login(translator)
    editor_html = client.get(reverse("wagtailadmin_pages:edit", args=[french.pk])).content.decode()
    assert "Obsolète depuis" in editor_html or "obsolète" in editor_html.lower()
    # Each changed text in full, as a word-level diff: the old words struck out, the new ones marked.
    region = editor_html[editor_html.index("translation-outdated") :]
    region = region[: region.index("</section>")]

    def reading(without):
        text = re.sub(r"<[^>]+>", "", re.sub(rf"<{without}\b[^>]*>.*?</{without}>", "", region, flags=re.S))
        return " ".join(html.unescape(text).split())

    assert "<del" in region and "<ins" in region
    assert " ".join(old_summary.split()) in reading("ins")
    assert "Un resumen nuevo." in reading("del")

    # The matrix says so, for the editor.
    client.force_login(editor)
    report = client.get(reverse("editorial_translation_status"), {"tree": ecuador.pk})
    assert report.status_code == 200
    assert 'data-state="outdated"' in report.content.decode()

    # Re-translating the one changed text and getting it approved clears the mark.
    translation = marks["fr"].translation
    segment = StringSegment.objects.get(source=translation.source, context__path="summary")
    assert segment.string.data == "Un resumen nuevo."
    StringTranslation.objects.create(
        translation_of=segment.string, locale=french.locale, context=segment.context, data="Un nouveau résumé."
    )
    client.force_login(translator)
    client.post(reverse("editorial_submit_translation", args=[translation.pk]))
    assert OutdatedTranslation.objects.filter(translation=translation).exists()  # still stale until it is live
    act(client, reviewer, french, "approve")
    assert not OutdatedTranslation.objects.filter(translation=translation).exists()
    assert OutdatedTranslation.objects.filter(translation__target_locale__language_code="en").exists()
    french.refresh_from_db()
    assert type(french).objects.get(pk=french.pk).summary == "Un nouveau résumé."


def test_matrix_missing_partial_stale_current(client, specialist, editor, chile_specialist, scene_page):
    ecuador = scene_page("country-ec")
    pages = {}
    for name in ("missing", "partial", "stale", "current"):
        page = ecuador.add_child(instance=StandardPage(title=f"Página {name}", slug=f"pagina-{name}", intro=name))
        page.save_revision().publish()
        pages[name] = page
    pages["missing"].copy_for_translation(locale("fr"), alias=True)
    source, _ = TranslationSource.get_or_create_from_instance(pages["partial"])
    source.translations.create(target_locale=locale("fr")).save_target(publish=False)
    translate_fully(pages["stale"], "fr")
    translate_fully(pages["current"], "fr")
    pages["stale"].intro = "cambiado"
    pages["stale"].save_revision().publish()

    locales, rows = tree_matrix(ecuador)
    french = [locale.language_code for locale in locales].index("fr")
    states = {source.title: cells[french] for source, cells in rows}
    assert states["Ecuador"].state == "current"
    assert states["Página missing"].state == "missing" and states["Página missing"].alias
    assert states["Página partial"].state == "in_progress" and states["Página partial"].percent == 0
    assert states["Página stale"].state == "outdated" and states["Página stale"].since
    assert states["Página current"].state == "current"
    # English: none of the four was translated.
    english = [locale.language_code for locale in locales].index("en")
    assert {cells[english].state for source, cells in rows if source.title.startswith("Página")} == {"missing"}

    # The owner sees the same matrix for their own tree; another specialist may not pick it.
    client.force_login(specialist)
    mine = client.get(reverse("editorial_translation_status"), {"tree": ecuador.pk}).content.decode()
    assert mine.count('data-state="outdated"') == 1 and "Página partial" in mine
    # A missing translation can be started from the matrix.
    assert reverse("editorial_start_translation", args=[pages["missing"].pk, "fr"]) in mine
    client.force_login(chile_specialist)
    other = client.get(reverse("editorial_translation_status"), {"tree": ecuador.pk}).content.decode()
    assert "Página partial" not in other
    assert "Escoja una opción válida" in other or "Seleccione una opción válida" in other  # in their language


def test_translation_status_is_not_for_everyone(client, reviewer, moderator):
    for user in (reviewer, moderator):
        client.force_login(user)
        assert refused(client.get(reverse("editorial_translation_status")))


def test_synchronized_fields_reach_the_translations(client, specialist, reviewer, editor, scene_page):
    ecuador = scene_page("country-ec")
    region = scene_page("country-cl").region
    other_region = (
        type(ecuador).region.field.related_model.objects.exclude(pk=ecuador.region_id).filter(locale=ecuador.locale)
    )
    new_region = other_region.first() if ecuador.region_id == getattr(region, "pk", None) else region
    assert new_region is not None
    client.force_login(specialist)
    # "Last reviewed" is not typed (read-only in the editor): the approval sets it to today.
    edit_page_as_browser(
        client, ecuador, {"region": str(new_region.pk), "last_reviewed": "2020-11-02"}, action="action-submit"
    )
    for code in ("en", "fr"):  # submitted, not yet approved: nothing moves
        assert scene_page("country-ec", code).region_id == ecuador.region_id
    act(client, reviewer, ecuador, "approve")
    for code in ("en", "fr"):
        copy = scene_page("country-ec", code)
        assert copy.region_id == new_region.pk, code
        assert copy.last_reviewed == timezone.localdate(), code


def test_clearing_tags_on_the_source_clears_them_on_translations(editor, scene_page):
    news = scene_page("event-lima-course")
    assert news.countries.count() == 4
    news.countries.set([])
    news.themes.set([])
    news.save_revision(user=editor).publish(user=editor)
    for code in ("en", "fr"):
        copy = scene_page("event-lima-course", code)
        assert not copy.countries.exists() and not copy.themes.exists(), code


def test_translations_published_in_one_transaction_stay_reachable(client, scene_page):
    """editorial.translation_publish: several translations under one parent, in one transaction."""
    from editorial.translation_publish import publish_translation

    ecuador = scene_page("country-ec")
    french_parent = scene_page("country-ec", "fr")
    children = []
    for slug in ("primera", "segunda"):
        child = ecuador.add_child(instance=StandardPage(title=slug.title(), slug=slug, intro=f"Texto {slug}."))
        child.save_revision().publish()
        source, _ = TranslationSource.get_or_create_from_instance(child)
        translation = source.translations.create(target_locale=locale("fr"))
        for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=locale("fr"),
                context=segment.context,
                data=f"FR {segment.string.data}",
            )
        children.append(publish_translation(translation))
    french_parent.refresh_from_db()
    assert french_parent.numchild == french_parent.get_children().count() >= 2
    for slug, child in zip(("primera", "segunda"), children, strict=True):
        assert child.live
        response = client.get(child.url)
        assert response.status_code == 200 and f"FR Texto {slug}." in response.content.decode()


def test_a_french_translator_edits_french_only(client, django_user_model, scene_page):
    from django.contrib.auth.models import Group

    fr_only = django_user_model.objects.create_user("traductrice", "t@example.org", "pw")
    fr_only.groups.add(Group.objects.get(name="Translators (fr)"))
    client.force_login(fr_only)
    for code, allowed in (("fr", True), ("en", False), ("es", False)):
        page = scene_page("country-ec", code)
        assert page.permissions_for_user(fr_only).can_edit() is allowed, code
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert (response.status_code == 200) is allowed, code
        if not allowed:
            assert refused(response)
    # Posting an edit to the Spanish source changes nothing.
    source = scene_page("country-ec")
    before = source.summary
    client.post(reverse("wagtailadmin_pages:edit", args=[source.pk]), {"title": "x", "summary": "hacked"})
    source.refresh_from_db()
    assert source.summary == before and not source.has_unpublished_changes
