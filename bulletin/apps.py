from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BulletinConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "bulletin"
    verbose_name = _("Bulletin")
