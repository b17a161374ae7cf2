"""The community page and its membership routes: join, leave, the managers' members screen, invitations.

Every route reads the reader's role (``access.py``) for this request; data belongs to the
canonical page, pages are shown in the reader's language version. Refusals say why, in the
reader's language, with the right status (403 refused, 400 a changed link, 410 an expired
or withdrawn invitation); nothing is half-saved.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from communities import access, invitations, notify
from communities.forms import InviteForm
from communities.models.discussions import Announcement, Thread
from communities.models.membership import Invitation, Membership

Role = Membership.Role
State = Membership.State


def refuse(request, page, message, status=403):
    """A page saying why the reader cannot do what they asked (never kept by a cache)."""
    response = TemplateResponse(request, "communities/refused.html", {"page": page, "message": message}, status=status)
    response["Cache-Control"] = "private, no-cache"
    return response


def needs_sign_in(request):
    return redirect_to_login(request.get_full_path())


def community(page, request):
    canonical = page.canonical()
    reader = access.role(request, page)
    can_read = access.can_read(reader, page)
    context = {
        "reader_role": reader,
        "is_member": access.is_member(reader),
        "can_read": can_read,
        "can_post": access.can_post(reader, page),
        "can_manage": access.can_manage(reader),
        "join_mode": access.join_mode(request, page),
        "membership": access.membership(request.user, page),
        "community": canonical,
        "managers": list(
            Membership.objects.filter(community=canonical, state=State.ACTIVE, role=Role.MANAGER).select_related("user")
        ),
        "member_count": Membership.objects.filter(community=canonical, state=State.ACTIVE).count(),
        "parent_page": page.get_parent().specific if page.is_working_group else None,
    }
    # Children: working groups (pages of the community's own type) and community pages.
    children = list(page.get_children().live().order_by("path").specific())
    groups = [child for child in children if isinstance(child, type(page))]
    if can_read:
        context["threads"] = list(Thread.objects.filter(community=canonical).select_related("author")[:20])
        context["announcements"] = list(Announcement.objects.filter(community=canonical).select_related("author")[:5])
        context["sub_pages"] = [child for child in children if not isinstance(child, type(page))]
        context["members"] = list(
            Membership.objects.filter(community=canonical, state=State.ACTIVE).select_related("user")
        )
    if access.is_member(reader):
        # Working groups are for members of this community; a hidden one only for its own members.
        keys = set(access.member_keys(request.user))
        context["working_groups"] = [
            group
            for group in sorted(groups, key=lambda group: group.title)
            if not group.hidden or group.translation_key in keys or request.user.is_superuser
        ]
    return page.render(request, context_overrides=context)


def join(page, request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(page.url)
    canonical = page.canonical()
    reader = access.role(request, page)
    if access.is_member(reader):
        messages.info(request, _("You are already a member of this community."))
        return redirect(page.url)
    if reader == access.PENDING:
        messages.info(request, _("You have already asked to join; the managers will answer."))
        return redirect(page.url)
    mode = access.join_mode(request, page)
    if mode is None:
        return refuse(request, page, _why_not(request, page))
    with transaction.atomic():
        membership, _created = Membership.objects.get_or_create(
            community=canonical, user=request.user, defaults={"state": State.PENDING}
        )
        membership.requested_at = timezone.now()
        if mode == access.JOIN:
            membership.activate()
        else:
            membership.state = State.PENDING
        membership.save()
    if mode == access.JOIN:
        messages.success(request, _("Welcome: you are now a member of this community."))
    else:
        transaction.on_commit(lambda: notify.join_requested(membership))
        messages.success(request, _("Your request has been sent to the managers. You will be told by email."))
    return redirect(page.url)


def _why_not(request, page):
    canonical = page.canonical()
    if canonical.archived:
        return _("This community is archived: it is no longer active and no one can join it.")
    parent = canonical.parent_community()
    if parent is not None and not access.is_member(access.role(request, parent)):
        return _("Only members of the community “%(title)s” can join this working group.") % {
            "title": page.get_parent().title
        }
    return _("This community is by invitation only: ask one of its managers to invite you.")


def leave(page, request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(page.url)
    membership = access.membership(request.user, page)
    if membership is None:
        messages.info(request, _("You are not a member of this community."))
        return redirect(page.url)
    if membership.is_manager and _managers(page).count() == 1:
        return refuse(
            request,
            page,
            _("You are the only manager of this community: make another member a manager before leaving."),
        )
    was_pending = membership.state == State.PENDING
    membership.delete()
    if was_pending:
        messages.success(request, _("Your request to join has been withdrawn."))
    else:
        messages.success(request, _("You have left this community."))
    return redirect(page.url)


def _managers(page):
    return Membership.objects.filter(community=page.canonical(), state=State.ACTIVE, role=Role.MANAGER)


MEMBER_ACTIONS = ("approve", "refuse", "remove", "make_manager", "make_member", "withdraw")


def members(page, request):
    """The managers' screen: invite by email, approve or refuse requests, remove members, make managers."""
    if not request.user.is_authenticated:
        return needs_sign_in(request)
    if not access.can_manage(access.role(request, page)):
        return refuse(request, page, _("Only the managers of this community can manage its members."))
    canonical = page.canonical()
    form = InviteForm()
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "invite":
            form = InviteForm(request.POST)
            if canonical.archived:
                return refuse(request, page, _why_not(request, page))
            if form.is_valid():
                _invite(request, page, form.cleaned_data["emails"])
                return redirect(request.path)
        elif action in MEMBER_ACTIONS:
            response = _member_action(request, page, action)
            if response is not None:
                return response
            return redirect(request.path)
        else:
            return refuse(request, page, _("Unknown action."), status=400)
    memberships = Membership.objects.filter(community=canonical).select_related("user")
    context = {
        "page": page,
        "form": form,
        "active": [m for m in memberships if m.state == State.ACTIVE],
        "pending": [m for m in memberships if m.state == State.PENDING],
        "invited": [m for m in memberships if m.state == State.INVITED],
        "invitations": Invitation.objects.filter(community=canonical, accepted_at__isnull=True),
        "invitation_days": settings.COMMUNITY_INVITATION_DAYS,
    }
    response = TemplateResponse(request, "communities/members.html", context)
    response["Cache-Control"] = "private, no-cache"
    return response


