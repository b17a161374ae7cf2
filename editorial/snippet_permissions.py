"""Translators may change translatable snippets only in their own locales.

Wagtail's snippet permissions are per model: whoever may change glossary terms may change
all of them, in every language, including the Spanish source. Page trees are restricted
per locale by page permissions (``roles.py``); this does the same for snippets:

- ``LocaleRestrictedPermissionPolicy``: a permission that comes only from a
  "Translators (xx)" group applies only to objects in those groups' locales; a
  permission from any other group (Specialists, Editors) or a superuser applies to all;
- ``LocaleCheckedEditView``: the snippet edit view asks the policy about the object
  itself (Wagtail's generic edit view checks the model permission only).

A snippet viewset uses both by setting ``permission_policy`` and ``edit_view_class``.
"""

from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import EditView

from editorial.roles import TRANSLATORS_PREFIX


def translator_languages(user):
    names = user.groups.filter(name__startswith=f"{TRANSLATORS_PREFIX} (").values_list("name", flat=True)
    return {name[len(TRANSLATORS_PREFIX) + 2 : -1] for name in names}


class LocaleRestrictedPermissionPolicy(ModelPermissionPolicy):
    def _unrestricted(self, user, action):
        if user.is_superuser:
            return True
        codename = f"{action}_{self.model._meta.model_name}"
        permissions = Permission.objects.filter(content_type__app_label=self.model._meta.app_label, codename=codename)
        return user.is_active and (
            permissions.filter(user=user).exists()
            or permissions.filter(group__user=user).exclude(group__name__startswith=f"{TRANSLATORS_PREFIX} (").exists()
        )

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        if self._unrestricted(user, action):
            return True
        return instance.locale.language_code in translator_languages(user)

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        if any(self._unrestricted(user, action) for action in actions):
            return instances
        return instances.filter(locale__language_code__in=translator_languages(user))


class LocaleCheckedEditView(EditView):
    def get_object(self, queryset=None):
        instance = super().get_object(queryset)
        if not self.permission_policy.user_has_permission_for_instance(self.request.user, "change", instance):
            raise PermissionDenied
        return instance
