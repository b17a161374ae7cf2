"""English date formats for readers of an international portal: "20 October 2008", never "Oct. 20, 2008".

Django's own English formats are American and abbreviate the month ("N j, Y"); the
Spanish and French ones ("20 de octubre de 2008", "20 octobre 2008") are kept.
"""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
