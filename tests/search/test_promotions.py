"""Promoted results per language, the record of searches, and the editors' report of search terms.

Its scene: the social protection floor theme in es/en/fr (the promoted page), more French pages
about a made-up word ("zorbaxo") than one page of results holds, an English page on pensions,
and the demo's accounts (tests/factories ``accounts``).
"""

import datetime
import re

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, PageViewRestriction

from search.models import SearchQueryDay
from tests.factories import StandardPageFactory, ThemePageFactory, accounts
from tests.factories.trees import fresh

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture(scope="module")
def scene(trees):
    """{"floor": {language: theme page}}; below the French home page 13 pages on "zorbaxo"
    (one more than a page of results), and an English page on pensions."""
    floor = trees.add(
        ThemePageFactory,
        "themes",
        title="Piso de protección social",
        en={"title": "Social protection floor"},
        fr={"title": "Socle de protection sociale"},
    )
    for number in range(settings.PORTAL_LISTING_PAGE_SIZE + 1):
        StandardPageFactory(parent=trees.home("fr"), title=f"Zorbaxo {number}", intro="Le zorbaxo en bref.")
    StandardPageFactory(parent=trees.home("en"), title="Pension schemes", intro="What a pension pays.")
    accounts()
    return {"floor": floor}


def floor(scene, language):
    return fresh(scene["floor"][language])


def search_url(language):
    with translation.override(language):
        return reverse("search")


def recommended(content):
    """The links of the "Recommended" section above the results."""
    section = re.search(r'<section class="search-recommended".*?</section>', content, re.S)
    return re.findall(r'class="card__title"><a href="([^"]+)"', section.group(0)) if section else []


@pytest.fixture
def promoted(scene):
    """Editors promote the social protection floor theme for "coverage", in Spanish and in French."""
    query = Query.get("coverage")
    for language, order in (("es", 0), ("fr", 1)):
        SearchPromotion.objects.create(
            query=query, page=floor(scene, language), sort_order=order, description=f"Promoted {language}"
        )
    return query


def test_promotions_show_the_readers_language_only(client, scene, promoted):
    content = client.get(search_url("fr"), {"q": "Coverage"}).content.decode()
    assert recommended(content) == [floor(scene, "fr").url]
    assert "Promoted fr" in content and "Promoted es" not in content
    with translation.override("fr"):
        assert translation.gettext("Recommended") in content
    assert content.index("search-recommended") < content.index('class="search-layout"')  # above the results
    assert recommended(client.get(search_url("es"), {"q": "coverage"}).content.decode()) == [floor(scene, "es").url]
    assert recommended(client.get(search_url("en"), {"q": "coverage"}).content.decode()) == []


def test_promotions_in_the_all_languages_view_stay_in_the_readers_language(client, scene, promoted):
    content = client.get(search_url("es"), {"q": "coverage", "lang": "all"}).content.decode()
    assert recommended(content) == [floor(scene, "es").url]


def test_promotions_respect_privacy(client, scene, promoted, django_user_model):
    french = floor(scene, "fr")
    assert recommended(client.get(search_url("fr"), {"q": "coverage"}).content.decode()) == [french.url]
    PageViewRestriction.objects.create(page=french, restriction_type=PageViewRestriction.LOGIN)
    assert recommended(client.get(search_url("fr"), {"q": "coverage"}).content.decode()) == []
    client.force_login(django_user_model.objects.create_user("reader", "reader@example.org", "pw"))
    assert recommended(client.get(search_url("fr"), {"q": "coverage"}).content.decode()) == [french.url]
    client.logout()
    floor(scene, "es").unpublish()
    assert recommended(client.get(search_url("es"), {"q": "coverage"}).content.decode()) == []


def test_promotions_only_on_the_first_page(client, scene):
    french = floor(scene, "fr")
    SearchPromotion.objects.create(query=Query.get("zorbaxo"), page=french)
    first = client.get(search_url("fr"), {"q": "zorbaxo"}).content.decode()
    assert recommended(first) == [french.url]
    second = client.get(search_url("fr"), {"q": "zorbaxo", "page": "2"}).content.decode()
    assert 'rel="prev"' in second and recommended(second) == []


def test_a_promotion_without_a_description_shows_the_pages_text_with_the_query_marked(client, scene):
    """The card of a promoted page shows the editor's description, else the same extract as a result's,
    also when the page is a result as well (its own card there)."""
    zorbaxo = fresh(StandardPageFactory(parent=scene["floor"]["fr"], title="Zorbaxo promu", intro="Le zorbaxo promu."))
    SearchPromotion.objects.create(query=Query.get("promu"), page=zorbaxo, sort_order=0)
    SearchPromotion.objects.create(query=Query.get("promu"), page=floor(scene, "fr"), sort_order=1, description="Vu")
    response = client.get(search_url("fr"), {"q": "promu"})
    content = response.content.decode()
    section = re.search(r'<section class="search-recommended".*?</section>', content, re.S).group(0)
    assert recommended(content) == [zorbaxo.url, floor(scene, "fr").url]
    assert "Le zorbaxo <mark>promu</mark>." in section and ">Vu</p>" in section
    [card] = [page for page in response.context["results"] if page.pk == zorbaxo.pk]  # a result too
    assert not getattr(card, "promotion_description", None)


