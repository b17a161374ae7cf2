"""The editors' bulletin: compose, preview, test, send (through the task queue), the record of who got it,
permissions, the CSV import of subscribers, the unsubscribe link of each email and the bounce hook.

Sending here runs each queued batch at once (django-tasks' immediate backend, ``immediate_tasks``):
the database worker's loop closes the database connection between tasks, which the transaction
each test runs in cannot survive. The real worker, killed mid-send and started again, is
exercised in ``test_crash_resume.py``.
"""

import datetime
import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from bulletin import bounces, importer, sending
from bulletin.models import Bounce, Delivery, DeliveryStatus, ImportedConsent, Issue, IssueStatus, audience
from feeds.models import Follow, Subscriber
from tests.factories import (
    CountryPageFactory,
    EditorFactory,
    EventPageFactory,
    MemberFactory,
    NewsPageFactory,
    ResourcePageFactory,
    ReviewerFactory,
    SpecialistFactory,
    ThemePageFactory,
)
from tests.factories.bulletin import BulletinSubscriberFactory, IssueFactory
from tests.factories.translations import translate

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

IMMEDIATE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "bulletin": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": ["bulletin"]},
}


@pytest.fixture
def immediate_tasks():
    """Queued batches run at once (see the module's docstring)."""
    with override_settings(TASKS=IMMEDIATE):
        yield


@pytest.fixture(scope="module")
def scene(trees):
    country = trees.add(CountryPageFactory, "countries", title="Uruguay", iso_code="UY", fr={"title": "Uruguay (fr)"})
    theme = trees.add(ThemePageFactory, "themes", title="Pensiones", slug="pensiones-boletin", languages=())
    news = NewsPageFactory(parent=trees.section("news"), title="Reforma de pensiones", summary="Resumen de la reforma.")
    translate(news, "fr", title="Réforme des retraites", summary="Résumé de la réforme.")
    event = EventPageFactory(parent=trees.section("news"), title="Curso en Lima")
    resource = ResourcePageFactory(parent=trees.section("resources"), title="Informe mundial")
    return {"country": country, "theme": theme, "news": news, "event": event, "resource": resource}


@pytest.fixture
def editor(client):
    user = EditorFactory(email="editora@example.org")
    client.force_login(user)
    return user


def send_page(issue):
    return reverse("bulletin_send", args=[issue.pk])


def unsubscribe_path(message):
    return re.search(r"http://\S+(/fr/feeds/unsubscribe/[-:\w]+/|/es/feeds/unsubscribe/[-:\w]+/)", message.body)


# --- Compose, preview, test ---------------------------------------------------------------


def test_an_editor_composes_an_issue_with_ordered_items(scene, editor, client):
    data = nested_form_data(
        {
            "subject": "Boletín de marzo",
            "language": "fr",
            "intro": "Bonjour.\n\nVoici les nouvelles.",
            "items": inline_formset(
                [
                    {"page": scene["resource"].pk, "ORDER": "1"},
                    {"page": scene["news"].pk, "ORDER": "2"},
                    {"page": scene["event"].pk, "ORDER": "3"},
                ]
            ),
        }
    )
    response = client.post(reverse("wagtailsnippets_bulletin_issue:add"), data)
    assert response.status_code == 302
    issue = Issue.objects.get(subject="Boletín de marzo")
    assert issue.status == IssueStatus.DRAFT and issue.language == "fr"
    assert [item.page_id for item in issue.items.order_by("sort_order")] == [
        scene["resource"].pk,
        scene["news"].pk,
        scene["event"].pk,
    ]
    # The editor's header leads to the preview and send page.
    edit = client.get(reverse("wagtailsnippets_bulletin_issue:edit", args=[issue.pk]))
    assert send_page(issue) in edit.content.decode()


