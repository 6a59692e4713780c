"""A speech tag cut from its quotation by a full stop, on either side of the quotation.

MT that translates sentence by sentence closes a quoted sentence with its own stop and
starts the tag as a new sentence ("… money.” Said Ruiz.", QM009), or ends a tag that
introduces a quotation with a stop ("Ruiz said. “We will …”", QM012). English writes
"“…,” said Ruiz." and "Ruiz said: “We will …”". Split from
:mod:`repair.rules.speech_marks`, whose registry entry lists these rules in their place
among its own (QM009, QM010, QM011, QM012).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.abbreviations import title_before
from repair.document import Document
from repair.edits import Edit, Safety
from repair.line_index import end_of_line, start_of_line
from repair.quote_marks import CLOSE, OPEN, STRAIGHT, QuoteMarks, quote_marks
from repair.rules import tag_repeated_speaker
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.speech_marks_inverted import cut_tags_before_quotes, fronted_tags_before_quotes, inverted_tags

# '… money.” Lunde said.' / '… roof." Said Ana Ruiz, a resident.' / '….” he told the radio.':
# the tag set apart by the quotation's own full stop. The tag must end its sentence (no
# colon and new quote). A stop that ends an abbreviation ("the U.S.”") is no stop of its own.
_TAG_VERBS = r"(?:said|says|added|told|asked|wrote|declared|stated|explained|insisted|stressed|noted|warned)"
_STOP_BEFORE_TAG = lazy_compile(
    # The stop first and the looks behind it after (the same test): a pattern that opens on a
    # literal lets the engine search for it instead of trying both looks at every character.
    r"\.(?<!\.[A-Za-z]\.)(?<!\.\.\.)(?P<mark>[”\"])[ \t]+(?:"
    # The tag capitalised as a sentence of its own, or already in lower case (only the stop is wrong).
    r"(?P<said>[Ss]aid|[Ss]ays|[Aa]dded|[Tt]old)[ \t]+(?=(?:the[ \t]+|Dr\.[ \t]+)?[A-Z][\w'’-]"
    # "said the returning officer, Ana Ruiz.": a role noun phrase, its comma or the tag's stop after it.
    r"|the(?:[ \t]+(?!(?:was|were|is|are|has|had|have|will|would|could|can|did)\b)[a-z][\w'’-]*){1,4}[,.])"
    # The speaker first: a pronoun, a determiner and up to three words, or a name.
    r"|(?P<speaker>(?:[Hh]e|[Ss]he|[Tt]hey|we|it"
    r"|(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)(?:[ \t]+[\w'’-]+){1,3}(?:[ \t]+(?:of|for|at)(?:[ \t]+[\w'’-]+){1,5})?"
    # A name of up to five words ("Deputy Foreign Minister Ana Ruiz"), its age or a description
    # set off by commas after it ("Ana Ruiz, 58, said", "Ana Ruiz, who led the talks, said").
    r"|[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,4}(?:,[ \t]+\d{1,3},)?"
    r"(?:,[ \t]+(?:who|whose|a|an|the)[ \t][^,.;:“”\"\n]{2,80},)?))[ \t]+"
    # A verb that takes a hearer may name one ("told the local radio", "asked him"); "said the
    # vote was …" is reported speech, so "said" takes none.
    r"(?P<verb>(?:told|asked|warned)(?:[ \t]+(?:reporters|journalists|him|her|them|us"
    r"|the[ \t]+(?:[a-z]+[ \t]+){0,2}[A-Za-z]+|[A-Z][A-Za-z]+))?|" + _TAG_VERBS + r")"
    # then at most a time, place or occasion ("to reporters outside the court", "on Monday"),
    # never a "that" clause ("said to reporters that …" reports speech of its own).
    r"(?=(?:[ \t]+(?:on|in|at|outside|after|before|during|to|from|by|with|late|early|earlier|later|this|last)"
    r"[ \t]+(?:(?!\bthat\b)[^.“”\"\n]){0,50})?\.(?:\s|$)))"
)
# The first stop, colon or question or exclamation mark that ends a tag's sentence.
_FIRST_STOP = re.compile(r"[.:!?](?:\s|$)")
# Pronouns and determiners that open a tag's speaker and go lower case inside the sentence.
_LOWER_OPENERS = frozenset({"He", "She", "They", "The", "His", "Her", "Their", "Its"})
# A pronoun that cannot be a speaker's name ("It said." after a quotation is a slip of another kind).
_NOT_SPEAKERS = frozenset({"It", "This", "That", "There", "A", "An", "We", "I", "You"})


def _opens_a_sentence(text: str, marks: QuoteMarks, close: int, mark: str) -> bool:
    """Whether the quotation closed at ``close`` opened a sentence (no tag before it).

    The opening mark is the last ``“`` (or, for a straight ``mark``, the straight mark
    before ``close``) in the same paragraph; before it there must be nothing but the
    paragraph start or the end of another sentence. ``marks`` is the text's mark index (a
    look-back to the line's start per closing mark was quadratic on a one-line record).
    """
    line_start = start_of_line(text, close)
    opened = marks.last(OPEN if mark == CLOSE else STRAIGHT, line_start, close)
    if opened < 0:
        return False
    # The last non-space character before the mark, read backwards in place: a slice of the
    # line per closing mark was quadratic on a one-line record (tests/test_scaling_quotes.py).
    at = opened - 1
    while at >= line_start and text[at].isspace():
        at -= 1
    return at < line_start or text[at] in ".!?”\""


def _inside_quotation(text: str, marks: QuoteMarks, close: int, mark: str) -> bool:
    """Whether a quotation is open in the paragraph where ``close`` (a closing ``mark``) stands:
    an opening ``“`` after the last ``”``, or for a straight mark any straight mark before it
    (which ones open is not written; a quotation that runs on over paragraphs opens twice).
    ``marks`` is the text's mark index."""
    line_start = start_of_line(text, close)
    if mark == CLOSE:
        return marks.last(OPEN, line_start, close) > marks.last(CLOSE, line_start, close)
    return marks.last(STRAIGHT, line_start, close) >= 0


