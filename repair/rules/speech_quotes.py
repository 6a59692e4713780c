"""Quotation marks around direct speech: lost, unbalanced, flipped or in the wrong order.

Every rule here reads curly (directional) marks only: with straight marks the direction
is a guess, and MT output that has lost marks nearly always used curly ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.line_index import start_of_line
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.speech_quote_capital_tag import capital_tag_close
from repair.rules.speech_quote_dateline import is_wire_dateline
from repair.rules.speech_quote_ends import coordinated_end, narrated_tail, phrase_runs_to_end, turned_close
from repair.rules.speech_quotes_rejoined import split_quotation
from repair.rules.speech_tags import (  # re-exported: the other quotation rules import them here
    _FIRST_PERSON,  # noqa: F401
    _TAG,  # noqa: F401
    _is_speech,  # noqa: F401
)

OPEN, CLOSE = "“", "”"

_MARK = lazy_compile("[“”]")


def _marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Positions and kinds of the curly double marks in ``text[start:end]``."""
    return [(m.start(), m.group()) for m in _MARK.finditer(text, start, end)]


def _next_paragraph_opens(doc: Document, index: int) -> bool:
    """True when the quotation open at the end of paragraph ``index`` goes on in the next one.

    News style leaves a quoted paragraph open when the same speaker goes on in the next
    one, which then opens again; and a quotation broken over two lines closes on the
    second line before any new one opens. Either way the paragraph is not unclosed.
    """
    if index + 1 >= len(doc.paragraphs):
        return False
    nxt = doc.paragraphs[index + 1]
    if doc.text[nxt.start] == OPEN:
        return True
    marks = _marks(doc.text, nxt.start, nxt.end)
    return bool(marks) and marks[0][1] == CLOSE


# A tag whose verb ends the quotation's paragraph, after a comma: a speaker (a name, a title,
# or a determiner and a noun), an appositive set off by commas, and "said."
# The quotation may end with a question or exclamation ("…? one tenant asked."), the tag may
# be inverted ("…, said Minister Ana Ruiz."), and a short time phrase may follow its verb.
# ("told France Bleu", "told Radio Norte": a named hearer keeps its capitals.)
_SPEECH_VERB = (r"(?:said|says|added|asked"
                # the listener may be a medium named after its kind ("told state broadcaster RTP")
                r"|told (?:reporters|journalists|[a-z]+ [a-z]+"
                r"|(?:the )?(?:[a-z]+ ){0,2}[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3})"
                r"|explained|insisted|warned|replied|shouted|stressed|admitted|conceded|complained|recalled|declared"
                r"|wrote)")  # a judge's or a bench's words are written ("…, the bench wrote.")
# The verbs an inverted tag opens with: the speech verbs and the reporting verbs that take
# a quotation ("…, conceded coach Ana Ruiz."), in the past.
INVERTED_VERB = (r"(?:said|asked|added|declared|warned|explained|insisted|replied|shouted|wrote|admitted|conceded"
                  r"|confirmed|acknowledged|argued|stressed|noted|announced|stated|recalled|continued|complained"
                  r"|cautioned|countered|remarked|observed|promised|vowed|predicted|answered|responded)")
_INVERTED_VERB = INVERTED_VERB
_DASH_TAG_HINT = lazy_compile(r"(?:[—–]|--)(?:" + INVERTED_VERB + r"|assured|reassured)\b")
# Words between an inverted tag's verb and the speaker's name are a title ("site manager"),
# never a preposition ("helped by Ana Ruiz" is a participle's agent).
_TITLE_WORD = r"(?!(?:by|to|in|on|at|with|from|for|of|into|over|after|before|and|or)\b)[a-z]+ "
# A short phrase after the speaker's name ("…, asked Ana Ruiz, to loud applause.").
# Or the speaker's appositive or relative clause ("…, said Ana Ruiz, who farms near Evora.",
# "…, said Ana Ruiz, a nurse at the clinic."): it ends the tag's sentence, no mark of its own.
_PHRASE_AFTER = (r"(?:, (?:to|amid|after|before|during|with|in|at|on) [^,“”!?;:.]{1,30}"
                 r"|, (?:who|whose|a|an|the|one of) [^“”!?;:\n]{3,100}?)?")