def test_an_issue_needs_published_pages(scene, editor, client, trees):
    draft = NewsPageFactory(parent=trees.section("news"), title="Borrador", publish=False)
    data = nested_form_data(
        {"subject": "S", "language": "es", "intro": "I", "items": inline_formset([{"page": draft.pk, "ORDER": "1"}])}
    )
    response = client.post(reverse("wagtailsnippets_bulletin_issue:add"), data)
    assert response.status_code == 200
    assert "Solo las páginas publicadas pueden formar parte de un boletín." in response.content.decode()
    assert not Issue.objects.filter(subject="S").exists()


def test_the_preview_shows_the_issue_in_its_language(scene, editor, client):
    issue = IssueFactory(language="fr", subject="Bulletin de mars", pages=[scene["news"], scene["event"]])
    page = client.get(reverse("bulletin_preview", args=[issue.pk])).content.decode()
    assert "Bulletin de mars" in page and "Primer párrafo" in page
    assert "Réforme des retraites" in page  # the French translation
    assert "Curso en Lima [Español]" in page  # not translated yet: the Spanish text, marked
    assert page.index("Réforme des retraites") < page.index("Curso en Lima")
    assert "Se désabonner" in page  # the footer in the issue's language, whoever previews it


def test_a_test_goes_to_the_editor_alone(scene, editor, client):
    issue = IssueFactory(language="es", pages=[scene["news"]])
    BulletinSubscriberFactory(language="es")
    response = client.post(send_page(issue), {"action": "test"}, follow=True)
    assert "Se ha enviado una prueba a editora@example.org" in response.content.decode()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["editora@example.org"] and message.subject == f"[Prueba] {issue.subject}"
    assert "Reforma de pensiones" in message.body
    html = message.alternatives[0][0]
    assert "Reforma de pensiones" in html and "List-Unsubscribe" in message.extra_headers
    issue.refresh_from_db()
    assert issue.status == IssueStatus.DRAFT and issue.test_sent_to == "editora@example.org"
    assert not Delivery.objects.exists()


# --- Send ---------------------------------------------------------------------------------


def test_sending_reaches_each_subscriber_of_the_language_once(scene, editor, client, immediate_tasks, settings):
    settings.BULLETIN_BATCH_SIZE = 2  # three batches for five readers
    issue = IssueFactory(language="fr", subject="Bulletin de mars", pages=[scene["news"]])
    readers = [BulletinSubscriberFactory(language="fr") for _ in range(4)]
    # One who asked for it on their preferences page (no import): receives it too.
    follower = BulletinSubscriberFactory(language="fr", consent=False, bulletin_since="2026-01-01T00:00Z")
    # Not receiving: another language, a follower who never asked for the bulletin, reported bouncing.
    BulletinSubscriberFactory(language="es")
    only_following = BulletinSubscriberFactory(language="fr", consent=False)
    Follow.objects.create(subscriber=only_following, page=scene["country"]["fr"], confirmed_at="2026-01-01T00:00Z")
    bouncing = BulletinSubscriberFactory(language="fr")
    bounces.mark_bouncing(bouncing.email, "hard")

    page = client.get(send_page(issue)).content.decode()
    assert "se enviará a 5 suscriptores" in page

    refused = client.post(send_page(issue), {"action": "send"}, follow=True)
    assert "Marque la casilla de confirmación" in refused.content.decode()
    assert Issue.objects.get(pk=issue.pk).status == IssueStatus.DRAFT and not mail.outbox

    client.post(send_page(issue), {"action": "send", "confirm": "yes"})
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SENT and issue.recipients_total == 5 and issue.send_started_by == editor
    recipients = sorted(message.to[0] for message in mail.outbox)
    assert recipients == sorted([reader.email for reader in readers] + [follower.email])
    assert all(message.subject == "Bulletin de mars" for message in mail.outbox)
    assert Delivery.objects.filter(issue=issue, status=DeliveryStatus.SENT).count() == 5

    # Sending again does nothing; the issue can no longer be changed.
    client.post(send_page(issue), {"action": "send", "confirm": "yes"})
    assert len(mail.outbox) == 5
    edit = client.post(
        reverse("wagtailsnippets_bulletin_issue:edit", args=[issue.pk]),
        nested_form_data(
            {
                "subject": "Changed",
                "language": "fr",
                "intro": "x",
                "items": inline_formset([{"page": scene["news"].pk, "ORDER": "1"}]),
            }
        ),
    )
    assert "ya no se puede modificar" in edit.content.decode()
    assert Issue.objects.get(pk=issue.pk).subject == "Bulletin de mars"

    progress = client.get(send_page(issue)).content.decode()
    assert "5 de 5 enviados" in progress and readers[0].email in progress


