"""Images and documents in Wagtail's root collection (never a second root collection)."""

import factory
import wagtail_factories
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection


class ImageFactory(wagtail_factories.ImageFactory):
    """A real PNG (1600×900 unless ``file=get_test_image_file(size=…)``), renditions work."""

    collection = factory.LazyFunction(Collection.get_first_root_node)
    title = factory.Sequence(lambda n: f"imagen-{n}.png")
    file = factory.LazyFunction(lambda: get_test_image_file(size=(1600, 900)))


class DocumentFactory(wagtail_factories.DocumentFactory):
    collection = factory.LazyFunction(Collection.get_first_root_node)
    title = factory.Sequence(lambda n: f"Documento {n}")
    file = factory.django.FileField(filename="documento.pdf", data=b"%PDF-1.4 test document")
