"""Listing pages: locale, filters, pagination and bad query strings."""

import pytest

from tests.helpers import demo_page

pytestmark = pytest.mark.django_db


def test_listings_show_only_their_locale(client):
    content = client.get(demo_page("casestudies", "fr").url).content.decode()
    assert demo_page("casestudy-be-platform", "fr").title.replace("'", "&#x27;") in content
    assert demo_page("casestudy-be-platform", "es").title not in content


@pytest.mark.parametrize(
    ("query", "present", "absent"),
    [
        ("?type=evaluation", "resource-ec-evaluation", "resource-c102"),
        ("?country=EC", "resource-ec-evaluation", "resource-r202"),
        ("?theme=instrumentos-juridicos", "resource-c102", "resource-ec-evaluation"),
        ("?year=2012", "resource-r202", "resource-c102"),
    ],
)
def test_resource_filters(client, query, present, absent):
    content = client.get(demo_page("resources").url + query).content.decode()
    assert f'href="{demo_page(present).url}"' in content
    assert f'href="{demo_page(absent).url}"' not in content


def test_news_type_filter_separates_news_from_courses(client):
    content = client.get(demo_page("news", "en").url + "?type=course").content.decode()
    assert f'href="{demo_page("event-lima-course", "en").url}"' in content
    assert f'href="{demo_page("news-campaign", "en").url}"' not in content
    content = client.get(demo_page("news", "en").url + "?type=news").content.decode()
    assert f'href="{demo_page("news-campaign", "en").url}"' in content
    assert f'href="{demo_page("event-lima-course", "en").url}"' not in content


@pytest.mark.parametrize(
    "query",
    ["?country=ZZ", "?year=abc", "?type=%3Cscript%3E", "?page=abc", "?page=99999", "?theme=" + "x" * 5000, "?year=-1"],
)
def test_bad_query_strings_give_a_page_not_an_error(client, query):
    response = client.get(demo_page("resources", "en").url + query)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode()


def test_unknown_filter_value_is_reported_and_ignored(client):
    content = client.get(demo_page("resources", "en").url + "?country=ZZ").content.decode()
    assert "Some filters were not understood and have been ignored" in content
    assert f'href="{demo_page("resource-c102", "en").url}"' in content


def test_region_lists_its_countries_automatically(client):
    content = client.get(demo_page("region-africa", "fr").url).content.decode()
    for key in ("country-tz", "country-zm"):
        assert f'href="{demo_page(key, "fr").url}"' in content
    assert f'href="{demo_page("country-be", "fr").url}"' not in content


def test_country_page_lists_tagged_content_in_its_language(client):
    content = client.get(demo_page("country-ec", "fr").url).content.decode()
    assert f'href="{demo_page("resource-ec-evaluation", "fr").url}"' in content
    assert f'href="{demo_page("resource-ec-evaluation", "es").url}"' not in content
    content = client.get(demo_page("theme-floor", "en").url).content.decode()
    assert f'href="{demo_page("event-lima-course", "en").url}"' in content


def test_unpublished_content_is_not_listed(client):
    resource = demo_page("resource-c102", "en")
    link = f'href="{resource.url}"'
    assert link in client.get(demo_page("theme-legal", "en").url).content.decode()
    resource.unpublish()
    assert link not in client.get(demo_page("resources", "en").url).content.decode()
    assert link not in client.get(demo_page("theme-legal", "en").url).content.decode()