def _member_action(request, page, action):
    canonical = page.canonical()
    if action == "withdraw":
        deleted, _rows = Invitation.objects.filter(
            community=canonical, pk=request.POST.get("invitation") or 0, accepted_at__isnull=True
        ).delete()
        if deleted:
            messages.success(request, _("The invitation has been withdrawn."))
        return None
    membership = Membership.objects.filter(community=canonical, pk=_int(request.POST.get("membership"))).first()
    if membership is None:
        return refuse(request, page, _("This person is not (or no longer) in the list."), status=404)
    name = membership.user.get_full_name() or membership.user.email
    if action in ("approve", "refuse"):
        if membership.state != State.PENDING:
            return refuse(request, page, _("This request has already been answered."), status=409)
        if action == "approve":
            membership.activate()
            membership.save()
            messages.success(request, _("%(name)s is now a member.") % {"name": name})
        else:
            membership.delete()
            messages.success(request, _("The request of %(name)s has been refused.") % {"name": name})
        transaction.on_commit(lambda: notify.decided(membership, approved=action == "approve"))
        return None
    if action in ("remove", "make_member") and membership.is_manager and _managers(page).count() == 1:
        return refuse(request, page, _("A community needs at least one manager: make someone else a manager first."))
    if action == "remove":
        membership.delete()
        messages.success(request, _("%(name)s is no longer in this community.") % {"name": name})
    elif not membership.is_active:
        return refuse(request, page, _("Only active members can become managers."), status=409)
    else:
        membership.role = Role.MANAGER if action == "make_manager" else Role.MEMBER
        membership.save()
        messages.success(request, _("The role of %(name)s has been changed.") % {"name": name})
    return None


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _invite(request, page, emails):
    from django.contrib.auth import get_user_model

    canonical = page.canonical()
    sent, already = 0, []
    language = get_language()
    users = {user.email.lower(): user for user in get_user_model().objects.filter(email__in=emails)}
    for email in emails:
        user = users.get(email)
        if user is not None:
            existing = Membership.objects.filter(community=canonical, user=user).first()
            if existing is not None and existing.is_active:
                already.append(email)
                continue
            if existing is None:
                Membership.objects.create(community=canonical, user=user, state=State.INVITED)
        invitation = Invitation.objects.create(community=canonical, email=email, invited_by=request.user)
        token = invitations.token_for(invitation)
        transaction.on_commit(lambda invitation=invitation, token=token: notify.invited(invitation, token, language))
        sent += 1
    if sent:
        messages.success(request, _("Invitations sent: %(count)d.") % {"count": sent})
    if already:
        messages.info(request, _("Already members: %(emails)s.") % {"emails": ", ".join(already)})


def invitation(request, token):
    """An invitation link (a plain URL: a hidden community's page is closed to the invitee until they accept)."""
    try:
        found = invitations.invitation_for(token)
    except invitations.InvalidInvitation:
        return refuse(request, None, _("This invitation link is not valid. Check that you copied all of it."), 400)
    except invitations.ExpiredInvitation:
        return refuse(
            request,
            None,
            _("This invitation has expired or was withdrawn. Ask the community's managers for a new one."),
            410,
        )
    page = notify.page_in(found.community, get_language())
    if not request.user.is_authenticated:
        return needs_sign_in(request)
    if not invitations.addressed_to(found, request.user):
        return refuse(
            request,
            None,
            _("This invitation was sent to another email address: sign in with the account of that address."),
        )
    parent = found.community.parent_community()
    if parent is not None and not access.is_member(access._role(request.user, parent)):
        return refuse(request, None, _("Join the community “%(title)s” first.") % {"title": parent.title})
    if found.accepted_at is not None or access.is_member(access.role(request, found.community)):
        messages.info(request, _("You are already a member of this community."))
        return redirect(page.url)
    if found.community.archived:
        return refuse(request, None, _("This community is archived: it is no longer active and no one can join it."))
    if request.method == "POST":
        with transaction.atomic():
            membership, _created = Membership.objects.get_or_create(community=found.community, user=request.user)
            membership.activate()
            membership.save()
            found.accepted_at = timezone.now()
            found.save(update_fields=["accepted_at"])
        messages.success(request, _("Welcome: you are now a member of this community."))
        return redirect(page.url)
    response = TemplateResponse(request, "communities/invitation.html", {"community_page": page, "invitation": found})
    response["Cache-Control"] = "private, no-cache"
    return response
