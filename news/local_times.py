"""Local start and end times with an IANA time zone, as events store them (news and communities).

An event keeps the date and time its organisers wrote and the zone they are in
(``start_date``, ``start_time``, ``end_date``, ``end_time``, ``time_zone``), so that "10:00 in
Lima" stays 10:00 in Lima whatever the daylight saving rules become; ``news/calendar.py`` shows
and exports them from these properties.
"""

import datetime
import zoneinfo


class LocalTimes:
    """The aware start and end of a model with those five fields."""

    @property
    def zone(self):
        """The event's time zone, or None."""
        try:
            return zoneinfo.ZoneInfo(self.time_zone) if self.time_zone else None
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return None

    @property
    def starts_at(self):
        """The aware start (date, time and zone), or None when the event has no time."""
        if self.start_date and self.start_time and self.zone:
            return datetime.datetime.combine(self.start_date, self.start_time, tzinfo=self.zone)
        return None

    @property
    def ends_at(self):
        """The aware end, or None; without an end time, the end is not known."""
        if self.end_date and self.end_time and self.zone:
            return datetime.datetime.combine(self.end_date, self.end_time, tzinfo=self.zone)
        return None
