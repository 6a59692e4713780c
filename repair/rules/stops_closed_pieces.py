"""Pieces after a complete sentence that carry no content at all: deleted, not joined.

An MT cut may leave behind a "sentence" made only of closed-class words: a lone
conjunction ("… will have six stops. And."), a bare personal or reflexive pronoun ("…
since 2015. She", "… at the ceremony. Herself."), an article with no noun ("… the
routes. The."), a pronoun and an auxiliary with no verb phrase to take up ("… to cut
losses. It is."), or an adverb that only works inside a clause of its own ("… 300 and 450
people. Respectively."). None names a thing or an action, so joined it breaks the
sentence ("stops and.") and alone it says nothing: the editor's fix is the deletion.

Which words are closed-class is grammar, listed by class below, not read from examples. In
clean news (the train split of ``news-clean``) a sentence made only of these classes is all
but absent: of 136,879 sentences (split on stops and line breaks) the few found are
artefacts of that split or a quoted answer whose auxiliary takes up a verb phrase of the
sentence before ("… we cannot manage it. We can."); of its 43,547 sentence pairs inside a
paragraph (the project's segmenter) this test takes 3, each a word cut off its lower-case
continuation by a stray line break ("… in third. And" / "won the 800m …"), which is
only shown. Gold texts of the training sets (9,227 pairs): none. So:

* an auxiliary piece is deleted only when the sentence before has nothing its auxiliary
  could stand for: a form of "be" needs a "be" before it, "have" a "have", a modal a modal
  or an infinitive; "do" takes up any verb ("Few expected him to win. He did."), so a piece
  with "do" is never deleted;
* negations, "so", "too", "yet", "neither", demonstratives and question words are no part of
  the classes: "Not yet.", "So is she.", "Neither was he." are a writer's own short sentences;
* a lone letter ("A.", "I.") may be an initial or a list label, an all-capital word ("US.",
  "IT.") an acronym: left alone;
* a piece followed by a lower-case continuation may be the head of a longer cut: only shown;
* a closed-class word that is also a month or a given name ("May", "Will") alone after a
  capitalised word may be the second half of a name the stop cut ("… talks with Theresa.
  May."): only shown.

A second shape has one content word that still adds nothing: a calendar unit
echoing the date before the stop ("… opened in 1998. Year.", "… in March. Month."), the
calque of a source that writes the unit after the number.
"""

from __future__ import annotations

import re

from repair import lexicon
from repair.edits import Safety
from repair.rules.base import lazy_compile
from repair.rules.casing_learned_table import CAP_ALONE, CAP_RUN, LOWER, case_table
from repair.rules.stops_candidates import StopRepair

__all__ = ["closed_class_piece", "closed_piece_repair", "fake_name_join", "lone_lower_coordinator", "may_finish_name",
           "unit_echo"]

_COORDINATORS = frozenset("and or but nor".split())  # "yet" and "so" are adverbs too ("Not yet.")
_PERSONAL = frozenset("i you he she it we they me him her us them".split())
_REFLEXIVE = frozenset("myself yourself himself herself itself ourselves yourselves themselves".split())
_ARTICLES = frozenset("the a an its their his our my your".split())
_BE = frozenset("am is are was were be been being".split())
_HAVE = frozenset("has have had".split())
_DO = frozenset("do does did".split())
_MODALS = frozenset("will would shall should can could may might must".split())
# Adverbs that distribute or point inside their own clause ("… A and B, respectively"): alone
# they refer to nothing.
_CLAUSE_BOUND_ADVERBS = frozenset("respectively thereof therein thereby".split())
_CLOSED = _COORDINATORS | _PERSONAL | _REFLEXIVE | _ARTICLES | _BE | _HAVE | _DO | _MODALS | _CLAUSE_BOUND_ADVERBS
_MAX_WORDS = 3
_MAX_CHARS = 32  # a cheap first look: three closed-class words and a stop never take more

# What a sentence must hold for an auxiliary piece to take it up (its own antecedent).
_BE_BEFORE = lazy_compile(r"\b(?:am|is|are|was|were|be|been|being)\b|[a-z]['’](?:s|re)\b"
                          r"|\b(?:isn|aren|wasn|weren)['’]t\b")
_HAVE_BEFORE = lazy_compile(r"\b(?:has|have|had|hasn['’]t|haven['’]t|hadn['’]t)\b|[a-z]['’]ve\b")
_MODAL_BEFORE = lazy_compile(r"\b(?:will|would|shall|should|can|cannot|could|may|might|must|to)\b|n['’]t\b"
                             r"|[a-z]['’](?:ll|d)\b")


def _words(piece: str) -> list[str]:
    return [w.lower() for w in lexicon.words(piece)]


