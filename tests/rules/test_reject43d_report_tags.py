"""AT003 deletes a lower-case tag that names as speaker the report the sentence before
already makes with its own verb ("… had advised …. the advice said."): the sentence is
attributed, and a comma would attribute it twice (reject43d; an editor asked for the
deletion). A report noun with no such verb is still put back. Our own sentences."""

from rule_helpers import fix_unsafe


def test_tag_naming_the_sentences_own_report_is_deleted() -> None:
    assert fix_unsafe("Experts had advised a ban on night fishing, warning that the stock was too low "
                      "to recover. the advice said.") == \
        "Experts had advised a ban on night fishing, warning that the stock was too low to recover."
    assert fix_unsafe("The agency warned that the river would burst its banks by Friday. the warning said.") == \
        "The agency warned that the river would burst its banks by Friday."
    assert fix_unsafe("The court ruled that the fine was lawful. the ruling said.") == \
        "The court ruled that the fine was lawful."


def test_report_tag_without_the_verb_is_reattached() -> None:
    assert fix_unsafe("The river will burst its banks by Friday. the warning said.") == \
        "The river will burst its banks by Friday, the warning said."
    assert fix_unsafe("Tourist numbers peak in the December quarter. the statement said.") == \
        "Tourist numbers peak in the December quarter, the statement said."
    assert fix_unsafe("The new terminal will open next spring. The port authority said.") == \
        "The new terminal will open next spring, the port authority said."
