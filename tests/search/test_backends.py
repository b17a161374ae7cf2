"""Per-language search backends: the setting from the environment, what each backend holds,
Elasticsearch/OpenSearch analysis and mappings (without a server), the shared database
table and the rebuild command. What a live engine does is in test_live_engine.py.

Its scene: a theme and a country in es/en/fr, a glossary term in each language, and enough
pages for the database index cases to reset and rebuild a corpus of more than 30 objects per
language and compare them language by language.
"""

import os
import re
from io import StringIO
from unittest import mock

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command
from django.test import override_settings
from environs import Env
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend, import_backend
from wagtail.search.models import IndexEntry

from observatory.models import Indicator
from qa.models import FaqEntry
from search.backends import backend_for, search_backends_setting
from tests.factories import CountryPageFactory, GlossaryTermFactory, StandardPageFactory, ThemePageFactory, translate
from tests.factories.trees import fresh
from themes.models import GlossaryTerm, ThemePage

pytestmark = [pytest.mark.django_db, pytest.mark.only_engine("database"), pytest.mark.factories]

SERVER_VARIABLES = [
    f"{server}_{name}"
    for server in ("ELASTICSEARCH", "OPENSEARCH")
    for name in ("URL", "INDEX_PREFIX", "TIMEOUT", "USER", "PASSWORD")
]
LANGUAGE_CODES = ["es", "en", "fr"]
PAGES_PER_LANGUAGE = 24  # with the trees' home and section pages, the theme and the country: 33


@pytest.fixture(scope="module", autouse=True)
def scene(trees):
    """{"theme": {language: page}, "country": {language: page}}; a glossary term in each language
    and PAGES_PER_LANGUAGE standard pages below each home page."""
    theme = trees.add(
        ThemePageFactory,
        "themes",
        title="Salud zorbaxia",
        en={"title": "Zorbaxia health"},
        fr={"title": "Santé zorbaxie"},
    )
    country = trees.add(CountryPageFactory, "countries", title="Zorbélgica", iso_code="LU", fr={"title": "Zorbelgique"})
    term = GlossaryTermFactory(term="zorbaxia sanitaria", theme=theme["es"])
    translate(term, "en", term="zorbaxia health care")
    translate(term, "fr", term="zorbaxie sanitaire")
    for language in LANGUAGE_CODES:
        home = trees.home(language)
        for number in range(PAGES_PER_LANGUAGE):
            StandardPageFactory(parent=home, title=f"Zorbaxia {language} {number}")
    return {"theme": theme, "country": country}


def scene_page(scene, key, language):
    return fresh(scene[key][language])


SEARCH_SERVER = bool(os.environ.get("ELASTICSEARCH_URL") or os.environ.get("OPENSEARCH_URL"))
database_index = pytest.mark.skipif(
    SEARCH_SERVER, reason="the database index is not in use when ELASTICSEARCH_URL or OPENSEARCH_URL is set"
)


def setting_from(monkeypatch, **variables):
    """WAGTAILSEARCH_BACKENDS for an environment holding only ``variables`` (of the search ones)."""
    for name in SERVER_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    return search_backends_setting(Env())


def build(conf):
    """The backend object for one entry of the setting, as ``get_search_backend`` builds it."""
    return import_backend(conf["BACKEND"])(dict(conf))


# --- The setting ------------------------------------------------------------------------
def test_the_database_by_default(monkeypatch):
    backends = setting_from(monkeypatch)
    assert list(backends) == ["default", "en", "fr"]
    assert {alias: conf["LANGUAGE"] for alias, conf in backends.items()} == {"default": "es", "en": "en", "fr": "fr"}
    assert {conf["BACKEND"] for conf in backends.values()} == {"search.backends.database_backend"}
    assert [conf["SEARCH_CONFIG"] for conf in backends.values()] == ["portal_es", "portal_en", "portal_fr"]


def test_the_portal_settings_have_one_backend_per_language_with_spanish_as_default():
    backends = settings.WAGTAILSEARCH_BACKENDS
    assert list(backends) == ["default", "en", "fr"]
    assert backends["default"]["LANGUAGE"] == settings.LANGUAGE_CODE == "es"
    assert get_search_backend().language == "es"
    assert get_search_backend("fr").language == "fr"


