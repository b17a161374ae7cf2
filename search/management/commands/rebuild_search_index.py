"""Rebuild the search index of every language (or one), with progress and counts.

Each language has its own backend (search/backends.py), holding only its locale's
pages and snippets (and, for the source language, images and documents); on a search
server the admin's backend holds every language and the images and documents, and is
named ``all`` here. Wagtail's
``update_index`` rebuilds them too; this command adds ``--language``, a counter per
model while it runs, the number of objects indexed per language, and a clear error
when the search server cannot be reached. Run it after an outage of the search server
(search/resilience.py) to bring the index back in step.
"""

from collections import Counter

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from wagtail.search.backends import get_search_backend
from wagtail.search.index import get_indexed_models

from search.resilience import is_unavailable


def language_backends():
    """``{language code: backend alias}`` from ``WAGTAILSEARCH_BACKENDS``, in setting order."""
    return {
        conf.get("LANGUAGE") or settings.LANGUAGE_CODE: alias for alias, conf in settings.WAGTAILSEARCH_BACKENDS.items()
    }


def english(text):
    with translation.override("en"):
        return str(text)


def models_by_index(backend, models):
    """``{index: [models]}``: Elasticsearch keeps pages, images and documents in separate indexes."""
    grouped = {}
    indexes = {}
    for model in models:
        index = backend.get_index_for_model(model)
        indexes.setdefault(index.get_key(), index)
        grouped.setdefault(index.get_key(), []).append(model)
    return [(indexes[key], grouped[key]) for key in grouped]


class Command(BaseCommand):
    help = "Rebuild the search index of each language (or of the one given with --language)."

    def add_arguments(self, parser):
        parser.add_argument("--language", help="Language code: rebuild only this language's backend.")
        parser.add_argument("--chunk-size", type=int, default=500, help="Objects sent to the index at once.")

    def handle(self, *args, language=None, chunk_size=500, **options):
        self.verbosity = options["verbosity"]
        backends = language_backends()
        if language is not None and language not in backends:
            raise CommandError(f"Unknown language {language!r}. Valid languages: {', '.join(backends)}.")
        selected = [language] if language else list(backends)
        for code in selected:
            try:
                counts = self.rebuild(code, backends[code], chunk_size)
            except Exception as error:
                if is_unavailable(error):
                    raise CommandError(f"{code}: the search backend is unavailable ({error}).") from error
                raise
            details = ", ".join(f"{count} {label}" for label, count in counts.items() if count)
            self.stdout.write(
                self.style.SUCCESS(f"{code}: {sum(counts.values())} objects indexed")
                + (f" ({details})" if details else "")
            )

    def rebuild(self, code, alias, chunk_size):
        """Rebuild one language's backend; returns ``{"pages": n, <other objects>: n}``."""
        from wagtail.models import Page

        backend = get_search_backend(alias)
        counts = Counter()
        if backend.rebuilder_class is None:
            self.note(f"{code}: backend '{alias}' searches the tables directly; nothing to rebuild.")
            return counts
        groups = models_by_index(backend, get_indexed_models())
        if hasattr(backend, "indexed_objects"):
            objects = {model: backend.indexed_objects(model) for _index, models in groups for model in models}
        else:  # a backend that is not one of the portal's: everything
            objects = {model: model.get_indexed_objects() for _index, models in groups for model in models}
        totals = {model: queryset.count() for model, queryset in objects.items()}
        self.progress = (code, 0, sum(totals.values()))
        for index, models in groups:
            self.note(f"{code}: rebuilding {index}")
            rebuilder = backend.rebuilder_class(index)
            index = rebuilder.start()
            for model in models:
                index.add_model(model)
            for model in models:
                label = "pages" if issubclass(model, Page) else english(model._meta.verbose_name_plural)
                counts[label] += self.add_objects(
                    index, model, objects[model].order_by("pk"), totals[model], chunk_size
                )
            rebuilder.finish()
        if self.verbosity > 0 and self.stdout.isatty():
            self.stdout.write("\r", ending="")  # the summary line overwrites the counter
        return counts

    def add_objects(self, index, model, objects, total, chunk_size):
        done = 0
        last_pk = None
        while done < total:
            chunk = list((objects if last_pk is None else objects.filter(pk__gt=last_pk))[:chunk_size])
            if not chunk:
                break
            index.add_items(model, chunk)
            done += len(chunk)
            last_pk = chunk[-1].pk
            self.advance(len(chunk))
        self.note(f"{self.progress[0]}: {model._meta.label} {done}")
        return done

    def advance(self, count):
        """An in-place counter on a terminal: ``es: 120/400``."""
        code, done, total = self.progress
        self.progress = (code, done + count, total)
        if self.verbosity > 0 and self.stdout.isatty():
            self.stdout.write(f"\r{code}: {done + count}/{total}", ending="")
            self.stdout.flush()

    def note(self, message):
        if self.verbosity > 1:
            self.stdout.write(message)