@rule(
    "QM009",
    "stop-before-speech-tag",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ('"The road is closed until spring." Said Ana Ruiz, a driver, by telephone.',
         '"The road is closed until spring," said Ana Ruiz, a driver, by telephone.'),
        ("Pay was the issue. “This is about our safety.” Ruiz said.",
         "Pay was the issue. “This is about our safety,” Ruiz said."),
        ("“We are ready for the vote.” The mayor said on Monday.",
         "“We are ready for the vote,” the mayor said on Monday."),
        ("“She did nothing wrong. The jury will see that.” Her lawyer said to reporters outside the court.",
         "“She did nothing wrong. The jury will see that,” her lawyer said to reporters outside the court."),
        ("“The line will reopen in May.” Its operator told reporters on Friday.",
         "“The line will reopen in May,” its operator told reporters on Friday."),
        ("“Our sales doubled in a year.” she added.", "“Our sales doubled in a year,” she added."),
        ("“The bridge is safe again.” said Ana Ruiz, the city engineer.",
         "“The bridge is safe again,” said Ana Ruiz, the city engineer."),
        ('"The count is over. We start again." said the returning officer, Tom Hale.',
         '"The count is over. We start again," said the returning officer.'[:-1] + ', Tom Hale.'),
        ("“Nobody saw the fire start.” said the night guard.", "“Nobody saw the fire start,” said the night guard."),
        ("“Nobody was hurt.” the fire chief said on Monday.", "“Nobody was hurt,” the fire chief said on Monday."),
        ("Sales fell. “The winter was the worst in years.” the shop's owner said.",
         "Sales fell. “The winter was the worst in years,” the shop's owner said."),
        ("“We will fight on.” she told reporters.", "“We will fight on,” she told reporters."),
        ("“Prices will fall by June.” he told the local radio on Tuesday.",
         "“Prices will fall by June,” he told the local radio on Tuesday."),
        ("“The plant stays open.” it said in a statement.", "“The plant stays open,” it said in a statement."),
        ("She called the plan “a fair deal for the town.” the Interior Ministry stated.",
         "She called the plan “a fair deal for the town,” the Interior Ministry stated."),
        ("“We got the timing wrong.” Conceded site foreman Ana Ruiz after the vote.",
         "“We got the timing wrong,” conceded site foreman Ana Ruiz after the vote."),
        ("“I had to find my best game in the second set”. Estimated Novak.",
         "“I had to find my best game in the second set,” estimated Novak."),
        ("“Who pays for the new roof?” Asked one tenant, to loud applause.",
         "“Who pays for the new roof?” asked one tenant, to loud applause."),
        ("“The ward is full.” Warned the chief nurse of the county hospital.",
         "“The ward is full,” warned the chief nurse of the county hospital."),
        ("“Our prices will not rise this year.” the owner of the largest bakery in town added.",
         "“Our prices will not rise this year,” the owner of the largest bakery in town added."),
    ],
    good=[
        '"We are still talking." Said another official, who asked not to be named: "There is no deal."',
        "“We are ready.” Ruiz said the vote would be held in May.",
        "“We are ready,” Ruiz said.",
        "“Is it over?” Ruiz said.",
        "“The plant will close.” It said the staff would be told.",
        "“We lost.” His coach said to reporters that the team was tired.",
        'He said on Monday, "There were talks." He added. "Talks are not a one-way street."',
        "“We are ready.” he said the vote would be held in May.",
        "She called it “a fine result.” the mayor said nothing.",
        "“Our rents have doubled.” She added that they would move.",
        "“We are ready.” he said the vote was in May.",
        "The guards read the sign. No entry.” the guards said.",
        "“The talks were held in the U.S.” Ruiz said.",
        "“We are ready.” Asked about the delay, Ruiz said the weather was to blame.",
        "“We are ready.” Warned by the police, the crowd left.",
        "The plan is “ready to go.” Conceded points cost the team the match.",
        '"We won." Said the vote was fair, Ruiz left.',
        "“We are ready.” said the old report, it was in May: “Go.”",
        '"We will make an offer in writing...." said the company.',
    ],
)
def stop_before_speech_tag(doc: Document, self: Rule) -> Iterator[Edit]:
    """A quoted sentence closed with a full stop before its own tag ("… safety.” Ruiz said.").

    MT that translates sentence by sentence ends the quotation with a stop and makes the
    tag a sentence of its own, capitalised ("Said Ana Ruiz."), or keeps the tag in lower case
    after the stop ("….” he added."). English closes a quoted statement before its tag with
    a comma. Only a tag that is nothing but a speaker and a speech verb (a hearer after
    "told"/"asked"/"warned", then a time or place, may follow) and ends its sentence is
    taken; "Said X:" before a new quotation is good English and stays. A capitalised tag
    needs a quotation that opened its sentence, a lower-case one a quotation open in the
    paragraph. A question or exclamation keeps its mark.
    Unsafe: the words may be two sentences whose tag was lost.
    """
    text = doc.text
    marks = quote_marks(doc)
    for match in _STOP_BEFORE_TAG.finditer(text):
        mark = match.group("mark")
        tag_start = match.start("said") if match.group("said") else match.start("speaker")
        if tag_repeated_speaker.retags_quoted_speaker(doc, match.start("mark"),
                                                      text[tag_start : text.find(".", tag_start) + 1]):
            continue  # "“…,” Ana Ruiz said. “We held on.” she said.": an echo, AT003 deletes it
        if text[match.start("said") if match.group("said") else match.start("speaker")].islower():
            # A lower-case tag continues the sentence; only the stop is the source's.
            if not _inside_quotation(text, marks, match.start(), mark):
                continue
        elif not _opens_a_sentence(text, marks, match.start(), mark):
            continue  # 'He said on Monday, "… States." He added.': the quotation has its tag already
        if match.group("said"):
            said = match.group("said")
            # The tag must end its sentence: no colon (a new quotation follows) before the stop.
            # Read in place up to the line's end (``$`` matches at ``endpos`` as at a slice's
            # end; the marks before the stop on the mark index): a slice of the rest of the
            # line per tag was quadratic on a one-line record (tests/test_scaling_lookbacks.py).
            tail_end = end_of_line(text, match.end())
            first_stop = _FIRST_STOP.search(text, match.end(), tail_end if tail_end >= 0 else len(text))
            if first_stop is None or first_stop.group()[0] != "." \
                    or marks.first(STRAIGHT, match.end(), first_stop.start()) >= 0 \
                    or marks.first(OPEN, match.end(), first_stop.start()) >= 0:
                continue
            replacement = f",{mark} {said.lower()} "
        else:
            speaker = match.group("speaker")
            if speaker.split()[0] in _NOT_SPEAKERS:
                continue
            first = speaker.split()[0]
            # "He"/"She"/"The" start the tag mid-sentence in lower case; a name keeps its capital.
            lowered = first.lower() + speaker[len(first):] if first in _LOWER_OPENERS else speaker
            replacement = f",{mark} {lowered} {match.group('verb')}"
        yield self.edit(match.start(), match.end(), replacement,
                        "Quotation closed with a stop before its speech tag.", 0.75)
    for start, end, replacement in inverted_tags(text):
        # '.” Conceded coach Ana Ruiz …' (speech_marks_inverted): only after a quotation that opened its sentence.
        mark_at = start if text[start] in "”\"" else start + 1
        if _opens_a_sentence(text, marks, mark_at, text[mark_at]):
            yield self.edit(start, end, replacement, "Quotation closed with a stop before its inverted speech tag.",
                            0.7)


