"""The editor's form of a country profile."""

from django.contrib.auth import get_user_model
from django.db.models import Q

from editorial.people import PersonChoiceField, by_name
from editorial.roles import SPECIALISTS
from portal.edit_conflicts import PageForm


class CountryPageForm(PageForm):
    """ "Specialist responsible" offers the specialists and tree owners by name, not every account by username."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("specialist")
        if field is None:
            return
        current = Q(pk=self.instance.specialist_id) if self.instance.specialist_id else Q(pk__in=[])
        people = get_user_model().objects.filter(
            Q(is_active=True) & (Q(groups__name=SPECIALISTS) | Q(owned_trees__isnull=False)) | current
        )
        self.fields["specialist"] = PersonChoiceField(
            queryset=by_name(people.distinct()),
            required=field.required,
            label=field.label,
            help_text=field.help_text,
            widget=field.widget,
        )
