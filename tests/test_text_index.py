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
