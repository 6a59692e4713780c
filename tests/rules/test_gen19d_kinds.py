"""gen19d: false-stop kinds that worsened on fresh text, fixed by kind.

- A lone lower-case word left after the paragraph's last stop with no stop of its own (a
  word moved out of its sentence): moved back into the one slot the grammar leaves for it
  (a participle after "had" run into its object, a count before a bare plural), else only
  shown; never joined at the wrong end or deleted.
- A discourse connective standing alone after a complete sentence ("At the same time.",
  "In addition.", "As well."): deleted, not joined on as part of the clause.

Every case is our own text, in several shapes, run through the whole rule set as
``repair fix --unsafe --no-model`` runs it, next to look-alikes that must stay.
"""

from __future__ import annotations

import pytest
from rule_helpers import UNSAFE, fix_unsafe

from repair.edits import Safety


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # A participle whose slot is a perfect auxiliary run straight into its object.
        ("The council had the plan in March after a long public hearing. approved",
         "The council had approved the plan in March after a long public hearing."),
        ("Rain fell.\n\nThe club has its stadium to a fund from Oslo for 40 years. sold\n\nIt rained.",
         "Rain fell.\n\nThe club has sold its stadium to a fund from Oslo for 40 years.\n\nIt rained."),
        ("Both firms have their offices in the old port district. closed",
         "Both firms have closed their offices in the old port district."),
        # A count whose slot is a bare plural after a preposition.
        ("The crew lost power to the engine for minutes before the landing. twelve",
         "The crew lost power to the engine for twelve minutes before the landing."),
        ("Talks on the new border crossing went on in Geneva over days without a break. eleven",
         "Talks on the new border crossing went on in Geneva over eleven days without a break."),
        # A connective with nothing to connect, after a complete sentence.
        ("The firm said it had enough cash to pay its suppliers. At the same time.",
         "The firm said it had enough cash to pay its suppliers."),
        ("More snow is forecast for Friday, though lighter. As well.",
         "More snow is forecast for Friday, though lighter."),
        ("Ticket prices will rise by a fifth next year. In addition.",
         "Ticket prices will rise by a fifth next year."),
        ("The rebels agreed to a ceasefire in the east. On the other hand.",
         "The rebels agreed to a ceasefire in the east."),
        ("Exporters gained from the weak currency. By the same token.",
         "Exporters gained from the weak currency."),
        # An object pronoun holding the place of the noun phrase after the stop.
        ("The agency said it would release it. the full survey results for all regions in June.",
         "The agency said it would release the full survey results for all regions in June."),
        ("The club plans to sell them. the old training grounds near the river.",
         "The club plans to sell the old training grounds near the river."),
        # "that" left before an infinitive, which it can never open.
        ("The board voted on Friday that. to close the branch at the end of the year.",
         "The board voted on Friday to close the branch at the end of the year."),
        ("Ministers agreed last night that. to raise the fuel duty in two steps.",
         "Ministers agreed last night to raise the fuel duty in two steps."),
        # An article left after a passive participle, which takes no object.
        ("The 40-tonne turbine will be shipped the. on a barge from Rotterdam, along with two smaller units.",
         "The 40-tonne turbine will be shipped on a barge from Rotterdam, along with two smaller units."),
        ("The two suspects were questioned the. at a police station in the north of the city.",
         "The two suspects were questioned at a police station in the north of the city."),
        # A lone linking word after a clause that ends on its verb's particle: deleted, as
        # after any complete sentence (a join left "ruled out However"); a concessive one
        # ending its paragraph closes the sentence after a comma (prec19).
        ("Compulsory job cuts are not ruled out. However.", "Compulsory job cuts are not ruled out, however."),
        ("The old pier will be torn down. Meanwhile.", "The old pier will be torn down."),
        # An appositive after a name or an institution, with a reduced passive relative.
        ("The reform still needs the consent of the Assembly. the chamber chosen by the regions.",
         "The reform still needs the consent of the Assembly, the chamber chosen by the regions."),
        ("The ruling was welcomed by Ana Ruiz. the lawyer hired by the families.",
         "The ruling was welcomed by Ana Ruiz, the lawyer hired by the families."),
        # An absolute "with" phrase whose participle is a past form.
        ("Up to 30 centimetres of rain fell within a day. with more expected on Monday.",
         "Up to 30 centimetres of rain fell within a day, with more expected on Monday."),
        ("The side finished the match with nine men. with two players sent off before the break.",
         "The side finished the match with nine men, with two players sent off before the break."),
        # A name cut off the front of the next sentence, whose subject became a pronoun.
        ("The winner came in the 88th minute. Striker Ana Ruiz. She scored from 25 metres after a corner.",
         "The winner came in the 88th minute. Striker Ana Ruiz scored from 25 metres after a corner."),
        ("The prize went to a newcomer this year. Poet Jana Novak. She wrote the winning book in six weeks.",
         "The prize went to a newcomer this year. Poet Jana Novak wrote the winning book in six weeks."),
        # A name identifying the person an indefinite noun phrase introduced.
        ("The comet was first seen on the night of May 3 by a doctoral student. Youssef Amrani.",
         "The comet was first seen on the night of May 3 by a doctoral student, Youssef Amrani."),
        ("The fossil was found last spring by a local farmer. Tomas Berg.",
         "The fossil was found last spring by a local farmer, Tomas Berg."),
        # A lower-case speech tag after the clause it attributes.
        ("Ortiz, who had denied the charges throughout the trial, will appeal. his lawyer Ana Ruiz said.",
         "Ortiz, who had denied the charges throughout the trial, will appeal, his lawyer Ana Ruiz said."),
        ("The club will not sell its striker this summer. the new owner told reporters.",
         "The club will not sell its striker this summer, the new owner told reporters."),
        # An appositive a relative clause defines, after a noun.
        ("The judges said the rule breached the right to a fair hearing. the basic guarantee which the court "
         "set out in 1979.",
         "The judges said the rule breached the right to a fair hearing, the basic guarantee which the court "
         "set out in 1979."),
        ("The prize went to a novel about the harbour. a book whose author worked there for 30 years.",
         "The prize went to a novel about the harbour, a book whose author worked there for 30 years."),
        # A sentence stranded on "be" before the prepositional complement it needs.
        ("Most of the damaged houses were. In the villages of Arden, Brook and Hale.",
         "Most of the damaged houses were in the villages of Arden, Brook and Hale."),
        ("The two missing climbers were. On the north face of the mountain, near the old hut.",
         "The two missing climbers were on the north face of the mountain, near the old hut."),
        ("The main office of the charity is. In a former school on the edge of the town.",
         "The main office of the charity is in a former school on the edge of the town."),
    ],
)
def test_kind_is_repaired(garbled: str, fixed: str) -> None:
    """Each kind is repaired in shapes other than the one it was first seen in."""
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        # A verb after the last stop with no slot the grammar names: shown, neither joined nor deleted.
        "The inspectors believe that water leaking from the old dam most of the cracks in the wall. caused",
        # Two perfect-auxiliary slots: the participle's place is an editor's call.
        "The city had the funds and the board had the land for the park. agreed",
    ],
)
def test_word_after_the_last_stop_without_one_slot_is_only_shown(text: str) -> None:
    """The word stands after the sentence's own stop; a join or a deletion would both be wrong."""
    edits = [e for e in UNSAFE.check(text) if e.rule == "SP001"]
    assert [e.safety for e in edits] == [Safety.DISPLAY]
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # A feed's continuation mark and a word ending a line before more text stay.
        "Markets were calm as traders waited for the figures they hold. more",
        # Connectives that do carry content, or open a sentence of their own.
        "The two teams kicked off. At the same time, the roof was closed.",
        "Prices rose at the same time as wages.",
        "She won the race. In fact, she set a record.",
        # A frame with a noun phrase of its own is a real adjunct, joined elsewhere, never deleted.
        "Prices fell. In the same week last year they rose.",
        # A clause after "it.".
        "She said she would sign it. The deal was worth 40 million euros.",
        # A finite sentence after an institution, and a name followed by a real sentence.
        "The prize went to Ana Ruiz. She thanked her team.",
        "The fossil was found by a farmer in Lund. Tomas Berg took it to the museum.",
        # A clause may end on "be" when it is elliptical or embedded.
        "Prices are now higher than they were. In the spring, they fell.",
        "Nobody could say where the papers were. In the end, the police found them.",
    ],
)
def test_look_alike_is_left(text: str) -> None:
    """Look-alikes of each kind are left as they are."""
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # "that" as the object of a preposition stays; the stop alone goes.
        ("In the end the board agreed to that. to be fair, it had little choice.",
         "In the end the board agreed to that to be fair, it had little choice."),
        # "with" after a verb form is its object's preposition, no absolute phrase: no comma.
        ("The hall was filled. with people crowded at the doors.",
         "The hall was filled with people crowded at the doors."),
        # A verb cut off at its particle: the noun phrase after the stop is its object, and
        # the ", which" clause comments on the whole clause; no appositive comma.
        ("Strong winds can strip away. the topsoil of dry fields, which makes the harvest smaller.",
         "Strong winds can strip away the topsoil of dry fields, which makes the harvest smaller."),
    ],
)
def test_look_alike_gets_only_the_plain_join(garbled: str, fixed: str) -> None:
    """Look-alikes whose word before the stop belongs to the sentence: only the stop goes."""
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        # A capitalised sentence after "to control it." is a sentence of its own.
        "When they can't stop it, they try to control it. Then they find out how to profit.",
        "If staff want more pay they should earn it. Now the board must decide.",
        # A name that fills a bare title's gap earlier is no subject of the next sentence.
        "Deputy Mayor opened the new bridge on Monday. Ana Ruiz. She promised more funds for roads.",
    ],
)
def test_look_alike_keeps_its_pronoun(text: str) -> None:
    """The placeholder and pronoun deletions stay off these look-alikes."""
    out = fix_unsafe(text)
    assert " it. " in out or " She " in out
