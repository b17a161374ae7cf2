"""Template tags shared by every page: navigation, languages, breadcrumbs."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page

register = template.Library()


def _home_for_active_language(request):
    """The live home page of the active language (cached on the request)."""
    cache = getattr(request, "_portal_home_pages", None)
    if cache is None:
        from home.models import HomePage

        cache = {page.locale.language_code: page for page in HomePage.objects.live().select_related("locale")}
        request._portal_home_pages = cache
    return cache


@register.simple_tag(takes_context=True)
def home_page(context):
    request = context["request"]
    homes = _home_for_active_language(request)
    return homes.get(get_language()) or homes.get(settings.LANGUAGE_CODE)


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The sections under the home page of the active language, in menu order."""
    home = home_page(context)
    if home is None:
        return []
    return home.get_children().live().public().in_menu()


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One entry per language for the language switcher and hreflang links.

    For a page, each entry links to the same page in that language when a live
    translation exists; otherwise it is marked unavailable and links to that
    language's home page. Other views link to the same URL in each language.
    """
    request = context["request"]
    current = get_language()
    homes = _home_for_active_language(request)
    translations = {}
    if isinstance(page, Page) and page.pk:
        for translation in (
            Page.objects.live().public().filter(translation_key=page.translation_key).select_related("locale")
        ):
            translations[translation.locale.language_code] = translation
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        entry = {
            "code": code,
            "name": info["name_local"][:1].upper() + info["name_local"][1:],
            "current": code == current,
            "available": True,
        }
        if isinstance(page, Page) and page.pk:
            target = translations.get(code)
            if target is not None:
                entry["url"] = target.get_url(request)
                entry["full_url"] = target.get_full_url(request)
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


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    ancestors = page.get_ancestors().filter(depth__gt=1) if page.depth > 2 else Page.objects.none()
    return {"ancestors": ancestors, "page": page, "request": context["request"]}


@register.simple_tag
def active_locale():
    return Locale.get_active()


@register.filter
def page_type_name(page):
    """The human name of a page's type, in the active language ("Case study", "Ressource"…)."""
    model = page.specific_class or type(page)
    return str(model._meta.verbose_name)[:1].upper() + str(model._meta.verbose_name)[1:]
