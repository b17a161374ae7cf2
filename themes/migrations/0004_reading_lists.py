"""Theme pages: "Policy documents" and "Further reading" become reading lists (StreamFields).

Each item of the old rich text (a list item or a paragraph) becomes one block: a link to
a portal page when the item links to one (its other words become the note), else an
outside source (its link, title, and where the text says so, the publisher before the
first comma and the year at the end). Block ids come from the page's translation key
and the item's position, so the Spanish page and its translations keep matching ids.
The live content and every revision of theme pages are converted. Going back turns
the lists into rich text again.
"""

import json
import re
import uuid
from html import escape
from html.parser import HTMLParser

import wagtail.fields
from django.db import migrations

BLOCKS = [
    ("page", 2),
    ("source", 7),
]
BLOCK_LOOKUP = {
    0: ("wagtail.blocks.PageChooserBlock", (), {"label": "Page"}),
    1: (
        "wagtail.blocks.CharBlock",
        (),
        {"help_text": "What to read there, for example “Part II: medical care”.", "label": "Note", "required": False},
    ),
    2: ("wagtail.blocks.StructBlock", [[("page", 0), ("note", 1)]], {}),
    3: ("wagtail.blocks.CharBlock", (), {"label": "Title"}),
    4: (
        "wagtail.blocks.URLBlock",
        (),
        {"help_text": "Leave empty for a source that is not online.", "label": "Link", "required": False},
    ),
    5: ("wagtail.blocks.CharBlock", (), {"label": "Publisher or author", "required": False}),
    6: ("wagtail.blocks.IntegerBlock", (), {"label": "Year", "min_value": 1800, "required": False}),
    7: ("wagtail.blocks.StructBlock", [[("title", 3), ("url", 4), ("publisher", 5), ("year", 6)]], {}),
}
FIELDS = ("policy_documents", "further_reading")
PUBLISHERS = re.compile(r"^(OIT|ILO|BIT|AISS|ISSA|OMS|WHO|OCDE|OECD|CEPAL|ECLAC|Banco Mundial|World Bank|Banque mondiale), ")
YEAR_AT_END = re.compile(r"\s*\(([^()]*?),?\s*((?:18|19|20)\d\d)\)\.?$")
KEY_NAMESPACE = uuid.UUID("0b1d6c55-6a3e-4a4c-9f5e-2f6c3b1f7a10")


