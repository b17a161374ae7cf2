"""The factories build what the portal builds: trees in step, owners' rights, the workflow."""

import pytest
from django.core.exceptions import PermissionDenied
from wagtail.models import Page, Site

from tests.factories import (
    CountryPageFactory,
    EditorFactory,
    ReviewerFactory,
    SpecialistFactory,
    StandardPageFactory,
    TranslatorFactory,
    review,
    submit,
    sync_new_page,
    translate,
)
from tests.factories.trees import SECTIONS

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def test_trees_are_translations_served_by_the_default_site(client, trees):
    spanish = trees.home()
    assert Site.objects.get(is_default_site=True).root_page_id == spanish.pk
    for language in ("en", "fr"):
        home = trees.home(language)
        assert home.translation_key == spanish.translation_key and home.alias_of_id is None
        assert home.locale.language_code == language and home.live
        for key in SECTIONS:
            section = trees.section(key, language)
            assert section.get_parent().pk == home.pk and section.live
            assert client.get(section.url).status_code == 200
    assert client.get(trees.section("news", "fr").url).content.decode().count("Actualités et événements") >= 1


def test_a_new_spanish_page_gets_aliases_then_a_translation_replaces_one(client, trees):
    ecuador = trees.add(CountryPageFactory, "countries", title="Ecuador", languages=())["es"]
    sync_new_page(ecuador)
    copies = {page.locale.language_code: page for page in Page.objects.translation_of(ecuador)}
    assert sorted(copies) == ["en", "fr"]
    assert all(copy.alias_of_id == ecuador.pk for copy in copies.values())
    assert client.get(copies["en"].url).status_code == 200
    french = translate(ecuador, "fr", title="Équateur")
    assert french.pk == copies["fr"].pk and french.alias_of_id is None
    assert french.title == "Équateur" and french.live
    assert "Équateur" in client.get(french.url).content.decode()


def test_roles_and_ownership(trees):
    ecuador = CountryPageFactory(parent=trees.section("countries"), title="Ecuador")
    chile = CountryPageFactory(parent=trees.section("countries"), title="Chile")
    specialist = SpecialistFactory(owns=[ecuador])
    assert ecuador.permissions_for_user(specialist).can_edit()
    assert not ecuador.permissions_for_user(specialist).can_publish()
    assert not chile.permissions_for_user(specialist).can_edit()
    assert trees.home("fr").permissions_for_user(TranslatorFactory(languages=["fr"])).can_edit()
    assert not trees.home("en").permissions_for_user(TranslatorFactory(languages=["fr"])).can_edit()
    assert not trees.home().permissions_for_user(TranslatorFactory()).can_edit()
    assert chile.permissions_for_user(EditorFactory()).can_publish()
    assert not chile.permissions_for_user(ReviewerFactory()).can_edit()


def test_the_workflow_publishes_on_approval_only(trees):
    ecuador = CountryPageFactory(parent=trees.section("countries"), title="Ecuador")
    specialist, reviewer = SpecialistFactory(owns=[ecuador]), ReviewerFactory()
    page = StandardPageFactory(parent=ecuador, title="Historia", publish=False)
    assert not page.live
    submit(page, specialist)
    assert not type(page).objects.get(pk=page.pk).live
    with pytest.raises(PermissionDenied):
        review(page, specialist)  # nobody approves their own work
    assert review(page, reviewer).live
