"""GL006 asks the stop rules about a glued stop before a fragment (glued41).

"offered for information.Leading to their arrest.": a space alone leaves a fragment; the
stop rules (FR001, SP001, FR003, ...) decide the join on the spaced text. Our own sentences.
"""

from repair.document import Document
from repair.rules.glued_marks import glued_after_stop_or_percent
from repair.rules.glued_stop_spaced import spaced_stop_repair


def _edits(text: str) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.replacement) for e in glued_after_stop_or_percent.run(Document.from_text(text))]


def _applied(text: str) -> str:
    for start, end, replacement in sorted(_edits(text), reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def test_participle_fragment_joins_with_comma() -> None:
    assert _applied("A reward has been offered for information.Leading to their arrest.") == \
        "A reward has been offered for information, leading to their arrest."


def test_lower_case_renaming_joins_instead_of_capital() -> None:
    assert _applied("More than 900 runners finished the race this year.a new high.") == \
        "More than 900 runners finished the race this year, a new high."


def test_whole_sentences_only_get_their_space() -> None:
    for glued in ("The bridge opened on Monday.Traffic was heavy.", "The board met in Geneva.It approved the budget.",
                  "The ferry sails at dawn.Tickets cost 10 euros."):
        assert _applied(glued) == glued.replace(".", ". ", 1)
    assert _applied("The storm hit at dawn.there were no deaths.") == "The storm hit at dawn. There were no deaths."


def test_look_alikes_left_alone() -> None:
    for text in ("He met Gen.Smith at noon.", "Visit www.example.Com today.", "He cited e.g.The first case."):
        assert _edits(text) == []


def test_spaced_stop_repair_maps_back_to_glued_offsets() -> None:
    text = "Ticket sales rose by a tenth this year.a new high."
    found = spaced_stop_repair(Document.from_text(text), text.index("."))
    assert found is not None
    fixed = text[: found.start] + found.replacement + text[found.end :]
    assert fixed == "Ticket sales rose by a tenth this year, a new high."


def test_no_repair_for_a_real_sentence() -> None:
    text = "The ferry sails at dawn.Tickets cost 10 euros."
    assert spaced_stop_repair(Document.from_text(text), text.index(".")) is None
