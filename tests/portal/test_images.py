"""Images in page bodies: Wagtail renditions in several widths, sized, lazy, with the editor's alt text."""

import json
import re

import pytest

from tests.factories import ImageFactory, StandardPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.factories]


def test_figure_is_responsive_lazy_and_described(client, trees):
    image = ImageFactory(title="file-name.png")
    page = StandardPageFactory(
        parent=trees.home(),
        title="Con imagen",
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
    html = client.get(page.url).content.decode()
    img = re.search(r"<img [^>]+>", html[html.index('<figure class="figure">') :]).group(0)
    assert 'alt="Afiliadas en una feria de seguridad social"' in img
    assert 'loading="lazy"' in img and 'sizes="' in img
    assert 'width="' in img and 'height="' in img
    widths = re.findall(r"(\d+)w", re.search(r'srcset="([^"]+)"', img).group(1))
    assert sorted(map(int, widths)) == [400, 800, 1200]
    assert "<figcaption>Feria en Quito</figcaption>" in html
