"""Documents members upload with a proposed resource: PDF or Office files only, checked by content.

The file's first bytes say what it is (``filetype``, which Wagtail uses too); its name's
extension must agree. Anything else (an executable renamed ``.pdf``, HTML, an image) is
refused, as is a file larger than ``PROPOSALS_MAX_UPLOAD_SIZE``. Accepted files are kept in
``PROPOSALS_UPLOAD_ROOT``, outside ``MEDIA_ROOT``: no URL of the site serves them; only
moderators download them from the admin (``admin_views.py``) until one accepts the proposal,
which makes a Wagtail document of it.
"""

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

# MIME type found in the content: the extensions a file of that type may have.
ALLOWED = {
    "application/pdf": {"pdf"},
    "application/msword": {"doc"},
    "application/vnd.ms-excel": {"xls"},
    "application/vnd.ms-powerpoint": {"ppt"},
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {"docx"},
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"xlsx"},
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": {"pptx"},
    "application/vnd.oasis.opendocument.text": {"odt"},
    "application/vnd.oasis.opendocument.spreadsheet": {"ods"},
    "application/vnd.oasis.opendocument.presentation": {"odp"},
}
ACCEPT_ATTRIBUTE = ",".join(sorted(f".{ext}" for exts in ALLOWED.values() for ext in exts))


def validate_document(upload):
    limit = settings.PROPOSALS_MAX_UPLOAD_SIZE
    if upload.size > limit:
        raise ValidationError(
            _("This file is too large (%(size)s); the limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            code="too_large",
        )
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    kind = filetype.guess(head)
    extension = upload.name.rpartition(".")[2].lower() if "." in upload.name else ""
    if kind is None or kind.mime not in ALLOWED or extension not in ALLOWED[kind.mime]:
        raise ValidationError(
            _("Only PDF and Office documents (Word, Excel, PowerPoint, OpenDocument) can be sent."),
            code="file_type",
        )
