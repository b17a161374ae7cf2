"""The communities' privacy table (docs/architecture.md, "Communities"), walked whole, with the caches on.

For each privacy level and each reader, what they get of the community page (and its Join
button or notice), its sub-page, a discussion, a working group, and what they find of it in
the listing, the site search, the search box's suggestions, the sitemap and the feeds, its
calendar (the tab, the community's ``.ics`` and an event's ``.ics``), and its files (the Files
list and a file's direct ``/documents/<id>/<file>`` link); and that the digest never holds it.
Before each reader, the community's manager and a member read everything (so that anything
that leaked into the page cache or the shared data would be served to the reader), and an
anonymous reader asks twice (the second answer may come from the page cache, and must be the
same). Runs on SQLite and on PostgreSQL (``DATABASE_URL``).
"""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from communities import files
from communities.models import CommunityEvent, FileCategory, Thread
from feeds import digest, sources
from tests.factories import CommunityPageFactory, CommunitySubPageFactory, MemberFactory, member_of

pytestmark = [pytest.mark.django_db, pytest.mark.factories]

FILE_DATA = b"%PDF-1.4\n% acta de la reunion\n%%EOF\n"

READERS = ("anonymous", "outsider", "pending", "member", "manager")
MEMBERS = {"member", "manager"}
EVERYONE = set(READERS)
NOBODY = set()

# level: (page fields, unique word)
LEVELS = {
    "private": ({"access": "private"}, "alfaquark"),
    "semi-private": ({"access": "semi-private"}, "bravoquark"),
    "public": ({"access": "public"}, "charliequark"),
    "open": ({"access": "open"}, "deltaquark"),
    "hidden": ({"access": "private", "hidden": True}, "echoquark"),
    "archived": ({"access": "semi-private", "archived": True}, "foxtrotquark"),
}

# The table. Each column: the readers who get it (the others do not).
# page: the community page is served (the others are sent to sign in);
# join: the button they see ("join", "ask", "sign in", "withdraw" or None);
# content: discussions listed and a thread readable; sub: its community page served;
# group: its working group served; listed: in the communities' listing;
# found: in the site search and the suggestions; sub_found: its sub-page in the site search;
# post: may start a discussion; notice: the "no longer active" notice;
# calendar: the calendar tab, the community's .ics and an event's .ics (the others get none of them).


# files: the Files list and a file's direct link (members only at every level, open included).
FILES = MEMBERS
TABLE = {
    "private": {
        "calendar": MEMBERS,
        "page": EVERYONE,
        "join": {"pending": "withdraw"},  # a request made before the community became private
        "content": MEMBERS,
        "sub": MEMBERS,
        "group": MEMBERS,
        "listed": EVERYONE,
        "found": EVERYONE,
        "sub_found": MEMBERS,
        "post": MEMBERS,
        "notice": NOBODY,
        "sitemap": True,
    },
    "semi-private": {
        "calendar": MEMBERS,
        "page": EVERYONE,
        "join": {"anonymous": "sign in", "outsider": "ask", "pending": "withdraw"},
        "content": MEMBERS,
        "sub": MEMBERS,
        "group": MEMBERS,
        "listed": EVERYONE,
        "found": EVERYONE,
        "sub_found": MEMBERS,
        "post": MEMBERS,
        "notice": NOBODY,
        "sitemap": True,
    },
    "public": {
        "calendar": MEMBERS,
        "page": EVERYONE,
        "join": {"anonymous": "sign in", "outsider": "join", "pending": "withdraw"},
        "content": MEMBERS,
        "sub": MEMBERS,
        "group": MEMBERS,
        "listed": EVERYONE,
        "found": EVERYONE,
        "sub_found": MEMBERS,
        "post": MEMBERS,
        "notice": NOBODY,
        "sitemap": True,
    },
    "open": {
        "calendar": EVERYONE,
        "page": EVERYONE,
        "join": {"anonymous": "sign in", "outsider": "join", "pending": "withdraw"},
        "content": EVERYONE,
        "sub": EVERYONE,
        "group": MEMBERS,
        "listed": EVERYONE,
        "found": EVERYONE,
        "sub_found": EVERYONE,
        "post": MEMBERS,
        "notice": NOBODY,
        "sitemap": True,
    },
    "hidden": {
        "calendar": MEMBERS,
        "page": MEMBERS,
        "join": {},
        "content": MEMBERS,
        "sub": MEMBERS,
        "group": MEMBERS,
        "listed": MEMBERS,
        "found": MEMBERS,
        "sub_found": MEMBERS,
        "post": MEMBERS,
        "notice": NOBODY,
        "sitemap": False,
    },
    "archived": {
        "calendar": MEMBERS,
        "page": EVERYONE,
        "join": {"pending": "withdraw"},
        "content": MEMBERS,
        "sub": MEMBERS,
        "group": MEMBERS,
        "listed": EVERYONE,
        "found": EVERYONE,
        "sub_found": MEMBERS,
        "post": NOBODY,
        "notice": EVERYONE,
        "sitemap": True,
    },
}

