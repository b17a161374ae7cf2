"""``{% inactivity_notice %}``: a community page shows its managers that it is flagged inactive (``activity.py``)."""

from django import template

from communities import access

register = template.Library()


@register.inclusion_tag("communities/includes/inactivity_notice.html", takes_context=True)
def inactivity_notice(context):
    from communities.activity_views import flag_of

    page, request = context["page"], context["request"]
    flag = None
    if access.can_manage(access.role(request, page)) and not page.canonical().archived:
        flag = flag_of(page)
    return {"flag": flag, "page": page, "csrf_token": context.get("csrf_token")}
