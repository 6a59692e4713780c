"""Faster scans behind the glue, casing, apostrophe and furniture rules find exactly what
their plain patterns find (issue 13; more of the same in ``test_hot_paths.py``).

Each fast way (a literal or a rarer character first, a possessive run, a look-behind per
word) is compared with the plain pattern on generated text built from the pieces that
matter to it, including the edges where the plain pattern's scan state decides (a match
ending inside a run of letters, a run too short from where the last match ended).
"""

from __future__ import annotations

import re
from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

from repair.document import Document
from repair.rules import (
    apostrophes_its,
    apostrophes_lost,
    casing,
    casing_learned,
    casing_name_words,
    casing_phrases,
    casing_pronouns,
    casing_time,
    casing_title,
    furniture_lines,
    glued,
    glued_names,
    speech_runs,
)

HYPHEN_PIECES = ["-", "--", "a", "abcd", "abcdefg", "Ab", "ABCD", "xyzzy", "XY", "q", " ", "\n", "1", "é", "_", ".",
                 "word-", "-word", "long-words", "Seven-letter"]


def _hyphen_window(text: str, cut: tuple[int, int]) -> tuple[int, int]:
    low, high = sorted(cut)
    return min(low, len(text)), min(high, len(text) + 3)


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(HYPHEN_PIECES), max_size=30).map("".join),
       st.tuples(st.integers(0, 200), st.integers(0, 200)))
@example("abcd-efghiJKLM-nopqrs", (0, 99))  # the second match starts where the first ended
@example("abcd-efghijk-lmnopq", (0, 99))  # the second hyphen's letters went to the first match
@example("ab-cdefgh-ijklmno", (0, 99))  # the first run too short: the match starts after its hyphen
def test_hyphenated_pairs_found_from_the_hyphens(text: str, cut: tuple[int, int]) -> None:
    assert glued._HYPHENATED_PAIRS.findall(text) == glued._HYPHENATED.findall(text)
    pos, endpos = _hyphen_window(text, cut)
    assert glued._HYPHENATED_PAIRS.findall(text, pos, endpos) == glued._HYPHENATED.findall(text, pos, endpos)


def test_hyphenated_pairs_on_prose() -> None:
    text = "The storm-water plan and a long-awaited, well-known cross-border tie-break: re-elected mid-season."
    # Three letters before the hyphen ("tie-break", "mid-season") or four after it are too few.
    assert glued._HYPHENATED_PAIRS.findall(text) == ["storm-water", "long-awaited", "well-known", "cross-border"]


CASING_PIECES = [" ", "  ", "\n", ",", ".", "1", "a", "x", "é", "B", "T", "The", "These", "Thes", "He", "Her", "Its",
                 "It", "Our", "We", "In", "Into", "Int", "On", "Of", "That", "By", "From", "With", "For", "At", "To"]
CASING_TEXTS = st.lists(st.sampled_from(CASING_PIECES), max_size=30).map("".join)


@settings(max_examples=800, deadline=None)
@given(CASING_TEXTS)
@example("noting that The club")
@example("to The Hague. The club")
def test_mid_sentence_words_after_a_word_found_from_their_capitals(text: str) -> None:
    plain = [m.span(1) for m in casing._MID_SENTENCE.finditer(text)
             if m.start(1) >= 2 and "a" <= text[m.start(1) - 2] <= "z"]
    assert [m.span(1) for m in casing._MID_SENTENCE_AFTER_WORD.finditer(text)] == plain


@settings(max_examples=800, deadline=None)
@given(CASING_TEXTS)
@example("sworn in By the board, 4 Into the x")
def test_capitalised_links_found_from_their_capitals(text: str) -> None:
    found = [(m.span(1), m.end()) for m in casing._CAPITALISED_LINK_BY_CAPITAL.finditer(text)]
    assert found == [(m.span(1), m.end()) for m in casing._CAPITALISED_LINK.finditer(text)]


