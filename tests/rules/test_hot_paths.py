"""Fast candidate scans find exactly what the plain patterns find (issue 13).

Several rules find their matches a faster way than running their pattern at every
position: from a rarer character (the mark, the bracket, the capital), from a word's
ending, or in the lower-cased text (``Document.folded``). Each is compared here with the
plain pattern on generated text built from the characters that matter to it (spaces,
tabs, marks, the four characters lower-casing treats specially), so an edit can never
depend on which way the match was found.
"""

from __future__ import annotations

import re
import sys

from hypothesis import example, given, settings
from hypothesis import strategies as st

from repair.document import Document
from repair.rules import (
    apostrophes,
    apostrophes_lost,
    casing,
    casing_names,
    casing_phrases,
    casing_starts,
    casing_title,
    furniture,
    furniture_inline,
    glued,
    glued_marks,
    glued_names,
    glued_scan,
    glued_small,
    leftovers,
    punctuation,
    stops,
    stops_elsewhere,
    stops_repeats,
    stops_words,
    words,
)
from repair.rules.base import finditer_led

PIECES = [" ", "  ", "\t", " \t", "\n", ",", ".", ";", ":", "!", "?", ")", "]", "(", '"', "”", "’", "'", "-", "_",
          "1", "é", "ß", "\u0130", "\u0131", "\u017f", "\u212a", "a", "B", "the", "The", "THE", "in", "we", "toNHK",
          "ofLyon", "didnt", "Doesnt", "mustnt", "theyre", "weve", "childrens", "WOMENS", "citys", "Citys", "babys",
          "says", "word", "x"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def _spans(matches: object) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(g) for g in range(m.re.groups + 1)) for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_lost_apostrophe_candidates(text: str) -> None:
    assert _spans(apostrophes_lost._no_apostrophe_matches(Document.from_text(text))) == _spans(
        apostrophes_lost._NO_APOSTROPHE.finditer(text))


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_doubled_word_in_folded_text(text: str) -> None:
    folded = Document.from_text(text).folded
    plain = [(m.span(1), m.span(2)) for m in words._DOUBLED_WORD.finditer(text)]
    if folded is None:
        assert any(c in text for c in "\u0130\u0131\u017f\u212a")
        return
    assert len(folded) == len(text)
    assert [(m.span(1), m.span(2)) for m in words._DOUBLED_WORD_FOLDED.finditer(folded)] == plain


DOUBLES = st.lists(st.sampled_from(["the", " ", "  ", "a", "in", "ina", "\n", "\t", "’", "ε", "—", ".", "_", "1",
                                     "é", "ÿ", "(", "x"]), max_size=40).map("".join)


@settings(max_examples=600, deadline=None)
@given(DOUBLES)
@example("the the the the")
@example("(in in in in.ε the the—a a")
def test_doubled_words_found_from_their_lead(text: str) -> None:
    """GR001's candidates (a space, a mark, a wide character or the start before the pair)
    give exactly the matches of its pattern, overlapping triples included."""
    folded = text.lower()
    plain = [(m.span(1), m.span(2)) for m in words._DOUBLED_WORD_FOLDED.finditer(folded)]
    assert [(m.span(1), m.span(2)) for m in words._doubled_in_folded(folded)] == plain
    if not Document.from_text(text).beyond_latin1:
        assert [(m.span(1), m.span(2)) for m in words._doubled_in_folded(folded, wide=False)] == plain


CAPITALS = st.lists(st.sampled_from(["A", "B", "AB", "ABC", "a", "b", "ab", " ", "é", "É", "’", "1", "-", "Ab", "aB",
                                     "Tams", "s ", "bids", "Abs", "sab"]), max_size=24).map("".join)