def test_every_email_has_a_working_one_click_unsubscribe(scene, editor, client, immediate_tasks):
    issue = IssueFactory(language="fr", pages=[scene["news"]])
    reader = BulletinSubscriberFactory(language="fr", email="lecteur@example.org")
    assert sending.start(issue, editor)
    (message,) = mail.outbox
    link = unsubscribe_path(message).group(1)
    assert message.extra_headers["List-Unsubscribe"].endswith(f"{link}>")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert link in message.alternatives[0][0]
    client.logout()
    assert client.post(link, {"List-Unsubscribe": "One-Click"}).status_code == 200
    assert not Subscriber.objects.filter(pk=reader.pk).exists()
    # The record of what was sent to whom keeps the address.
    assert Delivery.objects.get(issue=issue).email == "lecteur@example.org"
    assert reader.email not in audience("fr").values_list("email", flat=True)


def test_a_refused_address_is_recorded_and_the_rest_still_sent(scene, editor, immediate_tasks, settings):
    issue = IssueFactory(language="es", pages=[scene["news"]])
    BulletinSubscriberFactory(language="es", email="a@example.org")
    BulletinSubscriberFactory(language="es", email="b@example.org")
    settings.EMAIL_BACKEND = "tests.bulletin.refusing_backend.EmailBackend"
    sending.start(issue, editor)
    deliveries = dict(Delivery.objects.filter(issue=issue).values_list("email", "status"))
    assert deliveries == {"a@example.org": DeliveryStatus.FAILED, "b@example.org": DeliveryStatus.SENT}
    assert Issue.objects.get(pk=issue.pk).status == IssueStatus.SENT


def test_a_claimed_address_is_never_sent_again(scene, editor, immediate_tasks):
    """What a crash between the claim and the send leaves behind: the address is skipped, counted as interrupted."""
    issue = IssueFactory(language="es", pages=[scene["news"]])
    first = BulletinSubscriberFactory(language="es")
    BulletinSubscriberFactory(language="es")
    Issue.objects.filter(pk=issue.pk).update(status=IssueStatus.SENDING, recipients_total=2)
    Delivery.objects.create(issue=issue, subscriber=first, email=first.email)
    issue.refresh_from_db()
    assert sending.progress(issue)["in_flight"] == 1
    sending.resume(issue)
    assert len(mail.outbox) == 1 and mail.outbox[0].to != [first.email]
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SENT
    assert sending.progress(issue)["interrupted"] == 1 and sending.progress(issue)["sent"] == 1


def test_each_email_costs_one_database_statement_and_the_issue_is_rendered_once(scene, editor, settings):
    """A batch reserves its addresses in one ``INSERT``; each claim marks the previous email sent (one ``UPDATE``)."""
    settings.BULLETIN_BATCH_SIZE = 50
    readers = [BulletinSubscriberFactory(language="fr") for _ in range(8)]
    issue = IssueFactory(language="fr", pages=[scene["news"]])
    with override_settings(TASKS=IMMEDIATE), CaptureQueriesContext(connection) as queries:
        sending.start(issue, editor)
    statements = [query["sql"] for query in queries if '"bulletin_delivery"' in query["sql"].split(" WHERE ")[0]]
    assert sum(sql.startswith("INSERT") for sql in statements) == 1
    assert sum(sql.startswith("UPDATE") for sql in statements) == 8 + 1  # a claim an email, the last one marked
    assert sorted(m.to[0] for m in mail.outbox) == sorted(r.email for r in readers)
    assert Delivery.objects.filter(issue=issue, status=DeliveryStatus.SENT).count() == 8
    # Each email has its own recipient's unsubscribe link, in the body and the header.
    links = {unsubscribe_path(m).group(1) for m in mail.outbox}
    assert len(links) == 8 and all(m.extra_headers["List-Unsubscribe"].endswith("/>") for m in mail.outbox)
    # The worker keeps the rendered issue for its next batches.
    assert sending.rendered(issue) is sending.rendered(issue)


