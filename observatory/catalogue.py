"""The indicators the observatory starts with (those of the ILO's World Social Protection Report),
in Spanish (the source) with their English and French translations.

``ensure_indicators()`` creates whatever is missing (``manage.py setup_indicators``, and the
demo loader's hook); it never changes an indicator an editor has since edited.
"""

from pathlib import Path

import yaml
from django.conf import settings
from django.db import transaction
from wagtail.models import Locale

from observatory.models.indicators import Indicator

INDICATORS_FILE = Path(__file__).with_name("indicators.yaml")


def read_catalogue():
    with open(INDICATORS_FILE, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@transaction.atomic
def ensure_indicators():
    """Create each indicator missing in each content language; return how many were created."""
    created = 0
    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    source_language = settings.LANGUAGE_CODE
    for order, entry in enumerate(read_catalogue()):
        code, scale_max = entry["code"], entry["scale_max"]
        source = Indicator.objects.filter(code=code, locale__language_code=source_language).first()
        for language in [source_language, *[lang for lang in languages if lang != source_language]]:
            locale = Locale.objects.filter(language_code=language).first()
            if locale is None or Indicator.objects.filter(code=code, locale=locale).exists():
                continue
            texts = entry[language]
            indicator = Indicator(
                code=code,
                locale=locale,
                name=texts["name"],
                short_name=texts["short_name"],
                definition=texts["definition"],
                unit=texts["unit"],
                decimals=1,
                scale_max=scale_max,
                sort_order=(order + 1) * 10,
            )
            if source is not None:
                indicator.translation_key = source.translation_key
            indicator.full_clean()
            indicator.save()
            created += 1
            if language == source_language:
                source = indicator
    return created
