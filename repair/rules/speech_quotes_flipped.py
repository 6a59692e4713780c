"""Guillemets and curly marks facing the wrong way in English text (QM006).

Split from :mod:`repair.rules.speech_quotes`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.marks_style_guillemets import guillemet_pairs
from repair.rules.quote_commas import tag_follows
from repair.rules.quote_completion import completed_pair
from repair.rules.speech_quotes import CLOSE, OPEN, _marks

# Every mark the loop below turns matches this: a closing mark opening a word, or an opening
# mark after a stop (with at most one space) and before a space, the end or a tag's comma,
# after a word and before the sentence's stop, or after the tag's comma and glued to the tag.
# Written so that each branch opens on its mark and reads what stands before the mark
# behind it: the engine then skips to the marks, where the plain form (kept as
# _FLIP_HINT_PLAIN, which a test compares) tried its branches at every position, \w first
# (about 95 against 5 ms per MB of news with curly marks). Asked about one paragraph at a
# time, it finds a mark exactly when the plain form does: the look-behinds may read before
# the paragraph, but a paragraph opens on a non-blank after a blank or a line break, where
# none of them holds. Each branch first checks the one character before its mark that all
# its alternatives need (a blank before ”; a stop, comma, word character or space before “):
# a run of a megabyte of “ failed four look-behinds per mark, 0.29 s, and fails one now.
_FLIP_HINT_PLAIN = (r"(?<!\S)”(?=[^\W\d_])|(?<=[.!?:,] )” (?=[^\W\d_])"
                    r"|[,.!?\w] ?“(?!\S)|[.\w] ?“,|\w“[.;:!?](?!\S)|[,?!] “[a-z]")
_FLIP_HINT = lazy_compile(r"”(?<!\S”)(?:(?=[^\W\d_])|(?<=[.!?:,] ”) (?=[^\W\d_]))"
                          r"|“(?<=[,.!?\w ]“)(?:(?:(?<=[,.!?\w]“)|(?<=[,.!?\w] “))(?!\S)|(?:(?<=[.\w]“)|(?<=[.\w] “)),"
                          r"|(?<=\w“)[.;:!?](?!\S)|(?<=[,?!] “)[a-z])")


# Blank characters from a place on (matched, not sliced: a slice to the paragraph's end for
# every mark was quadratic in a one-line record, issue 13).
_BLANK = re.compile(r"\s*")


def _opens_spaced(text: str, pos: int, end: int) -> bool:
    """True when the closing mark at ``pos`` stands where a quotation opens: after a stop,
    colon or comma and a space, before a space and a letter (a capital after a stop), and
    the next curly mark before ``end`` is a closing one (what it opens is closed there).

    "… said Pires. ” Water rose.”" reads so; "… left. ” The end" (no closing mark after it)
    and "… left. ” “Yes,” she said" (an opening one next) do not.
    """
    if text[pos - 2 : pos] not in (". ", "! ", "? ", ": ", ", ") or text[pos + 1 : pos + 2] != " ":
        return False
    first = text[pos + 2 : pos + 3]
    if not first.isalpha() or (text[pos - 2] in ".!?" and not first.isupper()):
        return False
    closing = text.find(CLOSE, pos + 1, end)
    opening = text.find(OPEN, pos + 1, end)
    return closing != -1 and (opening == -1 or closing < opening)


@rule(
    "QM006",
    "guillemets-or-flipped-mark",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("The minister called it «a historic day» on Monday.", "The minister called it “a historic day” on Monday."),
        ("”We are ready,” the coach said.", "“We are ready,” the coach said."),
        ("“We are ready,“ the coach said.", "“We are ready,” the coach said."),
        ("«We are ready», said the coach.", "“We are ready,” said the coach."),
        ("The coach said: “We are ready. “", "The coach said: “We are ready.”"),
        ("The mayor called it « a fair deal » on Monday.", "The mayor called it “a fair deal” on Monday."),
        ("« We are ready », said the coach.", "“We are ready,” said the coach."),
        ("«We are ready», — said the coach.", "“We are ready,” said the coach."),
        ("LIMA (AP) — The mayor called it «a fair deal», then left.",
         "LIMA (AP) — The mayor called it “a fair deal,” then left."),
        ("“We are ready to play. “, declared the coach.", "“We are ready to play,” declared the coach."),
        ("“We lost. We will be back stronger“.", "“We lost. We will be back stronger”."),
        ("“Nobody should pay more for a ticket than for lunch, “said the mayor.",
         "“Nobody should pay more for a ticket than for lunch,” said the mayor."),
        ("“The road flooded,” said a baker, Ana Ruiz. ” Our oven was under water.”",
         "“The road flooded,” said a baker, Ana Ruiz. “Our oven was under water.”"),
    ],
    good=["“We are ready,” the coach said.", "The Russian title «Война и мир» was kept.", "He wrote 5” of text.",
          "“We are ready.” “So are we,” the captain said.", "“We lost, “as the coach put it”, badly.",
          "“We won,” she said. ” The end", "“We won,” she said. ” “Yes,” he said.",
          "He is 6 ” tall, she said.”"],
    scope="document",  # the stop goes inside or outside the mark as the whole text sets it
)
def guillemets_or_flipped(doc: Document, self: Rule) -> Iterator[Edit]:
    """Guillemets or a curly mark facing the wrong way in English text.

    French, Russian and other pivots keep their «» marks, and MT flips curly marks it
    has no context for. English quotations use “…”. A guillemet pair whose content is
    Latin text becomes curly marks; a closing mark that opens a paragraph's first
    quotation, or an opening mark that closes one, is turned. Unsafe: quoting style.
    """
    text = doc.text
    if OPEN not in text and CLOSE not in text and "«" not in text and "»" not in text:
        return
    if "«" in text or "»" in text:
        for start, end, replacement in guillemet_pairs(text):
            # The punctuation at the closing mark goes in the same edit (see quote_completion).
            start, end, replacement = completed_pair(text, start, end, replacement)
            yield self.edit(start, end, replacement, "Guillemets in English text.", 0.8)
    for para in doc.paragraphs:
        if not _FLIP_HINT.search(text, para.start, para.end):
            continue  # no mark stands where a turned one would: one C scan instead of a loop per mark
        is_open, opened = False, para.start
        for pos, mark in _marks(text, para.start, para.end):
            before = text[pos - 1] if pos > para.start else " "
            after = text[pos + 1] if pos + 1 < para.end else " "
            if mark == CLOSE and not is_open and before.isspace() and after.isalpha():
                yield self.edit(pos, pos + 1, OPEN, "Closing mark used to open a quotation.", 0.75)
                is_open, opened = True, pos
                continue
            # "…,” said the owner. ” Water rose.”": a closing mark spaced off both the stop before
            # it and the word after it, where no quotation is open and the paragraph's next mark
            # closes; it opens that next quotation (its space goes with it).
            if mark == CLOSE and not is_open and _opens_spaced(text, pos, para.end):
                yield self.edit(pos, pos + 2, OPEN, "Closing mark used to open a quotation.", 0.75)
                is_open, opened = True, pos
                continue
            # "… stronger“." closes with an opening mark before the sentence's stop too (QM002
            # then moves the stop of a quoted sentence inside).
            ends_sentence = after in ".;:!?" and before.isalnum() and (
                pos + 2 >= para.end or text[pos + 2].isspace())
            if mark == OPEN and is_open and (before in ",.!?" or before.isalnum()) and (
                    after.isspace() or pos + 1 == para.end or after == "," or ends_sentence):
                # "choice“, Ndiaye said": a quoted sentence takes the tag's comma inside (as above).
                inside = after == "," and text[opened + 1 : opened + 2].isupper() and before.isalnum()
                yield self.edit(pos, pos + 1 + inside, f",{CLOSE}" if inside else CLOSE,
                                "Opening mark used to close a quotation.", 0.75)
                is_open = False
                continue
            # "… to play. “, declared the coach": a turned closing mark between the sentence's
            # stop and the tag's comma; English closes a quotation before its tag with ",”".
            if mark == OPEN and is_open and text[pos + 1 : pos + 2] == "," and text[pos - 2 : pos] == ". " \
                    and text[pos + 2 : pos + 4].startswith(" ") and text[pos + 3 : pos + 4].islower():
                yield self.edit(pos - 2, pos + 2, f",{CLOSE}", "Opening mark used to close a quotation.", 0.75)
                is_open = False
                continue
            # "… for lunch, “said the mayor": a turned closing mark spaced off the tag's comma and
            # glued to the tag; English writes ",” said".
            if mark == OPEN and is_open and text[pos - 2 : pos] in (", ", "? ", "! ") and after.islower() \
                    and tag_follows(text, pos + 1):
                yield self.edit(pos - 2, pos + 1, f"{text[pos - 2]}{CLOSE} ", "Opening mark used to close a quotation.",
                                0.75)
                is_open = False
                continue
            # "... leave. “" closing the paragraph: a turned closing mark with a stray space before it.
            if (mark == OPEN and is_open and before == " " and text[pos - 2 : pos - 1] in (".", "!", "?", ",")
                    and _BLANK.match(text, pos + 1, para.end).end() == para.end):
                yield self.edit(pos - 1, pos + 1, CLOSE, "Opening mark used to close a quotation.", 0.75)
                is_open = False
                continue
            is_open, opened = mark == OPEN, pos


RULES = (guillemets_or_flipped,)
