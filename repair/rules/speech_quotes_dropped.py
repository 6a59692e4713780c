"""Direct speech that lost its quotation marks (QM005).

Split from :mod:`repair.rules.speech_quotes`, which keeps the speech helpers this rule shares.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.quote_marks import quote_marks
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.speech_quotes import CLOSE, OPEN
from repair.rules.speech_tag_wide import lone_subordinate_clause, wide_tag
from repair.rules.speech_tags import _FIRST_PERSON, _TAG, _is_speech

# A verb of saying inside the words before the tag is narration's ("He told us the plant
# would close, the union said.") unless the speaker says it of himself ("I told myself …").
_SPEECH_IN_SPEECH = lazy_compile(r"\b(?:said|says|told|tell|asked)\b")
# Full stops of other scripts (ideographic, Devanagari danda, Armenian, Ethiopic, Urdu), which
# the sentence splitter does not read as stops.
_FOREIGN_STOPS = ("\u3002", "\u0964", "\u0589", "\u1362", "\u06d4")
_FIRST_PERSON_SUBJECT = lazy_compile(r"(?:^|\b)(?:I|[Ww]e)(?: (?:have|had|just|also|then|never|always))? $")
# The dash a Polish or Russian pivot hands a quotation to its tag with ("… the customer – said
# Ana Ruiz."), spaced on both sides, where English writes the tag's comma.
_TAG_DASHES = (" – ", " — ")
# Every double mark of every style: a sentence holding one (guillemets and low marks too, which
# QM006 and QM008 restyle in the same pass) has its quotation marked already.
_ANY_MARK = (OPEN, CLOSE, '"', "«", "»", "„", "‹", "›")


def _tag_of(body: str) -> tuple[re.Match[str] | None, int]:
    """The speech tag closing the sentence ``body`` (``_TAG``) and how many characters before
    it the quotation's closing mark replaces: its comma (1), or a spaced dash (" –", 2), read
    as the comma there. (None, 0) when no tag closes it."""
    match = _TAG.search(body)
    if match:
        return match, 1
    at = max(body.rfind(_TAG_DASHES[0]), body.rfind(_TAG_DASHES[1]))  # (two calls, no generator: every sentence)
    if at > 0:
        match = _TAG.search(f"{body[:at]}, {body[at + 3 :]}")
        if match and match.start() == at:
            return match, 2
    return None, 0


@rule(
    "QM005",
    "dropped-quotes",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("We will not retreat, and we will win, the minister said.",
         "“We will not retreat, and we will win,” the minister said."),
        ("Prices are rising. Our families cannot wait, Ruiz told reporters on Monday.",
         "Prices are rising. “Our families cannot wait,” Ruiz told reporters on Monday."),
        ("Stay calm and stay home, the mayor said.", "“Stay calm and stay home,” the mayor said."),
        ("She called it “a scandal”. We want answers, she said.",
         "She called it “a scandal”. “We want answers,” she said."),
        ("We have waited long enough, she told reporters.", "“We have waited long enough,” she told reporters."),
        ("My shop has been closed for a month, said Ana Ruiz, a baker.",
         "“My shop has been closed for a month,” said Ana Ruiz, a baker."),
        ("We have waited for this day, said village elder Ana de Souza outside the court.",
         "“We have waited for this day,” said village elder Ana de Souza outside the court."),
        ('"The roads are open," he said.\nWe expect more snow, he added.',
         '"The roads are open," he said.\n"We expect more snow," he added.'),
        ("We will rebuild the pier, the mayor told the local radio.",
         "“We will rebuild the pier,” the mayor told the local radio."),
        ("Our patience has limits, declared the head of the dockers' union, Rui Costa, on local radio.",
         "“Our patience has limits,” declared the head of the dockers' union, Rui Costa, on local radio."),
        ("I did not look at the clock, I just kept going, said the 19-year-old from Braga.",
         "“I did not look at the clock, I just kept going,” said the 19-year-old from Braga."),
        ("we paid for this stand with our own savings, said Okafor.",
         "“We paid for this stand with our own savings,” said Okafor."),
        ("We never expected a crowd this size, the owner of the gallery, Rui Costa, told reporters.",
         "“We never expected a crowd this size,” the owner of the gallery, Rui Costa, told reporters."),
        ("Our tests show the water is clean, a chemist at the lab told Radio Norte Sul.",
         "“Our tests show the water is clean,” a chemist at the lab told Radio Norte Sul."),
        ("We will appeal, his lawyer, Rui Costa, said on Monday.",
         "“We will appeal,” his lawyer, Rui Costa, said on Monday."),
        ("My shop is gone, one baker said through tears.", "“My shop is gone,” one baker said through tears."),
        ("Nobody warned us, complained a tenant of the block.",
         "“Nobody warned us,” complained a tenant of the block."),
        ("I told myself to keep running, not to look back, Ruiz said after the race.",
         "“I told myself to keep running, not to look back,” Ruiz said after the race."),
        ("We asked the council for help three times, one tenant said.",
         "“We asked the council for help three times,” one tenant said."),
        ("Rain fell. i never took a bribe and I will prove it, he wrote.",
         "Rain fell. “I never took a bribe and I will prove it,” he wrote."),
        # Longer tags than _TAG reads, before first-person words (speech_tag_wide).
        ("We cannot eat promises, the secretary of the northern branch of the union, Ana Ruiz, said at a rally.",
         "“We cannot eat promises,” the secretary of the northern branch of the union, Ana Ruiz, said at a rally."),
        ("We want the truth, not a report, his sister Ana Ruiz said outside the committee's office.",
         "“We want the truth, not a report,” his sister Ana Ruiz said outside the committee's office."),
        ("We are not punishing anyone, insisted Commission spokesman Rui Costa.",
         "“We are not punishing anyone,” insisted Commission spokesman Rui Costa."),
        ("For us, the new line is simply cheaper, stated the chief financial officer Ana Ruiz.",
         "“For us, the new line is simply cheaper,” stated the chief financial officer Ana Ruiz."),
        ("I can't believe it, Ruiz assured.", "“I can't believe it,” Ruiz assured."),
        ("I take the blame, Ruiz said during a press conference at the national stadium.",
         "“I take the blame,” Ruiz said during a press conference at the national stadium."),
        ("Somebody will have to give way, and I do not think it will be us – said Ana Ruiz, an analyst.",
         "“Somebody will have to give way, and I do not think it will be us,” said Ana Ruiz, an analyst."),
    ],
    good=[
        "The economy will grow this year, the minister said.",
        "“We will win,” the minister said.",
        "Ruiz said we would all know soon, officials said.",
        "The company, which employs 300 people in our region, said profits rose.",
        "He told us the plant would close, the union said.",
        "The treaty ended World War I in Europe, the historian said.",
        "She said: “The river rose. We had no time, I think, the mayor said. Then it fell.”",
        "She called it “a scandal”. The plant will close, she said.",
        'She said: "The river rose. We had no time, the mayor said. Then it fell."',
        "We need to think about what it means for us, says Jane Roe, a scientist.",
        "The plant will close in May, she said.",
        "The budget is too small, said the mayor of our town.",
        "The budget is too small, declared the head of the council, Rui Costa.",
        "The budget is too small, said the head of our council.",
        "the plan will fail, said the mayor.",
        "The dam will hold for a week, the head of the agency, Rui Costa, told Radio Norte.",
        "We met the ministers of Spain, Italy and France, the agency told reporters, and then we left.",
        "The court will rule soon, his lawyer said on Monday.",
        "She told us we had to leave, the tenant said.",
        "The mayor asked us to wait, our neighbour said.",
        "She vowed to end the quarrel over funding። We will publish the rules first, she said.",
        "We have – said the mayor – no plan for the winter.",
        "The plan will fail – said the mayor of our town.",
        "Rain fell. Continues after advertising «Our town needs this bridge» — said Ana Ruiz, a mother.",
        "As we reported, the minister said in May.",
        "We had dinner, then Ruiz said goodbye to everyone.",
        "We left early, and the mayor said nothing.",
        "We went to the market, said to be the largest in the region.",
        "We paid the fee, which the court said was too high.",
    ],
)
def dropped_quotes(doc: Document, self: Rule) -> Iterator[Edit]:
    """Direct speech that lost both marks ("We will win, the minister said.").

    A sentence in the first person (or opening with an imperative) followed by a speech
    tag is a quotation: narration does not say "we" and reported speech shifts to the
    third person. The fix puts marks around the spoken part of that sentence and turns
    nothing else. Narration with "said" never gains marks: a third-person sentence, one
    with "said" inside the speech, or one whose first person follows "told"/"said" is
    left alone. Unsafe: a columnist's "we" reads the same.
    """
    text = doc.text
    style: tuple[str, str] | None = None
    for sent in doc.sentences:
        body = text[sent.span.start : sent.span.end]  # (``doc.sentence_text`` in place: every sentence)
        if any(mark in body for mark in _ANY_MARK):
            continue  # the sentence quotes already ("… after advertising «We …» — said …"): no marks round it all
        match, lead = _tag_of(body)
        if not match:
            # A longer tag than _TAG reads: only before first-person words, which clean news
            # quotes nearly always (:mod:`repair.rules.speech_tag_wide`).
            # (The cheap first-person scan first: most sentences have neither.)
            if not _FIRST_PERSON.search(body):
                continue
            match, lead = wide_tag(body), 1
            if match is None or not _FIRST_PERSON.search(body, 0, match.start()):
                continue
        speech = body[: match.start()]
        if any(mark in speech for mark in _FOREIGN_STOPS):
            # "She promised to end it። I will …, she said.": the pivot's full stop hides a
            # sentence break; PU011 makes it "." and the next round quotes the right sentence.
            continue
        if len(speech.split()) < 3 or not speech[:1].isalpha() or not _is_speech(speech):
            continue
        if lone_subordinate_clause(speech):
            continue  # "As we reported, the minister said in May.": the writer's clause, no quotation
        # A lower-case first word lost its capital with its mark ("we built this, said Ruiz."):
        # the quotation gets both back. Only the first person: "the plan …" may be a cut tail.
        # A lone lower-case "i" is the pronoun that lost its capital with the mark ("i have
        # never cheated, he wrote.").
        first_person = _FIRST_PERSON.match(speech) or speech.startswith(("i ", "i'", "i’"))
        capital = speech[0].upper() if speech[:1].islower() and first_person else speech[0]
        if not capital.isupper():
            continue
        if any(not _FIRST_PERSON_SUBJECT.search(speech, 0, verb.start())
               for verb in _SPEECH_IN_SPEECH.finditer(speech)):
            continue  # "He told us the plant would close, the union said.": narration reports it
        para = doc.paragraphs[sent.paragraph]
        # Inside a quotation that spans sentences the words are quoted already: the marks
        # before the sentence must all be closed, and the first mark after it must open.
        # (Indexed marks, not a scan of the paragraph per sentence: issue 13.)
        marks = quote_marks(doc)
        if marks.last(OPEN, para.start, sent.span.start) > marks.last(CLOSE, para.start, sent.span.start):
            continue
        after_open = marks.first(OPEN, sent.span.end, para.end)
        after_close = marks.first(CLOSE, sent.span.end, para.end)
        if after_close >= 0 and (after_open < 0 or after_close < after_open):
            continue
        if marks.count('"', para.start, sent.span.start) % 2:
            continue  # inside a quotation written with straight marks
        start = sent.span.start
        end = start + match.start()
        # The text's own style (straight marks where it never uses curly), read once per text.
        if style is None:
            whole = doc.evidence_text
            style = ('"', '"') if '"' in whole and OPEN not in whole and CLOSE not in whole else (OPEN, CLOSE)
        opening, closing = style
        yield self.edit(start, end + lead, f"{opening}{capital}{speech[1:]},{closing}",
                        "Direct speech lost its quotation marks.", 0.65)


RULES = (dropped_quotes,)
