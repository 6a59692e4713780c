"""Shortcuts taken for issue 13's speed work answer what the plain computation answers.

Each rule that used to scan the whole text once per candidate (quadratic), or to try a
pattern at every position, now reads a per-document index or scans for a rarer character
first. Each shortcut is compared here with the computation it replaced, on generated text
built from the characters and words that matter to it, so an edit never depends on which
way it was found.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from repair.document import Document
from repair.rules import apostrophes, glued, glued_names

NAME_TEXTS = st.lists(st.sampled_from([" ", "  ", "\t", "\n", ".", ",", "'", "’", "'s", "_", "1", "é", "x", "O", "Rift",
                                       "Horizon", "Horizons", "Segas", "Sega", "said", "and", "plan", "shares", "the",
                                       "Ørn", "RiftHorizon"]), max_size=30).map("".join)
NAME_WORDS = ["Rift", "Horizon", "Horizons", "Segas", "Sega", "O", "RiftHorizon", "O'Rift", "Rift’s", "Horizon_1"]


def _uses(text: str, name: str) -> list[int]:
    """Where ``name`` stands as whole words: the whole-text scan AP002 ran per candidate."""
    return [m.start() for m in re.finditer(rf"(?<![\w'’]){re.escape(name)}(?![\w'’])", text)]


@given(NAME_TEXTS, st.sampled_from(NAME_WORDS))
@settings(max_examples=400)
def test_word_uses_are_the_whole_word_matches(text: str, word: str) -> None:
    """``Document.word_uses`` (one index per document) gives the starts the per-candidate
    whole-text scan gave, for names with digits, underscores and apostrophes in them,
    whether it answers by a scan for the word (the first few words asked) or from the index."""
    import repair.word_uses

    expected = _uses(text, word)
    assert list(Document.from_text(text).word_uses(word)) == expected
    saved = repair.word_uses.SCANS_BEFORE_INDEX
    try:
        repair.word_uses.SCANS_BEFORE_INDEX = 0  # the index at once
        doc = Document.from_text(text)
        assert list(doc.word_uses(word)) == expected
        assert list(doc.word_uses(word)) == expected  # asked again
    finally:
        repair.word_uses.SCANS_BEFORE_INDEX = saved


@given(NAME_TEXTS, st.sampled_from([0, 5, 40]))
@settings(max_examples=200)
def test_word_uses_foretold_from_the_questions_rate_answer_the_same(text: str, at: int) -> None:
    """Questions asked early in the text (``at``) foretell many more, and the index is made
    part-way through the questions; every answer, before and after, is the scan's."""
    import repair.word_uses

    doc = Document.from_text(text)
    words = [*NAME_WORDS, "Orn", "Riftx", "Sega1", "Horizo", "Rif", "Segasx", "Ho", "Ri"]
    assert len(words) > repair.word_uses.FORETELLING_QUESTIONS
    for word in words + words:
        assert list(doc.word_uses(word, at)) == _uses(text, word)
    if at == 0 and len(text) * repair.word_uses.FORETELLING_QUESTIONS > repair.word_uses.SCANS_BEFORE_INDEX:
        assert "_capitalised_runs" in doc.__dict__  # the rate foretold more than the scans' allowance


def test_word_uses_refuses_what_its_index_cannot_hold() -> None:
    """A word that is not one capitalised run ("Rift Horizon", "rift") is refused, not
    answered wrongly from an index that only holds capitalised runs."""
    import pytest

    doc = Document.from_text("Rift Horizon and rift.")
    for word in ("Rift Horizon", "rift", "", "Rift."):
        with pytest.raises(ValueError):
            doc.word_uses(word)


@given(NAME_TEXTS, st.sampled_from(["", "Rift", "O", "Ørn"]), st.sampled_from(["Horizon", "Sega", "Rift"]))
@settings(max_examples=400)
def test_ap002_name_found_from_the_index(text: str, first: str, stem: str) -> None:
    """AP002's "the name stands elsewhere" test, read from the word index, is the
    whole-text search for the name (one word, or two with one space) it replaces."""
    name = f"{first} {stem}" if first else stem
    assert apostrophes._name_used(Document.from_text(text), first, stem) == bool(_uses(text, name))


