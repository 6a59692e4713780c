"""CA019 and CA020: casing decided by the table learned from clean English (gen22a).

Every text here is our own; each shape has variants of different forms (another verb, a
preposition, a list, a comma opening), and the look-alikes that must stay are beside them.
"""

from __future__ import annotations

import gzip
import json

import pytest

from models.case_stats import paragraph_counts, shape, table
from repair.apply import Policy, fix_until_stable
from repair.document import Document
from repair.edits import Safety
from repair.pipeline import Pipeline, RuleProposer
from repair.rules import ALL_RULES
from repair.rules.casing_learned_table import TABLE, case_table, lower_evidence, name_evidence

CODES = ("CA019", "CA020")


def _edits(text: str, code: str) -> list[tuple[str, str, Safety]]:
    rule = next(r for r in ALL_RULES if r.code == code)
    doc = Document.from_text(text)
    return [(text[e.span.start : e.span.end], e.replacement, e.safety) for e in rule.run(doc)]


def _fixed(text: str) -> str:
    pipeline = Pipeline([RuleProposer()], Policy(min_safety=Safety.UNSAFE))
    return fix_until_stable(text, pipeline.check, pipeline.policy).text


# --- CA019: a capitalised ordinary word alone in a sentence's middle -----------------------

@pytest.mark.parametrize(("text", "word", "lowered"), [
    # after a speech verb, before a modal or an auxiliary
    ("The union said Voters would reject the offer.", "Voters", "voters"),
    ("A spokesman said Prices had doubled since spring.", "Prices", "prices"),
    # after a preposition or a determiner, before a verb or a preposition
    ("Output has not recovered since the Recession ended.", "Recession", "recession"),
    ("The town spent a week without Fuel for its buses.", "Fuel", "fuel"),
    ("The board said the Inflation in rents was temporary.", "Inflation", "inflation"),
    # after an auxiliary: a verb
    ("The crates were Loaded onto a barge on Tuesday.", "Loaded", "loaded"),
    # after a conjunction, in a list of noun phrases
    ("The plan covers roads and Schools in the north.", "Schools", "schools"),
    # before a preposition whose object is a name: no title's words
    ("Analysts said Prices in Chilean ports had fallen.", "Prices", "prices"),
    ("Officials said Fuel for Kenya would be cheaper.", "Fuel", "fuel"),
])
def test_capitalised_common_word_is_found(text: str, word: str, lowered: str) -> None:
    found = _edits(text, "CA019")
    assert [(w, r) for w, r, _ in found] == [(word, lowered)]


@pytest.mark.parametrize("text", [
    "The union said Voters would reject the offer.",
    "Output has not recovered since the Recession ended.",
    "The plan covers roads and Schools in the north.",
])
def test_capitalised_common_word_fix_is_applied_with_unsafe(text: str) -> None:
    fixed = _fixed(text)
    assert fixed != text and fixed.lower() == text.lower()


@pytest.mark.parametrize("text", [
    # names that are also common words, introduced with their first name
    "Officials met Gordon Brown on Monday, and Brown said little.",
    "The prize went to Mark Bush, and Bush thanked his team.",
    # a house style the text keeps ("the Government" twice)
    "The Government said taxes would rise. Later the Government changed course.",
    # a capitalised word inside a name or a title, joined by small words
    "Shares in the Fuel for Growth Fund rose.",
    "She won for Notes on a Quiet Street, her third novel.",
    # a title's cue before it, a name's noun after it
    "He read the magazine Time on the train.",
    "The lorry was stopped by Customs officers at the port.",
    # a body's short name joined to a longer name by "and"
    "The survey, funded by Pact and the Scottish Arts Council, was published.",
    # a title before a name
    "The award went to Judge Lee for her work.",
    # a list of capitalised names, a numbered unit, a label before a comma
    "The squad: Lloyd, Cairns, Little.",
    "The regulator approved Unit 2 of the plant.",
    "Image caption, Voters queue outside a school",
    # an unquoted title with a capitalised small word before the word
    "She recorded the ballad What the Boy knows of Money in one take.",
    # quoted titles and slogans keep their capitals
    "The campaign's slogan was 'Britain Needs Schools' all year.",
    # capitals of a heading in capitals
    "THE UNION SAID VOTERS WOULD REJECT THE OFFER.",
])
def test_capitalised_look_alikes_are_left(text: str) -> None:
    assert [(w, r) for w, r, s in _edits(text, "CA019") if s is not Safety.DISPLAY] == []
    if not text.startswith("Image caption"):  # the caption label is furniture, another rule's
        assert _fixed(text) == text


def test_a_close_call_is_only_shown() -> None:
    """"Government" is capitalised alone about one time in 50 in clean English (house
    styles): shown, never applied."""
    text = "Ministers said the Government would act soon."
    assert _edits(text, "CA019") == [("Government", "government", Safety.DISPLAY)]
    assert _fixed(text) == text