def test_elasticsearch_from_the_environment(monkeypatch):
    backends = setting_from(
        monkeypatch,
        ELASTICSEARCH_URL="https://search.example.org:9243",
        ELASTICSEARCH_USER="portal",
        ELASTICSEARCH_PASSWORD="secret",
    )
    # The admin's "default" holds every language; each language has its own backend, Spanish included.
    assert list(backends) == ["default", "es", "en", "fr"]
    for language, conf in zip(["all", *LANGUAGE_CODES], backends.values(), strict=True):
        assert conf["BACKEND"] == "search.backends.elasticsearch_backend"
        assert conf["LANGUAGE"] == language
        assert conf["UNLOCALIZED"] == (language == "all")
        assert conf["URLS"] == ["https://search.example.org:9243"]
        assert conf["INDEX_PREFIX"] == f"portal_{language}_"
        assert conf["TIMEOUT"] == 2
        assert conf["OPTIONS"] == {"max_retries": 0, "retry_on_timeout": False, "basic_auth": ("portal", "secret")}
    backend = build(backends["fr"])
    assert backend.timeout == 2
    client = backend.es  # what each request of the client carries
    assert client._headers["authorization"] == "Basic cG9ydGFsOnNlY3JldA=="  # portal:secret
    assert (client._request_timeout, client._max_retries, client._retry_on_timeout) == (2, 0, False)
    assert backend.get_index_for_model(ThemePage).name == "portal_fr_wagtailcore_page"
    assert backend.get_index_for_model(Image).name == "portal_fr_wagtailimages_image"


def test_opensearch_from_the_environment(monkeypatch):
    backends = setting_from(
        monkeypatch,
        OPENSEARCH_URL="http://127.0.0.1:9200",
        OPENSEARCH_INDEX_PREFIX="site_",
        OPENSEARCH_TIMEOUT="0.5",
        OPENSEARCH_USER="portal",
        OPENSEARCH_PASSWORD="secret",
    )
    conf = backends["en"]
    assert conf["BACKEND"] == "search.backends.opensearch_backend"
    assert conf["INDEX_PREFIX"] == "site_en_"
    assert conf["TIMEOUT"] == 0.5
    assert conf["OPTIONS"] == {"max_retries": 0, "retry_on_timeout": False, "http_auth": ("portal", "secret")}
    backend = build(conf)
    assert backend.get_index_for_model(ThemePage).name == "site_en_wagtailcore_page"
    [connection] = backend.es.transport.connection_pool.connections
    assert connection.headers["authorization"] == "Basic cG9ydGFsOnNlY3JldA=="  # portal:secret


@pytest.mark.parametrize(
    "variables",
    [
        {"ELASTICSEARCH_URL": "http://127.0.0.1:9200", "OPENSEARCH_URL": "http://127.0.0.1:9201"},
        {"ELASTICSEARCH_URL": "http://127.0.0.1:9200", "ELASTICSEARCH_USER": "portal"},
    ],
)
def test_contradictory_environments_are_refused(monkeypatch, variables):
    with pytest.raises(ImproperlyConfigured):
        setting_from(monkeypatch, **variables)


@pytest.mark.parametrize(
    ("code", "alias"),
    [("es", "default"), ("en", "en"), ("fr", "fr"), ("fr-ca", "fr"), ("EN", "en"), ("de", "default"), ("", "default")],
)
def test_backend_for(code, alias):
    assert backend_for(code) == alias


@pytest.mark.parametrize(
    ("code", "alias"),
    [("es", "es"), ("en", "en"), ("fr", "fr"), ("fr-ca", "fr"), ("ES", "es"), ("de", "default"), ("", "default")],
)
def test_backend_for_on_a_search_server(monkeypatch, code, alias):
    """On a search server the public search of each language, Spanish included, has its own index."""
    with override_settings(WAGTAILSEARCH_BACKENDS=setting_from(monkeypatch, ELASTICSEARCH_URL="http://127.0.0.1:9")):
        assert backend_for(code) == alias