class _Items(HTMLParser):
    """The items of a rich text: each <li>, and each <p> or heading outside a list, with their links."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.items, self.current, self.in_link = [], None, False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("li", "p", "h2", "h3", "h4") and self.current is None:
            self.current = {"text": "", "links": [], "tag": tag}
        elif tag == "a" and self.current is not None:
            self.current["links"].append({**attrs, "text": ""})
            self.in_link = True

    def handle_endtag(self, tag):
        if tag == "a":
            self.in_link = False
        if self.current is not None and tag == self.current["tag"]:
            self.current["text"] = " ".join(self.current["text"].split())
            if self.current["text"]:
                self.items.append(self.current)
            self.current = None

    def handle_data(self, data):
        if self.current is not None:
            self.current["text"] += data
            if self.in_link:
                self.current["links"][-1]["text"] += data


def html_to_blocks(html, translation_key, field):
    parser = _Items()
    parser.feed(html or "")
    blocks = []
    for index, item in enumerate(parser.items):
        block_id = str(uuid.uuid5(KEY_NAMESPACE, f"{translation_key}/{field}/{index}"))
        page_links = [link for link in item["links"] if link.get("linktype") == "page" and link.get("id")]
        if page_links:
            # The link's own words give way to the page's title; the rest is the note.
            link_text = " ".join(page_links[0]["text"].split())
            note = item["text"].replace(link_text, "", 1) if link_text else item["text"]
            note = note.strip().lstrip(",:;–-").strip().rstrip(".")
            blocks.append({"type": "page", "id": block_id, "value": {"page": int(page_links[0]["id"]), "note": note}})
            continue
        text = item["text"]
        url = next((link["href"] for link in item["links"] if link.get("href", "").startswith("http")), "")
        publisher, year = "", None
        match = PUBLISHERS.match(text)
        if match:
            publisher, text = match.group(1), text[match.end() :]
        match = YEAR_AT_END.search(text)
        if match:
            year = int(match.group(2))
            place = (match.group(1) or "").strip()
            text = text[: match.start()] + (f" ({place})" if place else "")
        blocks.append(
            {
                "type": "source",
                "id": block_id,
                "value": {"title": text.strip().rstrip("."), "url": url, "publisher": publisher, "year": year},
            }
        )
    return blocks


def blocks_to_html(blocks, titles):
    """Rich text for ``blocks``; ``titles``: page id → title (the link's words)."""
    items = []
    for block in blocks or []:
        value = block.get("value", {})
        if block.get("type") == "page":
            note = f": {escape(value.get('note'))}" if value.get("note") else ""
            title = escape(titles.get(value.get("page")) or str(value.get("page")))
            items.append(f'<li><a linktype="page" id="{value.get("page")}">{title}</a>{note}</li>')
        else:
            parts = [value.get("publisher"), value.get("title")]
            text = ", ".join(escape(part) for part in parts if part)
            if value.get("year"):
                text += f" ({value['year']})"
            if value.get("url"):
                text = f'<a href="{escape(value["url"])}">{text}</a>'
            items.append(f"<li>{text}</li>")
    return f"<ul>{''.join(items)}</ul>" if items else ""


def _theme_revisions(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_type = ContentType.objects.filter(app_label="themes", model="themepage").first()
    if content_type is None:
        return Revision.objects.none()
    return Revision.objects.filter(content_type=content_type)


def forwards(apps, schema_editor):
    ThemePage = apps.get_model("themes", "ThemePage")
    for page in ThemePage.objects.all():
        for field in FIELDS:
            setattr(page, field, html_to_blocks(getattr(page, f"{field}_html"), page.translation_key, field))
        page.save(update_fields=list(FIELDS))
    for revision in _theme_revisions(apps).iterator():
        content = revision.content
        key = content.get("translation_key", "")
        for field in FIELDS:
            if isinstance(content.get(field), str) and not content[field].lstrip().startswith("["):
                content[field] = json.dumps(html_to_blocks(content[field], key, field))
        revision.content = content
        revision.save(update_fields=["content"])


def backwards(apps, schema_editor):
    ThemePage = apps.get_model("themes", "ThemePage")
    titles = dict(apps.get_model("wagtailcore", "Page").objects.values_list("pk", "title"))
    for page in ThemePage.objects.all():
        for field in FIELDS:
            setattr(page, f"{field}_html", blocks_to_html(getattr(page, field).raw_data, titles))
        page.save(update_fields=[f"{field}_html" for field in FIELDS])
    for revision in _theme_revisions(apps).iterator():
        content = revision.content
        for field in FIELDS:
            if isinstance(content.get(field), str) and content[field].lstrip().startswith("["):
                content[field] = blocks_to_html(json.loads(content[field]), titles)
        revision.content = content
        revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("themes", "0003_glossary_synonyms"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RenameField("themepage", "policy_documents", "policy_documents_html"),
        migrations.RenameField("themepage", "further_reading", "further_reading_html"),
        migrations.AddField(
            model_name="themepage",
            name="further_reading",
            field=wagtail.fields.StreamField(
                BLOCKS, blank=True, block_lookup=BLOCK_LOOKUP, verbose_name="further reading"
            ),
        ),
        migrations.AddField(
            model_name="themepage",
            name="policy_documents",
            field=wagtail.fields.StreamField(
                BLOCKS,
                blank=True,
                block_lookup=BLOCK_LOOKUP,
                help_text="Conventions, recommendations, resolutions: pages of the portal or outside sources.",
                verbose_name="policy documents",
            ),
        ),
        migrations.RunPython(forwards, backwards),
        migrations.RemoveField("themepage", "policy_documents_html"),
        migrations.RemoveField("themepage", "further_reading_html"),
    ]
