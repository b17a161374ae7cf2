"""Builds the demo site from the data files in ``demo/content/`` (read by ``demo.files``).

Spanish pages are created from the ``es`` texts; the English and French pages are
real wagtail-localize translations: the ``en``/``fr`` texts are stored as string
translations of the Spanish segments, then wagtail-localize creates and publishes
the translated pages, exactly as if a translator had used the editor. The glossary
terms (``glossary.yaml``, snippets) are created and translated the same way. The files
are read and checked before anything is written; everything then runs in one
transaction and only adds what is missing, so running it twice changes nothing.
"""

import datetime
import html
import uuid
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.dispatch import Signal
from modelcluster.fields import ParentalManyToManyField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource

from editorial.translation_publish import SegmentMismatch, publish_translation, store_texts_as_translations
from home.models import HomePageFeatured
from themes.models import GlossaryTerm

from . import validate
from .files import CONTENT_DIR, DemoContentError, Entry, read_entries, read_featured, read_glossary

__all__ = [
    "CONTENT_DIR",
    "DemoContentError",
    "DemoContentLoader",
    "Entry",
    "demo_content_loaded",
    "read_entries",
    "translation_key_for",
]

SOURCE_LANGUAGE = "es"
TARGET_LANGUAGES = ("en", "fr")
# Stable translation keys: a demo page keeps its identity across runs and machines.
KEY_NAMESPACE = uuid.UUID("6b0f4f7e-2f55-4b8e-9a4c-5d1c0a7e9f21")


#: Sent at the end of a load, inside its transaction, so that an app adds its own demo data
#: (the observatory's figures) without the loader knowing the app: ``sender`` is the loader class,
#: ``loader`` the running loader (its ``log``).
demo_content_loaded = Signal()


def translation_key_for(key):
    return uuid.uuid5(KEY_NAMESPACE, key)


def rich_text_html(items):
    """Turn a list of paragraphs / '### headings' / bullet lists into rich text HTML."""
    parts = []
    for item in items:
        if isinstance(item, (list, tuple)):
            parts.append("<ul>" + "".join(f"<li>{_inline(text)}</li>" for text in item) + "</ul>")
        elif item.startswith("### "):
            parts.append(f"<h3>{_inline(item[4:])}</h3>")
        else:
            parts.append(f"<p>{_inline(item)}</p>")
    return "".join(parts)


def _inline(text):
    """Escape text but keep the <b>/<i> tags the content format allows."""
    escaped = html.escape(text, quote=False)
    for tag in ("b", "i"):
        escaped = escaped.replace(f"&lt;{tag}&gt;", f"<{tag}>").replace(f"&lt;/{tag}&gt;", f"</{tag}>")
    return escaped


@dataclass
class Report:
    created_pages: int = 0
    created_terms: int = 0
    created_translations: int = 0
    created_users: list = field(default_factory=list)


class DemoContentLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.report = Report()
        self.locales = {}

    def log(self, message):
        if self.stdout:
            self.stdout.write(message)

    @transaction.atomic
    def load(self, entries=None, content_dir=None):
        """Create what is missing; ``entries`` (read from ``content_dir`` by default) are the pages."""
        entries = read_entries(content_dir) if entries is None else entries
        keys = {entry.key for entry in entries}
        glossary = read_glossary(content_dir, keys)
        featured = read_featured(content_dir, keys)
        self.locales = {
            code: Locale.objects.get_or_create(language_code=code)[0] for code in (SOURCE_LANGUAGE,) + TARGET_LANGUAGES
        }
        self.create_accounts()
        self.remove_placeholder_home()
        # Every Spanish page first, then the links to pages that came later in the files
        # (a theme links to a resource that is tagged with the theme), then the
        # translations, each after the pages it links to.
        self.deferred_links = []
        for entry in entries:
            self.ensure_source_page(entry)
        self.complete_deferred_links()
        by_key = {entry.key: entry for entry in entries}
        done = set()
        for entry in entries:
            self.ensure_translations(entry, by_key, done)
        self.ensure_glossary(glossary)
        self.feature_on_home(featured)
        self.point_site_at_home()
        self.set_up_editorial()
        demo_content_loaded.send(sender=DemoContentLoader, loader=self)
        return self.report

    # --- accounts, roles and ownership -------------------------------------------------
    def set_up_editorial(self):
        """Roles and workflow (idempotent), then the demo ownership of trees."""
        from demo.accounts import DEMO_OWNERSHIP
        from editorial.models import OwnedTree
        from editorial.roles import setup_editorial

        setup_editorial()
        User = get_user_model()
        for username, keys in DEMO_OWNERSHIP.items():
            user = User.objects.filter(username=username).first()
            for key in keys:
                root = self.find_page(key)
                if user is None or root is None:
                    continue
                tree = OwnedTree.objects.filter(translation_key=root.translation_key).first()
                if tree is None:
                    tree = OwnedTree(root=root)
                    tree.full_clean()
                    tree.save()
                if not tree.owners.filter(pk=user.pk).exists():
                    tree.owners.add(user)

    def create_accounts(self):
        from demo.accounts import ensure_demo_accounts
        from editorial.roles import setup_roles

        setup_roles()

        self.report.created_users = ensure_demo_accounts()

    # --- pages -----------------------------------------------------------------------
    def find_page(self, key, language=SOURCE_LANGUAGE):
        return (
            Page.objects.filter(translation_key=translation_key_for(key), locale=self.locales[language])
            .specific()
            .first()
        )

    def ensure_source_page(self, entry):
        existing = self.find_page(entry.key)
        if existing is not None:
            return existing
        model = self.model_for(entry)
        page = model(locale=self.locales[SOURCE_LANGUAGE], translation_key=translation_key_for(entry.key))
        # The sections directly under the home page make up the main menu.
        page.show_in_menus = entry.data["parent"] == "home"
        self.set_fields(page, entry, SOURCE_LANGUAGE, defer_missing=True)
        m2m = self.set_sync_fields(page, entry)
        parent = self.parent_for(entry)
        try:
            parent.add_child(instance=page)
            for name, value in m2m.items():
                getattr(page, name).set(value)
            page.save_revision().publish()
        except ValidationError as error:
            raise DemoContentError(f"{entry.where}: {_describe(error)}") from error
        self.report.created_pages += 1
        self.log(f"  created {entry.key} ({SOURCE_LANGUAGE})")
        return page

    def model_for(self, entry):
        try:
            return apps.get_model(entry.data["type"])
        except (LookupError, ValueError) as error:
            raise DemoContentError(f"{entry.where}: unknown page type {entry.data['type']!r}") from error

    def parent_for(self, entry):
        if not entry.data["parent"]:
            return Page.get_first_root_node()
        parent = self.find_page(entry.data["parent"])
        if parent is None:
            raise DemoContentError(f"{entry.where}: parent {entry.data['parent']!r} does not exist")
        return parent

    def set_fields(self, page, entry, language, defer_missing=False):
        """Set the translatable fields of ``page`` from the entry's texts in ``language``."""
        for name, value in entry.data[language].items():
            model_field = page._meta.get_field(name)
            if isinstance(model_field, StreamField):
                setattr(page, name, self.stream_value(entry, name, value, defer_missing=defer_missing))
            elif isinstance(model_field, RichTextField):
                setattr(page, name, rich_text_html(value))
            else:
                setattr(page, name, value)

    def stream_value(self, entry, name, blocks, defer_missing=False):
        """A StreamField value whose block ids are the same in every language.

        A ``page`` block names its page by key; with ``defer_missing``, a block whose page
        does not exist yet is left out and the field is noted for ``complete_deferred_links``.
        """
        value = []
        for index, (block_type, block_value) in enumerate(blocks):
            if block_type == "paragraph":
                block_value = rich_text_html(block_value)
            if block_type == "page":
                target = self.find_page(block_value["page"])
                if target is None and defer_missing:
                    self.deferred_links.append((entry, name, blocks))
                    continue
                if target is None:
                    raise DemoContentError(
                        f"{entry.where}: {name} links to {block_value['page']!r}, which does not exist"
                    )
                block_value = {**block_value, "page": target.pk}
            block_id = str(uuid.uuid5(KEY_NAMESPACE, f"{entry.key}/{name}/{index}"))
            value.append({"type": block_type, "value": block_value, "id": block_id})
        return value

    def complete_deferred_links(self):
        """Add the page links left out because their page came later; publish once per page."""
        pages = {}
        for entry, name, blocks in self.deferred_links:
            page = pages.setdefault(entry.key, self.find_page(entry.key))
            setattr(page, name, self.stream_value(entry, name, blocks))
        for page in pages.values():
            page.save_revision().publish()
        self.deferred_links = []

    def set_sync_fields(self, page, entry):
        """Set the synchronized fields; return many-to-many values to set after saving."""
        m2m = {}
        for name, value in entry.data.get("sync", {}).items():
            model_field = page._meta.get_field(name)
            if isinstance(model_field, (models.ManyToManyField, ParentalManyToManyField)):
                m2m[name] = [self.reference(entry, ref) for ref in value]
            elif isinstance(model_field, models.ForeignKey) and model_field.related_model is get_user_model():
                setattr(page, name, get_user_model().objects.get(username=value))
            elif isinstance(model_field, models.ForeignKey):
                setattr(page, name, self.reference(entry, value))
            elif isinstance(model_field, models.DateField):
                setattr(page, name, datetime.date.fromisoformat(value))
            elif isinstance(model_field, models.TimeField):
                setattr(page, name, datetime.time.fromisoformat(value))
            else:
                setattr(page, name, value)
        return m2m

    def reference(self, entry, key):
        page = self.find_page(key)
        if page is None:
            raise DemoContentError(f"{entry.where}: refers to {key!r}, which does not exist")
        return page

    # --- translations ----------------------------------------------------------------
    def ensure_translations(self, entry, by_key, done):
        """Translate ``entry`` after its parent and the pages it links to (wagtail-localize needs them)."""
        if entry.key in done:
            return
        done.add(entry.key)
        for key in [entry.data["parent"], *validate.page_references(entry.data)]:
            if key in by_key:
                self.ensure_translations(by_key[key], by_key, done)
        source = self.find_page(entry.key)
        for language in TARGET_LANGUAGES:
            self.ensure_translation(entry, source, language)

    def ensure_translation(self, entry, source_page, language):
        if self.find_page(entry.key, language) is None:
            self.translate(entry, source_page, language)

    def translate(self, entry, source_object, language):
        """Create and publish the ``language`` translation of a page or snippet from the entry's texts."""
        locale = self.locales[language]
        source, _created = TranslationSource.get_or_create_from_instance(source_object)
        translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
        self.store_string_translations(entry, source, source_object, language)
        try:
            # Not save_target(publish=True): see editorial/translation_publish.py.
            publish_translation(translation)
        except ValidationError as error:
            raise DemoContentError(f"{entry.where}: {language}: {_describe(error)}") from error
        self.report.created_translations += 1
        self.log(f"  translated {entry.key} ({language})")

    def store_string_translations(self, entry, source, source_object, language):
        """Record the entry's ``language`` texts as translations of the source's segments."""
        translated = type(source_object).objects.get(pk=source_object.pk)
        self.set_fields(translated, entry, language)
        try:
            store_texts_as_translations(source, translated, self.locales[language])
        except SegmentMismatch as error:
            raise DemoContentError(
                f"{entry.where}: {language}: field {error.path.split('.')[0]!r} has {error.found} "
                f"translatable segments where the Spanish has {error.expected}"
            ) from error

    # --- glossary ----------------------------------------------------------------------
    def find_term(self, key, language=SOURCE_LANGUAGE):
        return GlossaryTerm.objects.filter(
            translation_key=translation_key_for(key), locale=self.locales[language]
        ).first()

    def ensure_glossary(self, terms):
        for entry in terms:
            source = self.find_term(entry.key) or self.create_term(entry)
            for language in TARGET_LANGUAGES:
                if self.find_term(entry.key, language) is None:
                    self.translate(entry, source, language)

    def create_term(self, entry):
        term = GlossaryTerm(locale=self.locales[SOURCE_LANGUAGE], translation_key=translation_key_for(entry.key))
        self.set_fields(term, entry, SOURCE_LANGUAGE)
        self.set_sync_fields(term, entry)
        try:
            term.full_clean()
            term.save()
            term.save_revision().publish()
        except ValidationError as error:
            raise DemoContentError(f"{entry.where}: {_describe(error)}") from error
        self.report.created_terms += 1
        self.log(f"  created {entry.key} ({SOURCE_LANGUAGE})")
        return term

    def feature_on_home(self, keys):
        """Give each home page its featured content, once (an editor may change it later)."""
        featured = [page for page in (self.find_page(key) for key in keys) if page is not None]
        for language in (SOURCE_LANGUAGE,) + TARGET_LANGUAGES:
            home = self.find_page("home", language)
            if home is None or home.featured_pages.exists():
                continue
            home.featured_pages = [HomePageFeatured(page=page, sort_order=i) for i, page in enumerate(featured)]
            home.save_revision().publish()

    # --- site ------------------------------------------------------------------------
    def remove_placeholder_home(self):
        """Delete Wagtail's "Welcome to your new Wagtail site!" page if it is still there.

        It occupies the slug ``home`` under the root, which the English home page needs.
        Its Site goes with it; ``point_site_at_home`` creates the portal's Site.
        """
        for page in Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore"):
            if not page.get_children().exists():
                page.delete()

    def point_site_at_home(self):
        home = self.find_page("home")
        if home is None:
            return
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name=str(settings.WAGTAIL_SITE_NAME),
            )
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.save()


def _describe(error):
    if hasattr(error, "message_dict"):
        return "; ".join(f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items())
    return " ".join(error.messages)
