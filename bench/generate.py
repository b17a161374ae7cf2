"""Fill a database with a realistic site of N pages per locale, in minutes.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_10k .venv/bin/python -m bench.generate --pages 10000

On top of ``manage.py migrate`` and ``manage.py load_demo_content`` (run first when the
database lacks them), it adds N pages to each of the es, en and fr trees:

- country pages under the countries index (one per remaining ISO 3166 country), theme
  pages, case studies, resources (some with documents), news and events, standard
  pages under country and theme pages (the demo specialist's Belgium, Ecuador and Peru
  trees get ten times their share), some nested one level further;
- tags (countries and themes), internal page and document links, figures (small PNGs
  made with Pillow, real Wagtail images), documents (small PDFs);
- every page with a published revision, an approved review in the workflow history and
  create/publish log entries, as the admin and the dashboard expect; a few drafts;
- en and fr pages are translations of the Spanish text (same translation_key, same
  synchronized fields, text rendered from the same plan); about 8% of them are aliases
  (locale synchronisation's placeholders for pages not translated yet), and a sample
  (``--real-translations``) become real wagtail-localize translations, published the way
  the demo loader does.

Speed: the tree is written directly (treebeard paths computed here, multi-row INSERTs,
no signals), so nothing is indexed during generation; the search index is rebuilt at
the end (``--no-index`` to skip). Running it twice on one database stops with an error.
"""

import argparse
import datetime
import io
import os
import random
import sys
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from bench import text
from bench.common import database_url, describe_database, setup_django, vacuum_analyze

# Translation keys of generated pages derive from this namespace (and mark a generated database).
BENCH_NAMESPACE = uuid.UUID("0d3c8f6e-3a57-4f0b-9a43-6c1e2b7d5a10")
LANGUAGES = text.LANGUAGES
SOURCE = "es"
# Shares of the pages that are not country or theme pages.
SHARES = {"case_study": 0.25, "resource": 0.25, "news": 0.23, "event": 0.12, "standard": 0.15}
ALIAS_SHARE = 0.08  # en/fr copies that stay untranslated aliases
DRAFT_SHARE = 0.02  # case studies, resources and news never published
NESTED_SHARE = 0.3  # standard pages under another standard page
OWNED_TREE_WEIGHT = 10  # the specialist's trees get this many times the share of standard pages
BATCH = 500
DEMO_INDEXES = {
    "country": "countries",
    "theme": "themes",
    "case_study": "casestudies",
    "resource": "resources",
    "news": "news",
    "event": "news",
}
MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


class GenerateError(Exception):
    pass


def bench_key(index):
    return uuid.uuid5(BENCH_NAMESPACE, f"page-{index}")


@dataclass
class Spec:
    """One generated page, language-neutral: its es, en and fr versions are built from it."""

    index: int
    kind: str
    parent: tuple  # ("demo", key) or ("spec", index)
    level: int
    plan: text.Plan
    created_at: datetime.datetime
    owner: str = "editor"
    live: bool = True
    aliases: frozenset = frozenset()
    countries: list = field(default_factory=list)  # ("demo", key) / ("spec", index) refs
    themes: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)

    @property
    def translation_key(self):
        return bench_key(self.index)


@dataclass
class Placed:
    """A page row in one locale, as children need it."""

    pk: int
    path: str
    depth: int
    url_path: str
    numchild: int
    new_children: int = 0


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=10_000, help="pages per locale (default 10000)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--real-translations",
        type=int,
        default=24,
        help="source pages whose en/fr versions become real wagtail-localize translations (default 24)",
    )
    parser.add_argument("--no-index", action="store_true", help="do not rebuild the search index at the end")
    parser.add_argument(
        "--no-setup", action="store_true", help="fail instead of running migrate and load_demo_content when needed"
    )
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    if args.pages < 20:
        sys.exit("--pages must be at least 20")
    # manage.py's settings, without DEBUG's query log and with the page cache off.
    setup_django("config.settings.dev", DEBUG="false", PAGE_CACHE="false")
    print(f"Database: {describe_database(database_url())}")
    started = time.perf_counter()
    try:
        timings = Generator(args).run()
    except GenerateError as error:
        sys.exit(f"error: {error}")
    total = time.perf_counter() - started
    print()
    for name, seconds in timings:
        print(f"  {name:<38} {seconds:8.1f} s")
    print(f"  {'total':<38} {total:8.1f} s")


