"""SP001 asks for the repair before its search for a repeated passage (issue 13): the same
edits, in ordinary text and in an archive typed in lower case."""

from __future__ import annotations

from repair.document import Document
from repair.rules import ALL_RULES

_SP001 = next(rule for rule in ALL_RULES if rule.code == "SP001")


def _replacements(text: str) -> list[str]:
    return [edit.replacement for edit in _SP001.run(Document.from_text(text))]


def test_a_piece_cut_off_its_sentence_is_joined() -> None:
    assert _replacements("The port closed on Monday. Officials said the storm. could return on Friday.") == [" c"]
    assert _replacements("The port closed on Monday. The ferry was late. the crew. Traders feared the slump. "
                         "would last into spring.") == [" t"]


def test_an_archive_typed_in_lower_case_gets_no_joins() -> None:
    assert _replacements("the port closed on monday. officials said the storm. could return on friday.\n"
                         "the market fell. traders feared the slump. would last into spring.") == []
    assert _replacements("the port closed on monday. the ferry was late. ruiz.\n"
                         "the market fell. traders feared the slump. would last into spring.") == []

