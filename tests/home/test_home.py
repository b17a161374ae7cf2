import pytest

from tests.helpers import demo_page

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["es", "en", "fr"])
def test_home_shows_featured_news_and_entry_points_in_its_language(client, language):
    content = client.get(demo_page("home", language).url).content.decode()
    for key in ("casestudy-be-platform", "resource-ec-evaluation", "event-lima-course"):
        page = demo_page(key, language)
        assert f'href="{page.url}"' in content, key
    assert f'href="{demo_page("news-portal-launch", language).url}"' in content
    for section in ("countries", "themes", "casestudies", "resources", "news"):
        assert f'href="{demo_page(section, language).url}"' in content
