"""The sections of a long page (a good practice, an evaluation, a country or theme page) and its table of contents.

A page lists its text sections in ``section_fields`` (field name, heading); the sections
with content are rendered in that order, each under an ``<h2 id="section-<field>">``, an
id that stays the same in every language and as long as the field exists, so a link to
``#section-coverage`` keeps working. The table of contents lists those headings and the
further sections the page shows (documents, related content, glossary), built on the
server: no script is needed to read or use it.
"""

from dataclasses import dataclass

from django.utils.text import capfirst

#: A page with fewer sections than this has no table of contents (it fits on a screen or two).
TOC_MINIMUM = 3


@dataclass(frozen=True)
class Section:
    anchor: str  # the id of the section's heading
    heading: str
    value: object = None
    stream: bool = False  # a StreamField (rendered with its blocks) rather than rich text


class SectionedPageMixin:
    """A page made of titled text sections, with a table of contents."""

    #: (field name, heading) in reading order; the heading defaults to the field's verbose name.
    section_fields = ()

    def get_sections(self):
        """The sections with content, in order."""
        from wagtail.fields import StreamField

        sections = []
        for entry in self.section_fields:
            name, heading = entry if isinstance(entry, tuple) else (entry, None)
            value = getattr(self, name)
            if not value:
                continue
            field = self._meta.get_field(name)
            sections.append(
                Section(
                    anchor=f"section-{name.replace('_', '-')}",
                    heading=str(heading or capfirst(field.verbose_name)),
                    value=value,
                    stream=isinstance(field, StreamField),
                )
            )
        return sections

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.get_sections()
        return context


def table_of_contents(sections, before=(), after=()):
    """[(anchor, heading)]: ``before``, the ``sections``, ``after``; or [] when the page is short."""
    entries = [*before, *((section.anchor, section.heading) for section in sections), *after]
    return entries if len(entries) >= TOC_MINIMUM else []
