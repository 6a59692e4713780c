"""Quotation damage in text that quotes with straight marks ("), found by the curly rules.

The rules of :mod:`repair.rules.speech_quotes`, :mod:`repair.rules.quotes` and
:mod:`repair.rules.marks_style` read curly marks only: a straight mark does not say
whether it opens or closes. In most news text its place does: a mark after a blank (or
at a paragraph's start) and before a word opens, one after a word or a stop and before a
blank, a stop or the paragraph's end closes. Where every straight mark of a paragraph
reads one way only, this module writes the paragraph with curly marks in their place (a
"view" of the text, one character for one, so offsets are unchanged), runs the curly
rule's own check on that view, and turns the marks of each edit back to straight ones.
So the same kinds are found, by the same code and with the same safeguards (clean news,
quoted with straight marks only, decided which of them are applied and which shown):

- a lost closing mark before a speech tag (applied) or at the end of the speech (shown:
  old wire copy runs quotations on without one) (as QM001),
- a full stop outside the closing mark of a quoted whole sentence (applied before a
  lower-case tag, else shown: British style) (as QM002),
- a lost closing mark before the tag that ends the first of two quotations (as QM003;
  its other edit, an opening mark inside an open quotation dropped, is not kept: old
  feeds run a quotation's paragraphs together),
- a lost opening mark where a closing mark and its tag show the speech (shown) (as PU006),
- a lost comma between a quoted sentence and its tag (shown: old wire style) (as QM013).

A paragraph is left out (its edits dropped, and its neighbours' edits that read it) when
it holds curly marks (the curly rules see it), or a straight mark whose direction its
place does not show (``word"word``, a mark between blanks, an inch mark after a figure
with no quotation open). A quotation that runs on into the next paragraph, which opens
again, reads as the curly rules read it (the news convention).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from repair.document import Document
from repair.edits import Edit, Safety, Span
from repair.rules import marks_style, quotes, speech_quotes
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.straight_quote_candidates import READS_NEIGHBOURS, candidates
from repair.rules.straight_quote_view import CLOSE, OPEN, STRAIGHT, compact_view, kept_views

# A curly mark the message names as a character ("closes with ” but"), set off by blanks or
# a bracket: not a pair of marks around quoted words ("Doubled “.”."), which stay.
_NAMED_CURLY_MARK = lazy_compile(r"(?:(?<=\s)|(?<=\())[“”](?=[\s)])")


def _straight(edit: Edit) -> Edit:
    """The edit with its curly marks written straight, as the text writes them, in its
    replacement and where its message names the mark: the text has none of them."""
    return replace(edit, replacement=edit.replacement.replace(OPEN, STRAIGHT).replace(CLOSE, STRAIGHT),
                   message=_NAMED_CURLY_MARK.sub(STRAIGHT, edit.message))


# How sure an edit is, read on the original text: its safety, or None to drop it.
Judge = Callable[[Document, Edit], "Safety | None"]


def _through_view(curly: Rule, judge: Judge) -> Callable[[Document, Rule], Iterator[Edit]]:
    """A check that runs ``curly``'s own check on the straight view of the kept paragraphs
    it can fire in (with their neighbours' lines where it reads them: see
    straight_quote_candidates), keeping the edits that lie inside one of them, writing their
    marks straight, at the safety ``judge`` gives them on the original text."""

    def check(doc: Document, self: Rule) -> Iterator[Edit]:
        found = kept_views(doc)
        wanted = candidates(doc).get(curly.code) if found is not None else None
        if found is None or not wanted:
            return
        cut = compact_view(doc, found, wanted, curly.code in READS_NEIGHBOURS)
        paragraphs = cut.doc.paragraphs
        for edit in curly.check(cut.doc, self):
            index = _paragraph_of(cut.doc, edit.start)
            if index is None or cut.origin[index] not in cut.wanted or edit.end > paragraphs[index].end:
                continue
            move = cut.shift[index]
            straight = replace(_straight(edit), span=Span(edit.start + move, edit.end + move))
            safety = judge(doc, straight)
            if safety is not None:
                yield replace(straight, safety=safety) if safety != straight.safety else straight

    check.__doc__ = (f"{curly.code}'s kind read in text that quotes with straight marks, through a view "
                     f"with those marks turned curly (see speech_quotes_straight).\n\n{curly.doc}")
    return check


def _closes_before_tag(doc: Document, edit: Edit) -> Safety | None:
    """QM001's closing mark before a speech tag ("…,\" he said") is applied; one at the
    paragraph's end only shown: old wire copy often runs a quotation on with no mark."""
    return Safety.UNSAFE if " " in edit.replacement else Safety.DISPLAY


def _tag_edits_only(doc: Document, edit: Edit) -> Safety | None:
    """QM003's closing mark before the tag of the first of two quotations is kept; its
    other edit, dropping an opening mark inside an open quotation, is not: old feeds run
    a quotation's paragraphs together ("… yet. \"We want …"), so the mark is no stray."""
    return Safety.UNSAFE if edit.replacement else None


def _stop_before_lower_case(doc: Document, edit: Edit) -> Safety | None:
    """QM002's stop moved inside the closing mark is applied where a lower-case word follows
    ("…today\". he said"): no house style starts a sentence so, and QM009 then makes the
    stop the tag's comma. Before a capital it is British style, and only shown."""
    after = doc.text[edit.end : edit.end + 2]
    return Safety.UNSAFE if after[:1] == " " and after[1:].islower() else Safety.DISPLAY


def _shown(doc: Document, edit: Edit) -> Safety | None:
    """Shown only. A stop or comma outside the closing mark, or no comma before the tag
    ("…\" said X"), is how British house style and old wire copy write a clean quotation
    (clean news has hundreds), so the text's place never shows it is damage; and where
    old wire copy lost an opening mark, the paragraph start PU006 takes is often wrong."""
    return Safety.DISPLAY


