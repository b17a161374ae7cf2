"""The dashboard costs the same number of queries, and shows a bounded summary, however many pages the trees hold."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, TaskState, WorkflowState
from wagtail_localize.models import Translation

from editorial import dashboard, status
from editorial.models import OutdatedTranslation
from home.models import StandardPage

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def dashboard_queries(client):
    """Queries of a warm dashboard: the first request after a publish rebuilds the shared data (the caches are on)."""
    client.get(reverse("wagtailadmin_home"))
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return len(queries)


def section(html, panel_id):
    """The HTML of one dashboard panel."""
    start = html.index(f'id="{panel_id}-section"')
    end = html.find("<section", start)
    return html[start : end if end > 0 else len(html)]


def test_dashboard_queries_do_not_grow_with_the_trees(client, specialist, scene_page):
    client.force_login(specialist)
    client.get(reverse("wagtailadmin_home"))
    before = dashboard_queries(client)
    ecuador = scene_page("country-ec")
    for number in range(8):
        page = ecuador.add_child(instance=StandardPage(title=f"Nota {number}", slug=f"nota-{number}"))
        page.save_revision().publish()
    after = dashboard_queries(client)
    assert after == before, (before, after)
    assert "Nota 7" in client.get(reverse("wagtailadmin_home")).content.decode()


LONG_AGO = timezone.now() - datetime.timedelta(days=800)


def grow(parent, count, prefix, reviewer=None, submit=True):
    """``count`` pages under ``parent`` in every state the dashboard counts, a third of them long unreviewed.

    ``submit=False``: none goes into review (live instead).
    """
    pages = []
    for number in range(count):
        kind = number % 6
        page = parent.add_child(
            instance=StandardPage(title=f"{prefix} {number}", slug=f"{prefix.lower()}-{number}", live=kind != 0)
        )
        revision = page.save_revision()
        if kind == 0:
            pass  # draft
        elif kind == 1:
            revision.publish()
            page.save_revision()  # live with a newer draft
        elif kind == 2:
            revision.publish()
            page.save_revision(approved_go_live_at=timezone.now() + datetime.timedelta(days=3))  # scheduled
        elif kind == 3 and submit:
            revision.publish()
            page.get_workflow().start(page, reviewer)  # in review
        elif kind == 4 and submit:
            revision.publish()
            state = page.get_workflow().start(page, reviewer)
            WorkflowState.objects.filter(pk=state.pk).update(status=WorkflowState.STATUS_NEEDS_CHANGES)
        else:
            revision.publish()
        if number % 3 == 1:
            Page.objects.filter(pk=page.pk).update(last_published_at=LONG_AGO + datetime.timedelta(hours=number))
        pages.append(page)
    return pages


@pytest.mark.parametrize("username", ["specialist", "editor", "reviewer", "translator", "moderator"])
def test_dashboard_queries_do_not_grow_for_any_role(client, username, specialist, scene_page):
    user = get_user_model().objects.get(username=username)
    client.force_login(user)
    ecuador = scene_page("country-ec")
    # The reviewer's queue has a row, and queries, per submission up to REVIEW_LIMIT (a test below):
    # what grows here for a reviewer is the pages, not the submissions.
    submit = username != "reviewer"
    grow(ecuador, 6, "Uno", reviewer=specialist, submit=submit)
    client.get(reverse("wagtailadmin_home"))
    few = dashboard_queries(client)
    grow(ecuador, 12, "Dos", reviewer=specialist, submit=submit)
    many = dashboard_queries(client)
    assert many == few, (few, many)


def submit_pages(parent, count, prefix, user):
    """``count`` live pages under ``parent``, each then submitted for review by ``user``, oldest first."""
    pages = []
    for number in range(count):
        page = parent.add_child(
            instance=StandardPage(title=f"{prefix} {number:02d}", slug=f"{prefix.lower()}-{number}")
        )
        page.save_revision(user=user).publish()
        page.save_revision(user=user)
        page.get_workflow().start(page, user)
        pages.append(page)
    return pages


def test_review_queue_shows_the_oldest_submissions_and_counts_the_rest(client, specialist, reviewer, scene_page):
    ecuador = scene_page("country-ec")
    limit = dashboard.REVIEW_LIMIT
    pages = submit_pages(ecuador, limit + 3, "Cola", specialist)
    client.force_login(reviewer)
    client.get(reverse("wagtailadmin_home"))
    queries = dashboard_queries(client)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    rows = section(html, "awaiting-review").split("<tbody>", 1)[1]
    assert rows.count("<tr>") == limit
    oldest = [page.title for page in pages[:limit]]
    assert all(title in rows for title in oldest)
    assert pages[limit].title not in html
    assert [rows.index(title) for title in oldest] == sorted(rows.index(title) for title in oldest)
    assert "And 3 more submissions await your review." in html
    # Approve and reject buttons in every row, for the reviewer.
    assert rows.count("/workflow/action/") >= 2 * limit

    submit_pages(scene_page("country-pe"), 10, "Más", specialist)
    assert dashboard_queries(client) == queries
    assert "And 13 more submissions await your review." in client.get(reverse("wagtailadmin_home")).content.decode()


def test_review_queue_rows_are_wagtails(rf, specialist, reviewer, scene_page):
    """Each row carries what Wagtail's own panel gives its template, for the same submissions."""
    from django.middleware.csrf import get_token
    from wagtail.admin.views.home import WorkflowObjectsToModeratePanel

    submit_pages(scene_page("country-ec"), 3, "Fila", specialist)
    request = rf.get("/admin/")
    request.user = reviewer
    parent = {"request": request, "csrf_token": get_token(request)}
    ours = dashboard.AwaitingMyReviewPanel().get_context_data(parent)["states"]
    theirs = WorkflowObjectsToModeratePanel().get_context_data(parent)["states"]
    assert len(ours) == len(theirs) == 3

    def facts(row):
        return (
            row["obj"].pk,
            row["revision"].pk,
            row["previous_revision_id"],
            row["live_revision_id"],
            row["task_state"].pk,
            [tuple(action) for action in row["actions"]],
            [(task.pk, task.status, str(task.status_display)) for task in row["workflow_tasks"]],
            row["workflow_action_url_name"],
            row["workflow_preview_url_name"],
            row["revisions_compare_url_name"],
        )

    assert [facts(row) for row in ours] == [facts(row) for row in reversed(theirs)]  # theirs: newest first
    assert all(row["actions"] for row in ours)


