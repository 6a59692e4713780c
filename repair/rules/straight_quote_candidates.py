"""Which kept paragraphs of the straight view each curly rule can fire in (issue 13).

:mod:`repair.rules.speech_quotes_straight` hands each curly rule only these paragraphs
(:func:`candidates`), each tested by a necessary condition of every edit the rule makes
inside it that the straight rule's judge keeps: first on the paragraph's turned marks (no
text written), then, for the few that pass, on the paragraph's line of the view with the
rule's own first tests or a part of its pattern that every match holds. A paragraph that
fails is one where the rule, run on the whole view, made no edit that was kept.
tests/rules/test_straight_quote_view.py checks this against the whole view on our
sentences, the written sets, dev and clean news.
"""

from __future__ import annotations

from repair.document import Document
from repair.rules import marks_style, quotes
from repair.rules.base import lazy_compile
from repair.rules.straight_quote_view import _SET_ASIDE, CLOSE, OPEN, KeptViews, kept_views

_MEMO_KEY = "speech_quotes_straight.candidates"
# The curly rules that read a paragraph's neighbours to decide an edit in it: QM001 (does
# the quotation go on in the next one? is it the last?) and PU006 (was a quotation left
# open in the one before?). The others read the paragraph's own line only.
READS_NEIGHBOURS = frozenset({"QM001", "PU006"})

# QM002 moves the stop of a '”.' whose quotation opens its line or follows a colon or a
# stop (blanks between) and holds no other mark (its opening mark is the last before).
_STOP_OUTSIDE_SENTENCE = lazy_compile(r"(?:^|[:.!?])[ \t]*“[^“”\n]*”\.(?=\s|$)")
_TAG_OPENS = lazy_compile(r"[,?!] ")
_WORD_END = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789%)")  # QM013's [A-Za-z0-9%)]


def _reopened_after_tag(line: str) -> bool:
    """QM003's edits that QM028 keeps (its closing mark before a tag, not its dropped
    marks): an opening mark after '. ' while a quotation is open (the last curly mark
    before it opens), and a tag, which begins with ',', '?' or '!' and a blank over ten
    characters after that mark and ends with the stop (a tag holds no curly mark)."""
    at = line.find(". “")
    while at >= 0:
        opened = line.rfind(OPEN, 0, at)
        if opened > line.rfind(CLOSE, 0, at) and _TAG_OPENS.search(line, opened + 11, at) is not None:
            return True
        at = line.find(". “", at + 1)
    return False


def _closed_before_tag(line: str) -> bool:
    """PU006's own tests: its _CLOSING_TAG in the paragraph, no opening mark before it."""
    tag = quotes._CLOSING_TAG.search(line)
    return tag is not None and OPEN not in line[: tag.start()]


def _quote_before_tag(line: str) -> bool:
    """QM013's own pattern, tried at each opening mark of the line (from the paragraph's
    start, where its '^' may match though the text's does not: more, never fewer)."""
    return next(marks_style._quotes_before_tags(line), None) is not None


def _sentence_opens(text: str, start: int, at: int) -> bool:
    """Whether the opening mark at ``at`` may open QM013's quoted sentence: at the start of
    the paragraph (its line's '^' read from the paragraph's start) or after a stop and a
    blank, or a stop, a mark and a blank."""
    return at == start or text[at - 2 : at] in (". ", "! ", "? ") or text[at - 3 : at] in ('." ', '!" ', '?" ')


def candidates(doc: Document) -> dict[str, list[int]]:
    """For each curly rule's code, the kept paragraphs (indices, in order) it can fire in.
    Kept in ``doc.memo``: one pass over the kept paragraphs serves the five rules."""
    found = doc.memo.get(_MEMO_KEY)
    if found is None:
        views = kept_views(doc)
        found = doc.memo[_MEMO_KEY] = _screened(doc, views) if views is not None else {}
    return found  # type: ignore[return-value]


def _screened(doc: Document, views: KeptViews) -> dict[str, list[int]]:
    text, paragraphs = doc.text, doc.paragraphs
    out: dict[str, list[int]] = {"QM001": [], "QM002": [], "QM003": [], "PU006": [], "QM013": []}
    for index in views.kept:
        start = paragraphs[index].start
        # The view's curly marks are the turned ones not set aside. Each edit below needs a
        # quotation open where it stands: the curly mark before its own one opens.
        first = last = ""  # the first and the last curly mark
        opened = -1  # where the open quotation opens, or -1
        stop_after = reopened = word_before = False
        for pos, mark in views.turned[index]:
            if mark == _SET_ASIDE:
                continue
            first = first or mark
            if opened >= 0 and mark == CLOSE:
                after = text[pos + 1 : pos + 2]
                stop_after = stop_after or after == "."  # QM002: '“…”.'
                # QM013: '“Capital … word” ' over ten characters, the opening mark at the
                # paragraph's start or after a stop and a blank (or a stop, '”' and a blank).
                word_before = word_before or (after == " " and text[pos - 1] in _WORD_END and pos - opened > 10
                                              and _sentence_opens(text, start, opened))
            elif opened >= 0:
                reopened = reopened or text[pos - 2 : pos] == ". "  # QM003: '“… . “'
            opened, last = pos if mark == OPEN else -1, mark
        if last == OPEN:
            out["QM001"].append(index)  # its first test, exactly: the last curly mark opens
        # PU006: the paragraph opens with a capital, and its first mark closes (the tag's
        # '”' with no opening mark before it; a set-aside pair needs one before it).
        tagged = first == CLOSE and text[start].isupper()
        if not (stop_after or reopened or word_before or tagged):
            continue
        line = views.line(doc, index)
        if stop_after and _STOP_OUTSIDE_SENTENCE.search(line):
            out["QM002"].append(index)
        if reopened and _reopened_after_tag(line):
            out["QM003"].append(index)
        if tagged and _closed_before_tag(line):
            out["PU006"].append(index)
        if word_before and _quote_before_tag(line):
            out["QM013"].append(index)
    return out
