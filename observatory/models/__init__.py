"""The observatory's models: indicators and their values (``indicators``), the observatory page (``page``)."""

from observatory.models.indicators import Indicator, IndicatorValue
from observatory.models.page import ObservatoryPage

__all__ = ["Indicator", "IndicatorValue", "ObservatoryPage"]
