"""The page explorer without queries per row: gaps in wagtail-localize's and Wagtail's listing buttons.

Each row of Wagtail's page explorer renders a "More" menu built by the
``register_page_listing_more_buttons`` hooks, page by page. Two of them query the
database for every row:

- wagtail-localize (``wagtail_localize.wagtail_hooks.page_listing_more_buttons``, 1.14)
  asks, for "Translate this page", whether a locale still lacks a translation (one query),
  and for "Sync translated pages" looks up the page's ``TranslatableObject`` and
  ``TranslationSource`` and whether the source has enabled translations (one to three
  queries). Upstream: no issue filed yet; Wagtail's own simple_translation solved the
  same with a queryset annotation (wagtail/wagtail#12226).
- Wagtail (``PagePermissionTester.can_delete``, used by the "Move" and "Delete" buttons)
  asks whether any page of the row's subtree is live, or not owned by the user, whenever
  the user may edit but not publish there (specialists, translators): one or two queries.

Here, through Wagtail's own extension points only:

- ``annotate_listing`` adds what those buttons need to the explorer's queryset
  (``construct_explorer_page_queryset`` hook), as three subqueries of the one listing query;
- ``listing_buttons`` builds a row's buttons as Wagtail's ``page_listing_buttons`` tag
  does, except that an annotated row's "More" menu is an ``AnnotatedMoreButtons``:
  Wagtail's dropdown of that hook's buttons in which ``listing_more_buttons`` answers for
  wagtail-localize's function (the same buttons, URLs and priorities, read from the
  annotations). Wagtail's tag evaluates every dropdown before any hook may replace it, so
  the explorer's row template is overridden (``templates/wagtailadmin/pages/listing/
  _page_title_explore.html``, Wagtail's own with that one tag changed, the
  ``explorer_row_buttons`` tag of ``editorial_tags``). Wagtail's hook registry is left as
  it is: wagtail-localize's function stays registered and serves every other caller;
- ``ListingPagePermissionTester`` is Wagtail's tester, answering ``can_delete`` /
  ``can_move`` from the row (``live``, ``owner``, ``numchild``) whenever the row alone
  settles it, which for a leaf or a live page it always does; it is given to each row
  that ``listing_more_buttons`` sees.

Wagtail's ``PagePermissionPolicy.explorable_instances`` (which pages a user may browse in
the explorer) ORs one queryset per permission row, one per permission type, so a
specialist's tree appears once for "add" and once for "change", plus one ancestor
queryset per row: 36 conditions for three trees in three languages, built with dozens of
queryset unions, then compiled and planned for each of the listing's queries
(wagtail/wagtail#14593; the fix proposed in wagtail/wagtail#14594 was not merged).
``ExplorerPagePermissionPolicy.explorable_instances`` builds the same filter once, each
subtree and ancestor once; ``register_policy`` registers it for ``Page`` with Wagtail's
``register_permission_policy`` (every caller asks ``policy_registry`` for Page's policy).

tests/editorial/test_explorer_listing.py checks that the buttons and the permission
answers match the libraries' own, and that the explorer's queries do not grow with its
rows; tests/editorial/test_upstream_gaps.py fails when upstream closes these gaps.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.widgets import Button, ButtonWithDropdownFromHook, ListingButton
from wagtail.models import Locale, Page, PagePermissionTester
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy
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


class AnnotatedMoreButtons(ButtonWithDropdownFromHook):
    """Wagtail's "More" menu of a listing row, with ``listing_more_buttons`` answering for wagtail-localize's."""

    @cached_property
    def dropdown_buttons(self):
        buttons = []
        for hook in hooks.get_hooks(self.hook_name):
            if hook is wagtail_localize_more_buttons:
                hook = listing_more_buttons
            for button in hook(page=self.page, user=self.user, next_url=self.next_url):
                # Hooks may return buttons or menu items, as in Wagtail's own dropdown.
                if isinstance(button, MenuItem):
                    if button.is_shown(self.user):
                        buttons.append(Button.from_menu_item(button))
                elif button.show:
                    buttons.append(button)
        return buttons


def listing_buttons(context, page, user, next_url=None):
    """Wagtail's ``page_listing_buttons`` tag (its buttons, then ``construct_page_listing_buttons``) for one row.

    The same as Wagtail 8.0's, except that an annotated row's "More" menu is an
    ``AnnotatedMoreButtons``: Wagtail's tag asks every dropdown whether it has buttons
    before any hook could replace it, which is what runs wagtail-localize's per-row queries.
    Used by the portal's copy of ``wagtailadmin/pages/listing/_page_title_explore.html``.
    """
    next_url = next_url or context["request"].path
    annotated = is_annotated(page)
    buttons = []
    for hook in hooks.get_hooks("register_page_listing_buttons"):
        for button in hook(page=page, next_url=next_url, user=user):
            if annotated and type(button) is ButtonWithDropdownFromHook and button.hook_name == HOOK_NAME:
                button = AnnotatedMoreButtons(
                    button.label,
                    hook_name=button.hook_name,
                    page=button.page,
                    user=button.user,
                    next_url=button.next_url,
                    classname=button.classname,
                    icon_name=button.icon_name,
                    attrs=button.attrs,
                    priority=button.priority,
                )
            if isinstance(button, MenuItem):
                if button.is_shown(user):
                    buttons.append(ListingButton.from_menu_item(button))
            elif button.show:
                buttons.append(button)
    buttons.sort()
    for hook in hooks.get_hooks("construct_page_listing_buttons"):
        hook(buttons, page=page, user=user, context=context)
    return {"page": page, "buttons": buttons}


EXPLORE_ACTIONS = {"add", "change", "publish", "lock", "unlock", "bulk_delete"}


class ExplorerPagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page permission policy, building ``explorable_instances`` as one filter."""

    def explorable_instances(self, user):
        """``PagePermissionPolicy.explorable_instances(user)``: the same pages, as one filter.

        The subtrees the user has an explore permission on (each once), the ancestors of every
        page the user has any permission on, all within their first common ancestor. A
        superuser, an inactive user or a user without page permissions gets Wagtail's own.
        """
        if self._base_queryset_for_user(user) is not None:
            return super().explorable_instances(user)
        permissions = list(self.get_cached_permissions_for_user(user))
        if not permissions:
            return super().explorable_instances(user)
        codenames = self._get_permission_codenames(EXPLORE_ACTIONS)
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
        common = self.model.base_page_model.objects.first_common_ancestor_of([p.page for p in permissions])
        return self.model._default_manager.filter(condition).filter(path__startswith=common.path)


def register_policy():
    """Make ``ExplorerPagePermissionPolicy`` the policy Wagtail finds for pages (``EditorialConfig.ready``)."""
    register_permission_policy(Page, ExplorerPagePermissionPolicy(Page))


def page_policy():
    """The permission policy Wagtail uses for pages (this module's, once registered)."""
    return policy_registry.get_by_type(Page)


@hooks.register("construct_explorer_page_queryset")
def annotate_explorer(parent_page, pages, request):
    return annotate_listing(pages)
