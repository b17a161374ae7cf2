"""Public pages run a fixed number of SQL queries, however much content they list.

At most 12 on every public page type, with the shared data on and off (the raw path:
what every reader gets after a publish, and logged-in readers always), the same with 3
and with 30 items of each kind (issue 17's target).
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

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
    "home (fr)": ("home", "", "fr"),
    "country page (en)": ("country-be", "", "en"),
    "case study": ("casestudy-be-platform", ""),
    "resource": ("resource-ec-evaluation", ""),
    "news item": ("news-campaign", ""),
    "event": ("event-lima-course", ""),
    "standard page": ("about", ""),
    "case study listing, all languages": ("casestudies", "?lang=all"),
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


def add_standard_page(parent, title, show_in_menus=False):
    from home.models import StandardPage

    page = parent.add_child(
        instance=StandardPage(title=title, intro=f"About {title}.", show_in_menus=show_in_menus, live=False)
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def subpage_url():
    """The URL of a standard page below Belgium, with a page below it (breadcrumbs four levels deep)."""
    page = add_standard_page(demo_page("country-be"), "Belgium: how to apply")
    add_standard_page(page, "Belgium: forms")
    return page.url


def add_content(count):
    """Add ``count`` pages of every listed kind, tagged with Belgium, Peru and the floor theme.

    Also standard pages below Belgium (its "More about" list) and in the main menu.
    """
    belgium, peru, floor = demo_page("country-be"), demo_page("country-pe"), demo_page("theme-floor")
    americas = demo_page("region-americas")
    iso_codes = unused_iso_codes()
    for number in range(count):
        add_standard_page(belgium, f"Belgium, note {count}-{number}")
        add_standard_page(demo_page("home"), f"Section {count}-{number}", show_in_menus=True)
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


#: The search page: every added page's summary says "Resumen" (and editors promote two pages for
#: it, ``promoted_search``); French pages say "retraite", no page "zzyzxqwv".
SEARCHES = {
    "search": "?q=resumen",
    "search with nothing in the reader's language": "?q=retraite",
    "search with nothing anywhere": "?q=zzyzxqwv",
    "search, page 2": "?q=resumen&page=2",
    "search in every language": "?q=resumen&lang=all",
    "search filtered": "?q=resumen&country=BE&type=resources.resourcepage",
}


def measure(client, subpage_url):
    counts = {}
    for name, (key, query, *language) in PAGES.items():
        counts[name] = queries_for(client, demo_page(key, *language).url + query)
    counts["standard page below a country"] = queries_for(client, subpage_url)
    with translation.override("es"):
        search = reverse("search")
    for name, query in SEARCHES.items():
        counts[name] = queries_for(client, search + query)
    return counts


@pytest.fixture
def promoted_search():
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    for order, key in enumerate(("country-be", "theme-floor")):
        SearchPromotion.objects.create(query=Query.get("resumen"), page=demo_page(key), sort_order=order)


@pytest.mark.parametrize("data_cache", [False, True], ids=["raw path", "data cache"])
def test_queries_do_not_grow_with_content(client, settings, subpage_url, promoted_search, data_cache):
    settings.PAGE_CACHE = False  # counts what building a page costs: a page cache hit builds nothing
    settings.DATA_CACHE = data_cache
    settings.PORTAL_LISTING_PAGE_SIZE = 2  # so that the filtered resources have a page 2 with 3 of each
    cache.clear()
    add_content(3)
    small = measure(client, subpage_url)
    add_content(27)
    large = measure(client, subpage_url)
    assert large == small
    with translation.override("es"):
        search = reverse("search")
    shown = {name: client.get(search + query).context for name, query in SEARCHES.items()}
    assert len(shown["search"]["results"]) == 2 and len(shown["search"]["promotions"]) == 2  # page size 2
    assert shown["search, page 2"]["results"] and not shown["search, page 2"]["promotions"]
    assert shown["search in every language"]["results"] and shown["search filtered"]["results"]
    assert not shown["search with nothing in the reader's language"]["results"]
    assert shown["search with nothing in the reader's language"]["translated_matches"]
    assert not shown["search with nothing anywhere"]["results"]
    # Issue 6's target with the shared data, issue 17's without (the raw path). The search page's
    # on PostgreSQL, where it is measured (bench_10k): SQLite's full-text backend, the embedded
    # default, reads more per search (three more queries, one ranking per language).
    pages = {name: count for name, count in small.items() if name not in SEARCHES}
    assert max(pages.values()) <= 12, {name: count for name, count in pages.items() if count > 12}
    if connection.vendor == "postgresql":
        assert max(small[name] for name in SEARCHES) <= 12, {name: small[name] for name in SEARCHES}


def test_country_page_lists_tagged_content_without_copying(client):
    add_content(2)
    content = client.get(demo_page("country-be", "en").url).content.decode()
    assert content.count("Good practice ") >= 2 or "Good practice" in content
    assert demo_page("casestudy-be-platform", "en").title in content


@pytest.mark.parametrize("page_size", [1, 2, 3])
@pytest.mark.parametrize("data_cache", [False, True], ids=["raw path", "data cache"])
def test_a_page_number_past_the_end_shows_the_last_page_in_as_few_queries(client, settings, data_cache, page_size):
    settings.PAGE_CACHE = False  # counts what building a page costs, and reads the view's context
    settings.DATA_CACHE = data_cache
    settings.PORTAL_LISTING_PAGE_SIZE = page_size  # full and partial last pages
    cache.clear()
    add_content(3)
    url = demo_page("resources").url + "?type=evaluation&country=EC&year=2022"
    first = client.get(url).context
    pages = first["paginator"].num_pages
    assert pages >= 2
    every = [item.pk for number in range(1, pages + 1) for item in client.get(url + f"&page={number}").context["items"]]
    assert len(every) == len(set(every)) == first["paginator"].count  # no item on two pages, none skipped
    last = client.get(url + f"&page={pages}").context["items"]
    cache.clear()  # as when the old link is the first request after a change
    assert queries_for(client, url + "&page=99") <= 12  # the demo has view restrictions (hidden communities)
    assert PageViewRestriction.objects.exists()
    cache.clear()
    past = client.get(url + "&page=99").context["items"]
    assert past.number == pages and [item.pk for item in past] == [item.pk for item in last]
