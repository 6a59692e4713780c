"""gen16b: three kinds the variants sets showed missed or worsened, widened by kind (our own text).

- move-displaced: a full name after a sentence whose subject is a bare singular title
  ("Coach said … . Ana Ruiz."): English needs an article or the name before the verb, so
  the name moves back beside the title; an article, a name, a pronoun or a plural before
  the verb is a full subject and the name is not moved there.
- delete-content-free: a short capitalised label restating the sentence before ("…
  adjourned to May 4. Hearing adjourned.", "… confirmed … . Confirmation.") is deleted; a
  label with two new words adds a fact and stays; a lone capitalised word after a
  lower-case noun ("… the first half. Errors.") is no longer glued on as a name.
- join-comma: an appositive noun phrase after a full name, "whose" after a name, an
  absolute "-ing" phrase, a capitalised "Including" list and an absolute phrase with a
  degree adverb before its participle are joined with a comma.

Every text is ours, run through every rule as ``repair fix --unsafe`` runs it.
"""

from __future__ import annotations

import pytest

from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline, RuleProposer

_UNSAFE = Pipeline([RuleProposer()], Policy(min_safety=Safety.UNSAFE))


def _fix(text: str) -> str:
    return _UNSAFE.fix(text).fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("Head coach said the squad would travel to Porto without two injured defenders. Lena Sorensen.",
     "Head coach Lena Sorensen said the squad would travel to Porto without two injured defenders."),
    ("Finance minister told parliament on Tuesday that the deficit would shrink next year. Ivo Marek.",
     "Finance minister Ivo Marek told parliament on Tuesday that the deficit would shrink next year."),
    ("OSLO — Harbour master has ordered all small boats back to port before the gale. Kari Holm.",
     "OSLO — Harbour master Kari Holm has ordered all small boats back to port before the gale."),
    ("Manager said the squad had run out of ideas in both halves. Tomas Greer.",
     "Manager Tomas Greer said the squad had run out of ideas in both halves."),
    ("Chief executive will step down at the end of the year, the board said. Mira Castell.",
     "Chief executive Mira Castell will step down at the end of the year, the board said."),
])
def test_name_moves_back_beside_a_bare_title(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize("text", [
    # A full subject already: an article, a name, a plural, a bare collective.
    "The coach said the squad would travel to Porto. Lena Sorensen.",
    "Ana Ruiz said the squad would travel to Porto. Lena Sorensen.",
    "Officials said the road would reopen on Friday. Pedro Alves.",
    "Police said the driver was arrested on the ring road. Tom Baker.",
])
def test_name_after_a_full_subject_is_not_moved_there(text: str) -> None:
    fixed = _fix(text)
    assert "Sorensen said" not in fixed and "Alves said" not in fixed and "Baker said" not in fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The ferry service was suspended until Monday because of the storm. Service suspended.",
     "The ferry service was suspended until Monday because of the storm."),
    ("The council confirmed on Friday that the pool will reopen in June. Confirmation.",
     "The council confirmed on Friday that the pool will reopen in June."),
    ("Pensioners will be exempt from the new parking charge. Exemption for pensioners.",
     "Pensioners will be exempt from the new parking charge."),
    ("Rents in the capital rose by a tenth last year, a survey of agents found. Survey findings.",
     "Rents in the capital rose by a tenth last year, a survey of agents found."),
    ("Water bills will increase for every household from April. Bill increase for all households.",
     "Water bills will increase for every household from April."),
    ("The final will be played in Lyon on Sunday. It will be.", "The final will be played in Lyon on Sunday."),
    ("The museum has reopened after a year of repairs. It has.", "The museum has reopened after a year of repairs."),
])
def test_label_restating_the_sentence_is_deleted(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize("text", [
    # Two new words: a fact of its own, not a label.
    "The club confirmed the signing of a striker on Friday. Signing fee undisclosed.",
    "The ministry has issued a flood warning for the coast. Warning level red.",
    # A clause with a finite verb, and the very word again (emphasis).
    "Sales rose 5 percent in May. Sales of cars fell.",
    "The council met twice. Twice.",
    # An auxiliary that contradicts a negation, a contrast, an answer.
    "The bridge was not repaired in time. It was.",
    "They needed oil. We do.",
    "Will the plant reopen? It will.",
    # No word of the sentence before.
    "The bridge will stay closed to lorries until the spring. Closure extended.",
])
def test_piece_that_adds_a_fact_or_is_a_clause_stays(text: str) -> None:
    assert _fix(text) == text


@pytest.mark.parametrize("text", [
    "His players made too many mistakes in the second half. Blunders.",
    "Shares in the bank closed 2 percent higher in trading. Frankfurt.",
    # (A lone linking word, "… in the fourth quarter. Also.", is deleted since prec16: see
    # test_prec16_precision.test_lone_linking_word_or_echoed_name_is_deleted.)
])
def test_lone_capitalised_word_is_not_glued_on_as_a_name(text: str) -> None:
    assert _fix(text) == text


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The report was written by Ana Castell. a geologist at the University of Leeds.",
     "The report was written by Ana Castell, a geologist at the University of Leeds."),
    ("The new plan will be drawn up by Tomas Greer. the council's head of housing.",
     "The new plan will be drawn up by Tomas Greer, the council's head of housing."),
    ("She co-wrote the book with poet Lena Sorensen. whose first novel won a national prize.",
     "She co-wrote the book with poet Lena Sorensen, whose first novel won a national prize."),
    ("Firefighters fought the blaze for six hours. its flames at one stage reaching the bell tower.",
     "Firefighters fought the blaze for six hours, its flames at one stage reaching the bell tower."),
    ("The band played on into the night. the crowd singing every word.",
     "The band played on into the night, the crowd singing every word."),
    ("Thieves took several paintings from the villa. Including two small landscapes by a local artist.",
     "Thieves took several paintings from the villa, including two small landscapes by a local artist."),
    ("The trawler was towed into harbour on Sunday. Its engine room partly flooded.",
     "The trawler was towed into harbour on Sunday, its engine room partly flooded."),
    ("The council vote was 12-5. with three members absent.",
     "The council vote was 12-5, with three members absent."),
    ("Lawmakers voted 61 to 30. along regional lines.", "Lawmakers voted 61 to 30, along regional lines."),
    ("The depot will close in June. in addition to two smaller yards in the north.",
     "The depot will close in June, in addition to two smaller yards in the north."),
    ("Its bonds fell 6 percent in Frankfurt on Monday. Their steepest drop since the bank was rescued in 2012.",
     "Its bonds fell 6 percent in Frankfurt on Monday, their steepest drop since the bank was rescued in 2012."),
    ("The Dutch rider finished third. beaten by two seconds in the final sprint.",
     "The Dutch rider finished third, beaten by two seconds in the final sprint."),
    ("The ferry arrived late. delayed by fog in the strait.", "The ferry arrived late, delayed by fog in the strait."),
    ("The county board approved the final route for the ring road. Which will carry lorries around the centre.",
     "The county board approved the final route for the ring road, which will carry lorries around the centre."),
    ("Members voted 7 to 5 against the plan. Which would have shut two libraries by 2027.",
     "Members voted 7 to 5 against the plan, which would have shut two libraries by 2027."),
])
def test_aside_is_joined_with_a_comma(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize("text", [
    # A clause of its own after "Including …,", a plain past after the possessive.
    "The bill came to 40 million euros. Including fees, the total reached 52 million euros.",
    "The storm hit the coast at night. Its hull cracked.",
    "The club signed Tom Hale. The players were told on Monday.",
    "The storm passed by noon. The worst was over.",
    # "Which" and a modal with "be"/"mean" sums up the whole sentence, a writer's own.
    "The club may sell its stadium. Which would be a shock to the fans.",
    "Prices fell by a third. Which will mean lower bills.",
    "The firm lost money in 2023. Its biggest loss came in May.",
])
def test_sentence_of_its_own_is_not_comma_joined(text: str) -> None:
    assert _fix(text) == text


@pytest.mark.parametrize(("garbled", "fixed"), [
    # A match score, not a vote: "with" joins plainly; "after" after a tally too.
    ("Spain won 2-1. with a late goal from Ruiz.", "Spain won 2-1 with a late goal from Ruiz."),
    ("The vote was 9-3. after a long debate.", "The vote was 9-3 after a long debate."),
    # A participle after a noun is a reduced relative of that noun.
    ("The money went to a fund. set up in 2020 by the council.",
     "The money went to a fund set up in 2020 by the council."),
])
def test_plain_join_keeps_no_comma(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed
