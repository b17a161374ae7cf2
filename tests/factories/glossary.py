"""Glossary terms (``themes.GlossaryTerm`` snippets), published in Spanish unless told otherwise.

Translate one with ``translations.translate(term, "en", term=…, definition="<p>…</p>")``.
"""

import factory
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from themes.models import GlossaryTerm


class GlossaryTermFactory(DjangoModelFactory):
    """A live term; ``publish=False`` leaves a draft; ``theme=`` a ThemePage lists it."""

    class Meta:
        model = GlossaryTerm

    locale = factory.LazyFunction(Locale.get_default)
    term = factory.Sequence(lambda n: f"término {n}")
    definition = "<p>Definición del término.</p>"

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        publish = kwargs.pop("publish", True)
        term = model_class(*args, **kwargs)
        if not publish:
            term.live = False
        term.full_clean()
        term.save()
        revision = term.save_revision()
        if publish:
            revision.publish()
        return model_class.objects.get(pk=term.pk)
