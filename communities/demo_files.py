"""Demo files for a community: two categories and three small PDF documents in Spanish.

``load(community)`` adds them to ``community`` (its canonical page), shared by its first
manager, in its private collection (``files.py``), and may be run again (what exists is
kept). The PDFs are written here, a page of text each, so the demo needs no file.
"""

from django.core.files.uploadedfile import SimpleUploadedFile

from communities.files import store
from communities.models.files import CommunityFile, FileCategory

REFERENCE = "Documentos de referencia"
MEETINGS = "Actas de reuniones"

FILES = [
    (
        REFERENCE,
        "Nota conceptual de la comunidad",
        "nota-conceptual.pdf",
        [
            "Nota conceptual de la comunidad",
            "Objetivo: reunir a profesionales de la proteccion social",
            "para compartir experiencias, buenas practicas y recursos.",
        ],
    ),
    (
        REFERENCE,
        "Guía para compartir experiencias",
        "guia-para-compartir-experiencias.pdf",
        [
            "Guia para compartir experiencias",
            "1. Describa el contexto del programa.",
            "2. Explique los resultados y las lecciones aprendidas.",
        ],
    ),
    (
        MEETINGS,
        "Acta de la reunión de lanzamiento",
        "acta-reunion-de-lanzamiento.pdf",
        [
            "Acta de la reunion de lanzamiento",
            "Participantes: los administradores y doce miembros.",
            "Acuerdos: calendario de seminarios y grupos de trabajo.",
        ],
    ),
]


def _escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def tiny_pdf(lines):
    """A valid one-page PDF showing ``lines`` (plain ASCII) in Helvetica."""
    text = "\n".join(
        f"BT /F1 {14 if number == 0 else 11} Tf 72 {760 - 24 * number} Td ({_escape(line)}) Tj ET"
        for number, line in enumerate(lines)
    ).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def load(community):
    """Two categories and three demo files in ``community``; returns the files it holds."""
    from communities.models.membership import Membership

    canonical = community.canonical()
    manager = (
        Membership.objects.filter(community=canonical, role=Membership.Role.MANAGER, state=Membership.State.ACTIVE)
        .select_related("user")
        .first()
    )
    user = manager.user if manager else None
    for category_name, title, filename, lines in FILES:
        category, _created = FileCategory.objects.get_or_create(community=canonical, name=category_name)
        if CommunityFile.objects.filter(community=canonical, document__title=title).exists():
            continue
        upload = SimpleUploadedFile(filename, tiny_pdf(lines), content_type="application/pdf")
        store(canonical, title=title, category=category, upload=upload, user=user)
    return list(CommunityFile.objects.filter(community=canonical))
