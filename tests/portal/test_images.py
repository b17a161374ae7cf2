"""Images in page bodies: Wagtail renditions in several widths, sized, lazy, with the editor's alt text."""

import json
import re

import pytest
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from home.models import StandardPage
from tests.helpers import demo_page

pytestmark = pytest.mark.django_db


def test_figure_is_responsive_lazy_and_described(client):
    image = Image.objects.create(title="file-name.png", file=get_test_image_file(size=(1600, 900)))
    page = demo_page("home").add_child(
        instance=StandardPage(
            title="Con imagen",
            slug="con-imagen",
            body=json.dumps(
                [
                    {
                        "type": "figure",
                        "value": {
                            "image": {
                                "image": image.pk,
                                "alt_text": "Afiliadas en una feria de seguridad social",
                                "decorative": False,
                            },
                            "caption": "Feria en Quito",
                        },
                    }
                ]
            ),
        )
    )
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    img = re.search(r"<img [^>]+>", html[html.index('<figure class="figure">') :]).group(0)
    assert 'alt="Afiliadas en una feria de seguridad social"' in img
    assert 'loading="lazy"' in img and 'sizes="' in img
    assert 'width="' in img and 'height="' in img
    widths = re.findall(r"(\d+)w", re.search(r'srcset="([^"]+)"', img).group(1))
    assert sorted(map(int, widths)) == [400, 800, 1200]
    assert "<figcaption>Feria en Quito</figcaption>" in html
