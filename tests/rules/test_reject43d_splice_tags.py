"""PU022 keeps the comma before a bare speech tag that kept a capital ("…, She added.") and
lowers the capital: a stop would leave "She added." a fragment (reject43d; an editor asked
for it). A clause after the pronoun is still a sentence of its own. Our own sentences."""

from rule_helpers import fix_unsafe


def test_bare_tag_after_comma_is_lowered() -> None:
    assert fix_unsafe("It was a day the pupils will never forget, She added.") == \
        "It was a day the pupils will never forget, she added."
    assert fix_unsafe("The bridge will reopen in May, They said.") == "The bridge will reopen in May, they said."
    assert fix_unsafe("The plan was costly, He noted. Others agreed.") == \
        "The plan was costly, he noted. Others agreed."


def test_a_clause_after_the_comma_still_gets_its_stop() -> None:
    assert fix_unsafe("The mayor opened the bridge on Monday, She said it would cut journeys by half.") == \
        "The mayor opened the bridge on Monday. She said it would cut journeys by half."
    assert fix_unsafe("Prices rose by 2.1 per cent last year, The bank expects a smaller rise in May.") == \
        "Prices rose by 2.1 per cent last year. The bank expects a smaller rise in May."
    assert fix_unsafe("The match was tense, We added a second goal late.") == \
        "The match was tense. We added a second goal late."