_TIME_AFTER = r"(?: (?:on|in|at|late|earlier|this|last) [\w ]{1,25}?)?"
_TAG_AFTER_QUOTE = lazy_compile(
    r"(?P<end>[,?!]) (?P<speaker>he|she|they"
    r"|(?:[A-Z]|(?:dr|mr|mrs|ms|prof)\.[ ]|(?:the|a|an|his|her|its|their|one|another) )"
    r"[^,“”!?;:]{1,50}?)(?:, \d{1,3}(?=,))?(?:, [^,“”!?;:]{3,80}?)?,? " + _SPEECH_VERB + _TIME_AFTER + r"\.(?= |$)"
    r"|(?P<iend>[,?!]) (?P<ispeaker>" + _INVERTED_VERB
    + r" (?:(?:" + _TITLE_WORD + r"){0,2}[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}"
    r"|(?:the|a|an|one) [a-z][^,“”!?;:.]{2,50}?))(?:, \d{1,3}(?=[,.]))?"  # an age: "said Ana Ruiz, 58."
    + _TIME_AFTER + _PHRASE_AFTER + r"\.(?= |$)")
# The stop ending a quoted phrase's sentence, then a narrated sentence: a third-person
# subject (a pronoun, "The …", a name) and no mark of its own up to the paragraph's end.
_PHRASE_END = lazy_compile(r"[.!?](?= (?:He|She|It|They|The|[A-Z][a-z]+) [a-z][^“”\"\n]*$)")
_TITLE = lazy_compile(r"(?:dr|mr|mrs|ms|prof)\. ")


