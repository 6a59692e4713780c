"""Candidate repairs at a false stop, and the ranker's training examples (issue 14).

A *stop* is a sentence boundary where the boundary rules (FR001 dangling fragment, SP001
split mid-clause) fire; :func:`find_stops` reuses their detection (it runs the rules and
maps each of their edits back to the boundary it repairs). At each stop
:func:`candidates_at` lists what an editor could do: *leave* it, every repair
``repair.rules.stops.choose`` offers (in the rules' order), and the generic form of each
other repair kind the heuristics did not propose there (a bare join, a comma join, a join
with "of", deleting the piece, deleting one or two words before the stop, moving a lone
word back), so the ranker can pick a repair the heuristics ranked low or left out.

Each candidate is shown to the ranker as the *window* (the words around the stop, up to
``WINDOW_CHARS`` either side) after the candidate is applied, plus a short note of what it
removed and added (:func:`render`): the uncased MiniLM sees fluency, and the note tells it
what a deletion cost.

:func:`examples_from_paragraph` turns one clean news paragraph into training stops: with
probability ``rate`` a corruption operator (``models.corrupt``) garbles it; every rule-found
stop then gets the candidate that reproduces the clean paragraph as its gold (``leave`` for
a stop outside the damage: a real stop the rules took for a false one); a damaged stop
none of the candidates repairs is dropped (counted as ``none_right``).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from models.corrupt import OPERATORS, changed_region
from repair import lexicon
from repair.document import Document
from repair.edits import Edit
from repair.rules import ALL_RULES, stops

STOP_RULES = frozenset({"FR001", "SP001"})
"""The rules whose repairs ``repair.rules.stops.choose`` ranks: the stops the ranker sees."""
WINDOW_CHARS = 80
"""Characters of context kept each side of the stop (cut at a word boundary)."""
KINDS = ("leave", "join", "join-comma", "join-insert", "delete-echo", "delete-content-free",
         "delete-intruder", "move-displaced", "delete-piece")
"""Candidate kinds in feature order; ``delete-piece`` is the generic deletion."""
N_FEATURES = len(KINDS) + 6
NOTE_WORDS = 8
"""Words of a removed span the note spells out (the window shows the rest)."""
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d.,%]*")


@dataclass(frozen=True)
class Candidate:
    """One way to repair (or leave) a stop: replace ``text[start:end]`` by ``replacement``.

    ``rule_rank`` is the position in ``choose()``'s list (0 = the rules' choice), -1 for a
    generic candidate or *leave*; ``confidence`` is the rule's own (0 for the others).
    """

    kind: str
    start: int
    end: int
    replacement: str
    rule_rank: int = -1
    confidence: float = 0.0
    display: bool = False
    message: str = ""

    def apply(self, text: str) -> str:
        return text[: self.start] + self.replacement + text[self.end :]


@dataclass(frozen=True)
class Stop:
    """A rule-found false stop: ``text[stop]`` is the full stop, the piece is
    ``text[piece_start:piece_end]``; ``rule`` names the rule that found it."""

    rule: str
    prev_start: int
    stop: int
    piece_start: int
    piece_end: int
    candidates: tuple[Candidate, ...]


def stop_rules() -> tuple:
    """The FR001 and SP001 rule objects (registry order)."""
    return tuple(r for r in ALL_RULES if r.code in STOP_RULES)


def find_stops(doc: Document, rule_edits: Iterable[Edit] | None = None) -> list[Stop]:
    """The false stops FR001/SP001 find in ``doc``, one per boundary, in text order.

    ``rule_edits`` (the rules' edits on ``doc``, when the caller has them) saves running
    the two rules again. An edit belongs to the boundary whose piece start it touches.
    """
    edits = [e for e in (rule_edits if rule_edits is not None else
                         (e for r in stop_rules() for e in r.run(doc))) if e.rule in STOP_RULES]
    found: dict[int, Stop] = {}
    text = doc.text
    for position, sentence in enumerate(doc.sentences):
        prev = doc.previous_in_paragraph(position)
        if prev is None:
            continue
        for edit in edits:
            if prev.span.start <= edit.start <= sentence.span.start <= edit.end and sentence.span.start not in found:
                stop = prev.span.end - 1
                cands = candidates_at(text, prev.span.start, stop, sentence.span.start, sentence.span.end)
                if len(cands) > 1:
                    found[sentence.span.start] = Stop(edit.rule, prev.span.start, stop, sentence.span.start,
                                                      sentence.span.end, tuple(cands))
    return [found[k] for k in sorted(found)]


def _first_cased(text: str, piece_start: int, chosen: Sequence[stops.StopRepair]) -> str:
    """The piece's first letter as a join writes it: the rules' casing when they offered a
    join, else lower case unless every word of the piece is capitalised (a name)."""
    for repair in chosen:
        if repair.kind in ("join", "join-comma", "join-insert") and repair.end == piece_start + 1:
            return repair.replacement[-1]
    first = text[piece_start]
    piece_words = lexicon.words(text[piece_start : piece_start + 60])
    name = len(piece_words) > 1 and all(w[:1].isupper() for w in piece_words[:3])
    return first if name else first.lower()


def candidates_at(text: str, prev_start: int, stop: int, piece_start: int, piece_end: int) -> list[Candidate]:
    """*leave*, then ``choose()``'s repairs in order, then generic ones; no two give the same text."""
    chosen = stops.choose(text, prev_start, stop, piece_start, piece_end)
    out = [Candidate("leave", stop, stop, "")]
    out += [Candidate(r.kind, r.start, r.end, r.replacement, rank, r.confidence, r.display, r.message)
            for rank, r in enumerate(chosen)]
    if text[stop] != "." or stops.ends_with_abbreviation(text[prev_start : stop + 1]):
        return _unique(text, out)
    first = _first_cased(text, piece_start, chosen)
    piece = text[piece_start:piece_end]
    q = lexicon.words(piece)
    prev_words = list(_WORD.finditer(text, prev_start, stop))
    said = f"“{piece}”"
    out += [Candidate("join", stop, piece_start + 1, " " + first,
                      message=f"{said} continues the sentence before it; the stop is dropped."),
            Candidate("join-comma", stop, piece_start + 1, ", " + first,
                      message=f"{said} continues the sentence as an aside; joined with a comma."),
            Candidate("join-insert", stop, piece_start + 1, " of " + first,
                      message=f"{said} is the object of the noun before the stop; joined with “of”."),
            Candidate("delete-piece", stop + 1, piece_end, "",
                      message=f"{said} adds nothing the sentence does not already say; it is deleted.")]
    for k in (1, 2):
        if len(prev_words) > k + 1:
            cut = prev_words[-k].start()
            words = " ".join(w.group() for w in prev_words[-k:])
            out.append(Candidate("delete-intruder", cut, piece_start + 1, first,
                                 message=f"“{words}” before the stop breaks the phrase {said} continues; "
                                 "it is deleted."))
    if len(q) == 1 and len(prev_words) > 2:
        last = prev_words[-1]
        moved = q[0] if q[0].endswith(("ese", "ian", "ish")) else q[0].lower()
        out.append(Candidate("move-displaced", last.start(), piece_end, f"{moved} {last.group()}.",
                             message=f"“{q[0]}” was displaced after the stop; it belongs before “{last.group()}”."))
    return _unique(text, out)


def _unique(text: str, cands: list[Candidate]) -> list[Candidate]:
    seen: set[str] = set()
    kept = []
    for c in cands:
        result = c.apply(text)
        if result not in seen:
            seen.add(result)
            kept.append(c)
    return kept


def window_bounds(text: str, stop: Stop) -> tuple[int, int]:
    """The window's (start, end) in ``text``: every candidate's span inside it, cut at spaces."""
    lo = min([stop.stop - WINDOW_CHARS, *(c.start for c in stop.candidates)])
    hi = max([stop.piece_start + WINDOW_CHARS, *(c.end for c in stop.candidates)])
    lo, hi = max(lo, stop.prev_start), min(hi, stop.piece_end)
    if lo > stop.prev_start:
        space = text.find(" ", lo)
        lo = space + 1 if 0 <= space < min(c.start for c in stop.candidates) else lo
    if hi < stop.piece_end:
        space = text.rfind(" ", 0, hi)
        hi = space if space > max(c.end for c in stop.candidates) else hi
    return lo, hi


def render(text: str, stop: Stop, cand: Candidate) -> tuple[str, str]:
    """(window after ``cand``, note) as the ranker reads them."""
    lo, hi = window_bounds(text, stop)
    after = text[lo : cand.start] + cand.replacement + text[cand.end : hi]
    if cand.kind == "leave":
        return after, "leave as is"
    removed = " ".join(_minus(_WORD.findall(text[cand.start : cand.end]), _WORD.findall(cand.replacement)))
    added = " ".join(_minus(_WORD.findall(cand.replacement), _WORD.findall(text[cand.start : cand.end])))
    if len(removed.split()) > NOTE_WORDS:  # a long deleted piece: its first words say enough
        removed = " ".join(removed.split()[:NOTE_WORDS]) + " …"
    removed = removed or "the stop"
    added = added or ("a comma" if "," in cand.replacement else "nothing")
    return after, f"{cand.kind}: removed {removed}; added {added}"


def _minus(words: list[str], other: list[str]) -> list[str]:
    """``words`` (in order, lower-cased) less one occurrence of each word of ``other``."""
    left = Counter(w.lower() for w in other)
    out = []
    for w in (w.lower() for w in words):
        if left[w]:
            left[w] -= 1
        else:
            out.append(w)
    return out


def features(cand: Candidate) -> list[float]:
    """Numeric side features: kind one-hot, the rules' rank (first / listed), confidence, display."""
    onehot = [1.0 if cand.kind == k else 0.0 for k in KINDS]
    return [*onehot, float(cand.rule_rank == 0), float(cand.rule_rank == 1), float(cand.rule_rank >= 0),
            cand.confidence, float(cand.display), 1.0]


@dataclass(frozen=True)
class Example:
    """A stop with its candidates rendered, and the index of the gold candidate."""

    texts: tuple[tuple[str, str], ...]
    feats: tuple[tuple[float, ...], ...]
    gold: int
    rule_first: int  # index of the rules' choice (rule_rank 0), or 0 (leave) when absent
    operator: str    # the corruption operator, or "clean" for a real stop


def example(text: str, stop: Stop, gold: int, operator: str) -> Example:
    """Render ``stop``'s candidates into an Example with ``gold`` as the right one."""
    rule_first = next((i for i, c in enumerate(stop.candidates) if c.rule_rank == 0), 0)
    return Example(tuple(render(text, stop, c) for c in stop.candidates),
                   tuple(tuple(features(c)) for c in stop.candidates), gold, rule_first, operator)


def _forced_stops(doc: Document) -> list[Stop]:
    """Every in-paragraph boundary before a piece of at most 10 words, with its candidates."""
    out = []
    for position, sentence in enumerate(doc.sentences):
        prev = doc.previous_in_paragraph(position)
        if prev is None or doc.text[prev.span.end - 1] != "." or len(lexicon.words(doc.sentence_text(sentence))) > 10:
            continue
        cands = candidates_at(doc.text, prev.span.start, prev.span.end - 1, sentence.span.start, sentence.span.end)
        if len(cands) > 1:
            out.append(Stop("forced", prev.span.start, prev.span.end - 1, sentence.span.start, sentence.span.end,
                            tuple(cands)))
    return out


def examples_from_paragraph(paragraph: str, rng: random.Random, rate: float, weights: dict[str, float],
                            counts: Counter[str], negative_rate: float = 0.0) -> list[Example]:
    """Training stops from one clean paragraph (see the module docstring); ``counts`` tallies
    per operator ``found`` / ``none_right`` / ``clean``. ``negative_rate``: chance that
    an undamaged paragraph adds one real stop (not rule-found) with gold *leave*."""
    operator, garbled = "clean", paragraph
    if rng.random() < rate:
        names = [n for n in sorted(weights) if weights[n] > 0]
        for name in sorted(names, key=lambda n: rng.random() ** (1.0 / weights[n]), reverse=True):
            out = OPERATORS[name](paragraph, rng)
            if out is not None and out != paragraph:
                operator, garbled = name, out
                break
    doc = Document.from_text(garbled)
    found = find_stops(doc)
    lo, hi = (changed_region(garbled, paragraph)[:2]) if operator != "clean" else (-1, -1)
    result = []
    if operator == "clean" and rng.random() < negative_rate:
        # A real stop before a short piece, ranked as if a rule had flagged it: the gold
        # is to leave it (what the ranker must say where a rule fires on sound text).
        found += [s for s in _forced_stops(doc) if s.piece_start not in {f.piece_start for f in found}][:1]
    for stop in found:
        damaged = operator != "clean" and stop.prev_start <= hi and lo <= stop.piece_end
        if not damaged:
            result.append(example(garbled, stop, 0, "clean"))
            counts["clean"] += 1
            continue
        gold = next((i for i, c in enumerate(stop.candidates) if c.apply(garbled) == paragraph), None)
        if gold is None:
            counts[f"{operator}:none_right"] += 1
            continue
        counts[f"{operator}:found"] += 1
        result.append(example(garbled, stop, gold, operator))
    return result
