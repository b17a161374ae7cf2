"""Listing pages: locale, filters, pagination and bad query strings."""

import datetime

import pytest
from wagtail.models import Page

from tests.factories import (
    CaseStudyPageFactory,
    CountryPageFactory,
    EventPageFactory,
    NewsPageFactory,
    RegionPageFactory,
    ResourcePageFactory,
    ThemePageFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture(scope="module")
def scene(trees):
    """Countries in two regions, two themes, tagged resources, a good practice, news and a course, in es/en/fr."""
    africa = trees.add(RegionPageFactory, "regions", title="África de prueba", fr={"title": "Afrique d’essai"})
    europe = trees.add(RegionPageFactory, "regions", title="Europa de prueba")
    ecuador = trees.add(CountryPageFactory, "countries", title="Ecuador de prueba", fr={"title": "Équateur d’essai"})
    tanzania = trees.add(CountryPageFactory, "countries", title="Tanzania de prueba", region=africa["es"])
    zambia = trees.add(CountryPageFactory, "countries", title="Zambia de prueba", region=africa["es"])
    belgium = trees.add(CountryPageFactory, "countries", title="Bélgica de prueba", region=europe["es"])
    legal = trees.add(ThemePageFactory, "themes", title="Instrumentos jurídicos de prueba")
    floor = trees.add(ThemePageFactory, "themes", title="Piso de protección de prueba", en={"title": "Test floor"})
    pages = {
        "ecuador": ecuador,
        "tanzania": tanzania,
        "zambia": zambia,
        "belgium": belgium,
        "africa": africa,
        "legal": legal,
        "floor": floor,
        "evaluation": trees.add(
            ResourcePageFactory,
            "resources",
            title="Evaluación del programa en Ecuador",
            resource_type="evaluation",
            year=2019,
            countries=[ecuador["es"]],
            fr={"title": "Évaluation du programme en Équateur"},
        ),
        "c102": trees.add(
            ResourcePageFactory,
            "resources",
            title="Convenio de prueba 102",
            resource_type="legal_instrument",
            year=1952,
            themes=[legal["es"]],
        ),
        "r202": trees.add(
            ResourcePageFactory,
            "resources",
            title="Recomendación de prueba 202",
            resource_type="legal_instrument",
            year=2012,
        ),
        "casestudy": trees.add(
            CaseStudyPageFactory,
            "casestudies",
            title="Plataforma belga de prueba",
            country=belgium["es"],
            fr={"title": "Plateforme belge d'essai"},
        ),
        "campaign": trees.add(NewsPageFactory, "news", title="Campaña de prueba", en={"title": "Test campaign"}),
        "course": trees.add(
            EventPageFactory,
            "news",
            title="Curso de prueba en Lima",
            event_type="course",
            date=datetime.date(2008, 10, 1),
            themes=[floor["es"]],
            en={"title": "Test course in Lima"},
        ),
    }
    return pages


@pytest.fixture
def url(scene):
    """``url(name, language)``: the URL of a page of the scene (or of a section of ``trees``)."""
    return lambda name, language="es": Page.objects.get(pk=scene[name][language].pk).url


def test_listings_show_only_their_locale(client, trees, scene):
    content = client.get(trees.section("casestudies", "fr").url).content.decode()
    assert scene["casestudy"]["fr"].title.replace("'", "&#x27;") in content
    assert scene["casestudy"]["es"].title not in content


@pytest.mark.parametrize(
    ("query", "present", "absent"),
    [
        ("?type=evaluation", "evaluation", "c102"),
        ("?country={ecuador}", "evaluation", "r202"),
        ("?theme={legal}", "c102", "evaluation"),
        ("?year=2012", "r202", "c102"),
    ],
)
def test_resource_filters(client, trees, scene, url, query, present, absent):
    query = query.format(ecuador=scene["ecuador"]["es"].iso_code, legal=scene["legal"]["es"].slug)
    content = client.get(trees.section("resources").url + query).content.decode()
    assert f'href="{url(present)}"' in content
    assert f'href="{url(absent)}"' not in content


def test_news_type_filter_separates_news_from_courses(client, trees, url):
    news = trees.section("news", "en").url
    content = client.get(news + "?type=course").content.decode()
    assert f'href="{url("course", "en")}"' in content
    assert f'href="{url("campaign", "en")}"' not in content
    content = client.get(news + "?type=news").content.decode()
    assert f'href="{url("campaign", "en")}"' in content
    assert f'href="{url("course", "en")}"' not in content


@pytest.mark.parametrize(
    "query",
    ["?country=ZZ", "?year=abc", "?type=%3Cscript%3E", "?page=abc", "?page=99999", "?theme=" + "x" * 5000, "?year=-1"],
)
def test_bad_query_strings_give_a_page_not_an_error(client, trees, query):
    response = client.get(trees.section("resources", "en").url + query)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode()


def test_unknown_filter_value_is_reported_and_ignored(client, trees, url):
    content = client.get(trees.section("resources", "en").url + "?country=ZZ").content.decode()
    assert "Some filters were not understood and have been ignored" in content
    assert f'href="{url("c102", "en")}"' in content


def test_region_lists_its_countries_automatically(client, url):
    content = client.get(url("africa", "fr")).content.decode()
    for name in ("tanzania", "zambia"):
        assert f'href="{url(name, "fr")}"' in content
    assert f'href="{url("belgium", "fr")}"' not in content


def test_country_page_lists_tagged_content_in_its_language(client, url):
    content = client.get(url("ecuador", "fr")).content.decode()
    assert f'href="{url("evaluation", "fr")}"' in content
    assert f'href="{url("evaluation", "es")}"' not in content
    content = client.get(url("floor", "en")).content.decode()
    assert f'href="{url("course", "en")}"' in content


def test_unpublished_content_is_not_listed(client, trees, scene, url):
    link = f'href="{url("c102", "en")}"'
    assert link in client.get(url("legal", "en")).content.decode()
    Page.objects.get(pk=scene["c102"]["en"].pk).specific.unpublish()
    assert link not in client.get(trees.section("resources", "en").url).content.decode()
    assert link not in client.get(url("legal", "en")).content.decode()


@pytest.mark.parametrize("section", ["news", "resources", "casestudies"])
@pytest.mark.parametrize("query", ["", "?lang=all", "?year={year}", "?lang=all&year={year}"])
def test_total_and_year_choices_are_those_of_the_items_listed(client, trees, scene, section, query):
    """The total and the year choices come from one grouped count (portal/models/listing.py)."""
    index = trees.section(section, "en").specific
    unfiltered = index.get_all_languages_queryset() if "lang=all" in query else index.get_listing_queryset()
    values = unfiltered.values_list(index.year_field, flat=True)
    years = sorted({getattr(value, "year", value) for value in values}, reverse=True)
    response = client.get(index.url + query.format(year=years[-1]))
    assert response.status_code == 200
    offered = [value for value, _label in response.context["filter_form"].fields["year"].choices if value]
    assert offered == years
    listed = unfiltered if "year" not in query else index.filter_listing(unfiltered, {"year": years[-1]})
    assert response.context["paginator"].count == listed.count() > 0
    assert f"{listed.count()} item" in response.content.decode()
