"""The page explorer without queries per row: gaps in wagtail-localize's and Wagtail's listing buttons.

Each row of Wagtail's page explorer renders a "More" menu built by the
``register_page_listing_more_buttons`` hooks, page by page. Two of them query the
database for every row:

- wagtail-localize (``wagtail_localize.wagtail_hooks.page_listing_more_buttons``, 1.14)
  asks, for "Translate this page", whether a locale still lacks a translation (one query),
  and for "Sync translated pages" looks up the page's ``TranslatableObject`` and
  ``TranslationSource`` and whether the source has enabled translations (one to three
  queries).
- Wagtail (``PagePermissionTester.can_delete``, used by the "Move" and "Delete" buttons)
  asks whether any page of the row's subtree is live, or not owned by the user, whenever
  the user may edit but not publish there (specialists, translators): one or two queries.

Here:

- ``annotate_listing`` adds what those buttons need to the explorer's queryset (through
  Wagtail's ``construct_explorer_page_queryset`` hook), as three subqueries of the one
  listing query;
- ``listing_more_buttons`` takes the place of wagtail-localize's hook function in
  Wagtail's hook registry (``install``): the same buttons, with the same URLs and
  priorities, read from those annotations (a page without them, e.g. from another
  listing, goes to wagtail-localize's own function);
- ``ListingPagePermissionTester`` is Wagtail's tester, answering ``can_delete`` /
  ``can_move`` from the row (``live``, ``owner``, ``numchild``) whenever the row alone
  settles it, which for a leaf or a live page it always does; it is given to each row
  that ``listing_more_buttons`` sees.

Wagtail's ``PagePermissionPolicy.explorable_instances`` (which pages a user may browse in
the explorer) ORs one queryset per permission row, one per permission type, so a
specialist's tree appears once for "add" and once for "change", plus one ancestor
queryset per row: 36 conditions for three trees in three languages, built with dozens of
queryset unions, then compiled and planned for each of the listing's queries. Here
``explorable_instances`` builds the same filter once, each subtree and ancestor once
(``install`` puts it on the class).

tests/editorial/test_explorer_listing.py checks that the buttons and the permission
answers match the libraries' own, and that the explorer's queries do not grow with its
rows; it fails if wagtail-localize's hook function is no longer registered as it was.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail.models import Locale, Page, PagePermissionTester
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize import wagtail_hooks as localize_hooks
from wagtail_localize.models import Translation, TranslationSource

HOOK_NAME = "register_page_listing_more_buttons"

# Set on each page of the explorer's queryset by ``annotate_listing``.
UNTRANSLATED = "_editorial_has_untranslated_locale"
SOURCE_ID = "_editorial_translation_source_id"
SOURCE_HAS_TRANSLATIONS = "_editorial_source_has_translations"


def annotate_listing(queryset):
    """What ``listing_more_buttons`` needs, as subqueries of the listing's own query."""
    page_type = ContentType.objects.get_for_model(Page)
    sources = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"), object__content_type=page_type, locale_id=OuterRef("locale_id")
    )
    return queryset.annotate(
        **{
            # A locale without a translation of the page (an alias is not a translation).
            UNTRANSLATED: Exists(
                Locale.objects.exclude(
                    id__in=Page.objects.filter(
                        translation_key=OuterRef(OuterRef("translation_key")), alias_of__isnull=True
                    ).values("locale_id")
                )
            ),
            SOURCE_ID: Subquery(sources.values("pk")[:1]),
            SOURCE_HAS_TRANSLATIONS: Exists(
                Translation.objects.filter(
                    source__object_id=OuterRef("translation_key"),
                    source__object__content_type=page_type,
                    source__locale_id=OuterRef("locale_id"),
                    enabled=True,
                )
            ),
        }
    )


def is_annotated(page):
    return hasattr(page, UNTRANSLATED) and hasattr(page, SOURCE_ID) and hasattr(page, SOURCE_HAS_TRANSLATIONS)


class ListingPagePermissionTester(PagePermissionTester):
    """Wagtail's page permission tester, answering ``can_delete`` from the row when the row settles it.

    Wagtail asks the database about the whole subtree; for a leaf the subtree is the page,
    and a live page (or one owned by someone else) settles "is any page here live (or not
    mine)?" by itself. Otherwise Wagtail's own ``can_delete`` answers.
    """

    def can_delete(self, ignore_bulk=False):
        answer = self._can_delete_from_row(ignore_bulk)
        return super().can_delete(ignore_bulk) if answer is None else answer

    def _can_delete_from_row(self, ignore_bulk):
        user, page, permissions = self.user, self.page, getattr(self, "permissions", set())
        if not user.is_active or self.page_is_root or user.is_superuser:
            return None  # Wagtail answers without a query
        leaf = page.is_leaf()
        if "bulk_delete" not in permissions and not leaf and not ignore_bulk:
            return None  # Wagtail refuses without a query
        if "change" in permissions:
            if "publish" in permissions:
                return None  # Wagtail allows without a query
            # Refused if any page of the subtree is live.
            if page.live:
                return False
            return True if leaf else None
        if "add" in permissions:
            mine = page.owner_id == user.pk
            if "publish" in permissions:
                # Allowed if every page of the subtree is mine.
                if not mine:
                    return False
                return True if leaf else None
            # Allowed if every page of the subtree is mine and not live.
            if page.live or not mine:
                return False
            return True if leaf else None
        return None


