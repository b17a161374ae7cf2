"""Writing the generated pages into the tree of ``bench.generate``: treebeard paths, multi-row INSERTs.

No save(), no signals, no search indexing; revisions, tags, documents and the review history
are written alongside each batch of pages.
"""

import datetime
import uuid
from collections import defaultdict

from bench.generate_spec import BATCH, LANGUAGES, SOURCE, Placed


class TreeMixin:
    """Writes the planned pages of every locale (part of ``Generator``)."""

    def write_pages(self, specs):
        from tqdm import tqdm

        self.id_pools = {}
        by_level = defaultdict(list)
        for spec in specs:
            by_level[spec.level].append(spec)
        with tqdm(total=len(specs) * len(LANGUAGES), unit="page", desc="pages", smoothing=0.1) as progress:
            for level in sorted(by_level):
                for language in LANGUAGES:
                    level_specs = by_level[level]
                    for start in range(0, len(level_specs), BATCH):
                        batch = level_specs[start : start + BATCH]
                        self.write_batch(batch, language)
                        progress.update(len(batch))

    def parent_of(self, spec, language):
        kind, ref = spec.parent
        return self.demo_placed[language][ref] if kind == "demo" else self.placed[language][ref]

    def page_id(self, ref, language=SOURCE):
        kind, key = ref
        return self.demo_placed[language][key].pk if kind == "demo" else self.placed[language][key].pk

    def write_batch(self, batch, language):
        """Write one batch of pages of one locale with their revisions, tags, documents and history."""
        from django.db import connection
        from modelcluster.models import get_all_child_relations
        from wagtail.models import Page, PageLogEntry, Revision, TaskState, WorkflowState

        from resources.models import ResourceDocument

        page_ids = reserve_ids(connection, Page, len(batch))
        pages, revisions, documents, through, logs = [], [], [], defaultdict(list), []
        for spec in batch:
            alias = language in spec.aliases
            parent = self.parent_of(spec, language)
            parent.numchild += 1
            parent.new_children += 1
            page = self.build_page(spec, SOURCE if alias else language)
            page.id = next(page_ids)
            for model in [type(page), *type(page)._meta.get_parent_list()]:
                for link in model._meta.parents.values():
                    setattr(page, link.attname, page.id)
            page.path = page._get_path(parent.path, parent.depth + 1, parent.numchild)
            page.depth = parent.depth + 1
            page.numchild = 0
            page.url_path = f"{parent.url_path}{page.slug}/"
            page.locale_id = self.locales[language]
            page.translation_key = spec.translation_key
            page.owner_id = self.users[spec.owner]
            page.alias_of_id = self.placed[SOURCE][spec.index].pk if alias else None
            page.bench_alias = alias
            self.placed[language][spec.index] = Placed(page.id, page.path, page.depth, page.url_path, 0)
            pages.append(page)
            # Child relations and tags in memory, so that serializable_data() runs no query.
            for relation in get_all_child_relations(type(page)):
                setattr(page, relation.get_accessor_name(), [])
            tags = {}
            if spec.kind in ("case_study", "resource", "news", "event"):
                tags = {
                    "countries": [self.page_id(ref) for ref in spec.countries],
                    "themes": [self.page_id(ref) for ref in spec.themes],
                }
            for name, targets in tags.items():
                setattr(page, name, [])
                field = type(page)._meta.get_field(name)
                through_model = field.remote_field.through
                for target in targets:
                    through[through_model].append(
                        through_model(
                            **{f"{field.m2m_field_name()}_id": page.id, f"{field.m2m_reverse_field_name()}_id": target}
                        )
                    )
            page_documents = [
                ResourceDocument(page_id=page.id, document_id=document, sort_order=order)
                for order, document in enumerate(spec.extra.get("documents", ()))
            ]
            documents += page_documents
            if alias:
                continue
            content = page.serializable_data()
            content["pk"] = page.id
            content.update(tags)
            content["documents"] = page_documents  # ids are given below
            revisions.append(
                Revision(
                    content_type_id=page.content_type_id,
                    base_content_type_id=self.page_ct,
                    object_id=str(page.id),
                    created_at=page.latest_revision_created_at,
                    user_id=page.owner_id,
                    object_str=page.title,
                    content=content,
                    approved_go_live_at=None,
                )
            )
            page.bench_revision = revisions[-1]

        document_ids = reserve_ids(connection, ResourceDocument, len(documents))
        for document in documents:
            document.id = next(document_ids)
        revision_ids = reserve_ids(connection, Revision, len(revisions))
        for revision in revisions:
            revision.id = next(revision_ids)
            revision.content["documents"] = [
                {"pk": d.pk, "sort_order": d.sort_order, "page": d.page_id, "document": d.document_id}
                for d in revision.content["documents"]
            ]
        for page in pages:
            if not page.bench_alias:
                page.latest_revision_id = page.bench_revision.id
                page.live_revision_id = page.latest_revision_id if page.live else None

        by_model = defaultdict(list)
        for page in pages:
            by_model[type(page)].append(page)
        for model, model_pages in by_model.items():
            for table_model in [*reversed(model._meta.get_parent_list()), model]:
                write_rows(connection, table_model, model_pages)
        write_rows(connection, Revision, revisions)
        write_rows(connection, ResourceDocument, documents)
        for through_model, rows in through.items():
            write_rows(connection, through_model, rows, with_ids=False)

        # History: the approved review that published each page, and its log entries.
        reviewed = [page for page in pages if page.live and not page.bench_alias]
        if self.workflow and self.task:
            state_ids = reserve_ids(connection, WorkflowState, len(reviewed))
            states, task_states = [], []
            for page in reviewed:
                state = WorkflowState(
                    id=next(state_ids),
                    content_type_id=page.content_type_id,
                    base_content_type_id=self.page_ct,
                    object_id=str(page.id),
                    workflow_id=self.workflow.pk,
                    status=WorkflowState.STATUS_APPROVED,
                    created_at=page.first_published_at - datetime.timedelta(hours=20),
                    requested_by_id=page.owner_id,
                    current_task_state_id=None,
                )
                states.append(state)
                task_states.append(
                    TaskState(
                        workflow_state_id=state.id,
                        revision_id=page.live_revision_id,
                        task_id=self.task.pk,
                        status=TaskState.STATUS_APPROVED,
                        started_at=state.created_at,
                        finished_at=page.first_published_at,
                        finished_by_id=self.users["reviewer"],
                        comment="",
                        content_type_id=self.task_state_ct,
                    )
                )
            write_rows(connection, WorkflowState, states)
            write_rows(connection, TaskState, task_states, with_ids=False)
        for page in pages:
            created = page.first_published_at or page.latest_revision_created_at
            logs.append(self.log_entry(page, "wagtail.create", created - datetime.timedelta(days=1), None))
            if page.live and not page.bench_alias:
                logs.append(self.log_entry(page, "wagtail.publish", created, page.live_revision_id))
        write_rows(connection, PageLogEntry, logs, with_ids=False)

    def log_entry(self, page, action, timestamp, revision_id):
        from wagtail.models import PageLogEntry

        return PageLogEntry(
            content_type_id=page.content_type_id,
            label=page.title,
            action=action,
            data={},
            timestamp=timestamp,
            uuid=uuid.uuid4(),
            user_id=page.owner_id if action == "wagtail.create" else self.users["reviewer"],
            revision_id=revision_id,
            content_changed=True,
            deleted=False,
            page_id=page.id,
        )

    def fix_numchild(self):
        from django.db.models import F
        from wagtail.models import Page

        for language in LANGUAGES:
            for placed in [*self.demo_placed[language].values(), *self.placed[language].values()]:
                if placed.new_children:
                    Page.objects.filter(pk=placed.pk).update(numchild=F("numchild") + placed.new_children)