def _standalone_by_scan(text: str, word: str, at: int) -> bool:
    """AP002's "-s word stands alone elsewhere" test as it was: a whole-text scan."""
    from repair import lexicon

    for start in _uses(text, word):
        if start == at:
            continue
        after = re.compile(r"[ \t]*([A-Za-z]*)").match(text, start + len(word))
        nxt = after.group(1) if after else ""
        low = nxt.lower()
        if not nxt or (nxt[:1].islower() and (lexicon.is_function_word(low) or low in lexicon.AUXILIARIES
                                              or low in lexicon.SPEECH_VERBS or low in lexicon.IRREGULAR_PAST
                                              or (len(low) > 4 and low.endswith("ed")))):
            return True
    return False


@given(NAME_TEXTS, st.sampled_from(["Segas", "Horizons"]))
@settings(max_examples=400)
def test_ap002_standalone_word_found_from_the_index(text: str, word: str) -> None:
    """The same answer from the word index (each word's uses read once per document) as
    from a whole-text scan, asked at every use and at a place that is none, in any order."""
    doc = Document.from_text(text)
    places = [*_uses(text, word), -1]
    for at in [*places, *reversed(places)]:
        assert apostrophes._standalone_elsewhere(doc, word, at) == _standalone_by_scan(text, word, at)