def lone_lower_coordinator(piece: str) -> bool:
    """Whether ``piece`` is one coordinator in lower case with its own full stop ("and."):
    joined it leaves the sentence ending on "and." ("food and colour and."), so it is taken
    as content-free like its capitalised form ("And.") when a new sentence follows."""
    return piece.endswith(".") and piece[:-1] in _COORDINATORS


def closed_class_piece(prev_text: str, piece: str) -> bool:
    """Whether ``piece`` (a capitalised sentence after the sentence ``prev_text``, ending in
    its stop or at its paragraph's end with none) is made only of closed-class words and
    cannot take up anything ``prev_text`` says (see the module doc). ``prev_text`` must be
    a complete sentence ended by a full stop, of four words or more."""
    if len(piece) > _MAX_CHARS or not prev_text.endswith("."):
        return False
    if not piece[:1].isupper() and not lone_lower_coordinator(piece):
        return False
    body = piece[:-1] if piece.endswith(".") else piece
    if not body or not (body.replace(" ", "").replace("'", "").replace("’", "").isalpha()):
        return False  # a mark, a figure or a second stop: no plain run of words
    if len(body) < 2 or any(len(w) > 1 and w.isupper() for w in body.split()):
        return False  # an initial or a list letter ("A.", "I."), an acronym ("US.", "IT.")
    q = _words(body)
    if not 1 <= len(q) <= _MAX_WORDS or any(w not in _CLOSED for w in q):
        return False
    p = lexicon.words(prev_text)
    # A lone lower-case "and." is broken joined whatever the sentence before holds.
    if len(p) < 4 or not (lexicon.has_clause(p) or lone_lower_coordinator(piece)):
        return False
    auxiliaries = [w for w in q if w in _BE | _HAVE | _DO | _MODALS]
    if len(auxiliaries) > 1 or (auxiliaries and len(q) > 2):
        return False  # "It will be.", "And it was.": a longer ellipsis, left to an editor
    if auxiliaries:
        aux, lowered = auxiliaries[0], prev_text.lower()
        if aux in _DO or q[0] in _BE | _HAVE | _MODALS and len(q) > 1:
            return False  # "He did.", "Is it.": any verb can be taken up, or a question lost its mark
        if aux in _BE and _BE_BEFORE.search(lowered) or aux in _HAVE and _HAVE_BEFORE.search(lowered) \
                or aux in _MODALS and _MODAL_BEFORE.search(lowered):
            return False  # "… whether it was safe. It was.": the writer's ellipsis
        if len(q) == 2 and q[0] not in _PERSONAL:
            return False  # "And is.": not a subject and its auxiliary
    elif sum(w in _PERSONAL or w in _REFLEXIVE for w in q) > 1:
        return False  # "Me, myself.", "You and I.": a writer's answer naming people, no leftover
    return True