# --- What each backend holds ------------------------------------------------------------
def test_each_backend_holds_its_own_locale_and_the_default_holds_images_and_documents(scene):
    backends = {code: get_search_backend(backend_for(code)) for code in LANGUAGE_CODES}
    for code in LANGUAGE_CODES:
        page = scene_page(scene, "theme", code)
        term = GlossaryTerm.objects.filter(locale__language_code=code).first()
        assert [other for other, backend in backends.items() if backend.holds(page)] == [code]
        assert [other for other, backend in backends.items() if backend.holds(term)] == [code]
    assert [code for code, backend in backends.items() if backend.holds(Image(title="x"))] == ["es"]
    assert [code for code, backend in backends.items() if backend.holds(Document(title="x"))] == ["es"]


# --- Elasticsearch and OpenSearch, without a server -------------------------------------
SERVERS = [("ELASTICSEARCH_URL", "Elasticsearch9SearchBackend"), ("OPENSEARCH_URL", "OpenSearch3SearchBackend")]
STEMMERS = {"es": "light_spanish", "en": "english", "fr": "light_french"}
STOPWORDS = {"es": "_spanish_", "en": "_english_", "fr": "_french_"}


def server_backends(monkeypatch, variable):
    backends = setting_from(monkeypatch, **{variable: "http://127.0.0.1:9"})
    return {conf["LANGUAGE"]: build(conf) for conf in backends.values()}


@pytest.mark.parametrize(("variable", "base"), SERVERS)
def test_each_language_has_its_analyzer_as_the_index_default(monkeypatch, variable, base):
    backends = server_backends(monkeypatch, variable)
    assert list(backends) == ["all", *LANGUAGE_CODES]
    for language, backend in backends.items():
        if language == "all":
            continue  # the admin's index: the next test
        assert base in [cls.__name__ for cls in type(backend).__mro__]
        analysis = backend.settings["settings"]["analysis"]
        default = analysis["analyzer"]["default"]
        assert default["tokenizer"] == "standard"
        chain = default["filter"]
        assert chain.index("lowercase") < chain.index("portal_stop") < chain.index("asciifolding")
        assert chain[-1] == "portal_stemmer"
        assert analysis["filter"]["portal_stemmer"] == {"type": "stemmer", "language": STEMMERS[language]}
        assert analysis["filter"]["portal_stop"] == {"type": "stop", "stopwords": STOPWORDS[language]}
        assert ("portal_elision" in chain) == (language == "fr")
        # Every filter is built in or defined; a custom elision filter needs its articles.
        assert set(chain) <= {"lowercase", "asciifolding", *analysis["filter"]}
        if language == "fr":
            assert {"l", "d", "qu"} <= set(analysis["filter"]["portal_elision"]["articles"])
        assert ("portal_possessive" in chain) == (language == "en")
        # Wagtail's own analyzers for autocomplete stay.
        assert {"ngram_analyzer", "edgengram_analyzer", "portal_folding"} <= set(analysis["analyzer"])
        assert analysis["analyzer"]["portal_folding"]["filter"] == ["lowercase", "asciifolding"]


@pytest.mark.parametrize(("variable", "base"), SERVERS)
def test_the_admin_index_folds_accents_without_stemming_any_language(monkeypatch, variable, base):
    backend = server_backends(monkeypatch, variable)["all"]
    analysis = backend.settings["settings"]["analysis"]
    assert analysis["analyzer"]["default"] == {
        "type": "custom",
        "tokenizer": "standard",
        "filter": ["lowercase", "asciifolding"],
    }
    assert "portal_stemmer" not in analysis["filter"]
    assert {"ngram", "edgengram"} <= set(analysis["filter"])  # Wagtail's autocomplete filters stay
    assert backend.get_index_for_model(ThemePage).name == "portal_all_wagtailcore_page"