def test_a_resume_sends_what_the_dead_run_had_reserved_and_nobody_twice(scene, editor, immediate_tasks, settings):
    """A run killed mid-batch: one address handed over (never retried), the rest only reserved."""
    settings.BULLETIN_BATCH_SIZE = 4
    issue = IssueFactory(language="fr", pages=[scene["news"]])
    readers = [BulletinSubscriberFactory(language="fr") for _ in range(6)]
    Issue.objects.filter(pk=issue.pk).update(status=IssueStatus.SENDING, recipients_total=6)
    issue.refresh_from_db()
    dead_batch = sending.reserve(issue)
    assert len(dead_batch) == 4 and sending._claim(dead_batch[0][0], None)
    progress = sending.progress(issue)
    assert (progress["in_flight"], progress["remaining"], progress["sent"]) == (1, 5, 0)

    # A batch of a run that is not a resume leaves fresh reservations alone (their run may be alive)...
    sending.send_batch.call(issue.pk)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(r.email for r in readers[4:])
    assert Issue.objects.get(pk=issue.pk).status == IssueStatus.SENDING  # ...and does not call it finished
    # ...and the resume takes them over.
    assert sending.resume(issue)
    handed_over = dead_batch[0][0].email
    received = sorted(m.to[0] for m in mail.outbox)
    assert received == sorted(r.email for r in readers if r.email != handed_over)
    assert Issue.objects.get(pk=issue.pk).status == IssueStatus.SENT
    issue.refresh_from_db()
    progress = sending.progress(issue)
    assert (progress["sent"], progress["interrupted"], progress["remaining"]) == (5, 1, 0)
    # The dead run, were it alive after all, could no longer claim what was taken over.
    assert not sending._claim(dead_batch[1][0], None)
    assert len(mail.outbox) == 5


def test_reservations_of_a_run_gone_for_long_are_sent_by_the_next_batch(scene, editor, immediate_tasks, settings):
    issue = IssueFactory(language="fr", pages=[scene["news"]])
    readers = [BulletinSubscriberFactory(language="fr") for _ in range(2)]
    Issue.objects.filter(pk=issue.pk).update(status=IssueStatus.SENDING)
    issue.refresh_from_db()
    sending.reserve(issue)
    Delivery.objects.filter(issue=issue).update(claimed_at=timezone.now() - datetime.timedelta(minutes=11))
    sending.send_batch.call(issue.pk)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(r.email for r in readers)
    assert Issue.objects.get(pk=issue.pk).status == IssueStatus.SENT


def test_stalled_issues_are_resumed_and_shown(scene, editor, client, settings):
    """The database backend (as in production): ``start`` queues the first batch for the worker."""
    from django_tasks_db.models import DBTaskResult

    issue = IssueFactory(language="es", pages=[scene["news"]])
    BulletinSubscriberFactory(language="es")
    sending.start(issue, editor)
    Issue.objects.filter(pk=issue.pk).update(send_started_at="2026-01-01T00:00Z")
    page = client.get(send_page(issue)).content.decode()
    assert "Reanudar el envío" in page  # no progress for long: the editor is told and may resume
    queued = DBTaskResult.objects.filter(task_path="bulletin.sending.send_batch").count()
    assert [resumed.pk for resumed in sending.resume_stalled()] == [issue.pk]
    assert DBTaskResult.objects.filter(task_path="bulletin.sending.send_batch").count() == queued + 1
    assert not mail.outbox  # nothing sent in the request: the worker sends


