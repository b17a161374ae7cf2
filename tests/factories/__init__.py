"""Factories for tests that build their own data instead of loading the demo content.

A typical scene (the ``trees`` fixture of tests/conftest.py gives the first line)::

    from tests.factories import CountryPageFactory, SpecialistFactory, build_trees, translate

    trees = build_trees()                         # es/en/fr homes + section index pages, site, roles, workflow
    ecuador = trees.add(CountryPageFactory, "countries", title="Ecuador", iso_code="EC",
                        fr={"title": "Équateur"})  # {"es": page, "en": page, "fr": page}
    event = EventPageFactory(parent=trees.section("news"), countries=[ecuador["es"]])
    french_event = translate(event, "fr", title="Cours à Lima")
    specialist = SpecialistFactory(owns=[ecuador["es"]])

Modules: ``locales`` (es/en/fr), ``pages`` (one factory per page type), ``trees`` (the
language trees and the site), ``translations`` (wagtail-localize translations and
aliases), ``media`` (images, documents), ``people`` (users per role, ownership, workflow),
``glossary`` (glossary terms). Mark a module that uses only these with
``pytestmark = [pytest.mark.django_db, pytest.mark.factories]``: the session then skips
the demo load when no collected test needs it (tests/conftest.py). Everything here also
works with the demo content loaded in the same session; never assume an empty database.
"""

from tests.factories.comments import CommentFactory, ReportFactory
from tests.factories.communities import (
    CommunityIndexPageFactory,
    CommunityPageFactory,
    CommunitySubPageFactory,
    MembershipFactory,
    member_of,
)
from tests.factories.glossary import GlossaryTermFactory
from tests.factories.locales import LANGUAGES, LocaleFactory, locales, sync_locales
from tests.factories.media import DocumentFactory, ImageFactory
from tests.factories.members import MemberFactory
from tests.factories.pages import (
    CaseStudyIndexPageFactory,
    CaseStudyPageFactory,
    CountryIndexPageFactory,
    CountryPageFactory,
    EventPageFactory,
    HomePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    RegionIndexPageFactory,
    RegionPageFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
    StandardPageFactory,
    ThemeIndexPageFactory,
    ThemePageFactory,
)
from tests.factories.people import (
    EditorFactory,
    ModeratorFactory,
    ReviewerFactory,
    SpecialistFactory,
    TranslatorFactory,
    UserFactory,
    accounts,
    editorial,
    own,
    review,
    submit,
)
from tests.factories.translations import alias, sync_new_page, translate
from tests.factories.trees import Trees, build_trees

__all__ = [
    "LANGUAGES",
    "CaseStudyIndexPageFactory",
    "CommentFactory",
    "CaseStudyPageFactory",
    "CommunityIndexPageFactory",
    "CommunityPageFactory",
    "CommunitySubPageFactory",
    "CountryIndexPageFactory",
    "CountryPageFactory",
    "DocumentFactory",
    "EditorFactory",
    "EventPageFactory",
    "GlossaryTermFactory",
    "HomePageFactory",
    "ImageFactory",
    "LocaleFactory",
    "MembershipFactory",
    "MemberFactory",
    "ModeratorFactory",
    "NewsIndexPageFactory",
    "NewsPageFactory",
    "RegionIndexPageFactory",
    "RegionPageFactory",
    "ReportFactory",
    "ResourceIndexPageFactory",
    "ResourcePageFactory",
    "ReviewerFactory",
    "SpecialistFactory",
    "StandardPageFactory",
    "ThemeIndexPageFactory",
    "ThemePageFactory",
    "TranslatorFactory",
    "Trees",
    "UserFactory",
    "accounts",
    "alias",
    "build_trees",
    "editorial",
    "locales",
    "member_of",
    "own",
    "review",
    "submit",
    "sync_locales",
    "sync_new_page",
    "translate",
]