class Generator:
    def __init__(self, args):
        self.args = args
        self.n = args.pages
        self.rng = random.Random(args.seed)
        self.now = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
        self.timings = []
        self.placed = {language: {} for language in LANGUAGES}  # spec index -> Placed
        self.demo_placed = {language: {} for language in LANGUAGES}  # demo key -> Placed

    # --- orchestration ---------------------------------------------------------------
    def phase(self, name, function, *args):
        started = time.perf_counter()
        result = function(*args)
        self.timings.append((name, time.perf_counter() - started))
        return result

    def run(self):
        from django.db import transaction

        self.check_not_generated()
        self.phase("migrate + load_demo_content", self.ensure_base)
        with transaction.atomic():
            self.phase("context", self.load_context)
            self.phase("images and documents", self.create_media)
            specs = self.phase("plan", self.plan)
            self.phase(f"pages ({self.n:,} per locale, x3)", self.write_pages, specs)
            self.phase("tree counters", self.fix_numchild)
            self.phase(f"real translations ({self.args.real_translations} x2)", self.real_translations, specs)
        self.phase("planner statistics (VACUUM ANALYZE)", self.analyze)
        if not self.args.no_index:
            self.phase("search index", self.rebuild_index)
            self.phase("VACUUM ANALYZE (search index)", self.analyze)
        self.report(specs)
        return self.timings

    def ensure_base(self):
        from django.core.management import call_command
        from django.db import connection
        from django.db.migrations.executor import MigrationExecutor

        executor = MigrationExecutor(connection)
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            if self.args.no_setup:
                raise GenerateError("the database is not migrated: run manage.py migrate first")
            print("Running migrate…")
            call_command("migrate", verbosity=0, interactive=False)
        from wagtail.models import Page

        from portal.demo.loader import translation_key_for

        if not Page.objects.filter(translation_key=translation_key_for("home")).exists():
            if self.args.no_setup:
                raise GenerateError("no demo content: run manage.py load_demo_content first")
            print("Running load_demo_content…")
            call_command("load_demo_content", verbosity=0)

    def check_not_generated(self):
        from django.db import connection
        from wagtail.models import Page

        if Page._meta.db_table not in connection.introspection.table_names():
            return
        existing = Page.objects.filter(translation_key=bench_key(0)).count()
        if existing:
            generated = Page.objects.filter(depth__gte=3).count()
            raise GenerateError(
                f"this database already holds generated bench content ({generated:,} pages below the home pages). "
                "Generate into a fresh database (createdb …) instead."
            )

    # --- context ---------------------------------------------------------------------
    def load_context(self):
        from django.contrib.auth import get_user_model
        from django.contrib.contenttypes.models import ContentType
        from wagtail.models import Locale, Page, Task, TaskState, Workflow

        from casestudies.models import CaseStudyPage
        from countries.models import CountryPage
        from home.models import StandardPage
        from news.models import EventPage, NewsPage
        from portal.demo.loader import read_entries, translation_key_for
        from portal.editorial.roles import WORKFLOW_NAME
        from resources.models import ResourcePage
        from themes.models import ThemePage

        self.models = {
            "country": CountryPage,
            "theme": ThemePage,
            "case_study": CaseStudyPage,
            "resource": ResourcePage,
            "news": NewsPage,
            "event": EventPage,
            "standard": StandardPage,
        }
        self.locales = {locale.language_code: locale.pk for locale in Locale.objects.all()}
        missing = set(LANGUAGES) - set(self.locales)
        if missing:
            raise GenerateError(f"locales missing: {', '.join(sorted(missing))}")
        self.page_ct = ContentType.objects.get_for_model(Page).pk
        self.cts = {kind: ContentType.objects.get_for_model(model).pk for kind, model in self.models.items()}
        self.task_state_ct = ContentType.objects.get_for_model(TaskState).pk
        users = {user.username: user.pk for user in get_user_model().objects.all()}
        for name in ("specialist", "reviewer", "editor"):
            if name not in users:
                raise GenerateError(f"demo account {name!r} missing: run manage.py load_demo_content")
        self.users = users
        self.workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
        self.task = Task.objects.filter(workflow_tasks__workflow=self.workflow).first() if self.workflow else None

        entries = read_entries()
        self.demo_keys = defaultdict(list)
        for entry in entries:
            self.demo_keys[entry.data["type"]].append(entry.key)
        keys = [entry.key for entry in entries]
        by_key = {key: translation_key_for(key) for key in keys}
        rows = Page.objects.filter(translation_key__in=by_key.values()).values(
            "pk", "translation_key", "locale_id", "path", "depth", "url_path", "numchild"
        )
        key_of = {value: key for key, value in by_key.items()}
        language_of = {pk: code for code, pk in self.locales.items()}
        for row in rows:
            language = language_of.get(row["locale_id"])
            if language in LANGUAGES:
                self.demo_placed[language][key_of[row["translation_key"]]] = Placed(
                    row["pk"], row["path"], row["depth"], row["url_path"], row["numchild"]
                )
        for key in ("countries", "themes", "casestudies", "resources", "news"):
            for language in LANGUAGES:
                if key not in self.demo_placed[language]:
                    raise GenerateError(f"demo page {key!r} ({language}) missing: run manage.py load_demo_content")
        self.demo_countries = self.demo_keys["countries.CountryPage"]
        self.demo_themes = self.demo_keys["themes.ThemePage"]
        self.demo_regions = self.demo_keys["countries.RegionPage"]
        self.demo_iso = set(CountryPage.objects.values_list("iso_code", flat=True))
        self.link_targets = [
            self.demo_placed[SOURCE][key].pk
            for key in self.demo_keys["casestudies.CaseStudyPage"] + self.demo_keys["resources.ResourcePage"]
            if key in self.demo_placed[SOURCE]
        ]
        from portal.demo.accounts import DEMO_OWNERSHIP

        self.owned = list(DEMO_OWNERSHIP.get("specialist", []))
        self.demo_countries = [key for key in self.demo_countries if key in self.demo_placed[SOURCE]]
        iso = dict(
            CountryPage.objects.filter(
                pk__in=[self.demo_placed[SOURCE][key].pk for key in self.demo_countries]
            ).values_list("pk", "iso_code")
        )
        self.iso_of_demo = {key: iso[self.demo_placed[SOURCE][key].pk] for key in self.demo_countries}

    # --- images and documents ------------------------------------------------------------
    def create_media(self):
        from django.core.files.base import ContentFile
        from django.core.files.images import ImageFile
        from PIL import Image as PILImage
        from PIL import ImageDraw
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model

        Image = get_image_model()
        Document = get_document_model()
        editor = self.users["editor"]
        self.images = []
        for i in range(max(5, self.n // 200)):
            picture = PILImage.new("RGB", (640, 400), tuple(self.rng.randrange(256) for _ in range(3)))
            draw = ImageDraw.Draw(picture)
            for _ in range(6):
                x, y = self.rng.randrange(600), self.rng.randrange(360)
                draw.rectangle(
                    (x, y, x + self.rng.randrange(40, 200), y + self.rng.randrange(30, 150)),
                    fill=tuple(self.rng.randrange(256) for _ in range(3)),
                )
            buffer = io.BytesIO()
            picture.save(buffer, "PNG", optimize=True)
            image = Image(title=f"Bench image {i}", uploaded_by_user_id=editor)
            image.file = ImageFile(io.BytesIO(buffer.getvalue()), name=f"bench-{i}.png")
            image._set_image_file_metadata()
            image.save()
            self.images.append(image.pk)
        self.documents = []
        for i in range(max(5, self.n // 100)):
            document = Document(title=f"Bench report {i}", uploaded_by_user_id=editor)
            document.file = ContentFile(MINIMAL_PDF, name=f"bench-report-{i}.pdf")
            document.file_size = len(MINIMAL_PDF)
            document.save()
            self.documents.append(document.pk)

    # --- plan ------------------------------------------------------------------------------
    def plan(self):
        rng = self.rng
        free_iso = [code for code in text.COUNTRY_CODES if code not in self.demo_iso]
        countries = min(len(free_iso), max(2, round(self.n * 0.025)))
        themes = min(30, max(1, self.n // 500))
        rest = self.n - countries - themes
        counts = {kind: int(rest * share) for kind, share in SHARES.items()}
        counts["case_study"] += rest - sum(counts.values())
        specs = []

        def new(kind, parent, level, country_code, **kwargs):
            plan = text.Plan(random.Random(rng.random()), country_code)
            created = self.now - datetime.timedelta(days=rng.randrange(1, 3650), seconds=rng.randrange(86400))
            spec = Spec(len(specs), kind, parent, level, plan, created, **kwargs)
            specs.append(spec)
            return spec

        country_refs = [("demo", key) for key in self.demo_countries]
        iso_of = {("demo", key): iso for key, iso in self.iso_of_demo.items()}
        for code in free_iso[:countries]:
            spec = new("country", ("demo", "countries"), 0, code, extra={"iso_code": code})
            spec.extra["region"] = rng.choice(self.demo_regions)
            country_refs.append(("spec", spec.index))
            iso_of[("spec", spec.index)] = code
        theme_refs = [("demo", key) for key in self.demo_themes]
        for _ in range(themes):
            spec = new("theme", ("demo", "themes"), 0, rng.choice(text.COUNTRY_CODES))
            theme_refs.append(("spec", spec.index))

        tagged = [kind for kind in ("case_study", "resource", "news", "event") for _ in range(counts[kind])]
        rng.shuffle(tagged)
        for kind in tagged:
            tags = rng.sample(country_refs, rng.choice((1, 1, 2, 3)))
            spec = new(
                kind,
                ("demo", DEMO_INDEXES[kind]),
                1,
                iso_of.get(tags[0], "BE"),
                countries=tags,
                themes=rng.sample(theme_refs, rng.choice((1, 2))),
                live=rng.random() > DRAFT_SHARE,
            )
            if kind == "case_study":
                spec.extra["country"] = tags[0]
                spec.countries = tags[1:]

        roots = [(ref, OWNED_TREE_WEIGHT if ref[0] == "demo" and ref[1] in self.owned else 1) for ref in country_refs]
        roots += [(ref, 1) for ref in theme_refs]
        refs, weights = zip(*roots, strict=True)
        standard_top = []
        nested = round(counts["standard"] * NESTED_SHARE)
        for _ in range(counts["standard"] - nested):
            root = rng.choices(refs, weights)[0]
            owner = "specialist" if root[0] == "demo" and root[1] in self.owned else "editor"
            spec = new("standard", root, 2, iso_of.get(root, "BE"), owner=owner)
            standard_top.append(spec)
        for _ in range(nested):
            parent = rng.choice(standard_top)
            new("standard", ("spec", parent.index), 3, parent.plan.country, owner=parent.owner)

        for spec in specs:
            spec.aliases = frozenset(
                language for language in LANGUAGES[1:] if spec.level > 0 and rng.random() < ALIAS_SHARE
            )
            spec.extra.update(self.plan_extra(spec))
        return specs

    def plan_extra(self, spec):
        rng = spec.plan.rng
        plan = spec.plan
        extra = {"summary": plan.sentences(rng.randint(1, 2))}
        links = []
        if rng.random() < 0.3 and self.link_targets:
            links.append(("page", rng.choice(self.link_targets)))
        if rng.random() < 0.3 and self.documents:
            links.append(("document", rng.choice(self.documents)))
        extra["links"] = links
        rich = {
            "country": ("coverage", "initiatives", "expenditure_reviews", "legal_framework"),
            "theme": ("synthesis", "ongoing_projects", "training"),  # reading lists: see build_page
            "case_study": ("summary", "challenge", "approach", "goals", "evaluation", "lessons_learned", "risks"),
            "resource": ("summary",),
            "news": ("body",),
            "event": ("objective", "learning_outcomes", "body"),
            "standard": (),
        }[spec.kind]
        extra["rich"] = {name: plan.paragraphs(rng.randint(1, 3)) for name in rich}
        if spec.kind == "resource":
            from resources.models import EVALUATION_FIELDS, ResourceType

            extra["resource_type"] = rng.choice(ResourceType.values)
            if extra["resource_type"] == ResourceType.EVALUATION:
                for name in EVALUATION_FIELDS:
                    extra["rich"][name] = plan.paragraphs(1)
            extra["document_language"] = rng.choice(("es", "en", "fr", "other"))
            extra["authors"] = rng.choice(("OIT", "AISS", "Banco Mundial", "UNICEF", "OIT; AISS"))
            extra["documents"] = rng.sample(self.documents, rng.choice((0, 1, 1, 2))) if self.documents else []
        if spec.kind in ("news", "event"):
            extra["date"] = (spec.created_at + datetime.timedelta(days=rng.randrange(0, 60))).date()
            extra["date"] = min(extra["date"], self.now.date())
        if spec.kind == "event":
            from news.models import EventType

            extra["event_type"] = rng.choice(EventType.values)
            extra["duration"] = rng.choice((0, 1, 4, 11))
            extra["online"] = rng.random() < 0.4
            extra["location"] = rng.randrange(len(text.LOCATIONS))
        if spec.kind == "standard":
            blocks = []
            for index in range(rng.randint(2, 4)):
                blocks.append(("heading", rng.randrange(len(text.HEADINGS))))
                blocks.append(("paragraph", plan.paragraphs(1)))
                roll = rng.random()
                if roll < 0.25 and self.images:
                    blocks.append(("figure", rng.choice(self.images)))
                elif roll < 0.35 and self.documents:
                    blocks.append(("document", rng.choice(self.documents)))
                elif roll < 0.45:
                    blocks.append(("quote", index))
            extra["blocks"] = blocks
        if spec.kind == "country":
            extra["last_reviewed"] = (spec.created_at + datetime.timedelta(days=rng.randrange(0, 300))).date()
            extra["last_reviewed"] = min(extra["last_reviewed"], self.now.date())
        return extra

    # --- writing -----------------------------------------------------------------------------
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

    def build_page(self, spec, language):
        """The unsaved page of ``spec`` with the texts of ``language`` and the synchronized values."""
        from django.utils.text import slugify

        plan = spec.plan
        institution = plan.institution
        kind = spec.kind
        extra = spec.extra
        if kind == "country":
            title = text.COUNTRY_NAMES[plan.country][text.language_index(language)]
        else:
            title = text.title(kind, plan, language)
        links = []
        for position, (link_type, target) in enumerate(extra["links"]):
            label = {"es": "más información", "en": "more information", "fr": "en savoir plus"}[language]
            links.append((position, f'<a linktype="{link_type}" id="{target}">{label}</a>'))
        values = {
            "title": title[:255],
            "draft_title": title[:255],
            "slug": f"{slugify(title)[:70]}-{spec.index}",
            "seo_title": "",
            "search_description": "",
            "show_in_menus": False,
            "content_type_id": self.cts[kind],
            "live": spec.live,
            "has_unpublished_changes": not spec.live,
            "first_published_at": spec.created_at if spec.live else None,
            "last_published_at": spec.created_at if spec.live else None,
            "latest_revision_created_at": spec.created_at,
            "go_live_at": None,
            "expire_at": None,
            "expired": False,
            "locked": False,
            "locked_at": None,
            "locked_by_id": None,
            "latest_revision_id": None,
            "live_revision_id": None,
        }
        for name, paragraphs in extra["rich"].items():
            values[name] = text.render_rich_text(
                paragraphs, language, institution, links if name == next(iter(extra["rich"])) else ()
            )
        summary = text.render_text(extra["summary"], language, institution)
        if kind == "country":
            values.update(
                iso_code=extra["iso_code"],
                region_id=self.demo_placed[SOURCE][extra["region"]].pk,
                summary=summary,
                specialist_id=None,
                last_reviewed=extra["last_reviewed"],
            )
        elif kind == "theme":
            values["summary"] = summary
            # The reading lists are StreamFields (themes/blocks.py): one outside source each, no link.
            for name in ("policy_documents", "further_reading"):
                block_id = str(uuid.UUID(int=plan.rng.getrandbits(128)))
                source = {"title": summary[:120], "url": "", "publisher": "OIT", "year": min(plan.year, self.now.year)}
                values[name] = [{"type": "source", "id": block_id, "value": source}]
        elif kind == "case_study":
            values.update(
                institution=text.INSTITUTIONS[institution][text.language_index(language)],
                country_id=self.page_id(extra["country"]),
                implemented_since=plan.year,
                award="" if plan.rng.random() < 0.7 else "ISSA Good Practice Award",
            )
        elif kind == "resource":
            values.update(
                resource_type=extra["resource_type"],
                year=min(plan.year, self.now.year),
                authors=extra["authors"],
                document_language=extra["document_language"],
            )
        elif kind in ("news", "event"):
            values.update(date=extra["date"], summary=summary)
            values.setdefault("body", "")
            if kind == "event":
                location = text.LOCATIONS[extra["location"]][text.language_index(language)]
                values.update(
                    event_type=extra["event_type"],
                    start_date=extra["date"],
                    end_date=extra["date"] + datetime.timedelta(days=extra["duration"]),
                    online=extra["online"],
                    location=location,
                    organisers=text.INSTITUTIONS[institution][text.language_index(language)],
                    partners="OIT, AISS",
                )
        elif kind == "standard":
            values["intro"] = summary
            values["body"] = self.stream_body(spec, language)
        return self.models[kind](**values)

    def stream_body(self, spec, language):
        i = text.language_index(language)
        plan = spec.plan
        body = []
        for position, (block_type, value) in enumerate(spec.extra["blocks"]):
            block_id = str(uuid.uuid5(BENCH_NAMESPACE, f"{spec.index}/body/{position}"))
            if block_type == "heading":
                raw = text.HEADINGS[value][i]
            elif block_type == "paragraph":
                raw = text.render_rich_text(value, language, plan.institution)
            elif block_type == "figure":
                caption = text.CAPTION[i].format(country=text.COUNTRY_NAMES[plan.country][i])
                raw = {"image": {"image": value, "decorative": False, "alt_text": caption}, "caption": caption}
            elif block_type == "document":
                raw = {"document": value, "title": ""}
            else:
                raw = {"quote": text.QUOTE[i], "attribution": text.INSTITUTIONS[plan.institution][i]}
            body.append({"type": block_type, "value": raw, "id": block_id})
        return body

    def fix_numchild(self):
        from django.db.models import F
        from wagtail.models import Page

        for language in LANGUAGES:
            for placed in [*self.demo_placed[language].values(), *self.placed[language].values()]:
                if placed.new_children:
                    Page.objects.filter(pk=placed.pk).update(numchild=F("numchild") + placed.new_children)

    # --- real translations ---------------------------------------------------------------------
    def real_translations(self, specs):
        """Make the en/fr versions of a sample of pages real wagtail-localize translations, published."""
        from wagtail.models import Page
        from wagtail_localize.models import Translation, TranslationSource

        from portal.editorial.translation_publish import publish_translation, store_texts_as_translations

        wanted_kinds = ["country", "theme", "case_study", "resource", "news", "event", "standard"]
        candidates = [spec for spec in specs if spec.live and not spec.aliases and spec.level < 3]
        sample, taken = [], set()
        for position in range(self.args.real_translations):
            kind = wanted_kinds[position % len(wanted_kinds)]
            pool = [spec for spec in candidates if spec.kind == kind and spec.index not in taken]
            # Prefer the specialist's trees for standard pages: the dashboard shows them.
            owned = [spec for spec in pool if spec.owner == "specialist"]
            if owned:
                pool = owned
            if pool:
                sample.append(pool[position % len(pool)])
                taken.add(sample[-1].index)
        for spec in sample:
            source_page = Page.objects.get(pk=self.placed[SOURCE][spec.index].pk).specific
            source, _created = TranslationSource.get_or_create_from_instance(source_page)
            for language in LANGUAGES[1:]:
                locale_id = self.locales[language]
                target = Page.objects.get(pk=self.placed[language][spec.index].pk).specific
                translation, _created = Translation.objects.get_or_create(source=source, target_locale_id=locale_id)
                store_texts_as_translations(source, target, locale_id, strict=False)
                publish_translation(translation)
        self.sampled = sample

    def analyze(self):
        vacuum_analyze()

    # --- search index ------------------------------------------------------------------------
    def rebuild_index(self):
        from django.core.management import call_command, get_commands

        command = "rebuild_search_index" if "rebuild_search_index" in get_commands() else "update_index"
        print(f"Rebuilding the search index ({command})…")
        call_command(command, verbosity=0)

    def report(self, specs):
        from wagtail.models import Page

        kinds = defaultdict(int)
        for spec in specs:
            kinds[spec.kind] += 1
        print()
        print(f"Generated {len(specs):,} pages per locale (x{len(LANGUAGES)} locales):")
        for kind, count in sorted(kinds.items()):
            print(f"  {kind:<12} {count:>7,}")
        aliases = sum(len(spec.aliases) for spec in specs)
        print(
            f"  en/fr aliases (untranslated): {aliases:,}; real wagtail-localize translations: {len(self.sampled) * 2}"
        )
        print(f"  images: {len(self.images)}, documents: {len(self.documents)}")
        print(f"Pages in the database: {Page.objects.count():,}")


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


if __name__ == "__main__":
    os.chdir(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    main()
