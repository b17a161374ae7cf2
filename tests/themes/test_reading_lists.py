"""Theme pages' reading lists: links to portal pages (C102, R202…) and outside sources, in every language."""

import importlib
import re

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StreamBlockValidationError
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from tests.factories import ResourcePageFactory, ThemePageFactory, translate
from themes.blocks import ExternalSourceBlock, ReadingListBlock

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

NOTES = {"es": "Parte II: asistencia médica", "en": "Part II: Medical care", "fr": "Partie II : soins médicaux"}
C102 = {
    "es": "Convenio sobre la seguridad social (norma mínima), 1952 (núm. 102)",
    "en": "Social Security (Minimum Standards) Convention, 1952 (No. 102)",
    "fr": "Convention (n° 102) concernant la sécurité sociale (norme minimum), 1952",
}
R202 = {
    "es": "Recomendación sobre los pisos de protección social, 2012 (núm. 202)",
    "en": "Social Protection Floors Recommendation, 2012 (No. 202)",
    "fr": "Recommandation sur les socles de protection sociale, 2012 (n° 202)",
}
REPORT = {
    "es": "Informe Mundial sobre la Protección Social, capítulo sobre la protección social de la salud",
    "en": "World Social Protection Report, chapter on social health protection",
    "fr": "Rapport mondial sur la protection sociale, chapitre sur la protection sociale de la santé",
}
PUBLISHER = {"es": "OIT", "en": "ILO", "fr": "BIT"}


def reading_lists(language, c102, r202):
    """The health theme's policy documents (two instrument pages, one outside source) and further reading."""
    return {
        "policy_documents": [
            {"type": "page", "id": "policy-1", "value": {"page": c102.pk, "note": NOTES[language]}},
            {"type": "page", "id": "policy-2", "value": {"page": r202.pk, "note": ""}},
            {
                "type": "source",
                "id": "policy-3",
                "value": {"title": "Convenio 130", "url": "", "publisher": PUBLISHER[language], "year": 1969},
            },
        ],
        "further_reading": [
            {
                "type": "source",
                "id": "reading-1",
                "value": {"title": REPORT[language], "url": "", "publisher": PUBLISHER[language], "year": None},
            }
        ],
    }


@pytest.fixture(scope="module")
def scene(trees):
    """The C102 and R202 resources and a health theme whose reading lists cite them, in es/en/fr."""
    c102 = trees.add(
        ResourcePageFactory, "resources", title=C102["es"], en={"title": C102["en"]}, fr={"title": C102["fr"]}
    )
    r202 = trees.add(
        ResourcePageFactory, "resources", title=R202["es"], en={"title": R202["en"]}, fr={"title": R202["fr"]}
    )
    theme = ThemePageFactory(
        parent=trees.section("themes"), title="Salud", **reading_lists("es", c102["es"], r202["es"])
    )
    health = {"es": theme}
    for language in ("en", "fr"):
        health[language] = translate(theme, language, **reading_lists(language, c102["es"], r202["es"]))
    return {"health": health, "c102": c102, "r202": r202}


@pytest.fixture
def page(scene):
    """``page(name, language)``: a page of the scene as the database has it now."""
    return lambda name, language="es": type(scene[name][language]).objects.get(pk=scene[name][language].pk)


conversion = importlib.import_module("themes.migrations.0004_reading_lists")


def section(html, anchor):
    match = re.search(rf'<h2 id="{anchor}">.*?</section>', html, re.S)
    assert match, f"no section {anchor}"
    return match.group(0)


@pytest.mark.parametrize(
    ("language", "note"),
    [("es", "Parte II: asistencia médica"), ("en", "Part II: Medical care"), ("fr", "Partie II : soins médicaux")],
)
def test_policy_documents_link_to_the_instrument_pages_in_the_readers_language(client, page, language, note):
    html = client.get(page("health", language).url).content.decode()
    policy = section(html, "section-policy-documents")
    c102, r202 = page("c102", language), page("r202", language)
    assert f'<a href="{c102.url}">{c102.title}</a>' in policy
    assert f'<a href="{r202.url}">{r202.title}</a>' in policy
    assert f'<span class="reading-list__note">{note}</span>' in policy
    # The other instruments are outside sources, cited without a link
    assert "<cite>" in policy


def test_further_reading_cites_outside_sources_with_publisher(client, page):
    html = client.get(page("health", "en").url).content.decode()
    reading = section(html, "section-further-reading")
    assert "ILO, <cite>World Social Protection Report, chapter on social health protection</cite>" in reading


