"""A connective or hedge left standing as a sentence of its own (FR015, delete-content-free).

Pivot MT sometimes renders a particle of the source ("namely", "that is", "as far as is
known", "approximately") as a sentence after (or before) the one it belonged to:
"… the chapel on Friday. Namely.", "Thus. Observers blamed the floods.", "… are pending in
two countries. As far as is known." A connective links or restates clauses, a hedge
qualifies one; standing alone it links or qualifies nothing, so it is no sentence. Its word
class has no slot at the end of a clause either ("… on Friday namely"), so a join is wrong;
the reader loses nothing when it goes.

The grammar that marks it: the whole sentence is one phrase of a closed class, the
connectives that need a clause to attach to (inferential "thus", "hence", "therefore",
appositive "namely", "that is (to say)", "in other words", additive "moreover",
"furthermore", "in addition", "besides") and the hedges of knowledge ("as far as is known",
"as is known"). An approximator ("Approximately.", "Roughly.") is the same leftover only
when the sentence before already carries one ("about 5 million tonnes … Approximately.");
without one its slot is before a figure of that sentence, which only an editor can pick,
and FR001 shows the spot.

Left alone: the sentence adverbs writers set alone on purpose ("Finally.", "Really.",
:data:`repair.lexicon.SENTENCE_ADVERBS`), time adverbs that may complete the clause
("Later.", "Then."), a lone word in a quotation (a speaker's own "Namely."), a connective
that opens a longer sentence ("Thus, observers …"). Clean edited news never sets one of
these phrases alone (none in the 168,000 sentences of ``news-clean``). Unsafe: an editor
confirms the deletion.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.quote_marks import quote_marks
from repair.rules.base import Rule, lazy_compile, rule

# The closed class: connectives that need a clause to link, and hedges of knowledge.
_CONNECTIVE = lazy_compile(
    r"(?i:namely|thus|hence|therefore|moreover|furthermore|that is(?: to say)?|in other words|so to speak"
    r"|in addition|besides|as far as (?:is )?known|as far as (?:we|is) know|as (?:is )?(?:well )?known"
    r"|as it were|i\.e)\."
)
# Approximators: a leftover only beside a sentence that already approximates its figure.
_APPROXIMATOR = lazy_compile(r"(?i:approximately|roughly|around|about|nearly|almost|some)\.")
_APPROXIMATES = lazy_compile(r"\b(?:[Aa]pproximately|[Rr]oughly|[Aa]round|[Aa]bout|[Nn]early|[Aa]lmost|[Ss]ome"
                           r"|[Uu]p to|[Mm]ore than|[Ll]ess than|[Ff]ewer than)\s+[\d$€£]")
MAX_CHARS = 24
_QUOTES = ("“", "”", '"', "«", "»")


def _inside_quotation(doc: Document, para_start: int, start: int, end: int) -> bool:
    """A mark touches the piece, or an opening mark before it in its paragraph is still open
    (counted on the document's mark index: a slice count per piece is quadratic on a
    one-line record)."""
    text = doc.text
    if text[start - 1 : start] in _QUOTES or text[end : end + 1] in _QUOTES:
        return True
    return quote_marks(doc).quotation_open(para_start, start)


@rule(
    "FR015",
    "lone-connective",
    "fragment",
    Safety.UNSAFE,
    bad=[
        ("The vote will be held in the town hall on Sunday. Namely.",
         "The vote will be held in the town hall on Sunday."),
        ("Thus. Officials blamed the storm for most of the damage.",
         "Officials blamed the storm for most of the damage."),
        ("Two other cases are pending in Austria. As far as is known. A ruling is due in May.",
         "Two other cases are pending in Austria. A ruling is due in May."),
        ("The line carries about 40,000 passengers a day. Approximately.",
         "The line carries about 40,000 passengers a day."),
        ("The mayor wants the tax to end in 2027. That is to say.", "The mayor wants the tax to end in 2027."),
        ("Exports to Chile doubled. Moreover. Imports fell by a third.",
         "Exports to Chile doubled. Imports fell by a third."),
    ],
    good=[
        "The line carries 40,000 passengers a day. Approximately.",
        "Thus, officials blamed the storm for most of the damage.",
        "The vote was close. Finally.",
        "The vote will be decided later. Then.",
        "“We paid for two things. Namely. Nothing else.” the mayor said.",
        "He said: \"Therefore.\"",
        "Namely.",
        "The plan is simple, namely to cut the tax.",
    ],
)
def lone_connective(doc: Document, self: Rule) -> Iterator[Edit]:
    """A connective or hedge standing alone as a sentence beside a sentence of its own
    paragraph: deleted with the space that parts them (see the module doc). Unsafe."""
    text = doc.text
    for position, sentence in enumerate(doc.sentences):
        start, end = sentence.span.start, sentence.span.end
        if end - start > MAX_CHARS or not text[start : start + 1].isupper():
            continue
        piece = text[start:end]
        prev = doc.previous_in_paragraph(position)
        following = doc.next_in_paragraph(position)
        if _CONNECTIVE.fullmatch(piece) is None:
            if prev is None or _APPROXIMATOR.fullmatch(piece) is None \
                    or _APPROXIMATES.search(doc.sentence_text(prev)) is None:
                continue
        if _inside_quotation(doc, doc.paragraphs[sentence.paragraph].start, start, end):
            continue
        if prev is not None and len(doc.sentence_text(prev)) > len(piece):
            cut = (prev.span.end, end)  # "… on Sunday. Namely." -> "… on Sunday."
        elif following is not None and len(doc.sentence_text(following)) > len(piece):
            cut = (start, following.span.start)  # "Thus. Officials …" -> "Officials …"
        else:
            continue
        # After a sentence, the span takes that sentence's last two characters, kept as they
        # are: a join another rule proposes at the stop ("… 40 minutes in other words.")
        # starts later and gives way to the deletion.
        keep = cut[0] - 2 if cut[0] < start else cut[0]
        yield self.edit(keep, cut[1], text[keep : cut[0]],
                        f"Fragment (delete-content-free): “{piece}” is a connective with no clause of its own; "
                        "it links or qualifies nothing, deleted.", 0.6)


RULES = (lone_connective,)
