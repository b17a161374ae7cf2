"""Public pages run a fixed number of SQL queries, however much content they list."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    CaseStudyPageFactory,
    CountryPageFactory,
    EventPageFactory,
    NewsPageFactory,
    ResourcePageFactory,
    ThemePageFactory,
)
from tests.helpers import demo_page

pytestmark = pytest.mark.django_db

PAGES = {
    "home": ("home", ""),
    "country page": ("country-be", ""),
    "theme page": ("theme-floor", ""),
    "region page": ("region-americas", ""),
    "country listing": ("countries", ""),
    "country listing by region": ("countries", "?type=america-latina-y-el-caribe"),
    "region listing": ("regions", ""),
    "theme listing": ("themes", ""),
    "case study listing": ("casestudies", ""),
    "case study listing filtered": ("casestudies", "?country=BE&theme=piso-de-proteccion-social&year=2016"),
    "resource listing": ("resources", ""),
    "resource listing filtered": ("resources", "?type=evaluation&country=EC&year=2022&page=2"),
    "news listing": ("news", ""),
    "news listing filtered": ("news", "?type=course&country=PE&theme=piso-de-proteccion-social"),
}

INDEX_OF = {"CaseStudyPage": "casestudies", "ResourcePage": "resources", "NewsPage": "news", "EventPage": "news"}


def unused_iso_codes():
    """ISO 3166-1 codes no country page has yet."""
    import pycountry

    from countries.models import CountryPage

    used = set(CountryPage.objects.values_list("iso_code", flat=True))
    return (country.alpha_2 for country in pycountry.countries if country.alpha_2 not in used)


def add_content(count):
    """Add ``count`` pages of every listed kind, tagged with Belgium, Peru and the floor theme."""
    belgium, peru, floor = demo_page("country-be"), demo_page("country-pe"), demo_page("theme-floor")
    americas = demo_page("region-americas")
    iso_codes = unused_iso_codes()
    for _ in range(count):
        CountryPageFactory(parent=demo_page("countries"), iso_code=next(iso_codes), region=americas)
        ThemePageFactory(parent=demo_page("themes"))
        for factory, extra in (
            (CaseStudyPageFactory, {"country": belgium, "implemented_since": 2016}),
            (ResourcePageFactory, {"resource_type": "evaluation", "year": 2022}),
            (NewsPageFactory, {}),
            (EventPageFactory, {"event_type": "course"}),
        ):
            page = factory(parent=demo_page(INDEX_OF[factory._meta.model.__name__]), **extra)
            page.countries = [belgium, peru, demo_page("country-ec")]
            page.themes = [floor]
            page.save_revision().publish()


def queries_for(client, url):
    client.get(url)  # warm the per-process caches (site root paths, templates)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def measure(client):
    return {name: queries_for(client, demo_page(key).url + query) for name, (key, query) in PAGES.items()}


@pytest.mark.parametrize("data_cache", [False, True], ids=["no data cache", "data cache"])
def test_queries_do_not_grow_with_content(client, settings, data_cache):
    settings.PAGE_CACHE = False  # counts what building a page costs: a page cache hit builds nothing
    settings.DATA_CACHE = data_cache
    cache.clear()
    add_content(3)
    small = measure(client)
    add_content(27)
    large = measure(client)
    assert large == small
    if data_cache:  # as in production (portal/shared_data.py): issue 6's target
        assert max(small.values()) <= 12, small
    else:  # a guard against regressions
        assert max(small.values()) <= 24, small


def test_country_page_lists_tagged_content_without_copying(client):
    add_content(2)
    content = client.get(demo_page("country-be", "en").url).content.decode()
    assert content.count("Good practice ") >= 2 or "Good practice" in content
    assert demo_page("casestudy-be-platform", "en").title in content
