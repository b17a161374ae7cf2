"""A moderator's decision on a proposal: accept (a draft where it belongs) or reject (with a reason).

Accepting makes, in the source language's tree (Spanish: pages are written there first and
translated through wagtail-localize), a draft that a specialist or editor finishes and sends
through the normal "Moderated publishing" workflow:

- news → a news item, event → an event: in the country's tree when the member named a
  country (its owners write there), else in the news section;
- resource → a resource (in the country's tree or the resources section), with the uploaded
  file now a Wagtail document in the root collection;
- good practice → a good practice in the country's tree (or the good practices section);
- glossary term → a draft glossary term;
- suggested edit → no new page: the owners of the page's tree are told, with the suggestion.

The draft's owner is the moderator (members have no admin access). The owners of the tree
the draft lands in, or the Editors, are told by email; so is the member, at each step.
"""

import datetime

from django.conf import settings
from django.core.files import File
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page

from members import notify
from members.models import Proposal
from members.sanitise import rich_text_paragraphs
from portal import shared_data


class AlreadyDecided(Exception):
    """Another moderator decided on this proposal first."""


def _source_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def _in_source(page):
    if page is None:
        return None
    return page.get_translation_or_none(_source_locale()) or page


def _section(index_model):
    return index_model.objects.filter(locale=_source_locale()).order_by("path").first()


def _parent(proposal, page_class, index_model):
    country = _in_source(proposal.country.specific if proposal.country else None)
    if country is not None and getattr(page_class, "allowed_in_owned_trees", False):
        return country
    parent = _section(index_model)
    if parent is None:
        raise ValueError(f"No {index_model.__name__} in the source language tree")
    return parent


def _tag_country(page, proposal):
    country = _in_source(proposal.country)
    if country is not None and hasattr(page, "countries"):
        page.countries.add(country)


def _news(proposal):
    from news.models import NewsIndexPage, NewsPage

    page = NewsPage(
        title=proposal.title, summary="", body=rich_text_paragraphs(proposal.text), date=datetime.date.today()
    )
    return page, _parent(proposal, NewsPage, NewsIndexPage)


def _event(proposal):
    from news.models import EventPage, NewsIndexPage

    start = timezone.localtime(proposal.start, datetime.UTC)
    end = timezone.localtime(proposal.end, datetime.UTC)
    page = EventPage(
        title=proposal.title,
        body=rich_text_paragraphs(proposal.text),
        date=start.date(),
        event_type=proposal.details.get("event_type", "workshop"),
        start_date=start.date(),
        end_date=end.date(),
        start_time=start.time(),
        end_time=end.time(),
        time_zone="UTC",
        location=proposal.location,
        online=proposal.location.strip().lower() in {"online", "en línea", "en ligne"},
        registration_url=proposal.link,
    )
    return page, _parent(proposal, EventPage, NewsIndexPage)


def _resource(proposal):
    from resources.models import ResourceIndexPage, ResourcePage

    page = ResourcePage(
        title=proposal.title,
        summary=rich_text_paragraphs(proposal.text),
        resource_type=proposal.details.get("resource_type"),
        year=proposal.details.get("year") or timezone.now().year,
        authors=proposal.details.get("authors", ""),
    )
    return page, _parent(proposal, ResourcePage, ResourceIndexPage)


def _practice(proposal):
    from casestudies.models import CaseStudyIndexPage, CaseStudyPage

    details = proposal.details
    page = CaseStudyPage(
        title=proposal.title,
        institution=details.get("institution", ""),
        country=_in_source(proposal.country),
        implemented_since=details.get("implemented_since") or timezone.now().year,
        summary=rich_text_paragraphs(proposal.text),
        challenge=rich_text_paragraphs(details.get("challenge", "")),
        approach=rich_text_paragraphs(details.get("approach", "")),
        evaluation=rich_text_paragraphs(details.get("results", "")),
        lessons_learned=rich_text_paragraphs(details.get("lessons_learned", "")),
    )
    return page, _parent(proposal, CaseStudyPage, CaseStudyIndexPage)


BUILDERS = {Proposal.NEWS: _news, Proposal.EVENT: _event, Proposal.RESOURCE: _resource, Proposal.PRACTICE: _practice}


