import datetime

import pytest

from home.models import HomePageFeatured
from tests.factories import CaseStudyPageFactory, EventPageFactory, NewsPageFactory, ResourcePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


@pytest.fixture(scope="module")
def featured(trees):
    """A good practice, a resource and an event featured on every home page, and a news item (built once)."""
    pages = {
        "casestudy": trees.add(
            CaseStudyPageFactory, "casestudies", title="Plataforma belga", en={"title": "Belgian platform"}
        ),
        "resource": trees.add(ResourcePageFactory, "resources", title="Evaluación", fr={"title": "Évaluation"}),
        "event": trees.add(EventPageFactory, "news", title="Curso en Lima", en={"title": "Course in Lima"}),
        # Newer than any other news item (the demo's too, when a session loads it): it leads the latest news.
        "news": trees.add(NewsPageFactory, "news", title="Lanzamiento", date=datetime.date(2030, 1, 1)),
    }
    for language in ("es", "en", "fr"):
        home = trees.home(language)
        home.featured_pages = [
            HomePageFeatured(page=pages[key]["es"], sort_order=i)
            for i, key in enumerate(("casestudy", "resource", "event"))
        ]
        home.save_revision().publish()
    return pages


@pytest.mark.parametrize("language", ["es", "en", "fr"])
def test_home_shows_featured_news_and_entry_points_in_its_language(client, trees, featured, language):
    content = client.get(trees.home(language).url).content.decode()
    for key in ("casestudy", "resource", "event"):
        page = featured[key][language]
        assert f'href="{page.url}"' in content, key
    assert f'href="{featured["news"][language].url}"' in content
    for section in ("countries", "themes", "casestudies", "resources", "news"):
        assert f'href="{trees.section(section, language).url}"' in content
