"""A false stop before "and" and a second main clause (our own words): the clause has a subject
of its own ("and at least 12 people were killed"), so the join takes a comma, as it does before
"but"; a second verb of the same subject, a noun phrase, a "that" clause, "then", and an "and"
inside a subordinate clause ending the sentence before ("…, when …. and …") stay bare. The
subject is a pronoun with its verb, or a few words with no verb and then an auxiliary."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix


@pytest.mark.parametrize(("text", "fixed"), [
    ("The storm hit the coast on Monday. and at least 12 people were killed.",
     "The storm hit the coast on Monday, and at least 12 people were killed."),
    ("The section was closed. and no one was hurt.", "The section was closed, and no one was hurt."),
    ("Prices rose in March. and the central bank will raise rates in April.",
     "Prices rose in March, and the central bank will raise rates in April."),
    ("The plant closed in May. and it reopened in July.", "The plant closed in May, and it reopened in July."),
    ("Doctors wrote prescriptions by hand. and patients were asked to bring their own records.",
     "Doctors wrote prescriptions by hand, and patients were asked to bring their own records."),
    ("The ferry capsized on Monday. and at least 12 people were killed, officials said.",
     "The ferry capsized on Monday, and at least 12 people were killed, officials said."),
    # A determiner-led subject whose verb has no auxiliary (repair.rules.stops_and_subjects):
    # an "-ed" verb before its object, a past-only form, an adverb before the verb, a plural
    # subject's bare verb before its object.
    ("Prices rose in March. and the central bank raised rates in April.",
     "Prices rose in March, and the central bank raised rates in April."),
    ("The river rose four metres overnight. and the council closed the old bridge to traffic.",
     "The river rose four metres overnight, and the council closed the old bridge to traffic."),
    ("The storm cut power to 3,000 homes. and the ferry sank within minutes of leaving port.",
     "The storm cut power to 3,000 homes, and the ferry sank within minutes of leaving port."),
    ("Rents climbed again in March. and the buses usually run late on Sundays.",
     "Rents climbed again in March, and the buses usually run late on Sundays."),
    ("The church calls it a custom. and most farmers invite a priest to bless the field.",
     "The church calls it a custom, and most farmers invite a priest to bless the field."),
    ("The exam was held on Monday. and the second paper asked pupils to write an essay.",
     "The exam was held on Monday, and the second paper asked pupils to write an essay."),
    # Look-alikes joined bare: a second verb of the same subject, a noun phrase, a relative
    # clause's verb, an "-ed" form before a preposition or a time phrase (an elided passive or
    # a reduced relative is not told from a predicate), a bare noun subject.
    ("The club's results will be wiped. and its chairman banned for life.",
     "The club's results will be wiped and its chairman banned for life."),
    ("The museum reopened on Monday. and the figures released last week showed a rise.",
     "The museum reopened on Monday and the figures released last week showed a rise."),
    ("She thanked the volunteers. and the nurses who had stayed through the night.",
     "She thanked the volunteers and the nurses who had stayed through the night."),
    ("Exports fell in the first quarter, while imports rose. and the deficit widened.",
     "Exports fell in the first quarter, while imports rose and the deficit widened."),
    ("He sold the house. and the boats moored at the jetty.",
     "He sold the house and the boats moored at the jetty."),
    ("The planet is about the size of Earth. and completes one orbit every nine days.",
     "The planet is about the size of Earth and completes one orbit every nine days."),
    ("The fire started in dry grass near a trail. and had burned about 4,600 acres by nightfall.",
     "The fire started in dry grass near a trail and had burned about 4,600 acres by nightfall."),
    ("She was welcomed with a salute. and a guard of honour from the Kenya Defence Forces.",
     "She was welcomed with a salute and a guard of honour from the Kenya Defence Forces."),
    ("The programme will cost 38 million pounds a year. and will be funded by a levy on large properties.",
     "The programme will cost 38 million pounds a year and will be funded by a levy on large properties."),
    ("The runner will also lose her title. and the prize money that came with it.",
     "The runner will also lose her title and the prize money that came with it."),
    ("She lost the first set. and afterwards was unhappy with her serve.",
     "She lost the first set and afterwards was unhappy with her serve."),
    ("He resigned in May. and later was named ambassador.", "He resigned in May and later was named ambassador."),
    ("The company hired 300 workers. and plans to hire more next year.",
     "The company hired 300 workers and plans to hire more next year."),
    ("The mayor opened the bridge. and thanked the engineers.",
     "The mayor opened the bridge and thanked the engineers."),
    ("The talks ended without a deal. and no date for new ones.",
     "The talks ended without a deal and no date for new ones."),
    ("Officials said the plant would close. and that 300 jobs would go.",
     "Officials said the plant would close and that 300 jobs would go."),
    ("The ship reached the port. and then sailed on to Oslo.", "The ship reached the port and then sailed on to Oslo."),
    ("The storm will weaken on Wednesday, when temperatures will fall. and snow could follow.",
     "The storm will weaken on Wednesday, when temperatures will fall and snow could follow."),
])
def test_and_clause_join(text: str, fixed: str) -> None:
    assert _fix(text) == fixed