# --- The record of searches ----------------------------------------------------------


def test_each_search_is_recorded_per_language_with_its_result_count(client, scene):
    client.get(search_url("en"), {"q": "  Pension  "})
    client.get(search_url("en"), {"q": "pension"})
    client.get(search_url("fr"), {"q": "PENSION"})
    client.get(search_url("fr"), {"q": "qwxzyv"})
    assert Query.get("pension").hits == 3  # Wagtail's popular terms, for the promotions editor
    rows = {(row.query_string, row.locale.language_code): row for row in SearchQueryDay.objects.all()}
    assert rows[("pension", "en")].hits == 2 and rows[("pension", "en")].zero_result_hits == 0
    assert rows[("pension", "fr")].hits == 1
    assert rows[("qwxzyv", "fr")].hits == 1 and rows[("qwxzyv", "fr")].zero_result_hits == 1


def test_searches_are_counted_even_with_the_page_cache_on(client, scene, settings):
    settings.PAGE_CACHE = True
    for _ in range(2):
        response = client.get(search_url("es"), {"q": "pensiones"})
        assert "private" in response["Cache-Control"]
        assert response.get("X-Page-Cache") != "hit"
    assert SearchQueryDay.objects.get(query_string="pensiones").hits == 2


def test_refinements_are_not_new_searches(client, scene):
    client.get(search_url("en"), {"q": "social"})
    client.get(search_url("en"), {"q": "social", "page": "2"})
    client.get(search_url("en"), {"q": "social", "type": "countries.countrypage"})
    client.get(search_url("en"), {"q": ""})
    assert SearchQueryDay.objects.get(query_string="social").hits == 1
    assert SearchQueryDay.objects.count() == 1


# --- The report ----------------------------------------------------------------------


@pytest.fixture
def searches(scene):
    es, fr = Locale.objects.get(language_code="es"), Locale.objects.get(language_code="fr")
    today = timezone.localdate()
    SearchQueryDay.objects.create(query_string="pensiones", locale=es, date=today, hits=7)
    SearchQueryDay.objects.create(query_string="pensiones", locale=es, date=today - datetime.timedelta(days=3), hits=2)
    SearchQueryDay.objects.create(query_string="retraites", locale=fr, date=today, hits=5)
    SearchQueryDay.objects.create(query_string="zzyzx", locale=fr, date=today, hits=4, zero_result_hits=4)
    SearchQueryDay.objects.create(
        query_string="oldquery", locale=fr, date=today - datetime.timedelta(days=40), hits=99, zero_result_hits=99
    )


@pytest.fixture
def report_reader(django_user_model):
    user = django_user_model.objects.create_user("analyst", "analyst@example.org", "pw")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="search", codename="view_search_report"),
    )
    return user


def test_report_lists_top_and_zero_result_queries_of_the_last_30_days(client, searches, report_reader):
    client.force_login(report_reader)
    response = client.get(reverse("search_terms_report"))
    assert response.status_code == 200
    top, zero = response.context["top_queries"], response.context["zero_result_queries"]
    assert [(row["query_string"], row["searches"]) for row in top] == [("pensiones", 9), ("retraites", 5), ("zzyzx", 4)]
    assert [(row["query_string"], row["zero_results"]) for row in zero] == [("zzyzx", 4)]
    assert "oldquery" not in response.content.decode()


def test_report_filters_by_language(client, searches, report_reader):
    client.force_login(report_reader)
    response = client.get(reverse("search_terms_report"), {"language": "fr"})
    assert [row["query_string"] for row in response.context["top_queries"]] == ["retraites", "zzyzx"]
    response = client.get(reverse("search_terms_report"), {"language": "xx"})  # unknown: every language
    assert response.status_code == 200 and len(response.context["top_queries"]) == 3


def test_report_in_the_reports_menu_for_permitted_users_only(client, scene, report_reader, django_user_model):
    client.force_login(report_reader)
    assert reverse("search_terms_report") in client.get(reverse("wagtailadmin_home")).content.decode()
    editor = django_user_model.objects.get(username="editor")
    client.force_login(editor)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert (reverse("search_terms_report") in home) == editor.has_perm("search.view_search_report")


@pytest.mark.parametrize("username", ["specialist", "reviewer", "translator", "moderator"])
def test_report_is_refused_to_users_without_the_permission(client, searches, username, django_user_model):
    client.force_login(django_user_model.objects.get(username=username))
    response = client.get(reverse("search_terms_report"))
    assert response.status_code in (302, 403)
    assert "zzyzx" not in response.content.decode()


def test_report_is_refused_to_anonymous_readers(client, searches):
    response = client.get(reverse("search_terms_report"))
    assert response.status_code == 302 and "login" in response["Location"]
