"""portal/page_urls.py gives every page the URL Wagtail gives it, without reversing it each time."""

import pytest
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, Site

from portal import page_urls

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["es", "en", "fr"])
def test_every_page_gets_wagtails_url_plain_or_specific(language):
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    pages = list(Page.objects.filter(depth__gt=1))
    assert len(pages) > 50
    with translation.override(language):
        for page in pages:
            specific = page.specific
            expected = Page.get_url_parts(page, request)
            assert page_urls.url_parts(page, request) == expected
            assert specific.get_url_parts(request) == expected
            for candidate in (page, specific):
                assert page_urls.page_url(candidate, request) == Page.get_url(page, request)
                assert page_urls.page_url(candidate) == Page.get_url(page)
                assert page_urls.full_page_url(candidate, request) == Page.get_full_url(page, request)


def test_a_moved_page_gets_its_new_url():
    from tests.helpers import demo_page

    page = demo_page("country-ec")
    before = page.url
    page.slug = "ecuador-nueva-direccion"
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.url != before and page.url.endswith("/ecuador-nueva-direccion/")
    assert page_urls.page_url(Page.objects.get(pk=page.pk)) == page.url


def test_with_two_sites_pages_of_the_other_site_get_full_urls():
    from tests.helpers import demo_page

    home = demo_page("home")
    other_root = Page.objects.get(depth=1).add_child(instance=Page(title="Otro sitio", slug="otro-sitio"))
    Site.objects.create(hostname="otro.example.org", port=80, root_page=other_root)
    child = other_root.add_child(instance=Page(title="Una página", slug="una-pagina"))
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    with translation.override("es"):
        assert page_urls.page_url(child, request) == Page.get_url(child, request)
        assert page_urls.page_url(child, request).startswith("http://otro.example.org")
        assert page_urls.page_url(home, request) == Page.get_url(home, request)


def test_the_template_tag_refuses_what_is_not_a_page():
    from django.template import Context, Template

    template = Template("{% load portal_tags %}{% page_url thing %}")
    with pytest.raises(ValueError, match="expected a Page"):
        template.render(Context({"thing": "no", "request": None}))
