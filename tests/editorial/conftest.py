"""Fixtures for the editorial tests: the demo's accounts and trees, small, built with tests/factories.

``scene`` (built once per module, rolled back after it) holds the pages the cases work on, named
by the demo content keys and titled as in the demo, each in es/en/fr (wagtail-localize
translations), and one account per role named as the demo accounts (tests/factories
``accounts``): the specialist owns the Belgium, Ecuador and Peru trees. ``scene_page(key,
language)`` reads a page afresh; a section key ("countries", "news") gives its index page and
"home" the home page. The user fixtures below need a module marked ``factories``; a module that
stays on the demo content (test_admin_languages.py) defines its own.

The countries take ISO codes the demo does not use (Belgium is "LU" here): country codes are
unique per language, and the demo may be loaded in the same session.
"""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from editorial.models import OwnedTree
from editorial.roles import SPECIALISTS
from tests.factories import (
    CountryPageFactory,
    EventPageFactory,
    NewsPageFactory,
    RegionPageFactory,
    StandardPageFactory,
    ThemePageFactory,
    accounts,
)
from tests.factories.trees import SECTIONS, fresh

# key: (factory, parent: a section key or "home", {language: title}, other fields), in creation order.
SCENE = {
    "region-europe": (RegionPageFactory, "regions", {"es": "Europa", "en": "Europe", "fr": "Europe"}, {}),
    "region-americas": (
        RegionPageFactory,
        "regions",
        {
            "es": "América Latina y el Caribe",
            "en": "Latin America and the Caribbean",
            "fr": "Amérique latine et Caraïbes",
        },
        {},
    ),
    "country-be": (
        CountryPageFactory,
        "countries",
        {"es": "Bélgica", "en": "Belgium", "fr": "Belgique"},
        {"iso_code": "LU", "region": "region-europe"},
    ),
    "country-ec": (
        CountryPageFactory,
        "countries",
        {"es": "Ecuador", "en": "Ecuador", "fr": "Équateur"},
        {"iso_code": "UY", "region": "region-americas"},
    ),
    "country-pe": (
        CountryPageFactory,
        "countries",
        {"es": "Perú", "en": "Peru", "fr": "Pérou"},
        {"iso_code": "PY", "region": "region-americas"},
    ),
    "country-cl": (
        CountryPageFactory,
        "countries",
        {"es": "Chile", "en": "Chile", "fr": "Chili"},
        {"iso_code": "AR", "region": "region-americas"},
    ),
    "country-zm": (
        CountryPageFactory,
        "countries",
        {"es": "Zambia", "en": "Zambia", "fr": "Zambie"},
        {"iso_code": "ZW"},
    ),
    "theme-floor": (
        ThemePageFactory,
        "themes",
        {"es": "Piso de protección social", "en": "Social protection floor", "fr": "Socle de protection sociale"},
        {},
    ),
    "theme-health": (ThemePageFactory, "themes", {"es": "Salud", "en": "Health", "fr": "Santé"}, {}),
    "news-campaign": (
        NewsPageFactory,
        "news",
        {
            "es": "Campaña Mundial sobre Seguridad Social y Cobertura para Todos",
            "en": "Global Campaign on Social Security and Coverage for All",
            "fr": "Campagne mondiale sur la sécurité sociale et la couverture pour tous",
        },
        {},
    ),
    "event-lima-course": (
        EventPageFactory,
        "news",
        {
            "es": "Curso sobre la extensión de la protección social",
            "en": "Course on extending social protection",
            "fr": "Cours sur l’extension de la protection sociale",
        },
        {
            "start_date": datetime.date(2008, 10, 20),
            "end_date": datetime.date(2008, 10, 31),
            "online": False,
            "location": "Lima",
            "countries": ["country-ec", "country-pe", "country-cl", "country-be"],
            "themes": ["theme-floor", "theme-health"],
        },
    ),
    "about": (
        StandardPageFactory,
        "home",
        {"es": "Acerca de", "en": "About", "fr": "À propos"},
        {"show_in_menus": True},
    ),
}
OWNED_BY_THE_SPECIALIST = ("country-be", "country-ec", "country-pe")


def spanish(pages, value):
    """A field value of SCENE: a key (or a list of keys) stands for the Spanish page(s) built before."""
    if isinstance(value, list):
        return [pages[key]["es"] for key in value]
    return pages[value]["es"] if isinstance(value, str) and value in pages else value


@pytest.fixture(scope="module")
def scene(trees):
    """{key: {language: page}} of SCENE, and the role accounts (the specialist owns Belgium, Ecuador, Peru)."""
    pages = {}
    for key, (factory, parent, titles, fields) in SCENE.items():
        fields = {name: spanish(pages, value) for name, value in fields.items()}
        parent = trees.home() if parent == "home" else parent
        pages[key] = trees.add(
            factory, parent, title=titles["es"], en={"title": titles["en"]}, fr={"title": titles["fr"]}, **fields
        )
    accounts(owns=[pages[key]["es"] for key in OWNED_BY_THE_SPECIALIST])
    return pages


@pytest.fixture
def scene_page(trees, scene):
    """``scene_page(key, language="es")``: a page of the scene, a section index or "home", as it is now."""

    def find(key, language="es"):
        if key == "home":
            return trees.home(language)
        if key in SECTIONS:
            return trees.section(key, language)
        return fresh(scene[key][language])

    return find


def user(username):
    return get_user_model().objects.get(username=username)


@pytest.fixture
def specialist(scene):
    """Sofía the Specialist: owns the Belgium, Ecuador and Peru trees."""
    return user("specialist")


@pytest.fixture
def reviewer(scene):
    return user("reviewer")


@pytest.fixture
def second_reviewer(scene):
    other = get_user_model().objects.create_user("reviewer2", "reviewer2@example.org", "pw", first_name="Rita")
    other.groups.add(Group.objects.get(name="Reviewers"))
    return other


@pytest.fixture
def translator(scene):
    """Thérèse the Translator: English and French."""
    return user("translator")


@pytest.fixture
def editor(scene):
    return user("editor")


@pytest.fixture
def moderator(scene):
    return user("moderator")


@pytest.fixture
def chile_specialist(scene_page):
    """Another specialist, owner of the Chile tree (foreign to Sofía)."""
    other = get_user_model().objects.create_user("carla", "carla@example.org", "pw", first_name="Carla")
    other.groups.add(Group.objects.get(name=SPECIALISTS))
    tree = OwnedTree(root=scene_page("country-cl"))
    tree.save()
    tree.owners.add(other)
    return other


@pytest.fixture
def ecuador_tree(scene_page):
    return OwnedTree.objects.get(translation_key=scene_page("country-ec").translation_key)
