"""Page factories, one per page type of the portal (wagtail-factories).

Pass ``parent=`` (a page): the new page goes below it, in its language, and is
published with a revision the way the demo loader and the admin publish (``publish=False``
or ``live=False`` leaves a draft that was never live). Tags (``countries=[…]``, ``themes=[…]``) and a
resource's ``documents=[…]`` are set before that first revision. Titles and slugs are
unique by default, so a scene built here never clashes with the demo content when a
session also loads it (slugs come from the titles: give two pages under one parent
different titles); a country's ISO code defaults to one no other country page of
its language uses.
"""

import datetime

import factory
import pycountry
import wagtail_factories
from django.utils.text import slugify
from wagtail.models import Page

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from countries.models import CountryIndexPage, CountryPage, RegionIndexPage, RegionPage
from home.models import HomePage, HomePageFeatured, StandardPage
from news.models import EventPage, EventType, NewsIndexPage, NewsPage
from resources.models import ResourceDocument, ResourceIndexPage, ResourcePage, ResourceType
from themes.models import ThemeIndexPage, ThemePage

# Set after the page is added to the tree and before its first revision.
_RELATIONS = ("countries", "themes")


class PortalPageFactory(wagtail_factories.PageFactory):
    """Base of the portal's page factories: published with a revision unless ``publish=False``."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Página {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        publish = kwargs.pop("publish", kwargs.get("live", True))
        relations = {name: kwargs.pop(name) for name in _RELATIONS if name in kwargs}
        documents = kwargs.pop("documents", [])
        featured = kwargs.pop("featured", [])
        if not publish:
            kwargs.setdefault("live", False)
        page = super()._create(model_class, *args, **kwargs)
        for name, value in relations.items():
            getattr(page, name).set(value)
        if documents:
            page.documents = [ResourceDocument(document=document, sort_order=i) for i, document in enumerate(documents)]
        if featured:
            page.featured_pages = [HomePageFeatured(page=item, sort_order=i) for i, item in enumerate(featured)]
        revision = page.save_revision()
        if publish:
            revision.publish()
        return type(page).objects.get(pk=page.pk)


class HomePageFactory(PortalPageFactory):
    """A home page directly below Wagtail's root (one per language; see ``trees.build_trees``)."""

    class Meta:
        model = HomePage

    parent = factory.LazyFunction(Page.get_first_root_node)
    title = "Seguridad social para todos"
    slug = factory.Sequence(lambda n: f"inicio-factory-{n}")
    intro = "Plataforma de gestión e intercambio de conocimientos."


class StandardPageFactory(PortalPageFactory):
    class Meta:
        model = StandardPage

    intro = "Introducción de la página."


class CountryIndexPageFactory(PortalPageFactory):
    class Meta:
        model = CountryIndexPage

    title = "Países"
    slug = "paises"
    show_in_menus = True


class RegionIndexPageFactory(PortalPageFactory):
    class Meta:
        model = RegionIndexPage

    title = "Regiones"
    slug = "regiones"
    show_in_menus = True


class ThemeIndexPageFactory(PortalPageFactory):
    class Meta:
        model = ThemeIndexPage

    title = "Temas"
    slug = "temas"
    show_in_menus = True


class CaseStudyIndexPageFactory(PortalPageFactory):
    class Meta:
        model = CaseStudyIndexPage

    title = "Buenas prácticas"
    slug = "buenas-practicas"
    show_in_menus = True


class ResourceIndexPageFactory(PortalPageFactory):
    class Meta:
        model = ResourceIndexPage

    title = "Recursos"
    slug = "recursos"
    show_in_menus = True


class NewsIndexPageFactory(PortalPageFactory):
    class Meta:
        model = NewsIndexPage

    title = "Noticias y eventos"
    slug = "noticias-y-eventos"
    show_in_menus = True


def free_iso_code(page):
    """An ISO 3166 code that no country page of the parent's language uses yet."""
    used = set(CountryPage.objects.filter(locale_id=page.parent.locale_id).values_list("iso_code", flat=True))
    return next(country.alpha_2 for country in pycountry.countries if country.alpha_2 not in used)


class RegionPageFactory(PortalPageFactory):
    class Meta:
        model = RegionPage

    title = factory.Sequence(lambda n: f"Región {n}")
    summary = "Resumen de la región."


class CountryPageFactory(PortalPageFactory):
    class Meta:
        model = CountryPage

    title = factory.Sequence(lambda n: f"País {n}")
    iso_code = factory.LazyAttribute(free_iso_code)
    summary = "Resumen del perfil de país."


class ThemePageFactory(PortalPageFactory):
    class Meta:
        model = ThemePage

    title = factory.Sequence(lambda n: f"Tema {n}")
    summary = "Resumen del tema."


class CaseStudyPageFactory(PortalPageFactory):
    class Meta:
        model = CaseStudyPage

    title = factory.Sequence(lambda n: f"Buena práctica {n}")
    institution = "Instituto de Seguridad Social"
    implemented_since = 2015
    summary = "<p>Resumen de la buena práctica.</p>"


class ResourcePageFactory(PortalPageFactory):
    """A resource; ``documents=[document, …]`` attaches files (``media.DocumentFactory``)."""

    class Meta:
        model = ResourcePage

    title = factory.Sequence(lambda n: f"Recurso {n}")
    resource_type = ResourceType.choices[0][0]
    year = 2020
    document_language = "es"
    summary = "<p>Resumen del recurso.</p>"


class NewsPageFactory(PortalPageFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"Noticia {n}")
    date = datetime.date(2026, 1, 15)
    summary = "Resumen de la noticia."


class EventPageFactory(PortalPageFactory):
    """An all-day online event; ``location=…, online=False`` for one in a place; ``start_time``,
    ``end_time`` and ``time_zone`` for a timed one."""

    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Evento {n}")
    date = datetime.date(2026, 1, 15)
    event_type = EventType.choices[0][0]
    start_date = datetime.date(2026, 3, 2)
    end_date = datetime.date(2026, 3, 6)
    online = True