def use_listing_permission_tester(page):
    """Give ``page`` (one listing row) a ``permissions_for_user`` returning a ``ListingPagePermissionTester``.

    The row's columns and buttons ask for it about ten times; each user's tester is made once.
    """
    if type(page).permissions_for_user is not Page.permissions_for_user:
        return  # a page type with its own permission rules keeps them
    if "permissions_for_user" in vars(page):
        return
    testers = {}

    def permissions_for_user(user):
        key = (user.pk, user.is_active, user.is_superuser)
        if key not in testers:
            testers[key] = ListingPagePermissionTester(user, page)
        return testers[key]

    page.permissions_for_user = permissions_for_user


def listing_more_buttons(page, user, view_name=None, next_url=None):
    """wagtail-localize's "Translate this page" and "Sync translated pages" buttons, from the row's annotations."""
    if not is_annotated(page):
        yield from wagtail_localize_more_buttons(page, user, view_name=view_name, next_url=next_url)
        return
    use_listing_permission_tester(page)
    if page.is_root() or not user.has_perm("wagtail_localize.submit_translation"):
        return
    if getattr(page, UNTRANSLATED):
        # An alias is translated from the page it is an alias of.
        url = reverse("wagtail_localize:submit_page_translation", args=[page.alias_of_id or page.id])
        yield ListingButton(_("Translate this page"), url, priority=60, icon_name="wagtail-localize-language")
    source_id = getattr(page, SOURCE_ID)
    if source_id is not None and getattr(page, SOURCE_HAS_TRANSLATIONS):
        url = reverse("wagtail_localize:update_translations", args=[source_id])
        if next_url is not None:
            url += "?" + urlencode({"next": next_url})
        yield ListingButton(_("Sync translated pages"), url, priority=60, icon_name="resubmit")


wagtail_localize_more_buttons = localize_hooks.page_listing_more_buttons


EXPLORE_ACTIONS = {"add", "change", "publish", "lock", "unlock", "bulk_delete"}
wagtail_explorable_instances = PagePermissionPolicy.explorable_instances


def explorable_instances(policy, user):
    """``PagePermissionPolicy.explorable_instances(user)``: the same pages, as one filter.

    The subtrees the user has an explore permission on (each once), the ancestors of every
    page the user has any permission on, all within their first common ancestor. A
    superuser, an inactive user or a user without page permissions gets Wagtail's own.
    """
    if policy._base_queryset_for_user(user) is not None:
        return wagtail_explorable_instances(policy, user)
    permissions = list(policy.get_cached_permissions_for_user(user))
    if not permissions:
        return wagtail_explorable_instances(policy, user)
    codenames = policy._get_permission_codenames(EXPLORE_ACTIONS)
    subtrees = sorted({granted.page.path for granted in permissions if granted.permission.codename in codenames})
    steplen = Page.steplen
    ancestors = sorted(
        {
            permission.page.path[:end]
            for permission in permissions
            for end in range(steplen, len(permission.page.path), steplen)
        }
    )
    condition = Q(path__in=ancestors)
    for path in subtrees:
        condition |= Q(path__startswith=path)
    common = policy.model.base_page_model.objects.first_common_ancestor_of([p.page for p in permissions])
    return policy.model._default_manager.filter(condition).filter(path__startswith=common.path)


def install():
    """Put ``listing_more_buttons`` in the place of wagtail-localize's function in Wagtail's hook registry,
    and ``explorable_instances`` on Wagtail's page permission policy.

    Wagtail has no API to unregister a hook; its registry is a list of (function, order) per
    hook name, which ``hooks.register_temporarily`` also edits in place.
    """
    PagePermissionPolicy.explorable_instances = explorable_instances
    registered = hooks._hooks.get(HOOK_NAME, [])
    for index, (function, order) in enumerate(registered):
        if function is wagtail_localize_more_buttons:
            registered[index] = (listing_more_buttons, order)
            return True
    return any(function is listing_more_buttons for function, _order in registered)


@hooks.register("construct_explorer_page_queryset")
def annotate_explorer(parent_page, pages, request):
    return annotate_listing(pages)
