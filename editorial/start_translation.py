"""Translators start translations into their own languages.

wagtail-localize's "Translate this page" (``SubmitPageTranslationView``, 1.14) needs the
site-wide ``wagtail_localize.submit_translation`` permission and, in the portal
(``localize_permissions``), the right to edit the source page: it lets its user pick any
locale and overwrite any translation, so it is for those who own the source. A
translator holds neither right, so a French translator who opens a page without a
French translation yet met "no permission".

This view is the translators' way in, narrower than wagtail-localize's: one page into
one locale. It is allowed when either

- the user is in the "Translators (<locale>)" group of that locale and may edit the
  page's place in that locale's tree (the alias that mirrors the source there, or,
  without one, the parent's translation): translators start translations into their own
  languages, of any page of their tree, and nothing else; or
- the user may use wagtail-localize's own view for that page (the submit permission and
  the right to edit the source), so the translation-status report and the dashboard can
  offer the same one-click start to everyone.

It creates the translation with wagtail-localize's ``TranslationCreator`` (what its own
view runs), converting the alias into a translated draft, and opens the translation
editor. The source page is never changed. Buttons lead here from the alias's edit page
(``templates/wagtail_localize/admin/edit_translatable_alias.html``), the page header and
the explorer's "More" menu (``translate_buttons``), the translation-status report and the
dashboard's "To translate" panel.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.actions.copy_for_translation import ParentNotTranslatedError
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.widgets import ListingButton
from wagtail.models import Locale, Page
from wagtail_localize.operations import TranslationCreator

from editorial.localize_permissions import user_can_edit
from editorial.roles import SUBMIT_TRANSLATION, translators_group_name

# Cached on the user object (one per request) by ``translator_locales``.
_CACHE = "_editorial_translator_locale_ids"


def translator_locales(user):
    """{locale id: language code} of the locales ``user`` translates into (their "Translators (xx)" groups).

    Two queries, once per request (kept on the user object).
    """
    if not user.is_authenticated or not user.is_active:
        return {}
    if not hasattr(user, _CACHE):
        names = {
            translators_group_name(code): (pk, code) for pk, code in Locale.objects.values_list("pk", "language_code")
        }
        groups = user.groups.filter(name__in=names).values_list("name", flat=True)
        setattr(user, _CACHE, dict(names[name] for name in groups))
    return getattr(user, _CACHE)


def source_of(page):
    """The page a translation of ``page`` is made from: an alias is translated from the page it mirrors."""
    return page.alias_of.specific if page.alias_of_id else page.specific


def existing_translation(source, locale):
    """The translation of ``source`` in ``locale`` (not an alias), or None."""
    return source.get_translations().filter(locale=locale, alias_of__isnull=True).first()


def place_in_locale(source, locale):
    """The page of ``locale``'s tree whose edit right lets a translator start there: the alias, else the parent."""
    alias = source.get_translations().filter(locale=locale).first()
    if alias is not None:
        return alias
    parent = source.get_parent()
    return parent.get_translations(inclusive=True).filter(locale=locale).first() if parent else None


def may_start_translation(user, source, locale):
    """Whether ``user`` may start the translation of ``source`` (not an alias) into ``locale``."""
    if source.is_root() or source.alias_of_id or locale.pk == source.locale_id:
        return False
    if locale.pk in translator_locales(user):
        place = place_in_locale(source, locale)
        if place is not None and place.permissions_for_user(user).can_edit():
            return True
    return user.has_perm(SUBMIT_TRANSLATION) and user_can_edit(user, source)


def start_url(page, locale):
    """The URL of this view for ``page`` (or its alias) into ``locale``."""
    return reverse("editorial_start_translation", args=[page.alias_of_id or page.pk, locale.language_code])


def start_translation(request, page_id, language_code):
    """GET: what will happen, and a button; POST: create the translation and open its editor."""
    source = source_of(get_object_or_404(Page, pk=page_id))
    locale = get_object_or_404(Locale, language_code=language_code)
    if source.is_root() or locale.pk == source.locale_id:
        raise Http404
    existing = existing_translation(source, locale)
    if existing is not None:
        messages.info(
            request,
            _("“%(title)s” already has a translation into %(language)s.")
            % {"title": source.get_admin_display_title(), "language": locale.get_display_name()},
        )
        return redirect("wagtailadmin_pages:edit", existing.pk)
    if not may_start_translation(request.user, source, locale):
        raise PermissionDenied
    if request.method == "POST":
        try:
            with transaction.atomic():
                TranslationCreator(request.user, [locale]).create_translations(source)
        except ParentNotTranslatedError:
            messages.error(
                request,
                _("Translate the page above it into %(language)s first.") % {"language": locale.get_display_name()},
            )
            return redirect(request.path)
        target = existing_translation(source, locale)
        messages.success(
            request,
            _("The translation of “%(title)s” into %(language)s has started. It stays a draft until it is reviewed.")
            % {"title": source.get_admin_display_title(), "language": locale.get_display_name()},
        )
        return redirect("wagtailadmin_pages:edit", target.pk)
    return TemplateResponse(
        request,
        "editorial/start_translation.html",
        {
            "source": source,
            "locale": locale,
            "page_title": _("Translate into %(language)s") % {"language": locale.get_display_name()},
            "back_url": get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"),
        },
    )


def translate_buttons(page, user, view_name=None, next_url=None):
    """ "Translate this page" for a translator, on an alias of their language (no query per row)."""
    language_code = translator_locales(user).get(page.locale_id)
    if not page.alias_of_id or language_code is None:
        return
    yield ListingButton(
        gettext_lazy("Translate this page"),
        reverse("editorial_start_translation", args=[page.alias_of_id, language_code]),
        priority=60,
        icon_name="wagtail-localize-language",
    )


urlpatterns = [
    path(
        "editorial/translate/<int:page_id>/<str:language_code>/",
        start_translation,
        name="editorial_start_translation",
    )
]