def _paragraph_of(doc: Document, at: int) -> int | None:
    """The index of the paragraph holding offset ``at`` (its end included), or None."""
    index = bisect.bisect_right(doc._paragraph_starts, at) - 1
    if index < 0 or at > doc.paragraphs[index].end:
        return None
    return index


def _straight_rule(code: str, name: str, curly: Rule, judge: Judge, bad: Iterable[tuple[str, str]],
                   good: Iterable[str]) -> Rule:
    """A rule with its own code that finds ``curly``'s kind in straight-quoted text."""
    return rule(code, name, curly.category, Safety.UNSAFE, bad=bad, good=good)(_through_view(curly, judge))


unclosed_quote_straight = _straight_rule(
    "QM026", "unclosed-quote-straight", speech_quotes.unclosed_quote, _closes_before_tag,
    bad=[
        ('"The river rose in an hour, and nobody had time to move the cattle, he said.\n\nRain fell.',
         '"The river rose in an hour, and nobody had time to move the cattle," he said.\n\nRain fell.'),
        ('"Both engines are working, and the crew is safe, said flight director Ana Ruiz.\n\nRain fell.',
         '"Both engines are working, and the crew is safe," said flight director Ana Ruiz.\n\nRain fell.'),
        ('Ruiz denied any wrongdoing and said: "I will clear my name in court.\n\nThe hearing is in May.',
         'Ruiz denied any wrongdoing and said: "I will clear my name in court."\n\nThe hearing is in May.'),
        ('The study found the effect lasted into the second year, "when the risk is highest.\n\nRain fell.',
         'The study found the effect lasted into the second year, "when the risk is highest."\n\nRain fell.'),
    ],
    good=[
        # A quotation that runs on: the next paragraph opens again.
        'The mayor said: "We will rebuild every house.\n\n"It will take years, but we will do it."',
        '"We will rebuild," the mayor said.\n\nRain fell.',
        'He bought a 40" screen and left.\n\nRain fell.',
        'The last paragraph: "Nothing shows the quotation ended here.',
        'Residents call him "the Baron" and he likes it.\n\nRain fell.',
    ],
)

stop_outside_quote_straight = _straight_rule(
    "QM027", "stop-outside-quote-straight", speech_quotes.stop_outside_quote, _stop_before_lower_case,
    bad=[
        ('He said: "The mine will reopen in the spring".', 'He said: "The mine will reopen in the spring."'),
        ('Rain fell. "The port will reopen next week". Officials agreed.',
         'Rain fell. "The port will reopen next week." Officials agreed.'),
        ('"We had to rule it out," she said. "Red dwarfs are very active and can fool us".',
         '"We had to rule it out," she said. "Red dwarfs are very active and can fool us."'),
    ],
    good=[
        'He called the plan "a good start".',
        'The word was "no".',
        'She said that it was "going to take years".',
        'The band played "Here Comes The Sun".',
    ],
)

stray_reopening_mark_straight = _straight_rule(
    "QM028", "stray-reopening-mark-straight", speech_quotes.stray_reopening_mark, _tag_edits_only,
    bad=[
        ('"We closed the harbour at dawn, the harbour master told reporters. "The sea is calm now."',
         '"We closed the harbour at dawn," the harbour master told reporters. "The sea is calm now."'),
        ('"I have never seen the river this low, said Rui Costa, who farms near Beja. "The wells are dry."',
         '"I have never seen the river this low," said Rui Costa, who farms near Beja. "The wells are dry."'),
        ('"Nobody came to help us, said farmer Rui Costa. "We were alone."',
         '"Nobody came to help us," said farmer Rui Costa. "We were alone."'),
    ],
    good=[
        '"The river rose fast," Ruiz said. "Nobody had time."',
        'Ruiz said: "The river rose fast." "Nobody had time," Diaz added.',
    ],
)

missing_opening_quote_straight = _straight_rule(
    "QM029", "missing-opening-quote-straight", quotes.missing_opening_quote, _shown,
    bad=[
        ('We will not stop until the work is done," Ruiz told reporters.',
         '"We will not stop until the work is done," Ruiz told reporters.'),
        ('The lifts were never serviced," the caretaker said.',
         '"The lifts were never serviced," the caretaker said.'),
        ('The rules are clear. Nobody is above them," the judge said.',
         '"The rules are clear. Nobody is above them," the judge said.'),
    ],
    good=[
        '"We will not stop," Ruiz told reporters.',
        'The mayor said on Friday the pool would stay shut. It is too cold," Ana Ruiz said.',
        '"We are hiring in two states.\n\nWe expect to keep hiring," Roe said.',
    ],
)

quote_before_tag_without_comma_straight = _straight_rule(
    "QM030", "quote-before-tag-without-comma-straight", marks_style.quote_before_tag_without_comma, _shown,
    bad=[
        ('"Today was not the day we wanted, but we will be back" Ruiz said in a video.',
         '"Today was not the day we wanted, but we will be back," Ruiz said in a video.'),
        ('Talks failed. "We have nothing more to offer" added the director.',
         'Talks failed. "We have nothing more to offer," added the director.'),
        ('"The road is open again" she said on Friday.', '"The road is open again," she said on Friday.'),
    ],
    good=[
        '"The road is open again," she said on Friday.',
        'He called it "a bad deal" said nobody at the meeting.',
        '"Is it over?" said the mayor.',
    ],
)

RULES = (unclosed_quote_straight, stop_outside_quote_straight, stray_reopening_mark_straight,
         missing_opening_quote_straight, quote_before_tag_without_comma_straight)
