"""Apostrophes lost, spaced out or misplaced in possessives.

The document evidence AP002 reads about a name lives in :mod:`repair.rules.apostrophes_evidence`;
AP003 (contractions and irregular plurals that lost theirs) in :mod:`repair.rules.apostrophes_lost`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.line_index import end_of_line, start_of_line
from repair.rules.apostrophes_evidence import (
    _ADVERBS,
    _named_alone_by_uses,
    _standalone_elsewhere,
    _word_before_if_asked,
    next_word,
    possessed_plural,
)
from repair.rules.apostrophes_evidence import _name_used as _name_used  # re-exported: tests read it here
from repair.rules.apostrophes_lost import lost_apostrophe
from repair.rules.apostrophes_marks import text_apostrophe
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.glued import zipf
from repair.rules.glued_small import capital_hints

# "ministers ‘ joint" / "Brazil ’ s": a spaced single mark that was an apostrophe.
_SPACED_PLURAL = lazy_compile(r"\b([A-Za-z]+s) [‘’] (?=[a-z])")
_SPACED_S = lazy_compile(r"\b([A-Za-z]+) ?[‘’] s\b|\b([A-Za-z]+) [‘’] ?s\b")

_MARK = lazy_compile("[‘’]")
# The words after a spaced mark that end on another spaced mark ("‘ joint ’"): a quotation.
_SPACED_CLOSE = re.compile(r"[a-z]+ [’‘]")


def _last_in(positions: list[int], start: int, end: int) -> int:
    """The last of the sorted ``positions`` in ``[start, end)``, else -1: ``text.rfind(mark,
    start, end)`` read from the mark's offsets, listed once."""
    index = bisect.bisect_left(positions, end) - 1
    return positions[index] if index >= 0 and positions[index] >= start else -1


def _before_marks(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)`` for ``_SPACED_PLURAL`` or ``_SPACED_S``,
    tried only from the word before each single mark (a match is that word, at most one
    space, the mark and what follows), not at every word of the text."""
    done = 0
    for mark in _MARK.finditer(text):
        end = mark.start() - 1 if mark.start() > 0 and text[mark.start() - 1] != " " else mark.start() - 2
        start = end + 1
        while start > 0 and "A" <= text[start - 1] <= "z" and text[start - 1].isalpha():
            start -= 1
        if start <= end and start >= done and (match := pattern.match(text, start)) is not None:
            done = match.end()
            yield match


@rule(
    "AP001",
    "spaced-apostrophe",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("The ministers ‘ joint plan is growth.", "The ministers’ joint plan is growth."),
        ("It is Brazil ’ s turn.", "It is Brazil’s turn."),
    ],
    good=["He said ‘ yes ’ twice.", "The ministers’ joint plan.", "The word ‘ joint ’ was used."],
    scope="document",  # its edits differ on a slice (tests/test_scope_paragraph.py); why not yet read
)
def spaced_apostrophe(doc: Document, self: Rule) -> Iterator[Edit]:
    """An apostrophe written as a spaced single quotation mark ("ministers ‘ joint").

    MT and spinners re-space punctuation and turn the apostrophe into an opening mark.
    A single mark with spaces on both sides after a plural, followed by a lower-case
    word, is a plural possessive; a mark spaced before "s" is "'s". Unsafe: it could be
    a quotation opened with a stray space (it is left when a closing mark follows).
    """
    text = doc.text
    if " ‘" not in text and " ’" not in text:
        return
    singles: dict[str, list[int]] | None = None  # each single mark's offsets, listed at the first match
    for match in _before_marks(_SPACED_PLURAL, text):
        line_end = end_of_line(text, match.end())
        line_start = start_of_line(text, match.start())
        if singles is None:
            singles = {mark: [m.start() for m in re.finditer(mark, text)] for mark in "‘’"}
        # Read in place (the rest of the line matched up to its end, the last marks before
        # the match found by bisection): slices of the line per match were quadratic on a
        # one-line record (issue 13, tests/test_scaling_lookbacks.py).
        opened = _last_in(singles["‘"], line_start, match.start())
        if _SPACED_CLOSE.match(text, match.end(), line_end if line_end >= 0 else len(text)) \
                or opened > _last_in(singles["’"], line_start, match.start()):
            continue  # "‘ joint ’" or "‘ yes ’": a spaced quotation, not a possessive
        yield self.edit(match.start(), match.end(), f"{match.group(1)}’ ", "Apostrophe written as a spaced mark.", 0.8)
    for match in _before_marks(_SPACED_S, text):
        word = match.group(1) or match.group(2)
        yield self.edit(match.start(), match.end(), f"{word}’s", "Apostrophe written as a spaced mark.", 0.8)


# "Brazils economy": a capitalised word plus s, then a lower-case word. The capital comes
# first and the word boundary before it is a look-behind (``\b[A-Z]`` is "[A-Z] with no
# word character before"): a pattern that opens with a letter class is scanned for
# in C, about twice as fast as one opening with ``\b``.
_LOST_POSSESSIVE = re.compile(r"([A-Z](?<!\w.)[a-z]{2,})s ([a-z]{3,})\b")
# "Merkels' speech": a plural apostrophe on a singular name.
_MISPLACED = lazy_compile(r"([A-Z](?<!\w.)[a-z]{2,})s['’] ([a-z]{3,})\b")
_MISPLACED_HINTS = ("s' ", "s’ ")  # one of these is in every _MISPLACED match: a cheap test first


def _misplaced(text: str) -> list[re.Match[str]]:
    """``_MISPLACED.finditer(text)``'s matches, found from the hints instead of at every
    capital (6 ms per MB of news): a match is a capital, the lower-case run after it
    ending in a hint, so each hint's run is walked back to its capital and the pattern
    tried there alone (it may look behind that position). Matches cannot overlap (only
    their first letter is a capital), so in order of start they are the scan's."""
    starts = set()
    for hint in _MISPLACED_HINTS:
        at = text.find(hint)
        while at >= 0:
            start = at
            while start > 0 and "a" <= text[start - 1] <= "z":
                start -= 1
            if start > 0 and "A" <= text[start - 1] <= "Z":
                starts.add(start - 1)
            at = text.find(hint, at + 1)
    return [m for start in sorted(starts) if (m := _MISPLACED.match(text, start)) is not None]
