"""Countries and regions as the observatory names them.

Figures are keyed by ISO 3166-1 alpha-3 codes (the ILO's exports); a country page has the
alpha-2 code of the same country (``countries.CountryPage.iso_code``). A country's name is the
title of its live, public country page in the reader's language when there is one (then the
observatory links to it), otherwise the ISO 3166 name in that language (pycountry's catalogues).
A country page that is not live or is restricted is never named or linked: its title could be a
draft. Regions are the portal's region pages; a country belongs to the region its page names.
"""

import gettext
from dataclasses import dataclass
from functools import cache, lru_cache

import pycountry
from django.utils.translation import get_language
from wagtail.models import Site

from countries.models import CountryPage, RegionPage
from portal import shared_data
from portal.page_urls import path_url


@dataclass(frozen=True)
class Place:
    iso3: str
    name: str
    url: str = ""  # the live country page in the reader's language
    region_key: str = ""  # translation key of its region page


@lru_cache(maxsize=4096)  # pycountry's look-ups cost about 0.1 ms each; the observatory page makes hundreds
def iso2(iso3):
    country = pycountry.countries.get(alpha_3=iso3)
    return country.alpha_2 if country else None


def is_country(iso3):
    return bool(iso3) and len(iso3) == 3 and pycountry.countries.get(alpha_3=iso3) is not None


def iso3_for(iso2_code):
    country = pycountry.countries.get(alpha_2=iso2_code)
    return country.alpha_3 if country else None


@cache
def _catalogue(language):
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)


def iso_name(iso3, language=None):
    return _iso_name(iso3, (language or get_language() or "en").split("-")[0])


@lru_cache(maxsize=4096)
def _iso_name(iso3, language):
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return iso3
    return _catalogue(language).gettext(country.name)


def _pages(locale_id):
    """{alpha-2 code: (title, url path, region translation key)} of the live, public country pages.

    Read as values in one query, their URLs from the site roots read once, rather than as page
    objects each asked ``get_url()``: 2.5 ms against 22 ms for the 249 country pages of a
    generated portal (``bench_10k``).
    """
    rows = (
        CountryPage.objects.live()
        .public()
        .filter(locale_id=locale_id)
        .values_list("iso_code", "title", "url_path", "region__translation_key")
    )
    roots = Site.get_site_root_paths()
    return {
        iso_code.upper(): (title, path_url(url_path, roots), str(region_key) if region_key else "")
        for iso_code, title, url_path, region_key in rows
    }


def country_pages(locale_id):
    return shared_data.remember(f"observatory:country-pages:{locale_id}", lambda: _pages(locale_id))


def places(codes, locale_id, language=None):
    """{alpha-3 code: Place} for ``codes``, named in ``language``."""
    pages = country_pages(locale_id)
    found = {}
    for code in codes:
        page = pages.get(iso2(code) or "")
        if page:
            found[code] = Place(code, page[0], page[1] or "", page[2])
        else:
            found[code] = Place(code, iso_name(code, language))
    return found


def regions(locale_id):
    """[(slug, title, translation key)] of the live region pages of a locale, by title."""

    def build():
        rows = RegionPage.objects.live().public().filter(locale_id=locale_id).order_by("title")
        return [(row.slug, row.title, str(row.translation_key)) for row in rows]

    return shared_data.remember(f"observatory:regions:{locale_id}", build)