@settings(max_examples=600, deadline=None)
@given(CAPITALS)
@example("eBay ABCd UNand aBCd")
@example("Brazils economy, xBrazils bank, ÉTams bids, ABrazils fee and Mays sabs")
def test_capital_hints_found_by_one_scan(text: str) -> None:
    """The one scan of the capitals gives the case changes, the acronym hints and AP002's
    lost possessives that their own three scans give, overlapping runs of capitals included."""
    changes, hints, possessives = glued_small.capital_hints(Document.from_text(text))
    assert changes == [m.start() for m in re.finditer(r"[A-Z](?<=[a-z].)", text)]
    assert hints == [m.start() for m in glued_small._ACRONYM_HINT.finditer(text)]
    assert possessives == [m.start() for m in apostrophes._LOST_POSSESSIVE.finditer(text)]


TAG_ENDS = st.lists(st.sampled_from(["said", "says", "told", "reporters", "added", " ", "  ", ".", "..", "\n", "x",
                                      "Ruiz", "é", "5", ",", "”", "-"]), max_size=14).map("".join)


@settings(max_examples=600, deadline=None)
@given(TAG_ENDS)
@example("He said.\n")
@example("xsaid on the day.")
def test_speech_tag_end_searched_from_its_tail(text: str) -> None:
    """The speech-tag test searches only the letters and spaces before the final stop; it
    answers what a search of the whole sentence answers."""
    assert stops_words.ends_with_speech_tag(text) == (stops_words._SPEECH_END.search(text) is not None)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_blank_runs_found_from_the_mark(text: str) -> None:
    space_before = [(m.start(), m.end(), m.group(1)) for m in punctuation._SPACE_BEFORE.finditer(text)]
    marks = punctuation._MARK_AFTER_BLANK.finditer(text)
    assert list(punctuation._blank_runs_before(marks, text)) == space_before
    close = [(m.start(), m.end(), m.group(1)) for m in punctuation._BRACKET_CLOSE.finditer(text)]
    closes = finditer_led(punctuation._CLOSE_AFTER_BLANK, punctuation._CLOSE_AFTER_BLANK_BY_MARK, text)
    assert list(punctuation._blank_runs_before(closes, text)) == close


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_glued_function_word_junctions(text: str) -> None:
    plain = [m.start() for m in re.finditer(r"[a-z](?=[A-Z])", text)]
    assert [m.start() - 1 for m in words._LOWER_UPPER.finditer(text)] == plain


def test_only_four_characters_need_the_plain_patterns() -> None:
    """Document.folded's premise, over all of Unicode: outside U+0130, U+0131, U+017F and
    U+212A, no character matches an ASCII letter case-insensitively, lower-casing keeps
    every character one character, and no character changes between word and non-word."""
    letter, word = re.compile("[a-z]", re.IGNORECASE), re.compile(r"\w")
    special = set("\u0130\u0131\u017f\u212a")
    for code in range(0x80, sys.maxunicode + 1):
        char = chr(code)
        if char in special or 0xD800 <= code <= 0xDFFF:
            continue
        lower = char.lower()
        assert not letter.match(char), hex(code)
        assert len(lower) == 1, hex(code)
        assert bool(word.match(char)) == bool(word.match(lower)), hex(code)


# Pieces for the casing, glued-name and furniture scans below: the words their patterns
# open and close with, capitals, the marks that end a look-ahead, and the characters that
# make a look-behind fail.
NAME_PIECES = [" ", " ", " ", ", ", "\n", ".", ";", "(", "'", "-", "@", "1", "é", "between", "both", "And", " And ",
               "The", " The ", "the ", "In", "Into", "Near", "Between", "To", "in", "into", "for", "or", "and",
               "before", "when", "x", "ab", "Lima", "Oslo", "Peru", "Quito", "Ab", "Cd", "Reuters", "AP", "Getty", "PA"]
NAME_TEXTS = st.lists(st.sampled_from(NAME_PIECES), max_size=30).map("".join)
# Whole words with their spaces, so that the casing patterns' phrases come up often.
CASING_TEXTS = st.lists(st.sampled_from(
    ["between Lima ", "both Oslo ", "ab Lima, Oslo ", "Peru, ", "Oslo And ", "And ", "And the ", "ab In The ",
     "ab Into The ", "x Near The ", "Between ", "The ", "the ", "In ", "Lima ", "Quito", "x ", "ab", ",", ".", ";",
     "\n", "(", "'", " ", "-", "é"]), max_size=25).map("".join)