@pytest.mark.parametrize(("variable", "base"), SERVERS)
def test_on_a_search_server_the_admin_index_holds_everything_and_each_language_its_own(
    monkeypatch, scene, variable, base
):
    """Wagtail's admin searches "default": there it finds pages and terms of every language, images and documents."""
    backends = server_backends(monkeypatch, variable)
    for code in LANGUAGE_CODES:
        page = scene_page(scene, "theme", code)
        term = GlossaryTerm.objects.filter(locale__language_code=code).first()
        assert [name for name, backend in backends.items() if backend.holds(page)] == ["all", code]
        assert [name for name, backend in backends.items() if backend.holds(term)] == ["all", code]
        assert set(backends["all"].indexed_objects(ThemePage)) == set(ThemePage.objects.all())
        assert set(backends[code].indexed_objects(ThemePage)) == set(
            ThemePage.objects.filter(locale__language_code=code)
        )
    for unlocalized in (Image(title="x"), Document(title="x")):
        assert [name for name, backend in backends.items() if backend.holds(unlocalized)] == ["all"]
    assert not backends["es"].indexed_objects(Image).exists()

    admin = backends["all"]
    sent = []
    monkeypatch.setattr(type(admin), "bulk", lambda self, client, actions, index: sent.extend(actions))
    index = admin.get_index_for_model(ThemePage)
    index.es = mock.Mock()
    pages = [scene_page(scene, "theme", code) for code in LANGUAGE_CODES]
    index.add_items(ThemePage, pages)
    assert [action["_id"] for action in sent] == [str(page.pk) for page in pages]


@pytest.mark.parametrize(("variable", "base"), SERVERS)
def test_page_mapping_leaves_text_to_the_language_analyzer(monkeypatch, variable, base):
    backend = server_backends(monkeypatch, variable)["fr"]
    properties = backend.mapping_class(ThemePage).get_mapping()["properties"]
    assert properties["title"]["type"] == "text"
    assert "analyzer" not in properties["title"]  # so the index's "default" (French) analyzer applies
    assert "analyzer" not in properties["themes_themepage__summary"]
    assert properties["_all_text"] == {"type": "text"}
    assert properties["title_edgengrams"] == {
        "type": "text",
        "analyzer": "edgengram_analyzer",
        "search_analyzer": "portal_folding",
    }
    assert properties["locale_id_filter"] == {"type": "integer"}


@pytest.mark.parametrize(("variable", "base"), SERVERS)
def test_creating_an_index_sends_the_language_settings(monkeypatch, variable, base):
    backend = server_backends(monkeypatch, variable)["es"]
    index = backend.get_index_for_model(ThemePage)
    index.es = mock.Mock()
    index.put()
    kwargs = index.es.indices.create.call_args.kwargs
    assert kwargs["index"] == "portal_es_wagtailcore_page"
    sent = kwargs.get("settings") or kwargs["body"]["settings"]
    assert sent["analysis"]["filter"]["portal_stemmer"]["language"] == "light_spanish"
    assert "default" in sent["analysis"]["analyzer"]


@pytest.mark.parametrize(("variable", "base"), SERVERS)
def test_a_server_index_takes_only_its_language(monkeypatch, scene, variable, base):
    backend = server_backends(monkeypatch, variable)["fr"]
    sent = []
    monkeypatch.setattr(type(backend), "bulk", lambda self, client, actions, index: sent.extend(actions))
    index = backend.get_index_for_model(ThemePage)
    index.es = mock.Mock()
    spanish, french = scene_page(scene, "theme", "es"), scene_page(scene, "theme", "fr")
    index.add_items(ThemePage, [spanish, french])
    assert [action["_id"] for action in sent] == [str(french.pk)]
    index.add_item(spanish)
    index.es.index.assert_not_called()
    index.add_item(french)
    assert index.es.index.call_args.kwargs["id"] == str(french.pk)


# --- The shared database table ----------------------------------------------------------
def objects_of(language):
    locale = Locale.objects.get(language_code=language)
    return [
        *Page.objects.filter(locale=locale),
        *GlossaryTerm.objects.filter(locale=locale),
        *Indicator.objects.filter(locale=locale),
        *FaqEntry.objects.filter(locale=locale),
    ]