@settings(max_examples=800, deadline=None)
@given(CASING_TEXTS)
@example("noting that The club sworn in By the board, 4 Into the x, Its final")
def test_function_and_link_words_found_by_one_scan(text: str) -> None:
    functions, links = casing._function_and_link_matches(text)
    assert [m.span() for m in functions] == [m.span(1) for m in casing._MID_SENTENCE_AFTER_WORD.finditer(text)]
    assert [m.span() for m in links] == [m.span(1) for m in casing._CAPITALISED_LINK_BY_CAPITAL.finditer(text)]


SLOT_PIECES = [" ", "  ", "\n", ",", "in", "into", "int", "to", "of", "over", "outside", "at", "across", "the ",
               "moscow", "nato", "ab", "x", "é", "Oslo"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(SLOT_PIECES), max_size=30).map("".join))
@example(" into moscow in the nato over oslo")
def test_name_slot_grouped_by_first_letter(text: str) -> None:
    assert casing_learned._NAME_SLOT.findall(text) == re.findall(casing_learned._NAME_SLOT_PLAIN, text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([" ", "\n", ",", "said", "says", "stated", "stressed", "sa", "x", "é", "noted",
                                 "notedly", "told", "estimated"]), max_size=30).map("".join))
def test_tag_hint_grouped_by_first_letter(text: str) -> None:
    plain = r" (?:" + speech_runs._TAG_VERBS + r")\b"
    assert [m.span() for m in speech_runs._TAG_HINT.finditer(text)] == [m.span() for m in re.finditer(plain, text)]


TITLE_PIECES = [" ", "  ", "\n", ".", ". ", "(", "“", "é", "1", "a", "x", "On", "Lima", "dr", "mr", "mrs", "ms", "prof",
                "capt", "brig", "lt", "gen", "sen", "hon", "maj", "Dr", "DR", "eon", "xdr", "s"]
TITLE_TEXTS = st.lists(st.sampled_from(TITLE_PIECES), max_size=30).map("".join)


def _title_before(text: str, at: int) -> str:
    """The abbreviation before the stop at ``at``, read as lower_case_title reads it."""
    start = at
    while start > 0 and text[start - 1].isalpha() and at - start <= 4:
        start -= 1
    return text[start:at]


@settings(max_examples=800, deadline=None)
@given(TITLE_TEXTS)
@example("dr. Lima and xdr. Lima, eon. Lima, capt. Lima")
def test_title_stops_found_from_the_title_letters(text: str) -> None:
    every = [m.start() for m in casing_name_words._STOP_BEFORE_CAPITAL.finditer(text)]
    found = [m.start() for m in casing_name_words._STOP_AFTER_TITLE_LETTERS.finditer(text)]
    assert set(found) <= set(every)
    assert {at for at in every if _title_before(text, at) in casing_name_words._TITLES} <= set(found)


@settings(max_examples=800, deadline=None)
@given(TITLE_TEXTS)
@example(" dr dr mrs mr ms prof  mr  ")
def test_bare_titles_found_by_one_scan(text: str) -> None:
    found = {(m.group(1), m.start()) for m in casing_name_words._SPACED_BARE_TITLE.finditer(text)}
    assert found == {(word, at) for word in casing_name_words._BARE_TITLES
                     for at in range(len(text)) if text.startswith(f" {word} ", at)}


PRONOUN_PIECES = [" ", "  ", ",", ", ", ".", ". ", "\n", "1", "_", "é", "“", "said", "told", "reporters", "on",
                  "Monday", "When", "If", "the", "vote", "ended", "fans", "believe", "He", "She", "It", "They", "We",
                  "His", "Her", "Its", "Their", "Our", "was", "had", "left"]
PRONOUN_TEXTS = st.lists(st.sampled_from(PRONOUN_PIECES), max_size=40).map("".join)


def _pronoun_edits(text: str) -> list[tuple[int, int, str]]:
    rule = next(r for r in casing_pronouns.RULES if r.code == "CA008")
    return [(e.span.start, e.span.end, e.replacement) for e in rule.run(Document.from_text(text))]


