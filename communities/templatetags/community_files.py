from django import template

register = template.Library()


@register.filter
def file_count(community):
    """How many files ``community`` (its canonical page) holds: for its members' view of the page."""
    from communities.models import CommunityFile

    return CommunityFile.objects.filter(community=community.canonical()).count()