# --- CA020: a name in lower case ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "surface"), [
    # a country, a capital city, a body, after different prepositions (a name's commonest slot)
    ("Coffee exports to kenya rose by a tenth.", "kenya", "Kenya"),
    ("The embassy in moscow closed early on Friday.", "moscow", "Moscow"),
    ("Ministers from nigeria and Ghana met on Monday.", "nigeria", "Nigeria"),
    ("Officials from nato said the drills would go ahead.", "nato", "NATO"),
    ("Farmers marched through brussels to the parliament.", "brussels", "Brussels"),
])
def test_lower_case_name_is_found(text: str, word: str, surface: str) -> None:
    found = _edits(text, "CA020")
    assert [(w, r) for w, r, s in found if s is Safety.UNSAFE] == [(word, surface)]


@pytest.mark.parametrize("text", [
    # ordinary words that share a name's form
    "The hotel served dinner on fine china.",
    "Thousands will march through the city on Sunday.",
    "Park rangers counted the birds in April.",
    # lower-case style words and addresses
    "More people now read the news on the internet.",
    "Details are at www.moscow.example.org and @nato_press.",
    # months and weekdays are CA015's
    "The plant will reopen in january, the firm said.",
    # a text typed in lower case, and one folding several names
    "ministers flew to moscow. they met in kenya. talks went on.",
    "Envoys from kenya met delegates from nigeria and from moscow in Rome on Monday.",
    # the text writes it in lower case twice: its style, not a slip
    "The fund backs moscow startups. Two moscow firms joined in May.",
])
def test_lower_case_look_alikes_are_left(text: str) -> None:
    assert [(w, r) for w, r, s in _edits(text, "CA020") if s is Safety.UNSAFE] == []


def test_lower_case_name_fix_is_applied_with_unsafe() -> None:
    text = "The embassy in moscow closed early on Friday."
    assert _fixed(text) == "The embassy in Moscow closed early on Friday."


# --- the table and its recipe ------------------------------------------------------------------

def test_shipped_table_reads_and_holds_overwhelming_evidence() -> None:
    words = case_table().words
    assert len(words) > 10_000
    assert lower_evidence("pandemic") is Safety.UNSAFE
    assert name_evidence("moscow") == (Safety.UNSAFE, "Moscow", False)
    assert lower_evidence("government") is Safety.DISPLAY  # house styles: a close call
    with gzip.open(TABLE, "rt", encoding="utf-8") as handle:
        meta = json.load(handle)
    assert meta["columns"] == ["lower", "cap_alone", "cap_run", "upper", "other"]


def test_recipe_counts_only_positions_where_the_writer_chose_the_case() -> None:
    counts = list(paragraph_counts("The board met in Oslo. Voters said prices rose, Analysts said."))
    forms = [(form, column) for form, column, _ in counts]
    assert ("the", 0) not in forms and ("voters", 1) not in forms  # a sentence's first word
    assert ("oslo", 1) in forms and ("prices", 0) in forms and ("analysts", 1) in forms
    assert list(paragraph_counts("THE BOARD MET IN OSLO")) == []  # capitals: no choice made


def test_recipe_table_keeps_only_clear_forms() -> None:
    rows = {"pandemic": [50, 0, 1, 0, 0], "state": [40, 20, 30, 0, 0], "oslo": [0, 30, 0, 0, 0],
            "rare": [1, 0, 0, 0, 0]}
    kept = table(rows, {})["words"]
    assert set(kept) == {"pandemic", "oslo"}
    assert shape("NATO") == "upper" and shape("McDonald") == "other" and shape("A") == "cap"


def test_thin_support_is_enough_after_an_auxiliary_only() -> None:
    """"loaded" is lower case in all of its 33 mid-sentence uses: enough after an auxiliary,
    where only a verb can stand, and only shown where a name could."""
    assert _edits("The crates were Loaded onto a barge.", "CA019") == [("Loaded", "loaded", Safety.UNSAFE)]
    # a noun follows, or a speech verb stands before: a name's place too, so only shown
    assert _edits("The port said Loaded crates sat idle.", "CA019") == [("Loaded", "loaded", Safety.DISPLAY)]
    assert _edits("Officials said Loaded would wait.", "CA019") == [("Loaded", "loaded", Safety.DISPLAY)]


def test_name_with_thin_but_clean_support_is_applied() -> None:
    """A city seen only a dozen times, never in lower case, is still a name."""
    assert _edits("The talks moved to nairobi on Friday.", "CA020") == [("nairobi", "Nairobi", Safety.UNSAFE)]


@pytest.mark.parametrize("text", [
    "He thought that yelling at the staff would help.",  # "-ing" of a common verb
    "Park rangers counted the birds in April.",  # a plural that teams take as a name
    "The firm's founders, the Brown & Sons family, met on Monday.",  # a capitalised word's tail
])
def test_inflections_and_word_tails_are_no_names(text: str) -> None:
    assert [e for e in _edits(text, "CA020") if e[2] is Safety.UNSAFE] == []
