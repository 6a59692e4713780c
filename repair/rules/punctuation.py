"""Doubled or misplaced punctuation and spacing left by MT and by stripped markup."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.line_index import end_of_line
from repair.rules.base import Rule, finditer_led, lazy_compile, led_by_each, rule
from repair.rules.bracket_pairs import bracket_spaces_paired
from repair.rules.glued import zipf
from repair.rules.glued_speech_verb_words import WORDS_ENDING_IN_SPEECH_VERB, glued_verb_occurrences
from repair.rules.swapped_marks import MIRRORED_BRACKETS

# Patterns start with a literal or a character class, never a look-behind or an
# alternation: Python's regex engine then scans for the first character quickly, which
# keeps the rules near 2 MB/s. Context before the match is checked in Python instead.
_DOUBLED_MARK = re.compile(r"([,;:])(?:[ \t]*\1)+")
_DOUBLED_STOP = lazy_compile(r"\.[ \t]*\.(?![ \t]*\.)(?=\s|$|[\"”’])")
_STOP_AFTER_END = re.compile(r"[!?][ \t]+\.(?=\s|$)")
# (?<![ \t] ): start only at a run's first blank, so a long run of spaces stays linear
# (after the literal space, so the fast scan for it is kept).
_SPACE_BEFORE = re.compile(r" (?<![ \t] )[ \t]*([,.;:!?])(?=[ \t\n\"”’)]|$)")
_BRACKET_OPEN = re.compile(r"([(\[])[ \t]+(?=\S)")
_BRACKET_CLOSE = re.compile(r" (?<![ \t] )[ \t]*([)\]])")
# The same matches, found from the mark or bracket (rarer than spaces, which the patterns
# above stop at): a mark with a blank before it, then back over the blanks to the run's
# first one, which must be a space. See _blank_runs_before.
# An opening curly mark may follow only a comma or colon (' :“We …'): the rule restores
# the space it lost there; after any other mark it is skipped in Python.
_MARK_AFTER_BLANK = lazy_compile(r"[,.;:!?](?<=[ \t].)(?=[ \t\n\"“”’)]|$)")
_CLOSE_AFTER_BLANK = re.compile(r"[)\]](?<=[ \t].)")
# _DOUBLED_MARK and _STOP_AFTER_END split by their first character: a pattern led by a
# literal is searched for several times faster than one led by a set. The pieces' matches
# cannot overlap (each holds one kind of mark), so merged by start they are the same matches.
# A whole run (", , , ,") is one match: one mark left in one round, so ``fix`` settles in
# one pass, not one mark per round until MAX_FIX_ROUNDS cuts it off half done. The run is
# written ``[ \t,]*,`` (blanks and marks, ending on a mark: the strings ``(?:[ \t]*,)+``
# matches, and the same greedy end): a repeated group cost the engine a frame per mark,
# 0.16 s on a megabyte of commas, a repeated character set 0.003 s.
_DOUBLED_MARK_BY_MARK = tuple(re.compile("(" + re.escape(m) + r")[ \t" + re.escape(m) + "]*" + re.escape(m))
                              for m in ",;:")
_STOP_AFTER_END_BY_MARK = tuple(re.compile(re.escape(m) + r"[ \t]+\.(?=\s|$)") for m in "!?")
# _BRACKET_OPEN and _CLOSE_AFTER_BLANK led by each bracket alone (a literal, found in C):
# 5.2 -> 0.5 ms per MB of news each; the same matches (repair.rules.base.finditer_led).
_BRACKET_OPEN_BY_MARK = tuple(re.compile("(" + re.escape(m) + r")[ \t]+(?=\S)") for m in "([")  # group 1 kept
_CLOSE_AFTER_BLANK_BY_MARK = led_by_each(_CLOSE_AFTER_BLANK, r"[)\]]", ")]")
_COLON_QUOTE = re.compile(r":”[ \t]+(?=[A-Z])")
_GLUED_COMMA = re.compile(r",(?=[A-Z][a-z])")


def _blank_runs_before(found: Iterable[re.Match[str]], text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, mark)`` of each match of ``_SPACE_BEFORE`` (given ``_MARK_AFTER_BLANK``)
    or ``_BRACKET_CLOSE`` (given ``_CLOSE_AFTER_BLANK``), in order.

    Those patterns match a whole run of blanks that starts with a space, and the mark
    after it; scanning for the mark and walking back finds the same runs.
    """
    for match in found:
        start = match.start()
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        if text[start] == " ":
            yield start, match.end(), match.group()