def rows_for(objects):
    """How many of ``objects`` have their row in the database index."""
    from django.contrib.contenttypes.models import ContentType

    keys = {
        (obj.content_type_id if isinstance(obj, Page) else ContentType.objects.get_for_model(obj).pk, str(obj.pk))
        for obj in objects
    }
    rows = IndexEntry.objects.filter(object_id__in={object_id for _ct, object_id in keys})
    return sum((ct, object_id) in keys for ct, object_id in rows.values_list("content_type_id", "object_id"))


@database_index
def test_resetting_one_language_keeps_the_other_languages_rows():
    counts = {code: rows_for(objects_of(code)) for code in LANGUAGE_CODES}
    assert min(counts.values()) > 30
    get_search_backend("en").reset_indexes()
    assert rows_for(objects_of("en")) == 0
    assert rows_for(objects_of("es")) == counts["es"]
    assert rows_for(objects_of("fr")) == counts["fr"]


@database_index
def test_rebuilding_one_language_restores_it_and_leaves_the_others(scene):
    counts = {code: rows_for(objects_of(code)) for code in LANGUAGE_CODES}
    get_search_backend("fr").reset_indexes()
    call_command("rebuild_search_index", "--language", "fr", stdout=StringIO())
    assert rows_for(objects_of("fr")) == len(objects_of("fr"))
    assert rows_for(objects_of("es")) == counts["es"]
    assert rows_for(objects_of("en")) == counts["en"]
    french = scene_page(scene, "country", "fr")
    assert french.pk in {page.pk for page in get_search_backend("fr").search("Zorbelgique", Page.objects.live())}


# --- The rebuild command ----------------------------------------------------------------
@database_index
def test_rebuild_reports_the_objects_of_each_language():
    out = StringIO()
    call_command("rebuild_search_index", stdout=out)
    lines = out.getvalue().splitlines()
    for code in LANGUAGE_CODES:
        locale = Locale.objects.get(language_code=code)
        pages = Page.objects.filter(locale=locale).count()
        terms = GlossaryTerm.objects.filter(locale=locale).count()
        indicators = Indicator.objects.filter(locale=locale).count()
        entries = FaqEntry.objects.filter(locale=locale).count()
        others = Image.objects.count() + Document.objects.count() if code == "es" else 0
        total = pages + terms + indicators + entries + others
        line = lines.pop(0)
        assert f"{code}: {total} objects indexed ({pages} pages, {terms} glossary terms" in line
        assert (f"{indicators} indicators" in line) == bool(indicators)
        assert rows_for(objects_of(code)) == pages + terms + indicators + entries
    assert lines == []


@database_index
def test_wagtails_update_index_gives_each_language_only_its_own_objects():
    """Wagtail's command, as its documentation says to run it: true counts, every row back."""
    get_search_backend("fr").reset_indexes()
    out = StringIO()
    call_command("update_index", stdout=out)
    indexed = dict(re.findall(r"^(\w+): indexed (\d+) objects$", out.getvalue(), re.M))
    expected = {}
    for code in LANGUAGE_CODES:
        count = len(objects_of(code)) + (Image.objects.count() + Document.objects.count() if code == "es" else 0)
        expected[backend_for(code)] = str(count)
        assert rows_for(objects_of(code)) == len(objects_of(code))
    assert indexed == expected


def test_rebuild_of_an_unknown_language_names_the_valid_ones():
    with pytest.raises(CommandError, match=r"Unknown language 'de'\. Valid languages: es, en, fr\."):
        call_command("rebuild_search_index", "--language", "de", stdout=StringIO())


def test_rebuild_on_a_search_server_names_the_admin_index(monkeypatch):
    backends = setting_from(monkeypatch, ELASTICSEARCH_URL="http://127.0.0.1:9")
    with (
        override_settings(WAGTAILSEARCH_BACKENDS=backends),
        pytest.raises(CommandError, match=r"Valid languages: all, es, en, fr\."),
    ):
        call_command("rebuild_search_index", "--language", "de", stdout=StringIO())


@database_index
def test_rebuild_of_one_language_reports_only_it():
    out = StringIO()
    call_command("rebuild_search_index", "--language", "en", stdout=out)
    assert [line.split(":")[0] for line in out.getvalue().splitlines()] == ["en"]
