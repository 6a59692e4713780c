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


# A repeated block this long or longer (a headline, a sentence) is credited to its later
# copy; shorter repeats ("the the", a doubled mark) keep difflib's choice.
_MIN_REPEAT = 12


def _follows_its_copy(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]``, spaces and line breaks at its ends aside, is at least
    :data:`_MIN_REPEAT` characters, a whole sentence or line (it starts after a blank and ends
    with a sentence's stop or its line), and stands right after the same text (spaces
    between). A block cut mid-sentence ("company said. The" after "the company said. The")
    repeats by chance: taking it would credit half a sentence to each segment."""
    block = text[start:end]
    core = block.strip()
    if len(core) < _MIN_REPEAT:
        return False
    before = start + len(block) - len(block.lstrip())
    after = before + len(core)
    if (before and not text[before - 1].isspace()) or not (
            core[-1] in _SENTENCE_END or after == len(text) or text[after] in "\r\n"):
        return False
    while before and text[before - 1].isspace():  # no copy of the text before: a scan, not a slice
        before -= 1
    return before >= len(core) and text.startswith(core, before - len(core))


# Equal blocks this short inside a deleted line are chance matches with the text that
# replaced it ("coal" and the "l" of a repaired "Śląska"), not text the output kept.
_CHANCE_MATCH = 3


def _line_deletion_parts(i1: int, i2: int, j1: int, j2: int, source: str, target: str) -> list[Opcode] | None:
    """The change ``source[i1:i2]`` -> ``target[j1:j2]`` as whole lines deleted plus the
    edit inside the line they border, or None when it is not that shape.

    Two shapes, on no line of their own in ``target``: text changed at a line's end, then
    whole lines deleted up to a line end ('.“\n\nRead also: …' -> '.”'); or whole lines
    deleted from a line start, then text changed at the next line's start ('Read also:
    …\n\n«' -> '“'). A block that starts at a line start and ends at a line end keeps its
    replacement with the line before when it starts with the line break, with the line
    after when it ends with one, and is left whole otherwise (it could be either).
    """
    removed, added = source[i1:i2], target[j1:j2]
    if "\n" not in removed or not added or "\n" in added or "\r" in added:
        return None
    first = min(k for k in (removed.find("\r"), removed.find("\n")) if k >= 0)
    last = removed.rindex("\n")
    ends_line = i2 == len(source) or source[i2] in "\r\n"
    starts_line = i1 == 0 or source[i1 - 1] == "\n"
    if ends_line and starts_line:
        ends_line, starts_line = first == 0, last == len(removed) - 1
    if ends_line and not starts_line:
        edit: Opcode = ("insert", i1, i1, j1, j2) if first == 0 else ("replace", i1, i1 + first, j1, j2)
        return [edit, ("delete", i1 + first, i2, j2, j2)]
    if starts_line and not ends_line:
        cut = i1 + last + 1
        edit = ("insert", i2, i2, j1, j2) if cut == i2 else ("replace", cut, i2, j1, j2)
        return [("delete", i1, cut, j1, j1), edit]
    return None


def _split_line_deletions(ops: Sequence[Opcode], source: str, target: str) -> list[Opcode]:
    """``ops`` with each change that deletes whole lines next to an edit inside a line split
    in two (see :func:`_line_deletion_parts`): the lines deleted, and the edit kept with
    the line it is on.

    A closing mark fixed or added at a paragraph's end next to a deleted feed line after it
    is one "replace" to difflib ('“\n\nStory continues' -> '”'), so the mark seemed to
    belong to the deleted line (its segment scored as a lone '”') and the quoted paragraph
    seemed to lack it; the same with an opening mark fixed after a deleted line. Runs of
    changes split by chance matches inside the deleted lines (each at most
    ``_CHANCE_MATCH`` characters, no line break) are taken as one change first.
    """
    out: list[Opcode] = []
    k = 0
    while k < len(ops):
        tag, i1, _, j1, _ = ops[k]
        parts, m = None, k
        while tag != "equal":
            parts = _line_deletion_parts(i1, ops[m][2], j1, ops[m][4], source, target)
            if parts is not None:
                deleted = next(op for op in parts if op[0] == "delete")
                if any(not deleted[1] <= op[1] < op[2] <= deleted[2] for op in ops[k + 1 : m] if op[0] == "equal"):
                    parts = None  # a match kept outside the deleted lines: separate changes
                break
            if m + 2 >= len(ops):
                break
            gap = ops[m + 1]
            if gap[2] - gap[1] > _CHANCE_MATCH or "\n" in source[gap[1] : gap[2]]:
                break
            m += 2
        if parts is not None:
            out.extend(parts)
            k = m + 1
        else:
            out.append(ops[k])
            k += 1
    return out


def slide_to_boundaries(ops: Sequence[Opcode], source: str, target: str) -> list[Opcode]:
    """``ops`` with each pure deletion or insertion slid to where it sits on line
    boundaries, when the characters allow it (the same text either way).

    A character diff may match the "A" of a deleted line "A caption [Photo]\n\n" with the
    "A" of the next line, "About …", and delete "caption [Photo]\n\nA" instead: the same
    output, but the next segment then looks as if it lost its first letter. Diff tools
    slide such blocks the same way (git's diff-slider heuristics); ties keep difflib's
    choice. A deleted block that repeats the text right before it (a headline printed twice,
    on two lines or one) is the later copy: the gold deletes the repeat, and the first copy,
    scored as deleted, was a false change.
    """
    split = _split_line_deletions(ops, source, target)
    tags = [op[0] for op in split]
    spans = [[i1, i2, j1, j2] for _, i1, i2, j1, j2 in split]  # mutable: blocks move below
    kept: dict[int, list[Opcode]] = {}  # text a moved block uncovers next to a change, by op index
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
        if tag == "delete":
            # A repeat deleted ("Headline\n\nHeadline\n\n", "Headline Headline"): which copy
            # went is the same output, but the repeat is the later copy, so the first keeps
            # its segment. Among the places where the deleted text follows its own copy, the
            # best on line boundaries, then the last.
            repeats = [o for o in range(-left, right + 1) if _follows_its_copy(text, lo + o, hi + o)]
            if repeats:
                best = max(repeats, key=lambda o: (_boundary_score(text, lo + o, hi + o), o))
        if best == 0:
            continue
        if before is not None:  # the equal block before ends where the moved block starts
            before[1] += best
            before[3] += best
        elif best > 0:  # after a change (a split block): what the block uncovers is kept text
            kept.setdefault(k, []).append(("equal", i1, i1 + best, j1, j1 + best))
        if after is not None:
            after[0] += best
            after[2] += best
        elif best < 0:
            kept.setdefault(k + 1, []).append(("equal", i2 + best, i2, j2 + best, j2))
        spans[k] = [i1 + best, i2 + best, j1 + best, j2 + best]
    slid: list[Opcode] = []
    for k, (tag, (i1, i2, j1, j2)) in enumerate(zip(tags, spans, strict=True)):
        slid.extend(kept.get(k, ()))
        if tag != "equal" or i2 > i1:
            slid.append((tag, i1, i2, j1, j2))
    slid.extend(kept.get(len(tags), ()))
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