@settings(max_examples=600, deadline=None)
@given(CASING_TEXTS)
def test_capitalised_function_words_found_from_literals(text: str) -> None:
    assert _spans(casing._preposition_the_matches(text)) == _spans(casing._PREPOSITION_THE.finditer(text))
    assert _spans(casing._name_conjunction_matches(text)) == _spans(casing._NAME_CONJUNCTION.finditer(text))


@settings(max_examples=600, deadline=None)
@given(NAME_TEXTS)
@example("inInto xIn")  # a second case change after a match: found twice before the fix
@example("inAnd xAnd")
def test_glued_names_found_from_case_changes(text: str) -> None:
    assert _spans(glued_names._name_glue_matches(text)) == _spans(glued_names._NAME_GLUE.finditer(text))


@settings(max_examples=400, deadline=None)
@given(NAME_TEXTS)
def test_title_case_opening_tested_before_splitting(text: str) -> None:
    """One anchored match says what the first four words of a split would."""
    tokens = [t.group() for t in casing_title._TOKEN.finditer(text)]
    expected = len(tokens) >= 4 and all(t[0].isupper() for t in tokens[1:4])
    assert bool(casing_title._THREE_CAPITALS.match(text)) == expected


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*NAME_PIECES, "/", "’", "_", "Limas", "LimaX", "Lim"]), max_size=30).map("".join),
       st.sampled_from(["Lima", "Oslo", "Peru", "Quito", "The", "Lim"]))
def test_name_written_alone(text: str, name: str) -> None:
    """GL001's one scan for the names a text writes alone answers what a search per name did."""
    names = glued_scan.alone_names(Document.from_text(text))
    assert (name in names) == bool(re.search(r"(?<![\w'’@/.-])" + name + r"(?![\w@/-])", text))
    for found in names:
        assert re.search(r"(?<![\w'’@/.-])" + found + r"(?![\w@/-])", text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(NAME_PIECES + ["Limaand", "Osloand", "Quitofor", "ABCDEFG"]), max_size=30)
       .map("".join))
def test_single_tokens_found_by_find(text: str) -> None:
    once = {t for t in glued._LETTER_RUN.findall(text) if len(t) <= 30 and text.count(t) == 1}
    expected = _spans(m for m in glued._TOKEN.finditer(text) if m.group() in once)
    saved = glued_scan._FIND_COST
    try:
        for find_cost in (0, saved):  # 0: always the scan of the runs
            glued_scan._FIND_COST = find_cost
            assert _spans(glued._single_tokens(text, once)) == expected
    finally:
        glued_scan._FIND_COST = saved


@settings(max_examples=400, deadline=None)
@given(NAME_TEXTS)
def test_agency_sentences_found_by_one_scan(text: str) -> None:
    """Every sentence the inline furniture rule could read holds an agency name."""
    doc = Document.from_text(text)
    candidates = set(furniture_inline._sentences_with_agency(doc))
    for position, sentence in enumerate(doc.sentences):
        body = doc.sentence_text(sentence)
        if furniture_inline._INLINE_CREDIT.match(text, sentence.span.start) or furniture._AGENCY_NAMES.search(body):
            assert position in candidates


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["%", "7", "7%", "%in", "in", " ", "a", "1", "é", "_", "٣"]), max_size=20).map("".join))
def test_percent_glue_found_from_the_sign(text: str) -> None:
    plain = re.compile(r"(?<=\d)%(?=[a-z]{2,}\b)")
    assert _spans(glued_marks._PERCENT_GLUE.finditer(text)) == _spans(plain.finditer(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([". ", "! ", "? ", ".", " ", "the", "a", "it", "an", "x", "The", "\n", "é"]),
                max_size=25).map("".join))
