"""The managers' answers to the inactivity check (``activity.py``): keep the community active, or archive it.

Routes of ``CommunityPage`` (``archive/``: a confirmation, then one click; ``keep-active/``).
Managers only; both are refused, with the reason, to anyone else, and change nothing then.
(Apart from ``activity.py`` so that the page model's routes do not import the models back.)
"""

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from communities import access
from communities.models.activity import ActivityCheck


def flag_of(community):
    """The ``ActivityCheck`` of a flagged community (canonical page), else None."""
    return ActivityCheck.objects.filter(community=community.canonical(), flagged_at__isnull=False).first()


def _manager_only(page, request):
    from communities.views import needs_sign_in, refuse

    if not request.user.is_authenticated:
        return needs_sign_in(request)
    if not access.can_manage(access.role(request, page)):
        return refuse(request, page, _("Only the managers of this community can archive it or keep it active."))
    return None


def archive(page, request):
    """GET: the confirmation; POST: archive the community (every language version), as a manager."""
    refused = _manager_only(page, request)
    if refused:
        return refused
    canonical = page.canonical()
    if canonical.archived:
        messages.info(request, _("This community is already archived."))
        return redirect(page.url)
    if request.method == "POST":
        archive_community(canonical, request.user)
        messages.success(
            request, _("The community has been archived: no one can join it or post in it; its content stays readable.")
        )
        return redirect(page.url)
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET", "POST"])
    response = TemplateResponse(request, "communities/archive_confirm.html", {"page": page, "flag": flag_of(canonical)})
    response["Cache-Control"] = "private, no-cache"
    return response


def archive_community(canonical, user):
    """Set ``archived`` on every language version through a published revision (in the page's history,
    as ``user``; the privacy sync and cache purge run on publish, as for an editor's change). A version
    with a draft waiting keeps its draft: only its live row and the draft are marked archived."""
    with transaction.atomic():
        for version in type(canonical).objects.filter(translation_key=canonical.translation_key).order_by("pk"):
            if not version.live:
                continue
            if version.has_unpublished_changes and version.latest_revision_id:
                type(version).objects.filter(pk=version.pk).update(archived=True)
                draft = version.latest_revision
                draft.content["archived"] = True
                draft.save(update_fields=["content"])
            else:
                version.archived = True
                revision = version.save_revision(user=user, log_action=True)
                revision.publish(user=user, skip_permission_checks=True)
        ActivityCheck.objects.filter(community=canonical).update(flagged_at=None)


def keep_active(page, request):
    """POST: a manager keeps a flagged community: it counts as new content for another year."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    refused = _manager_only(page, request)
    if refused:
        return refused
    canonical = page.canonical()
    if canonical.archived:
        messages.info(request, _("This community is already archived."))
        return redirect(page.url)
    now = timezone.now()
    ActivityCheck.objects.update_or_create(
        community=canonical,
        defaults={"kept_at": now, "kept_by": request.user, "flagged_at": None, "managers_asked_at": None},
    )
    messages.success(request, _("The community stays active. Post or send an announcement to bring members back."))
    return redirect(page.url)


ACTIONS = {"archive": archive, "keep-active": keep_active}