# The curly single marks. Which apostrophe an edit writes is
# :func:`repair.rules.apostrophes_marks.text_apostrophe`'s choice (the text's own marks, then
# its double quotation marks' style): ``in`` tests, a scan in C, not a character-class search.
_CURLY = ("’", "‘")
# The stem must be far more common than the stem + s (a name, not a plural): Zipf gap.
NAME_GAP = 2.0
# The most names AP002 finds by one scan of their own before its evidence is read: that scan
# costs about 8 ms plus 0.27 ms a name on 4 MB of news, the index of every capitalised
# word (``Document.word_uses``) about 55-65 ms, so past this many the index is cheaper.
MAX_NAMES_SCANNED = 100


def _name_possessive(stem: str, following: str, after: str = "") -> bool:
    """True when ``stem`` is a known name/noun whose "+s" form is rare and ``following`` a noun
    (a plural one only on learned evidence, :func:`possessed_plural`; ``after`` is the word after it)."""
    # Verbs after a plural subject ("Koreas agreed", "Magnetics designs") and adverbs
    # ("Industrials also") are not possessed nouns; these cheap tests go first.
    if following.endswith("s") and not possessed_plural(stem, following, after):
        return False
    if following in _ADVERBS or following.endswith(("ed", "ly", "ing")) or following in lexicon.IRREGULAR_PAST:
        return False
    if lexicon.is_function_word(following) or following in lexicon.AUXILIARIES or following in lexicon.SPEECH_VERBS:
        return False
    if stem.endswith("s") or zipf(stem) < 3.0 or zipf(stem) - zipf(stem + "s") < NAME_GAP:
        return False
    return zipf(following) >= 3.0


def _after_capitalised(text: str, start: int) -> bool:
    """True when the word before ``start`` is capitalised ("Engineered Magnetics" is a
    name) or is "the" ("the Jacksons": a plural name)."""
    before = text[max(0, start - 40) : start].split()
    if not before:
        return False
    word = before[-1].strip("'‘’\"“”(")
    # "the Jacksons spokesman", "the Blairs' child": a family or band, plural on purpose.
    return word == "the" or (word[:1].isupper() and not word.endswith((".", ":")))


