from django import template
from django.urls import reverse

from comments.models import takes_comments

register = template.Library()


@register.inclusion_tag("comments/includes/section.html", takes_context=True)
def page_comments(context, page):
    """The "Comments" section of a page that takes them: a link to its discussion, shown in place by a script.

    No query and the same for every reader (so the page stays in the page cache as it is):
    the comments are the discussion's (comments/views.py). Nothing in a preview or on a page
    that is not live.
    """
    request = context.get("request")
    if request is None or not takes_comments(page) or not page.live or getattr(request, "is_preview", False):
        return {"show": False}
    return {"show": True, "url": reverse("comments:discussion", args=[page.pk])}


@register.filter
def comment_html(comment):
    """The comment's plain text, escaped, in paragraphs, web addresses as safe links (members/sanitise.py)."""
    from django.utils.safestring import mark_safe

    from members.sanitise import rich_text_paragraphs

    return mark_safe(rich_text_paragraphs(comment.text))  # escaped there
