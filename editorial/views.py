"""Admin screens of the editorial app: the owned-trees editor."""

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import get_page_models

from editorial.models import OwnedTree
from editorial.people import PeopleChoiceField, PeopleFilter, by_name, display_name
from editorial.roles import EDITORS, SPECIALISTS


def ownable_page_types():
    return [model for model in get_page_models() if getattr(model, "ownable_tree_root", False)]


class OwnersField(PeopleChoiceField):
    def label_from_instance(self, user):
        name = display_name(user)
        return f"{name} ({user.get_username()})" if name != user.get_username() else name


def owner_candidates():
    return by_name(get_user_model().objects.filter(is_active=True, groups__name__in=[SPECIALISTS, EDITORS]).distinct())


class OwnedTreeFilterSet(WagtailFilterSet):
    owners = PeopleFilter(
        label=_("owners"),
        queryset=lambda request: by_name(get_user_model().objects.filter(owned_trees__isnull=False).distinct()),
    )

    class Meta:
        model = OwnedTree
        fields = []


class OwnedTreeViewSet(ModelViewSet):
    model = OwnedTree
    icon = "group"
    menu_label = _("Tree owners")
    menu_order = 150
    add_to_settings_menu = True
    url_prefix = "editorial/trees"
    name = "owned_trees"
    list_display = ["root", "languages", "owner_list"]
    filterset_class = OwnedTreeFilterSet
    search_fields = ["root__title"]
    inspect_view_enabled = False
    copy_view_enabled = False

    def get_queryset(self, request):
        return OwnedTree.objects.select_related("root", "root__locale").prefetch_related("owners")

    @property
    def panels(self):
        return [
            PageChooserPanel("root", [model._meta.label for model in ownable_page_types()]),
            FieldPanel(
                "owners",
                widget=forms.CheckboxSelectMultiple,
                help_text=_(
                    "Specialists and editors. Owners may create and edit pages in this tree, in every language, "
                    "and submit them for review; removing someone takes their rights away at once."
                ),
            ),
        ]

    def get_form_class(self, for_update=False):
        form_class = super().get_form_class(for_update)
        candidates = owner_candidates()

        class OwnedTreeForm(form_class):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                current = self.instance.owners.values("pk") if self.instance.pk else []
                field = self.fields["owners"]
                owners = OwnersField(
                    queryset=by_name(
                        get_user_model().objects.filter(Q(pk__in=candidates.values("pk")) | Q(pk__in=current))
                    ),
                    required=False,
                    widget=field.widget,
                    label=field.label,
                    help_text=field.help_text,
                )
                self.fields["owners"] = owners

        return OwnedTreeForm


owned_tree_viewset = OwnedTreeViewSet()
