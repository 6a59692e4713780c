"""A pair of dashes around an aside that lost its shape: the closing dash of another kind,
or a dash left hanging before the sentence's full stop.

"The plan covers three regions — the north, the coast and the capital – from May." Dashes
that set off an aside come in pairs of one kind; a translation round trip that rebuilt the
marks from another script's dash (a Chinese "——", a Japanese "―") often closes the pair
with an en dash, or, when the aside runs to the sentence's end, keeps a closing dash
before the stop ("… and the capital —."). Both are mended from the opening dash.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, rule
from repair.rules.dateline_grammar import CAPS_LATIN1, caps_place

# A spaced em or en dash (a dash between words, not a range's "1990–95"). Led by each dash
# (a literal, found in C), the word and the space before it looked behind from there.
_SPACED_DASHES = tuple(re.compile(dash + r"(?<=[\w,.)”’\"] " + dash + r")(?= [\w“\"‘(])") for dash in "—–")
# A comma that closes an aside a dash opened, before the sentence's verb ("More than 600
# people — rangers, soldiers and villagers, are fighting …"): the verb after it.
_COMMA_VERB = re.compile(r", (?=(?:are|is|was|were|have|has|had|will|would|can|could|must|may|might|should"
                         r"|did|does|said|says)\b)")
# A dash with a space before it and the sentence's full stop glued after it.
# (The space first, the word character before it checked after it: a pattern that opens
# with a look-behind is tried at every character. Same matches, by test.)
_DASH_BEFORE_STOP = re.compile(r" (?<=\w )([—–])\.(?=\s|$)")
# Where a sentence ends, as far as a dash pair is concerned.
_SENTENCE_END = re.compile(r"[.!?][”’\"]?(?:\s|$)")
MAX_SENTENCE_CHARS = 400
# A dateline's head ("ISTANBUL, February 4 —", "LIMA (AP) —"): the dash after it ends the
# dateline and opens the lead; it opens no aside.
_DATELINE_HEAD = re.compile(caps_place(CAPS_LATIN1, head_rest=2, more_words="*") + r"(?:,| \(| *$)")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` as far as stops show it: after the last
    sentence end before ``start`` (or the line's start) to the first one from ``end``."""
    # Line breaks are looked for only within the sentence's greatest reach: a search from
    # the line's start made the rule quadratic on a one-line feed record (issue 13).
    floor = max(text.rfind("\n", max(0, start - MAX_SENTENCE_CHARS), start) + 1, start - MAX_SENTENCE_CHARS)
    head = floor
    for stop in _SENTENCE_END.finditer(text, floor, start):
        head = stop.end()
    line_end = text.find("\n", end, end + MAX_SENTENCE_CHARS)
    ceiling = min(line_end if line_end != -1 else len(text), end + MAX_SENTENCE_CHARS)
    found = _SENTENCE_END.search(text, end, ceiling)
    return head, found.end() if found else ceiling


@rule(
    "PU024",
    "dash-pair",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("The plan covers three regions — the north, the coast and the capital – from May.",
         "The plan covers three regions — the north, the coast and the capital — from May."),
        ("The deal covers three areas — trade, energy and fishing —.",
         "The deal covers three areas — trade, energy and fishing."),
        ("About 200 people — nurses, porters and cleaners, were told to stay at home.",
         "About 200 people — nurses, porters and cleaners — were told to stay at home."),
    ],
    good=["The plan — approved in May — covers three regions.", "Prices rose 3–4% in 1990–95.",
          "The plan covers three regions – the north and the coast – from May.",
          "Scores: Leeds 2 – Hull 1. The season — all 46 games — ends in May.",
          "He said he would —.", "The council approved three projects — a school, a clinic and a road, officials said.",
          "The winners — Ana, Ben and Carl — were named, and the prize was paid.",
          "OSLO, May 4 — Acme, a venture between Bex and a Danish firm, will build a plant."],
    scope="line",
)
def dash_pair(doc: Document, self: Rule) -> Iterator[Edit]:
    """A dash pair around an aside whose closing dash is of another kind, or a closing dash
    left before the sentence's full stop.

    Only inside one sentence that holds exactly two spaced dashes, the first an em dash
    and the second an en dash (or the reverse), is the second made like the first; a dash
    glued to the full stop ("… fishing —.") is dropped only when the same sentence opened
    an aside with a dash of that kind before it (the aside ran to the end; its closing
    dash is the stop). A sentence with one dash whose aside is a list ended by a comma
    before the verb ("About 200 people — nurses, porters and cleaners, were told …") gets
    its closing dash in the comma's place, when the words before the dash have no verb.
    Unsafe until measured.
    """
    text = doc.text
    if "—" not in text and "–" not in text:
        return
    for match in _DASH_BEFORE_STOP.finditer(text):
        dash = match.group(1)
        head, _ = _sentence_bounds(text, match.start(), match.start())
        if f" {dash} " in text[head : match.start()]:
            yield self.edit(match.start(), match.end() - 1, "", "A dash left before the full stop.", 0.8)
    found = sorted((m for scan in _SPACED_DASHES for m in scan.finditer(text)), key=lambda m: m.start())
    starts = [m.start() for m in found]
    seen_end = -1
    for match in found:
        if match.start() < seen_end:
            continue
        head, tail = _sentence_bounds(text, match.start(), match.end())
        seen_end = tail
        dashes = _starting_within(found, starts, head, tail)
        if len(dashes) == 1:
            yield from _closed_by_comma(text, self, head, tail, dashes[0].start())
        if len(dashes) != 2:
            continue
        first, second = text[dashes[0].start()], text[dashes[1].start()]
        if first != second:
            at = dashes[1].start()
            yield self.edit(at, at + 1, first, "The dashes around an aside are of two kinds.", 0.8)


def _starting_within(found: list[re.Match[str]], starts: list[int], head: int, tail: int) -> list[re.Match[str]]:
    """The matches of ``found`` (in order of ``starts``, their starts) that start in
    ``[head, tail)``: ``[m for m in found if head <= m.start() < tail]``, found by halving
    instead of a pass over every dash of the text for each sentence (that pass made the
    rule quadratic in the dashes: 16x the text cost it 35x)."""
    return found[bisect_left(starts, head) : bisect_left(starts, tail)]


def _closed_by_comma(text: str, self: Rule, head: int, tail: int, dash: int) -> Iterator[Edit]:
    """The comma that closes an aside the one dash at ``dash`` opened, when the words before
    the dash are a subject with no verb yet and the aside is a list ("… and …") that a comma
    ends before the sentence's verb ("… people — rangers, soldiers and villagers, are …")."""
    if lexicon.has_clause(lexicon.words(text[head:dash])):
        return  # the sentence has its verb before the dash: the aside may run on to the end
    if _DATELINE_HEAD.match(text, head, dash) and text[head - 1 : head] in ("", "\n"):
        return  # "ISTANBUL, February 4 — Acme, a maker of …, will …": a dateline's dash
    closing = None
    for comma in _COMMA_VERB.finditer(text, dash, tail):
        closing = comma
        break
    if closing is None:
        return
    aside = text[dash + 1 : closing.start()]
    if "," not in aside or not re.search(r" (?:and|or) ", aside) or lexicon.has_clause(lexicon.words(aside)):
        return
    yield self.edit(closing.start(), closing.start() + 1, " " + text[dash], "A comma closes an aside a dash opened.",
                    0.75)

RULES = (dash_pair,)
