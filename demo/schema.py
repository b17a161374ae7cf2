"""The declared format of the demo content files (``demo/content/*.yaml``), as pydantic models.

One model per page type: which synchronized (``sync``) and translated (``es``/``en``/``fr``)
fields an entry may have, which it must have (the model field is not ``blank``) and of what
type. Nothing is coerced (``strict``) and nothing undeclared is accepted (``extra="forbid"``),
so a misspelt field or a number written as text is refused with the file, line and field
(``demo.files``). What a schema cannot say (the three languages have the same
structure, references point at pages defined earlier) is checked in ``demo.validate``.
Pure Python, no Django: ``tests/portal/test_demo_schema.py`` checks that every field declared
here exists on the Django model of its page type.
"""

import datetime
import operator
import re
from functools import reduce
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Discriminator, Field, Tag, TypeAdapter

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _slug(value):
    if not SLUG_RE.match(value):
        raise ValueError(f"{value!r} must be lowercase ASCII words joined by '-'")
    return value


def _date(value):
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a YYYY-MM-DD date") from None
    return value


def _time(value):
    try:
        datetime.time.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not an HH:MM time") from None
    return value


# A content key (stable identity of a page or term) and a reference to one.
Key = Annotated[str, AfterValidator(_slug)]
Slug = Annotated[str, AfterValidator(_slug)]
IsoDate = Annotated[str, AfterValidator(_date)]
IsoTime = Annotated[str, AfterValidator(_time)]
Title = Annotated[str, Field(min_length=1)]
# Rich text: paragraphs, "### " headings and bulleted lists (a list of strings).
RichText = list[str | list[str]]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


# --- StreamField blocks: one mapping per block, ``{block type: value}`` ---------------------
class PageLink(Strict):
    page: Key
    note: str = ""


class ExternalSource(Strict):
    title: Title
    url: str = ""
    publisher: str = ""
    year: int | None = None


class HeadingBlock(Strict):
    heading: Title


class ParagraphBlock(Strict):
    paragraph: RichText


class PageBlock(Strict):
    page: PageLink


class SourceBlock(Strict):
    source: ExternalSource


def _block_type(value):
    return next(iter(value)) if isinstance(value, dict) and len(value) == 1 else None


def _stream(*blocks):
    names = ", ".join(name for name, _model in blocks)
    block = Annotated[
        reduce(operator.or_, [Annotated[model, Tag(name)] for name, model in blocks]),
        Discriminator(
            _block_type,
            custom_error_type="block",
            custom_error_message=f"a block is a mapping with one key, the block type: one of {names}",
        ),
    ]
    return list[block]


StandardBody = _stream(("heading", HeadingBlock), ("paragraph", ParagraphBlock))
Sources = _stream(("page", PageBlock), ("source", SourceBlock))


# --- translated fields, per page type -------------------------------------------------------
class Texts(Strict):
    title: Title
    slug: Slug


class IndexTexts(Texts):
    intro: str = ""


class HomeTexts(IndexTexts):
    mission: RichText = []


class StandardTexts(IndexTexts):
    body: StandardBody = []


class RegionTexts(Texts):
    summary: str = ""
    body: RichText = []


class CountryTexts(Texts):
    summary: str = ""
    coverage: RichText = []
    initiatives: RichText = []
    expenditure_reviews: RichText = []
    legal_framework: RichText = []


class ThemeTexts(Texts):
    summary: str = ""
    synthesis: RichText = []
    policy_documents: Sources = []
    further_reading: Sources = []
    ongoing_projects: RichText = []
    training: RichText = []


class CaseStudyTexts(Texts):
    institution: Title
    award: str = ""
    summary: RichText = []
    challenge: RichText = []
    approach: RichText = []
    goals: RichText = []
    evaluation: RichText = []
    lessons_learned: RichText = []
    risks: RichText = []


class ResourceTexts(Texts):
    summary: RichText = []
    purpose: RichText = []
    methodology: RichText = []
    relevance: RichText = []
    coherence: RichText = []
    effectiveness: RichText = []
    efficiency: RichText = []
    sustainability: RichText = []
    lessons: RichText = []
    good_practices: RichText = []
    recommendations: RichText = []


