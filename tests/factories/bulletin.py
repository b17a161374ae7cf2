"""The editors' bulletin (bulletin/): subscribers who may receive it, and issues.

subscriber = BulletinSubscriberFactory(language="fr")      # imported with consent: receives French issues
subscriber = BulletinSubscriberFactory(consent=False)      # on the list, but never confirmed: receives nothing
issue = IssueFactory(language="fr", pages=[news, event])   # a draft listing those pages in that order
"""

import factory
from factory.django import DjangoModelFactory

from bulletin.models import ImportedConsent, Issue, IssueItem
from feeds.models import Subscriber


class BulletinSubscriberFactory(DjangoModelFactory):
    class Meta:
        model = Subscriber
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"lectora{n}@example.org")
    language = "es"

    @factory.post_generation
    def consent(self, create, value, **kwargs):
        if create and value is not False:
            ImportedConsent.objects.create(subscriber=self, source="factory.csv", line=2)


class IssueFactory(DjangoModelFactory):
    class Meta:
        model = Issue
        skip_postgeneration_save = True

    subject = factory.Sequence(lambda n: f"Boletín n.º {n}")
    language = "es"
    intro = "Primer párrafo de la introducción.\n\nSegundo párrafo."

    @factory.post_generation
    def pages(self, create, pages, **kwargs):
        if create:
            for order, page in enumerate(pages or []):
                IssueItem.objects.create(issue=self, page=page, sort_order=order)
