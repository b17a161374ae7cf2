"""Who edits which figures in the admin: specialists their own countries', editors all of them.

Figures are snippets with Wagtail's draft state, revisions, locking and workflow
(``IndicatorValue``): a specialist's change is saved as a revision and submitted to the
"Moderated publishing" workflow (``editorial/roles.py``, which assigns it to every snippet model
with ``WorkflowMixin``); readers keep seeing the published figure until a reviewer approves, and
the snippet's history lists every revision.

A specialist owns a country through tree ownership (``editorial/ownership.py``): the country
pages in the trees they own give the ISO codes of the figures they may add and change. Wagtail's
snippet permissions are per model, so the policy below narrows "add" and "change" to those
countries for anyone who cannot publish figures (editors can, and change every country):

- ``CountryPermissionPolicy.user_has_permission_for_instance``: the edit view asks it about the
  figure itself (``editorial.snippet_permissions.LocaleCheckedEditView``, whose check is the
  policy's, whatever it restricts): another country's figure is a 403;
- ``instances_user_has_any_permission_for``: the listing shows a specialist their countries only;
- ``IndicatorValueForm``: the country and indicator are chosen from lists, and a country that is
  not theirs is refused with a message (a crafted POST included).
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.permission_policies import ModelPermissionPolicy

from observatory import places

PUBLISH = "observatory.publish_indicatorvalue"


def editable_countries(user):
    """The ISO alpha-3 codes of the figures ``user`` may change, or None for every country."""
    from countries.models import CountryPage
    from editorial.ownership import trees_owned_by

    if user.is_superuser or user.has_perm(PUBLISH):
        return None
    codes = set()
    for tree in trees_owned_by(user):
        for iso_code in CountryPage.objects.descendant_of(tree.root, inclusive=True).values_list("iso_code", flat=True):
            code = places.iso3_for((iso_code or "").upper())
            if code:
                codes.add(code)
    return codes


class CountryPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        allowed = editable_countries(user)
        return allowed is None or instance.country in allowed

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, action, instance) for action in actions)

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        allowed = editable_countries(user)
        return instances if allowed is None else instances.filter(country__in=allowed)


class IndicatorValueForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from observatory.models.indicators import Indicator

        codes = sorted(set(Indicator.objects.values_list("code", flat=True)))
        current = self.instance.indicator_code if self.instance.pk else None
        if current and current not in codes:
            codes.append(current)
        self.fields["indicator_code"].widget = forms.Select(choices=[("", "---------")] + [(c, c) for c in codes])
        self.allowed = editable_countries(self.for_user) if self.for_user is not None else None
        if self.allowed is not None:
            choices = sorted((code, f"{places.iso_name(code)} ({code})") for code in self.allowed)
            self.fields["country"].widget = forms.Select(choices=[("", "---------"), *choices])

    def clean_country(self):
        code = (self.cleaned_data.get("country") or "").strip().upper()
        if not places.is_country(code):
            raise forms.ValidationError(_("Unknown country code: use ISO 3166-1 alpha-3, for example ECU."))
        if self.allowed is not None and code not in self.allowed:
            raise forms.ValidationError(_("You may only change the figures of the countries whose pages you own."))
        return code

    def clean_indicator_code(self):
        from observatory.models.indicators import Indicator

        code = (self.cleaned_data.get("indicator_code") or "").strip().upper()
        if not Indicator.objects.filter(code=code).exists():
            raise forms.ValidationError(_("Unknown indicator: choose one from the list."))
        return code
