"""SP001's search for a passage printed twice finds, in the same order, every place the
regex it replaced found (issue 13: the regex read the whole text before every candidate
stop; the search now looks for the longest inner word with ``str.find`` and tries the
regex only where a match could start near it)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from repair.rules import stops_repeats

# Words sharing letters and prefixes, gaps the pattern allows (blanks, marks, non-ASCII
# letters) and ones it does not (digits), so matches overlap, nest and nearly match.
PIECES = [" ", "  ", ". ", ", ", "-", "’", "'", "\n", "é", "\u0130", "1", "2.5", "a", "an", "ana", "the", "then",
          "mill", "mills", "shut", "shutter", "in", "inn", "x"]
INNER_WORDS = ["a", "an", "ana", "the", "then", "mill", "shut", "shutter", "in", "inn", "2.5", "1", "é-a", "x’s"]


def _regex_matches(lowered: str, before: int, inner: list[str]) -> list[tuple[int, int]]:
    """The old reading: ``re.search`` from one past each match's start, up to ``before``."""
    pattern = re.compile(r"[^A-Za-z\d]*".join(re.escape(t) for t in inner))
    found, at = [], 0
    while (match := pattern.search(lowered, at, before)) is not None:
        found.append(match.span())
        at = match.start() + 1
    return found


@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join),
       st.lists(st.sampled_from(INNER_WORDS), min_size=4, max_size=4), st.integers(0, 3), st.integers(0, 400))
@settings(max_examples=600)
def test_inner_matches_are_the_regex_matches(text: str, inner: list[str], repeats: int, before: int) -> None:
    """Every match, and only those, in the regex's order, for any cut of the text; the
    inner words are also written into the text a few times so that matches exist."""
    joined = " ".join(inner)
    text = (text + " " + joined) * repeats + text
    before = min(before, len(text))
    assert [m.span() for m in stops_repeats._inner_matches(text, before, inner)] == \
        _regex_matches(text, before, inner)


@given(st.lists(st.sampled_from([" ", "-", ".", "a", "b", "1"]), max_size=40).map("".join), st.integers(0, 40))
def test_earliest_start_bounds_the_letters(text: str, end: int) -> None:
    """The stretch from the position found to ``end`` holds at most the allowed ASCII letters
    and digits, and one step further back would hold one more (unless at the floor)."""
    end = min(end, len(text))
    for letters in range(4):
        start = stops_repeats._earliest_start(text, 0, end, letters)
        count = len(re.findall(r"[A-Za-z\d]", text[start:end]))
        assert count <= letters
        if start > 0:
            assert len(re.findall(r"[A-Za-z\d]", text[start - 1 : end])) > letters



# Characters whose lower case is longer than they are (a dotted capital I: "i" and a
# combining dot) or depends on their neighbours (a capital sigma: "ς" at a word's end, else
# "σ"), look-alikes that keep their length (a Kelvin sign, "ß", a titlecase digraph), the
# case-ignorable marks a sigma's context reads through, and words that repeat.
LOWER_PIECES = [" ", ". ", ",", "'", "’", "-", ".", ":", "\n", "\u0130", "\u0130z", "i\u0307", "\u03a3", "\u03a3.",
                "\u039f\u0394\u039f\u03a3", "\u03c3", "\u03c2", "\u0301", "\u212a", "ß", "ǅ", "Ä", "1", "2.5", "the",
                "The", "mill", "shut", "in", "march", "firm", "x"]
LOWER_TEXTS = st.lists(st.sampled_from(LOWER_PIECES), max_size=40).map("".join)


@given(LOWER_TEXTS, LOWER_TEXTS, st.integers(0, 3), st.data())
@settings(max_examples=500)
def test_lowered_cut_has_the_prefix_words(text: str, piece: str, repeats: int, data: st.DataObject) -> None:
    """Issue 13: where lower() changes the text's length SP001 used to split the whole
    lower-cased prefix into words at every candidate stop (quadratic); it now reads the
    lower-cased text up to the cut :func:`stops_repeats._lowered_cut` finds, which holds the
    prefix's words exactly (the sigma's context cut off included), and answers as before."""
    text = (text + piece) * repeats + text
    lowered = text.lower()
    before = data.draw(st.integers(0, len(text)))
    cut = stops_repeats._lowered_cut(text, lowered, before)
    plain_words = stops_repeats.lexicon.words(text[:before].lower())
    assert cut is not None and stops_repeats.lexicon.words(lowered[:cut]) == plain_words
    tokens = stops_repeats.lexicon.words("the mill shut in march firm and " + piece)
    for memo in ({}, {stops_repeats._SEARCHED: (10**6, 0)}):  # searched, then from the index
        stops_repeats._INDEXED[0] = None
        head = " ".join(t.lower() for t in tokens[:6])
        assert stops_repeats.repeats_earlier_passage(text, before, tokens, memo) == (head in " ".join(plain_words))


