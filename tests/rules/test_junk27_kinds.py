"""junk27: page furniture told by the document's shape (our own sentences).

* a headline set again right under the title, reworded or with the site's name (PF018);
* a caption line closed by a file-picture label, a lower-case agency after the photographer,
  or an institution's name in brackets (PF001);
* a junk line glued onto a paragraph's last stop, judged by the whole-line rules (PF019).

Each kind has look-alikes that must stay as they are.
"""

from __future__ import annotations

import pytest

from tests.rules.unsafe_fix import fix_unsafe

STORY = "The board voted 7-2 on Monday after a long debate.\n\nWork on the pier starts in May."


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        # Reworded under the title: the second copy goes, the title stays.
        ("Harbour board approves new ferry terminal\n\nThe harbour board approved the new ferry terminal\n\n" + STORY,
         "Harbour board approves new ferry terminal\n\n" + STORY),
        ("Village prepares for largest fair in a decade\n\nThe village is preparing for the biggest fair of the "
         "decade\n\n" + STORY,
         "Village prepares for largest fair in a decade\n\n" + STORY),
        # The same title with the site's name after it.
        ("Floods close three mountain passes\n\nFloods close three mountain passes - Alpine Courier\n\n" + STORY,
         "Floods close three mountain passes\n\n" + STORY),
        ("Rail firms agree merger: new giant on northern lines\n\nRail firms agree merger: new giant on northern "
         "lines - Business - News\n\n" + STORY,
         "Rail firms agree merger: new giant on northern lines\n\n" + STORY),
    ],
)
def test_headline_repeated_under_the_title(text: str, fixed: str) -> None:
    assert fix_unsafe(text) == fixed


@pytest.mark.parametrize(
    "text",
    [
        # A lead or a standfirst under the title ends in a stop.
        "Harbour board approves new ferry terminal\n\nThe harbour board approved the new ferry terminal on Monday."
        "\n\n" + STORY,
        # A subtitle that shares a word or two with the title.
        "Harbour board approves new ferry terminal\n\nWork on the old pier starts in May\n\n" + STORY,
        # A kicker over the title.
        "Local elections 2026\n\nGreens take the harbour ward for the first time\n\n" + STORY,
        # A lead that lost its stop opens with a dateline.
        "Grain exports rise\n\nCHICAGO, April 3 - Grain exports rose to a record in March\n\n" + STORY,
        # A results table's rows.
        "Shr profit 91 cts vs loss 86 cts\n\nShr profit diluted 90 cts vs loss 86 cts\n\nRevs 12 mln vs 10 mln.",
    ],
)
def test_title_lookalikes_stay(text: str) -> None:
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(
    "caption",
    [
        "Divers search the harbour at dawn on Friday. Photo: Lena Berg/dpa",
        "The river at dawn. File photo",
        "An artist's impression of the new bridge over the Arn river. ARCHIVE PHOTO",
        "Volunteers fill sandbags near the dyke. File picture",
        "The harbour at night. Archive image",
        "Volunteers fill sandbags near the dyke. (Regional Water Board)",
    ],
)
def test_caption_line_goes_whole(caption: str) -> None:
    text = f"The dam will open in May.\n\n{caption}\n\nWork starts soon."
    assert fix_unsafe(text) == "The dam will open in May.\n\nWork starts soon."


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        # A sentence that reports is the story's: only the credit goes.
        ("The dam will open in May.\n\nThe plan was approved on Monday, the council said. Photo: Lena Berg/dpa\n\n"
         "Work starts soon.",
         "The dam will open in May.\n\nThe plan was approved on Monday, the council said.\n\nWork starts soon."),
    ],
)
def test_story_sentence_keeps_its_line(text: str, fixed: str) -> None:
    assert fix_unsafe(text) == fixed


