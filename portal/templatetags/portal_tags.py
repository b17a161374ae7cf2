"""Template tags shared by every page: navigation, languages, breadcrumbs."""

from html import unescape

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html, strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language, get_language_info, gettext, pgettext_lazy
from wagtail.models import Locale, Page

from portal import models as portal_models
from portal import page_urls, shared_data, sharing, translation_state
from portal import sections as sections_module
from portal.models import live_homes
from portal.page_frame import page_frame

register = template.Library()

# Language names as they read inside a sentence ("traduite en français", "traducida al
# español"); Django's own names are capitalised, as in a menu.
LANGUAGE_NAMES_IN_SENTENCE = {
    "es": pgettext_lazy("language name inside a sentence", "Spanish"),
    "en": pgettext_lazy("language name inside a sentence", "English"),
    "fr": pgettext_lazy("language name inside a sentence", "French"),
}


def language_name_local(code):
    """A language's name in that language, capitalised as in a menu ("Español", "Français")."""
    name = get_language_info(code)["name_local"]
    return name[:1].upper() + name[1:]


def language_name_in_sentence(code):
    """A language's name in the active language, as it reads inside a sentence."""
    return LANGUAGE_NAMES_IN_SENTENCE.get(code) or get_language_info(code)["name_translated"]


# The "untranslated" rule lives in portal/translation_state.py; these names are the templates' and tags'.
shown_language = translation_state.shown_language
is_untranslated_alias = translation_state.is_untranslated


def _page_versions(context, page):
    """The live, public pages sharing ``page``'s translation key, aliases included (``portal/page_frame.py``)."""
    return page_frame(page, home_page(context)).versions


@register.simple_tag(takes_context=True)
def home_page(context):
    homes = live_homes()
    return homes.get(get_language()) or homes.get(settings.LANGUAGE_CODE)


@register.simple_tag(takes_context=True)
def page_url(context, page):
    """``{% pageurl page %}`` for any page, plain ``Page`` objects included, without reversing URLs each time.

    Menus, breadcrumbs and language versions are plain pages, whose ``get_url`` is Wagtail's
    own; see ``portal/page_urls.py``.
    """
    if not isinstance(page, Page):
        raise ValueError(f"page_url expected a Page object, got {page!r}")
    return page_urls.page_url(page, context.get("request"))


@register.simple_tag(takes_context=True)
def related_sections(context):
    """The related content of a country, region or theme page: one list per tagged page type, as each declares.

    ``[{"heading", "items", "item_template"}]`` from the context's lists
    (``TagTargetMixin.get_tagged_content``), empty lists left out.
    """
    sections = []
    for model in portal_models.tagged_content_models():
        items = context.get(model.tagged_content_key)
        if items:
            sections.append(
                {"heading": model.tagged_content_heading, "items": items, "item_template": model.tagged_item_template}
            )
    return sections


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The sections under the home page of the active language, in menu order."""
    home = home_page(context)
    if home is None:
        return []
    return page_frame(context.get("page"), home).menu


@register.simple_tag
def shared_generation():
    """For Django's ``{% cache %}``: a fragment built from shared data only, keyed on this, follows every
    change readers could see (``portal/invalidation.py``). None: render it without keeping it."""
    return shared_data.fragment_generation()


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One entry per language for the language switcher and hreflang links.

    For a page, each entry links to the same page in that language when a live
    translation exists. When there is none, or only an alias showing the page of
    another language (a placeholder of locale synchronization), the entry is marked
    unavailable ("not translated yet", no hreflang alternate) and links to the alias,
    else to that language's home page. Other views link to the same URL in each language.
    """
    request = context["request"]
    current = get_language()
    homes = live_homes()
    translations = {}
    if isinstance(page, Page) and page.pk:
        for translation in _page_versions(context, page):
            translations[translation.locale.language_code] = translation
    links = []
    for code, _name in settings.LANGUAGES:
        entry = {
            "code": code,
            "name": language_name_local(code),
            "current": code == current,
            "available": True,
        }
        if isinstance(page, Page) and page.pk:
            target = translations.get(code)
            if target is not None and not is_untranslated_alias(target):
                entry["url"] = page_urls.page_url(target, request)
                entry["full_url"] = page_urls.full_page_url(target, request)
            elif target is not None:
                entry["available"] = False
                entry["url"] = page_urls.page_url(target, request)
            else:
                entry["available"] = False
                home = homes.get(code)
                entry["url"] = home.get_url(request) if home else f"/{code}/"
        else:
            entry["url"] = translate_url(request.get_full_path(), code)
            entry["full_url"] = request.build_absolute_uri(entry["url"])
        links.append(entry)
    return links


@register.simple_tag
def x_default(links):
    """The hreflang x-default target: the default language's version, else the first one."""
    available = [link for link in links if link["available"]]
    for link in available:
        if link["code"] == settings.LANGUAGE_CODE:
            return link["full_url"]
    return available[0]["full_url"] if available else ""


