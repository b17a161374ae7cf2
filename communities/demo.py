"""The communities' part of the demo site (``demo/content/communities.yaml``).

Connected to ``demo.loader.demo_content_loaded`` (``CommunitiesConfig.ready``): once the demo
pages exist, the communities' index and the communities are built as the other demo pages are
(Spanish originals, English and French wagtail-localize translations, by the running loader),
then their members (the demo accounts of ``demo/accounts.py`` and the community accounts below,
README's table), discussions with replies and announcements. The community of the seed's annex
(South-South cooperation for children, public) has two working groups; there is one community
of each privacy level (private, semi-private, public, open, hidden, archived).

Idempotent like the rest of the demo: a page, account, membership, discussion, reply or
announcement already there is left as it is. Nothing is emailed (the notifications belong to
the members' own actions on the site).
"""

import datetime
from pathlib import Path

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils import timezone

from communities import demo_calendar, demo_files
from communities.models import Announcement, CommunityIndexPage, CommunityPage, Membership, Post, Thread
from members.models import Member

COMMUNITIES_FILE = Path(__file__).resolve().parents[1] / "demo" / "content" / "communities.yaml"

# Accounts of readers of the public site (email sign-in, verified address) for trying the
# communities: username: (first name, last name, language of the emails, password).
DEMO_MEMBERS = {
    "community-manager": ("Marta", "Manager", "es", "demo-community-manager-2026"),
    "community-member": ("Mariana", "Member", "fr", "demo-community-member-2026"),
    "newcomer": ("Tomás", "Newcomer", "en", "demo-newcomer-2026"),
}
# What each entry holds beside the page's own fields.
EXTRAS = ("people", "discussions", "announcements")
# The seed's annex community (South-South cooperation for children): files and a calendar too.
ANNEX_KEY = "community-ssc4c"


def ensure_demo_members():
    """The community accounts (never reset when they exist); returns the usernames created."""
    User = get_user_model()
    created = []
    for username, (first, last, language, password) in DEMO_MEMBERS.items():
        email = f"{username}@example.org"
        user, was_created = User.objects.get_or_create(
            username=username, defaults={"first_name": first, "last_name": last, "email": email}
        )
        if was_created:
            user.set_password(password)
            user.save()
            created.append(username)
        Member.objects.get_or_create(user=user, defaults={"language": language})
        EmailAddress.objects.get_or_create(user=user, email=user.email, defaults={"primary": True, "verified": True})
    return created


def read_communities(path=COMMUNITIES_FILE):
    """The file's entries as the loader's entries (checked by the demo's own rules) and their extras by key."""
    from demo import validate
    from demo.files import ContentFile, DemoContentError, Entry, _as_block_pairs

    content = ContentFile(path)
    if not isinstance(content.data, list) or not all(isinstance(item, dict) for item in content.data):
        raise DemoContentError(f"{content.name}: a list of community entries is expected")
    entries, extras = [], {}
    known = {"home"}  # the demo's own pages are loaded before
    all_keys = {item.get("key") for item in content.data}
    for index, item in enumerate(content.data):
        extras[item.get("key")] = {name: item.pop(name, None) for name in EXTRAS}
        item = _as_block_pairs(item)
        validate.check_entry(item, lambda *path, index=index: content.where((index, *path)), known, all_keys)
        entries.append(Entry(item, content.where((index,))))
    return entries, extras


def load_demo_communities(sender=None, loader=None, **kwargs):
    """Build the demo communities with the running demo loader (the signal's ``loader``)."""
    if loader.find_page("home") is None:
        return None
    entries, extras = read_communities()
    index_entry = entries[0]
    existing = _existing_index(loader)
    if existing is not None and loader.find_page(index_entry.key) is None:
        # A communities index made by hand on this site: the demo leaves it (and its home) alone.
        loader.log(f"  communities: left out, the home page already has a communities index ({existing.title})")
        return None
    created_users = ensure_demo_members()
    for entry in entries:
        loader.ensure_source_page(entry)
    by_key = {entry.key: entry for entry in entries}
    done = {"home"}
    for entry in entries:
        loader.ensure_translations(entry, by_key, done)
    counts = {"memberships": 0, "discussions": 0, "replies": 0, "announcements": 0}
    users = {user.username: user for user in get_user_model().objects.all()}
    for entry in entries:
        page = loader.find_page(entry.key)
        if not isinstance(page, CommunityPage):
            continue
        community = page.canonical()
        found = extras[entry.key]
        # Members joined a month before the first discussion of their community.
        first = max((item["days_ago"] for item in found.get("discussions") or []), default=0)
        _people(entry, community, found.get("people") or {}, users, counts, joined=_ago(first + 30))
        _discussions(entry, community, found.get("discussions") or [], users, counts)
        _announcements(entry, community, found.get("announcements") or [], users, counts)
    # The seed's community also shares files and keeps a calendar with a webinar series.
    annex = loader.find_page(ANNEX_KEY)
    if isinstance(annex, CommunityPage):
        demo_files.load(annex)
        demo_calendar.load(annex)
    loader.log(
        f"  communities: {len(created_users)} accounts, {counts['memberships']} memberships, "
        f"{counts['discussions']} discussions, {counts['replies']} replies, {counts['announcements']} announcements"
    )
    return counts


def _existing_index(loader):
    home = loader.find_page("home")
    return CommunityIndexPage.objects.child_of(home).first() if home is not None else None


def _user(entry, users, username):
    from demo.loader import DemoContentError

    if username not in users:
        raise DemoContentError(f"{entry.where}: no demo account {username!r}")
    return users[username]


def _ago(days):
    return timezone.now() - datetime.timedelta(days=days, hours=1)


def _people(entry, community, people, users, counts, joined):
    roles = {Membership.Role.MANAGER: people.get("managers", []), Membership.Role.MEMBER: people.get("members", [])}
    for role, usernames in roles.items():
        for username in usernames:
            user = _user(entry, users, username)
            _membership, created = Membership.objects.get_or_create(
                community=community,
                user=user,
                defaults={"role": role, "state": Membership.State.ACTIVE, "joined_at": joined, "requested_at": joined},
            )
            counts["memberships"] += created


def _discussions(entry, community, discussions, users, counts):
    for item in discussions:
        author = _user(entry, users, item["author"])
        thread = Thread.objects.filter(community=community, title=item["title"]).first()
        if thread is None:
            started = _ago(item["days_ago"])
            thread = Thread.objects.create(
                community=community,
                title=item["title"],
                body=" ".join(item["body"].split()),
                author=author,
                created_at=started,
                last_activity=started,
            )
            thread.followers.add(author)
            counts["discussions"] += 1
        for reply in item.get("replies", []):
            body = " ".join(reply["body"].split())
            if thread.posts.filter(body=body).exists():
                continue
            replier = _user(entry, users, reply["author"])
            post = Post.objects.create(thread=thread, body=body, author=replier, created_at=_ago(reply["days_ago"]))
            thread.followers.add(replier)
            if post.created_at > thread.last_activity:
                thread.last_activity = post.created_at
                thread.save(update_fields=["last_activity"])
            counts["replies"] += 1


def _announcements(entry, community, announcements, users, counts):
    for item in announcements:
        if Announcement.objects.filter(community=community, title=item["title"]).exists():
            continue
        Announcement.objects.create(
            community=community,
            title=item["title"],
            body=" ".join(item["body"].split()),
            author=_user(entry, users, item["author"]),
            created_at=_ago(item["days_ago"]),
        )
        counts["announcements"] += 1
