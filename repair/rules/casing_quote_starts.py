"""A quotation that opens a sentence with a lower-case letter ("“we are prioritising
customers,” a spokesperson said."): CA024.

A sentence's first letter is a capital, and when a quotation opens the sentence that letter
is the quotation's own. MT that translates the quoted words apart from the sentence around
them often drops it. Where a quotation mark stands at a paragraph's start or right after a
sentence's stop and space, the quotation opens a sentence, whatever its words are; a
quotation inside a sentence ("called it “a sham”") is never matched.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.casing_names import _has_lower_date
from repair.rules.casing_time import _folds_names
from repair.rules.stops_words import mostly_lower_case

# An opening quotation mark, then a lower-case word that ends at a space or a mark of
# punctuation (not "iPhone", "e.g.", "www.site.org": a word with a capital or a dot inside
# keeps its own spelling). The quotation mark is the scan's literal lead (skipped to in C).
# Typographic marks only: ASCII wire copy opens quotations in lower case by an archive's style
# (news-clean: 24 Reuters stories, "\"we hope to obtain …\""), edited copy does not.
_QUOTE_OPENING = lazy_compile(r"“([a-z][a-z'’-]*)(?=[ ,;:!?”]|\.(?!\w))")
# What may stand before a quotation that opens a sentence inside a line: a sentence's stop
# after a word of two letters or more with no dot in it (not "U.S.", "D-Fla.)"), perhaps
# closed by a quotation mark, and one space.
_STOP_BEFORE = lazy_compile(r"(?:^| )[^ .]*[A-Za-z0-9]{2}[.!?][”\"’]? $")
# The end of a paragraph that is no sentence cut in two: it ends with a stop, a closing
# quotation mark or bracket (a caption's credit), or a word in capitals (a heading).
_LINE_END_CUT = lazy_compile(r"[a-z,;:–—-]\s*$")
MIN_QUOTED_WORDS = 3  # "“a sham”" alone is a phrase a writer may quote in lower case mid-sentence
LINE_WINDOW = 2000  # characters looked back for a line's start
QUOTE_WINDOW = 400  # characters read for the quotation's words: enough to count three


def _line_start(text: str, at: int) -> int:
    """Where the line holding ``at`` starts, looked for at most :data:`LINE_WINDOW` characters
    back (a text of one long line would otherwise be read back to its start at each mark)."""
    low = max(0, at - LINE_WINDOW)
    found = text.rfind("\n", low, at)
    return found + 1 if found >= 0 else low


def _opens_sentence(text: str, at: int) -> bool:
    """True when the quotation mark at ``at`` opens a sentence: it stands at a line's start
    after a paragraph that does not break off mid-sentence (its last character no lower-case
    letter, comma, colon or dash), or after a stop and one space."""
    line_start = _line_start(text, at)
    if text[line_start:at].strip() == "" and (line_start == 0 or text[line_start - 1] == "\n"):
        end = line_start
        while end > 0 and text[end - 1].isspace():
            end -= 1  # back over the blank lines, without copying the text before them
        return end == 0 or _LINE_END_CUT.search(text, max(0, end - 3), end) is None
    if _STOP_BEFORE.search(text, max(line_start, at - 40), at) is None:
        return False
    # "“Our members are clear,” said Ana Ruiz. “they will not …": after a tag that follows a
    # quotation closed by a comma, a lower-case quotation goes on with the quoted sentence
    # (the stop stands for a comma), which the quotation rules repair.
    sentence_start = max(text.rfind(". ", line_start, at - 2) + 1, line_start)
    return not any(mark in text[sentence_start:at] for mark in (",”", ',"', ",’"))


def _quoted_words(text: str, start: int) -> int:
    """How many words the quotation from ``start`` holds up to its closing mark or its line's end."""
    line_end = text.find("\n", start, start + QUOTE_WINDOW)
    line = text[start : line_end if line_end >= 0 else start + QUOTE_WINDOW]
    cut = line.find("”") if "”" in line else len(line)
    return len(line[:cut].split())


# A closing mark right after a word (no comma or stop inside it), then a space and a
# lower-case word: "“for a while” to watch …", a phrase quoted inside a sentence.
_CLOSED_MID_SENTENCE = lazy_compile(r"[A-Za-z0-9]” [a-z]")


def _phrase_inside_sentence(text: str, start: int) -> bool:
    """True when the quotation from ``start`` closes on a bare word and the sentence goes on
    in lower case after it ("… would now pause. “for a while” to watch markets."): the quoted
    words are a phrase of the sentence the stop before them broke, not its start; a capital
    would make a sentence with no verb. (A quotation that ends with its comma, "“we will
    act,” she said", opens a sentence as before.)"""
    line_end = text.find("\n", start, start + QUOTE_WINDOW)
    close = text.find("”", start, line_end if line_end >= 0 else start + QUOTE_WINDOW)
    return close > start and _CLOSED_MID_SENTENCE.match(text, close - 1) is not None


