"""Image uploads: an image larger than the site needs (over WAGTAILIMAGES_MAX_IMAGE_PIXELS,
40 megapixels) is refused with Wagtail's message in the uploader's language, and nothing is saved.

Memory per rendition grows with the pixels of the original (``bench/image_memory.py``
measures it at the limit), so the limit is what keeps a worker's memory bounded.
"""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model

from tests.factories import SpecialistFactory

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def png(width, height):
    buffer = io.BytesIO()
    PILImage.new("L", (width, height), color=200).save(buffer, "PNG")
    return SimpleUploadedFile("mapa.png", buffer.getvalue(), content_type="image/png")


@pytest.fixture
def specialist_client(client):
    # Specialists may add images (editorial/roles.py); their admin language is Spanish.
    client.force_login(SpecialistFactory(language="es"))
    return client


def test_an_image_over_40_megapixels_is_refused(specialist_client):
    before = get_image_model().objects.count()
    response = specialist_client.post(
        reverse("wagtailimages:add"), {"title": "Mapa enorme", "file": png(7000, 6000), "collection": 1}
    )
    assert response.status_code == 200
    assert "Este archivo contiene muchos pixeles" in response.content.decode()
    assert get_image_model().objects.count() == before


def test_the_multiple_uploader_refuses_it_too(specialist_client):
    before = get_image_model().objects.count()
    response = specialist_client.post(reverse("wagtailimages:add_multiple"), {"files[]": png(7000, 6000)})
    assert response.json()["success"] is False
    assert "pixeles" in response.json()["error_message"]
    assert get_image_model().objects.count() == before


def test_an_image_within_the_limit_is_accepted(specialist_client):
    before = get_image_model().objects.count()
    response = specialist_client.post(
        reverse("wagtailimages:add"), {"title": "Mapa", "file": png(6000, 4000), "collection": 1}
    )
    assert response.status_code == 302
    assert get_image_model().objects.count() == before + 1
