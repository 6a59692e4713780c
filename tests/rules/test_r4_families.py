"""The recall4 kinds on new text: what each repairs, and the clean shape each must leave alone.

Every text here is our own; the kinds follow what the written_c set showed (foreign speech
marks, lost dateline dashes, feed furniture, glued words, casing). A ``safe``-looking fix
is applied to whole feeds, so each kind carries the clean English it must not touch.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rule_helpers import fix_unsafe as _fix

from repair.document import Document
from repair.rules import ALL_RULES

CASES = Path(__file__).resolve().parents[1] / "cases"
R4_CODES = ("QM007", "QM008", "QM009", "QM010", "QM011", "QM012", "CA004", "AP002", "PF003", "PF005", "PF006", "GL005",
            "GL007", "PU005", "PU008", "BP006", "CA001", "CA003")




def _codes(text: str) -> set[str]:
    """Codes of the recall4 rules that propose anything for ``text``."""
    doc = Document.from_text(text)
    return {edit.rule for rule in ALL_RULES if rule.code in R4_CODES for edit in rule.run(doc)}


@pytest.mark.parametrize(
    ("bad", "fixed"),
    [
        ("—The shelter is full and we have no blankets— a volunteer told the radio.",
         "“The shelter is full and we have no blankets,” a volunteer told the radio."),
        ("„We expected more from the talks“, said the negotiator on Friday.",
         "“We expected more from the talks,” said the negotiator on Friday."),
        ("“The dam will hold.” The engineer said on Tuesday.", "“The dam will hold,” the engineer said on Tuesday."),
        ('"Our doors stay open." Said Ana Ruiz, a nurse at the clinic.',
         '"Our doors stay open," said Ana Ruiz, a nurse at the clinic.'),
    ],
)
def test_foreign_speech_marks_become_english_quotations(bad: str, fixed: str) -> None:
    assert _fix(bad) == fixed


@pytest.mark.parametrize(
    "clean",
    [
        # A parenthesis in dashes, and a dash-led credit line: no speech.
        "The bridge — closed since May — said to be unsafe, will be rebuilt.\n\n— Editing by Ana Ruiz",
        # "Said X:" before a new quotation is good English.
        '"We are still talking." Said another official, who was not at the table: "There is no deal."',
        # A tag already stands before the quotation; the next sentence is another one.
        'He said on Monday, "There were talks." He added. "Talks take time."',
        # A new sentence that opens with the speaker is no tag.
        "“We are ready.” Ruiz said the vote would be held in May.",
        # Questions keep their mark.
        "“Is it over?” Ruiz said.",
    ],
)
def test_english_speech_punctuation_is_left_alone(clean: str) -> None:
    assert not _codes(clean) & {"QM007", "QM008", "QM009"}


@pytest.mark.parametrize(
    ("bad", "fixed"),
    [
        # A stop inside the closing mark before a lower-case tag: only the stop is wrong.
        ("“Our stock ran out in a week.” she added.", "“Our stock ran out in a week,” she added."),
        ("Rain fell. “The road will stay shut until Friday.” the county's engineer said on Monday.",
         "Rain fell. “The road will stay shut until Friday,” the county's engineer said on Monday."),
        ("“Two wards will close.” the hospital's director told the regional paper.",
         "“Two wards will close,” the hospital's director told the regional paper."),
        ('"The vote is lost." they warned him after the session.',
         '"The vote is lost," they warned him after the session.'),
        ("He called the deal “the best we could get.” the union declared late on Friday.",
         "He called the deal “the best we could get,” the union declared late on Friday."),
    ],
)
def test_stop_before_a_lower_case_tag_is_one_rules_comma(bad: str, fixed: str) -> None:
    assert _codes(bad) & {"QM007", "QM008", "QM009"} == {"QM009"}
    assert _fix(bad) == fixed


@pytest.mark.parametrize(
    "clean",
    [
        "“Our stock ran out.” She added that more was on the way.",
        "He read out the sign: “No entry.” the guards said nothing.",
        "“The fund is empty.” he said the board had known for months.",
        "“We lost.” the coach said to reporters that the team was tired.",
    ],
)
def test_a_new_sentence_after_a_quotation_keeps_its_stop(clean: str) -> None:
    assert _fix(clean) == clean


def test_dateline_dash_and_lone_dateline() -> None:
    assert _fix("OSLO, Norway (AP) The strike ended on Monday.") == "OSLO, Norway (AP) — The strike ended on Monday."
    assert _fix("QUITO, Ecuador\n\nThe bank cut rates.") == "The bank cut rates."
    assert _fix("SALEM, Ore. A water main burst on Tuesday.") == "SALEM, Ore. — A water main burst on Tuesday."
    # A place and its state inside a sentence, and a dateline that has its dash, stay.
    for clean in ("Turnout was low, the board said. PARIS, Texas, voted early.",
                  "AUSTIN, Tex. March 3 - The bank raised its dividend.",
                  "SANTA FE, New Mexico The board met on Monday.",
                  "OSLO, Norway (AP) — The strike ended on Monday."):
        assert _fix(clean) == clean


@pytest.mark.parametrize(
    "clean",
    [
        "Share this story with a friend, the app says.",
        "The museum receives support from the city. It is solely responsible for its displays.",
        "Talks went on (reporting by phone was banned) until late.",
        # A first sentence that repeats its opening words is not a headline run into a lead.
        "New rules take effect today, and New rules take effect again in May for farms.",
        "Storm Arlo cuts power to 60,000 homes\n\nStorm Arlo cut power to 60,000 homes on Friday.",
    ],
)
def test_furniture_rules_leave_prose_alone(clean: str) -> None:
    assert _fix(clean) == clean


@pytest.mark.parametrize(
    "clean",
    [
        "Untold damage was done to the harbour.",
        "The surge in the country'sate of inflation worried the bank.",  # a typo for "rate", not a glue
        "Volumes rose 3.5 percent according to the authority.",
        "Version 2.according was never released.",
        "The firm's budget was cut, the board said.",
    ],
)
def test_glued_word_rules_leave_these_alone(clean: str) -> None:
    assert not _codes(clean) & {"GL005", "GL007", "PU005"}


@pytest.mark.parametrize(
    "clean",
    [
        "The festival showed the film In the Name of the Rose on Friday.",
        "The choir sang her tribute, For the Love of Money, and left.",
        "The shape of the economy In graphics\nThe bank met.",
        "Trains stopped at noon. more than 90 services.",
        "He wrote many books. bell hooks died in 2021.",
    ],
)
def test_casing_rules_leave_titles_and_fragments_alone(clean: str) -> None:
    assert _fix(clean) == clean


@pytest.mark.parametrize("name", sorted(p.stem for p in CASES.glob("r4_*.txt") if not p.stem.endswith(".expected")))
def test_fixing_a_fixed_case_changes_nothing(name: str) -> None:
    fixed = _fix((CASES / f"{name}.txt").read_text(encoding="utf-8"))
    assert _fix(fixed) == fixed


@pytest.mark.parametrize(
    "clean",
    [
        # Two sentences after the colon: where a quotation would end is a guess.
        "The mayor said: The bridge will open in May. Officials doubt it.",
        # A list after the colon, not speech.
        "The winners, the jury said: Ana Ruiz and Tom Lee.",
        # A text that keeps its commas outside its quotations throughout (house style): not a
        # slip. (A lone quotation with the comma outside is moved in: QM034, clean-news counts.)
        '"We had to act", said the minister. "It was too late", she added.',
        # Guillemets in a pair are another rule's; Cyrillic words keep theirs.
        "«Мы готовы» was the slogan.",
        # A possessive of a known plural inside a name, and a plural name after "the".
        "Eastman Chemical grew. Its Eastman Chemicals division was sold.",
        "The Kings won. The King spoke. The Kings coach left.",
        # A participle capitalised as a name used elsewhere in the story.
        "The club lost at home, Reading the result as a warning. Reading fans were quiet.",
    ],
)
def test_quote_casing_and_apostrophe_rules_leave_these_alone(clean: str) -> None:
    assert _fix(clean) == clean


def test_possessive_needs_the_name_alone_elsewhere() -> None:
    # Without the name standing alone elsewhere there is no evidence: "Velmoras" may be a name.
    assert _fix("Velmoras shares fell 2.8% in Milan.") == "Velmoras shares fell 2.8% in Milan."
    assert _fix("Velmora cut jobs. Velmoras shares fell 2.8% in Milan.") == (
        "Velmora cut jobs. Velmora's shares fell 2.8% in Milan."
    )
