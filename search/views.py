"""Site search: live, public pages of the reader's language."""

from django.conf import settings
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
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