def _merged(patterns: tuple[re.Pattern[str], ...], text: str) -> list[re.Match[str]]:
    """Every match of each pattern, in order of start (patterns whose matches never overlap)."""
    return sorted((m for pattern in patterns for m in pattern.finditer(text)), key=lambda m: m.start())


# A lower-case abbreviation with inner stops, or a company's suffix, whose stop a comma may
# follow ("9 a.m., but", "Acme Inc., the maker"): never a sentence's stop or an ellipsis.
_ABBREVIATION_STOP = lazy_compile(r"(?<![\w.])(?:[a-z]\.(?:[a-z]\.)+|[A-Z]\.(?:[A-Z]\.)+"
                                  r"|Inc\.|Ltd\.|Co\.|Corp\.|etc\.)$")


def _char_before(text: str, offset: int) -> str:
    # The text's start reads as a line's start ("\n"): "" passed every ``in "…"`` test, so
    # a mark at offset 0 was judged unlike the same mark after a line break, and ``fix``,
    # which re-checks a changed line on its own, saw it differently from the whole text.
    return text[offset - 1] if offset > 0 else "\n"


@rule(
    "PU001",
    "doubled-punctuation",
    "punctuation",
    Safety.SAFE,
    bad=[
        ("The talks ended. . Both sides left.", "The talks ended. Both sides left."),
        ("Prices rose,, analysts said.", "Prices rose, analysts said."),
        ("Prices rose, , , analysts said.", "Prices rose, analysts said."),
        ("It was over.. Then came the vote.", "It was over. Then came the vote."),
        ("The club changed its coach this season ..", "The club changed its coach this season."),
    ],
    good=[
        "He paused... then spoke.",
        "It was a strange match . . . momentum swings.",
        "It was a failed target, from a failed minister..with a failed policy.",
        "When in Rome ...",
        "Rates..Prime..Fed funds\nBank A.....7.50......6.25..",
        "The dividend was 40 cents per share, ,\nThe board met.",
        "The envoy flew in from the U.S. ..", "When in Rome ... and so on ..",
    ],
    scope="line",
)
def doubled_punctuation(doc: Document, self: Rule) -> Iterator[Edit]:
    """The same stop or comma twice (". .", ",,", "..") where one is meant.

    MT systems and feed scripts both add a stop to text that already had one. Precise: an
    ellipsis ("...") is excluded and only identical marks are collapsed; a line that uses
    runs of dots anywhere (a table's dot leaders, a writer's "..") is left alone.
    """
    text = doc.text
    for match in _merged(_DOUBLED_MARK_BY_MARK, text):
        before = _char_before(text, match.start())
        if text[match.end() : match.end() + 1] in ("", "\n"):
            continue  # "per share, ," ending a line: the sentence was cut, not a mark doubled
        if before and before != "." and not before.isspace():
            mark = match.group(1)
            if mark == "." and _lower_case_after(text, match.end()):
                yield _stop_before_lower_case(self, match.start(), match.end())
                continue
            yield self.edit(match.start(), match.end(), mark, f"Doubled “{mark}”.", 0.95)
    # The line around each match is found once per line, searching only the text after the
    # line before (matches come in order): per match, a long line was searched twice over.
    line_end, dotted = -1, False  # the line last looked at: its end ("\n" or len), holds "..."
    for match in _DOUBLED_STOP.finditer(text):
        before = _char_before(text, match.start())
        if match.start() > line_end:
            line_start = text.rfind("\n", line_end + 1, match.start()) + 1 or line_end + 1
            line_end = end_of_line(text, match.end())
            line_end = line_end if line_end >= 0 else len(text)
            dotted = "..." in text[line_start:line_end]
        if dotted:
            continue  # dot leaders in a table, or a writer who uses runs of dots: not a slip
        start = match.start()
        if before in " \t" and match.group() == "..":
            # "in this season ..": a detokeniser's space before a doubled stop ending the line; the space goes
            # with it when a word or closing mark stands before it ("U.S. .." keeps its own).
            while start > 0 and text[start - 1] in " \t":
                start -= 1
            before = _char_before(text, start)
            if not (before.isalnum() or before in ")]\"”’%") or text[match.end() : match.end() + 1] not in ("", "\n"):
                continue  # "individuals .. Must", "2.1 .. 2.4": an elision or a range; only a line's end is a stop
        if before.isalnum() or before in ")]\"”’%":
            if _lower_case_after(text, match.end()):
                yield _stop_before_lower_case(self, start, match.end())
                continue
            yield self.edit(start, match.end(), ".", "Doubled “.”.", 0.95)
    for match in _merged(_STOP_AFTER_END_BY_MARK, text):
        yield self.edit(match.start() + 1, match.end(), "", "Stray full stop after end punctuation.", 0.95)


