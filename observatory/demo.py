"""The observatory's part of the demo site: its indicators and illustrative figures.

Connected to ``demo.loader.demo_content_loaded`` (``ObservatoryConfig.ready``): when
``manage.py load_demo_content`` has built the pages, the indicators are created and
``demo/observatory/figures.csv`` is imported with every figure marked illustrative (the pages
say "Illustrative figures for the demo"). Idempotent like the rest of the demo.
"""

from pathlib import Path

from observatory import importer
from observatory.catalogue import ensure_indicators

FIGURES_FILE = Path(__file__).resolve().parents[1] / "demo" / "observatory" / "figures.csv"


def load_demo_figures(sender=None, loader=None, **kwargs):
    created = ensure_indicators()
    report = importer.run(FIGURES_FILE.read_text(encoding="utf-8"), illustrative=True)
    if report.errors:
        from demo.loader import DemoContentError

        raise DemoContentError(f"{FIGURES_FILE}: " + "; ".join(str(error) for error in report.errors[:10]))
    if loader is not None:
        loader.log(f"  observatory: {created} indicators, {report.summary()}")
    return report
