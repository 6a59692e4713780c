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


def _joined(text: str, label: str = "join") -> str:
    """``text`` with its one boundary joined by ``join_edit_text``."""
    stop = text.index(". ")
    b = Boundary(0, stop, stop + 2, len(text))
    start, end, replacement = join_edit_text(text, b, label)
    return text[:start] + replacement + text[end:]


def test_join_keeps_a_place_capital_when_a_list_follows_it() -> None:
    # the whole piece is no name (it has "and" in it), its first word is
    assert _joined("Floods shut schools in three provinces. Ontario, Manitoba and Quebec.") == \
        "Floods shut schools in three provinces Ontario, Manitoba and Quebec."
    assert _joined("The tour will stop in four cities. Lisbon and Porto first.", "join-comma") == \
        "The tour will stop in four cities, Lisbon and Porto first."


def test_join_keeps_a_name_of_two_capitalised_words() -> None:
    assert _joined("The fares rise in March. Transit Weekly reported.", "join-comma") == \
        "The fares rise in March, Transit Weekly reported."
    assert _joined("The strike ended at dawn. Radio Norte said.", "join-comma") == \
        "The strike ended at dawn, Radio Norte said."


def test_join_lowers_count_words_and_quantifiers() -> None:
    assert _joined("The mills cut shifts in May. Three said they would close.", "join-comma") == \
        "The mills cut shifts in May, three said they would close."
    assert _joined("Trading was thin on the holiday. Most desks shut at noon.", "join-comma") == \
        "Trading was thin on the holiday, most desks shut at noon."
    assert _joined("Fuel prices rose across the region. Several of them doubled.") == \
        "Fuel prices rose across the region several of them doubled."


def test_join_follows_the_documents_own_casing() -> None:
    # written in lower case elsewhere: a common word; named mid-sentence elsewhere: a name
    text = "The pumps failed overnight. Pressure in the mains dropped. Crews said the pressure recovered."
    stop = text.index(". P")
    b = Boundary(0, stop, stop + 2, text.index(" Crews"))
    start, end, replacement = join_edit_text(text, b, "join")
    assert replacement == " p"
    text = "Talks resumed on Monday. Brightwater said. The offer from Brightwater stands."
    stop = text.index(". B")
    b = Boundary(0, stop, stop + 2, text.index(" The offer"))
    assert join_edit_text(text, b, "join-comma")[2] == ", B"


def test_independent_clauses_are_told_from_cut_off_pieces() -> None:
    from models.boundary_data import independent_clause

    sentences = ["And the council approved the budget.", "But the court disagreed with him.",
                 "While rents rose, wages stood still.", "That could delay the harvest.",
                 "That ruling angered the unions.", "To most shoppers, the change went unnoticed.",
                 "For the ferry crews, it means longer shifts.", "At 17, he was the youngest on the list.",
                 "Dutch courts are slow to act.", "In the third quarter the bank lost money.",
                 "So the board voted again."]
    pieces = ["But only after the vote.", "That the council would approve the budget.",
              "Which had been empty since the war.", "To stay off the flooded road.",
              "With every window shut.", "The first cut in five years.", "The second plan, which cost less.",
              "In the third quarter of the year.", "Because the tracks were flooded.",
              "Who had led the club since 2018.", "To keep fares low, and could help the line.",
              "And say they expect a ruling soon.", "That export volumes fell in June.",
              "That make it harder to compete.", "For home heating, but the cost has climbed.",
              # a speech tag cut off its sentence, a verb with no subject, a plural relative
              "The ministry said.", "By early May, the regulator said.", "Gomez told reporters.",
              "And is expected to cost more.", "That are cheaper to run.", "That dozens of shops closed."]
    assert [s for s in sentences if not independent_clause(s)] == []
    assert [p for p in pieces if independent_clause(p)] == []
