"""FR001's gathered first look (breaks_gates.evidence_may_hold) lets by every pair its
evidence chain takes, and the short-piece look in ``breaks._candidate`` (at most five words
and a stop before the echo and label tests) holds back only pieces none of them takes
(issue 13, speed25b)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from repair import lexicon
from repair.document import Document
from repair.rules import breaks, breaks_echoes, stops_labels, stops_lone
from repair.rules.breaks_gates import evidence_may_hold

# Sentence ends each evidence test reads (a change verb, a stray word, a catenative verb,
# "it"/"them", a relative word, a bare "be") and ordinary ones.
PREV_TEXTS = ["Waiting times fell.", "Exports rose 31 percent.", "The crews visited Crete and Rhodes this.",
              "The firm said it plans.", "The city promised it.", "The council wanted them.",
              "The post went to the spinner who.", "They hired a plant, which.", "Most of the damaged houses were.",
              "The new mayor will take office.", "Officials met the union on Friday, the ministry said.",
              "Reserves fell.", "Analysts had hoped.", "The ban was cleared on Wednesday.", "It was a hard year.",
              "He agreed.", "The firm sought.", "The team tried.", "Prices jumped by a fifth.", "The talks continue.",
              "She was reported.", "Nothing happened here.", "The fee is 900 euros a hectare."]
PIECE_WORDS = ["The", "the", "And", "But", "and", "said", "she", "would", "From", "from", "Until", "until", "In",
               "in", "May", "March", "Jan.", "2,", "when", "97", "7.5", "days", "percent", "a", "year", "ago", "Cut",
               "cut", "140", "jobs", "June,", "June", "officials", "said,", "Norway's", "Turkey’s", "authority,",
               "Who", "Which", "had", "farmed", "land", "Arguing", "Citing", "Rebuilt", "Written", "by", "Ana",
               "Lind", "villages", "Food", "aid", "He", "It", "is", "not", "Over", "Seven", "years", "same",
               "period", "É", "Été", "-", "week,", "Between", "Several", "twelve", "months", "Mid-", "Early"]


def _real_pairs() -> list[tuple[str, str]]:
    """Every sentence pair of the written sets' garbled passages (in the repository)."""
    import json

    pairs = []
    for path in sorted(Path("benchmarks/written").glob("*.jsonl")):
        if path.name.endswith(".gold.jsonl"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = Document.from_text(json.loads(line)["garbled"])
            for position, sentence in enumerate(doc.sentences):
                if sentence.index_in_paragraph:
                    pairs.append((doc.sentence_text(doc.sentences[position - 1]), doc.sentence_text(sentence)))
    return pairs


def _short_tests(prev_text: str, text: str) -> bool:
    """The echo and label tests ``_candidate`` asks only of a piece of at most five words."""
    return bool(text[:1].isupper() and breaks_echoes.tag_echo(prev_text, text)
                or breaks_echoes.subject_echo(prev_text, text) or stops_labels.is_summary_label(prev_text, text)
                or text[:1].isupper() and len(text) <= 40 and stops_lone.echoes_sentence(prev_text, text))


def _short_look_holds_back(text: str) -> bool:
    return not text.endswith(".") or len(lexicon.words(text)) > stops_labels.MAX_LABEL_WORDS


@settings(max_examples=3000, deadline=None)
@given(st.sampled_from(PREV_TEXTS), st.lists(st.sampled_from(PIECE_WORDS), min_size=1, max_size=9),
       st.sampled_from([".", ",", "", ".”", ".."]))
@example("Waiting times fell.", ["97", "days", "in", "March"], ".")
@example("The firm said it plans.", ["Cut", "140", "jobs"], ".")
@example("The crews visited Crete and Rhodes this.", ["From", "June,", "officials", "said"], ".")
@example("The post went to the spinner who.", ["Bowled", "well"], ".")
@example("Most of the damaged houses were.", ["In", "the", "villages"], ".")
@example("The new mayor will take office.", ["Jan.", "2,", "when", "she"], ".")
@example("The ban was cleared on Wednesday.", ["Turkey’s", "authority,", "Ana", "Lind"], ".")
@example("It was a hard year.", ["Until", "Friday,", "when", "she"], ".")
@example("The fee is 900 euros a hectare.", ["From", "May,", "officials", "said"], ".")
def test_the_gathered_look_lets_by_every_pair_the_chain_takes(prev: str, words: list[str], end: str) -> None:
    piece = " ".join(words) + end
    if not evidence_may_hold(prev, piece):
        assert not breaks._evidence(prev, piece)


@settings(max_examples=2000, deadline=None)
@given(st.sampled_from(PREV_TEXTS), st.lists(st.sampled_from(PIECE_WORDS), min_size=1, max_size=7),
       st.sampled_from([".", "", "?"]))
def test_the_short_look_holds_back_only_pieces_no_echo_test_takes(prev: str, words: list[str], end: str) -> None:
    piece = " ".join(words) + end
    if _short_look_holds_back(piece):
        assert not _short_tests(prev, piece)


def test_both_looks_on_the_written_sets() -> None:
    pairs = _real_pairs()
    assert len(pairs) > 500
    for prev, piece in pairs:
        if not evidence_may_hold(prev, piece):
            assert not breaks._evidence(prev, piece), (prev, piece)
        if _short_look_holds_back(piece):
            assert not _short_tests(prev, piece), (prev, piece)


def test_the_gathered_look_holds_back_ordinary_pairs() -> None:
    for prev, piece in (("The council met on Monday.", "The vote is due in May."),
                        ("Prices rose again.", "He said the rise would slow."),
                        ("Rain fell across the north.", "It was the wettest week of the year.")):
        assert not evidence_may_hold(prev, piece)


def test_each_kind_the_chain_takes_passes_the_look() -> None:
    # One pair of each kind (our own words), each taken by the chain.
    for prev, piece in (("The firm said it plans.", "Cut 140 jobs in the north."),
                        ("Reserves fell.", "62 billion to 41 billion in a year."),
                        ("The team lost the final on Sunday.", "And said she would rest."),
                        ("Waiting times fell.", "97 days in March, the ministry said."),
                        ("The fee rose to 900 euros a hectare.", "From the second week of April, officials said.")):
        if breaks._evidence(prev, piece):
            assert evidence_may_hold(prev, piece), (prev, piece)