def test_lower_case_openers_found_from_the_stop(text: str) -> None:
    plain = re.compile(r"(?<=[.!?] )(?:the|a|an|this|these|those|it|he|she|they|we|there|his|her|its|their|our)"
                       r"(?= [a-z])")
    assert [m.span(1) for m in casing_starts._LOWER_OPENER.finditer(text)] == [m.span() for m in plain.finditer(text)]



PASSAGE_PIECES = [" ", ". ", ", ", "-", "’", "'", "\n", "1", "2.5", "%", "\u0130", "\u212a", "é", "the", "The", "firm",
                  "Firm", "fir", "m", "mill", "shut", "in", "march", "x"]


@given(st.lists(st.sampled_from(PASSAGE_PIECES), max_size=40).map("".join),
       st.lists(st.sampled_from(PASSAGE_PIECES), max_size=16).map("".join), st.integers(0, 60))
@settings(max_examples=400, deadline=None)  # ~60 cuts an example: over 200 ms under load
def test_repeated_passage_found_from_the_index(text: str, piece: str, before: int) -> None:
    """SP001's test for a passage printed twice reads the earlier words off one index of the
    text (after a pre-filter on its inner words), not by splitting the whole prefix into
    words at every stop; both give the same answer, cut words, odd lower-casing included."""
    tokens = stops_repeats.lexicon.words(piece)
    before = min(before, len(text))
    window = stops_repeats._WINDOW
    try:
        for stops_repeats._WINDOW in (window, 3):  # a window smaller than a word, too
            plain = len(tokens) >= 6 and " ".join(t.lower() for t in tokens[:6]) in " ".join(
                stops_repeats.lexicon.words(text[:before].lower()))
            assert stops_repeats.repeats_earlier_passage(text, before, tokens) == plain
            # the piece itself printed earlier, whole or cut anywhere (a document asked about
            # a few times is searched; one whose memo shows dense questions gets its index)
            doubled = text + piece + " " + piece + stops_repeats._WINDOW * "x"
            searched: dict[object, object] = {}
            indexed: dict[object, object] = {stops_repeats._SEARCHED: (10**6, 0)}
            for cut in range(len(text), len(doubled) + 1):
                plain = len(tokens) >= 6 and " ".join(t.lower() for t in tokens[:6]) in " ".join(
                    stops_repeats.lexicon.words(doubled[:cut].lower()))
                stops_repeats._INDEXED[0] = None  # no index left from the question before
                assert stops_repeats.repeats_earlier_passage(doubled, cut, tokens, searched) == plain
                assert stops_repeats.repeats_earlier_passage(doubled, cut, tokens, indexed) == plain
                if len(tokens) >= 6 and len(doubled.lower()) == len(doubled):  # both ways, at every cut
                    head = " ".join(t.lower() for t in tokens[:6])
                    assert stops_repeats._in_prefix_words(doubled, cut, head) == plain
                    reach = [cut]
                    assert stops_repeats._found_in_windows(doubled.lower(), cut, tokens, head, reach) in (plain, None)
                    assert 0 <= reach[0] <= cut
    finally:
        stops_repeats._WINDOW = window


MARK_TEXTS = st.lists(st.sampled_from([",", ";", ":", "!", "?", ".", " ", "\t", "\n", "a", ",,", "! .", "?\t."]),
                      max_size=30).map("".join)


@given(MARK_TEXTS)
def test_doubled_marks_found_one_mark_at_a_time(text: str) -> None:
    """PU001 scans for each mark on its own (a literal-led pattern is much faster than a set);
    merged, the matches are the set pattern's, groups included."""
    plain = [(m.span(), m.group(1)) for m in punctuation._DOUBLED_MARK.finditer(text)]
    assert [(m.span(), m.group(1)) for m in punctuation._merged(punctuation._DOUBLED_MARK_BY_MARK, text)] == plain
    plain = [m.span() for m in punctuation._STOP_AFTER_END.finditer(text)]
    assert [m.span() for m in punctuation._merged(punctuation._STOP_AFTER_END_BY_MARK, text)] == plain