@rule(
    "CA024",
    "lower-case-quotation-start",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("The water was cut at noon.\n\n“we are doing all we can,” a spokesperson said.",
         "The water was cut at noon.\n\n“We are doing all we can,” a spokesperson said."),
        ("The mill closed on Friday. “it was our whole life,” said one worker.",
         "The mill closed on Friday. “It was our whole life,” said one worker."),
        ("A pump station in Ward 4. (Photo: Ana Ruiz)\n\n“they told us to wait for a week,” she said.",
         "A pump station in Ward 4. (Photo: Ana Ruiz)\n\n“They told us to wait for a week,” she said."),
        ("“prices will fall by the summer,” the bank said.", "“Prices will fall by the summer,” the bank said."),
        ("Sales rose again. “our shops were full every day,” the owner said.",
         "Sales rose again. “Our shops were full every day,” the owner said."),
    ],
    good=[
        "He called the plan “a sham and a farce” on Monday.",
        "The mill closed.\n\n“iPhone sales fell,” he said.",
        "The mill closed. “e.g. the port,” he wrote.",
        "The minister said:\n\n“we will act now,” she added.",
        "The talks went on until\n\n“the early hours of the morning,” he said.",
        "He said it was “a sham”. “Fine” was all she said.",
        "He wrote \"yes\" and \"no\" and then \"we will see what happens\" on the form.",
        "Crews worked all night.\n\n\"nobody expected the river to rise so fast,\" the mayor said.",
        "the mill closed. “it was our life,” he said. the end.\n\nthe town wept. it was sad.",
        "The mill closed. “a sham,” he said.",
        "Lima, march 9 - Output fell, officials said.\n\n\"our exports will recover this year,\" a minister said.",
        "He said the U.S. “will ask for a definite change” in the rules.",
        "Senator Ana Ruiz (D-Fla.) “is having trouble getting a majority,” aides said.",
        "“Our members are clear,” said union officer Ana Ruiz. “they will not accept a pay cut.”",
        "The minister said the bank would now wait. “for some weeks” to see the effect.",
    ],
    scope="document",  # reads evidence beyond its paragraph (tests/test_scope_paragraph.py)
)
def lower_case_quotation_start(doc: Document, self: Rule) -> Iterator[Edit]:
    """A quotation that opens a sentence with a lower-case letter ("… at noon.\\n\\n“we are
    doing all we can,” a spokesperson said.").

    The quotation mark must stand at a paragraph's start (after a paragraph that ends with a
    stop, a closing mark or bracket, or no lower-case letter, comma, colon or dash: a
    paragraph broken mid-sentence may be continued by the quotation) or right after a stop
    (after a word with no dot in it: not "U.S.") and one space, and not after a tag that
    follows a quotation closed by a comma ("“…,” said Ana Ruiz. “they will …": the quoted
    sentence may go on). Only a typographic mark (“) is read: ASCII wire copy opens
    quotations in lower case by an archive's style (news-clean: 24 Reuters stories). The
    quoted words up to the closing mark must number three or more ("“a sham,” he said" may
    be a phrase quoted as written). A word with a capital or a dot inside ("iPhone",
    "e.g.") keeps its spelling; a text typed in lower case throughout, or an archive's
    lower-cased copy (months before their day or countries in lower case), is left.
    Unsafe: the stop before may be false.
    """
    text = doc.text
    if "“" not in text:
        return
    found = []
    for match in _QUOTE_OPENING.finditer(text):
        at = match.start()
        if not _opens_sentence(text, at):
            continue
        if _quoted_words(text, match.start(1)) < MIN_QUOTED_WORDS or _phrase_inside_sentence(text, match.start(1)):
            continue
        found.append(match)
    if not found or mostly_lower_case(doc) or _has_lower_date(text) or _folds_names(doc):
        # A text that writes months before their day or countries in lower case ("Lima, march
        # 9 -", "peru's exports") is an archive's lower-cased copy: its quotations open in
        # lower case by that style (news-clean: 21 Reuters stories), not by a translation slip.
        return
    for match in found:
        word = match.group(1)
        yield self.edit(match.start(1), match.end(1), word[0].upper() + word[1:],
                        f"The quotation opens a sentence with a lower-case “{word}”.", 0.75)


RULES = (lower_case_quotation_start,)
