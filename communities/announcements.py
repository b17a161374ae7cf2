"""Announcements: a manager writes to every member; each is emailed in their language and shown on the page."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from communities import access, notify
from communities.forms import AnnouncementForm
from communities.views import needs_sign_in, refuse


def announce(page, request):
    if not request.user.is_authenticated:
        return needs_sign_in(request)
    if not access.can_manage(access.role(request, page)):
        return refuse(request, page, _("Only the managers of this community can send announcements."))
    if page.canonical().archived:
        return refuse(request, page, _("This community is archived: it is no longer active."))
    form = AnnouncementForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            announcement = form.save(commit=False)
            announcement.community = page.canonical()
            announcement.author = request.user
            announcement.save()
            transaction.on_commit(lambda: notify.announced(announcement))
        messages.success(request, _("The announcement has been sent to every member."))
        return redirect(page.url)
    response = TemplateResponse(
        request, "communities/announce.html", {"page": page, "form": form}, status=400 if form.errors else 200
    )
    response["Cache-Control"] = "private, no-cache"
    return response
