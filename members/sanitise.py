"""What members type is plain text: HTML is removed, links are made safe.

A proposal's text is kept without any markup (``plain_text``). Shown to moderators, or
turned into a draft page's rich text (``rich_text_paragraphs``), it is escaped; web
addresses in it become links only with ``http``/``https``, marked ``rel="nofollow noopener"``.
A ``javascript:`` or ``data:`` address stays inert text.
"""

import re

from django.utils.html import escape, strip_tags

URL = re.compile(r"\bhttps?://[^\s<>\"']+", re.IGNORECASE)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


SCRIPT_OR_STYLE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def plain_text(value):
    """``value`` without HTML tags (scripts and styles with their content) or control characters,
    with normalised line ends."""
    text = strip_tags(SCRIPT_OR_STYLE.sub("", value or ""))
    text = CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _linked(escaped_line):
    def link(match):
        url = match.group(0).rstrip(".,;:)")
        trailing = match.group(0)[len(url) :]
        return f'<a href="{url}" rel="nofollow noopener">{url}</a>{trailing}'

    return URL.sub(link, escaped_line)


def rich_text_paragraphs(value):
    """Plain text as Wagtail rich text: one ``<p>`` per paragraph, escaped, safe links."""
    paragraphs = [part.strip() for part in plain_text(value).split("\n\n") if part.strip()]
    return "".join(f"<p>{'<br/>'.join(_linked(escape(line)) for line in part.splitlines())}</p>" for part in paragraphs)