def test_repeated_passage_cut_inside_its_last_word() -> None:
    """A first copy cut inside its sixth word is no copy ("… march fi" is not "… march firm"),
    whichever way the answer is found (search in windows, or the text's index)."""
    text = "A note: the mill shut in march firmly. the mill shut in march firm and stayed shut"
    tokens = stops_repeats.lexicon.words("the mill shut in march firm and stayed shut")
    head = " ".join(t.lower() for t in tokens[:6])
    for cut in range(len(text) + 1):
        plain = head in " ".join(stops_repeats.lexicon.words(text[:cut].lower()))
        assert stops_repeats._in_prefix_words(text, cut, head) == plain
        assert stops_repeats._found_in_windows(text.lower(), cut, tokens, head) in (plain, None)
    assert stops_repeats._in_prefix_words(text, text.index("firmly") + 3, head) is False
    assert stops_repeats._in_prefix_words(text, text.index("firmly") + 4, head) is True


NAME_RUN_TEXTS = st.lists(st.sampled_from([" ", ". ", "\n", "_", "1", "Ito", "ito", "Émile", "émile", "ß", "\u0130z",
                                           "ǅa", "x", "Ab9", "9Ab", "A_b", "’", "s", "\"", "”", "?"]),
                          max_size=30).map("".join)


def _plain_name_elsewhere(word: str, text: str, here: int) -> bool:
    """``name_elsewhere`` of a plain word as it was first written: every capitalised word
    tested in turn, its count and first place kept."""
    runs: dict[str, tuple[int, int]] = {}
    for m in re.finditer(r"\b[^\W\d_]\w*", text):
        if m.group()[0].isupper() and not stops_elsewhere._mid_sentence_miss(text, m.start()):
            count, first = runs.get(m.group(), (0, m.start()))
            runs[m.group()] = (count + 1, first)
    count, first = runs.get(word, (0, -1))
    return count > 1 or (count == 1 and first != here)


@given(NAME_RUN_TEXTS)
@example("\nIto x. Ito")
@example("Ito said.\n\nIto x")
@example("x.\" \u0130z \u0130z")
def test_capitalised_words_found_from_the_capital(text: str) -> None:
    """The split and fragment rules' count of capitalised words is made by two scans, ASCII
    capitals and other letters, with the rejected places tested in the engine, and a word
    counted once is elsewhere unless it was counted at the place asked about: the answers
    are those of the plain reading, at every place of the text and for every word in it."""
    words = {m.group() for m in re.finditer(r"\w+", text) if m.group()[0].isupper()} | {"Ito", "Ab9"}
    for word in words:
        for here in range(-1, len(text) + 2):
            assert stops_elsewhere.name_elsewhere(word, text, here) == _plain_name_elsewhere(word, text, here)


LOWER_RUN_TEXTS = st.lists(st.sampled_from([" ", "  ", ". ", ".", ",", "\n", "_", "1", "ito", "Ito", "é", "ß", "’",
                                            "x", "\t", "-"]), max_size=30).map("".join)


@given(LOWER_RUN_TEXTS)
def test_lower_runs_found_from_the_character_before(text: str) -> None:
    """``lower_elsewhere``'s index of the words it counts, found from the character before
    each word, holds the words of the pattern with both look-behinds tried everywhere."""
    plain = frozenset(re.findall(rf"{stops_elsewhere._LOWER_BEFORE}\b\w+", text))
    assert stops_elsewhere._lower_runs.__wrapped__(text) == plain


JOINED_TEXTS = st.lists(st.sampled_from([" ", "xi", "Xi", "’", "’s", "'", "co", "-", "op", "_", "1", "é", "\n", ".",
                                         "x"]), max_size=30).map("".join)


