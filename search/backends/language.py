"""What a language's backend and its index hold: the objects of one locale (or of every one)."""

import functools

from django.conf import settings

#: ``LANGUAGE`` of the search server backend that holds every language (the admin's ``"default"``).
ALL_LANGUAGES = "all"


def is_translatable(model):
    from wagtail.models import TranslatableMixin

    return issubclass(model, TranslatableMixin)


class LanguageBackendMixin:
    """A Wagtail search backend that holds the objects of one language (option ``LANGUAGE``).

    ``LANGUAGE`` :data:`ALL_LANGUAGES` holds every language. ``UNLOCALIZED`` says whether it
    also holds the objects without a locale (images, documents); by default the source
    language's backend does.
    """

    def __init__(self, params):
        params = dict(params)
        params["OPTIONS"] = dict(params.get("OPTIONS", {}))
        self.language = params.pop("LANGUAGE", None) or settings.LANGUAGE_CODE
        unlocalized = params.pop("UNLOCALIZED", None)
        self.holds_unlocalized = self.language == settings.LANGUAGE_CODE if unlocalized is None else unlocalized
        super().__init__(params)

    def __repr__(self):
        return f"<{type(self).__name__} {self.language}>"

    @property
    def all_languages(self):
        return self.language == ALL_LANGUAGES

    @property
    def is_default_language(self):
        """Whether this backend holds the objects that have no locale."""
        return self.holds_unlocalized

    @functools.cached_property
    def locale_ids(self):
        from wagtail.models import Locale

        return frozenset(Locale.objects.filter(language_code=self.language).values_list("pk", flat=True))

    def holds(self, obj):
        if is_translatable(type(obj)):
            return self.all_languages or obj.locale_id in self.locale_ids
        return self.is_default_language

    def kept(self, model, items):
        if is_translatable(model):
            return [item for item in items if self.all_languages or item.locale_id in self.locale_ids]
        return list(items) if self.is_default_language else []

    def indexed_objects(self, model):
        """``model``'s objects that belong in this backend (what a rebuild indexes)."""
        objects = model.get_indexed_objects()
        if is_translatable(model):
            return objects if self.all_languages else objects.filter(locale_id__in=self.locale_ids)
        return objects if self.is_default_language else objects.none()


class LanguageIndexMixin:
    """Index methods that ignore objects of other languages."""

    def add_item(self, item):
        if self.backend.holds(item):
            super().add_item(item)

    def add_items(self, model, items):
        items = self.backend.kept(model, items)
        if items:
            super().add_items(model, items)

    def delete_item(self, item):
        if self.backend.holds(item):
            super().delete_item(item)
