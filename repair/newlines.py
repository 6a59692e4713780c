"""Windows line endings and a byte-order mark, kept out of the rules' way.

The rules read LF text: a line rule anchored at ``$`` or at ``\\n`` misses a line that ends
in ``\\r\\n``, and a leading byte-order mark (U+FEFF) hides the start of line 1. So the
pipeline hands the rules the LF text (``\\r\\n`` -> ``\\n``, the leading BOM dropped) and
maps what they find back: every edit's offsets into the input as given, and every line
break in a replacement written in the input's own style. Only what an edit touches
changes; untouched line endings (mixed ones included) and the BOM stay byte for byte.

A text with no ``\\r`` and no leading BOM (nearly all input) takes none of this: one
``in`` test (:func:`needs_mapping`) and it goes through as it came.

A lone ``\\r`` (classic Mac line ending) is left as it is: it is not a line break to the
segmenter either way, and rewriting it would change what the rules have always seen.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from repair.apply import Applied, Policy, choose_edits, write_edits
from repair.document import Document
from repair.edits import Edit, Span

if TYPE_CHECKING:
    from repair.pipeline import FixResult

BOM = "\ufeff"


def needs_mapping(text: str) -> bool:
    """True when ``text`` holds a ``\\r`` or starts with a BOM: the rules would see either.

    ``"\\r" in text`` is a single-character search in C (about 0.1 ms per MB), so LF input
    pays nothing measurable for the check."""
    return "\r" in text or text.startswith(BOM)


@dataclass(frozen=True)
class LineEndings:
    """One text's CRLF line breaks and leading BOM, and the LF text the rules read.

    ``lf`` is ``original`` without its leading BOM and with every ``\\r\\n`` as ``\\n``;
    ``breaks`` holds the offsets in ``lf`` of each ``\\n`` that was a ``\\r\\n`` (sorted);
    ``crlf`` says whether a line break an edit adds is written ``\\r\\n`` when nothing
    nearer decides (most of the text's line breaks are CRLF).
    """

    original: str
    lf: str
    bom: int
    breaks: tuple[int, ...]
    crlf: bool

    @classmethod
    def read(cls, text: str) -> LineEndings:
        """The mapping for ``text`` (an identity mapping when it has no CRLF and no BOM)."""
        bom = 1 if text.startswith(BOM) else 0
        breaks: list[int] = []
        at = text.find("\r\n", bom)
        while at >= 0:
            # The LF offset of this line break: each earlier "\r" and the BOM are gone.
            breaks.append(at - bom - len(breaks))
            at = text.find("\r\n", at + 2)
        lf = text[bom:].replace("\r\n", "\n") if breaks else text[bom:]
        crlf = bool(breaks) and 2 * len(breaks) >= lf.count("\n")
        return cls(text, lf, bom, tuple(breaks), crlf)

    def offset(self, lf_offset: int) -> int:
        """The offset in ``original`` of an offset in ``lf``.

        An offset just before a CRLF's ``\\n`` maps to before its ``\\r`` (an edit ending a
        line stops before the whole break, one covering the ``\\n`` covers both), so no
        mapped offset ever falls between ``\\r`` and ``\\n``."""
        return lf_offset + self.bom + bisect.bisect_left(self.breaks, lf_offset)

    def edit(self, edit: Edit) -> Edit:
        """``edit`` (offsets into ``lf``) as the same change to ``original``."""
        if not self.bom and not self.breaks:
            return edit
        start, end = self.offset(edit.span.start), self.offset(edit.span.end)
        return replace(edit, span=Span(start, end), replacement=self._written(start, end, edit.replacement),
                       alternatives=tuple(self.edit(a) for a in edit.alternatives))

    def _written(self, start: int, end: int, replacement: str) -> str:
        """``replacement`` with its line breaks in the style of the text it replaces: that
        of the break(s) it covers, else the text's usual one."""
        if "\n" not in replacement:
            return replacement
        covered = self.original[start:end]
        crlf = "\r\n" in covered if "\n" in covered else self.crlf
        return replacement.replace("\n", "\r\n") if crlf else replacement


def _lf_inputs(texts: Sequence[str | Document]) -> tuple[list[str | Document], list[LineEndings | None]]:
    """The inputs the rules see (LF ones as given) and each mapped one's line endings."""
    seen: list[str | Document] = []
    ends: list[LineEndings | None] = []
    for t in texts:
        text = t.text if isinstance(t, Document) else t
        if needs_mapping(text) and ((e := LineEndings.read(text)).breaks or e.bom):
            seen.append(Document.from_text(e.lf) if isinstance(t, Document) else e.lf)
            ends.append(e)
        else:
            seen.append(t)
            ends.append(None)
    return seen, ends


def check_through(texts: Sequence[str | Document],
                  check: Callable[[Sequence[str | Document]], list[list[Edit]]]) -> list[list[Edit]]:
    """``check(texts)`` run on the LF texts, each text's edits mapped back to it."""
    if not any(needs_mapping(t.text if isinstance(t, Document) else t) for t in texts):
        return check(texts)
    seen, ends = _lf_inputs(texts)
    found = check(seen)
    return [edits if e is None else [e.edit(x) for x in edits] for e, edits in zip(ends, found, strict=True)]


def fix_through(texts: Sequence[str | Document], fix: Callable[[Sequence[str | Document]], list[FixResult]],
                policy: Policy) -> list[FixResult]:
    """``fix(texts)`` run on the LF texts, each result mapped back to its text."""
    if not any(needs_mapping(t.text if isinstance(t, Document) else t) for t in texts):
        return fix(texts)
    seen, ends = _lf_inputs(texts)
    results = fix(seen)
    return [r if e is None else _mapped(r, e, policy) for e, r in zip(ends, results, strict=True)]


def _mapped(result: FixResult, ends: LineEndings, policy: Policy) -> FixResult:
    """A fix of ``ends.lf`` as the same fix of ``ends.original``.

    Each round's edits are mapped onto that round's text in the input's style and chosen
    again there (the same edits win: the mapping keeps order and overlaps; the skip
    reasons then name offsets into that text), so ``history``, ``first_round`` and
    ``remaining`` index the texts they say they do, as batch and the CLI read them.
    """
    current = ends
    history: list[Applied] = []
    for step in result.history:
        proposals = [current.edit(e) for e in (*step.applied, *(s.edit for s in step.skipped))]
        choice = choose_edits(current.original, proposals, policy)
        text = write_edits(current.original, choice.applied) if choice.applied else current.original
        history.append(Applied(text=text, applied=choice.applied, skipped=choice.skipped))
        if text != current.original:
            current = LineEndings.read(text)
    findings = tuple(ends.edit(e) for e in result.findings)
    if history:
        first = Applied(text=ends.original, applied=history[0].applied, skipped=history[0].skipped)
    else:
        first = choose_edits(ends.original, findings, policy)
    return replace(result, original=ends.original, fixed=current.original, findings=findings, first_round=first,
                   remaining=tuple(current.edit(e) for e in result.remaining), history=tuple(history))