JOIN_TEXTS = {
    "join": ">Unirse</button>",
    "ask": "Pedir unirse",
    "sign in": "Iniciar sesión para unirse",
    "withdraw": "Retirar mi solicitud",
}


@pytest.fixture(scope="module")
def scene(index, file_storage):
    """One community per level, each with a sub-page, a discussion, a working group, a file and its readers."""
    communities = {}
    for level, (fields, word) in LEVELS.items():
        community = CommunityPageFactory(
            parent=index, title=f"Comunidad {word}", overview=f"<p>Trabajo {word} compartido.</p>", **fields
        )
        people = {
            "manager": member_of(community, role="manager"),
            "member": member_of(community),
            "pending": member_of(community, state="pending"),
            "outsider": MemberFactory().user,
            "anonymous": None,
        }
        sub = CommunitySubPageFactory(parent=community, title=f"Lecturas {word}", body=f"<p>Subpagina {word}sub</p>")
        group = CommunityPageFactory(parent=community, title=f"Grupo {word}", access="open")
        thread = Thread.objects.create(
            community=community, title=f"Hilo {word}hilo", body="Primer mensaje.", author=people["manager"]
        )
        event = CommunityEvent.objects.create(
            community=community,
            title=f"Reunion {word}cita",
            start_date=datetime.date(2030, 5, 6),
            start_time=datetime.time(10),
            end_date=datetime.date(2030, 5, 6),
            end_time=datetime.time(12),
            time_zone="America/Lima",
            online_url="https://meet.example.org/x",
        )

        category = FileCategory.objects.create(community=community, name=f"Categoria {word}")
        upload = SimpleUploadedFile(f"acta-{word}.pdf", FILE_DATA)
        shared = files.store(community, title=f"Acta {word}acta", category=category, upload=upload, user=None)
        communities[level] = {
            "community": community,
            "event": event,
            "people": people,
            "sub": sub,
            "group": group,
            "thread": thread,
            "file": shared,
            "word": word,
        }
    return communities


def client_for(user):
    client = Client(HTTP_HOST="localhost")
    if user is not None:
        client.force_login(user)
    return client


