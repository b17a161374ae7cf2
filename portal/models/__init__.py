"""Abstract pages and the listing machinery every content app builds on.

One module per job: ``base`` (the page every page type extends), ``tagging`` (pages
tagged with countries and themes, and the pages they are tagged with), ``listing``
(filtered, paginated listings). The names other modules use are re-exported here.
"""

from portal.models.base import RICH_TEXT_FEATURES, BasePage, page_type_name, rich_text
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
    OWNED_TREE_PARENTS,
    OWNED_TREE_SUBPAGE_TYPES,
    TaggedPage,
    TaggedPageForm,
    TagTargetMixin,
    pk_matching,
)

__all__ = [
    "ALL_LANGUAGES",
    "OWNED_TREE_PARENTS",
    "OWNED_TREE_SUBPAGE_TYPES",
    "RICH_TEXT_FEATURES",
    "AllLanguagesCheckboxInput",
    "AllLanguagesField",
    "BasePage",
    "FlatChoices",
    "LazyIds",
    "ListingFilterForm",
    "ListingPageMixin",
    "TagTargetMixin",
    "TaggedPage",
    "TaggedPageForm",
    "page_type_name",
    "pk_matching",
    "rich_text",
]