def test_review_queue_leaves_out_own_submissions_and_says_when_empty(client, specialist, reviewer, editor, scene_page):
    editor.groups.add(reviewer.groups.get(name="Reviewers"))
    client.force_login(reviewer)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Nothing awaits your review." in html

    own = submit_pages(scene_page("country-ec"), 2, "Propia", editor)
    others = submit_pages(scene_page("country-pe"), 1, "Ajena", specialist)
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    rows = section(html, "awaiting-review")
    assert others[0].title in rows
    assert not any(page.title in rows for page in own)
    assert "more submission" not in html  # their own are not counted either
    context = dashboard.AwaitingMyReviewPanel().get_context_data(
        {"request": type("R", (), {"user": editor})(), "csrf_token": ""}
    )
    assert [row["obj"].pk for row in context["states"]] == [others[0].pk] and context["more"] == 0

    # Someone who does not review sees no queue at all, empty or not.
    client.force_login(specialist)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'id="awaiting-review-section"' not in html
    assert "Nothing awaits your review." not in html


def reference_states(root):
    """state -> number of pages at and below ``root``, page by page with ``status.page_state``."""
    pages = list(Page.objects.filter(path__startswith=root.path).annotate_approved_schedule())
    open_workflows = status.workflow_states(pages)
    counts = {}
    for page in pages:
        key, _label = status.page_state(page, open_workflows)
        counts[key] = counts.get(key, 0) + 1
    return counts


