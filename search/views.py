"""Site search: live, public pages of the reader's language."""

import re

from django.conf import settings
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


def clean_query(raw):
    """The reader's words, safe for every backend: no control characters, balanced quotes, bounded length."""
    query = CONTROL_CHARACTERS.sub(" ", raw)[:MAX_QUERY_LENGTH]
    if query.count('"') % 2:
        query = query.replace('"', " ")
    return " ".join(query.split())


def search(request):
    query = clean_query(request.GET.get("q", ""))
    results = Page.objects.none()
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).exclude(depth__lte=1).specific()
        results = pages.search(query)
    paginator = Paginator(results, settings.PORTAL_LISTING_PAGE_SIZE)
    return TemplateResponse(
        request,
        "search/search.html",
        {"query": query, "results": paginator.get_page(request.GET.get("page")), "paginator": paginator},
    )
