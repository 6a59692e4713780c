"""FR001's cheap first looks (issue 13, branch speed23a) answer exactly what the tests
behind them answer.

FR001 asks its evidence tests of every sentence pair, so each cut puts a cheaper look
before a costlier one (a set look-up before two branches, a first character before two
patterns). Each test here runs the function with the look switched off (the set patched
to one that holds everything) and with it on, on generated pieces built from the words
that matter to it, and checks that the character sets cover what the patterns can open on.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

from repair import lexicon
from repair.document import Document
from repair.rules import (
    ALL_RULES,
    attribution,
    cutoff_reported,
    invented_echoes,
    stops_predicates,
    stops_prepositions,
    tag_detached,
    tag_speaker_cut_off,
)


class _Everything:
    """A set that holds every value: patched in for a cheap look's set, it lets everything by."""

    def __contains__(self, item: object) -> bool:
        return True


def _opening_chars(items: Iterable[tuple[object, object]]) -> tuple[set[str], bool, bool]:
    """The literal characters a parsed pattern (``re._parser`` items) can open on, whether it
    can open on a ``\\d`` digit, and whether it can match the empty string. Raises on an
    item it does not know, so a new construct in a pattern fails the test, not the gate."""
    chars: set[str] = set()
    digit = False
    for op, av in items:
        name = str(op)
        empty = False
        if name == "LITERAL":
            chars.add(chr(av))  # type: ignore[arg-type]
        elif name == "IN":
            for kind, value in av:  # type: ignore[attr-defined]
                if str(kind) == "LITERAL":
                    chars.add(chr(value))
                elif str(kind) == "RANGE":
                    chars.update(chr(c) for c in range(value[0], value[1] + 1))
                elif str(kind) == "CATEGORY" and str(value) == "CATEGORY_DIGIT":
                    digit = True
                else:
                    raise AssertionError(f"unknown class item {kind} {value}")
        elif name == "BRANCH":
            for alternative in av[1]:  # type: ignore[index]
                more, more_digit, more_empty = _opening_chars(alternative)
                chars |= more
                digit |= more_digit
                empty |= more_empty
        elif name == "SUBPATTERN":
            chars_in, digit_in, empty = _opening_chars(av[3])  # type: ignore[index]
            chars |= chars_in
            digit |= digit_in
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            chars_in, digit_in, empty_in = _opening_chars(av[2])  # type: ignore[index]
            chars |= chars_in
            digit |= digit_in
            empty = empty_in or av[0] == 0  # type: ignore[index]
        elif name in ("AT", "ASSERT", "ASSERT_NOT"):
            empty = True  # consumes nothing: the next item opens the match
        else:
            raise AssertionError(f"unknown pattern item {op}")
        if not empty:
            return chars, digit, False
    return chars, digit, True


def _folded(chars: set[str]) -> set[str]:
    """Every code point that matches one of ``chars`` ignoring case (as the engine folds)."""
    anyone = re.compile("(?i)[" + "".join(re.escape(c) for c in sorted(chars)) + "]")
    return {chr(c) for c in range(sys.maxunicode + 1) if anyone.match(chr(c))}


def test_frame_and_span_openings_are_in_the_first_characters() -> None:
    for pattern in (stops_prepositions._REPORTING_FRAME, stops_prepositions._SPAN):
        chars, digit, empty = _opening_chars(re._parser.parse(pattern.pattern, pattern.flags))  # type: ignore[attr-defined]
        assert not empty
        assert _folded(chars) <= stops_prepositions._FRAME_OR_SPAN_FIRSTS
        if digit:  # the gate lets every str.isdigit character by: \d is a subset of it
            assert all(chr(c).isdigit() for c in range(sys.maxunicode + 1) if re.match(r"\d", chr(c)))


PIECE_WORDS = ["The", "the", "THE", "tHe", "same", "period", "quarter", "year", "to", "through", "ending", "May",
               "12", "months", "Almost", "almost", "nearly", "Nearly", "more", "than", "at", "least", "About", "a",
               "A", "few", "two", "Three", "ſeven", "Seven", "several", "many", "Many", "twelve", "weeks", "decades",
               "٣", "4", "97", "days", "in", "March", "Norway's", "Turkey’s", "competition", "authority,", "Mira",
               "Holt,", "said", "fell", "rose", "It's", "over", "Over", "Ten", "Ōver", "Æ", "é", "Eight", "fifteen"]
