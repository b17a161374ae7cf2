"""A community's files: what may be shared, and where files are kept (Wagtail documents in a private collection).

**Storage.** Each community (and working group) gets its own Wagtail collection,
"Communities → <title>", made at its first upload (``FileCollection``), with a
``CollectionViewRestriction`` of type GROUPS naming the community's Django group, the group
``privacy.py`` keeps equal to the active members. So, with Wagtail's own mechanisms only:

- Wagtail's document serving (``/documents/<id>/<file>``) refuses the file to anyone outside
  the group (anonymous readers and non-members are sent to sign in), whatever the
  community's privacy level: files are for members only, in open communities too ("anyone
  reads; only members post or share files": the files themselves stay with the members);
- the answer for a member is ``Cache-Control: private`` (``portal/security/headers.py``);
- the admin's choosers, listings and search leave the documents out for whoever is outside
  the group (``editorial/media_privacy.py``): a specialist who is not a member never sees them;
- site search, sitemaps and feeds list pages only: a document is never among their results.

**What may be shared**: PDF, Office and OpenDocument files, CSV tables and images (JPEG, PNG,
GIF, WebP), recognised by their content with the extension agreeing, up to
``PROPOSALS_MAX_UPLOAD_SIZE``: the members' proposals' validation (``members/documents.py``)
with images and CSV added. SVG (which can carry scripts) and HTML are refused.
"""

import codecs

import filetype
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.utils.file import hash_filelike

from communities.models.files import CommunityFile, FileCollection
from members.documents import ACCEPT_ATTRIBUTE as DOCUMENTS_ACCEPT
from members.documents import validate_document

COLLECTIONS_PARENT = "Communities"

IMAGES = {
    "image/jpeg": {"jpg", "jpeg"},
    "image/png": {"png"},
    "image/gif": {"gif"},
    "image/webp": {"webp"},
}
ACCEPT_ATTRIBUTE = ",".join(
    [DOCUMENTS_ACCEPT, ".csv", *sorted(f".{extension}" for extensions in IMAGES.values() for extension in extensions)]
)


def _extension(name):
    return name.rpartition(".")[2].lower() if "." in name else ""


def _is_csv(head):
    """Text (UTF-8 or Windows-1252, no NUL byte) that does not look like a web page."""
    if b"\x00" in head or head.lstrip().startswith(b"<"):
        return False
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        try:
            head.decode("cp1252")
        except UnicodeDecodeError:
            return False
    return True


def validate_file(upload):
    """A file members may share, or a ``ValidationError`` saying why not (size first, then the type)."""
    try:
        validate_document(upload)  # the size limit; PDF, Office and OpenDocument by their content
        return
    except ValidationError as error:
        if error.code != "file_type":
            raise
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    kind = filetype.guess(head)
    extension = _extension(upload.name)
    if kind is not None and kind.mime in IMAGES and extension in IMAGES[kind.mime]:
        return
    if kind is None and extension == "csv" and _is_csv(head):
        return
    raise ValidationError(
        _("Only PDF, Office and OpenDocument files, CSV tables and images (JPEG, PNG, GIF, WebP) can be shared."),
        code="file_type",
    )


def members_group(canonical):
    """The Django group of the community's active members: ``privacy.group_for``'s, by its name.

    (Not imported from ``privacy.py``, which reads the page models: the page's routes lead
    here, and the import graph has no cycles. ``tests/communities/test_files.py`` checks that
    both give the same group.)
    """
    group, _created = Group.objects.get_or_create(name=f"community-{canonical.translation_key}")
    return group


def restrict(collection, group):
    """``collection`` is readable by ``group`` only (one GROUPS restriction, naming exactly that group)."""
    restriction = CollectionViewRestriction.objects.filter(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    ).first()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
    if set(restriction.groups.values_list("pk", flat=True)) != {group.pk}:
        restriction.groups.set([group])


def collection_for(community):
    """The private collection of ``community``'s files (made, and restricted to its group, on first use)."""
    with transaction.atomic():
        canonical = community.canonical()
        canonical = type(canonical).objects.select_for_update().get(pk=canonical.pk)
        found = FileCollection.objects.filter(community=canonical).select_related("collection").first()
        if found is None:
            root = Collection.get_first_root_node()
            parent = root.get_children().filter(name=COLLECTIONS_PARENT).first()
            if parent is None:
                parent = root.add_child(name=COLLECTIONS_PARENT)
            collection = parent.add_child(name=canonical.title[:255])
            found = FileCollection.objects.create(community=canonical, collection=collection)
        restrict(found.collection, members_group(canonical))
    return found.collection


def store(community, *, title, category, upload, user):
    """Share ``upload`` (already validated) in ``community``: a document in its private collection. Returns the file."""
    canonical = community.canonical()
    with transaction.atomic():
        Document = get_document_model()
        document = Document(title=title, collection=collection_for(canonical), uploaded_by_user=user)
        name = upload.name.rpartition("/")[2]
        upload.seek(0)
        document.file.save(name, upload, save=False)
        document.file_size = upload.size
        upload.seek(0)
        document.file_hash = hash_filelike(upload)
        document.save()
        return CommunityFile.objects.create(community=canonical, category=category, document=document, uploaded_by=user)


def _file_deleted(sender, instance, origin=None, **kwargs):
    """A community file takes its document along (a deleted community or category, say): no file is left behind
    in the collection. Not when the deletion started from the document itself."""
    Document = get_document_model()
    model = origin.model if hasattr(origin, "model") else type(origin)
    if issubclass(model, Document):
        return
    Document.objects.filter(pk=instance.document_id).delete()


def connect():
    from django.db.models.signals import post_delete

    post_delete.connect(_file_deleted, sender=CommunityFile, dispatch_uid="communities_file_deleted")
