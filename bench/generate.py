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
import os
import random
import sys
import time
from collections import defaultdict

from bench.common import database_url, describe_database, setup_django, vacuum_analyze
from bench.generate_media import MediaMixin
from bench.generate_plan import PlanMixin
from bench.generate_spec import LANGUAGES, SOURCE, GenerateError, Placed, bench_key
from bench.generate_tree import TreeMixin


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


class Generator(MediaMixin, PlanMixin, TreeMixin):
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

        from demo.loader import translation_key_for

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
        from demo.loader import read_entries, translation_key_for
        from editorial.roles import WORKFLOW_NAME
        from home.models import StandardPage
        from news.models import EventPage, NewsPage
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
        from demo.accounts import DEMO_OWNERSHIP

        self.owned = list(DEMO_OWNERSHIP.get("specialist", []))
        self.demo_countries = [key for key in self.demo_countries if key in self.demo_placed[SOURCE]]
        iso = dict(
            CountryPage.objects.filter(
                pk__in=[self.demo_placed[SOURCE][key].pk for key in self.demo_countries]
            ).values_list("pk", "iso_code")
        )
        self.iso_of_demo = {key: iso[self.demo_placed[SOURCE][key].pk] for key in self.demo_countries}

    # --- real translations ---------------------------------------------------------------------
    def real_translations(self, specs):
        """Make the en/fr versions of a sample of pages real wagtail-localize translations, published."""
        from wagtail.models import Page
        from wagtail_localize.models import Translation, TranslationSource

        from editorial.translation_publish import publish_translation, store_texts_as_translations

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


if __name__ == "__main__":
    os.chdir(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    main()
