from django import template

from qa.faq import entries_for_page, takes_questions

register = template.Library()


@register.inclusion_tag("qa/includes/page_questions.html", takes_context=True)
def page_questions(context, page):
    """The page's FAQ entries and the way to ask a question (a form for members, a sign-in link for others).

    Anonymous pages are kept by the page cache: they show only the published entries and a link,
    the same for every anonymous reader; members' pages are never cached.
    """
    request = context.get("request")
    shown = takes_questions(page) and page.pk
    return {
        "request": request,
        "page": page,
        "shown": shown,
        "entries": entries_for_page(page) if shown else [],
        "user": getattr(request, "user", None),
        "messages": context.get("messages"),
    }