PREV_ENDS = ["Waiting times fell.", "The ban was cleared on Wednesday.", "Exports rose 31 percent.",
             "It was its lowest level.", "The firm said so.", "Prices jumped.", "Nothing happened here."]


@settings(max_examples=1000, deadline=None)
@given(st.sampled_from(PREV_ENDS), st.lists(st.sampled_from(PIECE_WORDS), min_size=1, max_size=9),
       st.sampled_from([".", ",", ""]))
@example("Waiting times fell.", ["97", "days", "in", "March"], ".")
@example("Exports rose 31 percent.", ["The", "same", "period", "last", "year"], ".")
@example("It was its lowest level.", ["ſeven", "years"], ".")
@example("It was its lowest level.", ["٣", "years"], ".")
def test_names_missing_word_first_character_look(prev: str, words: list[str], end: str) -> None:
    piece = " ".join(words) + end
    with mock.patch.object(stops_prepositions, "_FRAME_OR_SPAN_FIRSTS", _Everything()):
        plain = stops_prepositions.names_missing_word(prev, piece)
    assert stops_prepositions.names_missing_word(prev, piece) == plain


OPENERS = ["And", "But", "In", "For", "From", "Until", "Arguing", "Citing", "Saying", "Rebuilt", "Outgrew", "Withdrew",
           "Undone", "Written", "Sold", "Lost", "Won", "Rose", "Fell", "Tested", "Need", "Indeed", "Packed", "The",
           "Officials", "He", "Was", "Had", "Driven", "Overcame", "Leaving", "Understanding", "Built", "Ruled"]
TAIL_WORDS = ["said", "she", "would", "rest", "the", "pitch", "was", "wet", "after", "war", "by", "a", "crate",
              "300", "homes", "next", "two", "warned", "that", "had", "not", "parts", "of", "north,", "saying",
              "rain", "could", "fall", "“reckless.”", "in", "May", "Ana", "Lind"]


@settings(max_examples=1000, deadline=None)
@given(st.sampled_from(OPENERS), st.lists(st.sampled_from(TAIL_WORDS), max_size=10),
       st.sampled_from([".", "..", ".”", ",", ""]))
@example("And", ["said", "she", "would", "rest"], ".")
@example("For", ["parts", "of", "north,", "saying", "rain", "could", "fall"], ".")
@example("But", ["warned", "that", "rain", "could", "fall"], ".")
@example("Rebuilt", ["after", "the", "war"], ".")
@example("Describing", ["the", "plan", "as", "“reckless.”"], "")
def test_predicate_form_opening_look(opener: str, tail: list[str], end: str) -> None:
    piece = " ".join([opener, *tail]) + end
    with mock.patch.object(stops_predicates, "_OPENING_FORMS", _Everything()):
        plain = stops_predicates.predicate_form(piece)
    assert stops_predicates.predicate_form(piece) == plain


def test_predicate_form_opening_look_on_every_listed_word() -> None:
    """Every word of the lists the look is built from, as the piece's first word, capitalised."""
    words = (lexicon.PREPOSITIONS | lexicon.IRREGULAR_PAST | stops_predicates.IRREGULAR_PARTICIPLES
             | stops_predicates._PREFIXED[lexicon.IRREGULAR_PAST] | {"and", "but", "arguing", "tested"})
    for word in sorted(words):
        head = word.capitalize()
        for piece in (f"{head} the old docks.", f"{head} the north, saying it rained.", f"{head} by a court in Lyon.",
                      f"{head} said she would rest.", f"{head} had warned in May.", f"{head} 300 homes."):
            with mock.patch.object(stops_predicates, "_OPENING_FORMS", _Everything()):
                plain = stops_predicates.predicate_form(piece)
            assert stops_predicates.predicate_form(piece) == plain, piece


