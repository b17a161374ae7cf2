from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QaConfig(AppConfig):
    name = "qa"
    verbose_name = _("Questions and answers")
    default_auto_field = "django.db.models.BigAutoField"
    # A FAQ entry is a snippet: its save, publication or deletion already empties the caches
    # (portal/invalidation.py). Questions show nowhere until published as an entry.
    cache_invalidated_by = ["qa.FaqEntry"]

    def ready(self):
        from demo.loader import demo_content_loaded
        from qa import signals  # noqa: F401  (keeps the FAQ pages' search text current)
        from qa.demo import load_demo_faq

        demo_content_loaded.connect(load_demo_faq, dispatch_uid="qa_demo_faq")
        from members.signals import account_deleting, personal_data
        from qa import personal

        personal_data.connect(personal.personal_data, dispatch_uid="qa_personal_data")
        account_deleting.connect(personal.account_deleting, dispatch_uid="qa_account_deleting")
