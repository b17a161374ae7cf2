"""Questions and FAQ entries in the admin: the owners' queue, the snippet, the dashboard rows."""

from datetime import timedelta

from django.template.loader import render_to_string
from django.urls import include, path, reverse, reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from editorial.dashboard import NEEDS_ATTENTION_HOOK
from editorial.snippet_permissions import LocaleCheckedEditView, LocaleRestrictedPermissionPolicy
from qa import admin_views
from qa.models import FaqEntry

# Unanswered questions older than this are listed in the owner's "Needs attention".
UNANSWERED_DAYS = 14

# Translators change entries in their own language(s) only (see editorial/snippet_permissions.py).
register_permission_policy(FaqEntry, LocaleRestrictedPermissionPolicy(FaqEntry))


class FaqEntryViewSet(SnippetViewSet):
    model = FaqEntry
    icon = "help"
    menu_label = _("FAQ entries")
    menu_name = "faq_entries"
    menu_order = 255
    add_to_admin_menu = True
    list_display = ["question", "page", "locale"]
    list_filter = ["live"]
    edit_view_class = LocaleCheckedEditView

    @property
    def breadcrumbs_items(self):
        return [{"url": reverse_lazy("wagtailadmin_home"), "label": _("Home")}]


register_snippet(FaqEntryViewSet)


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("", admin_views.index, name="index"),
        path("<int:pk>/", admin_views.answer, name="answer"),
    ]
    return [path("questions/", include((urls, "qa_questions"), namespace="qa_questions"))]


class QuestionsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_answer_questions(request.user)


@hooks.register("register_admin_menu_item")
def register_questions_menu_item():
    return QuestionsMenuItem(_("Members’ questions"), reverse("qa_questions:index"), icon_name="help", order=245)


@hooks.register(NEEDS_ATTENTION_HOOK)
def unanswered_questions(user):
    if not admin_views.can_answer_questions(user):
        return ""
    count, questions = admin_views.overdue(user, timezone.now() - timedelta(days=UNANSWERED_DAYS))
    if not count:
        return ""
    return render_to_string(
        "qa/admin/needs_attention.html",
        {"questions": questions, "more": count - len(questions), "days": UNANSWERED_DAYS, "now": timezone.now()},
    )