def test_predicate_form_one_word_closed_by_a_quotation_mark() -> None:
    """The look reads the first word before a closing quotation mark is cut off the piece:
    that changes the word only in a piece with no space ("Rebuilt.”"), whose word after the
    cut ends on "." and is no form the function takes, so the answer is "" either way."""
    assert not any("." in word for word in stops_predicates._OPENING_FORMS)
    words = sorted(stops_predicates._OPENING_FORMS | {"arguing", "tested", "rebuilt", "and", "but"})
    for word in words:
        assert stops_predicates.predicate_form(word.capitalize() + ".”") == "", word
        assert stops_predicates.predicate_form(word.capitalize() + ".") == "", word


TAG_TEXT_PIECES = ["said", "says", "Said", "saidx", "xsaid", "said-", "_said", "ésaid", "added", "admitted", "argued",
                   "told", "wrote", "rote", "warned", "ward", "noted", "not", "stated", "state", " ", " ", ".", ",",
                   ";", ":", "?", "!", "“", "”", "‘", "’", '"', "'", "The", "Officials", "a", "1", "é", "\n",
                   "predicted", "showed", "show", "shows", "believe", "fears", "confirmed", "confirm", "insisted",
                   "estimated", "explained"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(TAG_TEXT_PIECES), max_size=14).map("".join))
@example("Officials said.")
@example("xsaid ésaid said_ saidx.")
@example("The agency wrote on Friday; it added.")
def test_loose_tag_looks_equal_the_plain_ones(text: str) -> None:
    # (The look covers the loose tags' verbs of belief and evidence too: "…, police believe.")
    verbs = tag_detached.TAG_VERBS | tag_detached.EVIDENCE_VERBS
    plain_verb = re.compile(r"\b(?:" + "|".join(sorted(verbs)) + r")\b")
    assert (tag_detached._ANY_TAG_VERB.search(text) is None) == (plain_verb.search(text) is None)
    assert (tag_detached._NOT_IN_TAG.search(text) is not None) == any(c in text for c in ";:\"“”‘’?!")


def test_grouped_alternation_finds_what_the_plain_one_finds() -> None:
    words = frozenset(("said", "says", "sat", "a", "ab", "abc", "b.c", "x+"))
    grouped = re.compile(r"\b(?:" + tag_detached._by_first_letter(words) + r")\b")
    plain = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words)) + r")\b")
    for text in ("sat said says", "abc ab a", "b.c x+ y", "bxc", "sa", "the ab", "x+y", ""):
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


SHAPE_OPENERS = ["It", "This", "That", "As", "He", "She", "They", "Its", "Thus", "Those", "Ask", "Her", "Then", "The",
                 "it", "THIS", "Ana"]
SHAPE_BODIES = ["was reported that the mill made 900 tons.", "was the mayor's view.", "was their explanation.",
                "came in a statement issued by the port office.", "was stated by the port office.",
                "is what the forecasters assume.", "is what officials said.", "stated in the report.",
                "the agency said.", "said that this was what she had seen.", "was noted in the report.",
                "stressed this.", "said so.", "is exactly what they said."]
SHAPE_PREVS = ["The mill made 900 tons last year, the operator said.", "The mill made 900 tons last year.",
               "Forecasters expect snow to ease, according to the port office.", "The port office stated it."]


@settings(max_examples=800, deadline=None)
@given(st.sampled_from(SHAPE_OPENERS), st.sampled_from(SHAPE_BODIES), st.sampled_from(SHAPE_PREVS))
@example("It", "was reported that the mill made 900 tons.", "The mill made 900 tons last year, the operator said.")
@example("As", "the agency said.", "Exports fell, the agency said.")
def test_empty_tag_shape_look(opener: str, body: str, prev: str) -> None:
    text = f"{opener} {body}"
    with mock.patch.object(invented_echoes, "_SHAPE_OPENERS", ("",)):
        plain = invented_echoes._empty(text, prev)
    assert invented_echoes._empty(text, prev) == plain


