"""A question that ends on a semicolon (PU030).

Greek writes its question mark as ";" (U+037E, which Unicode normalisation turns into the
plain semicolon), and a translation from Greek, or through it, often keeps the mark:
"Does the plan go far enough; Only in part, she said." English never opens a sentence with
an auxiliary or a question word and closes it with a semicolon followed by a new sentence,
so the semicolon becomes a question mark where both sides say so:

* before it, a sentence that reads as a direct question: it opens with a finite auxiliary
  or modal and a subject ("Is the town ready", "Would they agree"), or with a question word
  whose auxiliary follows within three words ("Why would anyone ...", "How much did it cost");
* after it, what follows a question and not a clause joined by a semicolon: a capital or an
  opening quotation mark ("; Many say no", "; «Not yet»"), the paragraph's end, or a closing
  quotation mark and a lower-case speech tag ("kilos;” she asked").

A semicolon followed by a lower-case clause is left ("Is it fair; it is not" can be a slip
for either), and so are lists and credits ("Reporting by ...; Editing by ..."), which open
with no auxiliary.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.line_index import end_of_line
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.line_filter import lines_holding

# Finite auxiliaries and modals that open a direct question, capitalised as a sentence's first word.
_AUXILIARIES = ("Is|Are|Was|Were|Do|Does|Did|Can|Could|Will|Would|Should|Shall|Has|Have|Had|May|Might|Must"
                "|Isn't|Aren't|Wasn't|Doesn't|Don't|Didn't|Can't|Won't|Wouldn't|Shouldn't")
_LOWER_AUXILIARIES = _AUXILIARIES.lower()
# A sentence's start: the text's or line's start, or a stop and blanks; an opening mark may follow.
_START = r"(?:^|(?<=[.!?])[ \t]+|(?<=[.!?][”\"»’])[ \t]+)[“\"«‘]?"
# The question: an auxiliary and a subject (a lower-case word, a pronoun or a name), or a
# question word with an auxiliary among its next three words; then words with no stop,
# colon or other semicolon up to the semicolon.
_QUESTION = lazy_compile(
    _START + r"(?:(?:" + _AUXILIARIES + r") [A-Za-z]"
    r"|(?:Why|What|How|Who|Where|When|Which)(?: [A-Za-z'’-]+){0,2} (?:" + _LOWER_AUXILIARIES + r")\b)"
    r"[^.!?;:\n]*(;)",
    re.MULTILINE,
)
_SEMICOLON = re.compile(";")  # every _QUESTION match ends on one
# What follows a question: a capital or opening quotation mark after a blank, the line's
# end, or closing quotation marks and a lower-case speech tag.
_AFTER = lazy_compile(r"[ \t]+[“\"«‘]?[A-Z]|[ \t]*$|[”\"»’]+[ \t]+[a-z]")


@rule(
    "PU030",
    "semicolon-for-question-mark",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("Is the town ready for another flood; Many residents say no.",
         "Is the town ready for another flood? Many residents say no."),
        ("“Why would the council close the pier in summer;” she asked.",
         "“Why would the council close the pier in summer?” she asked."),
        ("Does the new timetable help; «Only a little», he said.",
         "Does the new timetable help? «Only a little», he said."),
        ("The mayor asked one question. How much did the pier cost;",
         "The mayor asked one question. How much did the pier cost?"),
    ],
    good=[
        "Reporting by Ana Ruiz; Editing by Tom Hale",
        "Is it fair; it is not, the union said.",
        "The pier was closed in May; The Harbour Post reported it first.",
        "How the deal works; What it costs; Who pays",
        "Had the rains come earlier, the harvest would have failed; farmers were lucky.",
        "Is the town ready? Many residents say no.",
    ],
    scope="line",
)
def semicolon_for_question_mark(doc: Document, self: Rule) -> Iterator[Edit]:
    """A direct question closed by a semicolon (the Greek question mark) before a new
    sentence: the semicolon becomes a question mark (see the module docstring). Unsafe: a
    question word can open a clause that is no question ("When the pier opens; ...") in a
    heading written as a list."""
    text = doc.text
    if ";" not in text:
        return
    # _QUESTION opens on a look-behind or a line start, so a scan of the whole text tries it
    # at every position (0.06 s per MB of news). Each match lies inside one line and ends on
    # its semicolon, and a scan from a line's start (``^`` matches there in multi-line mode;
    # the look-behinds read the text before it as it is) and up to its end finds the same
    # matches: only the lines holding a semicolon are scanned (tests/rules/test_fast_scans39.py).
    for start, end in lines_holding(text, _SEMICOLON):
        for match in _QUESTION.finditer(text, start, end):
            mark = match.start(1)
            line_end = end_of_line(text, mark)
            # Matched in place up to the line's end (``$`` matches at ``endpos`` as at a
            # slice's end): a slice to the line's end per semicolon was quadratic on a
            # one-line record (issue 13, tests/test_scaling_lookbacks.py).
            if _AFTER.match(text, mark + 1, len(text) if line_end < 0 else line_end):
                yield self.edit(mark, mark + 1, "?", "A question closed by a semicolon (a Greek question mark).", 0.75)


RULES = (semicolon_for_question_mark,)