@rule(
    "QM001",
    "unclosed-quote",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("The mayor said: “We will rebuild every house that was lost.\n\nThe storm hit on Monday.",
         "The mayor said: “We will rebuild every house that was lost.”\n\nThe storm hit on Monday."),
        ("She added: “Nobody expected this. We are ready to help.\nThe board meets again in June.",
         "She added: “Nobody expected this. We are ready to help.”\nThe board meets again in June."),
        ("“We have treated dozens of children since Monday, dr. Ana Ruiz, the clinic's head, said.\n\nRain fell.",
         "“We have treated dozens of children since Monday,” Dr. Ana Ruiz, the clinic's head, said.\n\nRain fell."),
        ("Crowds gathered.\n“Nobody told us anything about the flood, the farmer Rui Costa said.",
         "Crowds gathered.\n“Nobody told us anything about the flood,” the farmer Rui Costa said."),
        ("The union called the offer “cynical and far too late. It said talks would resume.\n\nRain fell.",
         "The union called the offer “cynical and far too late.” It said talks would resume.\n\nRain fell."),

        ("Rain fell. “The dam will hold for now, said chief engineer Lars Holm.\n\nRain fell.",
         "Rain fell. “The dam will hold for now,” said chief engineer Lars Holm.\n\nRain fell."),
        ("The shop shut. “Where do we go now? a stall holder asked on Monday.\n\nRain fell.",
         "The shop shut. “Where do we go now?” a stall holder asked on Monday.\n\nRain fell."),
        ("Tests ended. “It is safe. We checked it all, the plant's chief, Ana Ruiz, told reporters. She left.",
         "Tests ended. “It is safe. We checked it all,” the plant's chief, Ana Ruiz, told reporters. She left."),
        ("Rain fell. “We are ready for anything, declared coach Ana Ruiz.\n\nRain fell.",
         "Rain fell. “We are ready for anything,” declared coach Ana Ruiz.\n\nRain fell."),
        ("Rain fell. “Stop the cuts now! shouted a man in the crowd.\n\nRain fell.",
         "Rain fell. “Stop the cuts now!” shouted a man in the crowd.\n\nRain fell."),
        ("Rain fell. “The water is safe to drink, said a spokeswoman for the utility.\n\nRain fell.",
         "Rain fell. “The water is safe to drink,” said a spokeswoman for the utility.\n\nRain fell."),
        ("“We will rebuild,” the mayor said. “It will take years, she added.\n\nRain fell.",
         "“We will rebuild,” the mayor said. “It will take years,” she added.\n\nRain fell."),
        ("Rain fell. “We got the timing wrong, conceded site foreman Ana Ruiz.\n\nRain fell.",
         "Rain fell. “We got the timing wrong,” conceded site foreman Ana Ruiz.\n\nRain fell."),
        ("Rain fell. “Who pays for the new school? asked retired nurse Ana Ruiz, to loud applause.\n\nRain fell.",
         "Rain fell. “Who pays for the new school?” asked retired nurse Ana Ruiz, to loud applause.\n\nRain fell."),
        ("Rain fell. “The ward is full, stressed the chief nurse.\n\nRain fell.",
         "Rain fell. “The ward is full,” stressed the chief nurse.\n\nRain fell."),
        ("“Nobody warned us about the flood! the farmer said.\n\nRain fell.",
         "“Nobody warned us about the flood!” the farmer said.\n\nRain fell."),
        ("Rain fell. “The dam will hold for now, said Lars Holm, who runs the plant.\n\nRain fell.",
         "Rain fell. “The dam will hold for now,” said Lars Holm, who runs the plant.\n\nRain fell."),
        ("Rain fell. “We want the truth, one protester shouted.\n\nRain fell.",
         "Rain fell. “We want the truth,” one protester shouted.\n\nRain fell."),
        ("Rain fell. “Who pays for this? asked Ana Ruiz, a nurse at the clinic. She left.",
         "Rain fell. “Who pays for this?” asked Ana Ruiz, a nurse at the clinic. She left."),
        ("The mayor said: “The pier will be rebuilt by May. Two firms pulled out last month, citing costs.\n\nRain.",
         "The mayor said: “The pier will be rebuilt by May.” Two firms pulled out last month, citing costs.\n\nRain."),
        ("“We are open,” the owner said. “Come and see for yourselves.\n\nRain fell.",
         "“We are open,” the owner said. “Come and see for yourselves.”\n\nRain fell."),
        ("The union called the offer “an insult to night workers, and announced a strike.\n\nRain fell.",
         "The union called the offer “an insult to night workers,” and announced a strike.\n\nRain fell."),
        ("Critics called the plan “a gift to the big landlords.\n\nRain fell.",
         "Critics called the plan “a gift to the big landlords.”\n\nRain fell."),
        ("Rain fell. “We will be back next year, Ana Ruiz told public radio RNE.\n\nRain fell.",
         "Rain fell. “We will be back next year,” Ana Ruiz told public radio RNE.\n\nRain fell."),
    ],
    good=[
        "The mayor said: “We will rebuild every house.\n\n“It will take years, but we will do it.”",
        "The mayor said: “We will rebuild every house.\nIt will take years, but we will do it,” she said.",
        "The mayor said: “We will rebuild every house.”",
        "The mayor called the plan “a start” and left.",
        "The mayor said: “We will rebuild every house that",
        # The last paragraph: nothing shows the quotation ended (feed excerpts stop mid-quote).
        "She added: “Nobody expected this. We are ready to help.",
        "“We will rebuild every house, I promise you,” Ana Ruiz, the mayor, said.\n\nRain fell.",
        "The union called the offer “cynical. It said talks would resume.” Rain fell.",
        "The union called the offer “cynical and far too late.\n\n“It said talks would resume.”",

        "Rain fell. “The dam will hold for now.\n\nRain fell.",
        "Rain fell. “The dam will hold, the engineer said, for a week.”\n\nRain fell.",
        "Rain fell. “The dam will hold,” said Lars Holm.\n\nRain fell.",
        "Rain fell. “The plan worked well, helped by Ana Ruiz.\n\nRain fell.",
        "Rain fell. “The plan worked well, admitted to Ana Ruiz.\n\nRain fell.",
        'Rain fell. He said "it was fine" and left, the report said.\n\nRain fell.',
        'Rain fell. The sign read "Closed, the owner said.\n\nRain fell.',
        '"We will rebuild," the mayor said. "It will take years, she added.\n\nRain fell.',
        "Rain fell. “If the deal goes ahead, the bonds would be sold by banks, the spokesman said.\n\nRain fell.",
        "Rain fell. “The dam will hold, said to be the view of Lars Holm, who runs the plant.\n\nRain fell.",
        "”We will rebuild,“ said Ana Ruiz, the mayor. The council meets on Monday.\n\nRain fell.",
    ],
    scope="near",  # its line and the non-blank line after it (does the quotation run on there?)
)
def unclosed_quote(doc: Document, self: Rule) -> Iterator[Edit]:
    """A quotation opened after a colon or at the paragraph start that is never closed.

    Scrapers and MT drop the closing mark at a paragraph end. The fix closes it after the
    paragraph's final stop, but only when a next paragraph exists and does not go on with
    the quotation (the news convention for a quote running on), and the paragraph ends
    with a stop (a text cut mid-sentence is not closed). The last paragraph is left: feed
    excerpts often stop inside a quotation. A quotation opening a sentence inside a paragraph
    is closed only before a speech tag that follows it ("…,” said Ana Ruiz.", "…?” a tenant
    asked."), its own end mark kept. Unsafe: the quote may have ended earlier.
    """
    if OPEN not in doc.text:
        return
    text = doc.text
    for index, para in enumerate(doc.paragraphs):
        # The last mark must open, and at most one opening mark may be unmatched (counted in C).
        opened = text.rfind(OPEN, para.start, para.end)
        if opened < 0 or text.rfind(CLOSE, para.start, para.end) > opened:
            continue
        if text.count(OPEN, para.start, para.end) > 1 + text.count(CLOSE, para.start, para.end):
            continue
        if text[opened - 1] in ",.?!" and text.find(CLOSE, para.start, opened) >= 0:
            continue  # '”We won,“ said Ana Ruiz.': a turned pair's closing mark (QM006 turns both)
        if text.find('"', opened, para.end) >= 0:
            continue  # "“… the verdict" and …": a straight mark closes it (QM025 turns it)
        if text.rfind("„", para.start, opened) > text.rfind(OPEN, para.start, opened):
            continue  # "„We won,“ she said.": the German pair's “ closes a quotation (QM008 turns it)
        before = text[para.start : opened].rstrip()
        if before and before[-1:].isalpha() and text[opened - 1] == " ":
            # "… called the strike “reckless and unfair. He said …": a phrase quoted inside
            # narration ends with its sentence when the narration goes on after it.
            comma = coordinated_end(text, opened, para.end)
            end = _PHRASE_END.search(text, opened, para.end)
            if comma is not None:
                yield self.edit(comma, comma + 1, "," + CLOSE,
                                "A quoted phrase opened in narration never closed; it ends before the next verb.", 0.65)
            elif end is not None and len(text[opened : end.start()].split()) >= 2:
                yield self.edit(end.start(), end.start() + 1, text[end.start()] + CLOSE,
                                "A quoted phrase opened in narration never closed; it ends with its sentence.", 0.65)
            elif phrase_runs_to_end(doc, index, opened) and not _next_paragraph_opens(doc, index):
                # "… called the law “a lifeline for small firms.": the phrase ends with the
                # paragraph's one sentence, and the next paragraph does not go on quoting.
                yield self.edit(para.end - 1, para.end, text[para.end - 1] + CLOSE,
                                "A quoted phrase opened in narration never closed; it ends with its sentence.", 0.65)
            continue
        # A quotation opening a sentence after another one is closed only before a speech tag.
        after_stop = before.endswith((".", "!", "?"))
        if before and not before.endswith((":", ",")) and not after_stop and not is_wire_dateline(before):
            continue
        if text[para.end - 1] not in ".!?…" or len(text[opened : para.end].split()) < 4:
            continue
        if _DASH_TAG_HINT.search(text, opened, para.end):
            continue  # "… my father —said Ruiz.": QM017 closes it before the tag
        if (capital := capital_tag_close(text, opened, para.end)) is not None:
            yield self.edit(*capital, "Quotation closed before its speech tag, which a false stop had cut off.", 0.7)
            continue  # '“… for hours. Said Ana Ruiz, …': the tag's stop and capital were MT's
        tag = _TAG_AFTER_QUOTE.search(text, opened, para.end)
        if tag is not None and tag.start() > opened + 10:
            # "“We are seeing patients …, Dr. Ana Ruiz, head of …, said.": the quotation ends
            # before the tag's speaker, which a lost title capital ("dr.") gets back.
            edit = _close_before_tag(self, tag)
            if edit is not None:
                yield edit
            continue
        if after_stop and not _RESUMED_AFTER_TAG.search(text, para.start, opened + 1):
            continue  # a quotation after a narrated sentence may be a stray mark, not a lost one
        if index + 1 >= len(doc.paragraphs) or _next_paragraph_opens(doc, index):
            continue
        cut = narrated_tail(doc, opened, para.end)
        if cut is not None and text[cut - 1] in ".!?":
            # '… said: “The tender will be rerun. Two bidders withdrew last month, citing …': the
            # writer's narration follows the speaker's words; the mark closes before it.
            yield self.edit(cut - 1, cut, text[cut - 1] + CLOSE,
                            "Quotation opened but never closed; it ends before the narration after it.", 0.65)
            continue
        # Written as a change of the final stop, so the edit stays inside the sentence it closes.
        last = text[para.end - 1]
        yield self.edit(para.end - 1, para.end, last + CLOSE, "Quotation opened but never closed.", 0.75)


