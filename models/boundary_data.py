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
* :func:`join_edit_text` — the join's replacement, its first letter cased by
  :func:`join_case` (the first word decides, with the rules' own name evidence);
* :func:`independent_clause` — is a piece a sentence of its own (then a stop before it is
  no damage: the GPU data v2 label such cuts ``keep``);
* :func:`examples_from_paragraph` — training examples from clean text: positives are a
  clean sentence split at a clause or phrase boundary (``KINDS``), capitalised and
  stopped, labelled ``join`` or (split after a comma) ``join-comma``; negatives are the
  real boundaries of the same paragraphs that pass the pre-filter, labelled ``keep``.
"""

from __future__ import annotations

import functools
import random
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from repair import lexicon
from repair.document import Document
from repair.rules.glued_small import COUNT_WORDS
from repair.rules.stops import ends_with_abbreviation
from repair.rules.stops_classes import is_place_adverb
from repair.rules.stops_clauses import clause_after_opener
from repair.rules.stops_words import is_bare_verb, is_name, looks_modifier, lower_elsewhere, name_elsewhere

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
    the piece's first letter become " x" or ", x", the letter cased by :func:`join_case`."""
    return b.stop, b.piece_start + 1, (", " if label == "join-comma" else " ") + join_case(text, b.piece_start,
                                                                                            b.piece_end)


def join_case(text: str, piece_start: int, piece_end: int) -> str:
    """The piece's first letter as it stands inside the joined sentence.

    Decided on the piece's FIRST word (the rest of the piece is the sentence's, whatever it
    is), with the rules' own evidence (``repair.rules.stops_words``): an acronym and a
    capitalised phrase of two or more words ("Port Authority said") keep their capitals; a
    closed-class word, a count word ("Two", "Most") or a quantifier is lower-cased; then the
    document's own capitals decide (named elsewhere mid-sentence: keep; lower-case
    elsewhere: lower); last the rules' single-word test of ``stops.choose`` (a bare verb, a
    speech verb, a place adverb or a common-looking word is lower-cased, an unknown
    capitalised word keeps its capital). Whole-piece name tests made "California, Nevada"
    lower-case before (the piece as a whole is no name) and kept "Two said" capitalised.
    """
    piece = text[piece_start:piece_end]
    first = piece[:1]
    q = lexicon.words(piece) if piece.isascii() else _ANY_WORD.findall(piece)
    if not first.isupper() or not q:
        return first
    head = q[0]
    w = head.lower()
    if head.isupper() and len(head) > 1:
        return first  # "EU", "NATO"
    if lexicon.is_function_word(w) or w in COUNT_WORDS or w in _QUANTIFIERS or w in OPENERS \
            or w in lexicon.STANDALONE_OPENERS:
        return first.lower()
    if len(q) > 1 and q[1][:1].isupper() and not lexicon.is_function_word(q[1]) and not q[1].isdigit() \
            and piece.find(q[1]) == piece.find(head) + len(head) + 1:
        return first  # a name of two words or more, right next to each other ("Harbour Gazette")
    if name_elsewhere(head, text, piece_start):
        return first
    if lower_elsewhere(head, text) or w in _lower_words(text):
        return first.lower()  # the document writes the word in lower case elsewhere
    common = (is_bare_verb(head) or w in lexicon.SPEECH_VERBS or is_place_adverb(head)
              or not is_name([head]))
    return first.lower() if common else first


@functools.lru_cache(maxsize=2)
def _lower_words(text: str) -> frozenset[str]:
    """Every lower-case whole word of ``text`` (built once per text: a model proposer asks
    for several boundaries of one document in a row)."""
    return frozenset(_LOWER_WORD.findall(text))


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
_ANY_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d.,%]*")


