"""Rebuilding a speech tag whose tail an MT system cut off into a sentence of its own.

The stop after "said" is false, but a join is not the repair: the cut-off part has to go
back into the tag in English order ("the director said. of the Weather Service, Ann Lee."
-> "Weather Service director Ann Lee said."). Pure functions of the text, shared by the
attribution rule (AT010) and the split rule (SP001, which leaves these pieces to it).
"""

from __future__ import annotations

import re

# "…, the director said on Friday." + "of the National Weather Service, Ann Lee."
_TITLED_TAG = re.compile(
    r"(?P<lead>.*?)\bthe (?P<title>[a-z]+(?: [a-z]+)?) said(?P<rest>(?: [A-Za-z0-9]+){0,3})\.$")
_ORG_AND_NAME = re.compile(
    r"^of (?:the )?(?P<org>[A-Z][\w&'’-]*(?: (?:of|for|and|the|[A-Z][\w&'’-]*))*), "
    r"(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})\.$")
# "…, the minister said." + "by the local radio station.": the source of the report.
_BY_SOURCE = re.compile(
    r"^by (?P<source>(?:the |a )?(?:[\w'’-]+ ){0,3}(?:radio|television|TV|station|agency|newspaper|"
    r"broadcaster|channel|outlet|media|paper|website|magazine|news|daily|network))\.$")
_TAG_AT_END = re.compile(r"\b(?:said|reported|told reporters|added)(?: [A-Za-z0-9]+){0,3}\.$")
# "…, the chief said. to the local radio.": the outlet the speaker told, cut off.
_SAID_AT_END = re.compile(r"\bsaid(?P<rest>(?: [A-Za-z0-9]+){0,3})\.$")
_TO_OUTLET = re.compile(
    r"^to (?P<outlet>(?:the |a )?(?:[\w'’-]+ ){0,3}(?:radio|television|TV|station|newspaper|broadcaster|"
    r"channel|media|press|paper|website|magazine|reporters|journalists|daily|network))\.$")
# "told local radio", "told state television": the article goes with such an outlet.
_BARE_OUTLET = re.compile(r"^the ((?:local|state|national|public) (?:radio|television|TV|media))$")


def severed_attribution(prev_text: str, piece: str) -> tuple[int, str, str] | None:
    """The rebuilt attribution when ``piece`` is a severed part of the tag closing
    ``prev_text``: (offset in ``prev_text`` where the replacement starts, replacement
    running to the end of ``piece``, the fix kind's explanation), or None.

    Three shapes: the speaker's organisation and name cut off ("the director said. of the
    Weather Service, Ann Lee." -> "Weather Service director Ann Lee said.") and the
    outlet that reported it ("the minister said. by the local radio." -> "the minister
    said, according to the local radio."), and the outlet the speaker spoke to ("the
    chief said. to the local radio." -> "the chief told local radio.").
    """
    org = _ORG_AND_NAME.match(piece)
    tag = _TITLED_TAG.match(prev_text)
    if org and tag and tag.group("lead").rstrip().endswith(","):
        replacement = f"{org['org']} {tag['title']} {org['name']} said{tag['rest']}."
        return tag.start("title") - len("the "), replacement, "the speaker's name and office were cut off the tag"
    told = _TO_OUTLET.match(piece)
    said = _SAID_AT_END.search(prev_text)
    if told and said:
        outlet = _BARE_OUTLET.sub(r"\1", told["outlet"])
        return said.start(), f"told {outlet}{said['rest']}.", "the outlet the speaker told was cut off"
    source = _BY_SOURCE.match(piece)
    if source and _TAG_AT_END.search(prev_text):
        return len(prev_text) - 1, f", according to {source['source']}.", "the source of the report was cut off"
    return None
