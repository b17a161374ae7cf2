from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo site: content as data (``content/*.yaml``), its loader and ``manage.py load_demo_content``.

    An app above the page apps: it builds pages of every type, so it imports them; nothing
    imports it but its command, the tests and the benchmarks.
    """

    name = "demo"
    verbose_name = _("Demo content")