def _attach_document(page, proposal, moderator):
    from wagtail.documents import get_document_model

    from resources.models import ResourceDocument

    Document = get_document_model()
    with proposal.document.open("rb") as source:
        document = Document(title=proposal.title, uploaded_by_user=moderator)
        document.file.save(proposal.document.name.rpartition("/")[2], File(source), save=False)
        document.save()
    page.documents.add(ResourceDocument(document=document))


def _glossary_term(proposal, moderator):
    from themes.models import GlossaryTerm

    term = GlossaryTerm(
        term=proposal.title, definition=rich_text_paragraphs(proposal.text), locale=_source_locale(), live=False
    )
    term.save()
    term.save_revision(user=moderator)
    return term


def accept(proposal, moderator):
    """Accept ``proposal``: the draft page (or term) is made, everyone concerned is told. Returns the page or None."""
    with transaction.atomic():
        proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
        if proposal.state != Proposal.NEW:
            raise AlreadyDecided
        page = None
        if proposal.kind in BUILDERS:
            page, parent = BUILDERS[proposal.kind](proposal)
            page.live = False
            page.owner = moderator
            parent.add_child(instance=page)
            _tag_country(page, proposal)
            if proposal.kind == Proposal.RESOURCE and proposal.document:
                _attach_document(page, proposal, moderator)
            page.save()
            page.save_revision(user=moderator, log_action=True)
        elif proposal.kind == Proposal.GLOSSARY:
            _glossary_term(proposal, moderator)
        proposal.state = Proposal.ACCEPTED
        proposal.decided = timezone.now()
        proposal.decided_by = moderator
        proposal.created_page = page
        proposal.save()
    # Told once the decision is saved (a failure above leaves the proposal new and no one told).
    _tell_accepted(proposal, page if page is not None else (proposal.page.specific if proposal.page else None))
    return page


def _tell_accepted(proposal, page):
    notify.contributor(proposal, "accepted")
    if page is not None:
        notify.owners(proposal, page)


def reject(proposal, moderator, reason):
    with transaction.atomic():
        proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
        if proposal.state != Proposal.NEW:
            raise AlreadyDecided
        proposal.state = Proposal.REJECTED
        proposal.reason = reason
        proposal.decided = timezone.now()
        proposal.decided_by = moderator
        proposal.save()
    notify.contributor(proposal, "rejected")
    return proposal


def page_published(page):
    """A page made from a proposal went live (in any language, the first time): the member is told and credited."""
    proposal = (
        Proposal.objects.filter(
            state=Proposal.ACCEPTED, published__isnull=True, created_page__translation_key=page.translation_key
        )
        .select_related("member__user")
        .first()
    )
    if proposal is None:
        return
    proposal.published = timezone.now()
    proposal.save(update_fields=["published"])
    member_page = page
    if proposal.member is not None:
        localized = page.get_translation_or_none(Locale.objects.filter(language_code=proposal.member.language).first())
        if localized is not None and localized.live:
            member_page = localized
    transaction.on_commit(lambda: notify.contributor(proposal, "published", page=member_page))


#: The page types an accepted proposal becomes (the builders above): only these carry a credit.
CREDITED_TYPES = frozenset({"news.NewsPage", "news.EventPage", "resources.ResourcePage", "casestudies.CaseStudyPage"})


def credit_for(page):
    """Who to credit on ``page`` (any language version of a page made from an accepted proposal).

    ``{"member": pk or None, "name": …}`` or None. Every page renders this: the credits of the
    whole site are one query per change readers could see, kept as shared data (portal/shared_data.py).
    """
    if not isinstance(page, Page) or page.translation_key is None:
        return None
    if page._meta.label not in CREDITED_TYPES:  # no query for pages no proposal can make
        return None
    return _credits().get(str(page.translation_key))


def _credits():
    def build():
        credits = {}
        rows = (
            Proposal.objects.filter(state=Proposal.ACCEPTED, created_page__isnull=False)
            .select_related("member__user", "created_page")
            .only(
                "member__user__first_name",
                "member__user__last_name",
                "member__user__email",
                "created_page__translation_key",
            )
        )
        for proposal in rows:
            member = proposal.member
            credits[str(proposal.created_page.translation_key)] = {
                "member": member.pk if member else None,
                "name": member.display_name if member else None,
            }
        return credits

    return shared_data.remember("members:credits", build)
