"""A reader's journey in French (issue 20): follow Ecuador by email, confirm from the email link, receive
one digest after an English-only and a translated publication, change the preferences from the digest's
link, then unsubscribe from everything. Screenshots in tests/e2e/screenshots/follow-*.png.

Email goes to the console (dev settings): the confirmation link is read from the portal server's log, the
digest from the output of ``manage.py send_digest``, run as cron runs it against the portal's database.
"""

import os
import re
import subprocess
import sys
from urllib.parse import urlsplit

import pytest

from tests.e2e.conftest import DESKTOP, ROOT, SCREENSHOTS
from tests.e2e.test_member_journey import wait_for_link

pytestmark = pytest.mark.e2e

EMAIL = "lucie.martin@example.org"
ENGLISH_TITLE = "Ecuador extends coverage to domestic workers (e2e)"

PUBLISH = """
import datetime
from wagtail.models import Locale
from countries.models import CountryPage
from news.models import NewsIndexPage, NewsPage
from tests.helpers import demo_page

english = Locale.objects.get(language_code="en")
index = NewsIndexPage.objects.filter(locale=english).order_by("path").first()
ecuador = CountryPage.objects.get(locale=english, iso_code="EC")
news = NewsPage(title={title!r}, date=datetime.date.today(), summary="Only in English.", locale=english)
index.add_child(instance=news)
news.countries.set([ecuador])
news.save_revision().publish()
for language in ("es", "fr"):
    demo_page("resource-ec-evaluation", language).save_revision().publish()
"""


def manage(portal, *args):
    """``manage.py`` against the portal's database, as cron would run it."""
    workdir = portal["log"].parent
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "DEBUG": "false",
        "PAGE_CACHE": "true",
        "DATA_CACHE": "true",
    }
    env.pop("ELASTICSEARCH_URL", None)
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def shot(page, name):
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"follow-{name}.png", full_page=True)


def test_follow_ecuador_in_french_confirm_digest_preferences_unsubscribe(portal, browser):
    base_url, log = portal["base_url"], portal["log"]
    context = browser.new_context(viewport=DESKTOP, locale="fr-FR")
    page = context.new_page()
    page.goto(base_url + portal["pages"]["country-ec"]["fr"]["url"])
    page.get_by_role("link", name="Suivre par e-mail").first.click()
    assert page.locator("h1").inner_text() == "Suivre Équateur"
    page.get_by_label("Votre adresse e-mail").fill(EMAIL)
    page.get_by_label("Hebdomadaire").check()
    shot(page, "1-form")
    page.get_by_role("button", name="Suivre", exact=True).click()
    assert "Consultez votre boîte" in page.inner_text("main")
    shot(page, "2-check-inbox")

    link = wait_for_link(log, r"http://127\.0\.0\.1:\d+/fr/feeds/follow/confirm/[-:\w]+/")
    page.goto(link)
    shot(page, "3-confirm")
    page.get_by_role("button", name="Confirmer").click()
    assert "Vous suivez Équateur" in page.inner_text("main")

    # An English-only publication and a translated one, then the daily cron run.
    manage(portal, "shell", "--command", PUBLISH.format(title=ENGLISH_TITLE))
    output = manage(portal, "send_digest", "--now")
    assert "1 digests sent" in output
    assert f"- {ENGLISH_TITLE} [English]" in output
    assert f"- {portal['pages']['resource-ec-evaluation']['fr']['title']}\n" in output
    assert "Subject: " in output and "Équateur" in output

    preferences = re.search(r"http://\S+(/fr/feeds/preferences/[-:\w]+/)", output).group(1)
    page.goto(base_url + preferences)
    assert "Équateur" in page.inner_text("main") and EMAIL in page.inner_text("main")
    page.get_by_label("Quotidien").check()
    page.get_by_label("Actualités et événements").check()
    shot(page, "4-preferences")
    page.get_by_role("button", name="Enregistrer mes préférences").click()
    assert "Vos préférences sont enregistrées" in page.inner_text("main")
    assert page.get_by_label("Quotidien").is_checked() and page.get_by_label("Actualités et événements").is_checked()
    shot(page, "5-saved")

    page.get_by_role("button", name="Se désabonner de tout").click()
    assert "Vous êtes désabonné" in page.inner_text("main")
    shot(page, "6-unsubscribed")
    page.goto(base_url + preferences)
    assert "Cette adresse ne reçoit aucun récapitulatif" in page.inner_text("main")
    assert urlsplit(page.url).path == preferences
    context.close()
