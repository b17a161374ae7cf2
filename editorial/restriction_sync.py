"""View restrictions hold for every language version of a page, whichever language they were set in.

A view restriction (groups, login or shared password) is Wagtail's ``PageViewRestriction``
row on one page; it covers that page and the pages below it, in that page's tree only. The
English and French versions of a Spanish page are other pages in other trees, so a
restriction set on ``/es/paises/tanzania/`` alone left ``/en/countries/tanzania/`` and
``/fr/pays/tanzanie/`` open, and listed in their search, listings and sitemap.

Here the rows are kept in step across the *translation group*: the pages that share the
page's ``translation_key`` (one per language) and their aliases (a locale's placeholder
copy, or an alias in the same tree). Whenever a restriction is created, changed (type,
password, groups) or deleted on any of them, every other page of the group is given the same
restrictions (same type, same password, same groups), and loses any other. A page created
later as a translation or alias of a restricted page (``copy_for_translation_done``: the
locale synchronisation's aliases and wagtail-localize's translations) gets its source's.
Because these are ordinary Wagtail rows, Wagtail's serve check, ``.public()``, search
filtering, the portal's listings, menus, sitemap, the page cache and shared data (whose
generation every saved or deleted restriction bumps, ``portal/invalidation.py``) all agree.

``sync_all()`` brings existing restrictions in step (``manage.py setup_editorial`` runs it on
each deployment): for each group whose pages disagree, the source-language page's
restrictions win when it has any, otherwise the union of what the other pages carry
(never opening a page that was closed).
"""

import contextvars

from django.db import transaction
from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.signals import copy_for_translation_done

_syncing = contextvars.ContextVar("portal_restriction_sync", default=False)
# Pages being deleted: their restrictions go with them, which must not free their translations.
_deleting_pages = contextvars.ContextVar("portal_restriction_sync_deleting", default=frozenset())


def translation_group(page):
    """The pages that must share ``page``'s restrictions: its translations and their aliases (``page`` included)."""
    keys = {page.translation_key}
    if page.alias_of_id:
        keys.update(Page.objects.filter(pk=page.alias_of_id).values_list("translation_key", flat=True))
    return Page.objects.filter(Q(translation_key__in=keys) | Q(alias_of__translation_key__in=keys))


def _signature(restriction):
    return (
        restriction.restriction_type,
        restriction.password or "",
        frozenset(group.pk for group in restriction.groups.all()),
    )


def _restrictions(page_ids):
    """Each page's restrictions, oldest first."""
    found = {pk: [] for pk in page_ids}
    rows = PageViewRestriction.objects.filter(page_id__in=page_ids).prefetch_related("groups").order_by("pk")
    for restriction in rows:
        found[restriction.page_id].append(restriction)
    return found


def _make_page_carry(page_id, existing, wanted):
    """Make the restrictions on ``page_id`` exactly ``wanted`` (signatures), reusing its rows; True if changed."""
    changed = False
    unmatched = []
    left = list(wanted)
    for restriction in existing:
        signature = _signature(restriction)
        if signature in left:
            left.remove(signature)
        else:
            unmatched.append(restriction)
    for kind, password, groups in left:
        restriction = unmatched.pop(0) if unmatched else PageViewRestriction(page_id=page_id)
        restriction.restriction_type = kind
        restriction.password = password
        restriction.save()
        restriction.groups.set(groups)
        changed = True
    for restriction in unmatched:
        restriction.delete()
        changed = True
    return changed


def _distinct(signatures):
    seen = []
    for signature in signatures:
        if signature not in seen:
            seen.append(signature)
    return seen


def mirror_from(page, only_unrestricted=False):
    """Give every page of ``page``'s translation group exactly ``page``'s restrictions; returns the pages changed.

    ``only_unrestricted``: leave the pages that carry restrictions alone (see ``restriction_saved``).
    """
    if _syncing.get():
        return []
    token = _syncing.set(True)
    try:
        with transaction.atomic():
            group_ids = list(translation_group(page).values_list("pk", flat=True))
            if page.pk not in group_ids:
                group_ids.append(page.pk)
            current = _restrictions(group_ids)
            wanted = _distinct(_signature(restriction) for restriction in current[page.pk])
            if only_unrestricted:
                group_ids = [page_id for page_id in group_ids if page_id == page.pk or not current[page_id]]
            return [page_id for page_id in group_ids if _make_page_carry(page_id, current[page_id], wanted)]
    finally:
        _syncing.reset(token)


def sync_all():
    """Bring every translation group's restrictions in step; returns the number of pages changed."""
    source_locale_id = Locale.get_default().pk
    restricted = Page.objects.filter(view_restrictions__isnull=False).distinct()
    done_keys = set()
    changed = 0
    for page in restricted.order_by("depth", "pk"):
        if page.translation_key in done_keys:
            continue
        group = list(translation_group(page).order_by("pk"))
        done_keys.update(member.translation_key for member in group)
        current = _restrictions([member.pk for member in group])
        source = next(
            (m for m in group if m.locale_id == source_locale_id and not m.alias_of_id and current[m.pk]), None
        )
        if source is not None:
            wanted = _distinct(_signature(r) for r in current[source.pk])
        else:
            wanted = _distinct(_signature(r) for member in group for r in current[member.pk])
        token = _syncing.set(True)
        try:
            with transaction.atomic():
                changed += sum(_make_page_carry(m.pk, current[m.pk], wanted) for m in group)
        finally:
            _syncing.reset(token)
    return changed


@receiver(post_save, sender=PageViewRestriction)
def restriction_saved(sender, instance, raw=False, **kwargs):
    """Mirror a saved restriction; a "groups" one whose groups are not set yet only closes open pages.

    Wagtail saves a restriction, then sets its groups (the Privacy dialog, and its copy of a
    page's restrictions onto a new translation): mirroring the group-less state would empty
    the groups of the translations' restrictions for a moment (and log edits that change
    nothing in the end). The groups arriving (``m2m_changed``) mirror the whole restriction.
    """
    if raw:
        return
    pending_groups = instance.restriction_type == PageViewRestriction.GROUPS and not instance.groups.exists()
    mirror_from(instance.page, only_unrestricted=pending_groups)


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def restriction_groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    from portal import invalidation

    invalidation.invalidate()  # who passes a restriction changed: nothing built before may be reused
    if reverse:  # group.pageviewrestriction_set.add(…)
        restrictions = PageViewRestriction.objects.filter(pk__in=pk_set or []).select_related("page")
        for restriction in restrictions:
            mirror_from(restriction.page)
    elif isinstance(instance, PageViewRestriction):
        mirror_from(instance.page)


@receiver(pre_delete)
def page_being_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        _deleting_pages.set(_deleting_pages.get() | {instance.pk})


@receiver(post_delete, sender=PageViewRestriction)
def restriction_deleted(sender, instance, **kwargs):
    if instance.page_id in _deleting_pages.get():
        return  # deleting one translation leaves the others' restrictions alone
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        mirror_from(page)


@receiver(copy_for_translation_done)
def translation_created(sender, source_obj, target_obj, **kwargs):
    """A new translation or alias carries the restrictions of its source (even under a restricted parent)."""
    if isinstance(source_obj, Page):
        mirror_from(source_obj)