@pytest.mark.parametrize(
    "text",
    [
        # A figure or a report before the bracket: a source, not a caption's credit.
        "The dam will open in May.\n\nExports rose 4% in May. (Ministry of Trade)\n\nWork starts soon.",
        "The dam will open in May.\n\nFigures were released on Monday, officials said. (Ministry of Trade)\n\n"
        "Work starts soon.",
    ],
)
def test_bracketed_name_after_a_story_sentence_stays(text: str) -> None:
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("The ferry runs twice a day.Related: Why the old pier closed\n\nTickets cost 4 euros.",
         "The ferry runs twice a day.\n\nTickets cost 4 euros."),
        ("Tickets cost 4 euros.\n\nThe ferry runs twice a day.Tags: #ferry #harbour #islands",
         "Tickets cost 4 euros.\n\nThe ferry runs twice a day."),
        ("The ferry runs twice a day.ADVERTISEMENT\n\nTickets cost 4 euros.",
         "The ferry runs twice a day.\n\nTickets cost 4 euros."),
        ("The ferry runs twice a day.Share on WhatsApp Share on Facebook\n\nTickets cost 4 euros.",
         "The ferry runs twice a day.\n\nTickets cost 4 euros."),
    ],
)
def test_junk_glued_to_the_paragraph_end(text: str, fixed: str) -> None:
    assert fix_unsafe(text) == fixed


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        # The story's next sentence glued on: a space, nothing deleted.
        ("The ferry runs twice a day.Tickets cost 4 euros\n\nIt sails at dawn.",
         "The ferry runs twice a day. Tickets cost 4 euros\n\nIt sails at dawn."),
        ("The ferry runs twice a day. Who pays for it?\n\nIt sails at dawn.",
         "The ferry runs twice a day. Who pays for it?\n\nIt sails at dawn."),
        ("The ferry runs twice a day.See also: the board said fees would rise\n\nIt sails at dawn.",
         "The ferry runs twice a day. See also: the board said fees would rise\n\nIt sails at dawn."),
        ("The ferry runs twice a day. Related talks begin in May\n\nIt sails at dawn.",
         "The ferry runs twice a day. Related talks begin in May\n\nIt sails at dawn."),
        ("The ferry runs twice a day.Share prices of the operator rose\n\nIt sails at dawn.",
         "The ferry runs twice a day. Share prices of the operator rose\n\nIt sails at dawn."),
    ],
)
def test_story_tail_stays(text: str, fixed: str) -> None:
    assert fix_unsafe(text) == fixed


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("Ferry crews strike for two days | Home » Transport", "Ferry crews strike for two days"),
        ("Ferry crews strike for two days › News › Islands", "Ferry crews strike for two days"),
        ("Ferry crews strike for two days ::: Transport", "Ferry crews strike for two days"),
        ("Ferry crews strike for two days :: Island News", "Ferry crews strike for two days"),
        ("[Island News] Ferry crews strike for two days", "Ferry crews strike for two days"),
        ("【Transport】Ferry crews strike for two days", "Ferry crews strike for two days"),
    ],
)
def test_section_trail_on_the_title_line(title: str, kept: str) -> None:
    body = "Ferry crews on the island routes began a 48-hour strike on Monday.\n\nTwo ports were closed."
    assert fix_unsafe(f"{title}\n\n{body}") == f"{kept}\n\n{body}"


@pytest.mark.parametrize(
    "text",
    [
        "Ferry crews strike: what it means for island travel\n\nCrews began a strike on Monday.",
        "The crews met on Monday.\n\nFerry crews strike | Home » Transport\n\nTwo ports were closed.",
        "Ferry crews [updated] strike for two days\n\nCrews began a strike on Monday.",
    ],
)
def test_title_marks_that_are_no_section_trail_stay(text: str) -> None:
    assert fix_unsafe(text) == text


LAST = "The ferry runs twice a day.\n\nThe operator said tickets would cost 4 euros from May."


@pytest.mark.parametrize(
    "line",
    ["Island Post", "Ferries Islands Harbours Europe", "Island Post | Ferry desk", "© Harbour Media",
     "Tags: Ferries, Islands, Fares"],
)
def test_stopless_clauseless_line_closing_the_text_goes(line: str) -> None:
    assert fix_unsafe(f"{LAST}\n\n{line}") == LAST


@pytest.mark.parametrize(
    "text",
    [
        # The last sentence lost its stop: it has a clause.
        LAST + "\n\nThe operator said fares would rise in May",
        # A wire's lone take mark; a lead-in; a table; a line-up's referee; a product note.
        LAST + "\n\nMore",
        LAST + "\n\nThe new timetable:",
        "The ferry runs twice a day.\n\nAdults 4 euros\n\nChildren 2 euros",
        "The ferry runs twice a day.\n\nIsland side: Ruiz, Hale, Kim, Ott.\n\nJo Berg (Harbour FA)",
        LAST + "\n\nFerry Quest 2 out now for the phone and the tablet",
    ],
)
def test_closing_lines_that_stay(text: str) -> None:
    assert fix_unsafe(text) == text


BEFORE = "The ferry runs twice a day, the operator said."
AFTER = "The operator said tickets would cost 4 euros from May."


@pytest.mark.parametrize(
    "line",
    ["Island Ferry Timetables Summer Season Full List", "Harbour strike: Full map of closed piers",
     "Ferry Crews Strike Over Weekend Rosters"],
)
def test_page_line_between_paragraphs_goes(line: str) -> None:
    assert fix_unsafe(f"{BEFORE}\n\n{line}\n\n{AFTER}") == f"{BEFORE}\n\n{AFTER}"


@pytest.mark.parametrize(
    "line",
    [
        "Fares and timetables",  # a cross-head is short
        "Island ferries will run all winter",  # a headline with a verb may be a long cross-head
        "Island Rovers v Harbour Town or Port Athletic",  # a fixture
        "“Island Ferries Forever And Always Here”",  # a quotation
        "Adults 4 euros Children 2 euros Dogs 1 euro",  # a table's row
    ],
)
def test_lines_between_paragraphs_that_stay(line: str) -> None:
    text = f"{BEFORE}\n\n{line}\n\n{AFTER}"
    assert fix_unsafe(text) == text
