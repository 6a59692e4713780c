"""Start-up: patterns built from other patterns at import stay uncompiled until used."""

from __future__ import annotations

import re

from repair.rules.base import _LazyPattern, finditer_led, lazy_compile, led_by_each

_TEXTS = ("He asked? no. She said! yes", "?!?!", "", "Who? what! when?\nwhy", "a?b!c")


def test_reading_a_lazy_patterns_source_does_not_compile_it() -> None:
    # "X = lazy_compile(Y.pattern + ...)" at import must not compile Y.
    lazy = lazy_compile(r"(?<=[a-z]ed), that\b")
    assert lazy.pattern == r"(?<=[a-z]ed), that\b"
    assert "search" not in vars(lazy)


def test_scans_led_by_each_mark_of_a_lazy_pattern_find_what_the_compiled_ones_do() -> None:
    source = r"[?!] ([a-z]+)"
    lazy = lazy_compile(source, re.MULTILINE)
    scans = led_by_each(lazy, "[?!]", "?!")
    assert "search" not in vars(lazy)
    assert all(isinstance(scan, _LazyPattern) and "search" not in vars(scan) for scan in scans)
    eager = re.compile(source, re.MULTILINE)
    eager_scans = led_by_each(eager, "[?!]", "?!")
    for text in _TEXTS:
        want = [m.span() for m in eager.finditer(text)]
        assert [m.span() for m in finditer_led(eager, eager_scans, text)] == want
        assert [m.span() for m in finditer_led(lazy, scans, text)] == want


def test_a_lead_with_inline_flags_keeps_them_in_the_scans() -> None:
    # "(?i)" opening the lead is carried by the compiled flags alone.
    lazy = lazy_compile(r"(?i)[\[(]photo\b")
    scans = led_by_each(lazy, r"(?i)[\[(]", "[(")
    assert [bool(scan.search("x (PHOTO) y")) for scan in scans] == [False, True]
