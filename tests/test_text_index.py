"""The shared sentence index (repair.text_index): each answer equals the plain loop over the
sentences that the rules ran before they asked the index."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from repair.document import Document
from repair.text_index import TextIndex, text_index

# Sentence pieces with every kind of first character the rules ask about: capitals, lower
# case (ASCII and not), quotation marks, figures, dashes, letters above U+00FF.
_WORDS = st.sampled_from(["He", "She", "It", "The", "According", "Ana", "the", "über", "Émile", "“We", "'s",
                          "-", "4", "said", "to", "Ωmega", "ß", "a", "I", "(AP)", "That", "x"])
_SENTENCE = st.lists(_WORDS, min_size=1, max_size=12).map(lambda words: " ".join(words) + ".")
_PARAGRAPH = st.lists(_SENTENCE, min_size=1, max_size=5).map(" ".join)
_TEXT = st.lists(_PARAGRAPH, min_size=1, max_size=6).map("\n\n".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.sampled_from(["A", "HSI", "AHIST", "“\"", "4-", "", "ü"]), st.integers(0, 120))
def test_every_answer_equals_the_plain_loop(text: str, chars: str, max_chars: int) -> None:
    doc = Document.from_text(text)
    index = text_index(doc)
    sentences = doc.sentences
    firsts = [text[s.span.start] for s in sentences]
    assert index.starts == [s.span.start for s in sentences]
    assert index.ends == [s.span.end for s in sentences]
    assert index.opening_with(chars) == [p for p, c in enumerate(firsts) if c in chars]
    assert index.opening_with(chars) is index.opening_with(chars)  # kept per character set
    for test in (str.islower, str.isupper, str.isdigit):
        assert index.opening_where(test) == [p for p, c in enumerate(firsts) if test(c)]
    assert index.later == [p for p, s in enumerate(sentences) if s.index_in_paragraph]
    assert index.later_within(max_chars) == [p for p, s in enumerate(sentences)
                                             if s.index_in_paragraph and s.span.end - s.span.start <= max_chars]
    ends = {s.span.end for s in sentences[::2]} | {0, len(text) + 5, 3}
    assert index.ending_at(ends) == [p for p, s in enumerate(sentences) if s.span.end in ends]


def test_the_index_is_kept_per_document_and_not_shared_with_an_edited_one() -> None:
    doc = Document.from_text("Rain fell. He said so.\n\nAccording to police. the road shut.")
    index = text_index(doc)
    assert text_index(doc) is index
    assert index.opening_with("H") == [1]
    assert index.opening_where(str.islower) == [3]
    assert index.later_within(12) == [1]
    assert index.later_within(100) == [1, 3]
    edited = doc.edited("Rain fell. She said so.\n\nAccording to police. the road shut.", [(11, 13, 3)])
    assert text_index(edited) is not index
    assert text_index(edited).opening_with("H") == []
    assert text_index(edited).opening_with("S") == [1]


def test_an_empty_text_has_no_sentences_to_hand_over() -> None:
    index = TextIndex("", ())
    assert index.opening_with("A") == [] and index.later_within(10**6) == [] and index.ending_at([0]) == []
    assert index.opening_where(str.isupper) == []


_TAG_WORDS = st.sampled_from(["Ruiz", "said", "says", "added", "readded", "the", "judge", ",", ", said", ", says the",
                              ", added", "said.", "says.", "added.", "x", "“", "sai", "d.",
                              "a long run of words to push the tag away from the end"])
_TAG_TEXT = st.lists(st.lists(_TAG_WORDS, min_size=1, max_size=14).map(lambda w: " ".join(w) + "."),
                     min_size=1, max_size=8).map(lambda s: " ".join(s) if len(s) % 3 else "\n".join(s))


@settings(max_examples=400, deadline=None)
@given(_TAG_TEXT)
def test_doubled_attributions_candidates_are_the_plain_look_at_every_sentence(text: str) -> None:
    from repair.rules.tag_gaps import _TAG_NEAR_END, MAX_TAG_CHARS, _tag_near_end

    doc = Document.from_text(text)
    plain = [p for p, s in enumerate(doc.sentences)
             if text[s.span.end - 6 : s.span.end] in (" said.", " says.", "added.")
             or _TAG_NEAR_END.search(text, max(s.span.start, s.span.end - MAX_TAG_CHARS), s.span.end)]
    assert _tag_near_end(doc) == plain


def test_sentence_at_places_an_offset_or_says_none() -> None:
    doc = Document.from_text("Rain fell.  It said so.\nThen.")
    index = text_index(doc)
    assert [index.sentence_at(i) for i in (0, 9, 10, 11, 12, 22, 23, 24, 28, 29)] == \
        [0, 0, None, None, 1, 1, None, 2, 2, None]


_COMMA_WORDS = st.sampled_from(["a", ",", ", ", ",,", "said", "x,", "He", "“,”", "\n", "Rain", ".", "3,000"])
_COMMA_TEXT = st.lists(_COMMA_WORDS, min_size=0, max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_COMMA_TEXT, st.sampled_from([",", "“", "x", "\n", "."]), st.integers(1, 4))
def test_counts_of_a_character_are_the_plain_count_in_every_sentence(text: str, char: str, times: int) -> None:
    doc = Document.from_text(text)
    index = text_index(doc)
    bodies = [text[s.span.start : s.span.end] for s in doc.sentences]
    assert index.counts_of(char) == [body.count(char) for body in bodies]
    assert index.holding_at_least(char, times) == [p for p, body in enumerate(bodies) if body.count(char) >= times]
    assert index.holding_at_least(char, times) is index.holding_at_least(char, times)


def test_sentences_with_two_commas_are_handed_over_in_order() -> None:
    doc = Document.from_text("We won, he said, and left. Rain fell, then stopped.\n\nNo comma here. One, two, three.")
    index = text_index(doc)
    assert index.counts_of(",") == [2, 1, 0, 2]
    assert index.holding_at_least(",", 2) == [0, 3]
    assert index.holding_at_least(",", 1) == [0, 1, 3]
    assert TextIndex("", ()).holding_at_least(",", 1) == []


@settings(max_examples=300, deadline=None)
@given(_TAG_TEXT, st.sampled_from([(" said.",), (" said.", "added."), ("x.",), (".",)]))
def test_ending_with_is_the_plain_endswith_of_every_sentence(text: str, suffixes: tuple[str, ...]) -> None:
    doc = Document.from_text(text)
    bodies = [text[s.span.start : s.span.end] for s in doc.sentences]
    assert text_index(doc).ending_with(suffixes) == [p for p, body in enumerate(bodies) if body.endswith(suffixes)]


def test_sentences_ending_in_a_tag_are_found_once_per_suffix_tuple() -> None:
    doc = Document.from_text("We won, he said. The mayor. Rain fell.\n\nShe added. Then left, she said.")
    index = text_index(doc)
    assert index.ending_with((" said.",)) == [0, 4]
    assert index.ending_with((" said.", " added.")) == [0, 3, 4]
    assert index.ending_with((" said.",)) is index.ending_with((" said.",))