def reserve_ids(connection, model, count):
    """An iterator over ``count`` new primary keys of ``model``, which nothing else will use."""
    table = model._meta.db_table
    column = model._meta.pk.column
    if count == 0:
        return iter(())
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT pg_get_serial_sequence(%s, %s)", [table, column])
            sequence = cursor.fetchone()[0]
            cursor.execute(
                f"SELECT setval(%s, GREATEST(nextval(%s) - 1, (SELECT COALESCE(MAX({column}), 0) FROM {table})) + %s)",
                [sequence, sequence, count],
            )
            last = cursor.fetchone()[0]
            first = last - count + 1
        else:
            cursor.execute(f"SELECT COALESCE(MAX({column}), 0) FROM {table}")
            first = cursor.fetchone()[0] + 1
    return iter(range(first, first + count))


def write_rows(connection, model, objects, with_ids=True):
    """Write the rows of ``model``'s own table for ``objects`` (which may be instances of a subclass).

    No save(), no signals, no search indexing: multi-row INSERTs (whatever the database driver).
    Primary keys are given (``reserve_ids``), or left to the database with ``with_ids=False``.
    """
    if not objects:
        return
    fields = [f for f in model._meta.local_concrete_fields if with_ids or not f.primary_key]
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    columns = ", ".join(quote(f.column) for f in fields)
    with connection.cursor() as cursor:
        row = "(" + ", ".join(["%s"] * len(fields)) + ")"
        per_statement = max(1, min(BATCH, 30_000 // len(fields)))
        for start in range(0, len(objects), per_statement):
            chunk = objects[start : start + per_statement]
            params = [f.get_db_prep_save(getattr(obj, f.attname), connection) for obj in chunk for f in fields]
            cursor.execute(f"INSERT INTO {table} ({columns}) VALUES {', '.join([row] * len(chunk))}", params)
