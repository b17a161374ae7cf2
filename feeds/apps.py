from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "feeds"
    verbose_name = _("Feeds")

    def ready(self):
        from feeds import personal
        from members.signals import account_deleting, personal_data

        personal_data.connect(personal.personal_data, dispatch_uid="feeds_personal_data")
        account_deleting.connect(personal.account_deleting, dispatch_uid="feeds_account_deleting")
