"""Peak memory of one image rendition of the largest image the portal accepts.

Draws a photo-like JPEG and PNG of WAGTAILIMAGES_MAX_IMAGE_PIXELS pixels (40 MP, 7,746 × 5,164)
and, in a fresh process for each (so that the figure is that process's own peak), makes the
renditions the site and the admin ask for with Wagtail's own ``Filter.run``: the admin's
thumbnail (``max-165x165``), the page width (``width-1200``) and a crop (``fill-800x450``).
Prints the peak resident memory of each process and what the process had before decoding.

    .venv/bin/python -m bench.image_memory [--megapixels 40]
"""

import argparse
import io
import os
import resource
import subprocess
import sys
import tempfile
from contextlib import contextmanager

SPECS = ["max-165x165", "width-1200", "fill-800x450"]


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def draw(path, megapixels, fmt):
    from PIL import Image, ImageDraw

    width = int((megapixels * 1_000_000 * 3 / 2) ** 0.5)
    height = int(megapixels * 1_000_000 / width)
    image = Image.effect_noise((width // 8, height // 8), 64).convert("RGB").resize((width, height))
    ImageDraw.Draw(image).ellipse((width // 4, height // 4, width // 2, height // 2), fill=(200, 60, 40))
    image.save(path, fmt, quality=85) if fmt == "JPEG" else image.save(path, fmt)
    return width, height


class Original:
    """What Filter.run needs of a Wagtail image: its file, its size, no focal point."""

    def __init__(self, path, width, height):
        self.path, self.width, self.height = path, width, height

    def is_svg(self):
        return False

    def get_focal_point(self):
        return None

    @contextmanager
    def get_willow_image(self):
        import willow

        with open(self.path, "rb") as handle:
            yield willow.Image.open(handle)


def child(path, width, height, spec):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()
    from wagtail.images.models import Filter

    before = peak_mb()
    output = io.BytesIO()
    Filter(spec=spec).run(Original(path, width, height), output)
    print(f"{before:.0f} {peak_mb():.0f} {len(output.getvalue())}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megapixels", type=float, default=40)
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        path, width, height, spec = args.child
        return child(path, int(width), int(height), spec)
    with tempfile.TemporaryDirectory() as directory:
        print(f"{'original':<28} {'rendition':<14} {'before MB':>10} {'peak MB':>8} {'added MB':>9}")
        for fmt, suffix in (("JPEG", "jpg"), ("PNG", "png")):
            path = os.path.join(directory, f"original.{suffix}")
            width, height = draw(path, args.megapixels, fmt)
            for spec in SPECS:
                out = subprocess.run(
                    [sys.executable, "-m", "bench.image_memory", "--child", path, str(width), str(height), spec],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout.split()
                before, peak = float(out[0]), float(out[1])
                label = f"{fmt} {width}×{height}"
                print(f"{label:<28} {spec:<14} {before:>10.0f} {peak:>8.0f} {peak - before:>9.0f}")


if __name__ == "__main__":
    main()
