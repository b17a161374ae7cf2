from django import template

from members.accept import credit_for

register = template.Library()


@register.inclusion_tag("members/includes/credit.html")
def contribution_credit(page):
    """ "Proposed by …" on a page made from a member's accepted proposal (any language version)."""
    return {"credit": credit_for(page)}


@register.inclusion_tag("members/includes/suggest_edit.html", takes_context=True)
def suggest_edit(context, page):
    """The "Suggest an edit" link at the foot of a page (the same for every reader: cacheable)."""
    return {"page": page}
