"""What a reader may see and do in a community: the privacy rules in one place.

Readers are one of ``ANONYMOUS``, ``OUTSIDER`` (signed in, not a member; an invitation not
yet accepted counts as this), ``PENDING`` (asked to join a semi-private community),
``MEMBER`` and ``MANAGER`` (active memberships). A superuser counts as a manager.

+---------------+----------------------------+------------------------------+
| access        | who reads the content      | how one joins                |
+===============+============================+==============================+
| private       | members                    | invitation only (no Join)    |
| semi-private  | members                    | Join asks the managers       |
| public        | members                    | Join admits at once          |
| open          | everyone                   | Join admits at once          |
+---------------+----------------------------+------------------------------+

``hidden`` (the page itself members only) and ``archived`` (no one joins or posts) apply on
top. Only members post. A working group is reached by members of its parent community only
(a view restriction, ``privacy.py``) and joined only by them. The page, the concept note and
the list of managers are readable by whoever reaches the page: readers choose whether to
join from them. What reaches the caches is in ``privacy.py``.
"""

from django.db.models import Q

from communities.models.choices import Access
from communities.models.membership import Membership
from portal.visibility import public_q

ANONYMOUS = "anonymous"
OUTSIDER = "outsider"
PENDING = "pending"
MEMBER = "member"
MANAGER = "manager"

JOIN = "join"
REQUEST = "request"


def membership(user, community):
    """``user``'s membership of ``community`` (any language version), or None."""
    if not user.is_authenticated:
        return None
    return Membership.objects.filter(community=community.canonical(), user=user).first()


def role(request, community):
    """The reader's role in ``community``, worked out once per request and community."""
    cache = request.__dict__.setdefault("_community_roles", {})
    canonical = community.canonical()
    if canonical.pk not in cache:
        cache[canonical.pk] = _role(request.user, canonical)
    return cache[canonical.pk]


def _role(user, canonical):
    if not user.is_authenticated:
        return ANONYMOUS
    found = membership(user, canonical)
    if found is not None and found.is_active:
        return MANAGER if found.role == Membership.Role.MANAGER else MEMBER
    if user.is_superuser:
        return MANAGER
    if found is not None and found.state == Membership.State.PENDING:
        return PENDING
    return OUTSIDER


def is_member(reader_role):
    return reader_role in (MEMBER, MANAGER)


def can_read(reader_role, community):
    """Whether the reader sees the community's content: discussions, announcements, members, sub-pages."""
    return community.canonical().access == Access.OPEN or is_member(reader_role)


def can_post(reader_role, community):
    return is_member(reader_role) and not community.canonical().archived


def can_manage(reader_role):
    return reader_role == MANAGER


def join_mode(request, community):
    """``JOIN`` (admitted at once), ``REQUEST`` (the managers decide) or None (no Join button)."""
    canonical = community.canonical()
    if role(request, community) not in (ANONYMOUS, OUTSIDER) or canonical.archived:
        return None
    if canonical.access == Access.PRIVATE or canonical.hidden:
        return None
    parent = canonical.parent_community()
    if parent is not None and request.user.is_authenticated and not is_member(role(request, parent)):
        return None
    return REQUEST if canonical.access == Access.SEMI_PRIVATE else JOIN


def member_keys(user):
    """The translation keys of the communities ``user`` is an active member of."""
    if not user.is_authenticated:
        return []
    return list(
        Membership.objects.filter(user=user, state=Membership.State.ACTIVE).values_list(
            "community__translation_key", flat=True
        )
    )


def listed_communities(request, index):
    """The communities listed on ``index`` for this reader: every one but the hidden, and the hidden they belong to.

    Not kept as shared data: for a signed-in reader it depends on their memberships (the
    anonymous page, which shows only the non-hidden ones, is kept by the page cache).
    """
    visible = public_q()  # empty (everything) when no page carries a view restriction
    if request.user.is_superuser or not visible:
        visible = Q()
    elif request.user.is_authenticated:
        visible = visible | Q(translation_key__in=member_keys(request.user))
    return list(index.get_children().live().filter(visible).order_by("title").specific())