@settings(max_examples=800, deadline=None)
@given(PRONOUN_TEXTS)
@example(" Their pay rose, the union said When it ended,")  # a match at the start reads text[-1]
@example("The court heard that officials said He had signed. When the vote ended, Their leader left.")
@example("Police believe They left, and 2020 They had. Fans said on Monday She had left.")
def test_pronouns_skipped_by_what_stands_before_them(text: str) -> None:
    """CA008 reads only the matches a letter, a figure or a comma stands before (or the
    text's first): its edits are those it makes reading every match."""
    kept = [m.span(1) for m in casing_pronouns._pronoun_matches(text)]
    every = [m.span(1) for m in casing_pronouns._CAPITAL_PRONOUN.finditer(text)]
    assert kept == [(s, e) for s, e in every if s == 1 or (s >= 2 and (text[s - 2].isalnum() or text[s - 2] == ","))]
    with mock.patch.object(casing_pronouns, "_pronoun_matches", casing_pronouns._CAPITAL_PRONOUN.finditer):
        reading_every = _pronoun_edits(text)
    assert _pronoun_edits(text) == reading_every


ANCHOR_PIECES = [" ", "  ", "\n", ",", "1", "2024", "a", "x", "é", "T", "To", "Through", "Throughout", "In", "Late",
                 "Later", "Last", "Early", "Earlier", "This", "July", "The", "Week", "Of"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(ANCHOR_PIECES), max_size=30).map("".join))
@example("rose In The First Week Of July, and Later This Summer To 2024")
def test_time_run_anchors_found_from_their_capitals(text: str) -> None:
    assert [m.start() - 1 for m in casing_time._RUN_ANCHOR_WORD.finditer(text)] == [
        m.start() for m in casing_time._RUN_ANCHOR.finditer(text)]


ENDING_PIECES = [" ", "\n", ",", "'", "_", "1", "é", "a", "x", "went", "rent", "event", "percent", "werent", "Arent",
                 "havent", "isnt", "dont", "front", "weve", "youve", "theyre", "youre", "womens", "Siemens",
                 "childrens", "specimens", "citys", "days", "the"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(ENDING_PIECES), max_size=30).map("".join))
@example("they werent there and havent left, the event went on; dont the womens citys")
def test_lost_apostrophe_words_found_from_four_letter_tails(text: str) -> None:
    assert [m.span() for m in apostrophes_lost._no_apostrophe_matches(Document.from_text(text))] == [
        m.span() for m in apostrophes_lost._NO_APOSTROPHE.finditer(text)]
    merged = sorted(m.span() for scan in apostrophes_lost._NO_APOSTROPHE_ENDS for m in scan.finditer(text))
    assert merged == [m.span() for m in apostrophes_lost._NO_APOSTROPHE_END.finditer(text)]


PAST_PIECES = [" ", "  ", "\n", ",", "-", "1", "é", "a", "x", "ed", "Ed", "Led", "Weakened", "weakened", "Rised", "Xed",
               "in", "into", "to", "for", "until", "the", "protection"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(PAST_PIECES), max_size=30).map("".join))
@example("the protection Weakened in the year, a-Rised to the x Weakened into")
def test_capitalised_pasts_found_from_their_ends(text: str) -> None:
    assert [m.span(1) for m in casing_phrases._capitalised_pasts(text)] == [
        m.span(1) for m in casing_phrases._CAPITALISED_PAST.finditer(text)]


APPOSITIVE_PIECES = [" ", ",", ", ", "\n", ".", "é", "a", "x", "all", "both", "from", "in", "Norway", "Norwayremain",
                     "Polandsaid", "Oslo", "Abcdefgh", "remain", "A", "Ab"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(APPOSITIVE_PIECES), max_size=30).map("".join))