def test_my_trees_counts_each_tree_in_each_language(specialist, scene_page):
    ecuador = scene_page("country-ec")
    grow(ecuador, 3 * dashboard.RECENT_LIMIT, "Hoja", reviewer=specialist)
    context = dashboard.MyTreesPanel(specialist).get_context_data()

    # The scene's trees (with the demo loaded in the same session, its specialist owns the demo's too).
    scene_roots = {scene_page(key).pk for key in ("country-be", "country-ec", "country-pe")}
    trees = [item for item in context["trees"] if item["tree"].root_id in scene_roots]
    assert [item["tree"].root.title for item in trees] == ["Bélgica", "Ecuador", "Perú"]
    rows = {row["root"].pk: row for item in trees for row in item["rows"]}
    roots = Page.objects.filter(translation_key__in=[item["tree"].translation_key for item in trees])
    assert set(rows) == {root.pk for root in roots}  # every tree, in every language
    ecuador_rows = next(item for item in trees if item["tree"].root_id == ecuador.pk)["rows"]
    assert [row["root"].locale.language_code for row in ecuador_rows] == ["es", "en", "fr"]  # source first
    for root in roots:
        expected = reference_states(root)
        row = rows[root.pk]
        assert row["total"] == sum(expected.values()) == Page.objects.filter(path__startswith=root.path).count()
        shown = {state["key"]: state["count"] for state in row["states"]}
        assert shown == {key: count for key, count in expected.items() if key != "live"}, root
    spanish = rows[ecuador.pk]
    assert {state["key"] for state in spanish["states"]} == set(dashboard.SUMMARY_STATES)


def test_my_trees_shows_the_most_recent_changes_only(client, specialist, scene_page):
    ecuador = scene_page("country-ec")
    grow(ecuador, 3 * dashboard.RECENT_LIMIT, "Hoja", reviewer=specialist)
    client.force_login(specialist)
    html = section(client.get(reverse("wagtailadmin_home")).content.decode(), "my-trees")

    # Each tree's root in each language links to the explorer (its number of pages), where all its pages are.
    for root in Page.objects.filter(
        translation_key__in=[ecuador.translation_key, scene_page("country-pe").translation_key]
    ):
        assert reverse("wagtailadmin_explore", args=[root.pk]) in html
    assert "Équateur" in html and "Chile" not in html
    # The recent changes: the newest ones, no more than the limit.
    # (The trees' rows above link to their roots' editors too: only the table of recent changes counts.)
    edited = re.findall(r'href="/admin/pages/(\d+)/edit/"', html[html.index("editorial-recent") :])
    roots = Page.objects.filter(translation_key__in=[tree.translation_key for tree in specialist.owned_trees.all()])
    in_trees = {page for root in roots for page in Page.objects.filter(path__startswith=root.path)}
    oldest_date = LONG_AGO.replace(year=1)
    newest = sorted(in_trees, key=lambda page: (page.latest_revision_created_at or oldest_date, page.pk), reverse=True)
    assert len(edited) == dashboard.RECENT_LIMIT
    assert [int(pk) for pk in edited] == [page.pk for page in newest[: dashboard.RECENT_LIMIT]]
    assert f"Hoja {3 * dashboard.RECENT_LIMIT - 1}" in html and "Hoja 0<" not in html
    assert "explorar" in html.lower() or "explore" in html.lower()  # says where the rest is


