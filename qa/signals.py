"""The FAQ page of a language lists its live entries, and the site search finds them there.

The FAQ page's search text (``FaqPage.entries_text``) is its locale's live entries, so when an
entry is published, unpublished or deleted, the FAQ page of its locale is indexed again.
"""

from django.db.models.signals import post_delete
from wagtail.search import index
from wagtail.signals import published, unpublished

from qa.models import FaqEntry, FaqPage


def reindex_faq_pages(locale_id):
    for page in FaqPage.objects.live().filter(locale_id=locale_id):
        index.insert_or_update_object(page)


def _entry_changed(sender, instance, **kwargs):
    reindex_faq_pages(instance.locale_id)


published.connect(_entry_changed, sender=FaqEntry, dispatch_uid="qa_entry_published")
unpublished.connect(_entry_changed, sender=FaqEntry, dispatch_uid="qa_entry_unpublished")
post_delete.connect(_entry_changed, sender=FaqEntry, dispatch_uid="qa_entry_deleted")
