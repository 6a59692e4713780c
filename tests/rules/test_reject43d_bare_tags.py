"""QM012 deletes a bare pronoun tag ("They said.") before a quotation that carries its own
speech tag: a colon would attribute the words twice (reject43d; an editor asked for the
deletion). A quotation with no tag of its own still gets the colon. Our own sentences."""

from rule_helpers import fix_unsafe


def test_bare_tag_before_a_tagged_quotation_is_deleted() -> None:
    assert fix_unsafe("The capsule landed at dawn. They said. “We held our breath for the whole descent,” "
                      "said flight director Ana Ruiz.") == \
        "The capsule landed at dawn. “We held our breath for the whole descent,” said flight director Ana Ruiz."
    assert fix_unsafe("The vote was close. She said. “Nobody won tonight,” the mayor added.") == \
        "The vote was close. “Nobody won tonight,” the mayor added."


def test_untagged_quotations_keep_the_colon() -> None:
    assert fix_unsafe("The dig ends in May.\n\nRuiz said. “We will need two more years to finish.”") == \
        "The dig ends in May.\n\nRuiz said: “We will need two more years to finish.”"
    assert fix_unsafe("Rain fell. He said. “It was cold.” Others agreed.") == \
        "Rain fell. He said: “It was cold.” Others agreed."


def test_a_named_bare_tag_before_a_tagged_quotation_is_left() -> None:
    text = "The pool shut. Reed said. “We have nowhere to train,” said the coach."
    assert fix_unsafe(text) == text
