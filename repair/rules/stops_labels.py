"""Pieces after a false stop that carry nothing the sentence does not already say.

MT systems sometimes render a source's heading, caption or summary tag as a short
capitalised "sentence" after the sentence it sums up: "The hearing was adjourned to
May 4. Hearing postponed.", "Engineers confirmed the landing on Friday. Confirmation.",
"The fare rises for all riders. Fare increase for everyone." The piece is a label, not a
clause: no subject with a finite verb, no article, no name, and all its words but one
are words of the sentence before (by their root: "postponed" ~ "postponement", "exempt"
~ "Exemption"). Deleting it loses nothing (``delete-content-free``); a piece with two
new words adds a fact ("Signing fee undisclosed.") and stays.

A lone capitalised word that is no name the text uses elsewhere and no label
(":func:`lone_capitalised_word`") cannot be joined after a sentence that ends on a
common noun either: "… in the first half. Errors." joined gives "half Errors", a
made-up name. Whether it is an echo to delete or a modifier to move back cannot be read
off the text, so the join is only shown.
"""

from __future__ import annotations

import re

from repair import lexicon
from repair.rules.base import lazy_compile
from repair.rules.stops_candidates import StopRepair

MAX_LABEL_WORDS = 5
# Quantifiers a label may carry without adding a fact ("Price rise for all users.").
_QUANTIFIERS = frozenset("all both most".split())
ROOT_LETTERS = 5  # "confirmed"/"Confirmation", "exempt"/"Exemption" share their first five letters


def _root(word: str) -> str:
    """The first ``ROOT_LETTERS`` letters of a word long enough to have a suffix; the whole
    (lower-cased, plural "s" dropped) word otherwise."""
    w = word.lower()
    if len(w) > ROOT_LETTERS:
        return w[:ROOT_LETTERS]
    return w[:-1] if len(w) > 3 and w.endswith("s") else w


def _noun_like(word: str) -> bool:
    """A lower-case content word that is no verb or adverb by its form: the head an "-ing"
    word before it modifies ("counting centres"), not a verb after a gerund subject
    ("hearing was adjourned", "training resumed")."""
    w = word.lower()
    return word.islower() and not lexicon.is_function_word(word) and w not in lexicon.AUXILIARIES \
        and w not in lexicon.IRREGULAR_PAST and not w.endswith(("ed", "ly"))


def is_summary_label(prev_text: str, piece: str) -> bool:
    """``piece`` (a sentence, with its stop) only labels what ``prev_text`` (the sentence
    before, with its stop) says: one to five words, capitalised, no article, pronoun,
    auxiliary, irregular past or speech verb, no name or figure; at least one content
    word sharing its root with a content word of the sentence before and at most one that
    does not; the sentence before is a clause that does not end on a function word."""
    if not piece[:1].isupper() or not piece.endswith(".") or "," in piece:
        return False
    q = lexicon.words(piece)
    if not 1 <= len(q) <= MAX_LABEL_WORDS or lexicon.is_function_word(q[0]):
        return False
    for word in q:
        low = word.lower()
        if word[:1].isdigit() or low in lexicon.DETERMINERS or low in lexicon.SUBJECT_PRONOUNS \
                or low in lexicon.AUXILIARIES or low in lexicon.IRREGULAR_PAST or low in lexicon.SPEECH_VERBS:
            return False  # a clause ("Prices fell."), a noun phrase with its article, a figure
    if any(w[:1].isupper() for w in q[1:]) or (len(q) == 1 and q[0].isupper()):
        return False  # a name ("Ana Ruiz.", "NATO."): the echo and name rules decide those
    p = lexicon.words(prev_text)
    if len(p) < 3 or lexicon.is_function_word(p[-1]) or not lexicon.has_clause(p):
        return False
    # An "-ing" word before a content word modifies it ("the counting centres", "a training
    # ground"): the sentence is about the centres, not the counting, so a piece on that
    # activity ("Counting resumed.", "Training stopped.") is news, not a label of it.
    roots = {_root(w) for w, after in zip(p, [*p[1:], ""], strict=True)
             if len(w) > 3 and not lexicon.is_function_word(w)
             and not (w.lower().endswith("ing") and _noun_like(after))}
    content = [w for w in q if len(w) > 2 and not lexicon.is_function_word(w) and w.lower() not in _QUANTIFIERS]
    if lexicon.repeats_count(q, p):
        return False  # "… by one wicket. One wicket.": the figure repeated for emphasis, kept
    if len(q) == 1 and q[0].lower() in {w.lower() for w in p}:
        return False  # the very word again ("… met twice. Twice."): the echo rules' call, emphasis kept
    new = sum(_root(w) not in roots for w in content)
    # At most one word the sentence lacks ("Hearing postponed." after "… adjourned"); two
    # or more add a fact ("Signing fee undisclosed.", "Warning level red."), no label.
    return len(content) > new and new <= 1


# A pronoun and a bare auxiliary chain ("It will be.", "They have been."), nothing after it.
_STRANDED_AUXILIARY = lazy_compile(
    r"^(?:It|They|He|She|This) ((?:will|would|can|could|may|might|must|should|has|have|had|is|are|was|were)"
    r"(?: (?:be|been|have|have been))?)\.$")


def auxiliary_echo(prev_text: str, piece: str) -> bool:
    """``piece`` is a pronoun and an auxiliary chain with nothing after it ("It will be.")
    whose first auxiliary the sentence before already uses ("The final will be played."):
    an elliptical echo that says nothing. A contrast ("They needed oil. We do.") or an
    answer to a question has no such chain before it and is left alone."""
    echo = _STRANDED_AUXILIARY.match(piece)
    if echo is None or not prev_text.endswith(".") or "?" in prev_text:
        return False
    # The chain's first word carries the echo ("… will lift her …. It will be."); after a
    # negation ("… was not repaired. It was.") the piece contradicts it and stays.
    return re.search(rf"\b{echo[1].split()[0]}\b(?! not\b)(?!n['’]t)", prev_text) is not None


