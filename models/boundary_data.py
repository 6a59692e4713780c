"""Boundary classifier data (issue 14): false stops before a capitalised cut-off piece.

MT often ends a sentence early and starts the rest as a sentence of its own, capitalised:
"she asked the officials. To leave the building.", "heavy rains. That could trigger
floods.", "found sealed. With its coffin in place.". The rules stay silent there (a
capital after a stop is what every real sentence looks like) and grammar alone cannot
tell these from real sentences ("To date, ...", "That is why ..."): it takes word
knowledge, which the MiniLM boundary classifier (:mod:`models.boundary_model`) brings.

This module holds the parts without torch:

* :func:`candidate` — the cheap run-time pre-filter of a boundary (general: a closed-class
  opener, a short piece, a piece without a finite verb, or a determiner-led piece right
  after a verb), so clean news sends few boundaries to the encoder;
* :func:`boundaries` — every in-paragraph boundary of a Document that passes it;
* :func:`join_edit_text` — the join's replacement, in the rules' style (a common word
  lower-cased, a name keeps its capital; ``repair.rules.stops`` makes the same choice);
* :func:`examples_from_paragraph` — training examples from clean text: positives are a
  clean sentence split at a clause or phrase boundary (``KINDS``), capitalised and
  stopped, labelled ``join`` or (split after a comma) ``join-comma``; negatives are the
  real boundaries of the same paragraphs that pass the pre-filter, labelled ``keep``.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from repair import lexicon
from repair.document import Document
from repair.rules.stops import ends_with_abbreviation
from repair.rules.stops_words import is_bare_verb, is_name, lower_elsewhere

LABELS = ("keep", "join", "join-comma")
"""Classifier outputs, by index: leave the stop, drop it, turn it into a comma."""
N_FEATURES = 5

# Words that open a clause or phrase continuing the sentence before (closed classes
# only, so the list is general): prepositions, subordinators and relatives, the
# infinitive "to", quantifiers of a part-of phrase.
OPENERS = frozenset(
    lexicon.PREPOSITIONS
    | {"that", "which", "who", "whom", "whose", "where", "when", "whether", "while", "whereas", "because",
       "although", "though", "unless", "until", "once", "including", "excluding", "especially", "mainly",
       "mostly", "particularly", "about", "most", "some", "many", "all", "half", "both", "none", "each",
       "according", "due", "than", "and", "but", "or", "so"}
)
# Determiners and pronouns open most real sentences: they make a boundary a candidate only
# right after a verb that wants an object or a clause ("told reporters. The ministry would").
NP_OPENERS = frozenset("the a an its his her their this these those".split())
MAX_PIECE_WORDS = 30
SHORT_PIECE = 4
_QUOTES = frozenset("\"“”‘’'«»")
_STOP_END = re.compile(r"[a-z0-9%)]\.$")


@dataclass(frozen=True)
class Boundary:
    """A stop between two sentences of one paragraph: ``text[stop]`` is the full stop,
    the sentence before is ``text[prev_start:stop + 1]``, the piece after is
    ``text[piece_start:piece_end]``."""

    prev_start: int
    stop: int
    piece_start: int
    piece_end: int


def features(prev: str, piece: str) -> list[float]:
    """Side features of a boundary (``N_FEATURES`` floats): piece length / 10, piece has a
    finite verb, opener is closed-class, opener is a determiner, the sentence before ends
    on a verb within its last two words."""
    q = lexicon.words(piece)
    head = q[0].lower() if q else ""
    return [min(len(q), MAX_PIECE_WORDS) / 10, float(bool(q) and lexicon.has_clause(q)), float(head in OPENERS),
            float(head in NP_OPENERS), float(_ends_on_verb(prev))]


def _ends_on_verb(prev: str) -> bool:
    p = lexicon.words(prev)
    return any(w.lower() in lexicon.SPEECH_VERBS or (lexicon.looks_finite(w.lower()) and not w[:1].isupper()
                                                    and not w.lower().endswith("s"))
               or w.lower() in ("asked", "urged", "promised", "called", "expected", "allowed", "ordered")
               for w in p[-2:])


def candidate(prev: str, piece: str) -> bool:
    """The pre-filter: could ``piece`` (after the stop ending ``prev``) be a cut-off part of it?

    Only a capitalised piece ending in a full stop, after a sentence of at least four
    words that opens with a capital or a figure and ends in a full stop that is no
    abbreviation's, outside quotation; then one of:
    a closed-class opener (``OPENERS``), a piece of at most ``SHORT_PIECE`` words, a piece
    with no finite verb, or a determiner-led piece right after a verb.
    """
    if not piece[:1].isupper() or not _STOP_END.search(piece) or not _STOP_END.search(prev):
        return False
    if not (prev[:1].isupper() or prev[:1].isdigit()):
        return False  # the sentence before is itself a lower-case fragment: the rules' mess to sort out
    if any(c in _QUOTES for c in piece) or any(c in _QUOTES for c in prev[-80:]):
        return False
    p = lexicon.words(prev)
    q = lexicon.words(piece)
    if len(p) < 4 or not q or len(q) > MAX_PIECE_WORDS or ends_with_abbreviation(prev):
        return False
    head = q[0].lower()
    if head in OPENERS or len(q) <= SHORT_PIECE:
        return True
    if head in NP_OPENERS:
        return _ends_on_verb(prev)
    return not lexicon.has_clause(q)


def boundaries(doc: Document) -> Iterator[Boundary]:
    """The in-paragraph boundaries of ``doc`` that pass :func:`candidate`."""
    text = doc.text
    sentences = doc.sentences
    for before, after in zip(sentences, sentences[1:], strict=False):
        if before.paragraph != after.paragraph:
            continue
        prev = text[before.span.start : before.span.end].rstrip()
        piece = text[after.span.start : after.span.end].rstrip()
        if candidate(prev, piece):
            stop = before.span.start + len(prev) - 1
            yield Boundary(before.span.start, stop, after.span.start, after.span.start + len(piece))


def join_edit_text(text: str, b: Boundary, label: str) -> tuple[int, int, str]:
    """(start, end, replacement) of the ``join`` or ``join-comma`` edit at ``b``: the stop and
    the piece's first letter become " x" or ", x", the letter lower-cased unless the piece
    opens with a name (the rules' choice in ``repair.rules.stops.choose``)."""
    piece = text[b.piece_start : b.piece_end]
    q = lexicon.words(piece)
    first = piece[0]
    q_head = q[:1] if lexicon.has_clause(q) else q
    proper = is_name(q_head) and not (
        len(q) == 1 and (lower_elsewhere(q[0], text) or is_bare_verb(q[0]) or q[0].lower() in lexicon.SPEECH_VERBS))
    if q and q[0].isupper() and len(q[0]) > 1:
        proper = True  # an acronym ("EU", "NATO") keeps its capitals
    lowered = first if proper else first.lower()
    return b.stop, b.piece_start + 1, (", " if label == "join-comma" else " ") + lowered


# --- synthetic training data ------------------------------------------------------------

KINDS = ("infinitive", "relative", "phrase", "complement", "comma")
"""Positive kinds: where a clean sentence is split (see :func:`split_points`)."""
_PHRASE_PREPS = frozenset(
    "with without among by for from in on at after before during since until amid despite including "
    "under over through across against into near".split())
_RELATIVES = frozenset("that which who whom whose where when".split())
_VERB_TAKES_CLAUSE = frozenset("said says told asked urged promised believes believed thinks thought warned "
                               "announced added noted expects expected hopes hoped".split())
_WORD_AT = re.compile(r"\S+")


def split_points(sentence: str) -> list[tuple[int, str, str]]:
    """Places where ``sentence`` can be cut into a sentence and a continuation piece:
    (character offset of the piece's first word, kind, label). The left part keeps at
    least four words and the piece at least two; a cut after a comma drops the comma and
    is labelled ``join-comma``."""
    tokens = [(m.start(), m.group()) for m in _WORD_AT.finditer(sentence)]
    out: list[tuple[int, str, str]] = []
    for i in range(4, len(tokens) - 1):
        at, word = tokens[i]
        prev_word = tokens[i - 1][1]
        nxt = tokens[i + 1][1]
        w = word.lower()
        if not word[:1].isalpha():
            continue
        if prev_word.endswith(","):
            if not prev_word[:-1][-1:].isdigit() and (not word[:1].isupper() or w in OPENERS):
                out.append((at, "comma", "join-comma"))
            continue
        if not prev_word[-1:].isalnum():
            continue  # after a colon, a dash or a bracket: no false stop there
        if w == "to" and nxt[:1].islower() and nxt.lower() not in lexicon.DETERMINERS and not nxt[:1].isdigit():
            out.append((at, "infinitive", "join"))
        elif w in _RELATIVES and word.islower():
            out.append((at, "relative", "join"))
        elif w in _PHRASE_PREPS and word.islower():
            out.append((at, "phrase", "join"))
        elif w in NP_OPENERS and word.islower() and (
                prev_word.lower() in _VERB_TAKES_CLAUSE
                or (i >= 2 and tokens[i - 2][1].lower() in _VERB_TAKES_CLAUSE and prev_word.islower())):
            out.append((at, "complement", "join"))
    return out


@dataclass(frozen=True)
class Example:
    """One training or evaluation boundary: the sentence before, the piece, the label
    index into ``LABELS`` and the kind (a ``KINDS`` entry for positives, ``real`` for a
    real boundary)."""

    prev: str
    piece: str
    label: int
    kind: str

    @property
    def feats(self) -> list[float]:
        return features(self.prev, self.piece)


def garble(sentence: str, at: int) -> tuple[str, str]:
    """The sentence cut before offset ``at``: (left part ending in a stop, capitalised piece)."""
    left = sentence[:at].rstrip().rstrip(",").rstrip() + "."
    right = sentence[at:]
    return left, right[:1].upper() + right[1:]


def examples_from_paragraph(paragraph: str, rng: random.Random, rate: float, counts: Counter[str],
                            negatives: bool = True) -> list[Example]:
    """Examples from one clean paragraph: with chance ``rate`` one positive (a random
    sentence cut at a random split point, the piece checked by the pre-filter), and every
    real boundary that passes the pre-filter as a negative (``negatives``)."""
    doc = Document.from_text(paragraph)
    text = doc.text
    sents = [text[s.span.start : s.span.end].rstrip() for s in doc.sentences]
    out: list[Example] = []
    if negatives:
        for b in boundaries(doc):
            out.append(Example(text[b.prev_start : b.stop + 1], text[b.piece_start : b.piece_end], 0, "real"))
            counts["real"] += 1
    if rng.random() < rate:
        by_kind: dict[str, list[tuple[str, tuple[int, str, str]]]] = {}
        for s in sents:
            if s.endswith(".") and not any(c in _QUOTES for c in s):
                for point in split_points(s):
                    by_kind.setdefault(point[1], []).append((s, point))
        if by_kind:  # a kind first, then a place: common kinds ("phrase") do not crowd out rare ones
            sentence, (at, kind, label) = rng.choice(by_kind[rng.choice(sorted(by_kind))])
            left, piece = garble(sentence, at)
            if candidate(left, piece):
                out.append(Example(left, piece, LABELS.index(label), kind))
                counts[kind] += 1
            else:
                counts[f"{kind}:filtered"] += 1
    return out
