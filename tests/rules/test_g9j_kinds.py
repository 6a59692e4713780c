"""gen9j: page furniture and casing slips caught by their kind, not their first example.

Each kind is tested in three or more shapes of our own (other labels, separators, verbs,
positions, phrase types) next to look-alikes that must stay, through the whole rule set as
``repair fix --unsafe`` runs it, so an edit another rule makes in the same place counts too.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix

from repair.document import Document
from repair.edits import Safety
from repair.rules import ALL_RULES

_STORY = "The harbour board approved the dredging plan on Wednesday."
_AFTER = "Work on the outer basin will start in March."




def _between(line: str) -> str:
    return f"{_STORY}\n\n{line}\n\n{_AFTER}"


@pytest.mark.parametrize(
    "line",
    [
        # Index labels of the page: its sections, categories and filing.
        "Section: Ports | Coastal towns",
        "Categories: Shipping, Local economy",
        "Filed under: Harbours, Dredging",
        "Posted in: Business, Regional news",
        # A line of the page's own fields, each a label and its value.
        "Published: 2 April 2026 | Reading time: 3 min",
        "Words: 640 · Last updated: 09:40 GMT",
        # A related link under a label of link words, before an arrow or a colon.
        "You may also be interested in » Ferry fares rise again",
        "Related coverage › Why the basin silts up",
        "More on this topic: Dredgers idle in winter; Port fees under review",
        # Wire end marks in their other spellings.
        "-- 30 --",
        "- 30 -",
        "# # #",
    ],
)
def test_page_furniture_line_is_deleted(line: str) -> None:
    assert _fix(_between(line)) == f"{_STORY}\n\n{_AFTER}"


@pytest.mark.parametrize(
    "line",
    [
        "Topics raised at the meeting included dredging and fees.",
        "Section: a stretch of the old quay collapsed in the night.",
        "Home: 3 | Away: 1",
        "Updated: the board said fees would rise | Later: they did",
        "The 30-year bond fell.",
        "Investors » the board said it would wait",
        "The message was plain: the basin must be dredged.",
    ],
)
def test_story_lines_of_the_same_shape_stay(line: str) -> None:
    text = _between(line)
    assert _fix(text) == text


@pytest.mark.parametrize(
    "label",
    ["RELATED STORIES", "Related coverage", "More on this story", "See also"],
)
def test_link_list_inside_the_text_is_deleted(label: str) -> None:
    text = f"{_STORY}\n\n{label}\n\nFerry fares rise again in spring\n\nWhy the basin silts up\n\n{_AFTER}"
    assert _fix(text) == f"{_STORY}\n\n{_AFTER}"


def test_cross_head_over_a_sentence_stays() -> None:
    text = f"{_STORY}\n\nMore on this story\n\n{_AFTER}\n\nThe board meets again in May."
    assert _fix(text) == text


@pytest.mark.parametrize(
    "tail",
    [
        "Never miss a story - join our WhatsApp channel!",
        "Tap here to follow us on Google News",
        "You might also like » Ferry fares rise again",
        "Related: Why the basin silts up",
    ],
)
def test_prompt_or_link_run_onto_a_paragraph_is_cut(tail: str) -> None:
    assert _fix(f"{_STORY} {tail}\n\n{_AFTER}") == f"{_STORY}\n\n{_AFTER}"


@pytest.mark.parametrize(
    "text",
    [
        f"{_STORY} What a week it was for the town!",
        f"{_STORY} Sign up now, the harbour master told crews!",
        f"{_STORY} See also: the board said fees would rise",
    ],
)
def test_paragraph_tails_that_are_prose_stay(text: str) -> None:
    assert _fix(text) == text


def test_story_sentence_before_a_prompt_is_kept() -> None:
    text = f"{_STORY} Don't miss a story: sign up for our daily briefing!\n\n{_AFTER}"
    assert _fix(text) == f"{_STORY}\n\n{_AFTER}"


@pytest.mark.parametrize(
    "caption",
    [
        "A dredger works in the outer basin on Tuesday. Image: Coast Press / Ines Moll",
        "Crews check the new quay wall (Pic: Ines Moll for Harbour Media)",
        "The harbour master speaks to crews. Picture: Port Authority of Tarn",
        "Gulls follow a trawler into port. PHOTO: INES MOLL",
        "A pilot boat leaves the basin. Image credit: Ines Moll/Coast Press",
    ],
)
def test_caption_ending_in_a_bare_credit_is_deleted(caption: str) -> None:
    assert _fix(f"{_STORY}\n\n{caption}\n\n{_AFTER}") == f"{_STORY}\n\n{_AFTER}"


@pytest.mark.parametrize(
    "line",
    [
        "The board repaid the loan early. Credit: the bank cut its fee by half.",
        "The board took a loan from its main lender this spring (Credit Agricole)",
    ],
)
def test_credit_lookalikes_stay(line: str) -> None:
    text = _between(line)
    assert _fix(text) == text


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # A clause-taking verb in any tense, before a subject pronoun (and "It" before a verb).
        ("The carrier conceded It had overbooked the flight.", "The carrier conceded it had overbooked the flight."),
        ("Analysts predicted They would cut rates.", "Analysts predicted they would cut rates."),
        ("The pilot confirmed He had seen the drone.", "The pilot confirmed he had seen the drone."),
        # A verb that names the person told, then the clause.
        ("The captain told the inquiry She had followed the rules.",
         "The captain told the inquiry she had followed the rules."),
        ("Officials assured residents It was safe to return.", "Officials assured residents it was safe to return."),
        # A short adjunct between the verb and the clause.
        ("The firm admitted on Friday It had lost the data.", "The firm admitted on Friday it had lost the data."),
        # A possessive opening an absolute phrase between commas.
        ("The crew, Their boat damaged, waited for a tow.", "The crew, their boat damaged, waited for a tow."),
        ("The keeper, His hands strapped, played on.", "The keeper, his hands strapped, played on."),
    ],
)
def test_capitalised_pronoun_inside_a_clause_is_lowered(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "In his report He listed the costs.",
        "The police arrived on Monday They had left.",
        "She said It Must Be Love was her song.",
        "Fans sang with hope in the power of song He says.",
        "He told the press. They said no.",
    ],
)
def test_pronoun_lookalikes_stay(text: str) -> None:
    assert _fix(text) == text


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("Ferries will resume To Normal Service Later This Spring.",
         "Ferries will resume to normal service later this spring."),
        ("Fees have risen Over The Last Four Years, the board said.",
         "Fees have risen over the last four years, the board said."),
        ("The basin will close Early On The Morning Of 9 May.", "The basin will close early on the morning of 9 May."),
        ("Dredging should end Before The Start Of The Winter.", "Dredging should end before the start of the winter."),
        ("Traffic fell 8 percent During The Third Quarter.", "Traffic fell 8 percent during the third quarter."),
        ("He was fined Earlier This Month for speeding.", "He was fined earlier this month for speeding."),
    ],
)
def test_time_phrase_in_headline_casing_is_lowered(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "She was named Skipper Of The Year on Friday.",
        "He wrote Before The Long Night in 2001.",
        "They praised the play The Night Season last week.",
        "The crew watched the film In The Heat Of July again.",
    ],
)
def test_titles_that_end_in_a_time_stay(text: str) -> None:
    assert _fix(text) == text


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The Ministry Of Transport said the quay would reopen.",
         "The Ministry of Transport said the quay would reopen."),
        ("The House Of Lords debated the bill late on Monday.", "The House of Lords debated the bill late on Monday."),
        ("A Court Of Appeal judge ruled on the lease.", "A Court of Appeal judge ruled on the lease."),
        # Titles abbreviated in lower case before a name.
        ("The suit was filed by atty. Rosa Lind.", "The suit was filed by Atty. Rosa Lind."),
        ("The unit was led by maj. Ivo Brandt.", "The unit was led by Maj. Ivo Brandt."),
    ],
)
def test_name_casing_is_fixed(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "Bank Of Tarn Holds Rates as Inflation Cools",
        "The lead bank, Union Bank Of Arden Securities, said it would sell.",
        "Lord Of The Rings fans queued overnight.",
    ],
)
def test_name_lookalikes_stay(text: str) -> None:
    assert _fix(text) == text


@pytest.mark.parametrize(
    ("text", "word", "proper"),
    [
        ("A Norwegian trawler docked. Two norwegian crews left.", "norwegian", "Norwegian"),
        ("Brazilian beef sold well. Prices for brazilian beef rose.", "brazilian", "Brazilian"),
        ("Icelandic and Danish ships met. An icelandic ship left.", "icelandic", "Icelandic"),
    ],
)
def test_lower_case_nationality_is_capitalised(text: str, word: str, proper: str) -> None:
    """Applied (gen11b): an editor audit keyed all of CA012's clean-news edits right."""
    edits = [e for e in ALL_RULES_BY_CODE["CA012"].run(Document.from_text(text))]
    assert [(text[e.start : e.end], e.replacement, e.safety) for e in edits] == [(word, proper, Safety.UNSAFE)]
    assert _fix(text) == text.replace(" " + word + " ", " " + proper + " ")


@pytest.mark.parametrize(
    "text",
    [
        "Hosts served tea in fine china. China sent a trade envoy.",
        "He bought Polish vodka and shoe polish.",
        "The italian bid was higher.",
    ],
)
def test_nationality_lookalikes_are_not_flagged(text: str) -> None:
    assert list(ALL_RULES_BY_CODE["CA012"].run(Document.from_text(text))) == []


ALL_RULES_BY_CODE = {r.code: r for r in ALL_RULES}
