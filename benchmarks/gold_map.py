"""The character-level position map that carries gold segments through a system's output.

Split out of ``benchmarks.gold`` (which re-exports :func:`position_map` and
:func:`slide_to_boundaries`): a character diff of the garbled passage against the output,
its deletions and insertions slid onto line and sentence boundaries, so each segment keeps
exactly the changes that belong to it.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence

Opcode = tuple[str, int, int, int, int]


# What ends a sentence, closing marks included: a deleted sentence is " Tag said so." after
# "April.", never ". Tag said so" (the same output, the stop credited to the wrong segment).
_SENTENCE_END = ".!?\"”’)"


def _boundary_score(text: str, start: int, end: int) -> int:
    """How well ``text[start:end]`` sits on line boundaries, then on sentence boundaries
    (higher is better; a line boundary always outweighs a sentence one). Spaces alone do
    not count: " —" and "— " inserted after ")" are the same repair, and difflib's choice
    between them is kept; but a deleted block that starts after a sentence's end and ends
    with its own stop is a whole sentence, and is scored as one."""
    starts_line = start == 0 or text[start - 1] == "\n"
    ends_line = end == len(text) or text[end - 1] == "\n"
    whole_sentence = (start > 0 and end > start and text[start - 1] in _SENTENCE_END
                      and text[start].isspace() and text[end - 1] in _SENTENCE_END)
    return 4 * (2 * starts_line + ends_line) + whole_sentence


def _split_line_end_replacements(ops: Sequence[Opcode], source: str, target: str) -> list[Opcode]:
    """``ops`` with each replacement of whole lines by text on no line of its own split in two:
    the text inserted at the end of the line before, then the lines deleted.

    A closing mark added at a paragraph's end next to a deleted feed line after it is one
    "replace" to difflib ("\n\nStory continues" -> "”"), so the mark seemed to belong to the
    deleted line and the quoted paragraph seemed to lack it.
    """
    out: list[Opcode] = []
    for tag, i1, i2, j1, j2 in ops:
        removed, added = source[i1:i2], target[j1:j2]
        if tag == "replace" and removed.startswith("\n") and "\n" not in added and (
                i2 == len(source) or source[i2] == "\n"):
            out.append(("insert", i1, i1, j1, j2))
            out.append(("delete", i1, i2, j2, j2))
        else:
            out.append((tag, i1, i2, j1, j2))
    return out


def slide_to_boundaries(ops: Sequence[Opcode], source: str, target: str) -> list[Opcode]:
    """``ops`` with each pure deletion or insertion slid to where it sits on line
    boundaries, when the characters allow it (the same text either way).

    A character diff may match the "A" of a deleted line "A caption [Photo]\n\n" with the
    "A" of the next line, "About …", and delete "caption [Photo]\n\nA" instead: the same
    output, but the next segment then looks as if it lost its first letter. Diff tools
    slide such blocks the same way (git's diff-slider heuristics); ties keep difflib's
    choice.
    """
    split = _split_line_end_replacements(ops, source, target)
    tags = [op[0] for op in split]
    spans = [[i1, i2, j1, j2] for _, i1, i2, j1, j2 in split]  # mutable: blocks move below
    for k, tag in enumerate(tags):
        if tag not in ("delete", "insert"):
            continue
        i1, i2, j1, j2 = spans[k]
        text, lo, hi = (source, i1, i2) if tag == "delete" else (target, j1, j2)
        before = spans[k - 1] if k and tags[k - 1] == "equal" else None
        after = spans[k + 1] if k + 1 < len(tags) and tags[k + 1] == "equal" else None
        room_left = (before[1] - before[0]) if before else 0
        room_right = (after[1] - after[0]) if after else 0
        left = 0
        while left < room_left and text[lo - left - 1] == text[hi - left - 1]:
            left += 1
        right = 0
        while right < room_right and hi + right < len(text) and text[lo + right] == text[hi + right]:
            right += 1
        best = max(range(-left, right + 1), key=lambda o: (_boundary_score(text, lo + o, hi + o), o == 0))
        if best == 0:
            continue
        if before is not None:  # the equal block before ends where the moved block starts
            before[1] += best
            before[3] += best
        if after is not None:
            after[0] += best
            after[2] += best
        spans[k] = [i1 + best, i2 + best, j1 + best, j2 + best]
    slid = [(tag, i1, i2, j1, j2) for tag, (i1, i2, j1, j2) in zip(tags, spans, strict=True)
            if tag != "equal" or i2 > i1]
    return _split_word_start_replacements(slid, source, target)


def _split_word_start_replacements(ops: Sequence[Opcode], source: str, target: str) -> list[Opcode]:
    """``ops`` with each replacement of text ending in a space by a mark with no space in it
    (an opening quotation mark, a dash) split in two: the text deleted, then the mark
    inserted where the next word starts.

    A repeated tail deleted at a sentence's end next to an opening mark added to the next
    sentence is one "replace" to difflib ("Again. " -> "“"), so the mark seemed to belong to
    the sentence that lost its tail, and the quoted sentence seemed to lack it.
    """
    out: list[Opcode] = []
    for tag, i1, i2, j1, j2 in ops:
        removed, added = source[i1:i2], target[j1:j2]
        if tag == "replace" and removed[-1:].isspace() and added and not any(c.isspace() for c in added):
            out.append(("delete", i1, i2, j1, j1))
            out.append(("insert", i2, i2, j1, j2))
        else:
            out.append((tag, i1, i2, j1, j2))
    return out


def position_map(source: str, target: str, legacy: bool = False) -> Callable[[int, bool], int]:
    """Map an offset in ``source`` to ``target`` through a character diff.

    Inside a changed block a start maps to the block's start and an end to its end, so a
    segment keeps every change touching it. Text inserted exactly at a segment's start or
    end (an opening quotation mark, a dateline dash) belongs to that segment.
    ``legacy=True`` is the map of ``shared/tools/score_gold.py``, which leaves such
    insertions out (so even the gold passage is not "exact" on those segments); it is kept
    to reproduce that tool's counts.
    """
    ops = difflib.SequenceMatcher(None, source, target, autojunk=False).get_opcodes()
    slid = ops if legacy else slide_to_boundaries(ops, source, target)

    def where_legacy(pos: int, end: bool) -> int:
        for tag, i1, i2, j1, j2 in ops:
            if i1 <= pos < i2 or (end and pos == i2):
                if tag == "equal":
                    return j1 + (pos - i1)
                return j2 if end else j1
        return len(target)

    def where(pos: int, end: bool) -> int:
        for tag, i1, i2, j1, j2 in (reversed(slid) if end else slid):
            inserted_here = tag == "insert" and i1 == pos
            inside = i1 < pos <= i2 if end else i1 <= pos < i2
            if inserted_here or inside:
                return j1 + (pos - i1) if tag == "equal" else (j2 if end else j1)
        return 0 if pos == 0 else len(target)

    return where_legacy if legacy else where
