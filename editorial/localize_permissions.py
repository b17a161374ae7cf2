"""The permission checks wagtail-localize leaves out.

wagtail-localize's "Translate this page" (submit) and "Sync translated pages" (update)
views only check the site-wide ``wagtail_localize.submit_translation`` permission, so
anyone holding it could create or overwrite translations of any page, and "Publish
immediately" would put translations live without review. Its translation editor itself
is reached through Wagtail's page edit view, which already checks page permissions.

Here the same views are subclassed with the missing checks and mounted at the same
admin paths, ahead of wagtail-localize's own (``register_admin_urls`` with a lower
``order``), so every link wagtail-localize renders lands on the checked view:

- creating a translation of a page requires the right to edit that page;
- syncing a source's translations requires the right to edit the source object;
- publishing on sync requires the right to publish every translation it touches
  (otherwise the option is hidden, and refused if posted anyway);
- translating a snippet requires the right to change that snippet model;
- a PO upload without a file, or whose file lacks the translation header, gets the same
  "wrong file" message as one made for another translation (wagtail-localize answers
  both with a server error);
- "Convert to alias page" requires the right to publish the translation: it replaces a
  reviewed translation's live content with the source's at once, outside the workflow, so
  specialists and translators neither see the action nor may post it.
- Reports → Translations (``TranslationsReportView``: its menu item is shown to everyone and
  the view lists every translation of every tree, with titles) is for those who translate
  (``submit_translation``) or follow translation status; each sees only the translations
  of pages they may edit (the source or that translation) and of snippets whose model they
  may change. Moderators and reviewers neither see the item nor may open it.
"""

from django import forms
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db.models import Exists, OuterRef, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page, get_page_models
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views.convert import convert_to_alias
from wagtail_localize.views.edit_translation import upload_pofile
from wagtail_localize.views.report import TranslationsReportView
from wagtail_localize.views.submit_translations import SubmitPageTranslationView, SubmitSnippetTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView


def user_can_edit(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return ModelPermissionPolicy(type(instance)).user_has_permission(user, "change")


def user_can_publish(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    return ModelPermissionPolicy(type(instance)).user_has_permission(user, "publish")


class CheckedSubmitPageTranslationView(SubmitPageTranslationView):
    def get_object(self):
        page = super().get_object()
        if not user_can_edit(self.request.user, page):
            raise PermissionDenied
        return page


class CheckedSubmitSnippetTranslationView(SubmitSnippetTranslationView):
    def get_object(self):
        snippet = super().get_object()
        if not user_can_edit(self.request.user, snippet):
            raise PermissionDenied
        return snippet


class CheckedUpdateTranslationsView(UpdateTranslationsView):
    def get_object(self):
        source = super().get_object()
        instance = source.get_source_instance()
        if not user_can_edit(self.request.user, instance):
            raise PermissionDenied
        return source

    def can_publish_translations(self):
        for translation in self.object.translations.filter(enabled=True).select_related("target_locale"):
            try:
                target = translation.get_target_instance()
            except ObjectDoesNotExist:
                continue
            if not user_can_publish(self.request.user, target):
                return False
        return True

    def get_form(self):
        form = super().get_form()
        if not self.can_publish_translations():
            form.fields["publish_translations"].widget = forms.HiddenInput()
        return form

    def form_valid(self, form):
        if form.cleaned_data.get("publish_translations") and not self.can_publish_translations():
            raise PermissionDenied
        return super().form_valid(form)


CONVERT_TO_ALIAS_ACTION = "localize-convert-to-alias"


def checked_convert_to_alias(request, page_id):
    page = get_object_or_404(Page, id=page_id)
    if not user_can_publish(request.user, page):
        raise PermissionDenied
    return convert_to_alias(request, page_id)


def hide_convert_to_alias(menu_items, request, context):
    """``construct_page_action_menu`` hook: drop the action for those who may not use it."""
    page = context.get("page")
    if page is not None and not user_can_publish(request.user, page):
        menu_items[:] = [item for item in menu_items if item.name != CONVERT_TO_ALIAS_ACTION]


PO_HEADER = "X-WagtailLocalize-TranslationID"


def checked_upload_pofile(request, translation_id):
    upload = request.FILES.get("file")
    if request.method == "POST":
        problem = None
        if upload is None:
            problem = _("Please upload a valid PO file.")
        elif PO_HEADER.encode() not in upload.read():
            problem = _("Cannot import PO file that was created for a different translation.")
        if problem:
            # Same permission check as wagtail-localize's view, before saying anything about the file.
            translation = get_object_or_404(Translation, id=translation_id)
            if not user_can_edit(request.user, translation.get_target_instance()):
                raise PermissionDenied
            messages.error(request, problem)
            return redirect(get_valid_next_url_from_request(request) or "wagtailadmin_home")
        upload.seek(0)
    return upload_pofile(request, translation_id)


SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"
STATUS_PERMISSION = "editorial.view_translation_status"


def may_see_translations_report(user):
    return user.is_active and (
        user.is_superuser or user.has_perm(SUBMIT_TRANSLATION) or user.has_perm(STATUS_PERMISSION)
    )


def translations_visible_to(user, translations):
    """``translations`` (wagtail-localize ``Translation`` rows) of what ``user`` may edit."""
    if user.is_active and user.is_superuser:
        return translations
    page_types = [ContentType.objects.get_for_model(model).pk for model in get_page_models()]
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change"])
    source_editable = editable.filter(translation_key=OuterRef("source__object_id"), locale=OuterRef("source__locale"))
    target_editable = editable.filter(translation_key=OuterRef("source__object_id"), locale=OuterRef("target_locale"))
    visible = Q(source__specific_content_type__in=page_types) & (Exists(source_editable) | Exists(target_editable))
    snippet_types = (
        TranslationSource.objects.exclude(specific_content_type__in=page_types)
        .values_list("specific_content_type", flat=True)
        .distinct()
    )
    for content_type in ContentType.objects.filter(pk__in=list(snippet_types)):
        model = content_type.model_class()
        if model is not None and ModelPermissionPolicy(model).user_has_permission(user, "change"):
            visible |= Q(source__specific_content_type=content_type)
    return translations.filter(visible)


class CheckedTranslationsReportView(TranslationsReportView):
    def dispatch(self, request, *args, **kwargs):
        if not may_see_translations_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        # Newest first (wagtail-localize leaves the order to the database, which pagination warns about).
        return translations_visible_to(self.request.user, super().get_queryset()).order_by("-created_at", "-pk")


def show_translations_report_item(request, menu_items):
    """``construct_reports_menu`` hook: wagtail-localize shows its report to everyone."""
    if not may_see_translations_report(request.user):
        url = reverse("wagtail_localize:translations_report")
        menu_items[:] = [item for item in menu_items if item.url != url]


def urlpatterns():
    """Same paths as wagtail-localize's views, different names (two identical namespaces would clash)."""
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            CheckedSubmitPageTranslationView.as_view(),
            name="portal_submit_page_translation",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            CheckedSubmitSnippetTranslationView.as_view(),
            name="portal_submit_snippet_translation",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            CheckedUpdateTranslationsView.as_view(),
            name="portal_update_translations",
        ),
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            checked_upload_pofile,
            name="portal_upload_pofile",
        ),
        path("localize/page/<int:page_id>/convert_to_alias/", checked_convert_to_alias, name="portal_convert_to_alias"),
        path(
            "localize/reports/translations/",
            CheckedTranslationsReportView.as_view(),
            name="portal_translations_report",
        ),
        path(
            "localize/reports/translations/results/",
            CheckedTranslationsReportView.as_view(results_only=True),
            name="portal_translations_report_results",
        ),
    ]
