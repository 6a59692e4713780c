"""What a rule is: a pure function over a Document plus the metadata an editor reads."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import cast

from repair.document import Document
from repair.edits import Edit, Safety, Span


@dataclass(frozen=True)
class Example:
    """A rule's own test case: ``bad`` must be fixed to ``fixed``; ``good`` left alone."""

    text: str
    fixed: str | None = None


@dataclass(frozen=True)
class Rule:
    """A rule: a stable code, a category, a default safety and a checking function.

    ``doc`` says what the rule catches, why it is wrong and when its fix is unsafe; it is
    shown by ``repair rules``. ``safety`` is the author's proposal until the registry
    replaces it with what the rule earned on measurement (``repair.rules.measured``).
    ``bad`` examples carry their expected fix; ``good`` ones must produce no edit from this
    rule.
    """

    code: str
    name: str
    category: str
    safety: Safety
    doc: str
    check: Callable[[Document, Rule], Iterable[Edit]]
    bad: tuple[Example, ...]
    good: tuple[Example, ...]
    # The safety the rule's author proposed; ``safety`` is what the registry granted after
    # measurement (see ``repair.rules.measured``). None until the registry sets it.
    declared: Safety | None = None
    # How far from a change ``fix`` must look to re-check this rule (repair.recheck.REACH):
    # "line": every edit lies inside one line and depends on that line's text alone (not on
    # the lines around it, the text's first line or its style elsewhere), so a round
    # re-checks only the lines it changed. "near": the same, but the edit may also read the
    # non-blank line on either side. "paragraph" (the default): edits depend only on the
    # paragraphs they touch and their neighbours (the locality contract on
    # repair.pipeline.Proposer). "document": the rule reads evidence from anywhere in the
    # text (the first line, words used elsewhere), so ``fix`` re-runs it over the whole text.
    # A narrower scope is a claim about what the code reads, audited rule by rule and
    # checked on real text by tests/test_scaling_scope.py.
    scope: str = "paragraph"

    def run(self, doc: Document) -> list[Edit]:
        """All edits this rule proposes for ``doc``, none more trusted than the rule itself.

        A check may mark some of its edits less safe than the rule, never more: an edit
        claiming more is capped to ``self.safety``, which is what the rule earned.
        """
        return [e if e.safety.rank <= self.safety.rank else replace(e, safety=self.safety)
                for e in self.check(doc, self)]

    def edit(
        self,
        start: int,
        end: int,
        replacement: str,
        message: str,
        confidence: float,
        safety: Safety | None = None,
    ) -> Edit:
        """Build an Edit stamped with this rule's code, category and default safety."""
        return Edit(
            span=Span(start, end),
            replacement=replacement,
            rule=self.code,
            category=self.category,
            confidence=confidence,
            safety=safety or self.safety,
            source="rule",
            message=message,
        )


def rule(
    code: str,
    name: str,
    category: str,
    safety: Safety,
    bad: Iterable[tuple[str, str]],
    good: Iterable[str],
    scope: str = "paragraph",
) -> Callable[[Callable[[Document, Rule], Iterable[Edit]]], Rule]:
    """Decorator turning a check function into a :class:`Rule`; its docstring is the doc."""

    def wrap(check: Callable[[Document, Rule], Iterable[Edit]]) -> Rule:
        return Rule(
            code=code,
            name=name,
            category=category,
            safety=safety,
            doc=(check.__doc__ or "").strip(),
            check=check,
            bad=tuple(Example(text, fixed) for text, fixed in bad),
            good=tuple(Example(text) for text in good),
            scope=scope,
        )

    return wrap