@example("The two sailors, both from Norwayremain in hospital, all in Abcdefghé x")
def test_appositive_glue_found_without_giving_letters_back(text: str) -> None:
    assert [m.span() + m.span("inside") + m.span("token") for m in glued_names._APPOSITIVE_GLUE_RUNS.finditer(text)] \
        == [m.span() + m.span("inside") + m.span("token") for m in glued_names._APPOSITIVE_GLUE.finditer(text)]


SPACED_PIECES = [" ", " ' ", "'", "’", "-", "_", "é", "1", "\n", "s", "a", "x", "Reyes", "workers", "union", "lawyers",
                 "Ab", "ABs", "yes", "cars", "theirs"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(SPACED_PIECES), max_size=30).map("".join))
@example("The Reyes ' lawyers and workers ' unions ' lawyers, éworkers ' union")
def test_spaced_straight_marks_found_from_the_mark(text: str) -> None:
    assert [m.span() + m.span(1) + m.span(2) for m in apostrophes_its._spaced_straight_matches(text)] == [
        m.span() + m.span(1) + m.span(2) for m in apostrophes_its._SPACED_STRAIGHT.finditer(text)]


CALL_PIECES = [" ", "  ", "\t", "-", " - ", "—", "–", ":", "|", "?", "a", "x", "the", "Sign up", "sign up", "download",
               "our", "app", "Follow", "follow", "live", "please ", "You can ", "news", "\u2003-\u2003"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(CALL_PIECES), max_size=25).map("".join))
@example("Rates rose - sign up for our app")
@example("Rates rose: Follow us on our page")
def test_call_verb_tried_at_the_separators_only(body: str) -> None:
    plain = bool(furniture_lines._CALL_VERB.match(body)
                 or (furniture_lines._CALL_SEPARATOR.search(body) and furniture_lines._CALL_VERB.search(body)))
    assert bool(furniture_lines._CALL_VERB.match(body) or furniture_lines._call_after_separator(body)) == plain


TITLE_CASE_PIECES = [" ", " ", " ", ", ", ". ", "\n", "The", "Of", "And", "A", "B", "I", "Smith", "Jones", "Talks",
                     "on", "in", "Rise", "In", "Prices", "For", "Will", "the", "said", "4", "LIMA — "]


def _title_case_in_old_order(doc: Document) -> list[int]:
    """The sentence starts ``_title_case_sentences`` gave with its tests in their first
    order (initials, then the first three words, then the share and the function words)."""
    found = []
    for sentence in doc.sentences:
        if sentence.paragraph == 0 and not casing_title._after_prose(doc, sentence):
            continue
        start, end = sentence.span.start, sentence.span.end
        if sentence.index_in_paragraph == 0 and doc.text[start : start + 2].isupper() and \
                (dateline := casing_title.DATELINE.match(doc.text, start, end)) is not None:
            start = dateline.end()
        if not casing_title._THREE_CAPITALS.match(doc.text, start, end):
            continue
        tokens = list(casing_title._TOKEN.finditer(doc.text, start, end))[1:]
        if len(tokens) < casing_title.MIN_TITLE_WORDS or any(casing_title._initial(tokens, i)
                                                             for i in range(len(tokens))):
            continue
        if not all(t.group()[0].isupper() for t in tokens[:3]):
            continue
        capitalised = [t for t in tokens if t.group()[0].isupper()]
        functions = [t for t in capitalised if casing_title._function(t.group().lower())]
        if len(capitalised) >= casing_title.TITLE_SHARE * len(tokens) and len(functions) >= max(
                casing_title.MIN_TITLE_FUNCTIONS, len(tokens) // 10):
            found.append(sentence.span.start)
    return found


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(TITLE_CASE_PIECES), max_size=60).map("".join))
@example("Rates rose.\nPrices Rise In The First Week Of The Year And Talks For A Deal Will Go On.")
@example("Rates rose.\nPrices Rise In The Week Of A Smith And B Jones For The Deal And The Talks.")
def test_title_case_sentences_test_the_share_first(text: str) -> None:
    doc = Document.from_text(text)
    assert [s.span.start for s, _ in casing_title._title_case_sentences(doc)] == _title_case_in_old_order(doc)
