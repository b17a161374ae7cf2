"""The country and theme pages that tags point at, as the search facets read them.

``tag_pages()`` is every country and theme page in one read (shared data): the search
page's facet choices (``facets.Choices``) and the codes of the tagged pages
(``facets.collect_facts``) both come from it. ``tagging_models()`` are the page types that
carry the tags (``portal.models.TaggedPage``).
"""

from typing import NamedTuple
from uuid import UUID

from django.db.models import CharField, F, Value
from django.db.models.functions import Cast
from wagtail.models import get_page_models

from portal import shared_data
from portal.models import TaggedPage


def tagging_models():
    """The page models that declare the countries/themes tags (not their multi-table children)."""
    return [
        model
        for model in get_page_models()
        if issubclass(model, TaggedPage) and model._meta.get_field("countries").model is model
    ]


def tag_models():
    """The country and theme page models the tags point at (``TaggedPage.countries`` and ``.themes``)."""
    model = tagging_models()[0]
    return model._meta.get_field("countries").related_model, model._meta.get_field("themes").related_model


class TagPage(NamedTuple):
    """A country or theme page as the facets read it: what tags point at, and what readers may choose."""

    pk: int
    kind: str  # "c" (country) or "t" (theme)
    code: object  # a country's ISO code; a theme's translation key (UUID), the same in every locale
    language: str  # its locale's language code
    slug: str
    title: str
    live: bool
    path: str

    def is_public(self, restricted):
        """Live and outside every restricted section (``restricted``: ``portal.visibility.restricted_paths()``)."""
        return self.live and not any(self.path.startswith(path) for path in restricted)


def read_tag_pages(ids=None):
    """[TagPage] of every country and theme page (of the pages ``ids``), in any locale and state: one query."""
    country_model, theme_model = tag_models()
    countries, themes = country_model._base_manager.all(), theme_model._base_manager.all()
    if ids is not None:
        countries, themes = countries.filter(pk__in=ids), themes.filter(pk__in=ids)
    columns = ("pk", "kind", "code", "locale__language_code", "slug", "title", "live", "path")
    countries = countries.order_by().annotate(kind=Value("c"), code=F("iso_code")).values_list(*columns)
    themes = (
        themes.order_by().annotate(kind=Value("t"), code=Cast("translation_key", CharField())).values_list(*columns)
    )
    return [
        TagPage(pk, kind, UUID(code) if kind == "t" else code, *rest)
        for pk, kind, code, *rest in countries.union(themes, all=True)
    ]


def tag_pages():
    """``read_tag_pages()`` of every country and theme page, kept as shared data (a few hundred rows).

    One read gives the search page both the facet choices (``Choices.build``) and the codes
    of the tagged pages (``collect_facts``); on the raw path it is read once per request.
    """
    return shared_data.remember("search:tag-pages", read_tag_pages)


def tag_codes():
    """{page id: ISO code or translation key} of every country and theme page (shared data, from ``tag_pages``).

    Kept apart: a search reads only this small map (a tenth of a millisecond to read from the
    cache, where the whole list takes one), and on the raw path it costs no query of its own.
    """
    return shared_data.remember("search:tag-codes", lambda: {page.pk: page.code for page in tag_pages()})
