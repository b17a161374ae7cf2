from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ObservatoryConfig(AppConfig):
    name = "observatory"
    verbose_name = _("Observatory")
    # Figures are shown on country pages and the observatory page: a change empties the caches
    # (portal/invalidation.py). Indicators are snippets, which the rule already watches.
    cache_invalidated_by = ("observatory.IndicatorValue",)

    def ready(self):
        from demo.loader import demo_content_loaded
        from observatory.demo import load_demo_figures

        demo_content_loaded.connect(load_demo_figures, dispatch_uid="observatory-demo-figures")
