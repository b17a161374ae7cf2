"""The one "shown untranslated" rule (portal/translation_state.py) and the places that use it.

Before the rule was in one place, listings knew only aliases of another locale: a
translation someone had started but nobody had approved yet (live, showing the Spanish
text) had no language badge in its locale's listing and was listed with every language as
if it were a translation, while the page itself said "not translated yet" and the search
left it out. These tests build each kind of page and ask every caller.
"""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils.text import slugify
from wagtail.models import Locale, Page

from home.models import StandardPage
from portal.templatetags.portal_tags import is_untranslated_alias
from portal.translation_state import shown_language, stand_in_q, untranslated_q
from search.views import visible_pages
from tests.factories import CaseStudyPageFactory
from tests.helpers import demo_page

pytestmark = pytest.mark.django_db


def alias_in(page, code):
    return page.copy_for_translation(Locale.objects.get(language_code=code), copy_parents=True, alias=True)


def never_approved(alias):
    """What wagtail-localize leaves when someone starts translating an alias: a live page, no revision published."""
    Page.objects.filter(pk=alias.pk).update(alias_of=None, live=True, live_revision=None)
    return Page.objects.get(pk=alias.pk)


@pytest.fixture
def spanish_case_study():
    page = CaseStudyPageFactory(parent=demo_page("casestudies", "es"), title="Práctica en traducción")
    page.save_revision().publish()
    return page, alias_in(page, "en"), never_approved(alias_in(page, "fr"))


@pytest.fixture
def kinds(spanish_case_study):
    original, english_alias, french_placeholder = spanish_case_study
    home = demo_page("home", "es")
    page = home.add_child(instance=StandardPage(title="Copiada", slug=slugify("Copiada"), intro="x"))
    page.save_revision().publish()
    same_locale_alias = page.create_alias(parent=demo_page("countries", "es"), update_slug="copiada-alias")
    return {
        "original": (original, None),
        "alias of another locale": (english_alias, "es"),
        "translation never approved": (french_placeholder, "es"),
        "alias in its own locale": (same_locale_alias, None),
        "approved translation": (demo_page("country-be", "fr"), None),
    }


def test_the_rule_for_a_page_and_for_a_query_agree(kinds):
    for name, (page, language) in kinds.items():
        page = Page.objects.select_related("locale", "alias_of__locale").get(pk=page.pk)
        assert shown_language(page) == language, name
        assert is_untranslated_alias(page) is (language is not None), name
        assert Page.objects.filter(pk=page.pk).filter(untranslated_q()).exists() is (language is not None), name
        # Listings of every language and the search show the original of each copy instead.
        stands_in = language is not None or page.alias_of_id is not None
        assert Page.objects.filter(pk=page.pk).filter(stand_in_q()).exists() is stands_in, name


def test_a_translation_never_approved_is_badged_in_its_locale_listing(client, spanish_case_study):
    _original, _alias, placeholder = spanish_case_study
    content = client.get(demo_page("casestudies", "fr").url).content.decode()
    assert f'<h2 class="card__title" lang="es"><a href="{placeholder.url}">' in content
    assert '<span class="lang-badge" lang="es">Español</span>' in content


def test_a_translation_never_approved_is_not_listed_with_every_language(client, spanish_case_study):
    original, _alias, placeholder = spanish_case_study
    response = client.get(demo_page("casestudies", "fr").url + "?lang=all")
    ids = set(response.context["paginator"].object_list)
    assert original.pk in ids
    assert placeholder.pk not in ids


def test_the_page_itself_and_the_search_agree(client, rf, spanish_case_study):
    _original, _alias, placeholder = spanish_case_study
    content = client.get(placeholder.url).content.decode()
    assert "Cette page n’est pas encore traduite en français ; elle est affichée en espagnol." in content
    request = rf.get("/fr/search/")
    request.user = AnonymousUser()
    assert not visible_pages(request).filter(pk=placeholder.pk).exists()
