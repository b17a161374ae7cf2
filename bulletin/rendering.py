"""What an issue's email says: its subject, text and HTML, in the issue's language.

The items are read in the issue's language (the page's version in that language tree, marked
"[Español]" while it is not translated yet, as the feeds and the digest mark it). The body is
the same for every recipient but for the unsubscribe link, so ``Email`` renders it once and
only puts each recipient's link in (``bulletin/sending.py``); the browser preview and the test
email use the same templates.
"""

from html import unescape

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, translation
from django.utils.text import Truncator
from wagtail.models import Locale, Page

from feeds import tokens
from feeds.digest import site_root_url
from feeds.views import marked_title, plain_text
from news.models import EventPage
from portal import page_urls
from portal.models import page_type_name
from portal.templatetags.portal_tags import language_name_local

UNSUBSCRIBE_MARK = "UNSUBSCRIBE-LINK-OF-THIS-RECIPIENT"


def items(issue):
    """[{"kind", "title", "url", "summary", "date"}] of the issue's pages, in order, in its language."""
    locale = Locale.objects.filter(language_code=issue.language).first()
    found = []
    for item in sorted(issue.items.all(), key=lambda item: item.sort_order or 0):
        page = item.page
        if page is None:
            continue
        version = None
        if locale is not None:
            version = Page.objects.live().filter(translation_key=page.translation_key, locale=locale).first()
        version = (version or page).specific
        date = version.start_date if isinstance(version, EventPage) else getattr(version, "date", None)
        found.append(
            {
                "kind": page_type_name(type(version)),
                "title": _title(version, issue.language),
                "url": page_urls.full_page_url(version),
                "summary": Truncator(unescape(plain_text(version.get_listing_summary()))).chars(300),
                "date": formats.date_format(date, "DATE_FORMAT") if date else "",
            }
        )
    return found


def _title(page, language):
    """The title, marked with its language when it is not the issue's (an untranslated page)."""
    if page.locale.language_code != language:
        return f"{page.title} [{language_name_local(page.locale.language_code)}]"
    return marked_title(page)


def context(issue, unsubscribe_url, preview=False):
    with translation.override(issue.language):
        return {
            "issue": issue,
            "paragraphs": [" ".join(part.split()) for part in issue.intro.split("\n\n") if part.strip()],
            "items": items(issue),
            "unsubscribe_url": unsubscribe_url,
            "site_name": str(settings.WAGTAIL_SITE_NAME),
            "site_url": site_root_url(),
            "preview": preview,
            "language": issue.language,
        }


def unsubscribe_url(subscriber, root_url=None):
    root_url = site_root_url() if root_url is None else root_url
    with translation.override(subscriber.language):
        return root_url + reverse("feeds_unsubscribe", args=[tokens.unsubscribe_token(subscriber)])


class Email:
    """The issue rendered once; ``message(email, unsubscribe_url)`` makes one recipient's email."""

    def __init__(self, issue):
        data = context(issue, UNSUBSCRIBE_MARK)
        with translation.override(issue.language):
            self.text = render_to_string("bulletin/email/issue.txt", data)
            self.html = render_to_string("bulletin/email/issue.html", data)
        self.subject = issue.subject

    def message(self, email, unsubscribe_url, connection=None, subject=None):
        headers = {"List-Unsubscribe": f"<{unsubscribe_url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
        message = EmailMultiAlternatives(
            subject or self.subject,
            self.text.replace(UNSUBSCRIBE_MARK, unsubscribe_url),
            to=[email],
            headers=headers,
            connection=connection,
        )
        message.attach_alternative(self.html.replace(UNSUBSCRIBE_MARK, unsubscribe_url), "text/html")
        return message