@register.inclusion_tag("includes/untranslated_notice.html", takes_context=True)
def untranslated_notice(context, page):
    """On an alias showing another language's page: say so, and link to the real versions.

    The notice is in the reader's language (the page's locale); the versions are the
    live pages of the same translation key that are not aliases, in settings.LANGUAGES order.
    """
    if not isinstance(page, Page) or not page.pk or not is_untranslated_alias(page):
        return {"show": False}
    request = context["request"]
    versions = {
        version.locale.language_code: version
        for version in _page_versions(context, page)
        if not is_untranslated_alias(version) and version.pk != page.pk
    }
    return {
        "show": True,
        "language": language_name_in_sentence(page.locale.language_code),
        "source": language_name_in_sentence(shown_language(page)),
        "versions": [
            {"code": code, "name": language_name_local(code), "url": page_urls.page_url(versions[code], request)}
            for code, _name in settings.LANGUAGES
            if code in versions
        ],
    }


@register.simple_tag
def content_lang(page):
    """` lang="es"` for the content of an alias showing a page of another language, else nothing."""
    if isinstance(page, Page) and page.pk and is_untranslated_alias(page):
        return format_html(' lang="{}"', shown_language(page))
    return ""


@register.simple_tag
def language_badge(item):
    """The language badge of a listing card whose ``listing_language`` is set (see ListingPageMixin)."""
    code = getattr(item, "listing_language", None)
    if not code:
        return ""
    return format_html('<span class="lang-badge" lang="{}">{}</span>', code, language_name_local(code))


@register.filter
def item_lang(item):
    """` lang="…"` for the title and summary of a listing card in another language than the page's."""
    code = getattr(item, "listing_language", None)
    if not code or code == get_language():
        return ""
    return format_html(' lang="{}"', code)


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    ancestors = []
    if page.depth > 2 and page.pk:
        ancestors = page_frame(page, home_page(context)).ancestors
    # The first step is the home page, named as the header names the portal.
    return {
        "ancestors": ancestors,
        "page": page,
        "request": context["request"],
        "site_name": settings.WAGTAIL_SITE_NAME,
    }


@register.simple_tag
def active_locale():
    return Locale.get_active()


@register.filter
def page_type_name(page):
    """What readers call a page's type, in the active language ("Good practice", "Ressource"…)."""
    return portal_models.page_type_name(page.specific_class or type(page))


@register.simple_tag
def meta_description(page, default=""):
    """The page's description for search engines and link previews: its search description,
    else its summary or introduction as plain text, shortened to about 200 characters."""
    text = ""
    if isinstance(page, Page):
        text = page.search_description or ""
        if not text and hasattr(page, "get_listing_summary"):
            text = str(page.get_listing_summary() or "")
    text = " ".join(strip_tags(text).split()) or str(default)
    return Truncator(unescape(text)).chars(200)


@register.simple_tag(takes_context=True)
def share_image(context, page):
    """The page's image for link previews (``portal/sharing.py``): ``{"url", "width", "height", "alt"}``, or None."""
    request = context.get("request")
    if not isinstance(page, Page) or request is None:
        return None
    return sharing.preview_image(page, request)


# OpenGraph names locales with a territory.
OG_LOCALES = {"es": "es_ES", "en": "en_GB", "fr": "fr_FR"}


@register.filter
def og_locale(language_code):
    """The OpenGraph locale of a language code ("fr" → "fr_FR")."""
    return OG_LOCALES.get(language_code, language_code)


@register.inclusion_tag("includes/toc.html")
def table_of_contents(sections, documents=False, related=False, glossary=False):
    """The table of contents of a long page: its text sections, then the lists it shows.

    ``documents``, ``related`` and ``glossary`` say whether the page shows those lists
    (their headings' ids are fixed in their templates).
    """
    before, after = [], []
    if documents:  # shown before the text sections
        before.append(("documents-heading", gettext("Documents")))
    if related:
        after.append(("related-heading", gettext("Related content")))
    if glossary:
        after.append(("glossary-heading", gettext("Glossary")))
    return {"entries": sections_module.table_of_contents(sections, before, after)}


@register.inclusion_tag("includes/source_updated_notice.html", takes_context=True)
def source_updated_notice(context, page):
    """On a translation whose Spanish source was published with changed text since: say when, link to it.

    "Changed text" is ``editorial.outdated``'s mark; whether a page has one is
    shared data (a publish renews it), so a kept page costs no query here.
    """
    # The page is in the active language (its tree's); no query for its locale.
    if not isinstance(page, Page) or not page.pk or get_language() == settings.LANGUAGE_CODE:
        return {"show": False}
    if is_untranslated_alias(page):
        return {"show": False}
    frame = page_frame(page, home_page(context))

    def build():
        if frame.outdated is not None:  # read with the page's frame
            return frame.outdated
        marks = translation_state.outdated_marks()
        return (
            marks is not None
            and marks.filter(
                translation__source__object_id=page.translation_key, translation__target_locale_id=page.locale_id
            ).exists()
        )

    outdated = shared_data.remember(f"outdated:{page.translation_key}:{page.locale_id}", build)
    if not outdated:
        return {"show": False}
    request = context["request"]
    source = next(
        (
            version
            for version in _page_versions(context, page)
            if version.locale.language_code == settings.LANGUAGE_CODE and not version.alias_of_id
        ),
        None,
    )
    if source is None or not source.last_published_at:
        return {"show": False}
    return {
        "show": True,
        "updated": source.last_published_at,
        "source_code": settings.LANGUAGE_CODE,
        "source_url": page_urls.page_url(source, request),
    }
