"""Publishing a wagtail-localize translation at once, inside a running transaction.

``Translation.save_target(publish=True)`` does not publish: it saves a revision and
defers ``revision.publish`` to ``transaction.on_commit``. When several translations are
saved in one transaction (a command, a data migration, a test), those deferred publishes
run at commit with revisions captured earlier, and restore stale tree columns: every
translated parent gets back the ``numchild`` it had before its children were added, and
Wagtail then serves those children as 404s. ``publish_translation`` saves the draft and
publishes its revision immediately, while it is current. Outside code paths that need
this (the demo loader) call it instead of ``save_target(publish=True)``.
"""


def publish_translation(translation, user=None):
    """Save ``translation``'s target from its current strings and publish it now; returns the target."""
    translation.save_target(user=user, publish=False)
    target = translation.get_target_instance()
    target.get_latest_revision().publish(user=user)
    return type(target).objects.get(pk=target.pk)


class SegmentMismatch(ValueError):
    """A field of the translated object splits into a different number of texts than the source's."""

    def __init__(self, path, found, expected):
        super().__init__(
            f"field {path.split('.')[0]!r} has {found} translatable segments where the source has {expected}"
        )
        self.path, self.found, self.expected = path, found, expected


def store_texts_as_translations(source, translated, locale, *, strict=True):  # locale: a Locale or its pk
    """Record the texts of ``translated`` (an object holding the target-language text) as
    StringTranslations of ``source``'s segments, field by field, in order.

    With ``strict`` a field whose number of texts differs from the source's raises
    ``SegmentMismatch``; otherwise the texts that pair up are stored.
    """
    from collections import defaultdict

    from wagtail_localize.models import StringTranslation
    from wagtail_localize.segments import StringSegmentValue
    from wagtail_localize.segments.extract import extract_segments

    wanted = defaultdict(list)
    for segment in extract_segments(translated):
        if isinstance(segment, StringSegmentValue):
            wanted[segment.path].append(segment.string.data)
    have = defaultdict(list)
    for segment in source.stringsegment_set.select_related("string", "context").order_by("order"):
        have[segment.context.path].append(segment)
    for path, segments in have.items():
        texts = wanted.get(path, [])
        if strict and len(texts) != len(segments):
            raise SegmentMismatch(path, len(texts), len(segments))
        for segment, text in zip(segments, texts, strict=False):
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale_id=getattr(locale, "pk", locale),
                context=segment.context,
                defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
            )
