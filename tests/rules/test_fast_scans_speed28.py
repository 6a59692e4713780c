"""Faster scans behind GL015, AP018-AP020, QM032, QM033, PF019 and CA013 find exactly what
their plain patterns found (issue 13; the plain patterns are spelt out here as they were).

Each fast way (a literal found with ``str.find`` and the pattern tried there, a look-behind
moved after the literal that leads it, one pattern per leading mark merged by place, one
scan for several words) is compared with the plain pattern on generated text built from
the pieces that matter to it.
"""

from __future__ import annotations

import heapq
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from repair.rules import apostrophes_learned, casing_runs, furniture_glued_tails, glued_learned
from repair.rules import speech_quotes_inner_tags as inner_tags

WORD_PIECES = ["accordingto", "Accordingto", "toa", "withat", "KualaLumpur", "a", "to", "the", " ", " ", "\n",
               "-", ".", ",", "'", "’", "@", "#", "/", "é", "1", "_", "abcdefghijklmnopqrstuvwxyzabcdef", "x"]


def _text(pieces: list[str], size: int = 30) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=size).map("".join)


@settings(max_examples=400, deadline=None)
@given(_text(WORD_PIECES))
@example("toatoa toa-toa xtoa toax @toa toa.com toa. Toa")
def test_glued_pair_uses_found_from_the_tokens(text: str) -> None:
    tokens = {"toa": 1, "accordingto": 9, "Accordingto": 9, "withat": 4, "KualaLumpur": 5}
    plain = [(m.start(), m.group()) for m in glued_learned._TOKEN.finditer(text) if m.group() in tokens]
    assert glued_learned._uses_of(text, tokens) == plain


MANY_TOKENS = {token: 2 for token in ("toa", "tothe", "accordingto", "Accordingto", "withat", "KualaLumpur", "ofthe",
                                      "inthe", "andthe", "forthe", "ina", "Ina", "atthe",
                                      *(f"zq{letters}" for letters in ("a", "b", "c", "d", "e", "f", "g", "h", "i",
                                                                       "j", "k", "l", "m", "n", "o", "p", "q", "r",
                                                                       "s", "t")))}


@settings(max_examples=400, deadline=None)
@given(_text([*WORD_PIECES, "of", "in", "and", "for", "at", "Ina", "ina"]))
@example("toatoa toa-toa xtoa toax @toa toa.com toa. Toa ofthe inthe ina Ina #ina")
def test_glued_pair_uses_of_many_tokens_in_one_scan(text: str) -> None:
    assert len(MANY_TOKENS) > glued_learned.MAX_TOKEN_SEARCHES
    plain = [(m.start(), m.group()) for m in glued_learned._TOKEN.finditer(text) if m.group() in MANY_TOKENS]
    assert glued_learned._uses_of(text, MANY_TOKENS) == plain


COMPOUND_PIECES = ["ab", "cd", "ef", "-", "--", " ", "AB", "é", "1", "x-y", "\n", "İ"]


@settings(max_examples=400, deadline=None)
@given(_text(COMPOUND_PIECES), st.sampled_from(["ab-cd", "cd-ef", "ab-ab", "x-y", "b-c", "cd-ab", "ef-x"]))
@example("ab-cd-ef", "cd-ef")  # the scan took "ab-cd": "cd-ef" is none of its matches
@example("ab-cd-ef cd-ef", "cd-ef")
def test_compounds_read_where_the_pair_occurs(text: str, pair: str) -> None:
    found = set(glued_learned._HYPHENATED.findall(text.lower()))
    assert glued_learned._Compounds(text, {}).written(pair) == (pair in found)
    many = glued_learned._Compounds(text, {})
    for other in range(glued_learned.MAX_TOKEN_SEARCHES):  # past the searches: the whole findall
        many.written(f"q{other}-q")
    assert many.written(pair) == (pair in found)


MARK_PIECES = ["nurses", "Harwell", "boss", "s", "'", "’", " s ", "'s ", "’s ", " ", "pay", "-", "x", "É",
               " cant ", " wont ", "firms", "Policy", "cover", "afford", ".", "\n", "a"]


@settings(max_examples=600, deadline=None)
@given(_text(MARK_PIECES))
@example("a wont b cant c wont d")  # overlapping candidates: finditer takes the first
@example("The nurses's pay and Harwell’ s parent; 'nurses's x; bosss's y")
def test_apostrophe_patterns_found_from_their_hints(text: str) -> None:
    learned = apostrophes_learned
    for pattern, hints, start_of in (
            (learned._SPACED_S, ("' s ", "’ s "), lambda text, mark: mark),
            (learned._PLURAL_S, ("'s ", "’s "), learned._word_start),
            (learned._NEGATIVE, (" cant ", " wont "), learned._letters_before)):
        plain = [(m.span(), m.groups()) for m in re.compile(pattern.pattern).finditer(text)]
        fast = [(m.span(), m.groups()) for m in learned._matches_from_hints(pattern, text, hints, start_of)]
        assert fast == plain


