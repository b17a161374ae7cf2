"""Small helpers shared by the tests: demo pages by content key, admin forms posted like a browser."""

import os
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page

from demo.loader import translation_key_for

# Tests of the database search backends: skipped when a search server is configured instead.
database_backends_only = pytest.mark.skipif(
    bool(os.environ.get("ELASTICSEARCH_URL") or os.environ.get("OPENSEARCH_URL")),
    reason="the database backends are not in use when ELASTICSEARCH_URL or OPENSEARCH_URL is set",
)


def demo_page(key, language="es"):
    """The demo page with content key ``key`` (see demo/content) in ``language``."""
    return Page.objects.get(
        translation_key=translation_key_for(key), locale=Locale.objects.get(language_code=language)
    ).specific


class _FormParser(HTMLParser):
    """Collects the fields of one <form> the way a browser would submit them."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.in_form = False
        self.fields = []
        self.textarea = None
        self.select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.in_form = attrs.get("id") == self.form_id
        if not self.in_form or "name" not in attrs and tag != "option":
            return
        if tag == "input":
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "file", "image"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.fields.append((attrs["name"], attrs.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "textarea":
            self.textarea = [attrs["name"], ""]
        elif tag == "select":
            self.select = attrs["name"]
        elif tag == "option" and self.select and "selected" in attrs:
            self.fields.append((self.select, attrs.get("value", "")))

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form" and self.in_form:
            self.in_form = False
        elif tag == "textarea" and self.textarea is not None:
            self.fields.append(tuple(self.textarea))
            self.textarea = None
        elif tag == "select":
            self.select = None


def form_fields(html, form_id="page-edit-form"):
    """The fields a browser would post from the form ``form_id`` of ``html``, as a dict of lists."""
    parser = _FormParser(form_id)
    parser.feed(html)
    data = {}
    for name, value in parser.fields:
        data.setdefault(name, []).append(value)
    return data


def edit_page_as_browser(client, page, changes, action=None):
    """GET the admin edit view, change some fields and post it back (optionally with an action button)."""
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    data = form_fields(response.content.decode())
    assert data, "no edit form on the page"
    for name, value in changes.items():
        data[name] = [value]
    if action:
        data[action] = ["1"]
    return client.post(url, data)
