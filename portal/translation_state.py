"""The one rule for "is this page shown untranslated?", for a page and as a query.

A page shows another locale's text, and readers are told so (a notice, a language badge),
in two cases:

- an alias of a page of another locale: locale synchronization's placeholder for a page
  not translated yet;
- a placeholder someone has started to translate: wagtail-localize turns the alias into a
  page at once, but its live text stays the source's until the translation is approved,
  so it is live and has never had a revision published. The source language's own pages
  (``settings.LANGUAGE_CODE``) are never such placeholders.

An alias of a page of its own locale (a page shown in two places of one tree) is in its
own language: it is not untranslated, but it is a copy, and listings of every language
and the search show the original instead (``stand_in_q``).

``shown_language`` (a page, no query when its ``locale`` and ``alias_of__locale`` are
loaded) and ``untranslated_q`` (a queryset filter) answer the same for every live page;
tests/portal/test_translation_state.py checks that they agree.
"""

from django.conf import settings
from django.db.models import F, Q


def shown_language(page):
    """The language code of the text a reader sees on ``page`` when it is not a translation yet, else None."""
    if page.alias_of_id and page.alias_of.locale_id != page.locale_id:
        return page.alias_of.locale.language_code
    if page.live and page.live_revision_id is None and page.locale.language_code != settings.LANGUAGE_CODE:
        return settings.LANGUAGE_CODE
    return None


def is_untranslated(page):
    """True for a page that shows another language's text (see ``shown_language``)."""
    return shown_language(page) is not None


def _never_approved_q():
    return Q(live=True, live_revision__isnull=True) & ~Q(locale__language_code=settings.LANGUAGE_CODE)


def untranslated_q():
    """Pages that show another locale's text, as a filter: ``is_untranslated`` for a queryset."""
    other_locale_alias = Q(alias_of__isnull=False) & ~Q(alias_of__locale_id=F("locale_id"))
    return other_locale_alias | _never_approved_q()


def stand_in_q():
    """Pages that stand in for another page: untranslated pages and every alias (shown as their original)."""
    return Q(alias_of__isnull=False) | _never_approved_q()


def outdated_marks():
    """The editorial app's marks of translations whose source changed since (``editorial.outdated``), or None.

    The page machinery shows the mark to readers (the page frame, the "source updated" notice)
    but does not import the editorial app, which sits above it: the model is looked up by its
    label, as Django's own apps look up optional ones, and the notice disappears without it.
    """
    from django.apps import apps

    if not apps.is_installed("editorial"):
        return None
    return apps.get_model("editorial", "OutdatedTranslation").objects
