"""The page tree: which page type may live where (STYLE: lock it with Wagtail's assertions)."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from communities.models import CommunityIndexPage
from countries.models import CountryIndexPage, CountryPage, RegionIndexPage, RegionPage
from home.models import HomePage, StandardPage
from news.models import EventPage, NewsIndexPage, NewsPage
from observatory.models import ObservatoryPage
from qa.models import FaqPage
from resources.models import ResourceIndexPage, ResourcePage
from tests.factories import build_trees
from themes.models import ThemeIndexPage, ThemePage

pytestmark = pytest.mark.factories

# What a specialist publishes: allowed in their library section and inside an owned tree.
LIBRARY_TYPES = {CaseStudyPage, ResourcePage, NewsPage, EventPage}
OWNED_TREE_ROOTS = {CountryPage, RegionPage, ThemePage}

SECTION_INDEXES = {
    CountryIndexPage,
    RegionIndexPage,
    ThemeIndexPage,
    CaseStudyIndexPage,
    ResourceIndexPage,
    NewsIndexPage,
}


class TreeRulesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.trees = build_trees(languages=["es"], editorial=False)

    def test_home_page(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        # The observatory app's page (observatory/), the communities' index (communities/) and the FAQ
        # page (qa/) name the home page as their parent too.
        self.assertAllowedSubpageTypes(
            HomePage, SECTION_INDEXES | {StandardPage, ObservatoryPage, CommunityIndexPage, FaqPage}
        )

    def test_standard_page(self):
        # Standard pages also serve as the sub-pages of an owned tree (country, region, theme).
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage, CountryPage, RegionPage, ThemePage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_section_indexes_live_under_home(self):
        for index in SECTION_INDEXES:
            with self.subTest(index=index.__name__):
                self.assertAllowedParentPageTypes(index, {HomePage})

    def test_countries_and_regions_are_two_flat_sections(self):
        self.assertAllowedSubpageTypes(CountryIndexPage, {CountryPage})
        self.assertAllowedParentPageTypes(CountryPage, {CountryIndexPage})
        self.assertAllowedSubpageTypes(CountryPage, {StandardPage} | LIBRARY_TYPES)
        self.assertAllowedSubpageTypes(RegionIndexPage, {RegionPage})
        self.assertAllowedParentPageTypes(RegionPage, {RegionIndexPage})
        self.assertAllowedSubpageTypes(RegionPage, {StandardPage} | LIBRARY_TYPES)

    def test_themes(self):
        self.assertAllowedSubpageTypes(ThemeIndexPage, {ThemePage})
        self.assertAllowedParentPageTypes(ThemePage, {ThemeIndexPage})
        self.assertAllowedSubpageTypes(ThemePage, {StandardPage} | LIBRARY_TYPES)

    def test_case_studies(self):
        self.assertAllowedSubpageTypes(CaseStudyIndexPage, {CaseStudyPage})
        self.assertAllowedParentPageTypes(CaseStudyPage, {CaseStudyIndexPage} | OWNED_TREE_ROOTS)
        self.assertAllowedSubpageTypes(CaseStudyPage, set())

    def test_resources(self):
        self.assertAllowedSubpageTypes(ResourceIndexPage, {ResourcePage})
        self.assertAllowedParentPageTypes(ResourcePage, {ResourceIndexPage} | OWNED_TREE_ROOTS)
        self.assertAllowedSubpageTypes(ResourcePage, set())

    def test_news_and_events(self):
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage, EventPage})
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage} | OWNED_TREE_ROOTS)
        self.assertAllowedParentPageTypes(EventPage, {NewsIndexPage} | OWNED_TREE_ROOTS)
        self.assertAllowedSubpageTypes(NewsPage, set())
        self.assertAllowedSubpageTypes(EventPage, set())

    def test_library_pages_hold_no_pages(self):
        # A good practice, resource, news item or event inside a tree is a leaf, as in its section.
        for model in LIBRARY_TYPES:
            with self.subTest(model=model.__name__):
                self.assertAllowedSubpageTypes(model, set())

    def test_one_section_index_of_each_kind_per_home(self):
        home = self.trees.home()
        self.assertEqual({type(page) for page in home.get_children().specific()}, SECTION_INDEXES)
        for index in SECTION_INDEXES:
            with self.subTest(index=index.__name__):
                self.assertFalse(index.can_create_at(home), f"a second {index.__name__} must not be allowed")
