"""FR001's cheap first look at a sentence pair (issue 13): whether any test of its evidence
chain (``breaks._evidence``) could hold, read off the sentence's last word and the piece's
first characters before any of those tests is called.

FR001 asks its chain at every sentence pair (a third of all sentences in news), and nearly
every pair fails each test on its own first look. Those looks are gathered here so that one
call answers for the eleven: each line below is the first look of one test, copied as it
stands there (or loosened), so this is False only when every test would be. A necessary
condition, never sufficient; checked against the tests themselves by property test on
generated and real pairs (tests/test_scaling_fragment_gates.py). A test whose first look
changes must change its line here.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules import stops_dates, stops_inserts, stops_intruders, stops_predicates, stops_prepositions

# Sentence ends that open a test on their own: "it"/"them" (placeholder_before_object), a
# relative word (relative_at_stop), a bare "be" (copula_before_complement).
_TESTED_ENDS = (" it.", " them.", " who.", " whom.", " whose.", " which.", " is.", " are.", " was.", " were.")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def evidence_may_hold(prev_text: str, piece: str) -> bool:
    """False only when no test of FR001's evidence chain holds for the sentence ``prev_text``
    and the piece ``piece`` after its stop (both non-empty; see the module docstring)."""
    if prev_text.endswith(_TESTED_ENDS):
        return True
    first_char = piece[:1]
    if first_char.isdigit():
        return True  # the figure tests, names_missing_word's change verb
    # predicate_form (subjectless_predicate): its first word's form.
    first = piece.split(" ", 1)[0].lower()
    if first in stops_predicates._OPENING_FORMS or first.endswith(("ing", "ed")):
        return True
    if piece[:3].lower() in stops_dates._MONTH_STARTS:
        return True  # dated_piece
    if first_char.isupper():
        if "," in piece:
            # phrase_then_subordinate (one comma) and phrase_with_tag (", " and a tag) both
            # want a preposition as the first word; a piece opening on a letter outside ASCII
            # is let by (phrase_then_subordinate tokenises it).
            if first_char not in _ASCII_LETTERS \
                    or stops_inserts._ASCII_OPENER.match(piece).group().lower() in lexicon.PREPOSITIONS:  # type: ignore[union-attr]
                return True
            # names_missing_word: a capitalised possessive and a comma.
            if piece[: piece.find(" ")].endswith(("'s", "’s")):
                return True
        # names_missing_word: a reporting frame or a span of time.
        if first_char in stops_prepositions._FRAME_OR_SPAN_FIRSTS and (
                stops_prepositions._REPORTING_FRAME.match(piece) or stops_prepositions._SPAN.match(piece)):
            return True
    # stray_before_capital: a stray word before the stop.
    if prev_text[prev_text.rfind(" ") + 1 : -1] in stops_intruders._STRAYS:
        return True
    # infinitive_cut: a catenative verb before the stop.
    return bool(prev_text[-2:-1].islower() and first_char.isalpha() and " - " not in piece
                and stops_inserts._catenative_form(prev_text[-16:-1].rsplit(" ", 1)[-1]))
