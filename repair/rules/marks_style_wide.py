"""Full-width and ideographic marks a CJK or Arabic-script pivot leaves in English text (PU011).

Split from :mod:`repair.rules.marks_style`, which lists the rule in its ``RULES`` in the order
it always had.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.line_index import end_of_line, start_of_line
from repair.quote_marks import QuoteMarks, quote_marks
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.dateline_grammar import CAPS_LATIN1, caps_place, title_words

# Full-width and ideographic marks a Chinese or Japanese pivot leaves in English text, the
# Arabic-script comma, semicolon and question mark an Arabic or Persian pivot leaves, the
# danda (full stop) a Hindi, Bengali or Nepali one leaves ("by the end of the year।"), the
# Armenian full stop "։" an Armenian one leaves ("forecast for Wednesday։"), the Ethiopic full
# stop "።" and comma "፣" an Amharic one leaves, the Urdu full stop "۔" an Urdu one, and a
# middle dot glued to a word before a lower-case word ("in decades· the ministry said"),
# which some pivots write for a comma.
_WIDE_MARKS = {"，": ",", "、": ",", "。": ".", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")",
               "\u060c": ",", "\u061b": ";", "\u061f": "?", "\u0964": ".", "\u0589": ".", "\u1362": ".",
               "\u1363": ",", "\u06d4": ".", "·": ",",
               # Myanmar's section marks (its full stop and comma), Khmer's khan and Tibetan's shad (full stops).
               "\u104b": ".", "\u104a": ",", "\u17d4": ".", "\u0f0d": ".",
               # The full-width per cent sign ("30％"): glued to its figure like the ASCII one. Other full-width
               # forms (slash, hyphen, tilde) join words, where English spacing after a stop would be wrong.
               "％": "%"}
_WIDE = lazy_compile("[" + "".join(_WIDE_MARKS) + "]")
# Text in the script a mark belongs to (CJK, Arabic, Devanagari, Bengali, Armenian, Ethiopic):
# the mark beside it is quoted text and stays.
_CJK = lazy_compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0621-\u064a\u066e-\u06d3\u0750-\u077f"
                    r"\u0900-\u0963\u0966-\u09ff\u0531-\u0588\u1200-\u135a\u1000-\u1049\u1780-\u17d3\u0f00-\u0f0c]")
# A middle dot is a comma only between a word and a lower-case word after one space;
# spaced on both sides it separates menu items ("Scores · Fixtures"), unspaced it is
# Catalan's "l·l" or a product ("5·3").
_DOT_AS_COMMA = re.compile(r"(?<=[A-Za-z0-9%)])· (?=[a-z])")
# Spaced on both sides it is a comma too when a lower-case word follows and the line is a
# sentence: it ends with a stop after at least six words ("the museum · the garden and …").
_SPACED_DOT_AS_COMMA = re.compile(r"(?<=[A-Za-z0-9%)]) · (?=[A-Za-z])")
MIN_SENTENCE_WORDS = 6
# A dateline's head up to the mark: a place in capitals (a region after a comma may follow),
# then a wire's credit in brackets or a date ("WASHINGTON (AP)，The …", "OSLO, March 3，The …").
# The pivot's comma or colon there stands for the dash the dateline lost, not for a comma.
_DATELINE_HEAD = lazy_compile(
    caps_place(CAPS_LATIN1, head_rest=2, more_words="{0,3}") + "(?:, " + title_words("A-Za-z.", "?") + ")?"
    r"(?: \([A-Z][A-Za-z]{1,11}\)|, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2})[ \t]*")
# Before a capital (a list of names: "Asia · Europe and Africa") the line must read as prose:
# longer, and most of its words in lower case, which a bar of section names never is.
MIN_NAME_LIST_WORDS = 8
MIN_LOWER_WORDS = 4


def _dot_in_sentence(text: str, start: int, lines: dict[int, tuple[str, int, int]], marks: QuoteMarks) -> bool:
    """Whether the spaced middle dot at ``start`` stands in a line that reads as a sentence.
    ``lines`` keeps each line's last character, word count and lower-case word count by its
    start, counted once however many dots it holds (a split per dot was quadratic on a long
    one-line record, issue 13); the line's start comes from the document's line-break index
    (a look back or a count of the words per dot was quadratic too)."""
    if not _SPACED_DOT_AS_COMMA.match(text, start - 1):
        return False
    line_start = marks.line_start(start)
    found = lines.get(line_start)
    if found is None:
        line_end = end_of_line(text, start)
        line = text[line_start : len(text) if line_end < 0 else line_end].rstrip()
        words = line.split()
        found = lines[line_start] = (line[-1:], len(words), sum(w[:1].islower() for w in words))
    last, count, lower = found
    if last not in ".!?" or count < MIN_SENTENCE_WORDS:
        return False
    if text[start + 2 : start + 3].isupper():
        return count >= MIN_NAME_LIST_WORDS and lower >= MIN_LOWER_WORDS
    return True


def _at_dateline(text: str, start: int, end: int) -> bool:
    """Whether the mark at ``start``..``end`` closes a dateline at its line's head and a
    capitalised lead follows: the mark stands for the dateline's dash."""
    line_start = start_of_line(text, start)
    if start - line_start > 60 or _DATELINE_HEAD.fullmatch(text, line_start, start) is None:
        return False
    lead = text[end : end + 3].lstrip(" ")
    return len(lead) >= 2 and lead[0].isupper() and (lead[1].islower() or lead[1] == " ")