def independent_clause(piece: str) -> bool:
    """True when ``piece`` (a capitalised sentence-like piece ending in a stop) reads as a
    complete sentence of its own, so a stop before it is no damage an editor would repair:
    a subject and a finite verb outside any relative clause ("The bank cut rates."), a
    coordinator before such a clause ("And the bank cut rates."), a demonstrative subject
    ("That could cause delays.", "This decision surprised many."), or an opening phrase or
    subordinate clause closed by a comma with a clause after it ("To many voters, the plan
    made sense.", "While prices rose, wages fell."), or a prepositional opener with its own
    clause ("In the first quarter the firm lost money."). False for a relative clause
    ("Which had been shut."), a "that" complement ("That the bank would cut rates."), a
    bare phrase ("With its chairs in place.") or a verb phrase without a subject.
    """
    q = lexicon.words(piece)
    if len(q) < 2:
        return False
    head = q[0].lower()
    if head in _COORDINATORS:
        return independent_clause(piece[len(q[0]):].lstrip(" ,"))
    if head in _RELATIVES - {"that"}:
        return False
    if head in ("that", "this", "these", "those"):
        second = q[1].lower()
        if second in _PLURAL_VERBS:
            return False  # "That are more efficient": a relative clause (a demonstrative takes "is")
        if _surely_finite(second) or (lexicon.looks_finite(second) and (len(q) < 3 or q[2].lower() != "of")):
            return not _speech_tag(q[1:])  # "That could ...", "This was ..."; not "That lots of ..."
        # "That decision surprised ...": a demonstrative before a noun and its verb; "That the
        # bank ...", "That prices rose" (a complement) and "That make it" (a relative) are none
        return len(q) > 2 and q[1][:1].islower() and second not in lexicon.DETERMINERS \
            and second not in lexicon.SUBJECT_PRONOUNS and _surely_finite(q[2].lower())
    if head in lexicon.PREPOSITIONS or head in _SUBORDINATORS or head == "to":
        before, comma, after = piece.partition(",")
        if comma and len(lexicon.words(before)) <= _MAX_OPENING and _clause_before_relative(after.strip()) \
                and (head in _SUBORDINATORS or not any(_surely_finite(t.lower()) for t in lexicon.words(before)[1:])):
            return True
        # "With its doors shut" is a phrase (an absolute construction), not a clause
        return head in lexicon.PREPOSITIONS and head not in ("with", "without") and clause_after_opener(q)
    return _clause_before_relative(piece)


def _clause_before_relative(piece: str, skip: int = 0) -> bool:
    """A subject, then its finite verb, before the first comma or relative word of
    ``piece``. The subject must come first: a pronoun, a determiner- or count-led noun
    phrase, a capitalised word, or a plain noun right before a verb that is finite for sure
    ("prices rose"); "say they expect" (a verb phrase) and "make it hard" are none."""
    q = lexicon.words(piece.partition(",")[0])
    cut = next((i for i, t in enumerate(q) if i >= max(1, skip) and t.lower() in _RELATIVES), len(q))
    q = q[:cut]
    if len(q) < 2:
        return False
    low = [t.lower() for t in q]
    if low[0] in _RELATIVES - {"that"} or low[0] in lexicon.PREPOSITIONS or low[0] in lexicon.CONJUNCTIONS \
            or _surely_finite(low[0]):
        return False  # no subject: "And is estimated to ..."
    if _speech_tag(q):
        return False  # "The agency said.": a speech tag cut off its quote is no sentence
    if low[0] in lexicon.SUBJECT_PRONOUNS:
        return lexicon.looks_finite(low[1]) or (len(low) > 2 and lexicon.looks_finite(low[2]))
    if low[0] in lexicon.DETERMINERS or low[0] in COUNT_WORDS or q[0][:1].isupper() or q[0][:1].isdigit():
        verb = next((j for j in range(1, len(low)) if _surely_finite(low[j])), 0)
        if verb and (looks_modifier(low[verb - 1]) or low[verb - 1] in lexicon.DETERMINERS):
            return False  # "The first cut in years": a past form after a modifier is a noun
        return lexicon.has_clause(q)
    return _surely_finite(low[1])


def _speech_tag(q: list[str]) -> bool:
    """The clause is a bare speech tag: its first finite verb is a speech verb with at most
    three words after it ("the agency said", "Ito told reporters")."""
    verb = next((j for j, t in enumerate(q) if _surely_finite(t.lower())), -1)
    return verb > 0 and q[verb].lower() in _TAG_VERBS and len(q) - verb - 1 <= 3


_TAG_VERBS = lexicon.SPEECH_VERBS | frozenset("says told warned wrote argued insisted".split())
_PLURAL_VERBS = frozenset("are were have do".split())


def _surely_finite(word: str) -> bool:
    """A finite verb by its form alone (no "-s" form: "numbers" is a noun as often)."""
    return word in lexicon.AUXILIARIES or word in lexicon.IRREGULAR_PAST or word in lexicon.SPEECH_VERBS or (
        len(word) > 3 and word.endswith("ed"))


_COORDINATORS = frozenset("and but or nor yet so".split())
# Quantifiers and other closed-class noun-phrase openers that are never names.
_QUANTIFIERS = frozenset("several few many more much both either neither another other such one".split())
_SUBORDINATORS = frozenset("while whereas although though because if unless once since as after before until "
                           "when whenever".split())
_MAX_OPENING = 8


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
