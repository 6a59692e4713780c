"""PU029: a prose paragraph that lost its final stop gets it back; headings, captions,
page lines, cut lines and stop-less documents are left. PU030: a question closed by a
semicolon gets its question mark; lists, credits and clauses joined by one are left (our
own sentences)."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe

from repair.document import Document
from repair.rules.punctuation_final_stop import paragraph_lost_final_stop
from repair.rules.punctuation_question_mark import semicolon_for_question_mark

TITLE = "Harbour town votes on new ferry pier"
BEFORE = "The council voted on Tuesday to build a new pier for the island ferry."
AFTER = "Work on the pier is expected to start in the spring."


def _story(line: str) -> str:
    return f"{TITLE}\n\n{BEFORE}\n\n{line}\n\n{AFTER}"


def _damaged_story(line: str) -> str:
    """The story as a translation leaves it: other repairs around the line (a doubled
    stop, a space before a comma), which let repair.promote apply PU029's display edit."""
    return (f"{TITLE}\n\nThe council voted on Tuesday , to build a new pier for the island ferry..\n\n"
            f"{line}\n\nWork on the pier is expected to start in the spring , the council said..")


def _edits(text: str) -> list[str]:
    return [e.replacement for e in paragraph_lost_final_stop.run(Document.from_text(text))]


@pytest.mark.parametrize("line", [
    "The harbour master said the old pier had been closed to ferries since last winter",
    "Fishermen welcomed the decision but asked for a separate landing for their boats",
    "It rejected a cheaper plan to repair the old pier instead",
    "The last major repair came in 2012, according to the harbour board",
    "Residents had collected 3,400 signatures for a new pier over two years",
    "A ferry company spokeswoman told the meeting the timetable would not change",
    # The paragraph's last sentence, after sentences that keep their stops.
    "The vote was close. It rejected a cheaper plan to repair the old pier instead",
])
def test_prose_paragraph_gets_its_stop(line: str) -> None:
    # Proposed everywhere, applied (promoted from display) in a damaged document only.
    assert _edits(_story(line)) == [line[-1] + "."]
    assert fix_unsafe(_story(line)) == _story(line)
    assert f"\n\n{line}.\n\n" in fix_unsafe(_damaged_story(line))


def test_last_paragraph_gets_its_stop() -> None:
    text = f"{TITLE}\n\n{BEFORE}\n\n{AFTER}\n\nThe pier will cost about 12 million euros, the council said"
    assert _edits(text) == ["d."]


@pytest.mark.parametrize("line", [
    # Headlines and related headlines: present tense, participles, no articles.
    "Island ferry operator raises fares for the second time this year",
    "Ferry pier approved in close vote after years of delay",
    "Neighbouring towns sign deal on shared harbour dues",
    # Page lines, captions, credits, labels.
    "Follow us on our channel for the latest news from the harbour",
    "The old pier at low tide on Monday (Photo: Harbour Post)",
    "Read more: The council has approved a new pier for the ferry",
    "By a staff reporter | Updated 2 hours ago on the harbour desk",
    # A question, a line cut after a function word, an open quotation.
    "What the new pier will mean for the island's ferry service",
    "The council voted to ask the ferry operator for a share of the",
    "“We have waited for this pier for a very long time",
])
def test_look_alikes_are_left(line: str) -> None:
    assert _edits(_story(line)) == []


def test_sentence_broken_across_paragraphs_is_left() -> None:
    text = (f"{TITLE}\n\n{BEFORE}\n\nThe council said the new pier would be built by\n\n"
            f"the ferry operator itself.\n\n{AFTER}")
    assert _edits(text) == []


def test_title_block_is_left() -> None:
    # No body sentence before the line: a standfirst or a second title, not prose that lost its stop.
    text = f"{TITLE}\n\nThe council voted to build the pier after years of argument\n\n{BEFORE}\n\n{AFTER}"
    assert _edits(text) == []


def test_document_without_stops_is_left() -> None:
    # Most of the document's lines end without a stop: that is its style (a list, a feed).
    text = (f"{TITLE}\n\nThe council voted on Tuesday to build a new pier\n\n"
            "The harbour master said the old pier had been closed\n\n"
            "The ferry company said the timetable would not change\n\n{AFTER}")
    assert _edits(text) == []


def test_glued_page_line_is_left() -> None:
    line = "The harbour master said the old pier had closed.Share this story on the social networks"
    assert _edits(_story(line)) == []


# PU030: a question closed by a semicolon (the Greek question mark).

@pytest.mark.parametrize(("text", "fixed"), [
    ("Will the pier be ready by May; The council thinks so.", "Will the pier be ready by May? The council thinks so."),
    ("“Could they not have waited a week;” the skipper asked.",
     "“Could they not have waited a week?” the skipper asked."),
    ("Who will pay for the new pier; Nobody knows yet.", "Who will pay for the new pier? Nobody knows yet."),
    ("Fares rose again. Why did nobody object; “We did,” she said.",
     "Fares rose again. Why did nobody object? “We did,” she said."),
    ("Has the operator kept its promise;", "Has the operator kept its promise?"),
])
def test_semicolon_closing_a_question(text: str, fixed: str) -> None:
    assert fix_unsafe(text) == fixed


@pytest.mark.parametrize("text", [
    "Reporting by Ana Ruiz; Editing by Tom Hale",
    "Will the pier be ready; the council is not sure.",
    "The pier opened in May; Ferries now dock there daily.",
    "Where the ferries go; When they leave; What they cost",
    "Funds came from Paris, Lyon and Nice; Toulouse gave nothing.",
])
def test_semicolon_look_alikes_are_left(text: str) -> None:
    assert semicolon_for_question_mark.run(Document.from_text(text)) == []
