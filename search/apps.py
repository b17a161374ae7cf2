from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")
    # Promoted results are kept as shared data (portal/invalidation.py).
    cache_invalidated_by = ("wagtailsearchpromotions.SearchPromotion",)
