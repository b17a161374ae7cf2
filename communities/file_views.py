"""A community's Files tab: members list, filter and download its files; members share; uploader or managers delete.

Files are for members only at every privacy level, open communities included (the files'
storage and its privacy: ``files.py``). Only members of a community that is not archived
share files; the uploader (while they may post) and the managers delete them; the managers
define the categories (``files/categories/``), one per file, and a category holding files
cannot be deleted. Bad input keeps what was chosen and says what is wrong; nothing is
half-saved. Every answer is private to its reader.
"""

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from communities import access
from communities.file_forms import CategoryForm, FileForm
from communities.files import store
from communities.models.files import CommunityFile, FileCategory
from communities.views import needs_sign_in, refuse


def _files_url(page):
    return f"{page.url}files/"


def _render(request, template, context, status=200):
    response = TemplateResponse(request, template, context, status=status)
    response["Cache-Control"] = "private, no-cache"
    return response


def _cannot_read(request, page):
    if not request.user.is_authenticated:
        return needs_sign_in(request)
    return refuse(request, page, _("Only members of this community see its files. Join it to take part."))


def _cannot_share(request, page):
    if page.canonical().archived:
        return refuse(
            request, page, _("This community is archived: it is no longer active and no one can share files in it.")
        )
    return refuse(request, page, _("Only members of this community can share files in it."))


def files(page, request):
    """The list (filtered by ``?category=``) and, for members who may post, the form to share a file."""
    reader = access.role(request, page)
    if not access.is_member(reader):
        return _cannot_read(request, page)
    canonical = page.canonical()
    can_post = access.can_post(reader, page)
    form = FileForm(community=canonical)
    status = 200
    if request.method == "POST":
        if not can_post:
            return _cannot_share(request, page)
        form = FileForm(request.POST, request.FILES, community=canonical)
        if form.is_valid():
            data = form.cleaned_data
            store(page, title=data["title"], category=data["category"], upload=data["file"], user=request.user)
            messages.success(request, _("Your file has been shared with the members."))
            return redirect(_files_url(page))
        status = 400
    categories = list(FileCategory.objects.filter(community=canonical))
    chosen = next((c for c in categories if str(c.pk) == request.GET.get("category")), None)
    listed = CommunityFile.objects.filter(community=canonical).select_related("document", "category", "uploaded_by")
    if chosen is not None:
        listed = listed.filter(category=chosen)
    context = {
        "page": page,
        "community": canonical,
        "files": [(item, _may_delete(request, reader, page, item)) for item in listed],
        "categories": categories,
        "chosen": chosen,
        "form": form,
        "can_post": can_post,
        "can_manage": access.can_manage(reader),
    }
    return _render(request, "communities/files.html", context, status)


def _may_delete(request, reader, page, item):
    if access.can_manage(reader):
        return True
    return item.uploaded_by_id == request.user.pk and access.can_post(reader, page)


def delete_file(page, request, pk):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return needs_sign_in(request)
    reader = access.role(request, page)
    item = CommunityFile.objects.filter(community=page.canonical(), pk=pk).select_related("document").first()
    if item is None:
        if not access.is_member(reader):
            return _cannot_read(request, page)
        return refuse(request, page, _("This file does not exist or was deleted."), status=404)
    if not _may_delete(request, reader, page, item):
        return refuse(request, page, _("Only the person who shared a file and the managers can delete it."))
    title = item.title
    item.document.delete()  # the file goes with it (and the community file with the document)
    messages.success(request, _("The file “%(title)s” has been deleted.") % {"title": title})
    return redirect(_files_url(page))


CATEGORY_ACTIONS = ("add", "rename", "delete")


def categories(page, request):
    """The managers define the categories: add, rename, delete (only an empty one)."""
    if not request.user.is_authenticated:
        return needs_sign_in(request)
    if not access.can_manage(access.role(request, page)):
        return refuse(request, page, _("Only the managers of this community can change its file categories."))
    canonical = page.canonical()
    form = CategoryForm(community=canonical)
    errors = {}
    if request.method == "POST":
        action = request.POST.get("action")
        if action not in CATEGORY_ACTIONS:
            return refuse(request, page, _("Unknown action."), status=400)
        category = None
        if action != "add":
            category = FileCategory.objects.filter(community=canonical, pk=_int(request.POST.get("category"))).first()
            if category is None:
                return refuse(request, page, _("This category does not exist or was deleted."), status=404)
        if action == "delete":
            with transaction.atomic():
                if category.files.exists():
                    return refuse(
                        request,
                        page,
                        _("The category “%(name)s” still holds files: delete them first.") % {"name": category.name},
                        status=409,
                    )
                category.delete()
            messages.success(request, _("The category “%(name)s” has been deleted.") % {"name": category.name})
            return redirect(request.path)
        bound = CategoryForm(request.POST, community=canonical, instance=category)
        if bound.is_valid():
            if category is None:
                FileCategory.objects.create(community=canonical, name=bound.cleaned_data["name"])
                messages.success(request, _("The category has been added."))
            else:
                category.name = bound.cleaned_data["name"]
                category.save(update_fields=["name"])
                messages.success(request, _("The category has been renamed."))
            return redirect(request.path)
        if category is None:
            form = bound
        else:
            errors[category.pk] = bound.errors["name"]
    listed = [
        (category, errors.get(category.pk))
        for category in FileCategory.objects.filter(community=canonical).prefetch_related("files")
    ]
    context = {"page": page, "form": form, "categories": listed}
    return _render(request, "communities/file_categories.html", context, 400 if (form.errors or errors) else 200)


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0
