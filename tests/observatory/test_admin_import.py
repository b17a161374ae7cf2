"""The admin's import of figures: Editors only; a dry run first, nothing saved before the
confirmation, every bad line listed in the person's admin language."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from observatory.models import IndicatorValue
from tests.factories import EditorFactory, ReviewerFactory, SpecialistFactory, TranslatorFactory
from tests.factories.observatory import indicators

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

GOOD = b"country_iso3,indicator,year,value,source\nECU,COV_OLD_AGE,2020,55.2,WSPR\nPER,COV_OLD_AGE,2020,40.1,WSPR\n"
BAD = (
    b"country_iso3,indicator,year,value,source\n"
    b"ECU,COV_OLD_AGE,2020,55.2,WSPR\nXXX,COV_OLD_AGE,2020,1,WSPR\nPER,COV_OLD_AGE,2020,n/a,WSPR\n"
)


@pytest.fixture(autouse=True)
def setup(trees):
    indicators()
    IndicatorValue.objects.all().delete()


def upload(client, content, name="figures.csv"):
    return client.post(reverse("observatory_import"), {"file": SimpleUploadedFile(name, content, "text/csv")})


@pytest.mark.parametrize("factory", [SpecialistFactory, ReviewerFactory, TranslatorFactory])
def test_other_roles_cannot_import(client, factory):
    client.force_login(factory())
    assert client.get(reverse("observatory_import")).status_code in (302, 403)
    response = upload(client, GOOD)
    assert response.status_code in (302, 403)
    assert not IndicatorValue.objects.exists()
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("observatory_import") not in menu


def test_anonymous_is_sent_to_the_login(client):
    response = client.get(reverse("observatory_import"))
    assert response.status_code == 302 and "login" in response["Location"]


def test_an_editor_checks_then_confirms(client):
    editor = EditorFactory(language="en")
    client.force_login(editor)
    assert reverse("observatory_import") in client.get(reverse("wagtailadmin_home")).content.decode()
    response = upload(client, GOOD)
    html = response.content.decode()
    assert response.status_code == 200
    assert "2 lines: 2 new figures, 0 changed, 0 unchanged." in html
    assert not IndicatorValue.objects.exists()  # only checked
    token = response.context["token"]
    response = client.post(reverse("observatory_import"), {"token": token}, follow=True)
    assert IndicatorValue.objects.count() == 2
    assert "figures.csv imported." in response.content.decode()
    # The same confirmation twice does nothing more.
    response = client.post(reverse("observatory_import"), {"token": token}, follow=True)
    assert "no longer available" in response.content.decode()
    assert IndicatorValue.objects.count() == 2


def test_a_bad_file_lists_every_error_in_the_editors_language_and_offers_no_import(client):
    client.force_login(EditorFactory(language="fr"))
    response = upload(client, BAD)
    html = response.content.decode()
    assert "Ligne 3 : pays inconnu « XXX »" in html
    assert "Ligne 4 : la valeur « n/a » n’est pas un nombre" in html
    assert "rien ne sera enregistré" in html
    assert response.context["token"] == ""
    assert 'name="token"' not in html
    assert not IndicatorValue.objects.exists()


def test_a_file_without_the_columns_is_refused_on_the_form(client):
    client.force_login(EditorFactory(language="en"))
    response = upload(client, b"a,b\n1,2\n")
    assert "lacks the column" in response.content.decode()
    assert not IndicatorValue.objects.exists()


def test_a_forged_token_saves_nothing(client):
    client.force_login(EditorFactory(language="en"))
    response = client.post(reverse("observatory_import"), {"token": "0" * 32}, follow=True)
    assert "no longer available" in response.content.decode()
    assert not IndicatorValue.objects.exists()


def test_the_confirmed_import_runs_as_a_task_with_a_progress_page(client):
    editor = EditorFactory(language="fr")
    client.force_login(editor)
    token = upload(client, GOOD).context["token"]
    response = client.post(reverse("observatory_import"), {"token": token})
    assert response.status_code == 302
    progress_url = response["Location"]
    assert progress_url.startswith("/admin/observatory/import/")
    page = client.get(progress_url)
    html = page.content.decode()
    assert page.status_code == 200
    # Django-tasks' immediate backend (no TASKS setting): finished by the time the page is shown.
    assert '<progress id="import-progress" max="100" value="100"' in html
    assert 'http-equiv="refresh"' not in html
    assert "figures.csv" in html and "2 nouveaux chiffres" in html
    assert IndicatorValue.objects.count() == 2
    # Someone else's job (or a made-up one) is not shown.
    other = EditorFactory(language="en")
    client.force_login(other)
    assert client.get(progress_url, follow=True).status_code == 404
    assert client.get("/admin/observatory/import/nonsense/", follow=True).status_code == 404


def test_a_running_import_shows_its_share_done_and_refreshes(client):
    from observatory import tasks

    editor = EditorFactory(language="en")
    client.force_login(editor)
    tasks.set_progress(editor.pk, "job1", phase="saving", done=250, total=1000, name="big.csv", summary="", errors=[])
    html = client.get(reverse("observatory_import_progress", args=["job1"])).content.decode()
    assert 'value="25"' in html and "Saving: 250 of 1000 figures" in html and 'http-equiv="refresh"' in html


def test_the_importer_reports_its_progress_in_batches():
    from observatory import importer

    lines = ["country_iso3,indicator,year,value,source"] + [
        f"ECU,COV_OLD_AGE,{year},{year - 1900}.5,WSPR" for year in range(1901, 2101)
    ]
    calls = []
    report = importer.run("\n".join(lines), progress=lambda *call: calls.append(call), batch=64)
    assert report.saved and report.created == 200
    saving = [done for phase, done, total in calls if phase == "saving"]
    assert calls[0] == ("checking", 200, 200)
    assert saving == [0, 64, 128, 192, 200]
