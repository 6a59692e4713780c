"""strays31: a lone common word after a false stop that a join would leave as broken English.

- a word the sentence before already has (its stem, or one part of a hyphenated word) is
  an echo and is deleted ("… two second-division sides. Division.");
- a lone adjective of quality or a superlative judges what the sentence says; joined it
  follows the wrong word, so it is deleted ("… was final. Irreversible.");
- a relative or demonstrative word after a noun points at nothing and is deleted;
- look-alikes keep the join or are left alone: a phrase that continues the sentence ("…
  on Friday. In Paris."), a name, a pointer word after a verb, a word followed by a
  lower-case continuation, a noun that may be a displaced modifier.

Every text is ours, run through every rule as ``repair fix --unsafe`` runs it.
"""

from __future__ import annotations

import pytest

from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline, RuleProposer
from repair.rules.stops_lone_strays import _is_quality_adjective

_UNSAFE = Pipeline([RuleProposer()], Policy(min_safety=Safety.UNSAFE))


def _fix(text: str) -> str:
    return _UNSAFE.fix(text).fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    # echo of one part of a hyphenated word
    ("The referee was paid to fix a game between two second-division sides. Division.\n",
     "The referee was paid to fix a game between two second-division sides.\n"),
    # quality adjectives, also ones clean news never printed
    ("The committee said the decision on the new airport was final. Irreversible.\n",
     "The committee said the decision on the new airport was final.\n"),
    ("The company said profits rose sharply in the third quarter. Remarkable.\n",
     "The company said profits rose sharply in the third quarter.\n"),
    ("Warm currents brought more fish close to the northern islands. Plentiful.\n",
     "Warm currents brought more fish close to the northern islands.\n"),
    # a superlative with no noun to go with
    ("Farmers in the valley have seen their water quotas cut by half this summer. Lowest.\n",
     "Farmers in the valley have seen their water quotas cut by half this summer.\n"),
    # a stray between two sentences goes too
    ("The storm cut power to thousands of homes in the north. Homeless. Repairs may take a week.\n",
     "The storm cut power to thousands of homes in the north. Repairs may take a week.\n"),
    # a pointer word after a noun
    ("The board asked the bank to release more money from the treasury. That.\n",
     "The board asked the bank to release more money from the treasury.\n"),
])
def test_lone_stray_is_deleted(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    # a phrase that continues the sentence is joined as before
    ("The talks were held on Friday. In Paris.\n", "The talks were held on Friday in Paris.\n"),
    ("The bridge will stay closed to traffic. Until Monday.\n",
     "The bridge will stay closed to traffic until Monday.\n"),
])
def test_continuation_is_still_joined(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize("garbled", [
    # a name: clean news capitalises it; where it belongs is an editor's call
    "Aid reached 40,000 families in the north of the country. Istanbul.\n",
    # a noun that may be a displaced modifier ("record high"): not deleted
    "Shares in the bank rose to a high of 28 dollars in early trading. Record.\n",
    # a pointer word after a verb may be its object ("had expected that")
    "Nobody in the village had expected. That.\n",
    # a lower-case continuation after the word: part of a longer cut, not a lone stray
    "The committee said the decision on the new airport was final. Irreversible. and binding.\n",
])
def test_look_alikes_keep_the_word(garbled: str) -> None:
    fixed = _fix(garbled)
    word = garbled.rstrip("\n").split(". ")[1].split(".")[0]
    assert word in fixed or word.lower() in fixed


@pytest.mark.parametrize(("word", "adjective"), [
    ("lowest", True), ("largest", True), ("biggest", True), ("irrevocable", True), ("plentiful", True),
    ("protest", False), ("harvest", False), ("forest", False), ("interest", False), ("vegetable", False),
    ("timetable", False),
])
def test_adjective_shape(word: str, adjective: bool) -> None:
    assert _is_quality_adjective(word) is adjective


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The union said its members would get a new contract. With them.\n",
     "The union said its members would get a new contract.\n"),
])
def test_preposition_and_pronoun_after_a_noun_is_deleted(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize("garbled", [
    "The minister said he would vote. For them.\n",  # after a bare verb: maybe the verb's
    "The board met the mayor on Monday. About her.\n",  # "her" may be a possessive
])
def test_preposition_and_pronoun_look_alikes_are_not_deleted(garbled: str) -> None:
    assert "them" in _fix(garbled) or "her" in _fix(garbled)


@pytest.mark.parametrize(("garbled", "fixed"), [
    # a reporting frame with nothing reported, which clean news never prints as a sentence
    ("The new stadium cost about 300 million dollars. It was learned. Officials gave no details.\n",
     "The new stadium cost about 300 million dollars. Officials gave no details.\n"),
    ("The singer could not be reached for comment. It was known.\n",
     "The singer could not be reached for comment.\n"),
    ("Ruiz has pleaded not guilty to all charges, including fraud. It is so.\n",
     "Ruiz has pleaded not guilty to all charges, including fraud.\n"),
    ("The council had argued that the ban was needed to keep the roads clear. It has said this.\n",
     "The council had argued that the ban was needed to keep the roads clear.\n"),
    ("The agency paid 2 million euros for the survey. Has been said.\n",
     "The agency paid 2 million euros for the survey.\n"),
    ("Inspectors were checking the walls of the old mill. Was done.\n",
     "Inspectors were checking the walls of the old mill.\n"),
])
def test_reporting_frame_is_deleted(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize("garbled", [
    "The plan will cost 40 million euros. This is said.\n",  # "This" may point back: shown only
    "The mayor promised a new bridge. It was built in two years.\n",  # a sentence with content
    "The strike ended on Friday. It was the longest in a decade.\n",
    "Prices are now higher than they. Were.\n",  # a bare auxiliary: never taken as a frame
])
def test_reporting_frame_look_alikes_are_kept(garbled: str) -> None:
    assert _fix(garbled) == garbled
