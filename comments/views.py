"""Posting a comment or a reply (members), and reporting a comment (any reader).

Each page that takes comments links to its discussion (``page_comments``, templatetags/),
which its script shows in place. Posting needs a logged-in member: anyone else is sent to
log in and comes back to the discussion.
Every refusal says why in the reader's language and saves nothing. The discussion of an
anonymous reader is kept by the page cache like any public page; everything else here is never
kept (POSTs, forms with a CSRF token, ``never_cache``).
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail.models import Page

from comments import rules, threads
from comments.forms import CommentForm, ReportForm
from comments.models import Comment, takes_comments
from members.views import member_of
from portal import page_cache
from portal.security.client_ip import client_ip
from portal.security.ratelimits import period_seconds, too_many_requests


def _rate_limited(request, limit, per_member):
    """Per member and per address (``RATE_LIMITS[limit]``): the 429 page, or None."""
    from django_ratelimit.core import is_ratelimited

    rate = settings.RATE_LIMITS.get(limit)
    if not rate:
        return None
    keys = [("address", lambda group, request: client_ip(request))]
    if per_member and request.user.is_authenticated:
        keys.insert(0, ("member", lambda group, request: str(request.user.pk)))
    for name, key in keys:
        if is_ratelimited(
            request, group=f"comments:{limit}:{name}", key=key, rate=rate, method=["POST"], increment=True
        ):
            return too_many_requests(request, period_seconds(rate))
    return None


def _refuse(request, message, status, page=None):
    return render(request, "comments/refused.html", {"message": message, "commented_page": page}, status=status)


def _back_to(page, comment=None, number=None):
    """The page's comments (this app's page of them), at ``comment`` when given."""
    url = reverse("comments:discussion", args=[page.pk])
    if number and number > 1:
        url += f"?{threads.PAGE_PARAMETER}={number}"
    return url + (f"#comment-{comment.pk}" if comment else "#comments")


def _may_read(request, page):
    """None when the reader may read ``page`` (live, and passing its view restrictions), else the answer."""
    if not page.live:
        raise Http404
    if threads.is_restricted(page):
        page_cache.mark_restricted(request)  # answered private, whoever reads it
        for restriction in page.get_view_restrictions():
            if not restriction.accept_request(request):
                if request.user.is_authenticated:
                    raise Http404
                return redirect_to_login(request.get_full_path())
    return None


def discussion(request, page_id):
    """The comments of a page (GET), and a new comment or reply (POST).

    GET shows the threads to whoever may read the page; the page itself only links here and
    its script shows them in place (``page_comments``), so a page costs no query for its
    comments. An anonymous reader's answer is kept by the page cache until the next change
    (a comment published, hidden or deleted empties it, apps.py); a logged-in reader's, with
    their own held comments and the form, is never kept.
    """
    page = get_object_or_404(Page, pk=page_id).specific
    if request.method == "POST":
        return _post(request, page)
    if not takes_comments(page):
        raise Http404
    refused = _may_read(request, page)
    if refused is not None:
        return refused
    user = request.user
    restricted = threads.is_restricted(page)
    response = render(
        request,
        "comments/discussion.html",
        {
            "commented_page": page,
            "threads": threads.threads(page, user, request.GET.get(threads.PAGE_PARAMETER)),
            "page_parameter": threads.PAGE_PARAMETER,
            "restricted": restricted,
            "logged_in": user.is_authenticated,
            "form": CommentForm() if user.is_authenticated and not restricted else None,
        },
    )
    if not user.is_authenticated:
        # Kept by the page cache (emptied by every change of a comment), but never by a browser
        # or a CDN, which nothing would tell: a comment hidden must disappear at once.
        patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
    return response


def _post(request, page):
    if not page.live:
        return _refuse(request, _("This page is not published: it takes no comments."), 404)
    if not request.user.is_authenticated:
        # Log in (or create an account), then come back to the page's comments.
        return redirect_to_login(_back_to(page))
    if not takes_comments(page):
        return _refuse(request, _("This page does not take comments."), 400, page)
    if threads.is_restricted(page) or page.get_view_restrictions().exists():
        return _refuse(request, _("Comments are closed on pages with restricted access."), 403, page)
    form = CommentForm(request.POST)
    parent = None
    if form.is_valid() and form.cleaned_data["parent"]:
        parent = Comment.objects.filter(pk=form.cleaned_data["parent"], page_id=page.pk).first()
        if parent is None or parent.state != Comment.PUBLISHED:
            return _refuse(request, _("The comment you are replying to is not shown any more."), 400, page)
        if parent.parent_id is not None:
            return _refuse(
                request, _("You can reply to a comment, not to a reply: answer in the same thread instead."), 400, page
            )
    refused = _rate_limited(request, "comment", per_member=True)
    if refused is not None:
        return refused
    if not form.is_valid():
        return render(
            request, "comments/post.html", {"form": form, "commented_page": page, "parent": parent}, status=400
        )
    comment = rules.post(page, member_of(request.user), form.cleaned_data["text"], translation.get_language(), parent)
    if comment.state == Comment.HELD:
        messages.success(
            request,
            _("Thank you: your comment will appear once a moderator has approved it. Until then, only you can see it."),
        )
    else:
        messages.success(request, _("Your comment is published."))
    return redirect(_back_to(page, comment, threads.page_number_of(comment, request.user)))


def _reportable(comment_id):
    """A published comment on a live page open to everyone, or 404."""
    comment = (
        Comment.objects.select_related("page", "member__user")
        .filter(pk=comment_id, state=Comment.PUBLISHED, page__live=True)
        .first()
    )
    if comment is None or threads.is_restricted(comment.page) or comment.page.get_view_restrictions().exists():
        raise Http404
    return comment


@never_cache
def report(request, comment_id):
    comment = _reportable(comment_id)
    page = comment.page.specific
    form = ReportForm(request.POST or None)
    if request.method == "POST":
        refused = _rate_limited(request, "report", per_member=True)
        if refused is not None:
            return refused
        member = member_of(request.user) if request.user.is_authenticated else None
        if member is not None and comment.reports.filter(member=member, resolved=False).exists():
            return render(request, "comments/reported.html", {"commented_page": page, "already": True})
        if form.is_valid():
            rules.report(comment, member, form.cleaned_data["reason"])
            return render(request, "comments/reported.html", {"commented_page": page, "already": False})
    return render(
        request,
        "comments/report.html",
        {"form": form, "comment": comment, "commented_page": page},
        status=400 if form.errors else 200,
    )