# '“…,” the curator said. “': a quotation split by its tag and resumed, whose second part
# is the speaker's (a tag sentence of a few words between the closing and the opening mark).
_RESUMED_AFTER_TAG = lazy_compile(r"[,?!]” [^“”\n]{3,90}?[.] “$")
def _close_before_tag(self: Rule, tag: re.Match[str]) -> Edit | None:
    """The closing mark after the quotation's own end mark (a comma, "?" or "!"), before its tag."""
    group = "speaker" if tag["speaker"] is not None else "ispeaker"
    speaker = tag[group]
    plain = [w[:-2] if w.endswith(("'s", "’s")) else w for w in lexicon.words(speaker)]  # a possessive is no "is"
    if group == "speaker" and lexicon.has_clause(plain):
        return None  # "…, the bonds would be issued …, the spokesman said": a clause, no speaker
    fixed = speaker[:1].upper() + speaker[1:] if _TITLE.match(speaker) else speaker
    end_mark = tag["end"] or tag["iend"]
    return self.edit(tag.start(), tag.start(group) + len(speaker), f"{end_mark}{CLOSE} {fixed}",
                     "Quotation opened but never closed; it ends before the speech tag.", 0.7)


# '... soon”.' where the quoted words were a whole sentence opened after a colon.
_STOP_OUTSIDE = lazy_compile(r"”\.(?=\s|$)")


