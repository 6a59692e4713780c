"""A dateline left alone on its line, for PF016 (:mod:`repair.rules.furniture_metadata`).

A wire opens its story with a dateline ("PLACE, Month D —"); a page that sets it off the
story, or a feed that cut it there, leaves a line of a place, a date and maybe the
agency's code, closed by a stop, a colon or nothing ("WASHINGTON, January 13.", "Dhaka,
March 28:", "Lyon, 12 Apr (XYZ)."), or a place and the agency's code between dashes
("Lyon- XYZ-"). No sentence is a place and a date alone, so the line is page furniture.
A dateline closed by its dash alone ("DUBLIN, March 3 —") is left: editors keep it as the
story's head when the story follows.

Pure function of one stripped line; returns a bool.
"""

from __future__ import annotations

from repair.rules.base import lazy_compile
from repair.rules.dateline_grammar import AGENCY_CODE, DASH_CHARS, MONTH_LISTED, PLACE_MARKS

# A month by its full name or usual abbreviation (strict: the line has no other evidence).
_MONTH = MONTH_LISTED
# A place: up to three capitalised words, in capitals or not ("KUALA LUMPUR", "Addis Ababa"),
# then up to two regions after commas ("MOMBASA, Kenya", "PORTLAND, Ore."); never a weekday
# (a fixture list's "Saturday, 26 February" heads its games, as clean news shows).
_PLACE = (r"(?!(?i:Mon|Tues?|Wed|Thu|Thurs|Fri|Sat|Sun)(?i:day)?\b|(?i:Wednes|Thurs|Satur)day\b)"
          r"[A-Z][\w" + PLACE_MARKS + r"]*(?:[ \t][A-Z][\w" + PLACE_MARKS + r"]*){0,2}"
          r"(?:,[ \t][A-Z][\w" + PLACE_MARKS + r"]*(?:[ \t][A-Z][\w" + PLACE_MARKS + r"]*){0,2}){0,2}")
_DAY_MONTH = r"(?:" + _MONTH + r"[ \t]\d{1,2}|\d{1,2}[ \t]" + _MONTH + r")(?:,?[ \t]\d{4}|/\d{4})?"
_AGENCY_CODE = AGENCY_CODE
_DATED = lazy_compile(
    r"^" + _PLACE + r",[ \t]" + _DAY_MONTH + r"(?:[ \t]?\(" + _AGENCY_CODE + r"\))?[ \t]?[.:]?$")
_SIGNED = lazy_compile(r"^" + _PLACE + r"[ \t]?[" + DASH_CHARS + r"][ \t]?" + _AGENCY_CODE
                      + r"[ \t]?[" + DASH_CHARS + r"]$")
MAX_DATELINE_CHARS = 80


def lone_dateline(line: str) -> bool:
    """Whether ``line`` is a dateline alone: a place and a date (maybe the agency's code),
    closed by a stop, a colon or nothing, or a place and an agency's code between dashes.

    >>> lone_dateline("LYON, March 4.")
    True
    >>> lone_dateline("LYON, March 4 —")
    False
    >>> lone_dateline("Lyon won on March 4.")
    False
    >>> lone_dateline("Saturday, 26 February")
    False
    """
    if len(line) > MAX_DATELINE_CHARS or not line[:1].isupper():
        return False
    return _DATED.match(line) is not None or _SIGNED.match(line) is not None