def test_empty_tag_shapes_open_as_the_look_says() -> None:
    """Each shape asked after the look opens with one of its words and a space."""
    shapes = (invented_echoes._IMPERSONAL_REPORT, invented_echoes._POINTER_NOUN, invented_echoes._POINTER_SOURCE,
              invented_echoes._PASSIVE_POINTER, invented_echoes._WHAT_SAID, invented_echoes._AS_CLAUSE,
              invented_echoes._WHAT_REPORT)
    for shape in shapes:
        opening = re.match(r"(?:\(\?:(?P<alternatives>[A-Za-z|]+)\)|(?P<word>[A-Z][a-z]+)) ", shape.pattern)
        assert opening is not None, shape.pattern
        words = (opening["alternatives"] or opening["word"]).split("|")
        assert all(f"{word} " in invented_echoes._SHAPE_OPENERS for word in words), shape.pattern


TOLD_PIECES = ["told reporters.", "told journalists.", "told", " ", "reporters", ".", "\n", "x", "é", "Ruiz ",
               "retold reporters.", "_", "told  reporters."]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(TOLD_PIECES), max_size=8).map("".join))
@example("Ruiz told journalists.\n")
@example("xtold reporters.")
@example("étold reporters.")
@example("Ruiz told reporters. Lee told journalists.")
def test_told_searched_from_the_end(text: str) -> None:
    found, plain = cutoff_reported._told_at_end(text), cutoff_reported._TOLD.search(text)
    assert (found and found.span()) == (plain and plain.span())


ECHO_SENTENCES = ["Ruiz said the delay came from the weather.", "He stressed this.", "She underlined this point.",
                  "The airline says.", "That was Ruiz's explanation.", "As noted in the report.",
                  "He said he would do it.", "They said they will do so.", "The minister said that it will be done.",
                  "It was reported that the mill made 900 tons, as the operator had said in its long annual report.",
                  "He stressed this point to the staff of the port office at the long meeting on the quay today.",
                  "Exports fell 3 percent, the agency said.", "Shares rose.", "She said she is ready to do it."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ECHO_SENTENCES), min_size=1, max_size=6).map(" ".join))
@example("Ruiz said the delay came from the weather. That was Ruiz's explanation.")
def test_invented_tag_looks_asked_before_the_calls(text: str) -> None:
    """AT001 calls _invented_tag only on a sentence opening with one of its subjects' first
    letters and empty_report_tag only on one no longer than its limit: each answers None on
    every other sentence."""
    doc = Document.from_text(text)
    rule = next(r for r in ALL_RULES if r.code == "AT001")
    for position, sentence in enumerate(doc.sentences):
        if doc.text[sentence.span.start] not in attribution._TAG_SENTENCE_FIRSTS:
            assert attribution._invented_tag(doc, position, rule) is None
        if sentence.span.end - sentence.span.start > invented_echoes.MAX_CHARS:
            assert invented_echoes.empty_report_tag(doc, position, rule) is None


SPEAKER_PIECES = ["Rain fell.", "The head of the union.", "Ana Ruiz.", "Said the vote was fair.", "Governor.",
                  "Announced late on Friday.", "“The road stays shut,” the county's engineer.", "Lena Berg.",
                  "Added on Friday.", "Shipping will resume, port director.", "Paris.", "Local officials.",
                  "they said.", "Union leader Tom Reed.", "the strike would go on, he said.", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SPEAKER_PIECES), min_size=1, max_size=8).map(" ".join))
@example("Rain fell. The head of the union. Ana Ruiz. Said the vote was fair.")
@example("“The road stays shut,” the county's engineer. Lena Berg. Added on Friday.")
@example("Shipping will resume, port director. Ana Ruiz. Said on Monday.\nParis.")
def test_speaker_cut_off_asks_the_tail_look_first(text: str) -> None:
    """speaker_cut_off asks _tail_speaker_cut_off's first look before calling it: the same
    answers as the plain composition, at every sentence."""
    doc = Document.from_text(text)
    for position in range(len(doc.sentences) - 1):
        first = doc.sentences[position]
        plain = None
        if first.span.end - first.span.start <= 80 and doc.text[first.span.start].isupper():
            plain = tag_speaker_cut_off._speaker_cut_off_at_start(doc, position)
        if plain is None:
            plain = tag_speaker_cut_off._tail_speaker_cut_off(doc, position)
        assert tag_speaker_cut_off.speaker_cut_off(doc, position) == plain
