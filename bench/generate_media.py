"""Figures (small Pillow PNGs as Wagtail images) and documents (small PDFs) for ``bench.generate``."""

import io

MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


class MediaMixin:
    """The images and documents the generated pages show and link to (``Generator.create_media``)."""

    def create_media(self):
        from django.core.files.base import ContentFile
        from django.core.files.images import ImageFile
        from PIL import Image as PILImage
        from PIL import ImageDraw
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model

        Image = get_image_model()
        Document = get_document_model()
        editor = self.users["editor"]
        self.images = []
        for i in range(max(5, self.n // 200)):
            picture = PILImage.new("RGB", (640, 400), tuple(self.rng.randrange(256) for _ in range(3)))
            draw = ImageDraw.Draw(picture)
            for _ in range(6):
                x, y = self.rng.randrange(600), self.rng.randrange(360)
                draw.rectangle(
                    (x, y, x + self.rng.randrange(40, 200), y + self.rng.randrange(30, 150)),
                    fill=tuple(self.rng.randrange(256) for _ in range(3)),
                )
            buffer = io.BytesIO()
            picture.save(buffer, "PNG", optimize=True)
            image = Image(title=f"Bench image {i}", uploaded_by_user_id=editor)
            image.file = ImageFile(io.BytesIO(buffer.getvalue()), name=f"bench-{i}.png")
            image._set_image_file_metadata()
            image.save()
            self.images.append(image.pk)
        self.documents = []
        for i in range(max(5, self.n // 100)):
            document = Document(title=f"Bench report {i}", uploaded_by_user_id=editor)
            document.file = ContentFile(MINIMAL_PDF, name=f"bench-report-{i}.pdf")
            document.file_size = len(MINIMAL_PDF)
            document.save()
            self.documents.append(document.pk)
