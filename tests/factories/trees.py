"""The three language trees of docs/architecture.md ("Page trees"), small.

``build_trees()`` makes a Spanish home page with the six section index pages, their
English and French translations (wagtail-localize, as the demo loader makes them),
points the default site at it, and sets up roles, workflow and locale synchronisation
(``people.editorial()``). It takes seconds (each translation saves, indexes and publishes
pages), so tests get it as the ``trees`` fixture, built once per test module and rolled
back after the module's last test (tests/conftest.py); each test's own changes are rolled
back after it. ``trees.home()`` and ``trees.section()`` read the pages afresh.

    trees.home("fr"), trees.section("resources", "en")      # the pages, by language
    trees.add(CountryPageFactory, "countries", title="Uruguay", iso_code="UY",
              en={"title": "Uruguay"}, fr={"title": "Uruguay"})  # {language: page}

It never assumes an empty database: the demo content may be loaded in the same session
(home slugs are unique; locales and the site are reused): never give a page an ISO code the
demo uses (BE, EC, PE, CL, BR, MX, TZ, ZM): country codes are unique per language.
"""

from dataclasses import dataclass, field

from django.conf import settings
from wagtail.models import Site

from tests.factories import pages
from tests.factories.locales import LANGUAGES, SOURCE_LANGUAGE, TARGET_LANGUAGES, locales
from tests.factories.translations import translate

HOME_TITLES = {
    "es": "Seguridad social para todos",
    "en": "Social security for all",
    "fr": "La sécurité sociale pour tous",
}
# key: (factory, {language: (title, slug)}), in menu order.
SECTIONS = {
    "countries": (
        pages.CountryIndexPageFactory,
        {"es": ("Países", "paises"), "en": ("Countries", "countries"), "fr": ("Pays", "pays")},
    ),
    "regions": (
        pages.RegionIndexPageFactory,
        {"es": ("Regiones", "regiones"), "en": ("Regions", "regions"), "fr": ("Régions", "regions")},
    ),
    "themes": (
        pages.ThemeIndexPageFactory,
        {"es": ("Temas", "temas"), "en": ("Themes", "themes"), "fr": ("Thèmes", "themes")},
    ),
    "casestudies": (
        pages.CaseStudyIndexPageFactory,
        {
            "es": ("Buenas prácticas", "buenas-practicas"),
            "en": ("Good practices", "good-practices"),
            "fr": ("Bonnes pratiques", "bonnes-pratiques"),
        },
    ),
    "resources": (
        pages.ResourceIndexPageFactory,
        {"es": ("Recursos", "recursos"), "en": ("Resources", "resources"), "fr": ("Ressources", "ressources")},
    ),
    "news": (
        pages.NewsIndexPageFactory,
        {
            "es": ("Noticias y eventos", "noticias-y-eventos"),
            "en": ("News and events", "news-and-events"),
            "fr": ("Actualités et événements", "actualites-et-evenements"),
        },
    ),
}


@dataclass
class Trees:
    homes: dict  # language: HomePage
    sections: dict = field(default_factory=dict)  # section key: {language: index page}
    site: Site = None

    def home(self, language=SOURCE_LANGUAGE):
        """The home page in ``language``, fresh from the database (a test may have changed it)."""
        return fresh(self.homes[language])

    def section(self, key, language=SOURCE_LANGUAGE):
        """The index page of section ``key`` ("countries", "news", …) in ``language``, fresh."""
        return fresh(self.sections[key][language])

    def add(self, factory, parent, languages=TARGET_LANGUAGES, **fields):
        """A page made by ``factory`` below ``parent`` (a section key or a Spanish page), translated.

        ``en={…}``/``fr={…}`` give the texts of each translation (others keep the Spanish
        text); ``languages=()`` leaves it untranslated. Returns ``{language: page}``.
        """
        texts = {code: fields.pop(code, {}) for code in TARGET_LANGUAGES}
        if isinstance(parent, str):
            parent = self.section(parent)
        source = factory(parent=parent, **fields)
        versions = {SOURCE_LANGUAGE: source}
        for code in languages:
            versions[code] = translate(source, code, **texts[code])
        return versions


def fresh(page):
    """``page`` as the database has it now (trees are shared by the tests of a module)."""
    return type(page).objects.get(pk=page.pk)


def point_default_site_at(home):
    """The default site (localhost) serves ``home``'s tree, as ``load_demo_content`` sets it."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=settings.WAGTAIL_SITE_NAME
        )
    site.root_page = home
    site.save()
    return site


def remove_placeholder_home():
    """Delete Wagtail's "Welcome to your new Wagtail site!" page, as the demo loader does
    (``portal/demo/loader.py``): left in the Spanish root, locale synchronisation would give it
    English and French aliases that every translator's dashboard counts as pages to translate."""
    from wagtail.models import Page

    for page in Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore"):
        if not page.get_children().exists():
            page.delete()


def build_trees(languages=LANGUAGES, editorial=True):
    """The home page and section index pages in ``languages`` (Spanish always), served by the default site."""
    from tests.factories.people import editorial as set_up_editorial

    locales()
    home = pages.HomePageFactory(title=HOME_TITLES[SOURCE_LANGUAGE])
    trees = Trees(homes={SOURCE_LANGUAGE: home})
    for key, (factory, names) in SECTIONS.items():
        title, slug = names[SOURCE_LANGUAGE]
        trees.sections[key] = {SOURCE_LANGUAGE: factory(parent=home, title=title, slug=slug)}
    for code in languages:
        if code == SOURCE_LANGUAGE:
            continue
        trees.homes[code] = translate(home, code, title=HOME_TITLES[code], slug=f"{home.slug}-{code}")
        for key, versions in trees.sections.items():
            title, slug = SECTIONS[key][1][code]
            versions[code] = translate(versions[SOURCE_LANGUAGE], code, title=title, slug=slug)
    trees.site = point_default_site_at(home)
    remove_placeholder_home()
    if editorial:
        set_up_editorial()
    return trees
