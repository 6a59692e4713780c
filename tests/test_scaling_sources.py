"""AT024's generic reader searches for "… said so." only near the sentence's end
(attribution_source._GENERIC_SAID_LONGEST): the same answer as a search of the whole
sentence (issue 13)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from repair.rules import tag_detached
from repair.rules.attribution import _TAG_SENTENCE, _TAG_SENTENCE_FIRSTS
from repair.rules.attribution_detached import _CAPITAL_VERB_WORDS
from repair.rules.attribution_source import _GENERIC_SAID, _GENERIC_SAID_LONGEST

_VERBS = st.sampled_from(["said", "told", "wrote", "spoke", "stated", "ed", "says"])
_OBJECTS = st.sampled_from(["so", "this", "that", "it", "these"])
_TAILS = st.one_of(
    st.just(""),
    st.text(alphabet="abc ", min_size=0, max_size=24).map(lambda t: " to " + t),
    st.tuples(st.sampled_from(["on", "in", "yesterday", "earlier", "today"]),
              st.text(alphabet="ab 1-", max_size=55)).map(lambda p: " " + p[0] + p[1]),
)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="The firm a.,", max_size=80), _VERBS, _OBJECTS, _TAILS, st.sampled_from(["", ".", ".\n"]))
def test_a_search_near_the_end_finds_what_a_whole_search_finds(lead: str, verb: str, obj: str, tail: str,
                                                              stop: str) -> None:
    text = "He left. " + lead + " " + verb + " " + obj + tail + stop
    start, end = 9, len(text)
    whole = _GENERIC_SAID.search(text, start, end)
    near = _GENERIC_SAID.search(text, max(start, end - _GENERIC_SAID_LONGEST), end)
    assert (whole is None) == (near is None)
    assert whole is None or near is not None and whole.span() == near.span()


def test_the_longest_match_is_found() -> None:
    text = "x spoke this yesterday " + "a" * 49 + ".\n"
    match = _GENERIC_SAID.search(text)
    assert match is not None and match.end() - match.start() == _GENERIC_SAID_LONGEST - 1
    assert _GENERIC_SAID.search(text, len(text) - _GENERIC_SAID_LONGEST) is not None


def test_each_capital_verb_prefix_is_one_word_and_a_space() -> None:
    # AT003 looks the text's first word up in a set where tag_detached.CAPITAL_VERBS is a
    # tuple of prefixes: the same answer only while each prefix is one word and a space.
    assert tag_detached.CAPITAL_VERBS
    assert all(v.endswith(" ") and " " not in v[:-1] for v in tag_detached.CAPITAL_VERBS)


@settings(max_examples=2000, deadline=None)
@given(st.sampled_from(["Warned", "Said", "Added", "Told", "Warn", "Saidx", "said", "", "Stressed"]),
       st.sampled_from(["", " ", "  ", ",", " the chief said.", "\tthe"]))
def test_the_first_word_look_up_answers_as_the_prefixes_do(word: str, rest: str) -> None:
    text = word + rest
    assert (text[: text.find(" ") + 1] in _CAPITAL_VERB_WORDS) == text.startswith(tag_detached.CAPITAL_VERBS)


def test_the_invented_tag_subjects_open_with_the_letters_looked_at_first() -> None:
    # AT001 looks at a sentence's first character before its tag-sentence pattern.
    for subject in ("He", "She", "They", "It", "The minister", "The party's chief"):
        assert _TAG_SENTENCE.match(subject + " said that it will be done.")
        assert subject[0] in _TAG_SENTENCE_FIRSTS
    for first in "ABCDEFGJKLMNOPQRUVWXYZabcdefghijklmnopqrstuvwxyz“\"(0":
        assert not _TAG_SENTENCE.match(first + "e said that it will be done.") or first in _TAG_SENTENCE_FIRSTS