@rule(
    "AP002",
    "possessive-apostrophe",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("Brazils economy grew.", "Brazil's economy grew."),
        ("Merkels' speech was short.", "Merkel's speech was short."),
        ("Brazils new plan is ‘bold’.", "Brazil’s new plan is ‘bold’."),
        ("Kestrova will close a plant. Kestrovas shares fell 4%.",
         "Kestrova will close a plant. Kestrova's shares fell 4%."),
        ("Port Velska Shipping was fined. Port Velskas lawyer said it would appeal.",
         "Port Velska Shipping was fined. Port Velska's lawyer said it would appeal."),
    ],
    good=["Americans voted.", "The Joneses' house.", "The Koreas agreed to talk.", "Brazil's economy grew.",
          "Industrials also closed higher.", "Engineered Magnetics division was sold.", "Mays said it paid.",
          "The Bryans broke serve.", "Physicals saw demand.", "A birthday for the Blairs' fourth child.",
          "Albas said the ban was fair. The appeal was lodged by Albas chairman Ivo Rask.",
          "Kestrova will close a plant. The Kestrovas plan to protest.", "American troops left. Americans support it.",
          "The Kings won. The King spoke. The Kings coach left.",
          "The Domain Name rules changed. The Domain Names system is new."],
    scope="document",  # the story's uses of the name without the "s" elsewhere decide (word_uses)
)
def possessive_apostrophe(doc: Document, self: Rule) -> Iterator[Edit]:
    """A possessive that lost its apostrophe ("Brazils economy") or has it after the s
    of a singular name ("Merkels' speech").

    The word is a name or noun that ``wordfreq`` knows far better without the "s"
    (Zipf gap of 2, so real plurals such as "Americans" are left), and the next word is a
    lower-case noun, not a verb, adverb or function word. Unsafe: a rare plural of a
    name ("the two Koreas") can look the same.
    """
    text = doc.text
    mark = ""  # follow the text's own (curly or straight) marks; looked up at the first edit
    # The lost possessives' capitals come from the scan GL002/GL010 share (capital_hints).
    lost = [m for m in (_LOST_POSSESSIVE.match(text, start) for start in capital_hints(doc)[2]) if m is not None]
    # The evidence's tests that read no word uses, asked of every lost possessive first: the
    # names the others may then ask about ("Brennwalds", "Brennwald") are found by one scan,
    # not by an index of every capitalised word (4 MB of news: 37 names, ~14 ms against ~55).
    # Past MAX_NAMES_SCANNED names that scan would cost more than the index: word_uses decides.
    previous_words = [_word_before_if_asked(doc, m) for m in lost]
    asked = {name for m, previous in zip(lost, previous_words, strict=True) if previous is not None
             for name in (m.group(1) + "s", m.group(1))}
    if len(asked) <= MAX_NAMES_SCANNED:
        doc.find_word_uses(asked)
    for pattern, matches in ((_LOST_POSSESSIVE, lost), (_MISPLACED, _misplaced(text))):
        for index, match in enumerate(matches):
            stem, following = match.group(1), match.group(2)
            if pattern is _LOST_POSSESSIVE and (previous := previous_words[index]) is not None \
                    and _named_alone_by_uses(doc, match, previous):
                pass  # the story writes the name without the "s": the document is the evidence
            elif not _name_possessive(stem, following, next_word(text, match.end(2))) \
                    or _after_capitalised(text, match.start()):
                continue
            if _standalone_elsewhere(doc, stem + "s", match.start()):
                continue  # "Segas said …" elsewhere: the "-s" word is a name of its own
            if not mark:
                mark = text_apostrophe(doc.evidence_text)
            end = match.start(2) - 1
            yield self.edit(match.start(), end, f"{stem}{mark}s", f"Possessive apostrophe in “{stem}{mark}s”.", 0.7)


RULES = (spaced_apostrophe, possessive_apostrophe, lost_apostrophe)
