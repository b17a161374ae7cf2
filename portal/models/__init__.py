"""Abstract pages and the listing machinery every content app builds on.

One module per job: ``base`` (the page every page type extends), ``tagging`` (pages
tagged with countries and themes, and the pages they are tagged with), ``listing``
(filtered, paginated listings). The names other modules use are re-exported here.
"""

from portal.models.base import (
    RICH_TEXT_FEATURES,
    BasePage,
    active_locale,
    live_homes,
    owned_tree_page_models,
    owned_tree_root_models,
    page_type_name,
    rich_text,
)
from portal.models.listing import (
    ALL_LANGUAGES,
    AllLanguagesCheckboxInput,
    AllLanguagesField,
    FlatChoices,
    LazyIds,
    ListingFilterForm,
    ListingPageMixin,
)
from portal.models.tagging import (
    TaggedPage,
    TaggedPageForm,
    TagTargetMixin,
    pk_matching,
    tag_target_model,
    tagged_content_models,
)

__all__ = [
    "ALL_LANGUAGES",
    "RICH_TEXT_FEATURES",
    "AllLanguagesCheckboxInput",
    "AllLanguagesField",
    "BasePage",
    "active_locale",
    "FlatChoices",
    "LazyIds",
    "ListingFilterForm",
    "ListingPageMixin",
    "TagTargetMixin",
    "TaggedPage",
    "TaggedPageForm",
    "owned_tree_page_models",
    "owned_tree_root_models",
    "live_homes",
    "page_type_name",
    "pk_matching",
    "rich_text",
    "tag_target_model",
    "tagged_content_models",
]
