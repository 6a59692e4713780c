"""The cheap checks asked before costly patterns (issue 13) are necessary conditions: on any
string the pattern matches (drawn from the pattern itself), the check lets it through, so a
rule's findings cannot change. Strings hold the odd cased letters too ("ſ", "K", "ı", "İ")."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from repair.rules import (
    banners,
    boilerplate,
    furniture_lines,
    furniture_navigation,
    furniture_page_labels,
    furniture_runs,
    furniture_widgets,
    marks_style,
)

_ODD_CASES = "\u0130\u0131\u017f\u212a"  # the letters Document.folded refuses to lower (it is None then)


def _strings(pattern: object) -> st.SearchStrategy[str]:
    """Strings holding a match of ``pattern`` (a compiled or lazily compiled one)."""
    compiled = re.compile(pattern.pattern, pattern.flags)  # type: ignore[attr-defined]
    return st.from_regex(compiled)


@settings(max_examples=300, deadline=None)
@given(_strings(furniture_navigation._NAV_LINE))
@example("čtěte také:000")  # found by CI 2026-12-02: a label opening on a non-ASCII letter
def test_navigation_filter(text: str) -> None:
    if furniture_navigation._NAV_LINE.match(text) and not any(c in text for c in _ODD_CASES):
        folded = text.lower()
        funded = furniture_navigation._FUNDER_NOTICE in folded
        assert furniture_navigation._may_be_navigation(text, folded, 0, len(text), funded)


@settings(max_examples=300, deadline=None)
@given(_strings(furniture_lines._CALL_VERB))
def test_call_opener(text: str) -> None:
    if furniture_lines._CALL_VERB.match(text):
        assert furniture_lines._may_open_call(text)


@settings(max_examples=200, deadline=None)
@given(_strings(furniture_lines._SELF_NOTICE))
def test_notice_opener(text: str) -> None:
    if furniture_lines._SELF_NOTICE.match(text):
        assert furniture_lines._may_open_notice(text)


@settings(max_examples=200, deadline=None)
@given(_strings(furniture_widgets._PAST_THE_AD))
def test_ad_slot_ends(text: str) -> None:
    if furniture_widgets._PAST_THE_AD.match(text):
        assert furniture_widgets.ad_slot(text)


@settings(max_examples=200, deadline=None)
@given(_strings(furniture_widgets._COPY_ACTION))
def test_copy_action_ends_in_a_letter(text: str) -> None:
    body = text.strip()  # PF014 reads the stripped line
    if body and furniture_widgets._COPY_ACTION.match(body):
        assert body[-1].isalpha()


@settings(max_examples=200, deadline=None)
@given(_strings(boilerplate._JUNK_LINE))
def test_junk_opener(text: str) -> None:
    if boilerplate._JUNK_LINE.match(text) and not any(c in text for c in _ODD_CASES):
        assert boilerplate._may_be_junk(text.lower(), 0, len(text))


@settings(max_examples=200, deadline=None)
@given(_strings(boilerplate._CREDIT_LINE))
def test_credit_line_ending(text: str) -> None:
    if boilerplate._CREDIT_LINE.match(text):
        assert boilerplate._may_be_credit_line(text, 0, len(text))


@settings(max_examples=200, deadline=None)
@given(_strings(banners._HEADLINE_BAR))
def test_headline_bar_holds_a_bar(text: str) -> None:
    if banners._HEADLINE_BAR.match(text):
        assert banners._holds_bar(text, 0, len(text))


@settings(max_examples=300, deadline=None)
@given(_strings(banners._DATED_DATELINE))
def test_dated_dateline_ending(text: str) -> None:
    if banners._DATED_DATELINE.match(text):
        assert banners._may_end_dated(text, 0, len(text))


@settings(max_examples=200, deadline=None)
@given(st.one_of(_strings(banners._DASHLESS_DATELINE), _strings(banners._DASHLESS_REGION_DATELINE),
                 _strings(banners._DASHLESS_DATED_DATELINE)))
def test_dashless_dateline_opens_with_two_capitals(text: str) -> None:
    patterns = (banners._DASHLESS_DATELINE, banners._DASHLESS_REGION_DATELINE, banners._DASHLESS_DATED_DATELINE)
    if any(pattern.match(text) for pattern in patterns):
        assert text[0].isupper() and (text[1].isupper() or text[1] == "'")


@settings(max_examples=200, deadline=None)
@given(_strings(furniture_page_labels._RELEASE_HEADER))
def test_release_header_holds_a_slash(text: str) -> None:
    if furniture_page_labels._RELEASE_HEADER.match(text):
        assert "/" in text


@settings(max_examples=200, deadline=None)
@given(_strings(furniture_runs._CLOCK))
def test_clock_hint(text: str) -> None:
    if furniture_runs._CLOCK.search(text):
        assert furniture_runs._CLOCK_HINT.search(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["¿", "¡", "A", "a", " ", "¿¡", "Z", "\n", "é"]), max_size=20).map("".join))
def test_inverted_marks_found_by_find(text: str) -> None:
    assert marks_style._inverted_starts(text) == [m.start() for m in marks_style._INVERTED.finditer(text)]


def test_examples_of_each_kind() -> None:
    """A line of each kind the checks must let through, odd cased letters included."""
    for line in ("Log in to read our story", "ſubscribe to our newsletter", "— sign up for our app"):
        assert furniture_lines._may_open_call(line), line
    for line in ("Advertisement - Skip this ad", "Read on after the breaK", "The story continues below the ad.\n"):
        assert furniture_widgets.ad_slot(line), line
    for line in ("Rotterdam:", "May 3, 2024", "Home › Sport › Sailing", "(With inputs from Reuters)", "©  2025",
                 "Video01:45", "In the photo: the quay"):
        assert furniture_navigation._NAV_LINE.match(line), line
        assert furniture_navigation._may_be_navigation(line, line.lower(), 0, len(line), False), line
