"""PU003's bracket edits paired: the two blanks inside one bracket pair ("( IOM )") closed by
one edit (:func:`bracket_spaces_paired`)."""

from __future__ import annotations

from collections.abc import Iterator

_PAIRED_CLOSER = {"(": ")", "[": "]"}
_MAX_BRACKETED = 200  # characters between a bracket pair whose two blanks one edit closes


def bracket_spaces_paired(text: str, spans: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """``(start, end, replacement)`` of PU003's bracket edits, in order; the two blanks of one
    pair ("( IOM )") closed by one edit. An editor judges an edit alone, and the opening side
    fixed leaves "(IOM )" broken at the other; the pair is one repair. Two spans pair when
    the first opens, the next closes it, and no bracket or line break stands between."""
    i = 0
    while i < len(spans):
        start, end, bracket = spans[i]
        if i + 1 < len(spans) and bracket in _PAIRED_CLOSER:
            close_start, close_end, closer = spans[i + 1]
            inside = text[end:close_start]
            if closer == _PAIRED_CLOSER[bracket] and len(inside) <= _MAX_BRACKETED \
                    and not any(c in inside for c in "()[]\n"):
                yield start, close_end, bracket + inside + closer
                i += 2
                continue
        yield start, end, bracket
        i += 1
