"""Search inside a community: its members find its discussions (threads and replies) by words.

Members only, whatever the community's privacy (an open community's discussions are read by
everyone, but searching them is a members' tool): non-members are refused like any
members-only route, and the answer is never cached. Discussions are not pages and are not in
the site's search index (``docs/architecture.md``, "Communities"), so nothing here can reach
site search, suggestions or a shared cache. Every word must appear (case-insensitive,
``icontains``) in the thread's title or text or in one of its replies.
"""

from django.db.models import Q
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from communities import access
from communities.models.discussions import Post, Thread
from communities.views import needs_sign_in, refuse

MAX_QUERY = 200
MAX_WORDS = 8
MAX_RESULTS = 50


def matching_threads(community, query):
    """The threads of ``community`` (canonical) where every word of ``query`` appears, newest activity first."""
    words = query.split()[:MAX_WORDS]
    threads = Thread.objects.filter(community=community)
    for word in words:
        in_replies = Post.objects.filter(thread__community=community, body__icontains=word).values("thread_id")
        threads = threads.filter(Q(title__icontains=word) | Q(body__icontains=word) | Q(pk__in=in_replies))
    return threads.select_related("author").order_by("-last_activity", "-pk")


def search(page, request):
    if not request.user.is_authenticated:
        return needs_sign_in(request)
    if not access.is_member(access.role(request, page)):
        return refuse(request, page, _("Only members of this community can search its discussions."))
    query = " ".join(request.GET.get("q", "").split())
    error, results = "", None
    status = 200
    if len(query) > MAX_QUERY:
        error, status = _("Search for at most %(count)d characters.") % {"count": MAX_QUERY}, 400
    elif len(query) < 2:
        if query or "q" in request.GET:
            error, status = _("Type at least two characters to search."), 400
    else:
        results = list(matching_threads(page.canonical(), query)[: MAX_RESULTS + 1])
    context = {
        "page": page,
        "query": query[:MAX_QUERY],
        "error": error,
        "results": results[:MAX_RESULTS] if results is not None else None,
        "more": results is not None and len(results) > MAX_RESULTS,
        "max_results": MAX_RESULTS,
    }
    response = TemplateResponse(request, "communities/discussion_search.html", context, status=status)
    response["Cache-Control"] = "private, no-cache"
    return response
