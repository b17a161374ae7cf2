"""The shared page machinery reads what each page type declares; it keeps no list of page types.

A new app's page type takes its place in the tree (owned trees, the home page), in the
related content of countries, regions and themes, and in the link checker by declaring it
on its own class (docs/architecture.md, "Adding an app with a page type"). These tests
compute each answer from the declarations of every installed page type, so a central list
anywhere would make them fail as soon as a page type declares something it does not hold.
"""

from django.template.loader import get_template
from wagtail.coreutils import resolve_model_string
from wagtail.models import get_page_models

from portal.models import BasePage, TagTargetMixin, live_homes, tagged_content_models

PORTAL_PAGE_MODELS = [model for model in get_page_models() if issubclass(model, BasePage)]


def declared(model, name):
    return {resolve_model_string(label, model._meta.app_label) for label in getattr(model, name)}


def test_every_page_type_declares_where_it_may_live():
    for model in PORTAL_PAGE_MODELS:
        assert "parent_page_types" in vars(model), model  # a home page's subpage_types=None relies on it
        assert model.parent_page_types is not None, model
        assert "subpage_types" in vars(model), model


def test_owned_trees_are_read_from_the_page_types():
    roots = {model for model in PORTAL_PAGE_MODELS if getattr(model, "ownable_tree_root", False)}
    inside = {model for model in PORTAL_PAGE_MODELS if model.allowed_in_owned_trees}
    assert roots and inside
    for model in PORTAL_PAGE_MODELS:
        expected_parents = declared(model, "parent_page_types") | (roots if model in inside else set())
        assert set(model.clean_parent_page_models()) == expected_parents, model
        if model.subpage_types is not None:
            expected_children = declared(model, "subpage_types") | (inside if model in roots else set())
            assert set(model.clean_subpage_models()) == expected_children, model


def test_a_page_type_with_no_subpage_list_takes_the_types_that_name_it():
    for model in PORTAL_PAGE_MODELS:
        if model.subpage_types is None:
            naming = {other for other in PORTAL_PAGE_MODELS if model in other.clean_parent_page_models()}
            assert set(model.allowed_subpage_models()) == naming, model


def test_related_content_and_outside_links_are_read_from_the_page_types():
    keys = {model.tagged_content_key for model in PORTAL_PAGE_MODELS if "tagged_content_key" in vars(model)}
    keys.discard(None)
    assert {model.tagged_content_key for model in tagged_content_models()} == keys
    assert {"case_studies", "resources", "news"} <= keys  # the page types of this repository
    for model in tagged_content_models():
        assert model.tagged_content_order and model.tagged_content_heading, model
        get_template(model.tagged_item_template)
    for model in PORTAL_PAGE_MODELS:
        for name in vars(model).get("outside_link_fields", ()):
            model._meta.get_field(name)  # a real field of that page type
    tag_fields = {model.tag_field for model in PORTAL_PAGE_MODELS if issubclass(model, TagTargetMixin)}
    assert {"countries", "themes"} <= tag_fields  # TaggedPage's two tag fields


def test_the_home_page_type_is_the_one_that_says_so(db):
    homes = [model for model in PORTAL_PAGE_MODELS if getattr(model, "locale_home", False)]
    assert len(homes) == 1
    assert all(type(page) is homes[0] for page in live_homes().values())
