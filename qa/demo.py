"""The FAQ part of the demo site: a few answered questions in es/en/fr (``demo/content/faq.yaml``).

Connected to ``demo.loader.demo_content_loaded`` (``QaConfig.ready``): once the pages exist,
each entry is created in Spanish on its page and published, and its English and French texts
are stored as wagtail-localize translations and published, as a translator's work would be.
Idempotent: an entry already there (by its key) is left as it is.
"""

from pathlib import Path

import yaml
from django.utils import timezone
from wagtail.models import Locale, Page

from members.sanitise import rich_text_paragraphs
from qa.models import FaqEntry

FAQ_FILE = Path(__file__).resolve().parents[1] / "demo" / "content" / "faq.yaml"


def _answer(paragraphs):
    return rich_text_paragraphs("\n\n".join(" ".join(str(text).split()) for text in paragraphs))


def load_demo_faq(sender=None, loader=None, **kwargs):
    from wagtail_localize.models import Translation, TranslationSource

    from demo.loader import DemoContentError, translation_key_for
    from editorial.translation_publish import publish_translation, store_texts_as_translations

    items = yaml.safe_load(FAQ_FILE.read_text(encoding="utf-8")) or []
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    created = 0
    for index, item in enumerate(items):
        where = f"{FAQ_FILE}, entry {index} ({item.get('key')!r})"
        key = translation_key_for(item["key"])
        page = Page.objects.filter(translation_key=translation_key_for(item["page"]), locale=locales["es"]).first()
        if page is None:
            raise DemoContentError(f"{where}: no demo page {item['page']!r}")
        source = FaqEntry.objects.filter(translation_key=key, locale=locales["es"]).first()
        if source is None:
            source = FaqEntry(
                translation_key=key,
                locale=locales["es"],
                page=page,
                question=item["es"]["question"],
                answer=_answer(item["es"]["answer"]),
                first_published=timezone.now(),
            )
            source.full_clean()
            source.save()
            source.save_revision().publish()
            created += 1
        for language in ("en", "fr"):
            if FaqEntry.objects.filter(translation_key=key, locale=locales[language]).exists():
                continue
            texts = item.get(language)
            if not texts:
                raise DemoContentError(f"{where}: no {language} texts")
            translation_source, _created = TranslationSource.get_or_create_from_instance(source)
            translation, _created = Translation.objects.get_or_create(
                source=translation_source, target_locale=locales[language]
            )
            translated = FaqEntry.objects.get(pk=source.pk)
            translated.question = texts["question"]
            translated.answer = _answer(texts["answer"])
            store_texts_as_translations(translation_source, translated, locales[language])
            publish_translation(translation)
    if loader is not None:
        loader.log(f"  faq: {created} entries created")
    return created