# A pronoun, any auxiliaries and one lower-case verb, nothing after it ("It cost.", "It has struggled.").
_STRANDED_VERB = lazy_compile(
    r"^(?:It|They|He|She|This) ((?:(?:will|would|can|could|may|might|must|should|has|have|had|is|are|was|were|be|"
    r"been) ){0,3}([a-z]{2,}))\.$")


def verb_echo(prev_text: str, piece: str) -> bool:
    """``piece`` is a pronoun and a verb with nothing after it ("It cost.", "It has
    struggled.") whose verb, auxiliaries and all, the sentence before already uses word for
    word ("… cost about £420m.", "… has struggled with rising costs."): an elliptical echo
    that says nothing. Another verb ("… promised to resign. He resigned.") reports a new
    fact and stays; so does a verb the sentence before negates."""
    echo = _STRANDED_VERB.match(piece)
    if echo is None or not prev_text.endswith(".") or "?" in prev_text \
            or lexicon.is_function_word(echo[2]) or echo[2] in lexicon.AUXILIARIES \
            or echo[2] in lexicon.SPEECH_VERBS:  # "He said.": a tag, the attribution rules' to place
        return False
    return re.search(rf"(?<!not )\b{echo[1]}\b", prev_text) is not None


def summary_label(text: str, prev_start: int, stop: int, piece_end: int) -> list[StopRepair]:
    """The deletion of the label after the stop at ``text[stop]`` (see :func:`is_summary_label`)
    or of a stranded auxiliary echo (:func:`auxiliary_echo`); empty when the piece is neither."""
    piece = text[stop + 2 : piece_end] if text[stop + 1 : stop + 2] == " " else ""
    if piece and verb_echo(text[prev_start : stop + 1], piece):
        return [StopRepair("delete-content-free", stop + 1, piece_end, "", 0.55,
                           f"“{piece}” only repeats the verb of the sentence before; deleted.")]
    if piece and auxiliary_echo(text[prev_start : stop + 1], piece):
        return [StopRepair("delete-content-free", stop + 1, piece_end, "", 0.55,
                           f"“{piece}” only repeats the auxiliary of the sentence before; deleted.")]
    if not piece or not is_summary_label(text[prev_start : stop + 1], piece):
        return []
    return [StopRepair("delete-content-free", stop + 1, piece_end, "", 0.6,
                       f"“{piece}” only labels what the sentence before already says; it is deleted.")]


def lone_capitalised_word(q: list[str], prev_last: str) -> bool:
    """A lone capitalised word that would be glued onto a sentence ending on a lower-case
    content word ("… the first half. Errors." -> "half Errors"): a join makes a fake
    name, so it may only be shown."""
    return len(q) == 1 and q[0][:1].isupper() and not q[0].isupper() and prev_last.isalpha() \
        and prev_last.islower() and not lexicon.is_function_word(prev_last)


# Relative words that open a clause describing the noun before them ("residents who said …").
_RELATIVES = frozenset("who which that whose".split())
MAX_ECHO_PHRASE_WORDS = 10


def echo_opens_relative(prev_text: str, tokens: list[str]) -> bool:
    """The lower-case piece opens with the common word that ends the sentence before, then a
    relative word ("… from 300 residents. residents who said …"): the stop cut the noun's
    relative clause off and the MT said the noun again; no sentence of its own (see
    :func:`echo_then_phrase`)."""
    p = lexicon.words(prev_text)
    return len(tokens) >= 3 and bool(p) and tokens[0].islower() and tokens[0] == p[-1] \
        and not lexicon.is_function_word(tokens[0]) and tokens[1] in _RELATIVES


def echo_then_phrase(text: str, stop: int, piece_start: int, p: list[str], q: list[str]) -> StopRepair | None:
    """The deletion of a word echoed across the stop when the rest of the piece continues the
    sentence: "… complained about noise. Noise until after midnight." -> "… about noise until
    after midnight."; "… objections from 300 residents. residents who said …" -> "… residents
    who said …". The piece opens with the very common noun (or other content word) that
    ends the sentence, and what follows it is a phrase a preposition or time word opens with
    no clause of its own, or, in a piece the stop left in lower case, a relative clause. A
    piece with its own clause ("Noise from the site has doubled.") is a sentence and stays;
    deleting the whole piece would lose its phrase, joining it bare would say the word twice.
    ``p`` and ``q`` are the words of the sentence and of the piece; None when the shape differs."""
    if len(q) < 3 or len(q) > MAX_ECHO_PHRASE_WORDS or piece_start != stop + 2 or text[stop : stop + 2] != ". ":
        return None
    last, echo, after = p[-1], q[0], q[1]
    if len(last) < 3 or not last.isalpha() or not last.islower() or lexicon.is_function_word(last) \
            or echo.lower() != last or text[stop - len(last) : stop] != last \
            or text[piece_start + len(echo) : piece_start + len(echo) + 1 + len(after)] != " " + after \
            or not after.islower():
        return None
    phrase = (after in lexicon.PREPOSITIONS or after in lexicon.TIME_OPENERS) and not lexicon.has_clause(q[1:])
    relative = echo.islower() and after in _RELATIVES
    if not (phrase or relative):
        return None
    return StopRepair("delete-echo", stop, piece_start + len(echo), "", 0.65,
                      f"“{echo}” after the stop only repeats the word before it; the repeat goes and the rest "
                      "of the piece joins the sentence.")
