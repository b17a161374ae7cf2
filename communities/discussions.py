"""Discussions: members start threads and reply; authors edit and delete their own posts; managers moderate.

Who reads a thread is who reads the community's content (``access.can_read``: everyone for
an open community, members otherwise); only members post, and no one in an archived one.
Managers may delete any thread or reply (moderation); only authors edit their words. The
author of a thread or reply follows it; followers are emailed each new reply in their
language (``notify.replied``). Bad input keeps what was typed and says what is wrong.
"""

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from communities import access, notify
from communities.forms import PostForm, ThreadForm
from communities.models.discussions import Post, Thread
from communities.views import needs_sign_in, refuse


def _thread_url(page, thread):
    return f"{page.url}discussions/{thread.pk}/"


def _render(request, template, context, status=200):
    response = TemplateResponse(request, template, context, status=status)
    if request.user.is_authenticated or not access.can_read(access.ANONYMOUS, context["page"]):
        response["Cache-Control"] = "private, no-cache"
    return response


def _cannot_read(request, page):
    if not request.user.is_authenticated:
        return needs_sign_in(request)
    return refuse(request, page, _("Only members of this community read its discussions. Join it to take part."))


def _cannot_post(request, page):
    if not request.user.is_authenticated:
        return needs_sign_in(request)
    if page.canonical().archived:
        return refuse(request, page, _("This community is archived: it is no longer active and no one can post in it."))
    return refuse(request, page, _("Only members of this community can post in its discussions."))


def new_thread(page, request):
    reader = access.role(request, page)
    if not access.can_post(reader, page):
        return _cannot_post(request, page)
    form = ThreadForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            thread = form.save(commit=False)
            thread.community = page.canonical()
            thread.author = request.user
            thread.save()
            thread.followers.add(request.user)
        messages.success(request, _("Your discussion has been started."))
        return redirect(_thread_url(page, thread))
    return _render(request, "communities/thread_form.html", {"page": page, "form": form}, 400 if form.errors else 200)


def _thread_of(page, pk):
    return Thread.objects.filter(community=page.canonical(), pk=pk).select_related("author").first()


def thread(page, request, pk):
    reader = access.role(request, page)
    found = _thread_of(page, pk)
    if found is None:
        return refuse(request, page, _("This discussion does not exist or was deleted."), status=404)
    if not access.can_read(reader, page):
        return _cannot_read(request, page)
    form = PostForm()
    if request.method == "POST":
        if not access.can_post(reader, page):
            return _cannot_post(request, page)
        form = PostForm(request.POST)
        if form.is_valid():
            with transaction.atomic():
                post = form.save(commit=False)
                post.thread = found
                post.author = request.user
                post.save()
                found.last_activity = post.created_at
                found.save(update_fields=["last_activity"])
                found.followers.add(request.user)
            transaction.on_commit(lambda: notify.replied(post))
            messages.success(request, _("Your reply has been posted."))
            return redirect(f"{_thread_url(page, found)}#post-{post.pk}")
    context = {
        "page": page,
        "thread": found,
        "posts": list(found.posts.select_related("author")),
        "form": form,
        "can_post": access.can_post(reader, page),
        "can_manage": access.can_manage(reader),
        "following": request.user.is_authenticated and found.followers.filter(pk=request.user.pk).exists(),
    }
    return _render(request, "communities/thread.html", context, 400 if form.errors else 200)


def _own_or_moderated(request, page, item, moderating):
    """None when the reader may change ``item``; else the refusal. Managers may delete anything (moderation)."""
    if not request.user.is_authenticated:
        return needs_sign_in(request)
    reader = access.role(request, page)
    if item.author_id == request.user.pk and access.can_post(reader, page):
        return None
    if moderating and access.can_manage(reader):
        return None
    return refuse(request, page, _("You can only change your own posts."))


def edit_thread(page, request, pk):
    found = _thread_of(page, pk)
    if found is None:
        return refuse(request, page, _("This discussion does not exist or was deleted."), status=404)
    refused = _own_or_moderated(request, page, found, moderating=False)
    if refused:
        return refused
    form = ThreadForm(request.POST or None, instance=found)
    if request.method == "POST" and form.is_valid():
        edited = form.save(commit=False)
        edited.edited_at = timezone.now()
        edited.save()
        messages.success(request, _("Your changes have been saved."))
        return redirect(_thread_url(page, found))
    context = {"page": page, "form": form, "thread": found}
    return _render(request, "communities/thread_form.html", context, 400 if form.errors else 200)


def delete_thread(page, request, pk):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    found = _thread_of(page, pk)
    if found is None:
        return refuse(request, page, _("This discussion does not exist or was deleted."), status=404)
    refused = _own_or_moderated(request, page, found, moderating=True)
    if refused:
        return refused
    found.delete()
    messages.success(request, _("The discussion has been deleted."))
    return redirect(page.url)


def _post_of(page, pk):
    return Post.objects.filter(thread__community=page.canonical(), pk=pk).select_related("thread").first()


def edit_post(page, request, pk):
    post = _post_of(page, pk)
    if post is None:
        return refuse(request, page, _("This reply does not exist or was deleted."), status=404)
    refused = _own_or_moderated(request, page, post, moderating=False)
    if refused:
        return refused
    form = PostForm(request.POST or None, instance=post)
    if request.method == "POST" and form.is_valid():
        edited = form.save(commit=False)
        edited.edited_at = timezone.now()
        edited.save()
        messages.success(request, _("Your changes have been saved."))
        return redirect(f"{_thread_url(page, post.thread)}#post-{post.pk}")
    context = {"page": page, "form": form, "thread": post.thread, "post": post}
    return _render(request, "communities/post_form.html", context, 400 if form.errors else 200)


def delete_post(page, request, pk):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    post = _post_of(page, pk)
    if post is None:
        return refuse(request, page, _("This reply does not exist or was deleted."), status=404)
    refused = _own_or_moderated(request, page, post, moderating=True)
    if refused:
        return refused
    post.delete()
    messages.success(request, _("The reply has been deleted."))
    return redirect(_thread_url(page, post.thread))


def follow(page, request, pk):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return needs_sign_in(request)
    found = _thread_of(page, pk)
    if found is None:
        return refuse(request, page, _("This discussion does not exist or was deleted."), status=404)
    if not access.is_member(access.role(request, page)):
        return refuse(request, page, _("Only members of this community can follow its discussions."))
    if found.followers.filter(pk=request.user.pk).exists():
        found.followers.remove(request.user)
        messages.success(request, _("You no longer follow this discussion."))
    else:
        found.followers.add(request.user)
        messages.success(request, _("You follow this discussion: each new reply will be emailed to you."))
    return redirect(_thread_url(page, found))


ACTIONS = {
    "edit-thread": edit_thread,
    "delete-thread": delete_thread,
    "follow": follow,
    "edit-post": edit_post,
    "delete-post": delete_post,
}
