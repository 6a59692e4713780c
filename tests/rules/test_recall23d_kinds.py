"""recall23d: detection on fresh text for kinds no rule looked at.

Each kind is tested on variants of different shapes (our own words) and on correct English
of the same look that must be left alone. The fix is read from the whole engine
(``repair fix --unsafe`` without the model), as a user gets it.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed


# A connective or hedge standing alone as a sentence: deleted, before or after its neighbour.
@pytest.mark.parametrize(("text", "want"), [
    ("The ferry will sail from the north pier on Monday. Namely.",
     "The ferry will sail from the north pier on Monday."),
    ("Hence. The club sold its stadium to the city for one euro.",
     "The club sold its stadium to the city for one euro."),
    ("Nobody was hurt in the blast at the depot. As far as is known.",
     "Nobody was hurt in the blast at the depot."),
    ("The tunnel will shorten the trip to 40 minutes. In other words. Work starts in June.",
     "The tunnel will shorten the trip to 40 minutes. Work starts in June."),
    ("Teachers want a rise of 9 percent from January. That is.",
     "Teachers want a rise of 9 percent from January."),
    ("Roughly 3,000 fans travelled to Porto for the final. Roughly.",
     "Roughly 3,000 fans travelled to Porto for the final."),
    ("The council approved the budget in a late vote. Furthermore. It raised parking fees.",
     "The council approved the budget in a late vote. It raised parking fees."),
])
def test_lone_connective_deleted(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    # Writers set a sentence adverb alone on purpose.
    "The talks took eleven hours. Finally.",
    # An approximator after two counts: its slot is unknown (after one it goes back before it, pieces28,
    # as fresh golds move "… for three months. About." to "for about three months").
    "The ferry carried 600 passengers and 80 cars. Approximately.",
    # The connective opens a sentence of its own.
    "The river rose overnight. Thus, the bridge was closed to lorries.",
    "The plan has one aim, namely to cut waiting times.",
    # A speaker's own word inside a quotation.
    "“We need two things. Namely. Money and time,” the coach said.",
    # A time adverb may complete the clause; not this rule's to delete.
    "The board will decide on the merger later. Then.",
])
def test_lone_connective_lookalikes_left(text: str) -> None:
    assert fixed(text) == text


# A metadata line of items between page separators, each a metadata item of its own.
@pytest.mark.parametrize("line", [
    "By Staff Reporter | Published 5 hours ago",
    "By Lucia Ferraro | Updated 40 minutes ago",
    "By Our Correspondent · 3 hours ago · 6 min read",
    "World · 2 min read",
])
def test_piped_metadata_line_deleted(line: str) -> None:
    head, body = "Storm closes Adriatic ports", "SPLIT, Croatia (AP) — Gale-force winds shut four ports on Friday."
    assert fixed(f"{head}\n\n{line}\n\n{body}") == f"{head}\n\n{body}"


@pytest.mark.parametrize("line", [
    "Home 3 | Away 1",
    "Zagreb 14 | Split 9",
    "Results: Dinamo 2 | Rijeka 2",
])
def test_piped_lookalikes_left(line: str) -> None:
    text = f"Storm closes Adriatic ports\n\n{line}\n\nGale-force winds shut four ports on Friday."
    assert fixed(text) == text


# A caption line whose credit is told by its shape, whatever the agency.
@pytest.mark.parametrize("caption", [
    "Firefighters hose down the roof of the depot in Split on Friday. (HINA / Marko Babić)",
    "A crane lifts a container onto a barge at the north quay. STA photo",
    "Passengers queue for the last ferry to the islands. Photo / File",
    "The harbour master inspects a damaged mooring on Friday. FILE PHOTO",
])
def test_caption_with_shaped_credit_deleted(caption: str) -> None:
    head, body = "Storm closes Adriatic ports", "SPLIT, Croatia (AP) — Gale-force winds shut four ports on Friday."
    assert fixed(f"{head}\n\n{body}\n\n{caption}\n\nThe ports reopen on Sunday.") == \
        f"{head}\n\n{body}\n\nThe ports reopen on Sunday."


@pytest.mark.parametrize("line", [
    "Ministers from both blocs signed the accord in Zagreb on Friday (EU / Mercosur)",
    # (A bare "Brent / WTI" left after the last stop of the text is a chart label: PF021 deletes it.)
    "Prices of both grades, Brent / WTI, rose on Friday as the ports closed.",
    "The harbour reopened on Sunday. HINA photos showed the damage to the quay.",
])
def test_shaped_credit_lookalikes_left(line: str) -> None:
    text = f"Storm closes Adriatic ports\n\nGale-force winds shut four ports on Friday.\n\n{line}"
    assert fixed(text) == text


# Desk credits and link prompts alone on their line, in the shapes fresh pages give them.
@pytest.mark.parametrize("line", [
    "Reporting by Marta Kovač, editing by Ivan Horvat",
    "(With inputs from HINA and Reuters)",
    "With agency inputs",
    "Follow Adriatic Daily on Viber for breaking news",
])
def test_desk_credit_and_prompt_lines_deleted(line: str) -> None:
    head, body = "Storm closes Adriatic ports", "SPLIT, Croatia (AP) — Gale-force winds shut four ports on Friday."
    assert fixed(f"{head}\n\n{body}\n\n{line}\n\nThe ports reopen on Sunday.") == \
        f"{head}\n\n{body}\n\nThe ports reopen on Sunday."


@pytest.mark.parametrize("line", [
    "Reporting by radio from the island, the captain said the ferry was safe.",
    "With inputs from suppliers falling, the yard cut its output.",
    "Follow the coast road south for ten kilometres, the police advised drivers.",
])
def test_desk_credit_lookalikes_left(line: str) -> None:
    text = f"Storm closes Adriatic ports\n\nGale-force winds shut four ports on Friday.\n\n{line}"
    assert fixed(text) == text


# "that" before a false stop, after a noun, with a verbless phrase after the stop: a stray.
@pytest.mark.parametrize(("text", "want"), [
    ("Customs officers found 300 cartons of cigarettes that. In the boot of a hired car.",
     "Customs officers found 300 cartons of cigarettes in the boot of a hired car."),
    ("The ferry kept its timetable as usual that. on the island route.",
     "The ferry kept its timetable as usual on the island route."),
    ("The council set aside 2 million euros that. For the repair of school roofs.",
     "The council set aside 2 million euros for the repair of school roofs."),
])
def test_stray_that_deleted(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    # After a verb "that" is its object; the phrase after it joins on, "that" kept.
    "The mayor did not expect that. In May, the plan was dropped.",
    # A clause after the stop: the stop is real.
    "The court ruled on the case that. In May it had refused to hear.",
])
def test_stray_that_lookalikes(text: str) -> None:
    assert "that" in fixed(text)
