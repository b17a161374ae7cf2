"""portal.visibility: the single-query ``.public()`` hides exactly what Wagtail's own does."""

import pytest
from django.db.models import Q
from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet

from countries.models import CountryPage
from portal.visibility import public_q
from tests.helpers import demo_page

pytestmark = pytest.mark.django_db


def wagtails_public():
    return set(PageQuerySet(Page).public().values_list("pk", flat=True))


def restrict(page, kind=PageViewRestriction.PASSWORD):
    return PageViewRestriction.objects.create(page=page, restriction_type=kind, password="pw")


def test_same_pages_as_wagtails_public_with_restrictions_at_several_depths():
    assert set(Page.objects.filter(public_q()).values_list("pk", flat=True)) == wagtails_public()
    restrict(demo_page("countries", "fr"))  # a section: it and everything below
    restrict(demo_page("country-ec"))  # one page
    restrict(demo_page("news-campaign", "en"), PageViewRestriction.LOGIN)
    ours = set(Page.objects.filter(public_q()).values_list("pk", flat=True))
    assert ours == wagtails_public()
    assert demo_page("country-ec").pk not in ours
    assert demo_page("country-cl", "fr").pk not in ours  # below the restricted French section
    # A restriction holds for every language version (editorial/restriction_sync.py).
    assert demo_page("country-cl").pk not in ours
    assert demo_page("country-zm").pk not in ours and demo_page("news-campaign").pk not in ours
    assert demo_page("resource-ec-evaluation").pk in ours
    assert set(CountryPage.objects.public().values_list("pk", flat=True)) == ours & set(
        CountryPage.objects.values_list("pk", flat=True)
    )
    assert CountryPage.objects.not_public().filter(pk=demo_page("country-ec").pk).exists()


def test_restricted_pages_leave_listings_menus_and_tagged_content(client):
    restrict(demo_page("country-cl"))
    restrict(demo_page("resource-ec-evaluation"))
    countries = client.get(demo_page("countries").url).content.decode()
    assert "Chile" not in countries and "Ecuador" in countries
    ecuador = client.get(demo_page("country-ec").url).content.decode()
    assert demo_page("resource-ec-evaluation").title not in ecuador
    restrict(demo_page("countries"))
    home = client.get(demo_page("home").url).content.decode()
    assert demo_page("countries").url not in home  # gone from the main menu


@pytest.mark.parametrize("many", [False, True], ids=["a few restrictions", "more than MAX_PREFIXES"])
def test_same_pages_as_wagtails_public_with_few_or_many_restrictions(many, monkeypatch):
    from portal import visibility

    if many:
        monkeypatch.setattr(visibility, "MAX_PREFIXES", 1)
    restrict(demo_page("countries", "fr"))
    restrict(demo_page("news-campaign", "en"), PageViewRestriction.LOGIN)
    ours = set(Page.objects.filter(public_q()).values_list("pk", flat=True))
    assert ours == wagtails_public()
    private_countries = set(CountryPage.objects.not_public().values_list("pk", flat=True))
    assert private_countries == set(PageQuerySet(CountryPage).not_public().values_list("pk", flat=True))
    assert demo_page("country-cl", "fr").pk in private_countries


def test_without_restrictions_public_adds_no_condition():
    PageViewRestriction.objects.all().delete()  # the demo communities' (rolled back after the test)
    assert public_q() == Q()
    assert not CountryPage.objects.not_public().exists()
