"""worse32: guards on edits the training sets showed making a sentence worse or changing a clean one.

- AT003: a bare tag ("The weather office says.", "Police said.") before a piece that opens in
  lower case with a clause of its own is no tag cut off the sentence before: the lower case
  shows the false stop is the one after the verb. It is not set back after a comma.
- AT003: a subjectless passive tag ("Was said.") names no source; set back after a comma it
  reads "…, was said.", so it is deleted like "it was said.".
- FR003: a tag right after a quotation's closing mark (and a dash) attributes that quotation;
  the next sentence is not its reported clause and is not joined to it.
- QM012: a speaker pattern that starts right after a title's stop ("Mr. Tom Reed said in a
  statement.") has cut the name off its title; the stop before it is no sentence end, so the
  tag is not one of its own before the next quotation.

Every case is our own text, run through the whole rule set as ``repair fix --unsafe`` runs it,
next to the shapes where the old edit is right, which must keep it.
"""

from __future__ import annotations

import pytest

from tests.rules.unsafe_fix import fix_unsafe as _fix


@pytest.mark.parametrize(
    "text",
    [
        # A bare tag before a lower-case clause: the tag's clause follows it (a clause opened by
        # a plain noun or a quantifier is now joined after the verb: test_gap44a_bare_tag_report).
        "The river rose overnight. Police said. several roads were closed.",
        # A tag after a quotation's closing mark attributes the quotation.
        "“The road is closed. We cannot open it before May,” Mayor Ana Ruiz told reporters. "
        "Local traders said the closure would cost them customers.",
        "“We will rebuild the school by autumn,” Ana Ruiz told reporters. The district said the "
        "money had already been set aside.",
        # A titled speaker after a quotation: the tag is complete, the next quotation its own.
        '"This is not fair," club chairman Mr. Tom Reed said in a statement. "We will appeal the decision."',
        "“The talks are over,” union leader Dr. Ana Ruiz said on Monday. “We will strike in May.”",
    ],
)
def test_left_alone(text: str) -> None:
    assert _fix(text) == text


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # With the tag left where it is, the join forward may follow (a quantifier opens the clause).
        ("The plant shut in May. The union said. most of its members had found other work.",
         "The plant shut in May. The union said most of its members had found other work."),
        # A subjectless passive tag: deleted.
        ("The council raised parking fees by a third. Was said.", "The council raised parking fees by a third."),
        ("The bridge will stay shut until March. Was reported.", "The bridge will stay shut until March."),
        # Where the old edits are right, they stay: a bare tag before a capitalised sentence
        # goes back after a comma.
        ("The new terminal will open next spring. The port authority said.",
         "The new terminal will open next spring, the port authority said."),
        ("The bridge was closed for six hours on Sunday. police said.",
         "The bridge was closed for six hours on Sunday, police said."),
        # A bare tag with no quotation before it still takes its cut-off reported clause.
        ("Site engineer Ana Ruiz told reporters. The dam would hold through the winter.",
         "Site engineer Ana Ruiz told reporters the dam would hold through the winter."),
        # A tag of its own before a quotation still gets its colon; so does one after a
        # title that is the whole speaker.
        ("The dig ends in May.\n\nRuiz said. “We will need two more years to finish.”",
         "The dig ends in May.\n\nRuiz said: “We will need two more years to finish.”"),
        ("Rain fell. Judge Ana Ruiz told the jury. “You must set aside what you read in the papers.”",
         "Rain fell. Judge Ana Ruiz told the jury: “You must set aside what you read in the papers.”"),
    ],
)
def test_fixed(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


def test_quotation_guard_reads_only_the_tags_own_line():
    """FR003 is a narrow rule: the quotation guard looks back on the tag's own line only, so a
    quotation closing the line before does not change what FR003 does with the tag (found by
    tests/test_scaling_scope.py after the guard first matched across a line break)."""
    from repair.rules import cutoff_reported
    text = "“We will reopen,” she said.\nAna Ruiz told reporters."
    tag_start = text.index("Ana")
    assert not cutoff_reported.tags_quotation_before(text, tag_start)
    same_line = "“We will reopen” - Ana Ruiz told reporters."
    assert cutoff_reported.tags_quotation_before(same_line, same_line.index("Ana"))
