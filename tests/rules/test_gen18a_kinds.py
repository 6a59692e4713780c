"""Round 2 of the false-stop kinds: the shapes round 1's rules missed on fresh text (our own words).

* delete-intruder: a stray word before the stop after a bare noun ("row by row then."), a
  name ("… Anita Brandt him."), a place adverb ("… home namely."), a particle ("… handed over
  it.") or a passive participle ("… was started which."); "then", "such", "thus", "him",
  "her", "us" are strays too; an article before an approximated amount ("cost the. roughly
  400,000 …"); a verb's own pronoun or place adverb stays;
* join: a past verb with no auxiliary takes the noun phrase after the stop as its object
  ("Auditors examined. nearly 3,200 files"); a "That" clause after any regular past verb with
  only an adjunct after it ("ruled on Tuesday. That …"); a capitalised phrase with only a
  speech tag after it ("… a hectare. From April, officials said.");
* join-insert: the one word a closed shape names ("between 18. 35" -> "and", "together." ->
  "with", "Thousands. tenants" -> "of", a year -> "in", a listed past verb -> "and").
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix


@pytest.mark.parametrize(("text", "fixed"), [
    ("Engineers checked the pumps one by one then. along the northern canal near the lock.",
     "Engineers checked the pumps one by one along the northern canal near the lock."),
    ("Firefighters searched the warehouse row by row then. Through the night and into the morning.",
     "Firefighters searched the warehouse row by row through the night and into the morning."),
    ("The minister will meet Deputy Governor Anita Brandt him. At the regional office on Monday.",
     "The minister will meet Deputy Governor Anita Brandt at the regional office on Monday."),
    ("The board also thanked the outgoing chair Paul Weiss her. for ten years of service.",
     "The board also thanked the outgoing chair Paul Weiss for ten years of service."),
    ("The envoy was recalled home namely. for talks with the foreign ministry.",
     "The envoy was recalled home for talks with the foreign ministry."),
    ("The documents will be passed over it. On Friday, the court clerk said.",
     "The documents will be passed over on Friday, the court clerk said."),
    ("Rescuers expect the flood to crest such. early on Sunday, well above the warning mark.",
     "Rescuers expect the flood to crest early on Sunday, well above the warning mark."),
    ("The delegation will fly to Lisbon is. with about 30 officials and bankers.",
     "The delegation will fly to Lisbon with about 30 officials and bankers."),
    ("The clinic needs more nurses, more beds it. and more money for medicines, its director said.",
     "The clinic needs more nurses, more beds and more money for medicines, its director said."),
    ("The charity will hand out blankets then. to about 5,000 families across the region.",
     "The charity will hand out blankets to about 5,000 families across the region."),
    ("Medics treated 40 patients at the scene there. In Goma on Friday, among them 12 injured miners.",
     "Medics treated 40 patients at the scene in Goma on Friday, among them 12 injured miners."),
    ("The new lease is expected to cost the. roughly 400,000 dollars a year, the council said.",
     "The new lease is expected to cost roughly 400,000 dollars a year, the council said."),
])
def test_stray_word_before_the_stop_goes_with_it(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


@pytest.mark.parametrize(("text", "fixed"), [
    # A verb's own object or place adverb: joined, kept.
    ("He said the money was spent there. on roads and bridges in the south.",
     "He said the money was spent there on roads and bridges in the south."),
    ("They lived there. for more than twenty years before the flood.",
     "They lived there for more than twenty years before the flood."),
    ("Officials talked about it. in a closed session.", "Officials talked about it in a closed session."),
    ("The report was written in 2019 as such. for the ministry alone.",
     "The report was written in 2019 as such for the ministry alone."),
])
def test_a_verbs_own_word_stays(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


@pytest.mark.parametrize(("text", "fixed"), [
    ("Volunteers from the fire brigade filled and stacked. more than 30,000 sandbags before dawn, the "
     "district said.",
     "Volunteers from the fire brigade filled and stacked more than 30,000 sandbags before dawn, the "
     "district said."),
    ("Auditors from the insurance agency examined. nearly 3,200 patient files at two hospitals.",
     "Auditors from the insurance agency examined nearly 3,200 patient files at two hospitals."),
    ("The storm dumped. about 200 millimetres of rain on the coast overnight.",
     "The storm dumped about 200 millimetres of rain on the coast overnight."),
    ("The labour court ruled on Tuesday. That the dismissal of three guards had been unlawful.",
     "The labour court ruled on Tuesday that the dismissal of three guards had been unlawful."),
    ("The ministry confirmed on Tuesday. That 214 schools in the north would close by June.",
     "The ministry confirmed on Tuesday that 214 schools in the north would close by June."),
    ("The appeals court decided in March. That the contract with the builder was void.",
     "The appeals court decided in March that the contract with the builder was void."),
    ("The state will pay farmers up to 900 euros a hectare. From the second week of April, officials said.",
     "The state will pay farmers up to 900 euros a hectare from the second week of April, officials said."),
])
def test_the_piece_is_the_sentences_object_or_adjunct(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


@pytest.mark.parametrize(("text", "fixed"), [
    ("Applicants must be between 18. 35 years old and pass a language test.",
     "Applicants must be between 18 and 35 years old and pass a language test."),
    ("The grants go to firms with between 10. 50 staff in rural areas.",
     "The grants go to firms with between 10 and 50 staff in rural areas."),
    ("The bicycles will be handed out together. uniforms and textbooks at the start of term.",
     "The bicycles will be handed out together with uniforms and textbooks at the start of term."),
    ("The new stamps will be sold together. a booklet on the history of the post office.",
     "The new stamps will be sold together with a booklet on the history of the post office."),
    ("Thousands. tenants marched through the city on Saturday against rising rents.",
     "Thousands of tenants marched through the city on Saturday against rising rents."),
    ("Hundreds. volunteers cleared the beach after the spill.",
     "Hundreds of volunteers cleared the beach after the spill."),
    ("The scheme, first tried. 2006, is credited with raising enrolment.",
     "The scheme, first tried in 2006, is credited with raising enrolment."),
    ("The museum reopened. 1998 after a long restoration.", "The museum reopened in 1998 after a long restoration."),
    ("Road crews worked through the night, cleared the main roads. reopened the ring road before dawn.",
     "Road crews worked through the night, cleared the main roads and reopened the ring road before dawn."),
    ("Police sealed off the street, searched the building. arrested two men on the third floor.",
     "Police sealed off the street, searched the building and arrested two men on the third floor."),
    ("A plan to close the valley road was approved. 31 votes to 9 on Wednesday evening.",
     "A plan to close the valley road was approved by 31 votes to 9 on Wednesday evening."),
    ("The evacuation. the 140 residents of the valley was completed by noon.",
     "The evacuation of the 140 residents of the valley was completed by noon."),
])
def test_the_shape_names_the_lost_word(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


@pytest.mark.parametrize("text", [
    # Real sentences after a stop: nothing joined, nothing inserted.
    "Sales rose 5 percent in March. That 5 percent gain was the largest in a year.",
    "The deal was signed in May. That the price was high did not matter.",
    "The mayor resigned in April. That decision surprised the council.",
    "The law was passed in March. 2006 was a turning point.",
    "She worked there for decades. For modest pay and very long hours.",
    "Sales rose 23 percent to 74.1 trillion won, the highest quarterly figure in its history.",
])
def test_real_sentences_stay(text: str) -> None:
    assert _fix(text) == text