def test_lowered_cut_counts_every_lengthened_character() -> None:
    """Each "İ" before the cut moves it on by one; one at the cut or after it does not."""
    text = "\u0130zmir and \u0130stanbul. the port"
    lowered = text.lower()
    assert len(lowered) == len(text) + 2
    assert stops_repeats._lowered_cut(text, lowered, 0) == 0
    assert stops_repeats._lowered_cut(text, lowered, 1) == 2
    assert stops_repeats._lowered_cut(text, lowered, text.index("\u0130stanbul")) == text.index("\u0130stanbul") + 1
    assert stops_repeats._lowered_cut(text, lowered, len(text)) == len(lowered)
    assert stops_repeats._lowered_cut(text, lowered, -1) is None  # a negative cut: the plain reading


def test_a_sigma_cut_from_its_context_changes_no_word() -> None:
    """Cut between a capital sigma and the letter its context reads through a stop to, the
    prefix's lower case ends in "ς" where the whole text's has "σ"; neither is a word
    character, so the words before the cut are the same."""
    text = "\u0130 the mill \u039f\u0394\u039f\u03a3.\u0391 shut in march firm"
    before = text.index(".")
    lowered = text.lower()
    cut = stops_repeats._lowered_cut(text, lowered, before)
    assert cut is not None and text[:before].lower() != lowered[:cut]
    assert text[:before].lower()[-1] == "\u03c2" and lowered[cut - 1] == "\u03c3"
    assert stops_repeats.lexicon.words(text[:before].lower()) == stops_repeats.lexicon.words(lowered[:cut])


def _lower_case_report(size: int) -> str:
    """A long feed of false stops ("… said the storm. could return …"), one "İ" in it."""
    subjects = ["Officials", "Traders", "The mayor", "Residents", "Analysts"]
    clauses = ["said the storm", "feared the slump", "warned the strike", "expected the rally"]
    tails = ["could return on Friday to the coast near the bay", "would last into spring and hit the farms",
             "might spread across the region within days", "was likely to end before the vote next week"]
    lines, total, number = [], 0, 0
    while total < size:
        number += 1
        line = (f"The port closed on day {number}. {subjects[number % 5]} said {clauses[number % 4]}. "
                f"{tails[number * 7 % 4]} {number}.\n")
        lines.append(line)
        total += len(line)
    lines.insert(3, "The ferry from \u0130zmir was late.\n")
    return "".join(lines)


def test_one_dotted_capital_i_keeps_sp001_linear(monkeypatch) -> None:
    """200 KB with one "İ" (lower() one character longer): SP001 never splits a long prefix
    into words (it did at each of ~350 candidate stops, 1.3 s here and 5 s at 400 KB) and
    runs in well under a few seconds."""
    import time

    from repair import lexicon
    from repair.document import Document
    from repair.rules import ALL_RULES

    text = _lower_case_report(200_000)
    assert len(text.lower()) == len(text) + 1
    longest = [0]
    words = lexicon.words

    def measured(piece: str) -> list[str]:
        longest[0] = max(longest[0], len(piece))
        return words(piece)

    monkeypatch.setattr(lexicon, "words", measured)
    sp001 = next(rule for rule in ALL_RULES if rule.code == "SP001")
    doc = Document.from_text(text)
    began = time.process_time()
    sp001.run(doc)
    spent = time.process_time() - began
    assert longest[0] < 10_000
    assert spent < 3.0


# Letter runs with case changes inside ("ManagerRoss", "AbAbAb"), broken by blanks, marks and
# non-ASCII letters, for GL016's walk back to each run's start.
CAMEL_PIECES = ["Ab", "Abc", "Manager", "Ross", "Coach", "ab", "x", "AB", " ", ".", "'", "é", "1", "-", "\n"]


def _plain_glued_pairs(text: str, changes: list[int]) -> list[tuple[int, int]]:
    """GL016's matches as it first found them: each change's whole run walked back."""
    from repair.rules import glued_learned

    found = []
    for capital in changes:
        start = capital - 1
        while start > 0 and text[start - 1].isalpha() and text[start - 1].isascii():
            start -= 1
        match = glued_learned._TWO_WORDS.match(text, start)
        if match is not None and match.start(2) == capital:
            found.append(match.span())
    return found


@given(st.lists(st.sampled_from(CAMEL_PIECES), max_size=40).map("".join))
@settings(max_examples=400)
def test_glued_pairs_walk_each_run_once(text: str) -> None:
    """GL016 finds the matches the whole-run walk at every case change found."""
    from repair.rules import glued_learned

    changes = [m.start() for m in re.finditer(r"[A-Z](?<=[a-z].)", text)]
    assert [m.span() for m in glued_learned._glued_pairs(text, changes)] == _plain_glued_pairs(text, changes)


def test_a_long_camel_cased_run_is_linear() -> None:
    """40,000 characters of "AbAb…" (33 s of GL016 before; about 0.01 s now)."""
    import time

    from repair.document import Document
    from repair.rules import ALL_RULES

    gl016 = next(rule for rule in ALL_RULES if rule.code == "GL016")
    doc = Document.from_text("Ab" * 20_000 + " and ManagerRoss spoke.")
    began = time.process_time()
    list(gl016.run(doc))
    assert time.process_time() - began < 1.0