def _lower_case_after(text: str, end: int) -> bool:
    """True when the next word after ``end`` (past spaces on the line) opens in lower case."""
    at = end
    while at < len(text) and text[at] == " ":
        at += 1
    return at < len(text) and text[at].islower()


def _stop_before_lower_case(self: Rule, start: int, end: int) -> Edit:
    """A doubled stop before a lower-case word ("November, however.. was cut short"): one stop
    may still be a false sentence end (a comma or no mark may be meant), which only the clause
    decides, so the collapse is not safe: unsafe, applied only with ``--unsafe``, where the
    stop rules then judge the single stop (join, comma, or a capital for a sentence of its
    own)."""
    return self.edit(start, end, ".", "Doubled “.” before a lower-case word: the stop itself may be false "
                     "(a comma, or no mark, may be meant).", 0.6, safety=Safety.UNSAFE)


@rule(
    "PU002",
    "space-before-punctuation",
    "punctuation",
    Safety.SAFE,
    bad=[
        ("They proposed a different timetable .", "They proposed a different timetable."),
        ("Growth slowed , the bank said.", "Growth slowed, the bank said."),
        ("“The work is done.” .", "“The work is done.”"),
        ("“Is it over?” . Nobody knew.", "“Is it over?” Nobody knew."),
        ("She called it “a fair deal” .", "She called it “a fair deal”."),
        ('The minister added :"We will not wait."', 'The minister added: "We will not wait."'),
        ("A spokeswoman said :“The line reopens on Monday.”", "A spokeswoman said: “The line reopens on Monday.”"),
        ('"It was a choice, not an accident" , the judge said.', '"It was a choice, not an accident," the judge said.'),
        ("Ducks were found along the river . .", "Ducks were found along the river."),
    ],
    good=["The index rose 0.5 points to 1,204.", "It fell to .5 percent.", "Why? Nobody knows!",
          "“The work is done.” Then she left.", "It was over . . . or so we thought.",
          "It was over . . .", "Prices . .5 rose."],
)
def space_before_punctuation(doc: Document, self: Rule) -> Iterator[Edit]:
    """A space before a comma, stop, colon, semicolon, "?" or "!".

    English puts no space there; MT detokenisers leave one. Precise: only a space between a
    word and the mark, with whitespace or a closing quote after it, is removed. A stop after
    a quotation that already closed on ".", "?" or "!" is dropped with its space, never
    doubled ('“Done.” .' becomes '“Done.”', not '“Done.”.').
    """
    marks = _MARK_AFTER_BLANK.finditer(doc.text)
    for start, end, mark in _blank_runs_before(marks, doc.text):  # _SPACE_BEFORE's matches
        before = _char_before(doc.text, start)
        if before == "." and mark == "," and _ABBREVIATION_STOP.search(doc.text, max(0, start - 12), start):
            # "at 9 a.m. , but": the comma after an abbreviation's stop; its space is the slip.
            yield self.edit(start, end, mark, f"Space before “{mark}”.", 0.93)
            continue
        if not (before.isalnum() or before == "_" or before in "\"”’)"):
            continue
        spaced_ellipsis = doc.text.startswith(" .", end) or doc.text[start - 2 : start] == ". "
        if mark == "." and doc.text.startswith(" .", end) and not doc.text.startswith(" . .", end) \
                and before.isalnum() and doc.text[end + 2 : end + 3] in ("", "\n", " "):
            # "along the river . .": two spaced stops after a word are a doubled stop (an ellipsis has three)
            yield self.edit(start, end + 2, ".", "Doubled “.”.", 0.9, safety=Safety.UNSAFE)
            continue
        if mark == "." and spaced_ellipsis:
            continue  # a spaced ellipsis (". . ."), a house style
        after = doc.text[end : end + 2]
        if after[:1] == "“" and not (mark in ",:" and after[1:2].isupper()):
            continue  # an opening mark glued after another mark: not this slip's shape
        if mark in ",:" and after[:1] in "\"“" and after[1:2].isupper():
            # 'he added :"We will': the opening quote needs the space the mark had before it
            yield self.edit(start, end + 1, f"{mark} {after[0]}", f"Space before “{mark}”.", 0.93)
            continue
        if mark == "." and before in "\"”’)" and _char_before(doc.text, start - 1) in ".!?":
            # '“We are ready.” .': the quotation already ended the sentence; the stop is stray.
            yield self.edit(start, end, "", "Stray full stop after a closed quotation.", 0.93)
            continue
        if mark == "," and before in "\"”" and _char_before(doc.text, start - 1).isalpha() \
                and doc.text[end : end + 2].startswith(" ") and doc.text[end + 1 : end + 2].isalpha():
            # '"… a choice" , Morvan told': the comma of a tag after a quotation goes inside it
            # (wire style); the detokeniser that spaced it also moved it out.
            yield self.edit(start - 1, end, f",{before}", f"Space before “{mark}”.", 0.93)
            continue
        yield self.edit(start, end, mark, f"Space before “{mark}”.", 0.93)