# Units a source language writes after the number it counts, and what the word before the stop
# must be for the unit to echo it.
_MONTHS = frozenset("""january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_YEAR = lazy_compile(r"(?:1[89]|20)\d\d")


def unit_echo(prev_text: str, piece: str) -> bool:
    """Whether ``piece`` is one calendar unit ("Year.", "Month.", "Day.") and the word before
    the stop of ``prev_text`` is of that unit: a year ("in 1998. Year."), a month ("in March.
    Month."), a weekday or a month's day ("on Thursday. Day.")."""
    if not 4 <= len(piece) <= 9 or not piece[:1].isupper():
        return False
    unit = piece[:-1].lower() if piece.endswith(".") else piece.lower()
    if unit not in ("year", "month", "day") or not prev_text.endswith("."):
        return False
    p = lexicon.words(prev_text)
    if len(p) < 4 or not lexicon.has_clause(p):
        return False
    last = p[-1].rstrip(".,").lower()  # a figure's token keeps the stop ("1998.")
    if unit == "year":
        return _YEAR.fullmatch(last) is not None
    if unit == "month":
        return last in _MONTHS
    return last in _WEEKDAYS or last.isdigit() and len(p) >= 2 and p[-2].lower() in _MONTHS


# Closed-class words English also writes as a month or a given name: after a capitalised word
# the piece may finish a name ("… with Theresa. May.", "… Prince. Will."), not a lost clause.
_NAME_HOMOGRAPHS = frozenset("may will".split())


def may_finish_name(prev_text: str, piece: str) -> bool:
    """Whether ``piece`` is one word of :data:`_NAME_HOMOGRAPHS`, capitalised, and the word
    before the stop of ``prev_text`` is capitalised and not the sentence's first: the
    piece may be the rest of a name cut by the stop."""
    word = piece[:-1] if piece.endswith(".") else piece
    if word.lower() not in _NAME_HOMOGRAPHS or not word[:1].isupper():
        return False
    p = lexicon.words(prev_text)
    return len(p) >= 2 and p[-1][:1].isupper()


def _ends_paragraph_or_sentence(text: str, piece_end: int) -> bool:
    """Nothing but the text's end, a blank line or a new capitalised sentence (a quotation
    mark before its capital counts) follows the piece; a lower-case word after it, on the
    same line or the next, may continue it."""
    after = text[piece_end : piece_end + 8]
    rest = after.lstrip()
    if not rest or "\n\n" in after[: len(after) - len(rest)]:
        return True
    return re.match(r"[“\"‘]?[A-Z]", rest) is not None


def closed_piece_repair(text: str, stop: int, piece_end: int, piece: str, prev_text: str) -> StopRepair | None:
    """The deletion of a content-free piece (:func:`closed_class_piece`, :func:`unit_echo`)
    after the sentence ``prev_text`` whose stop is ``text[stop]``; the piece ends at
    ``piece_end``. Only shown when a lower-case continuation follows it (a longer cut)."""
    if closed_class_piece(prev_text, piece):
        message = (f"“{piece}” is made only of closed-class words (no noun, no main verb, no name); after a "
                   "complete sentence it says nothing, and joined it would break the sentence, so it is deleted.")
    elif unit_echo(prev_text, piece):
        message = (f"“{piece}” only repeats the unit of the date before the stop (a calque of the source's "
                   "word order); it is deleted.")
    else:
        return None
    if may_finish_name(prev_text, piece):
        shown, message = True, message + (" It may also finish the name before the stop, so an editor "
                                           "should check.")
    elif not _ends_paragraph_or_sentence(text, piece_end):
        shown, message = True, message + " A lower-case continuation follows, so an editor should check."
    else:
        shown = False
    return StopRepair("delete-content-free", stop + 1, piece_end, "", 0.4 if shown else 0.6, message,
                      display=shown)


# A common word clean news prints in lower case this often (of all its uses in a sentence's
# middle, alone or inside a capitalised run) is no part of a name.
_COMMON_APPLY_SHARE, _COMMON_APPLY_SUPPORT = 0.9, 40
_COMMON_SHOW_SHARE, _COMMON_SHOW_SUPPORT = 0.8, 10


def _common_word(word: str) -> Safety | None:
    """How surely clean news says ``word`` is a common word, never part of a name: UNSAFE
    (lower case in at least 90 % of its mid-sentence uses, 40 or more), DISPLAY (80 %, 10), or None."""
    row = case_table().words.get(word.lower())
    if row is None:
        return None
    lower, total = row[LOWER], row[LOWER] + row[CAP_ALONE] + row[CAP_RUN]
    if lower >= _COMMON_APPLY_SUPPORT and lower >= _COMMON_APPLY_SHARE * total:
        return Safety.UNSAFE
    if lower >= _COMMON_SHOW_SUPPORT and lower >= _COMMON_SHOW_SHARE * total:
        return Safety.DISPLAY
    return None


def fake_name_join(text: str, prev_start: int, stop: int, piece_start: int, piece_end: int,
                   candidates: list[StopRepair]) -> list[StopRepair]:
    """``candidates`` with a join that would glue a lone capitalised common word onto the name
    ending the sentence ("… in the magazine Science Weekly. Planet." -> "Science Weekly
    Planet.", a fake name) put behind the word's deletion: unsafe where clean news
    (:func:`_common_word`) is sure the word is common, else only shown."""
    if not candidates or candidates[0].kind != "join" or candidates[0].display:
        return candidates
    piece = text[piece_start:piece_end]
    word = piece[:-1] if piece.endswith(".") else ""
    if not (4 <= len(word) and word[:1].isupper() and word[1:].isalpha() and word[1:].islower()) \
            or candidates[0].replacement.strip()[:1] != word[0]:
        return candidates  # not one capitalised word, or the join lower-cases it (no name made)
    p = lexicon.words(text[prev_start : stop + 1])
    lower = word.lower()
    if len(p) < 4 or not p[-1][:1].isupper() or not p[-1][1:].islower() or lexicon.is_function_word(p[-1]) \
            or lower in lexicon.STANDALONE_OPENERS or lower in lexicon.SENTENCE_ADVERBS or not lexicon.has_clause(p):
        return candidates
    common = _common_word(lower)
    if common is None:
        return candidates
    sure = common is Safety.UNSAFE
    deletion = StopRepair("delete-content-free", stop + 1, piece_end, "", 0.55 if sure else 0.4,
                          f"“{piece}” is a common word cut off after the name that ends the sentence; joined it "
                          "would read as part of that name, so it "
                          + ("is deleted." if sure else "should be deleted (or placed) by an editor."),
                          display=not sure)
    return [deletion, *candidates]
