"""``lazy_compile``: a rule pattern compiled on first use answers as ``re.compile`` would."""

from __future__ import annotations

import re

from repair.rules.base import _LazyPattern, lazy_compile

_SOURCE = r"(?P<word>[A-Z][a-z]+) (?:said|says)\b"
_TEXTS = ("Smith said so. Jones says no.", "nobody spoke", "", "Ruiz said\nLee says")


def test_not_compiled_until_first_use() -> None:
    pattern = lazy_compile(_SOURCE)
    assert isinstance(pattern, _LazyPattern)
    assert "search" not in vars(pattern)  # nothing compiled at import
    assert pattern.search("Smith said so.") is not None
    assert "search" in vars(pattern)  # later reads skip __getattr__


def test_answers_like_the_compiled_pattern() -> None:
    eager = re.compile(_SOURCE, re.MULTILINE)
    for text in _TEXTS:
        # A fresh lazy pattern per method, so each method is the one that triggers compiling.
        assert [m.span() for m in lazy_compile(_SOURCE, re.MULTILINE).finditer(text)] == [
            m.span() for m in eager.finditer(text)]
        assert lazy_compile(_SOURCE, re.MULTILINE).sub(r"\g<word>", text) == eager.sub(r"\g<word>", text)
        assert lazy_compile(_SOURCE, re.MULTILINE).findall(text) == eager.findall(text)
        match = lazy_compile(_SOURCE, re.MULTILINE).match(text)
        assert (match and match.groupdict()) == ((m := eager.match(text)) and m.groupdict())
    lazy = lazy_compile(_SOURCE, re.MULTILINE)
    assert (lazy.pattern, lazy.flags, lazy.groups, dict(lazy.groupindex)) == (
        eager.pattern, eager.flags, eager.groups, dict(eager.groupindex))


_MODULE_LEVEL = lazy_compile(_SOURCE)


def test_module_global_becomes_the_compiled_pattern() -> None:
    # The module that made it reads the compiled pattern itself after first use (no proxy
    # on the hot path).
    assert isinstance(globals()["_MODULE_LEVEL"], _LazyPattern)
    assert _MODULE_LEVEL.search("Smith said so.") is not None
    assert isinstance(globals()["_MODULE_LEVEL"], re.Pattern)
    assert globals()["_MODULE_LEVEL"].pattern == _SOURCE