@rule(
    "PU003",
    "bracket-quote-spacing",
    "spacing",
    Safety.SAFE,
    bad=[
        ("The bloc ( known as the G7 ) met.", "The bloc (known as the G7) met."),
        ("She added:” The board will act.", "She added: “The board will act."),
    ],
    good=["The bloc (known as the G7) met.", "She added: “The board will act.”"],
    scope="line",
)
def bracket_quote_spacing(doc: Document, self: Rule) -> Iterator[Edit]:
    """Spaces inside brackets, or a flipped opening quote glued to a colon (`said:” We`).

    Both come from markup stripped by a scraper or a spinner. The bracket fix only removes a space;
    the quote fix only fires when a capital letter follows, where an opening quote is meant.
    """
    spans = [(match.start(), match.end(), match.group(1))
             for match in finditer_led(_BRACKET_OPEN, _BRACKET_OPEN_BY_MARK, doc.text)]
    closes = finditer_led(_CLOSE_AFTER_BLANK, _CLOSE_AFTER_BLANK_BY_MARK, doc.text)
    for start, end, bracket in _blank_runs_before(closes, doc.text):  # _BRACKET_CLOSE's matches
        if _char_before(doc.text, start) in ("", "\n") or MIRRORED_BRACKETS.match(doc.text, end - 1):
            continue  # " )ISA(": brackets turned round, the blank outside them (PU028)
        spans.append((start, end, bracket))
    for start, end, replacement in bracket_spaces_paired(doc.text, sorted(spans)):
        yield self.edit(start, end, replacement, f"Space inside “{replacement[0]}…{replacement[-1]}”."
                        if len(replacement) > 1 else f"Space inside “{replacement}”.", 0.9)
    for match in _COLON_QUOTE.finditer(doc.text):
        yield self.edit(match.start(), match.end(), ": “", "Opening quote reversed and misplaced after a colon.", 0.85)


@rule(
    "PU004",
    "missing-space-after-comma",
    "spacing",
    Safety.UNSAFE,
    bad=[("According to NHK,Ito added more.", "According to NHK, Ito added more.")],
    good=["It cost 1,200 dlrs.", "The ratio was 3,4 percent.", "Paris, France"],
    scope="line",
)
def missing_space_after_comma(doc: Document, self: Rule) -> Iterator[Edit]:
    """A comma glued to the capitalised word after it ("NHK,Ito"), usually a lost link.

    Unsafe: product names and code can legitimately glue a comma to a capital.
    """
    for match in _GLUED_COMMA.finditer(doc.text):
        if not doc.text[max(0, match.start() - 2) : match.start()].isalpha() or match.start() < 2:
            continue
        yield self.edit(match.start(), match.end(), ", ", "Missing space after comma.", 0.8)


# A word glued to the bracket that opens its abbreviation ("Response Team(VNCERT)"): led
# by the bracket (a literal), the word before read back in Python.
_GLUED_BRACKET = lazy_compile(r"\((?=[A-Z][A-Z&]+[a-z]?\))")