def test_ap002_cost_per_mb_does_not_grow_with_the_text() -> None:
    """AP002 once scanned the whole text for each candidate name (quadratic: 2.2 s of a
    4 MB check). Ten times the candidates and the text must take about ten times as long,
    not a hundred; the bound is generous (it guards the quadratic, not a speed figure)."""
    import time

    # Each block has fresh names the word-frequency list cannot know, so every candidate
    # reaches the name tests: "Xname" used alone, then "Xnames" before a noun.
    def tag(i: int) -> str:
        return "".join("bcdfghjklmnpqrstvwxz"[i // 20**k % 20] for k in range(4))

    def block(n: int) -> str:
        return "".join(f"Brenq{tag(i)}o spoke. Brenq{tag(i)}os board met. Rift Horq{tag(i)}o sued. "
                       f"Rift Horq{tag(i)}os lawyer left.\n" for i in range(n))

    rule = next(r for r in apostrophes.RULES if r.code == "AP002")

    def cost(n: int) -> float:
        doc = Document.from_text(block(n))
        began = time.process_time()
        list(rule.run(doc))
        return time.process_time() - began

    # The least of three runs each: a busy machine inflates a single run (the full suite on a
    # loaded 2-core machine once failed the bound with one run); a quadratic is about 100x.
    small, large = min(cost(400) for _ in range(3)), min(cost(4000) for _ in range(3))
    assert large < 30 * max(small, 0.002)


CONJUNCTION_TEXTS = st.lists(st.sampled_from([" ", "  ", ", ", "”, ", '", ', "a", "x", "B", "And", "Or", "Nor", "Which",
                                              "Whereas", "While", "Orange", "AndOr", "\n", ".", "é", "1", "the"]),
                             max_size=30).map("".join)


@given(CONJUNCTION_TEXTS)
@settings(max_examples=400)
def test_capital_conjunctions_found_from_the_words(text: str) -> None:
    """CA005 scans for the conjunctions themselves and runs its look-behinds only there;
    the matches (spans and words) are those of the pattern run at every position."""
    from repair.rules import casing_words

    plain = [(m.span(), m.group("word")) for m in casing_words._CAPITAL_CONJUNCTION.finditer(text)]
    assert [(m.span(), m.group("word")) for m in casing_words._capital_conjunctions(text)] == plain


GLUE_TEXTS = st.lists(st.sampled_from([" ", "  ", "site", "rivals", "abc", "Bluesky", "VW", "X", "iPhone", "@", "#",
                                       "/", ".", "-", ":", "_", "1", "é", "com", "Sky", "\n", "a"]),
                      max_size=30).map("".join)


@given(GLUE_TEXTS)
@settings(max_examples=400)
def test_word_then_name_found_from_the_case_changes(text: str) -> None:
    """GL008 tries its pattern only from the small letters before each case change; the
    matches (spans and groups) are those of the pattern run at every position."""
    plain = [(m.span(), m.groups()) for m in glued_names._WORD_THEN_NAME.finditer(text)]
    changes = glued.case_changes(Document.from_text(text))
    assert [(m.span(), m.groups()) for m in glued_names._word_then_name_matches(text, changes)] == plain


TAG_TEXTS = st.lists(st.sampled_from([" ", "  ", "\n", "\t", ". ", "! ", "Ruiz", "Ana", "He", "They", "said", "added",
                                      "said.", "added.", " “", ' "', "“We", '"It', "We", "x", "O'Neil", "-", "é", "1"]),
                     max_size=30).map("".join)


@given(TAG_TEXTS)
@settings(max_examples=500)
def test_bare_tags_found_before_their_quotations(text: str) -> None:
    """QM012 searches only the few words before each "said. “X"; the matches (spans and
    groups) are those of the pattern run at every position."""
    from repair.rules import speech_marks_tag_stops

    plain = [(m.span(), m.groups()) for m in speech_marks_tag_stops._BARE_TAG_BEFORE_QUOTE.finditer(text)]
    assert [(m.span(), m.groups()) for m in speech_marks_tag_stops._bare_tags_before_quotes(text)] == plain


def test_bare_tags_found_next_to_each_other() -> None:
    """Tags one after another, each with its quotation: every one found, as the pattern finds them."""
    from repair.rules import speech_marks_tag_stops

    text = ('Rain fell. Ruiz said. “We stay.”\nIt rained. Ana Lopes Vidal said. “Go.” It is late. He added. "No." '
            'It is. Ana Lopes Vidal Cruz said. “X.”\nHe said. “Y.”')
    plain = [m.span() for m in speech_marks_tag_stops._BARE_TAG_BEFORE_QUOTE.finditer(text)]
    assert len(plain) == 4
    assert [m.span() for m in speech_marks_tag_stops._bare_tags_before_quotes(text)] == plain


MARK_TEXTS = st.lists(st.sampled_from([" ", "  ", "\u00a0", "\u202f", "%", "1", "2.5", "a", "Ab", "x", "“", "”", ".",
                                       ",", "!", ")", "\n", "\t", "é", "no", "s"]), max_size=30).map("".join)


@given(MARK_TEXTS)
@settings(max_examples=500)
def test_foreign_mark_patterns_open_with_their_character(text: str) -> None:
    """PU010's patterns open with the per cent sign or the quotation mark instead of a
    look-behind; they find what the look-behind versions find (the same spans with the
    space before the sign; for the closing mark, the same ends)."""
    from repair.rules import marks_style_padding

    percent = re.compile(r"(?<=\d)[ \u00a0\u202f]%(?=[.,;:)]|[ \t]+[a-z]|\s*$)")
    glued_open = re.compile(r"(?<=[a-z])“(?=[A-Za-z][^“”\n]{0,300}”)")
    glued_close = re.compile(r"(?<=“)[^“”\n]{1,300}[a-z.,!?]”(?=[a-z]{2})")
    assert [(m.start() - 1, m.end()) for m in marks_style_padding._SPACED_PERCENT.finditer(text)] \
        == [m.span() for m in percent.finditer(text)]
    assert [m.span() for m in marks_style_padding._GLUED_OPEN.finditer(text)] \
        == [m.span() for m in glued_open.finditer(text)]
    assert [m.end() for m in marks_style_padding._GLUED_CLOSE.finditer(text)] \
        == [m.end() for m in glued_close.finditer(text)]


LABEL_TEXTS = st.lists(st.sampled_from([" ", ". ", "! ", "” ", "LATEST", "MORE", "MOST READ", "TOP", "EDITOR'S PICKS",
                                        "NEWS", "ASIA", "The", "Deal", "x", "\n", "’", "&", "-", "TOPMORE"]),
                       max_size=30).map("".join)


@given(LABEL_TEXTS)
@settings(max_examples=500)
def test_inline_labels_found_from_their_words(text: str) -> None:
    """PF005 tries its label pattern only where a label word stands; the matches are the
    pattern's own, run at every position."""
    from repair.rules import furniture_inline

    plain = [m.span() for m in furniture_inline._INLINE_LABEL.finditer(text)]
    assert [m.span() for m in furniture_inline._inline_labels(text)] == plain


TAIL_TEXTS = st.lists(st.sampled_from([" ", "  ", "had", "have", "has", "should", "would", "not", "will", "bear",
                                       "go", "Had", "NOT", "x", ".", "\n", "firm", "é", "shouldx", "'", "-"]),
                      max_size=20).map("".join)


@given(TAIL_TEXTS)
@settings(max_examples=500)
def test_object_after_have_searches_only_the_sentence_tail(text: str) -> None:
    """FR003's "had had." / "will bear." patterns are searched from just before the last
    space; they find what a search from the sentence start finds."""
    from repair.rules import cutoff_words

    space = text.rfind(" ")
    for pattern, back in ((cutoff_words._HAVE_WITHOUT_OBJECT, 10), (cutoff_words._MODAL_AND_VERB, 6)):
        whole = pattern.search(text)
        tail = pattern.search(text, max(0, space - back))
        assert (whole and whole.span()) == (tail and tail.span())


COMMA_TEXTS = st.lists(st.sampled_from([" ", ", ", ",", "the company", "he", "The", "Ruiz", "said", "1,000", ".", "-",
                                        "x" * 60, " " * 70, "a b c d e f ", "\n"]), max_size=25).map("".join)


@given(COMMA_TEXTS, st.integers(0, 10**4))
@settings(max_examples=500)
def test_tag_subject_read_from_the_last_comma(text: str, at: int) -> None:
    """FR001's "the sentence ends on a tag's subject" test reads from the last comma (or
    nothing, when the window before the stop already has too many words) and answers as
    it does on the whole text before the stop."""
    from repair import lexicon
    from repair.rules import stops_candidates
    from repair.rules.stops_words import ends_with_subject

    stop = at % (len(text) + 1)
    p = lexicon.words(text[:stop])
    assert ends_with_subject(p, stops_candidates._from_last_comma(text, stop)) == ends_with_subject(p, text[:stop])


LOWER_TEXTS = st.lists(st.sampled_from([" ", "a", "ab", "The", "x-ray", "’s", "'", "-", "_", "1", "é", "\n", "don't",
                                        "Ab", "q"]), max_size=30).map("".join)


@given(LOWER_TEXTS)
@settings(max_examples=400)
def test_lower_case_words_found_from_their_first_letter(text: str) -> None:
    """CA002's lower-case word pattern opens with the letter, not a look-behind; it finds
    what the look-behind version finds."""
    from repair.rules import casing_title

    plain = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+")
    assert [m.span() for m in casing_title._LOWER_WORD.finditer(text)] == [m.span() for m in plain.finditer(text)]


QUOTE_TEXTS = st.lists(st.sampled_from([" ", ". ", "! ", "” ", "“", "”", "The bridge will stay shut", "We stay", "a",
                                        "said", " said the mayor", " added", "\n", "1", "%", ")", "é"]),
                       max_size=25).map("".join)


@given(QUOTE_TEXTS)
@settings(max_examples=500)
def test_quotes_before_tags_found_from_the_opening_marks(text: str) -> None:
    """QM013 tries its pattern only at each opening mark; the matches are the pattern's own."""
    from repair.rules import marks_style

    plain = [m.span() for m in marks_style._QUOTE_BEFORE_TAG.finditer(text)]
    assert [m.span() for m in marks_style._quotes_before_tags(text)] == plain


APOSTROPHE_TEXTS = st.lists(st.sampled_from([" ", "  ", "‘", "’", "s", "ministers", "Brazil", "joint", "a", "1", "_",
                                             "é", "\n", "yes", "’ s", " ’ ", "x"]), max_size=30).map("".join)


@given(APOSTROPHE_TEXTS)
@settings(max_examples=500)
def test_spaced_apostrophes_found_from_the_marks(text: str) -> None:
    """AP001 tries its two patterns only from the word before each single mark; the
    matches (spans and groups) are the patterns' own, run at every position."""
    for pattern in (apostrophes._SPACED_PLURAL, apostrophes._SPACED_S):
        plain = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in apostrophes._before_marks(pattern, text)] == plain


SPEECH_TEXTS = st.lists(st.sampled_from([" ", "  ", "\t", "\n", "\n\n", " \n", "\xa0", "“", "\"", "(", ".", ",", "x",
                                         "We", "we", "I", "Imagine", "Imagined", "us", "our", "said", "told", "says",
                                         "noted", "The mill shut", "Let"]), max_size=30).map("".join)


@given(SPEECH_TEXTS)
@settings(max_examples=500, deadline=None)
def test_qm014_speech_paragraphs_searched_within_the_tagged_ones(text: str) -> None:
    """QM014 looks for a first-person or imperative hint only in the paragraphs that hold a
    tag's verb; that is the two whole-text scans it ran before, intersected."""
    import bisect

    from repair.rules import speech_runs

    doc = Document.from_text(text)
    starts = doc._paragraph_starts
    found = {max(0, bisect.bisect_right(starts, m.start() + 1) - 1) for m in speech_runs._SPEECH_HINT.finditer(text)}
    if speech_runs._SPEECH_HINT.match(" " + text[:8]):
        found.add(0)
    tagged = {max(0, bisect.bisect_right(starts, m.start()) - 1) for m in speech_runs._TAG_HINT.finditer(text)}
    assert speech_runs._paragraphs_with_speech(doc) == (found & tagged if found else set())


@given(st.integers(0, 10**9), st.integers(0, 10**6), st.integers(0, 500), st.integers(0, 50))
def test_segmentation_builds_the_same_spans_and_sentences_without_init(start: int, length: int, paragraph: int,
                                                                       index: int) -> None:
    """Segmentation builds its spans and sentences without the dataclasses' ``__init__``
    (``document._span``/``_sentence``); they equal, hash and order as the plain objects."""
    from repair import document
    from repair.edits import Span

    plain = Span(start, start + length)
    fast = document._span(start, start + length)
    assert fast == plain and hash(fast) == hash(plain) and len(fast) == length
    assert not fast < plain and not plain < fast
    assert document._sentence(fast, paragraph, index) == document.Sentence(plain, paragraph, index)
    assert hash(document._sentence(fast, paragraph, index)) == hash(document.Sentence(plain, paragraph, index))


def test_unknown_words_reads_only_the_head_of_the_list_for_common_words(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Start-up (issue 13): a short clean text's words are all in the head of wordfreq's
    list, so they are answered without reading the whole table; any mix of common, rare
    and unknown words gets exactly the set difference with the whole list."""
    from wordfreq import get_frequency_dict

    from repair import frequency_list

    for cached in (frequency_list._bucket_stream, frequency_list.frequency_buckets,
                   frequency_list.word_frequencies):
        cached.cache_clear()
    monkeypatch.setitem(frequency_list._budget, "left", 10_000)
    try:
        assert frequency_list.unknown_words({"council", "approved", "budget", "officials", "debate"}) == set()
        assert frequency_list.frequency_buckets.cache_info().currsize == 0  # the whole table was not read
        stream = frequency_list._bucket_stream()
        assert stream is not None and 0 < stream.head_read < frequency_list.HEAD_BUCKETS
        full = get_frequency_dict("en", wordlist="best")
        ranked = sorted(full, key=lambda w: -full[w])
        sample = set(ranked[::997]) | {w + "qz" for w in ranked[:3000:301]} | {"", "Council", "zürich", "okonkwoand"}
        assert frequency_list.unknown_words(sample) == sample.difference(full)
        assert frequency_list.unknown_words(sample) == sample.difference(full)  # again, head fully read
        assert frequency_list.frequency_buckets() == tuple(tuple(b) for b in get_frequency_list_best())
    finally:
        for cached in (frequency_list._bucket_stream, frequency_list.frequency_buckets,
                   frequency_list.word_frequencies):
            cached.cache_clear()


def get_frequency_list_best() -> list[list[str]]:
    """wordfreq's own reading of the list the streamed reader reads."""
    from wordfreq import get_frequency_list

    return get_frequency_list("en", wordlist="best")


@given(st.lists(st.sampled_from(["a", "Zq", "9", "٣", ".", ",", "%", "'", "’", "-", " ", "\n", "é", "_"]),
                max_size=16).map("".join))
@settings(max_examples=600)
def test_lexicon_words_are_the_plain_patterns_words(text: str) -> None:
    """``lexicon.words`` (one leading character set) gives the tokens of the plain
    alternation it replaced, Unicode digits included, and so does its pattern between
    any two offsets (``stops_repeats`` scans windows of a text with it)."""
    from repair import lexicon

    plain = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d.,%]*")
    assert lexicon.words(text) == plain.findall(text)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert lexicon._WORD.findall(text, start, end) == plain.findall(text, start, end)
            assert [m.span() for m in lexicon._WORD.finditer(text, start, end)] == \
                [m.span() for m in plain.finditer(text, start, end)]


def test_unknown_words_from_several_threads_at_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The head is read under a lock: threads asking at once (a threaded batch worker) all
    get the set difference, while the stream is still being read."""
    from concurrent.futures import ThreadPoolExecutor

    from wordfreq import get_frequency_dict

    from repair import frequency_list

    for cached in (frequency_list._bucket_stream, frequency_list.frequency_buckets,
                   frequency_list.word_frequencies):
        cached.cache_clear()
    monkeypatch.setitem(frequency_list._budget, "left", 100_000)
    full = get_frequency_dict("en", wordlist="best")
    ranked = sorted(full, key=lambda w: -full[w])
    asks = [set(ranked[i:9000:97]) | {f"qz{i}word"} for i in range(16)]
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            answers = list(pool.map(frequency_list.unknown_words, asks))
        assert answers == [ask.difference(full) for ask in asks]
    finally:
        for cached in (frequency_list._bucket_stream, frequency_list.frequency_buckets,
                   frequency_list.word_frequencies):
            cached.cache_clear()