@rule(
    "PU011",
    "full-width-punctuation",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("Exports rose in May。Imports fell.", "Exports rose in May. Imports fell."),
        ("The envoy， a former judge， arrived.", "The envoy, a former judge, arrived."),
        ("Prices rose（by 4%）in June！", "Prices rose (by 4%) in June!"),
        ("The polls close at 8：30 p.m.， officials said.", "The polls close at 8:30 p.m., officials said."),
        ("Some 14，250 people fled.", "Some 14,250 people fled."),
        ("The mayor، a former nurse، took office.", "The mayor, a former nurse, took office."),
        ("Rain fell all week· the weather office said.", "Rain fell all week, the weather office said."),
        ("The fund pays for roads · schools · clinics and wells in the north.",
         "The fund pays for roads, schools, clinics and wells in the north."),
        ("Exports to Asia · Europe and Africa all fell in the third quarter.",
         "Exports to Asia, Europe and Africa all fell in the third quarter."),
        ("“We are ready to start”· the coach said on Friday.", "“We are ready to start,” the coach said on Friday."),
        ("Tickets cost 5 euros · the organisers said on Monday.",
         "Tickets cost 5 euros, the organisers said on Monday."),
        ("The line will open by the end of the year। Fares are not set.",
         "The line will open by the end of the year. Fares are not set."),
        ("More snow is forecast for Friday։ Roads stay shut.", "More snow is forecast for Friday. Roads stay shut."),
        ("She vowed to end the quarrel over funding።", "She vowed to end the quarrel over funding."),
        ("The dam will be finished next year۔ Costs have doubled.",
         "The dam will be finished next year. Costs have doubled."),
        ("Costs fell by about 30％ in May.", "Costs fell by about 30% in May."),
        ("Farmers asked for help with feed and fertilizer။", "Farmers asked for help with feed and fertilizer."),
        ("DENVER (AP)，The council voted on Monday.", "DENVER (AP) — The council voted on Monday."),
        ("OSLO, March 3， The council voted on Monday.", "OSLO, March 3 — The council voted on Monday."),
    ],
    good=["The sign read 東京駅。 in red.", "The slogan was 「加油，中国」 for years.", "Prices rose, by 4%, in June!",
          "Scores · Fixtures · Tables", "Home · about us · contact · jobs",
          "By Ana Ruiz · 4 min read", "Sport · football · results and tables",
          "Home · News · Sport · Weather · Business · Travel · Contact us.",
          "The col·lecció opened in May.", "The banner read مرحبا، أهلا in green.",
          "The banner read नमस्ते। in red.", "The banner read Բարեւ։ in red.",
          "The banner read ሰላም። in red."],
)
def full_width_punctuation(doc: Document, self: Rule) -> Iterator[Edit]:
    """A full-width or ideographic mark in an English sentence ("next month。", "Ruiz， the").

    A Chinese or Japanese pivot writes its own commas, stops and brackets (an Arabic or
    Persian one its "،", a Hindi or Bengali one its danda "।" for a full stop, and some
    pivots a middle dot for a comma), and MT keeps
    them where the English words around them are new. English takes the ASCII mark,
    with the space after it (or, for an opening bracket, before it) that English spacing
    wants. A mark beside Chinese, Japanese or Korean characters is quoted text and stays.
    Unsafe until measured.
    """
    text = doc.text
    if not any(c in text for c in _WIDE_MARKS):  # nine ``in`` tests: faster than a class search
        return
    lines: dict[int, tuple[str, int, int]] = {}
    for match in _WIDE.finditer(text):
        start, end = match.start(), match.end()
        if _CJK.search(text, max(0, start - 3), min(len(text), end + 3)):
            continue
        if match.group() == "·" and not _DOT_AS_COMMA.match(text, start):
            if _dot_in_sentence(text, start, lines, quote_marks(doc)):
                yield self.edit(start - 1, end, ",", "Middle dot used as a comma in English text.", 0.8)
            elif text[start - 1 : start] == "”" and re.match(r" [a-z]", text[end : end + 2]) \
                    and text[start - 2 : start - 1] not in ".!?,":
                # "“We are ready”· the coach said": the tag's comma goes inside the closing mark.
                yield self.edit(start - 1, end, ",”", "Middle dot used as a comma in English text.", 0.8)
            continue
        before, after = text[start - 1 : start], text[end : end + 1]
        latin_before = bool(before) and (before.isascii() and before.isalnum() or before in ").%\"'”’")
        if not latin_before and not (after.isascii() and after.isalpha()):
            continue
        mark = _WIDE_MARKS[match.group()]
        if mark in ",:" and _at_dateline(text, start, end):
            while text[end : end + 1] == " ":
                end += 1
            yield self.edit(start, end, " — ", f"Full-width mark “{match.group()}” after a dateline: its dash.", 0.85)
            continue
        if before.isdigit() and after.isdigit() and (
                mark == ":" or mark == "," and re.match(r"\d{3}(?!\d)", text[end : end + 4])):
            # "1：30 a.m.", "12，500 people": a clock time or a thousands group takes no space.
            yield self.edit(start, end, mark, f"Full-width mark “{match.group()}” in English text.", 0.85)
            continue
        if mark == "(":
            replacement = ("" if before in " \n" or not before else " ") + mark
            while text[end : end + 1] == " ":  # no slice to the text's end: that was per match
                end += 1
        else:
            replacement = mark + (" " if after and (after.isalnum() or after in "(“") else "")
            while start > 0 and text[start - 1] == " " and mark != ")":
                start -= 1
        yield self.edit(start, end, replacement, f"Full-width mark “{match.group()}” in English text.", 0.85)
