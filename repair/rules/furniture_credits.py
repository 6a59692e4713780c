"""Picture credits told by their shape, for PF001 (:mod:`repair.rules.furniture`).

A caption keeps its credit in the form its site and wire use, and the agency is any
short code in capitals, not a list of names:

* an agency's code with a picture word in brackets: "(XYZ photo)", "(XYZ/Archive)",
  "(KNA/File)", or a partner's credit through the wire: "[XYZ=Valley News]";
* a provider's credit in brackets: "(Provided by Valley Transit)", "(Courtesy of the
  museum)";
* the file label set off by a bar: ". PHOTO | FILE";
* a bare agency code after a caption's only stop: "Swimmers at the start. XYZ", told
  from a wire's signature on a story sentence by what comes before it (one sentence, no
  reporting verb, no quotation); an institution's name in brackets in the same place
  ("Divers at the wreck. (Coast Guard Service)") or an agency's code and its photographer's
  name ("Divers at the wreck. (XYZ/Novak)"), told the same way;
* a bracketed picture label opening the line: "[Photo] Old trams in the depot".

Pure functions of one line; :func:`credit_tail` and :func:`picture_label` return bools.
"""

from __future__ import annotations

import re

from repair.rules.base import lazy_compile

_PICTURE_WORDS = r"(?i:photos?|files?|archives?|handout|pool)"
_NAMES = r"[A-Z][\w'’.&-]*(?:[ \t](?:of[ \t]|the[ \t]|and[ \t]|&[ \t])*[A-Z][\w'’.&-]*){0,4}"
_CREDIT_TAIL = lazy_compile(
    r"(?:"
    # "(XYZ photo)", "(XYZ/Archive)", "[XYZ=Valley News]"
    r"[ \t]*[(\[][A-Z]{2,6}(?:[ \t]" + _PICTURE_WORDS + r"|[ \t]?/[ \t]?" + _PICTURE_WORDS
    + r"|=" + _NAMES + r")[)\]]"
    # "(Provided by Valley Transit)", "(Courtesy of the museum)"
    r"|[ \t]*[(\[](?:Provided|Supplied|Courtesy)(?:[ \t](?:by|of))?(?:[ \t]the)?[ \t]+" + _NAMES + r"[)\]]"
    # ". PHOTO | FILE"
    r"|[.!?][ \t]+(?i:photo)[ \t]?[|/][ \t]?(?i:file)"
    r")[ \t]*$"
)
# A bare agency code after the caption's full stop: "... at the start of the race. XYZ".
_BARE_CODE = lazy_compile(r"(?<=\.)[ \t]+(?P<code>[A-Z]{2,5})[ \t]*$")
# An institution's name in brackets after the caption's stop: "... at the site. (Ministry of Culture)".
_BRACKETED_NAME = lazy_compile(r"(?<=\.)[ \t]+\((?:the )?[A-Z][a-z][\w'’.&-]*"
                               r"(?:[ \t](?:of[ \t]|the[ \t]|and[ \t]|for[ \t]|&[ \t])*[A-Z][\w'’.&-]*){1,5}\)[ \t]*$")
# An agency's code and its photographer's one name in brackets after the caption's stop:
# "... on Saturday. (XYZ/Novak)" (before the stop, "(EU/UK)" is the sentence's own).
_CODE_AND_NAME = lazy_compile(r"(?<=\.)[ \t]+[(\[][A-Z]{2,6}[ \t]?/[ \t]?[A-Z][a-z][\w'’.-]*[)\]][ \t]*$")
# A wire's own marks after a story's last stop ("... 1.7 billion stg. MORE") are no credits.
_WIRE_MARKS = frozenset("MORE END ENDS LOL OK".split())
# A story sentence reports, looks back or ahead; a caption shows the picture, in the present
# tense or with no verb ("Swimmers at the start of the race.").
_NOT_A_CAPTION = lazy_compile(r"\b(?:said|says|told|tells|according|added|stated|was|were|had|did|will|would"
                              r"|could|should|might)\b|\d")
_PICTURE_LABEL = lazy_compile(r"^[\[(](?:Photo|Photos|Picture|Image|Video|PHOTO|PICTURE|IMAGE|VIDEO)[\])][ \t]+\S")
MAX_CAPTION_WORDS = 30


def credit_tail(text: str) -> bool:
    """Whether the line ``text`` ends in a picture credit of one of the shapes above.

    >>> credit_tail("Dockers unload grain at the quay. (XYZ/Archive)")
    True
    >>> credit_tail("The plan was backed by both sides (EU/UK).")
    False
    """
    last = text.rstrip(" \t")[-1:]
    if last in (")", "]"):
        if _CREDIT_TAIL.search(text, max(0, len(text) - 80)) is not None:
            return True
        name = (_BRACKETED_NAME.search(text, max(0, len(text) - 80))
                or _CODE_AND_NAME.search(text, max(0, len(text) - 40)))
        return name is not None and _one_caption_sentence(text[: name.start()])
    if last.isupper():
        if _CREDIT_TAIL.search(text, max(0, len(text) - 20)) is not None:
            return True
        code = _BARE_CODE.search(text, max(0, len(text) - 10))
        if code is None or code.group("code") in _WIRE_MARKS:
            return False
        return _one_caption_sentence(text[: code.start()])
    return False


def _one_caption_sentence(caption: str) -> bool:
    """One sentence showing a picture: no second stop, no figure, nothing reported or told
    in the past, no quotation."""
    return (len(re.findall(r"[.!?](?:\s|$)", caption)) == 1 and _NOT_A_CAPTION.search(caption) is None
            and not any(q in caption for q in "\"“”«»")
            and len(caption.split()) <= MAX_CAPTION_WORDS)


def picture_label(text: str) -> bool:
    """Whether the line opens with a bracketed picture label ("[Photo] Old trams in the depot")."""
    return text[:1] in "[(" and _PICTURE_LABEL.match(text) is not None
