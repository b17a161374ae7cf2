"""The search page as a reader sees it, for the search page tests: fetch it, read its results and facets."""

import html
import re

from django.urls import reverse
from django.utils import translation

from home.models import StandardPage
from tests.helpers import demo_page


def search_url(language):
    with translation.override(language):
        return reverse("search")


def search(client, language, **params):
    response = client.get(search_url(language), params)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def result_links(content):
    """The result links, in order (not the recommended ones above them)."""
    listing = re.search(r'<ol class="results".*?</ol>', content, re.S)
    return re.findall(r'class="card__title"[^>]*><a href="([^"]+)"', listing.group(0)) if listing else []


def result_count(content):
    return int(re.search(r'class="search-summary">(\d+)', content).group(1))


def facet_links(content):
    """[(query string, count, selected)] of every facet value."""
    found = re.findall(
        r'<a class="facet__value" href="\?([^"]+)"( aria-current="true")?>.*?<span class="facet__count">(\d+)</span>',
        content,
        re.S,
    )
    return [(html.unescape(query), int(count), bool(selected)) for query, selected, count in found]


def publish_page(language, title, **fields):
    """A new live StandardPage under the home page of ``language``."""
    page = StandardPage(title=title, slug=re.sub(r"\W+", "-", title.lower()), **fields)
    demo_page("home", language).add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page