def what_they_get(client, scene_item):
    community, word = scene_item["community"], scene_item["word"]
    thread_url = f"{community.url}discussions/{scene_item['thread'].pk}/"
    page = client.get(community.url)
    body = page.content.decode() if page.status_code == 200 else ""
    search = client.get("/es/search/", {"q": word}).content.decode()
    sub_search = client.get("/es/search/", {"q": f"{word}sub"}).content.decode()
    suggestions = client.get("/es/search/autocomplete/", {"q": word}).json()["results"]
    cite = f"{word}cita"
    calendar = client.get(f"{community.url}calendar/")
    calendar_ics = client.get(f"{community.url}calendar/ics/")
    event_ics = client.get(f"{community.url}event-ics/{scene_item['event'].pk}/")
    readable = [
        response.status_code == 200 and cite in response.content.decode()
        for response in (calendar, calendar_ics, event_ics)
    ]

    files_list = client.get(f"{community.url}files/")
    download = client.get(scene_item["file"].document.url)
    return {
        "calendar": all(readable),
        "calendar_any": any(readable),
        "calendar_status": {calendar.status_code, calendar_ics.status_code, event_ics.status_code},
        "calendar_responses": (calendar, calendar_ics, event_ics),
        "response": page,
        "page": page.status_code == 200,
        "body": body,
        "content": f"{word}hilo" in body and client.get(thread_url).status_code == 200,
        "thread_status": client.get(thread_url).status_code,
        "sub": client.get(scene_item["sub"].url).status_code == 200,
        "group": client.get(scene_item["group"].url).status_code == 200,
        "listed": community.title in client.get(scene_item["community"].get_parent().url).content.decode(),
        "found": community.title in search and any(item["title"] == community.title for item in suggestions),
        "found_anywhere": community.title in search or any(item["title"] == community.title for item in suggestions),
        "sub_found": scene_item["sub"].title in sub_search,
        "post": f"{community.url}discussions/new/" in body,
        "notice": "ya no está activa" in body,
        "files": files_list.status_code == 200 and f"{word}acta" in files_list.content.decode(),
        "files_status": files_list.status_code,
        "download": download.status_code == 200 and b"".join(download.streaming_content) == FILE_DATA,
        "download_response": download,
        "file_in_body": f"{word}acta" in body,
        "file_found": f"Acta {word}acta" in client.get("/es/search/", {"q": f"{word}acta"}).content.decode(),
    }


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("level", LEVELS)
def test_privacy_table(scene, level, reader):
    item = scene[level]
    expected = TABLE[level]
    for insider in ("manager", "member"):  # whatever they read must not reach another reader
        what_they_get(client_for(item["people"][insider]), item)

    got = what_they_get(client_for(item["people"][reader]), item)

    assert got["page"] == (reader in expected["page"])
    if not got["page"] and level == "hidden":
        assert got["response"].status_code == 404  # not even "sign in to see it"
    elif not got["page"]:
        assert got["response"].status_code == 302 and "/accounts/login/" in got["response"]["Location"]
    assert got["content"] == (reader in expected["content"])
    if reader not in expected["content"]:
        assert got["thread_status"] in ((404,) if level == "hidden" else (302, 403))
        assert "hilo" not in got["body"]  # not even the thread's title
    assert got["calendar"] == got["calendar_any"] == (reader in expected["calendar"])
    if reader not in expected["calendar"]:  # sent to sign in, refused, or (hidden) not found
        expected_status = {404} if level == "hidden" else {302} if reader == "anonymous" else {403}
        assert got["calendar_status"] == expected_status
    elif reader != "anonymous":
        assert all("private" in response["Cache-Control"] for response in got["calendar_responses"])
    assert got["sub"] == (reader in expected["sub"])
    assert got["group"] == (reader in expected["group"])
    assert got["listed"] == (reader in expected["listed"])
    assert got["found"] == got["found_anywhere"] == (reader in expected["found"])
    assert got["sub_found"] == (reader in expected["sub_found"])
    assert got["post"] == (reader in expected["post"])
    assert got["notice"] == (reader in expected["notice"])
    assert got["files"] == got["download"] == (reader in FILES)
    if reader not in FILES:
        assert got["files_status"] in ((404,) if level == "hidden" else (302, 403))
        assert (
            got["download_response"].status_code == 302 and "/accounts/login/" in got["download_response"]["Location"]
        )
        assert not got["file_in_body"]
    else:
        assert "private" in got["download_response"]["Cache-Control"]
    assert not got["file_found"]  # files are never in the site search, not even for members
    join = expected["join"].get(reader)
    for kind, text in JOIN_TEXTS.items():
        assert (text in got["body"]) == (kind == join), kind

    if reader == "anonymous":
        sitemap = client_for(None).get("/sitemap.xml").content.decode()
        assert (item["community"].full_url in sitemap) == expected["sitemap"]
        assert item["sub"].full_url not in sitemap or "sub" in expected and reader in expected["sub"]
        for feed in ("news", "resources"):
            assert item["word"] not in client_for(None).get(f"/es/feeds/{feed}/rss.xml").content.decode()
        # Nor the digest: no section of it (every content type's listing) holds the community's pages.
        tree = {item["community"].pk, item["sub"].pk, item["group"].pk}
        since = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
        for kind in sources.SECTIONS:
            assert not tree & {page.pk for page in digest.published_in_content_type(kind, since)}, kind
        if got["page"]:
            again = client_for(None).get(item["community"].url)
            assert again["X-Page-Cache"] == "hit"
            assert again.content.decode() == got["body"]
    elif got["page"]:
        assert "private" in got["response"]["Cache-Control"]