class EventTexts(Texts):
    location: str = ""
    organisers: str = ""
    partners: str = ""
    summary: str = ""
    objective: RichText = []
    learning_outcomes: RichText = []
    body: RichText = []


class NewsTexts(Texts):
    summary: str = ""
    body: RichText = []


# --- synchronized fields (the same in every language), per page type ------------------------
class NoSync(Strict):
    pass


class CountrySync(Strict):
    iso_code: Annotated[str, Field(pattern=r"^[A-Z]{2}$")]
    region: Key | None = None
    last_reviewed: IsoDate | None = None
    specialist: str | None = None  # a username


class CaseStudySync(Strict):
    country: Key | None = None
    countries: list[Key] = []
    themes: list[Key] = []
    implemented_since: int


class ResourceSync(Strict):
    resource_type: Literal["publication", "tool", "legal_instrument", "evaluation", "dataset"]
    year: int
    document_language: Literal["es", "en", "fr", "other"]
    authors: str = ""
    reference: str = ""
    countries: list[Key] = []
    themes: list[Key] = []


class EventSync(Strict):
    event_type: Literal["course", "webinar", "workshop"]
    start_date: IsoDate
    end_date: IsoDate
    start_time: IsoTime | None = None
    end_time: IsoTime | None = None
    time_zone: str = ""
    online: bool
    registration_url: str = ""
    countries: list[Key] = []
    themes: list[Key] = []


class NewsSync(Strict):
    date: IsoDate
    countries: list[Key] = []
    themes: list[Key] = []


# page type (app_label.ModelName): (translated fields, synchronized fields)
PAGE_TYPES = {
    "home.HomePage": (HomeTexts, NoSync),
    "home.StandardPage": (StandardTexts, NoSync),
    "countries.CountryIndexPage": (IndexTexts, NoSync),
    "countries.RegionIndexPage": (IndexTexts, NoSync),
    "countries.RegionPage": (RegionTexts, NoSync),
    "countries.CountryPage": (CountryTexts, CountrySync),
    "themes.ThemeIndexPage": (IndexTexts, NoSync),
    "themes.ThemePage": (ThemeTexts, NoSync),
    "casestudies.CaseStudyIndexPage": (IndexTexts, NoSync),
    "casestudies.CaseStudyPage": (CaseStudyTexts, CaseStudySync),
    "resources.ResourceIndexPage": (IndexTexts, NoSync),
    "resources.ResourcePage": (ResourceTexts, ResourceSync),
    "news.NewsIndexPage": (IndexTexts, NoSync),
    "news.EventPage": (EventTexts, EventSync),
    "news.NewsPage": (NewsTexts, NewsSync),
    "observatory.ObservatoryPage": (IndexTexts, NoSync),
    "qa.FaqPage": (IndexTexts, NoSync),
}


def _page_entry(page_type, texts, sync):
    """The model of one page entry of ``page_type``."""
    return type(
        page_type.split(".")[1] + "Entry",
        (Strict,),
        {
            "__annotations__": {
                "key": Key,
                "type": Literal[page_type],
                "parent": Key | Literal[""],
                "sync": sync,
                "es": texts,
                "en": texts,
                "fr": texts,
            },
            "sync": Field(default_factory=sync),
        },
    )


PageEntry = Annotated[
    reduce(operator.or_, [_page_entry(name, *models) for name, models in PAGE_TYPES.items()]),
    Field(discriminator="type"),
]


class GlossaryTexts(Strict):
    term: Title
    synonyms: str = ""
    definition: RichText


class GlossarySync(Strict):
    theme: Key | None = None


class GlossaryEntry(Strict):
    key: Key
    sync: GlossarySync = Field(default_factory=GlossarySync)
    es: GlossaryTexts
    en: GlossaryTexts
    fr: GlossaryTexts


# What each kind of file holds.
PAGES_FILE = TypeAdapter(list[PageEntry])
GLOSSARY_FILE = TypeAdapter(list[GlossaryEntry])
FEATURED_FILE = TypeAdapter(list[Key])