def test_needs_attention_shows_the_oldest_and_counts_the_rest(client, specialist, reviewer, scene_page):
    ecuador = scene_page("country-ec")
    pages = grow(ecuador, 6 * dashboard.ATTENTION_LIMIT, "Vieja", reviewer=specialist)
    # Reviewed recently although published long ago: not overdue.
    approved = next(page for page in pages if page.title.endswith(" 7"))
    state = approved.get_workflow().start(approved, specialist)
    TaskState.objects.filter(pk=state.current_task_state.pk).update(
        status=TaskState.STATUS_APPROVED, finished_at=timezone.now()
    )
    WorkflowState.objects.filter(pk=state.pk).update(status=WorkflowState.STATUS_APPROVED)
    Page.objects.filter(pk=approved.pk).update(last_published_at=LONG_AGO)

    scope = status.scope_of(root for _tree, roots in status.owned_trees(specialist) for root in roots)
    live = Page.objects.filter(scope, live=True)
    reviewed = status.last_reviews(list(live))
    now = timezone.now()
    expected = [page for page in live if reviewed[page.pk] is None or now - reviewed[page.pk] > status.REVIEW_INTERVAL]
    assert approved.pk not in {page.pk for page in expected}
    assert len(expected) > dashboard.ATTENTION_LIMIT

    context = dashboard.NeedsAttentionPanel(specialist).get_context_data()
    assert len(context["overdue"]) == dashboard.ATTENTION_LIMIT
    assert context["overdue_more"] == len(expected) - dashboard.ATTENTION_LIMIT
    shown = [page.pk for page, _date in context["overdue"]]
    oldest = sorted(expected, key=lambda page: (page.last_published_at or LONG_AGO.replace(year=1), page.path))
    assert shown == [page.pk for page in oldest[: dashboard.ATTENTION_LIMIT]]
    assert all(date == reviewed[pk] for (page, date), pk in zip(context["overdue"], shown, strict=True))

    client.force_login(specialist)
    html = section(client.get(reverse("wagtailadmin_home")).content.decode(), "needs-attention")
    assert html.count('/edit/"') == dashboard.ATTENTION_LIMIT
    assert str(context["overdue_more"]) in html


def test_stale_translations_are_bounded_to_the_users_trees(specialist, chile_specialist, scene_page):
    marks = []
    for number, key in enumerate(("country-ec", "country-pe", "country-be", "country-cl")):
        for translation in Translation.objects.filter(source__object_id=scene_page(key).translation_key):
            marks.append(
                OutdatedTranslation.objects.create(
                    translation=translation, since=LONG_AGO + datetime.timedelta(days=number)
                )
            )

    def counts(mark):
        """A mark counts when its translation is a live page (not an alias)."""
        translation = mark.translation
        return Page.objects.filter(
            translation_key=translation.source.object_id,
            locale=translation.target_locale,
            live=True,
            alias_of__isnull=True,
        ).exists()

    chile_key = scene_page("country-cl").translation_key
    mine = [mark for mark in marks if mark.translation.source.object_id != chile_key and counts(mark)]
    theirs = [mark for mark in marks if mark.translation.source.object_id == chile_key and counts(mark)]
    assert len(mine) >= 4 and theirs

    scope = status.scope_of(root for _tree, roots in status.owned_trees(specialist) for root in roots)
    count, stale = status.stale_translations(scope, limit=2)
    assert count == len(mine)
    assert [(page.translation_key, page.locale_id) for page, _source, _since in stale] == [
        (mark.translation.source.object_id, mark.translation.target_locale_id) for mark in mine[:2]
    ]
    assert all(source.locale.language_code == "es" for _page, source, _since in stale)
    context = dashboard.NeedsAttentionPanel(specialist).get_context_data()
    assert context["stale_more"] == max(len(mine) - dashboard.ATTENTION_LIMIT, 0)
    assert context["translation_report"]
    # Chile is not the specialist's: its marks count for its owner only.
    chile_scope = status.scope_of(root for _tree, roots in status.owned_trees(chile_specialist) for root in roots)
    assert status.stale_translations(chile_scope, limit=10)[0] == len(theirs)


def test_editors_need_attention_covers_every_tree(editor, specialist, scene_page):
    chile = scene_page("country-cl")
    Page.objects.filter(pk=chile.pk).update(last_published_at=LONG_AGO)
    TaskState.objects.filter(workflow_state__object_id=str(chile.pk), status=TaskState.STATUS_APPROVED).update(
        finished_at=LONG_AGO
    )
    panel = dashboard.NeedsAttentionPanel(editor)
    assert panel.sees_every_page
    count, _shown = status.overdue(panel.scope(), limit=1)
    assert count >= 1
    assert chile.pk in {page.pk for page, _date in status.overdue(panel.scope(), limit=count)[1]}
    assert not dashboard.NeedsAttentionPanel(specialist).sees_every_page