@rule(
    "PU023",
    "glued-bracket",
    "spacing",
    Safety.UNSAFE,
    bad=[
        ("The case went to the Court of Arbitration for Sport(CAS) in May.",
         "The case went to the Court of Arbitration for Sport (CAS) in May."),
        ("Members of the national union of teachers(NUT) voted to strike.",
         "Members of the national union of teachers (NUT) voted to strike."),
    ],
    good=["The Court of Arbitration for Sport (CAS) ruled.", "Each member(s) of staff", "Call f(X) twice.",
          "The price(s) rose.", "Shares in AB(publ) rose."],
    scope="line",
)
def glued_bracket(doc: Document, self: Rule) -> Iterator[Edit]:
    """A word glued to the opening bracket of the abbreviation after it ("Team(VNCERT)").

    The space went with the markup that set the abbreviation apart. Only a word of two or
    more letters before a bracket that holds an abbreviation in capitals: "member(s)" and
    a formula's "f(X)" keep theirs. Unsafe until measured.
    """
    text = doc.text
    if "(" not in text:
        return
    for match in _GLUED_BRACKET.finditer(text):
        at = match.start()
        if at >= 2 and text[at - 1].isalpha() and text[at - 2].isalpha():
            yield self.edit(at, at, " ", "Missing space before a bracket.", 0.85)


_WORD_START = re.compile(r"[A-Za-z]+$")
# The glued tag as a whole sentence after a sentence that ends on a word or a figure: a stop
# and a space before it, its own stop and the line's end or a blank after it.
_LONE_TAG_BEFORE = re.compile(r"(?<=[a-z0-9%])\. $")
_LONE_TAG_AFTER = re.compile(r"\.(?=\s|$)")


@rule(
    "PU005",
    "glued-speech-verb",
    "spacing",
    Safety.SAFE,
    bad=[
        ("The strike ended in 1998. BBCreported the news.", "The strike ended in 1998. BBC reported the news."),
        ("Bloombergreported that Ito spoke.", "Bloomberg reported that Ito spoke."),
        ("Minister Wen Jiahaotold reporters it rose.", "Minister Wen Jiahao told reporters it rose."),
        ("Talks stalled, Radio Nordwrote on Monday.", "Talks stalled, Radio Nord wrote on Monday."),
        ("The airport reopened on Sunday. NHKreported.", "The airport reopened on Sunday, NHK reported."),
    ],
    good=["Bloomberg reported that Ito spoke.", "Aforesaid terms apply.", "Shares of Infusaid Inc rose.",
          "Untold damage was done.", "It was Foretold in the book.",
          "Underwrote the loan.", "Rewrote the rules."],
    scope="line",
)
def glued_speech_verb(doc: Document, self: Rule) -> Iterator[Edit]:
    """A source name glued to "reported"/"said"/"added"/"told"/"wrote" ("BBCreported").

    Scrapers drop the space where a hyperlink on the name ended. Precise: the verb must end
    the token and the name must start with a capital, which ordinary words ending in
    these letters ("Aforesaid") do not satisfy once a small exception list is applied.
    """
    text = doc.text
    for verb_start, verb in sorted(glued_verb_occurrences(text)):
        head = _WORD_START.search(text, max(0, verb_start - 40), verb_start)
        if head is None or not head.group()[:1].isupper():
            continue
        name = head.group()
        if (name + verb).lower() in WORDS_ENDING_IN_SPEECH_VERB or len(name) < 2:
            continue
        if verb == "wrote" and zipf(name + verb) > 0:
            continue  # "Rewrote", "Underwrote": a word of its own, whatever its capital
        if verb == "said" and not name.isupper():
            continue  # "Infusaid", "Mosaid": only an acronym glued to "said" is clear
        end = verb_start + len(verb)
        if _LONE_TAG_BEFORE.search(text, max(0, head.start() - 2), head.start()) and _LONE_TAG_AFTER.match(text, end):
            # "… in 1949. CNNreported.": split alone, the tag is a sentence of its own with no
            # report ("CNN reported."); it goes back to the sentence it reports, in the same edit.
            yield self.edit(head.start() - 2, end, f", {name} {verb}",
                            f"Missing space before “{verb}”; the tag reports the sentence before it.", 0.9)
            continue
        yield self.edit(head.start(), end, f"{name} {verb}", f"Missing space before “{verb}”.", 0.9)


RULES = (
    doubled_punctuation,
    space_before_punctuation,
    bracket_quote_spacing,
    missing_space_after_comma,
    glued_speech_verb,
    glued_bracket,
)