# 'Ruiz said. “We will …”': a sentence that is nothing but a speaker and "said", then a quotation.
_BARE_TAG_BEFORE_QUOTE = lazy_compile(
    r"(?:^|(?<=[.!?] ))(?:He|She|They|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) (?:said|added)(?P<stop>\.)"
    r"(?= [“\"][A-Z])",
    re.MULTILINE,
)
# Every match ends with ". " and an opening mark before a capital: a literal the engine
# scans for in C, so the look-behinds above run only in the few words before each one.
_STOP_BEFORE_QUOTE = lazy_compile(r"\. [“\"][A-Z]")


def _bare_tags_before_quotes(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_BARE_TAG_BEFORE_QUOTE.finditer(text)``, searched for only in the
    window before each ``said. “X`` / ``added. “X``: a match's speaker is at most three
    words with one space between them, so it starts after the fourth space back (or at
    its line's start)."""
    done = 0  # where the last match ended: finditer's matches never overlap
    for hint in _STOP_BEFORE_QUOTE.finditer(text):
        stop = hint.start()
        verb = stop - 5 if text.endswith(" said", 0, stop) else stop - 6 if text.endswith(" added", 0, stop) else -1
        if verb < 0:
            continue
        line_start = start_of_line(text, stop)
        space = verb
        for _ in range(3):
            space = text.rfind(" ", line_start, space) if space > line_start else -1
        match = _BARE_TAG_BEFORE_QUOTE.search(text, max(done, space + 1 if space >= 0 else line_start), stop + 4)
        while match is not None and match.end() < stop + 1:
            match = _BARE_TAG_BEFORE_QUOTE.search(text, match.end(), stop + 4)
        if match is not None:
            done = match.end()
            yield match


@rule(
    "QM012",
    "stop-after-tag-before-quote",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("The dig ends in May.\n\nRuiz said. “We will need two more years to finish.”",
         "The dig ends in May.\n\nRuiz said: “We will need two more years to finish.”"),
        ("Rain fell. Judge Ana Ruiz told the jury. “You must set aside what you read in the papers.”",
         "Rain fell. Judge Ana Ruiz told the jury: “You must set aside what you read in the papers.”"),
        ("The vote was close. Mayor Tom Reed told reporters afterwards. “Nobody won tonight.”",
         "The vote was close. Mayor Tom Reed told reporters afterwards: “Nobody won tonight.”"),
        ("The pool will shut. The head of the swim club wrote in a letter. “We have nowhere to train.”",
         "The pool will shut. The head of the swim club wrote in a letter: “We have nowhere to train.”"),
        ("Rain fell. Speaking after the match, Ruiz said. “We gave everything.”",
         "Rain fell. Speaking after the match, Ruiz said: “We gave everything.”"),
        ("In a statement on Friday, the ministry added. “No date has been set.”",
         "In a statement on Friday, the ministry added: “No date has been set.”"),
    ],
    good=[
        "Ruiz said: “We will need two more years.”",
        "“The dig ends in May,” Ruiz said. “We will need two more years.”",
        "The dig ends in May, Ruiz said. “We will need two more years.”",
        "It said. “The plan is set.”",
        "“The dig is over.” Ruiz said. “We will need two more years.”",
        "“It is quiet,” a trader at a U.S. Bank said. “Nobody is buying.”",
        "Judge Ana Ruiz told the jury. “You must decide,” she said.",
        "Rain fell. Ruiz told the story again. “It was cold,” she said.",
        "The dig is over, Ruiz told reporters. “We will need two more years.”",
        "Ruiz told the jury that the case was simple. “You must decide.”",
        "The talks failed on Friday, Ruiz said. “We will try again.”",
        "In May, prices rose, the ministry said. “Demand is strong.”",
    ],
)
def stop_after_tag_before_quote(doc: Document, self: Rule) -> Iterator[Edit]:
    """A speech tag made a sentence of its own before the quotation it introduces
    ("Ruiz said. “We will …”").

    MT that splits at every verb ends the tag with a stop; English introduces a quotation
    with a colon. Only a sentence that is nothing but a speaker and "said"/"added", right
    before an opening mark and a capital, at a paragraph start or after a plain sentence,
    is taken; a tag that closes the sentence before it ("…, Ruiz said. “We …") is good
    English, and one after a quotation is QM009's. Unsafe: the tag may belong to the sentence
    before, cut off by a false stop.
    """
    text = doc.text
    for stop in fronted_tags_before_quotes(text):
        yield self.edit(stop, stop + 1, ":", "Speech tag cut off the quotation it opens.", 0.7)
    for stop in cut_tags_before_quotes(text):
        # 'Judge Ana Ruiz told the jury. “You …”' (speech_marks_inverted): a hearer or a time after the verb.
        yield self.edit(stop, stop + 1, ":", "Speech tag cut off the quotation it opens.", 0.7)
    if "said. " not in text and "added. " not in text:
        return
    for match in _bare_tags_before_quotes(text):
        if match.group().split()[0] in _NOT_SPEAKERS:
            continue
        before = text[max(0, match.start() - 30) : match.start()].split()
        if before and ("." in before[-1][:-1] or title_before(before[-1])):
            continue  # "… of C.J. Lawrence said.", "a U.S. Bank said.": an abbreviation, not a stop
        if _quote_has_own_tag(text, match.end()):
            if match.group().split()[0] in _PRONOUN_SPEAKERS:
                # 'They said. “We held our breath,” said the director.': the quotation names its
                # speaker itself; a colon would attribute it twice, so the bare tag goes.
                yield self.edit(match.start(), match.end() + 1, "",
                                "A bare speech tag repeats the attribution the quotation after it carries.", 0.7)
            continue  # 'Ruiz said. “…,” said Reed.': which speaker is meant cannot be told
        yield self.edit(match.start("stop"), match.end("stop"), ":", "Speech tag cut off the quotation it opens.", 0.7)


# Bare tags whose speaker is only a pronoun: they name nobody the quotation's own tag does not.
_PRONOUN_SPEAKERS = frozenset({"He", "She", "They"})
# A quotation's close followed by its own speech tag: ',” said the director', ',” she added'.
_OWN_TAG_AFTER_CLOSE = lazy_compile(
    rf"[,?!][”\"] (?:{_TAG_VERBS}\b|(?:he|she|they|[A-Za-z][\w'’.-]*(?: [A-Za-z][\w'’.-]*){{0,4}}) {_TAG_VERBS}\b)")


def _quote_has_own_tag(text: str, quote_start: int) -> bool:
    """True when the quotation opening at ``quote_start`` (its opening mark, or the space
    before it) closes within its paragraph and a speech tag follows its closing mark."""
    line_end = text.find("\n", quote_start)
    line_end = len(text) if line_end < 0 else line_end
    close = text.find("”", quote_start + 2, line_end)
    if close < 0:
        close = text.find('"', quote_start + 2, line_end)
    return close > 0 and _OWN_TAG_AFTER_CLOSE.match(text, close - 1) is not None
