"""gen16c: attribution and quotation kinds widened from variants written in our own words.

Each kind has variants of different shapes (other verbs, speakers, tag positions) run
through every rule as ``repair fix --unsafe`` does, and look-alikes that must stay as they
are. The variants and look-alikes are our own text, not strings of any evaluation set.
"""

from __future__ import annotations

import pytest

from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline, RuleProposer

_UNSAFE = Pipeline([RuleProposer()], Policy(min_safety=Safety.UNSAFE))


def _fix(text: str) -> str:
    """The text after every rule, unsafe ones included."""
    return _UNSAFE.fix(text).fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    # delete-invented-tag: an empty echo (speaker, verb of saying, pointer, nothing new).
    ("The port will stay shut until Friday, harbour officials told the crews. They repeated this to the crews.",
     "The port will stay shut until Friday, harbour officials told the crews."),
    ("Mayor Lina Berg said the tram would run by March. She was stressing this.",
     "Mayor Lina Berg said the tram would run by March."),
    ("The league has fined the club for crowd trouble. It had fined it.",
     "The league has fined the club for crowd trouble."),
    ("Ticket prices will rise in May, the rail operator said on Tuesday. The operator says.",
     "Ticket prices will rise in May, the rail operator said on Tuesday."),
    ("Coach Ivo Lind said his team had run out of ideas. That was Lind's assessment.",
     "Coach Ivo Lind said his team had run out of ideas."),
    ("The mine will close in June, the owner said on Friday. This came in a statement issued by the owner.",
     "The mine will close in June, the owner said on Friday."),
    ("Water use fell 9 percent, the utility said in its report. As stated in the report.",
     "Water use fell 9 percent, the utility said in its report."),
    # delete-invented-tag: a report that repeats every content word of the attributed sentence.
    ("The levy is meant to fund new buses, the council and the union said in a joint letter. "
     "They stressed that the levy is meant to fund buses.",
     "The levy is meant to fund new buses, the council and the union said in a joint letter."),
    # reattach-tag: an inverted tag after a quotation, its verb capitalised.
    ("“We left too much space in midfield.” Admitted goalkeeper Tor Holm after the draw.",
     "“We left too much space in midfield,” admitted goalkeeper Tor Holm after the draw."),
    ("“Where will the children play?” Asked one parent, to loud cheers.",
     "“Where will the children play?” asked one parent, to loud cheers."),
    # reattach-tag: a tag with its hearer or time cut off the quotation it introduces.
    ("The vote passed narrowly. Senator Ada Fenn told the chamber. “This law will be undone within a year.”",
     "The vote passed narrowly. Senator Ada Fenn told the chamber: “This law will be undone within a year.”"),
    ("The storm cut power to the valley. The head of the grid company said afterwards. “Crews are out now.”",
     "The storm cut power to the valley. The head of the grid company said afterwards: “Crews are out now.”"),
    # reattach-tag: the speaker with an of-phrase after a stopped quotation.
    ("“Nobody saw the flood coming.” the mayor of the river town said.",
     "“Nobody saw the flood coming,” the mayor of the river town said."),
    # rebuild-attribution: the rest of the speaker's title cut off after the tag.
    ("The dam is safe, the spokesman told reporters on Friday. For the regional water board, Eva Lund.",
     "The dam is safe, the spokesman for the regional water board, Eva Lund, told reporters on Friday."),
    ("Three hikers were rescued, a spokeswoman said. For the mountain rescue service.",
     "Three hikers were rescued, a spokeswoman for the mountain rescue service said."),
    ("The school will reopen, the deputy mayor said on Monday. Eva Lundqvist.",
     "The school will reopen, the deputy mayor Eva Lundqvist said on Monday."),  # FR001 puts the name back
    # restore-quotes: a first-person "I told …" before a tag is speech.
    ("I told my players to be patient and to wait for chances, Lund said after the game.",
     "“I told my players to be patient and to wait for chances,” Lund said after the game."),
    # restore-quotes: several of the speaker's sentences after "told …:".
    ("The judge told the court: I see no regret in you. The term must reflect the harm you did.",
     "The judge told the court: “I see no regret in you. The term must reflect the harm you did.”"),
    # restore-quotes: the quotation after "said:" closes before the writer's narration.
    ("The minister said: “The tender will be rerun in May. Two bidders pulled out last week, citing costs.\n\n"
     "Rain fell.",
     "The minister said: “The tender will be rerun in May.” Two bidders pulled out last week, citing costs.\n\n"
     "Rain fell."),
    # restore-quotes: a quotation opened after a narrated report in the same paragraph.
    ("The coach said on Sunday the club had no plans to sell its captain. We want him here. He is our leader,” "
     "Ivo Lind told a news conference.",
     "The coach said on Sunday the club had no plans to sell its captain. “We want him here. He is our leader,” "
     "Ivo Lind told a news conference."),
])
def test_kind_is_repaired(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize("clean", [
    "Harbour officials said the port would stay shut. They repeated this to reporters on Friday.",
    "Mayor Lina Berg said the tram would run by March. Her rival disputed this.",
    "Ticket prices will rise, the rail operator said. The union says.",
    "Coach Ivo Lind said his team had lacked ideas. That was Berg's assessment.",
    "Water use fell 9 percent. As stated in the report.",
    "“We left space in midfield.” Asked about the draw, Holm blamed the pitch.",
    "Senator Ada Fenn told the chamber. “This law will be undone,” she said.",
    "The dam is safe, the spokesman said. For the rest of the week, crews will watch it.",
    "The dam is safe, the engineer said. New York Times.",
    "She told us we had to leave, the tenant said.",
    "The judge told the court: I see no regret. The trial ended on Friday.",
])
def test_look_alike_is_left_alone(clean: str) -> None:
    assert _fix(clean) == clean


def test_bare_pointer_report_is_deleted_whole() -> None:
    # Once a look-alike here; AT001 (attr37) deletes the bare pointer "They said that." as an
    # invented report (clean news never prints it, training golds delete it): nothing is joined.
    text = "The league fined the club for crowd trouble. They said that. A hearing is set for May."
    assert _fix(text) == "The league fined the club for crowd trouble. A hearing is set for May."