@given(JOINED_TEXTS, st.sampled_from(["xi’s", "Xi’s", "co-op", "x-op", "é’s", "1’s", "x’1", "_'x", "xi'x"]))
def test_joined_places_scanned_alone_equal_the_index(text: str, word: str) -> None:
    """A word with an inner mark is found by a scan for its first run and mark while few are
    asked, by the index of every run and mark past that: the places are the same."""
    head = re.match(r"\w+", word)
    assert head is not None
    key = (head.group(), word[head.end()])
    plain = stops_elsewhere._joined_runs.__wrapped__(text).get(key, [])
    assert stops_elsewhere._joined_starts(text, word) == plain
    scans = stops_elsewhere._JOINED_SCANS
    try:
        stops_elsewhere._JOINED_SCANS = 0
        stops_elsewhere._joined_asked.cache_clear()
        assert stops_elsewhere._joined_starts(text, word) == plain
    finally:
        stops_elsewhere._JOINED_SCANS = scans
        stops_elsewhere._joined_asked.cache_clear()


@given(st.lists(st.sampled_from([" ", ".", "that", "That", "THAT", "tHat", "said", "says", "on", "Monday", "thatch",
                                 "\u0130", "\u212a", "-", "’", "The", "plant", "will", "It", "Ruiz", "x"]), max_size=14)
       .map("".join), st.lists(st.sampled_from([" ", "The", "plant", "will", "It", "Ruiz", "shut", "x", "."]),
                               max_size=6).map("".join))
def test_cut_after_that_needs_that_in_the_text(prev_text: str, piece: str) -> None:
    """SP001 asks whether a sentence ends on "that" before splitting its words: a last word
    "that" in any case is "that" in the lower-cased text, odd lower-casing included."""
    words = stops.lexicon.words(prev_text)
    if words and words[-1].lower() == "that":
        assert "that" in prev_text.lower()
    sentence = prev_text + " said that."
    assert "that" in sentence.lower()
    assert stops.cut_after_that("Officials said on Monday that.", "The plant will stay shut.")


def test_name_glue_pattern_does_not_backtrack_on_a_long_word() -> None:
    """A glued name followed by a long lower-case run and a word character ("é") made the
    old, ambiguous pattern backtrack exponentially (a hang on one feed word). Generous
    bound: it guards against the blow-up, it is no speed figure."""
    import time

    text = "inLima" + "x" * 5000 + "é and more"
    began = time.process_time()
    assert list(glued_names._NAME_GLUE.finditer(text)) == []
    assert list(glued_names._name_glue_matches(text)) == []
    assert time.process_time() - began < 1.0


CLITIC_TEXTS = st.lists(st.sampled_from([" ", "  ", "n't", "n’t", "'s", "’s", "'re", "'d", "'", "’", "do", "it", "Wo",
                                         "é", "1", "_", ".", "\n", "s", "the", "x"]), max_size=30).map("".join)


@given(CLITIC_TEXTS)
def test_split_clitics_found_from_their_hints(text: str) -> None:
    """LO002 tries its pattern only at the word before each " n't"/" 's" hint; the matches
    (spans and groups) are those of the pattern run over the whole text."""
    plain = [(m.span(), m.groups()) for m in leftovers._SPLIT_CLITIC.finditer(text)]
    assert [(m.span(), m.groups()) for m in leftovers._split_clitics(text)] == plain


LINK_TEXTS = st.lists(st.sampled_from([" ", "  ", "In", "On", "Into", "That", "Of", "a", "b", ",", "1", "A", ".", "\n",
                                       "é", "the"]), max_size=30).map("".join)