class _LazyPattern:
    """A regular expression compiled on first use; see :func:`lazy_compile`.

    On first use the compiled pattern replaces this object in the module that made it
    (the global bound to it), so that module's later reads get the ``re.Pattern`` itself:
    no indirection on the hot path. Copies imported elsewhere keep this object, whose
    methods are then the compiled pattern's, set as instance attributes (no further
    ``__getattr__`` calls).
    """

    _compiled: re.Pattern[str]  # set on first use, by ``__getattr__``

    def __init__(self, pattern: str, flags: int, home: dict[str, object] | None) -> None:
        self._source = (pattern, flags)
        self._home = home

    @property
    def pattern(self) -> str:
        """The source, read without compiling (a module that builds one pattern from
        another's source at import then leaves both uncompiled)."""
        return self._source[0]

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern, compiled now if this was never used: the one object a
        cache keyed by pattern (``Document.line_counts``) must use, since the module's
        global is this object until first use and the compiled pattern after it."""
        self.search  # noqa: B018 -- compiles on first use (``__getattr__``)
        return self._compiled

    def __getattr__(self, name: str) -> object:
        if name.startswith("__") or name == "_compiled":  # copy/pickle probes: not a pattern's attribute
            raise AttributeError(name)
        compiled = self.__dict__.get("_compiled") or re.compile(*self._source)
        self._compiled = compiled
        for attr in _PATTERN_ATTRS:
            setattr(self, attr, getattr(compiled, attr))
        home, self._home = self._home, None
        for key, value in list((home or {}).items()):
            if value is self:
                home[key] = compiled  # type: ignore[index]
        return getattr(compiled, name)


_PATTERN_ATTRS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
                  "scanner", "flags", "groups", "groupindex")


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when first used rather than at import.

    For module-level patterns of rules that a short text seldom reaches: compiling every
    rule module's patterns at import cost about 58 ms of a 0.17 s start-up (issue 13). The
    result answers the methods and attributes of ``re.Pattern`` (``search``, ``finditer``,
    ``sub``, ``pattern``, ``flags`` ...) and, once used, the calling module's global that
    holds it is the compiled pattern itself; until then it is not an instance of
    ``re.Pattern``: do not pass it to ``re.sub``/``re.search`` or to code that needs one.
    """
    home = sys._getframe(1).f_globals
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags, home))


def led_by_each(pattern: re.Pattern[str], lead: str, firsts: str) -> tuple[re.Pattern[str], ...]:
    """``pattern`` split by its first character: one pattern per character of ``firsts``,
    each that character (a literal) followed by the rest of ``pattern`` after ``lead``
    (its leading character class, as written). Python's engine skips ahead in C to a
    literal, but tries a leading class at every position: on news, a two-character class
    cost 5-6 ms per MB against about 0.5 for each literal-led scan."""
    if not pattern.pattern.startswith(lead):
        raise ValueError(f"{pattern.pattern!r} does not open with {lead!r}")
    rest = pattern.pattern[len(lead) :]
    # A lazy pattern's given flags, not the compiled ones, so it stays uncompiled: they
    # differ only by re.UNICODE (the default for str patterns) unless ``lead`` opens with
    # global inline flags such as "(?i)", which only the compiled flags carry over to the
    # scans. The scans are compiled on first use too.
    given: object = pattern
    flags = given._source[1] if isinstance(given, _LazyPattern) and not lead.startswith("(?") else pattern.flags
    return tuple(cast("re.Pattern[str]", _LazyPattern(re.escape(first) + rest, flags, None)) for first in firsts)


def finditer_led(pattern: re.Pattern[str], by_first: Sequence[re.Pattern[str]], text: str) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))``, found by the patterns of :func:`led_by_each`.

    Their matches merged by start are ``pattern``'s whenever no two of them overlap (each
    scan then tried every position of its own character that ``pattern``'s scan would
    reach); when two do (a match that holds another's first character), this falls back to
    ``pattern`` itself, so the answer is the same in every case (property tests in
    tests/rules/test_hot_paths.py).
    """
    found = sorted((m for scan in by_first for m in scan.finditer(text)), key=lambda m: m.start())
    for before, after in zip(found, found[1:], strict=False):
        if after.start() < before.end():
            return list(pattern.finditer(text))
    return found