# --- Permissions --------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["specialist", "reviewer", "member"])
def test_only_editors_compose_send_and_import(scene, client, role, immediate_tasks):
    user = {
        "specialist": lambda: SpecialistFactory(),
        "reviewer": lambda: ReviewerFactory(),
        "member": lambda: MemberFactory().user,
    }[role]()
    client.force_login(user)
    issue = IssueFactory(language="es", pages=[scene["news"]])
    BulletinSubscriberFactory(language="es")
    for url in (
        reverse("wagtailsnippets_bulletin_issue:list"),
        reverse("wagtailsnippets_bulletin_issue:add"),
        reverse("wagtailsnippets_bulletin_issue:edit", args=[issue.pk]),
        send_page(issue),
        reverse("bulletin_preview", args=[issue.pk]),
        reverse("bulletin_import"),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert "/admin/login/" in response["Location"] or response["Location"] == "/admin/", url
    client.post(send_page(issue), {"action": "send", "confirm": "yes"})
    client.post(send_page(issue), {"action": "test"})
    assert Issue.objects.get(pk=issue.pk).status == IssueStatus.DRAFT and not mail.outbox
    upload = SimpleUploadedFile("s.csv", b"email,language,interests\nx@example.org,es,\n")
    client.post(reverse("bulletin_import"), {"file": upload, "consent": "on"})
    assert not Subscriber.objects.filter(email="x@example.org").exists()


def test_editors_see_the_bulletin_in_the_menu(editor, client, scene):
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("wagtailsnippets_bulletin_issue:list") in home and reverse("bulletin_import") in home


# --- CSV import ---------------------------------------------------------------------------

GOOD = (
    "email,language,interests\nAna@Example.org,es,UY pensiones-boletin\nbob@example.org,fr,uy\ncarla@example.org,en,\n"
)


def test_a_good_file_is_imported_once(scene):
    report = importer.run(GOOD, source="contactos.csv")
    assert report.ok and (report.created, report.updated, report.unchanged) == (3, 0, 0)
    ana = Subscriber.objects.get(email="ana@example.org")
    assert ana.language == "es" and ana.bulletin_consent.source == "contactos.csv" and ana.bulletin_consent.line == 2
    followed = set(ana.follows.values_list("page_id", flat=True))
    assert followed == {scene["country"]["es"].pk, scene["theme"]["es"].pk}
    assert all(follow.confirmed_at for follow in ana.follows.all())
    bob = Subscriber.objects.get(email="bob@example.org")
    assert list(bob.follows.values_list("page_id", flat=True)) == [scene["country"]["fr"].pk]  # his language's page
    assert set(audience("es").values_list("email", flat=True)) >= {"ana@example.org"}
    again = importer.run(GOOD, source="contactos.csv")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert Subscriber.objects.filter(email__in=["ana@example.org", "bob@example.org", "carla@example.org"]).count() == 3
    assert Follow.objects.filter(subscriber__email="ana@example.org").count() == 2


def test_an_existing_subscriber_keeps_their_choices(scene):
    own = BulletinSubscriberFactory(email="ana@example.org", language="fr", consent=False, frequency="daily")
    report = importer.run(GOOD, source="contactos.csv")
    assert (report.created, report.updated) == (2, 1)
    own.refresh_from_db()
    assert own.language == "fr" and own.frequency == "daily" and own.follows.count() == 2


def test_every_bad_line_is_reported_and_nothing_is_saved(scene):
    text = (
        "email;language;interests\n"
        "ok@example.org;es;UY\n"
        "not-an-address;es;\n"
        ";fr;\n"
        "ok@example.org;en;\n"
        "dana@example.org;de;\n"
        "eva@example.org;;\n"
        "fred@example.org;es;ZZ nada\n"
        "gus@example.org;es;UY;extra\n"
    )
    report = importer.run(text, source="malo.csv")
    assert report.errors == [
        "Línea 3: «not-an-address» no es una dirección de correo electrónico.",
        "Línea 4: sin dirección de correo electrónico.",
        "Línea 5: la misma dirección que la línea 2.",
        "Línea 6: idioma desconocido «de» (es, en o fr).",
        "Línea 7: sin idioma (es, en o fr).",
        "Línea 8: intereses desconocidos “ZZ”, “nada” (códigos ISO de país o slugs de temas).",
        "Línea 9: más valores que columnas.",
    ]
    assert not Subscriber.objects.filter(email__in=["ok@example.org", "fred@example.org"]).exists()


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "El archivo está vacío."),
        (b"mail,lang\nx@example.org,es\n", "faltan: email, language, interests"),
        ("email,language,interests\nmaría@example.org,es,\n".encode("latin-1"), "no es texto UTF-8"),
    ],
)
def test_unreadable_files_are_refused(raw, message, scene):
    with pytest.raises(importer.ImportFileError, match=message):
        importer.run(importer.decode(raw), source="f.csv")