@given(LINK_TEXTS)
def test_capitalised_link_found_from_the_space(text: str) -> None:
    """CA001's capitalised-link pattern opens with the space (a literal, scanned for in C);
    its words are the ones the pattern with a leading look-behind finds."""
    plain = re.compile(r"(?<=[a-z0-9,] )(In|On|At|To|For|With|From|By|Of|Into|That)(?= [a-z])")
    assert [m.span(1) for m in casing._CAPITALISED_LINK.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_index_built_when_questions_come_densely_or_searching_cost_as_much() -> None:
    """SP001's printed-twice test searches while questions are few and sparse (a long clean
    text asks a few a MB: its index would cost more than all the searches), and builds the
    index at once when they come densely (a garbled feed) or once the searches have read
    the text as many times as the index costs."""
    mb = 10**6
    assert not stops_repeats._worth_indexing(39, 0, 10, 100 * mb)  # the first questions: always a search
    assert not stops_repeats._worth_indexing(300, 30 * 100 * mb, 90 * mb, 100 * mb)  # 3 a MB
    assert stops_repeats._worth_indexing(40, 0, mb // 20, 8 * mb)  # 800 a MB
    assert stops_repeats._worth_indexing(300, 201 * 100 * mb, 90 * mb, 100 * mb)  # searching cost the index


# --- Cues tested with ``in`` instead of a character-class search (issue 13) ----------------

_CUE_TEXT = st.text(alphabet=st.sampled_from(list("ab .\n'\"é") + ["’", "‘", "“", "，", "。", "ο", "я", "\u0130",
                                                                     "\u0131", "\u017f", "\u212a", "\u00ff", "\u0100"]),
                    max_size=40)


@given(_CUE_TEXT)
def test_cue_tests_equal_the_class_searches_they_replaced(text: str) -> None:
    from repair.rules import apostrophes, encoding_lookalikes, marks_style

    doc = Document.from_text(text)
    assert doc.beyond_latin1 == (re.search("[^\x00-\xff]", text) is not None)
    assert (doc.folded is None) == (re.search("[\u0130\u0131\u017f\u212a]", text) is not None)
    assert any(c in text for c in apostrophes._CURLY) == (re.search("[‘’]", text) is not None)
    assert any(c in text for c in marks_style._WIDE_MARKS) == (marks_style._WIDE.search(text) is not None)
    # EN002's guard: no Greek or Cyrillic letter in a text without a character above U+00FF.
    if encoding_lookalikes._HAS_FOREIGN.search(text):
        assert doc.beyond_latin1


@given(st.lists(st.sampled_from(list("Ia Dn\"“”,.!") + [" with ", " and "]), max_size=40).map("".join))
def test_quoted_phrase_capitals_by_mark_equal_the_set_pattern(text: str) -> None:
    assert [m.span() for m in casing_phrases._quoted_phrase_capitals(text)] == \
        [m.span() for m in casing_phrases._QUOTED_PHRASE_CAPITAL.finditer(text)]


_LED_PIECES = [*"( [)] $€£¥'’s\n\t1aZ", "photo", "Photo ", "sthings", "[Photo x)", "(photo ["]
_LED_TEXT = st.lists(st.sampled_from(_LED_PIECES), max_size=30).map("".join)


@given(_LED_TEXT)
def test_patterns_led_by_each_first_character_find_the_same_matches(text: str) -> None:
    """``finditer_led`` with ``led_by_each`` equals the set-led pattern it replaced, overlaps
    included (the photo credit's body may hold another bracket)."""
    from repair.rules import boilerplate, glued_marks, marks_style

    for whole, by_first in ((punctuation._BRACKET_OPEN, punctuation._BRACKET_OPEN_BY_MARK),
                            (punctuation._CLOSE_AFTER_BLANK, punctuation._CLOSE_AFTER_BLANK_BY_MARK),
                            (boilerplate._PHOTO_CREDIT, boilerplate._PHOTO_CREDIT_BY_BRACKET),
                            (marks_style._SPACED_CURRENCY, marks_style._SPACED_CURRENCY_BY_SIGN),
                            (glued_marks._POSSESSIVE_GLUE, glued_marks._POSSESSIVE_GLUE_BY_MARK)):
        expected = [(m.span(), m.groups()) for m in whole.finditer(text)]
        assert [(m.span(), m.groups()) for m in finditer_led(whole, by_first, text)] == expected


def test_photo_credit_overlap_falls_back_to_the_whole_pattern() -> None:
    from repair.rules import boilerplate

    text = "[photo by (photo of the bay)\nNext."
    assert [m.span() for m in finditer_led(boilerplate._PHOTO_CREDIT, boilerplate._PHOTO_CREDIT_BY_BRACKET, text)] \
        == [m.span() for m in boilerplate._PHOTO_CREDIT.finditer(text)] != []


@given(TEXTS)
def test_pu007_reads_the_case_changes_gl_rules_share(text: str) -> None:
    """PU007 starts from ``glued.case_changes`` (one scan per document, kept in its memo):
    the same capitals as its own ``_LOWER_UPPER`` scan found."""
    assert glued.case_changes(Document.from_text(text)) == [m.start() for m in words._LOWER_UPPER.finditer(text)]


@given(st.lists(st.sampled_from(["Ab", "abs", "s", "'", "’", " ", "Xy", "zz", "é", "1", "Q", "unions", "s' ", "s’ "]),
                max_size=25).map("".join))
def test_misplaced_possessives_found_from_the_hints(text: str) -> None:
    expected = [(m.span(), m.groups()) for m in apostrophes._MISPLACED.finditer(text)]
    assert [(m.span(), m.groups()) for m in apostrophes._misplaced(text)] == expected


@given(st.lists(st.sampled_from(["A", "b", "'", "’", "s", "S", "\n", "x"]), max_size=8).map("".join))
def test_title_case_stem_equals_the_substitution_it_replaced(word: str) -> None:
    assert casing_title._stem(word) == re.sub(r"['’]s$", "", word.lower())


@given(st.lists(st.sampled_from(["didnt", "ns", "nt", "re", "ve", "ys", "citys", "mens", "youre", "a", " ", ".",
                                 "!", "?", " the", " it", "x", "\n"]), max_size=20).map("".join))
def test_ending_scans_and_stop_led_openers_find_the_same_matches(text: str) -> None:
    merged = sorted(m.span() for scan in apostrophes_lost._NO_APOSTROPHE_ENDS for m in scan.finditer(text))
    assert merged == [m.span() for m in apostrophes_lost._NO_APOSTROPHE_END.finditer(text)]
    openers = finditer_led(casing_starts._LOWER_OPENER, casing_starts._LOWER_OPENER_BY_STOP, text)
    expected = [(m.span(), m.groups()) for m in casing_starts._LOWER_OPENER.finditer(text)]
    assert [(m.span(), m.groups()) for m in openers] == expected



@example("5jan 5")
@example("_dec. 1")
@example("\u00b2feb 2")
@example("-sept. 3")
@example("xmarch 4, feb 6")
@settings(max_examples=400)
@given(st.lists(st.sampled_from(["jan", "feb", "march", "sep", "sept", "dec", "Jan", ".", " ", "  ", "5", "x", "_", "é",
                                 "\u00b2", "-", "\n", "o", "t"]), max_size=14).map("".join))
def test_lower_case_date_found_month_by_month_as_by_the_pattern(text: str) -> None:
    # CA007/CA012 leave a text whose archive writes months in lower case ("feb 26"): one
    # scan per month, the word boundary before it read in Python, answers as the pattern.
    assert casing_names._has_lower_date(text) == (casing_names._LOWER_DATE.search(text) is not None)


@given(st.lists(st.sampled_from([" ", "\t", "\n", "-", "—", "–", ":", "|", "?", "a", "Read", "--", " - "]),
                max_size=12).map("".join))
@settings(max_examples=600)
@example(" - ")
@example("a-b")
@example("-")
@example("\t-\n")
def test_call_separator_is_found_where_the_plain_pattern_finds_one(text: str) -> None:
    """PF007's separator test (one leading character set) says there is a separator
    exactly when ``[—–:|?]|\\s-\\s`` finds one: a dash, colon, bar or question mark, or a
    hyphen with white space on both sides."""
    from repair.rules import furniture_lines

    plain = re.compile(r"[—–:|?]|\s-\s")
    assert (furniture_lines._CALL_SEPARATOR.search(text) is None) == (plain.search(text) is None)
