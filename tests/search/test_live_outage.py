"""The index back in step after the search server was down (README, "Search set-up").

A node of its own is started for this (search/opensearch/opensearch.sh on another port and
folder), its indexes built, and the node stopped. Meanwhile editors publish, unpublish and
delete pages: every save succeeds. The node is started again, the documented recovery
command (``rebuild_search_index``) runs, and the index then holds exactly the live pages.
"""

import io
import os
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import MatchAll

from search.backends import backend_for
from search.resilience import reset_outages
from tests.helpers import demo_page
from tests.search.live import delete_indexes, live_setting, opensearch_url

pytestmark = [pytest.mark.django_db, pytest.mark.only_engine("opensearch")]

SCRIPT = Path(__file__).resolve().parents[2] / "search" / "opensearch" / "opensearch.sh"
PORT = int(os.environ.get("OPENSEARCH_OUTAGE_TEST_PORT", "9209"))


def node(action, work):
    env = {**os.environ, "OPENSEARCH_PORT": str(PORT), "OPENSEARCH_WORK": str(work)}
    result = subprocess.run(["bash", str(SCRIPT), action], env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"opensearch.sh {action} failed:\n{result.stdout}\n{result.stderr}"


@pytest.fixture
def own_node(tmp_path):
    opensearch_url()  # the shared node answers: the build exists (and CI fails here, never skips)
    work = tmp_path / "node"
    node("start", work)
    try:
        yield f"http://127.0.0.1:{PORT}"
    finally:
        node("stop", work)


def live_ids(language):
    pages = Page.objects.live().filter(locale=Locale.objects.get(language_code=language), depth__gt=1)
    return set(pages.values_list("pk", flat=True))


def indexed_live_ids(language):
    pages = Page.objects.live().filter(locale=Locale.objects.get(language_code=language), depth__gt=1)
    return {page.pk for page in get_search_backend(backend_for(language)).search(MatchAll(), pages)}


def test_after_an_outage_the_recovery_command_brings_the_index_back_in_step(own_node, tmp_path, caplog):
    prefix = "portal_test_outage_"
    with override_settings(WAGTAILSEARCH_BACKENDS=live_setting(own_node, prefix, timeout="2")):
        call_command("rebuild_search_index", stdout=io.StringIO())
        assert indexed_live_ids("fr") == live_ids("fr")
        node("stop", tmp_path / "node")
        reset_outages()

        # Editors keep working while the node is down.
        published = demo_page("country-pe", "fr")
        published.title = "Pérou (mis à jour pendant la panne)"
        published.save_revision().publish()
        unpublished = demo_page("country-zm", "fr")
        unpublished.unpublish()
        deleted = demo_page("news-portal-launch", "fr")
        deleted_pk = deleted.pk
        deleted.delete()
        assert Page.objects.filter(pk=published.pk, title__startswith="Pérou (mis à jour").exists()
        assert "Run `manage.py rebuild_search_index` once it answers again." in caplog.text

        node("start", tmp_path / "node")
        reset_outages()
        out = io.StringIO()
        call_command("rebuild_search_index", stdout=out)
        assert indexed_live_ids("fr") == live_ids("fr")
        assert unpublished.pk not in indexed_live_ids("fr") and deleted_pk not in indexed_live_ids("fr")
        backend = get_search_backend("fr")
        fr_pages = Page.objects.live().filter(locale=Locale.objects.get(language_code="fr"))
        assert published.pk in {page.pk for page in backend.search("panne", fr_pages)}
    delete_indexes(own_node, prefix)