def test_a_file_without_subscribers_is_an_error(scene):
    assert importer.run("email,language,interests\n", source="f.csv").errors == [
        "El archivo no tiene ningún suscriptor debajo de la línea de encabezado."
    ]


def test_the_command_imports_or_reports(scene, tmp_path, capsys):
    good = tmp_path / "good.csv"
    good.write_text(GOOD, encoding="utf-8")
    call_command("import_subscribers", str(good), "--dry-run")
    assert not Subscriber.objects.filter(email="ana@example.org").exists()
    call_command("import_subscribers", str(good))
    assert Subscriber.objects.filter(email="ana@example.org").exists()
    bad = tmp_path / "bad.csv"
    bad.write_text("email,language,interests\nzoe@example.org,xx,\n", encoding="utf-8")
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_subscribers", str(bad))
    assert "2" in capsys.readouterr().err


def test_the_admin_upload_imports_with_consent(scene, editor, client):
    form = reverse("bulletin_import")
    no_consent = client.post(form, {"file": SimpleUploadedFile("c.csv", GOOD.encode())})
    assert no_consent.status_code == 200 and not Subscriber.objects.filter(email="ana@example.org").exists()
    bad = client.post(
        form,
        {"file": SimpleUploadedFile("c.csv", b"email,language,interests\nzoe@example.org,xx,\n"), "consent": "on"},
    ).content.decode()
    assert "1 error: no se ha importado nada" in bad
    assert "Línea 2" in bad and not Subscriber.objects.filter(email="zoe@example.org").exists()
    done = client.post(form, {"file": SimpleUploadedFile("c.csv", GOOD.encode()), "consent": "on"}).content.decode()
    assert "3 nuevos" in done
    assert ImportedConsent.objects.get(subscriber__email="ana@example.org").imported_by == editor


# --- Bounces ------------------------------------------------------------------------------


def test_the_bounce_webhook_marks_the_address(client, settings, scene):
    reader = BulletinSubscriberFactory(language="es", email="rebota@example.org")
    received = []
    bounces.subscriber_bounced.connect(lambda **kw: received.append(kw["kind"]), weak=False, dispatch_uid="t")
    url = reverse("bulletin_bounces", args=["s3cret"])
    assert client.post(url, {"email": reader.email}, content_type="application/json").status_code == 403  # not set up
    settings.BULLETIN_BOUNCE_WEBHOOK_SECRET = "s3cret"
    assert (
        client.post(reverse("bulletin_bounces", args=["wrong"]), {}, content_type="application/json").status_code == 403
    )
    assert client.post(url, "not json", content_type="application/json").status_code == 400
    assert client.post(url, {"email": reader.email, "kind": "soft"}, content_type="application/json").status_code == 400
    response = client.post(
        url,
        [
            {"email": "Rebota@Example.org", "kind": "hard", "detail": "550 no such user"},
            {"email": "x@y.org", "kind": "hard"},
        ],
        content_type="application/json",
    )
    bounces.subscriber_bounced.disconnect(dispatch_uid="t")
    assert response.json() == {"marked": 1, "unknown": 1}
    assert Bounce.objects.get(subscriber=reader).detail == "550 no such user" and received == ["hard"]
    assert not audience("es").filter(pk=reader.pk).exists()