IRISH_PIECES = ["O", "Brien", "BRIEN", "Donnell", "x", " ", "'", "@", ".", "-", "/", "#", "É", "\n", "1"]
PLAIN_IRISH_O = r"(?<![\w'’@#/.-])O(?=[A-Z][a-z]{3,}(?![\w'’@/-]))"


@settings(max_examples=400, deadline=None)
@given(_text(IRISH_PIECES))
@example("OBrien xOBrien @OBrien .OBrien ÉOBrien OBrien-x")
def test_irish_o_led_by_its_letter(text: str) -> None:
    plain = [m.span() for m in re.finditer(PLAIN_IRISH_O, text)]
    assert [m.span() for m in re.compile(apostrophes_learned._IRISH_O.pattern).finditer(text)] == plain


QUOTE_PIECES = ["“", "”", '"', "Abcdefghijk", " lmn", ",", ".", "!", "?", ":", " ", "\n", "x", "A", "«"]
PLAIN_QUOTATIONS = (r"(?:^|(?<=[.!?:] ))“(?P<inner>[A-Z][^“”\"«»„\n]{8,900}?)”(?P<stop>\.?)",
                    r'(?:^|(?<=[.!?:] ))"(?P<inner>[A-Z][^“”"«»„\n]{8,900}?)"(?P<stop>\.?)')


@settings(max_examples=400, deadline=None)
@given(_text(QUOTE_PIECES))
@example("“Abcdefghijk lmn” x.\n“Abcdefghijkl.” y. “Abcdefghijkl” z: “Qwertyuiop asd”.")
def test_quotation_patterns_led_by_their_mark(text: str) -> None:
    for fast, plain in zip((inner_tags._QUOTATION, inner_tags._STRAIGHT_QUOTATION), PLAIN_QUOTATIONS, strict=True):
        want = [(m.span(), m.groupdict()) for m in re.finditer(plain, text, re.MULTILINE)]
        assert [(m.span(), m.groupdict()) for m in re.compile(fast.pattern, re.MULTILINE).finditer(text)] == want


TAG_PIECES = ["”", '"', ",", "?", "!", " she said", " a spokesman told reporters", ".", " ", "\n", "“", "x"]
PLAIN_STRAY = (r"(?<=[,?!])(?P<close>[”\"]) [^“”\"\n.!?]{0,80}?\b(?:said|says|added|told|asked|explained|insisted"
               r"|warned|stressed|replied|wrote|recalled|admitted)\b[^“”\"\n.!?]{0,60}?\.(?P<stray>[”\"])(?=[ \t]|$)")


@settings(max_examples=400, deadline=None)
@given(_text(TAG_PIECES))
@example(',” she said.” ," she said." ,” she said." x')
def test_stray_mark_patterns_one_per_mark(text: str) -> None:
    want = [(m.span(), m.groupdict()) for m in re.finditer(PLAIN_STRAY, text, re.MULTILINE)]
    merged = heapq.merge(*(re.compile(p.pattern, re.MULTILINE).finditer(text)
                           for p in inner_tags._STRAY_AFTER_TAG_BY_MARK), key=lambda m: m.start())
    assert [(m.span(), m.groupdict()) for m in merged] == want


STOP_PIECES = ["word", ".", "!", "?", "A", "#", "(", "[", "▶", ")", "”", "%", " ", "\n", "é", "1"]
PLAIN_STOP = r"(?<=[\w%)”’\"])[.!?](?P<gap>)(?=[A-Z#(\[▶►])"


@settings(max_examples=400, deadline=None)
@given(_text(STOP_PIECES), st.integers(0, 40), st.integers(0, 60))
def test_stop_before_tail_led_by_the_stop(text: str, pos: int, endpos: int) -> None:
    plain = re.compile(PLAIN_STOP)
    fast = furniture_glued_tails._STOP_BEFORE_TAIL
    assert [m.span() for m in fast.finditer(text, pos, endpos)] == [m.span() for m in plain.finditer(text, pos, endpos)]


TITLE_PIECES = [" Of ", " And ", " The ", " In ", " To ", " A ", " At ", " For ", " From ", "Of", "A", "Andes",
                "Them", " ", "x", "Y", "\n"]


@settings(max_examples=400, deadline=None)
@given(_text(TITLE_PIECES))
@example("X Of The Y A At B And Andes")
def test_rare_capitals_in_one_scan(text: str) -> None:
    plain = []
    for needle in casing_runs._RARE_CAPITALS:  # the searches the scan replaced
        at = text.find(needle)
        while at >= 0:
            plain.append(at)
            at = text.find(needle, at + len(needle) - 1)
    assert [m.start() for m in casing_runs._RARE_CAPITAL_SCAN.finditer(text)] == sorted(plain)
