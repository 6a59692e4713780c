"""A stray function word at a false stop, which a bare join would keep (our own words):

* an object pronoun ("it", "them") just before the stop, after a complete prepositional
  phrase, with a preposition or conjunction opening the piece: deleted with the join;
* a singular auxiliary ("is", "was", "has") just before the stop after a chain of plural
  nouns hung on a verb's object: no noun there is its subject, so it is deleted with the join;
* a lone article or possessive cut off between two stops before a preposition: deleted with
  the stop before it, and the piece after joins on; a lone article or relative word that
  ends the paragraph: deleted.

Look-alikes (the word has something to attach to) keep the bare join or stay as they were."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix


@pytest.mark.parametrize(
    "text,fixed",
    [
        # A stray object pronoun after a complete prepositional phrase.
        ("The fund said it would keep buying bonds in the secondary market it. and in new auctions.",
         "The fund said it would keep buying bonds in the secondary market and in new auctions."),
        ("Inspectors found cracks along the northern section of the wall them. near the old gate.",
         "Inspectors found cracks along the northern section of the wall near the old gate."),
        ("The ministry will sell wheat from its reserve stocks it. or from imports if needed.",
         "The ministry will sell wheat from its reserve stocks or from imports if needed."),
        # A singular auxiliary after plural nouns that are a verb's object.
        ("Officials had dismissed reports from farmers about floods is. in the lower valley.",
         "Officials had dismissed reports from farmers about floods in the lower valley."),
        ("The council ignored complaints by residents about potholes was. on the ring road.",
         "The council ignored complaints by residents about potholes on the ring road."),
        ("Engineers have examined samples from pillars of bridges has. along the coast.",
         "Engineers have examined samples from pillars of bridges along the coast."),
        # A lone article between two stops, before a preposition.
        ("The team counted nesting pairs on 46 islands. the. from the northern fjords to the south.",
         "The team counted nesting pairs on 46 islands from the northern fjords to the south."),
        ("Volunteers planted 9,000 trees along the river. a. in the spring and autumn.",
         "Volunteers planted 9,000 trees along the river in the spring and autumn."),
        ("The survey covered 120 schools. its. across three districts.",
         "The survey covered 120 schools across three districts."),
        # A lone relative word or article that ends the paragraph.
        ("Most of the injured were cyclists. who.", "Most of the injured were cyclists."),
        ("The clinic treated 300 patients last week. the.", "The clinic treated 300 patients last week."),
        ("The airline cancelled 40 flights on Friday. which.", "The airline cancelled 40 flights on Friday."),
    ],
)
def test_stray_word_at_the_stop_is_deleted(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


@pytest.mark.parametrize(
    "text,fixed",
    [
        # The pronoun is a verb's object: the bare join is right.
        ("The company said it would repair it. in the coming weeks.",
         "The company said it would repair it in the coming weeks."),
        ("Police found the car and towed it. to a depot outside town.",
         "Police found the car and towed it to a depot outside town."),
        # The auxiliary's subject is in the sentence (a singular head), or no verb comes before.
        ("The problem with the pipes is. in the basement of the school.",
         "The problem with the pipes is in the basement of the school."),
        ("He said the leak from the tanks is. under the main platform.",
         "He said the leak from the tanks is under the main platform."),
    ],
)
def test_word_with_something_to_attach_to_stays(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


@pytest.mark.parametrize(
    "text,word",
    [
        # A relative word before its verb, an article before a noun: not deleted.
        ("Most of the injured were cyclists. who. had no lights.", " who"),
        ("The survey covered 120 schools. the. new ones opened in May.", " the"),
    ],
)
def test_lone_word_before_what_it_attaches_to_is_kept(text: str, word: str) -> None:
    assert word in _fix(text)