@rule(
    "QM002",
    "stop-outside-quote",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("He said: “The mine will reopen in the spring”.", "He said: “The mine will reopen in the spring.”"),
        ("“The port will reopen next week”. Officials agreed.", "“The port will reopen next week.” Officials agreed."),
        ("He said, “The mine will reopen in May”.", "He said, “The mine will reopen in May.”"),
    ],
    good=[
        "He called the plan “a good start”.",
        "He said: “The mine will reopen.”",
        "The word was “no”.",
        "She said that it was “going to take years”.",
    ],
)
def stop_outside_quote(doc: Document, self: Rule) -> Iterator[Edit]:
    """A full stop after the closing mark of a quoted full sentence ("... spring”.").

    US and wire style put the stop inside when the quotation is a whole sentence; MT
    from languages with the other order moves it out. Only quotations that open a
    sentence or follow a colon or comma (clean news: inside 450 times after ", “") and start with a capital
    are touched: a phrase inside a sentence ("called it “a start”.") keeps it outside. Unsafe: house styles differ.
    """
    text = doc.text
    for match in _STOP_OUTSIDE.finditer(text):
        opened = text.rfind(OPEN, 0, match.start())
        if opened < 0 or CLOSE in text[opened : match.start()] or "\n" in text[opened : match.start()]:
            continue
        quoted = text[opened + 1 : match.start()]
        if not quoted[:1].isupper() or len(quoted.split()) < 3 or quoted[-1:] in ".!?,;:":
            continue
        # The character before the opening mark, blanks skipped: scanned back, not a slice of
        # the whole prefix (a copy of the text per match was quadratic, issue 13).
        end = opened
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        if end > 0 and (text[end - 1] not in ":\n.!?," or text[end - 1] == "," and all(  # ", “Falcon MS-DOS”.": a title
                word[:1].isupper() for word in quoted.split() if len(word) > 3)):
            continue
        yield self.edit(match.start(), match.end(), ".”", "Full stop belongs inside the closing mark.", 0.8)


