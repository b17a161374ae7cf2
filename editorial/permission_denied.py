"""Refused on a page of a tree you do not own: whose tree it is, and whom to ask.

The gap in Wagtail: its page views check the user's page permissions first thing in
``dispatch()``, before the ``before_edit_page`` / ``before_create_page`` hooks run, and
answer a refusal with ``wagtail.admin.auth.permission_denied``: "Sorry, you do not have
permission to access this area." and a redirect to the dashboard. No hook lets a project
say more, and the message is in the request's language, not the user's admin language
(it is added outside Wagtail's ``get_localized_response``).

``OwnersOnRefusalMiddleware`` asks, for the page views a specialist reaches by a shared
link (edit a page, add a page under one), the question the view asks first, with the
same public API (``page.permissions_for_user(user)``). When the answer is no, it answers
as Wagtail would (an error message, then the dashboard) but, in the user's admin
language, names the page's tree and its owners with their email addresses, and says to
ask them or an editor; for a page in no owned tree, it names the editors. Every other
case (allowed, anonymous, no admin access, an unknown page, a script's request) goes on
to Wagtail's view untouched, which then decides as always.
"""

from contextlib import nullcontext

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import redirect
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import override
from wagtail.models import Page

from editorial.ownership import owned_tree_for
from editorial.people import by_name, display_name
from editorial.roles import EDITORS

ADMIN_ACCESS = "wagtailadmin.access_admin"
# How many editors to name when a page has no owners.
EDITORS_NAMED = 3

# Wagtail's view name -> (the URL argument naming the page, the right the view checks first).
CHECKED_VIEWS = {
    "wagtailadmin_pages:edit": ("page_id", "can_edit"),
    "wagtailadmin_pages:add_subpage": ("parent_page_id", "can_add_subpage"),
    "wagtailadmin_pages:add": ("parent_page_id", "can_add_subpage"),
}


def people_html(users):
    """ "Name <email>, Name <email>" with mailto links, escaped."""
    return format_html_join(
        ", ",
        "{}",
        (
            (format_html('{} (<a href="mailto:{}">{}</a>)', display_name(user), user.email, user.email),)
            if user.email
            else (display_name(user),)
            for user in users
        ),
    )


def editors():
    return list(by_name(get_user_model().objects.filter(is_active=True, groups__name=EDITORS))[:EDITORS_NAMED])


def refusal_message(page, right):
    """The message for a refused ``right`` ("can_edit", "can_add_subpage") on ``page``, in the active language."""
    title = page.get_admin_display_title()
    if right == "can_edit":
        refused = _("You cannot edit “%(title)s”.") % {"title": title}
    else:
        refused = _("You cannot add pages under “%(title)s”.") % {"title": title}
    tree = owned_tree_for(page)
    owners = by_name(tree.owners.filter(is_active=True)) if tree else []
    if owners:
        return format_html(
            "{} {} {}",
            refused,
            format_html(
                _("It is part of the tree “{tree}”, which you do not own. Its owners: {owners}."),
                tree=tree.root.title,
                owners=people_html(owners),
            ),
            _("Ask them to make the change or to add you as an owner, or ask an editor."),
        )
    if tree:
        where = format_html(_("It is part of the tree “{tree}”, which has no owners yet."), tree=tree.root.title)
    else:
        where = _("It is part of no tree that specialists own: editors look after it.")
    named = editors()
    ask = format_html(_("Ask an editor: {editors}."), editors=people_html(named)) if named else _("Ask an editor.")
    return format_html("{} {} {}", refused, where, ask)


def admin_language(user):
    profile = getattr(user, "wagtail_userprofile", None)
    return profile.get_preferred_language() if profile is not None else None


class OwnersOnRefusalMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = getattr(request, "resolver_match", None)
        checked = CHECKED_VIEWS.get(match.view_name) if match else None
        if checked is None:
            return None
        user = request.user
        if not user.is_authenticated or not user.has_perm(ADMIN_ACCESS):
            return None
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            return None
        argument, right = checked
        page = Page.objects.filter(pk=view_kwargs.get(argument)).first()
        if page is None or getattr(page.permissions_for_user(user), right)():
            return None
        language = admin_language(user)
        with override(language) if language else nullcontext():
            messages.error(request, refusal_message(page, right))
        return redirect("wagtailadmin_home")
