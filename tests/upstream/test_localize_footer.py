"""The translation editor's footer (portal/upstream/localize_footer.py): its main button is the natural action."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.staticfiles import finders
from django.urls import reverse
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation

from portal.upstream import localize_footer
from tests.helpers import demo_page

pytestmark = pytest.mark.django_db


def test_wagtail_localize_footer_still_makes_its_last_action_the_main_one():
    """When this fails, wagtail-localize's bundle changed: is the portal's footer (and are its notes) still needed?"""
    bundle = Path(finders.find(localize_footer.BUNDLE)).read_text(encoding="utf-8")
    assert localize_footer.BUNDLE_MAIN_ACTION_IS_LAST in bundle
    assert (
        localize_footer.BUNDLE_STOP_FIRST + ',{type:"submit",className:"button button-longrunning action-secondary"'
        in bundle
    )
    for hard_coded in localize_footer.BUNDLE_HARD_CODED:
        assert hard_coded in bundle  # not through gettext: English in every admin language


class Footer(HTMLParser):
    """The portal's footer: its main button (the first) and the others, by visible text and name."""

    def __init__(self):
        super().__init__()
        self.inside, self.depth, self.buttons, self.current = False, 0, [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "footer" and "portal-translation-footer" in (attrs.get("class") or ""):
            self.inside = True
        if self.inside and tag in ("button", "a") and "w-dropdown__toggle" not in (attrs.get("class") or ""):
            self.current = {"name": attrs.get("name"), "url": attrs.get("formaction") or attrs.get("href"), "text": ""}

    def handle_endtag(self, tag):
        if tag == "footer":
            self.inside = False
        if tag in ("button", "a") and self.current is not None:
            self.current["text"] = " ".join(self.current["text"].split())
            self.buttons.append(self.current)
            self.current = None

    def handle_data(self, data):
        if self.current is not None:
            self.current["text"] += data


def footer_of(html):
    parser = Footer()
    parser.feed(html)
    return parser.buttons


def speak(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


@pytest.mark.parametrize(
    "language,submit,stop",
    [
        ("fr", "Soumettre à la relecture", "Arrêter la synchronisation de cette traduction"),
        ("es", "Enviar a revisión", "Dejar de sincronizar esta traducción"),
        ("en", "Submit for review", "Stop synchronising this translation"),
    ],
)
def test_a_translators_main_button_submits_the_translation_for_review(client, language, submit, stop):
    translator = get_user_model().objects.get(username="translator")
    speak(translator, language)
    page = demo_page("country-ec", "fr")
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=page.locale)
    client.force_login(translator)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "js-translation-editor portal-own-footer" in html  # wagtail-localize's footer is hidden

    buttons = footer_of(html)
    main, *others = buttons
    assert main == {
        "name": "editorial-submit-translation",
        "url": reverse("editorial_submit_translation", args=[translation.pk]),
        "text": submit,
    }
    stop_button = next(button for button in others if button["name"] == "localize-stop-translation")
    assert stop_button["text"] == stop  # in the "More actions" menu, not the main button
    assert stop_button["url"].startswith(reverse("wagtail_localize:stop_translation", args=[translation.pk]))
    assert not any(button["name"] in ("delete", "unpublish") for button in others)  # not theirs to do
    assert any(
        button["url"].startswith(reverse("wagtail_localize:preview_translation", args=[translation.pk]))
        for button in others
    )

    # The main button does what it says: the translation awaits review, and the footer no longer offers it.
    response = client.post(main["url"], {"next": reverse("wagtailadmin_pages:edit", args=[page.pk])})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.workflow_in_progress
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert not any(button["name"] == "editorial-submit-translation" for button in footer_of(html))


def test_someone_who_may_publish_keeps_wagtail_localizes_footer(client):
    editor = get_user_model().objects.get(username="editor")
    page = demo_page("country-ec", "fr")
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "js-translation-editor" in html
    assert "portal-own-footer" not in html and not footer_of(html)
    assert re.search(r'name="editorial-submit-translation"', html)  # the bar above the editor still offers review
