"""What a link preview (OpenGraph, Twitter cards) shows of a page: its image.

No page type has an image field of its own; a page's image is the first image of its
StreamFields (a figure in a standard page's body), found by walking its blocks, whatever
the page type. Its preview is a rendition cropped to the 1.91:1 shape link previews use
(1200×630), with an absolute URL; pages without one keep the portal's share image
(``includes/meta.html``).
"""

from wagtail.blocks import ListBlock, StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.images.models import AbstractImage

PREVIEW_FILTER = "fill-1200x630"


def may_hold_image(block):
    """True when values of ``block`` (a stream, struct or list block) can contain an image."""
    if isinstance(block, ImageBlock | ImageChooserBlock):
        return True
    if isinstance(block, ListBlock):
        return may_hold_image(block.child_block)
    return any(may_hold_image(child) for child in getattr(block, "child_blocks", {}).values())


def first_image(value, block, depth=0):
    """The first image inside a value of ``block``, or None.

    Only the blocks that can hold an image are read: the others (a reading list's pages, a
    document) are never loaded, so a page without images costs no query here.
    """
    if isinstance(value, AbstractImage):
        return value
    if depth > 8 or not may_hold_image(block):
        return None
    if isinstance(value, StreamValue):
        for index, raw in enumerate(value.raw_data):
            child_block = block.child_blocks.get(raw["type"])
            if child_block is not None and may_hold_image(child_block):
                image = first_image(value[index].value, child_block, depth + 1)
                if image is not None:
                    return image
    elif isinstance(value, StructValue):
        for name, child_block in block.child_blocks.items():
            image = first_image(value.get(name), child_block, depth + 1)
            if image is not None:
                return image
    elif isinstance(value, ListValue | list):
        for item in value:
            image = first_image(item, block.child_block, depth + 1)
            if image is not None:
                return image
    return None


def page_image(page):
    """The first image of ``page``'s StreamFields, or None."""
    for field in type(page)._meta.get_fields():
        if isinstance(field, StreamField) and may_hold_image(field.stream_block):
            image = first_image(getattr(page, field.name), field.stream_block)
            if image is not None:
                return image
    return None


def preview_image(page, request):
    """``{"url", "width", "height", "alt"}`` of ``page``'s link preview image, or None."""
    image = page_image(page)
    if image is None:
        return None
    rendition = image.get_rendition(PREVIEW_FILTER)
    return {
        "url": request.build_absolute_uri(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": getattr(image, "contextual_alt_text", None) or image.default_alt_text or image.title,
    }
