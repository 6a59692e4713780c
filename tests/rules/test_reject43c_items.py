"""Edits fresh editors rejected on two blind sets (written_bu, written_bv), told in general
terms and tried on our own sentences, with look-alikes that must keep today's fix."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix

NEXT = "Aid workers reached the valley on Tuesday."


# PF024: a Title Case headline may end on "By" and a common noun: the headline's own phrase.
@pytest.mark.parametrize("title", [
    "Relief Crews Struggle To Reach Towns Cut Off By Snow",
    "Farms Along The River Ruined By Heavy Rain",
    "Coastal Road Closed By Landslides",
    "Old Bridge Damaged By Storm",
    "Villages Isolated By Floodwater",
])
def test_title_ending_on_by_and_common_noun_is_kept(title: str) -> None:
    text = f"{title}\n\n{NEXT}"
    assert _fix(text) == text


@pytest.mark.parametrize("byline", ["By Ana Ruiz", "By Staff Reporter", "By Staff Reporter | March 19, 2025"])
def test_byline_after_title_is_still_cut(byline: str) -> None:
    text = f"Relief crews struggle to reach towns cut off by snow {byline}\n\n{NEXT}"
    assert _fix(text) == f"Relief crews struggle to reach towns cut off by snow\n\n{NEXT}"


# SP001/FR001: a lone lower-case coordinator with its own stop ("colour. and.") is deleted, not
# joined ("colour and." leaves the sentence broken); a lower-case word after it only shows it.
@pytest.mark.parametrize(("text", "fixed"), [
    ("The reef gives the fish food and shelter. and. Divers counted them.",
     "The reef gives the fish food and shelter. Divers counted them."),
    ("The algae give the coral its colour. and. Many reefs recover.",
     "The algae give the coral its colour. Many reefs recover."),
    ("The ferry carried cars and lorries. but. It sank in the storm.",
     "The ferry carried cars and lorries. It sank in the storm."),
    ("The council approved the budget on Monday. or.\n\nWork starts soon.",
     "The council approved the budget on Monday.\n\nWork starts soon."),
    ("The ferry carried cars and lorries. And. It sank in the storm.",
     "The ferry carried cars and lorries. It sank in the storm."),
])
def test_lone_coordinator_with_its_own_stop_is_deleted(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


def test_lone_coordinator_before_lower_case_word_is_not_deleted() -> None:
    text = "The ferry carried cars and lorries. and. buses crossed too."
    assert " buses" in _fix(text) and "lorries" in _fix(text)
    assert _fix(text) != "The ferry carried cars and lorries. buses crossed too."


# SP001: a bare pronoun tag wedged into a false stop ("35. He said. passengers.") is deleted
# and the piece joined back: a space after a figure, a comma before "a"/"an" + noun + "that".
@pytest.mark.parametrize(("text", "fixed"), [
    ("Harbour master Ana Ruiz said the ferry could carry 40. He said. cars. Crews checked the deck.",
     "Harbour master Ana Ruiz said the ferry could carry 40 cars. Crews checked the deck."),
    ("Mayor Ana Ruiz said the hall had seats for 300. She said. guests. The doors opened at six.",
     "Mayor Ana Ruiz said the hall had seats for 300 guests. The doors opened at six."),
    ("Analysts said the rains could delay the harvest. They said. a risk that has worried farmers for years.",
     "Analysts said the rains could delay the harvest, a risk that has worried farmers for years."),
    ("Engineers warned that the dam could crack. They said. a danger which was raised in 2019.",
     "Engineers warned that the dam could crack, a danger which was raised in 2019."),
])
def test_wedged_pronoun_tag_is_deleted_and_piece_joined(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


@pytest.mark.parametrize(("text", "fixed"), [
    # the tag before a reported clause keeps today's join
    ("Police said the road was shut. They said. traffic was diverted.",
     "Police said the road was shut. They said traffic was diverted."),
])
def test_pronoun_tag_before_its_clause_keeps_the_join(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


def test_relative_with_a_second_verb_is_not_joined_with_a_comma() -> None:
    text = "Police said the road was shut. They said. a man who was hurt died later."
    assert ", a man who" not in _fix(text)


# FR001: "In 2005, when … collapse he backed …" is a whole sentence whose comma after the
# "when" clause was lost, not a phrase and a subordinate clause to join to the sentence before.
@pytest.mark.parametrize("text", [
    "He fished for three decades before he was elected head of the guild in 1989. "
    "In 2005, when scientists warned that the stock was close to collapse he backed a total ban.",
    "The club was founded in 1921. In 1990, when the old stand burned down they moved to the coast.",
    "She joined the paper in 1975. After 1980, while the city grew quickly she covered the council.",
    "The port opened in 1890. By 1920, as trade with the colonies boomed it employed 4,000 people.",
])
def test_main_clause_after_lost_comma_is_left_alone(text: str) -> None:
    assert _fix(text) == text


@pytest.mark.parametrize(("text", "fixed"), [
    ("The ferry service will be suspended. Until Friday, when the new winch arrives.",
     "The ferry service will be suspended until Friday, when the new winch arrives."),
    ("Repairs will continue. Until at least Friday, when he said the crews would leave.",
     "Repairs will continue until at least Friday, when he said the crews would leave."),
])
def test_phrase_and_subordinate_clause_is_still_joined(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


# SP001: "on his boat. the Santa Maria." names the boat (an appositive, commas wanted), no
# second object: the "and" join is only shown; a common noun phrase keeps it.
def test_named_appositive_is_not_joined_with_and() -> None:
    text = "Ruiz went to sea at 14 on his uncle's trawler. the Santa Maria. and fished for hake for decades."
    assert " and the Santa Maria" not in _fix(text)


def test_second_object_of_on_keeps_and() -> None:
    text = "The talks focused on a truce. the return of ships. Both sides agreed."
    assert _fix(text) == "The talks focused on a truce and the return of ships. Both sides agreed."
