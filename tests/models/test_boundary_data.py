"""The boundary classifier's data side: pre-filter, join text, synthetic cuts (all our own sentences)."""

from __future__ import annotations

import random
from collections import Counter

from models.boundary_data import (
    LABELS,
    Boundary,
    boundaries,
    candidate,
    examples_from_paragraph,
    garble,
    join_edit_text,
    split_points,
)
from repair.document import Document


def test_prefilter_takes_cut_off_clauses_and_phrases() -> None:
    assert candidate("The mayor asked the residents.", "To stay indoors until the storm passes.")
    assert candidate("Forecasters expect heavy rain over the hills.", "That could cause mudslides.")
    assert candidate("The hall was found locked.", "With all its chairs in place.")
    # a determiner-led clause right after a speech verb and its object
    assert candidate("The treasurer told reporters.", "The city would borrow less next year.")


def test_prefilter_leaves_ordinary_sentences_alone() -> None:
    # a full clause opened by an ordinary subject: what most real sentences look like
    assert not candidate("The mayor met the residents on Monday.", "Officials said the plan would be ready soon.")
    # lower case after the stop is the rules' business; quotations, short sentences before
    assert not candidate("The mayor met the residents.", "to stay indoors.")
    assert not candidate("The mayor met the residents.", "“We will stay,” she said.")
    assert not candidate("It rained.", "To stay indoors is wise.")
    # after a lower-case fragment (a tag cut off its sentence) a join makes no sentence either
    assert not candidate("the harbour master said.", "Among them two ferries from the north.")
    # the stop of an abbreviation is no false stop
    assert not candidate("The company moved its office to the U.S.", "In June it hired staff.")
    # a determiner-led sentence after a sentence that ends on a noun, not a verb
    assert not candidate("The council approved the new budget on Monday.",
                         "The vote was close and the debate ran late.")


def test_boundaries_stay_inside_a_paragraph() -> None:
    doc = Document.from_text("The mayor asked the residents.\nTo stay indoors is wise, she said.\n"
                             "She asked the drivers. To keep off the bridge.")
    found = list(boundaries(doc))
    assert [doc.text[b.piece_start : b.piece_end] for b in found] == ["To keep off the bridge."]


def test_join_text_lowers_a_common_word_and_keeps_a_name() -> None:
    text = "She asked the drivers. To keep off the bridge."
    b = next(boundaries(Document.from_text(text)))
    start, end, replacement = join_edit_text(text, b, "join")
    assert text[:start] + replacement + text[end:] == "She asked the drivers to keep off the bridge."
    start, end, replacement = join_edit_text(text, b, "join-comma")
    assert text[:start] + replacement + text[end:] == "She asked the drivers, to keep off the bridge."
    named = "The union said it would appeal. Bremen."
    stop = named.index(". B")
    start, end, replacement = join_edit_text(named, Boundary(0, stop, stop + 2, len(named)), "join")
    assert named[:start] + replacement + named[end:] == "The union said it would appeal Bremen."
    acronym = "The ministers met on Friday in Vienna. EU officials attended."
    stop = acronym.index(". EU")
    _, _, replacement = join_edit_text(acronym, Boundary(0, stop, stop + 2, len(acronym)), "join")
    assert replacement == " E"


def test_split_points_name_the_kind_and_the_label() -> None:
    sentence = "The council voted on Tuesday to approve a plan which raises fares, the first rise in years."
    kinds = {(sentence[at:].split()[0], kind, label) for at, kind, label in split_points(sentence)}
    assert ("to", "infinitive", "join") in kinds
    assert ("which", "relative", "join") in kinds
    assert ("the", "comma", "join-comma") in kinds
    left, piece = garble(sentence, sentence.index("the first"))
    assert (left, piece) == ("The council voted on Tuesday to approve a plan which raises fares.",
                             "The first rise in years.")


def test_examples_are_seeded_and_labelled() -> None:
    paragraph = ("The council voted on Tuesday to approve a plan which raises bus fares in the spring. "
                 "The mayor said the rise was needed. To date, no one has objected.")
    first = examples_from_paragraph(paragraph, random.Random(3), 1.0, Counter())
    again = examples_from_paragraph(paragraph, random.Random(3), 1.0, Counter())
    assert first == again
    real = [e for e in first if e.kind == "real"]
    assert [(e.piece, LABELS[e.label]) for e in real] == [("To date, no one has objected.", "keep")]
    made = [e for e in first if e.kind != "real"]
    assert len(made) == 1 and LABELS[made[0].label] in ("join", "join-comma")
    assert candidate(made[0].prev, made[0].piece) and made[0].piece[:1].isupper()
    # the cut gives back the clean sentence when joined
    assert made[0].prev[:-1] in paragraph


def test_a_join_never_adds_content_and_removes_exactly_one_stop() -> None:
    from models.proposer import adds_content

    texts = ["The mayor asked the drivers on the coast road. To keep off the old bridge.",
             "Forecasters expect heavy rain over the hills. That could cause mudslides.",
             "The treasurer told reporters. The city would borrow less next year.",
             "The ministers met on Friday in Vienna. EU envoys as well.",
             "Exports rose sharply in the spring. Among them 400 tonnes of Ohio corn."]
    for text in texts:
        doc = Document.from_text(text)
        (b,) = list(boundaries(doc))
        for label in ("join", "join-comma"):
            start, end, replacement = join_edit_text(text, b, label)
            assert not adds_content(text[start:end], replacement)
            joined = text[:start] + replacement + text[end:]
            assert len(Document.from_text(joined).sentences) == len(doc.sentences) - 1
            assert joined.lower().replace(",", "").split() == text.lower().replace(".", "", 1).replace(",", "").split()
