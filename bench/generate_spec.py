"""The language-neutral model of ``bench.generate``: constants, the page spec and placed rows."""

import datetime
import uuid
from dataclasses import dataclass, field

from bench import text

# Translation keys of generated pages derive from this namespace (and mark a generated database).
BENCH_NAMESPACE = uuid.UUID("0d3c8f6e-3a57-4f0b-9a43-6c1e2b7d5a10")
LANGUAGES = text.LANGUAGES
SOURCE = "es"
# Shares of the pages that are not country or theme pages.
SHARES = {"case_study": 0.25, "resource": 0.25, "news": 0.23, "event": 0.12, "standard": 0.15}
ALIAS_SHARE = 0.08  # en/fr copies that stay untranslated aliases
DRAFT_SHARE = 0.02  # case studies, resources and news never published
NESTED_SHARE = 0.3  # standard pages under another standard page
OWNED_TREE_WEIGHT = 10  # the specialist's trees get this many times the share of standard pages
BATCH = 500
DEMO_INDEXES = {
    "country": "countries",
    "theme": "themes",
    "case_study": "casestudies",
    "resource": "resources",
    "news": "news",
    "event": "news",
}


class GenerateError(Exception):
    pass


def bench_key(index):
    return uuid.uuid5(BENCH_NAMESPACE, f"page-{index}")


@dataclass
class Spec:
    """One generated page, language-neutral: its es, en and fr versions are built from it."""

    index: int
    kind: str
    parent: tuple  # ("demo", key) or ("spec", index)
    level: int
    plan: text.Plan
    created_at: datetime.datetime
    owner: str = "editor"
    live: bool = True
    aliases: frozenset = frozenset()
    countries: list = field(default_factory=list)  # ("demo", key) / ("spec", index) refs
    themes: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)

    @property
    def translation_key(self):
        return bench_key(self.index)


@dataclass
class Placed:
    """A page row in one locale, as children need it."""

    pk: int
    path: str
    depth: int
    url_path: str
    numchild: int
    new_children: int = 0
