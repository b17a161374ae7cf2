"""The bulletin's admin pages besides the issue editor (a snippet, ``bulletin/wagtail_hooks.py``).

- ``bulletin_send``: one issue's preview, "Send a test to me", "Send" (with its recipients
  counted and a confirmation) and, once sending, its progress (the page reloads itself every
  few seconds while the worker sends) and the record of who received it.
- ``bulletin_preview``: the issue's email as a whole page in the browser.
- ``bulletin_import``: the CSV import of subscribers (``bulletin/importer.py``).

Editors only: composing needs ``bulletin.change_issue``, sending ``bulletin.send_issue``, the
import ``bulletin.import_subscribers`` (editorial/roles.py).
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from bulletin import importer, rendering, sending
from bulletin.models import Delivery, DeliveryStatus, Issue, audience

CHANGE = "bulletin.change_issue"
SEND = "bulletin.send_issue"
IMPORT = "bulletin.import_subscribers"


def _issue(request, pk, permission=CHANGE):
    if not request.user.has_perm(permission):
        raise PermissionDenied
    return get_object_or_404(Issue.objects.prefetch_related("items__page"), pk=pk)


def preview(request, pk):
    issue = _issue(request, pk)
    body = render_to_string("bulletin/email/issue.html", rendering.context(issue, "#", preview=True), request)
    return HttpResponse(body)


class SendView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "bulletin/admin/send.html"
    header_icon = "mail"

    def dispatch(self, request, pk):
        self.issue = _issue(request, pk)
        return super().dispatch(request, pk)

    def get_page_title(self):
        return gettext("Bulletin: %(subject)s") % {"subject": self.issue.subject}

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": gettext("Home")},
            {"url": reverse("wagtailsnippets_bulletin_issue:list"), "label": gettext("Bulletin issues")},
            {"url": "", "label": self.issue.subject},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        issue = self.issue
        context.update(
            issue=issue,
            can_send=self.request.user.has_perm(SEND),
            edit_url=reverse("wagtailsnippets_bulletin_issue:edit", args=[issue.pk]),
            preview_url=reverse("bulletin_preview", args=[issue.pk]),
            items=rendering.items(issue),
            user_email=self.request.user.email,
        )
        if issue.is_draft:
            context["recipients"] = audience(issue.language).count()
        else:
            context["progress"] = sending.progress(issue)
            # Reserved by a batch but not handed over yet: counted as waiting, not listed.
            deliveries = (
                Delivery.objects.filter(issue=issue).exclude(status=DeliveryStatus.QUEUED).order_by("claimed_at", "pk")
            )
            context["deliveries"] = Paginator(deliveries, 50).get_page(self.request.GET.get("p"))
        return context

    def post(self, request, pk):
        issue = self.issue
        action = request.POST.get("action")
        if action == "test":
            if not request.user.email:
                messages.error(request, gettext("Your account has no email address: add one in your account settings."))
            else:
                send_test(issue, request.user)
                messages.success(request, gettext("A test was sent to %(email)s.") % {"email": request.user.email})
        elif action in ("send", "resume"):
            if not request.user.has_perm(SEND):
                raise PermissionDenied
            if action == "resume":
                if sending.resume(issue):
                    messages.success(request, gettext("Sending resumed."))
            elif request.POST.get("confirm") != "yes":
                messages.error(request, gettext("Tick the confirmation box to send the issue."))
            elif not issue.items.exists():
                messages.error(request, gettext("The issue has no items: add some before sending it."))
            elif sending.start(issue, request.user):
                messages.success(request, gettext("Sending has started. This page shows its progress."))
            else:
                messages.warning(request, gettext("This issue was already sent or is being sent."))
        return redirect("bulletin_send", pk=issue.pk)


def send_test(issue, user):
    """The issue to the editor alone, subject marked as a test; its unsubscribe link names no subscriber."""
    email = rendering.Email(issue)
    fake = sending._Recipient(0, user.email, issue.language)
    subject = gettext("[Test] %(subject)s") % {"subject": issue.subject}
    email.message(user.email, rendering.unsubscribe_url(fake), subject=subject).send()
    Issue.objects.filter(pk=issue.pk).update(test_sent_to=user.email, test_sent_at=timezone.now())


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV file"),
        help_text=gettext_lazy(
            "UTF-8, with a header line and the columns email, language (es, en or fr) and interests "
            "(country ISO codes and theme slugs separated by spaces or semicolons; may be empty)."
        ),
    )
    consent = forms.BooleanField(
        label=gettext_lazy("Every person in this file agreed to receive the bulletin, and I can show it."),
    )


class ImportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "bulletin/admin/import.html"
    header_icon = "upload"
    page_title = gettext_lazy("Import subscribers")

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(IMPORT):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", UploadForm())
        return context

    def post(self, request):
        form = UploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        upload = form.cleaned_data["file"]
        try:
            text = importer.decode(upload.read())
            report = importer.run(text, source=upload.name, user=request.user)
        except importer.ImportFileError as error:
            form.add_error("file", str(error))
            return self.render_to_response(self.get_context_data(form=form))
        return self.render_to_response(self.get_context_data(form=UploadForm(), report=report, file_name=upload.name))


urlpatterns = [
    path("bulletin/<int:pk>/", SendView.as_view(), name="bulletin_send"),
    path("bulletin/<int:pk>/preview/", preview, name="bulletin_preview"),
    path("bulletin/import/", ImportView.as_view(), name="bulletin_import"),
]