_REOPEN_HINT = lazy_compile(r"[.!?] “(?=[A-Z])")  # every mark QM003 drops stands so
# The word before a quotation's opening mark when the quotation is a phrase of the writer's
# sentence ("the delay was “absurd", "called it “a farce"): a lower-case word that introduces
# no speech. After a speech verb or "that" a quotation may run on over sentences (clean news,
# train split: 54 of 526 do); after any other word it ends inside its sentence (56 of 5,003
# run on, most of them across an ellipsis). `python -m models.quote_run_stats --phrases`
_PHRASE_LEAD = lazy_compile(r"(?<![\w’'-])(?!(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes"
                            r"|declared|stated|warned|replied|saying|adding|that)\b)[a-z]+ $")


def _phrase_opened(text: str, opened: int) -> bool:
    """Whether the quotation opened at ``opened`` is a phrase of the writer's sentence (see
    :data:`_PHRASE_LEAD`): the words before the mark, on its line, end with such a word."""
    return _PHRASE_LEAD.search(text, max(0, opened - 30, start_of_line(text, opened)), opened) is not None


@rule(
    "QM003",
    "stray-reopening-mark",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("Ruiz said: “The river rose fast. “Nobody had time to leave.”",
         "Ruiz said: “The river rose fast. Nobody had time to leave.”"),
        ("Rain fell. “We tested the water twice, the director said. “It is safe to drink.”",
         "Rain fell. “We tested the water twice,” the director said. “It is safe to drink.”"),
        ("“Nobody came to help us, said farmer Rui Costa. “We were alone.”",
         "“Nobody came to help us,” said farmer Rui Costa. “We were alone.”"),
        ("The farmer called the delay “absurd. “We lost a whole season,” she said.",
         "The farmer called the delay “absurd.” “We lost a whole season,” she said."),
    ],
    good=[
        "Ruiz said: “The river rose fast.” “Nobody had time,” Diaz added.",
        "“The river rose fast,” Ruiz said. “Nobody had time.”",
        "Ruiz called the delay “absurd.” “Nobody had time,” Diaz added.",
    ],
)
def stray_reopening_mark(doc: Document, self: Rule) -> Iterator[Edit]:
    """An opening mark inside a quotation that is still open (“... fast. “Nobody ...).

    When paragraphs are run together, the opening mark of the next paragraph of the
    same quotation lands inside the open one. The fix drops the inner mark; where the open
    quotation is a phrase of the writer's sentence ("called the delay “absurd. “We …") the
    phrase lost its closing mark at its stop instead, which goes back. Unsafe: the
    first quotation may instead have lost its closing mark.
    """
    if OPEN not in doc.text:
        return
    text = doc.text
    for para in doc.paragraphs:
        if not _REOPEN_HINT.search(text, para.start, para.end):
            continue  # no opening mark after a stop and before a capital: nothing to drop
        depth_open, opened = False, para.start
        for pos, mark in _marks(text, para.start, para.end):
            if mark == CLOSE or turned_close(text, pos):
                # or '“…,“ he wrote.': a turned closing mark (QM006 turns it back), which opens
                # nothing even where no quotation is open ('”I …,“ said a driver. “Now …': the
                # first mark turned too), so the next opening mark is a rightful one.
                depth_open = False
                continue
            if depth_open and text[pos - 2 : pos] in (". ", "! ", "? ") and text[pos + 1 : pos + 2].isupper():
                tag = _TAG_AFTER_QUOTE.search(text, opened, pos - 1)
                edit = _close_before_tag(self, tag) if tag is not None and tag.end() == pos - 1 \
                    and tag.start() > opened + 10 else None
                if edit is not None:
                    # "“We tested it, the director said. “It is safe.”": the first quotation lost
                    # its closing mark before its tag; the second opens rightly.
                    yield edit
                elif _phrase_opened(text, opened):
                    # '… called the delay “absurd. “We waited …': a phrase quoted in narration ends
                    # inside its sentence (clean news: 4,947 of 5,003), so it lost its closing
                    # mark at the stop, and the next quotation opens rightly.
                    yield self.edit(pos - 1, pos - 1, CLOSE, "A quoted phrase lost its closing mark at its stop.", 0.7)
                else:
                    yield self.edit(pos, pos + 1, "", "Opening mark inside a quotation that is already open.", 0.7)
            depth_open, opened = True, pos


# QM004 lives in speech_quotes_rejoined, QM005 and QM006 in speech_quotes_dropped and
# speech_quotes_flipped; the registry lists them in the order they always ran.
RULES = (unclosed_quote, stop_outside_quote, stray_reopening_mark, split_quotation)
