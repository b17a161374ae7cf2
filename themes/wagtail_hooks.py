"""The glossary in the admin: a snippet listing of its own in the main menu."""

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from editorial.snippet_permissions import LocaleCheckedEditView, LocaleRestrictedPermissionPolicy
from themes.models import GlossaryTerm

# Translators change terms in their own language(s) only (see editorial/snippet_permissions.py).
register_permission_policy(GlossaryTerm, LocaleRestrictedPermissionPolicy(GlossaryTerm))


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "doc-full"
    menu_label = _("Glossary")
    menu_name = "glossary"
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["term", "theme", "locale"]
    # Wagtail adds the locale filter itself for translatable models.
    list_filter = ["live"]
    # Translators change terms in their own language(s) only.
    edit_view_class = LocaleCheckedEditView

    @property
    def breadcrumbs_items(self):
        # Wagtail 8.0's SnippetViewSet writes "Home" with gettext when its views are built (the first
        # request), so every later request got that request's language; lazily, each gets its own.
        return [{"url": reverse_lazy("wagtailadmin_home"), "label": _("Home")}]


register_snippet(GlossaryTermViewSet)
