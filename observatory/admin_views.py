"""The admin's import of figures: upload a CSV file, see the dry-run report, then confirm.

The same checks and saving as ``manage.py import_indicators`` (``observatory/importer.py``).
Between the check and the confirmation the file's text waits in Django's cache (one hour,
keyed by the person and a random token): nothing is written to the database before the
confirmation, and the confirmation checks the file again. Only people with the permission
``observatory.import_indicatorvalue`` (the Editors, editorial/roles.py) reach these views.
"""

import uuid

from django import forms
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext, gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from observatory import importer, tasks

PERMISSION = "observatory.import_indicatorvalue"
PENDING_SECONDS = 3600


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV file"),
        help_text=gettext_lazy(
            "UTF-8, one figure per line, with the columns country_iso3, indicator, year, value, source "
            "(optional: source_table, source_url, notes)."
        ),
    )


def _pending_key(request, token):
    return f"observatory:import:{request.user.pk}:{token}"


class ImportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "observatory/admin/import.html"
    header_icon = "upload"
    page_title = gettext_lazy("Import indicator figures")

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", UploadForm())
        return context

    def post(self, request):
        if "token" in request.POST:
            return self.confirm(request, request.POST["token"])
        form = UploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        upload = form.cleaned_data["file"]
        try:
            text = importer.decode(upload.read())
            report = importer.run(text, dry_run=True)
        except importer.ImportFileError as error:
            form.add_error("file", str(error))
            return self.render_to_response(self.get_context_data(form=form))
        token = ""
        if report.ok and (report.created or report.updated):
            token = uuid.uuid4().hex
            cache.set(_pending_key(request, token), {"text": text, "name": upload.name}, PENDING_SECONDS)
        return self.render_to_response(
            self.get_context_data(form=UploadForm(), report=report, token=token, file_name=upload.name)
        )

    def confirm(self, request, token):
        key = _pending_key(request, token) if token else None
        pending = cache.get(key) if key else None
        if pending is None:
            messages.error(request, gettext("The checked file is no longer available; upload it again."))
            return redirect("observatory_import")
        # The import runs as a task (observatory/tasks.py) and reports its progress; the
        # confirmation leads to the progress page, whether the task has finished or not.
        job = uuid.uuid4().hex
        tasks.set_progress(
            request.user.pk, job, phase="queued", done=0, total=0, name=pending["name"], summary="", errors=[]
        )
        tasks.import_figures.enqueue(request.user.pk, job, key)
        return redirect("observatory_import_progress", job=job)


class ProgressView(WagtailAdminTemplateMixin, TemplateView):
    """Where an import stands: a progress bar that refreshes itself until the import is done."""

    template_name = "observatory/admin/import_progress.html"
    header_icon = "upload"
    page_title = gettext_lazy("Import indicator figures")

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        state = cache.get(tasks.progress_key(self.request.user.pk, kwargs["job"]))
        if state is None:  # another person's job, or an old one
            raise Http404
        finished = state["phase"] in ("done", "failed")
        if state["phase"] == "done":
            context["done_message"] = gettext("%(file)s imported. %(summary)s") % {
                "file": state["name"],
                "summary": state["summary"],
            }
        percent = 100 if finished else (100 * state["done"] // state["total"] if state["total"] else 0)
        context.update(state=state, finished=finished, percent=percent)
        return context


urlpatterns = [
    path("observatory/import/", ImportView.as_view(), name="observatory_import"),
    path("observatory/import/<slug:job>/", ProgressView.as_view(), name="observatory_import_progress"),
]


def import_url():
    return reverse("observatory_import")