def test_outside_source_with_a_link_and_year(client, page):
    theme = page("health", "fr")
    theme.further_reading = [
        {
            "type": "source",
            "value": {
                "title": "Rapport mondial",
                "url": "https://example.org/rapport",
                "publisher": "BIT",
                "year": 2021,
            },
        }
    ]
    theme.save_revision().publish()
    reading = section(client.get(theme.url).content.decode(), "section-further-reading")
    assert '<a href="https://example.org/rapport" rel="external">Rapport mondial' in reading
    assert "(hors de ce portail)" in reading and "(2021)" in reading and reading.count("BIT, ") == 1


def test_a_link_to_an_unpublished_page_is_not_shown(client, page):
    c102 = page("c102", "en")
    c102.unpublish()
    policy = section(client.get(page("health", "en").url).content.decode(), "section-policy-documents")
    assert c102.title not in policy
    assert page("r202", "en").title in policy


def test_translators_translate_notes_titles_and_publishers_not_pages_links_or_years(page):
    theme = page("health")
    theme.further_reading = [
        {
            "type": "source",
            "id": "b1",
            "value": {"title": "T", "url": "https://example.org/", "publisher": "P", "year": 2001},
        },
        {"type": "page", "id": "b2", "value": {"page": page("c102").pk, "note": "N"}},
    ]
    segments = [s for s in extract_segments(theme) if s.path.startswith("further_reading.")]
    strings = sorted(s.path.rsplit(".", 1)[1] for s in segments if isinstance(s, StringSegmentValue))
    assert strings == ["note", "publisher", "title"]
    # wagtail-localize keeps a chosen page (a translator may choose another); pages show its
    # version in their own language (ThemePage.get_reading_lists).
    overridable = sorted(s.path.rsplit(".", 1)[1] for s in segments if isinstance(s, OverridableSegmentValue))
    assert overridable == ["page", "url"]


@pytest.mark.parametrize(
    ("value", "field"),
    [
        ({"title": "", "url": "", "publisher": "", "year": None}, "title"),
        ({"title": "T", "url": "not a link", "publisher": "", "year": None}, "url"),
        ({"title": "T", "url": "", "publisher": "", "year": 3000}, "year"),
        ({"title": "T", "url": "", "publisher": "", "year": 1200}, "year"),
    ],
)
def test_bad_outside_sources_are_refused(value, field):
    block = ExternalSourceBlock()
    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python(value))
    assert field in error.value.block_errors


def test_a_page_link_needs_a_page():
    block = ReadingListBlock()
    with pytest.raises(StreamBlockValidationError):
        block.clean(block.to_python([{"type": "page", "value": {"page": None, "note": "x"}}]))


def test_migration_turns_rich_text_items_into_blocks():
    html = (
        "<ul><li>OIT, <i>Seguridad social: un nuevo consenso</i> (Ginebra, 2001).</li>"
        '<li><a linktype="page" id="42">Convenio núm. 102</a>, parte II</li>'
        '<li>Report <a href="https://example.org/r">online</a></li></ul><p>A paragraph</p>'
    )
    blocks = conversion.html_to_blocks(html, "key-1", "further_reading")
    assert [b["type"] for b in blocks] == ["source", "page", "source", "source"]
    assert blocks[0]["value"] == {
        "title": "Seguridad social: un nuevo consenso (Ginebra)",
        "url": "",
        "publisher": "OIT",
        "year": 2001,
    }
    # The link's words give way to the page's title, the rest is the note.
    assert blocks[1]["value"] == {"page": 42, "note": "parte II"}
    assert blocks[2]["value"]["url"] == "https://example.org/r"
    assert blocks[3]["value"]["title"] == "A paragraph"
    # A translation converted on its own gets the same block ids, item for item.
    again = conversion.html_to_blocks("<ul><li>ILO, other</li></ul>", "key-1", "further_reading")
    assert again[0]["id"] == blocks[0]["id"]
    assert conversion.html_to_blocks("", "key-1", "further_reading") == []
    # And back: each block is a list item again.
    assert conversion.blocks_to_html(blocks[:2], {42: "C102"}) == (
        "<ul><li>OIT, Seguridad social: un nuevo consenso (Ginebra) (2001)</li>"
        '<li><a linktype="page" id="42">C102</a>: parte II</li></ul>'
    )
    # and forwards again: the same values
    back = conversion.html_to_blocks(conversion.blocks_to_html(blocks[1:2], {42: "C102"}), "k", "f")
    assert back[0]["value"] == {"page": 42, "note": "parte II"}
