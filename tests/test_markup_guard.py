"""HTML in a text to repair (a JSONL body from a CMS): no edit may touch a tag or cut a reference.

Found by a newcomer cleaning a JSONL dump whose ``text`` fields were HTML with
``repair batch --apply all``: ``&lt;`` became a bare ``<``, ``&amp;`` inside an ``href``
a bare ``&``, ``&nbsp;`` a space, and a comma was moved inside an ``alt`` attribute.
All sentences here are our own.
"""

from __future__ import annotations

import re

import pytest

from repair.apply import Policy
from repair.edits import Edit, Safety, Span
from repair.markup import MarkupGuard, has_tags, tag_spans
from repair.pipeline import Pipeline

UNSAFE = Pipeline(policy=Policy(min_safety=Safety.UNSAFE))
_TAG_OR_REF = re.compile(r"<[^<>]*>|&[#A-Za-z0-9]+;")


def _edit(start: int, end: int, replacement: str = "") -> Edit:
    return Edit(Span(start, end), replacement, "XX000", "spacing", 0.9, Safety.SAFE, "rule", "test")


def test_tags_are_found_and_prose_angles_are_not() -> None:
    text = '<p>Rates fell.</p><br/><a href="x?a=1&amp;b=2">here</a>'
    assert [text[s:e] for s, e in tag_spans(text)] == ["<p>", "</p>", "<br/>", '<a href="x?a=1&amp;b=2">', "</a>"]
    for prose in ("Turnout was 5 < 6 per cent.", "He wrote << and >> on the board.", "a < b and c > d"):
        assert not has_tags(prose)
    assert not has_tags("<p\n\nnot a tag>")  # a paragraph break ends any real tag


@pytest.mark.parametrize(
    ("start", "end", "cut"),
    [
        (0, 2, True),  # inside "<p>"
        (1, 1, True),  # an insertion inside "<p>"
        (3, 3, False),  # an insertion right after "<p>"
        (3, 8, False),  # prose only
        (12, 15, True),  # across the end of "Mayor" into "</p>"
        (12, 14, False),  # " ." right before "</p>"
        (14, 14, False),  # an insertion right before "</p>" (no character of it changed)
        (20, 22, True),  # "am" of "&amp;": the reference cut in two
        (19, 24, False),  # "&amp;" whole (LO001 decoding it in plain text)
    ],
)
def test_guard_spans(start: int, end: int, cut: bool) -> None:
    text = "<p>The Mayor .</p> &amp; more"
    assert (text[14:18], text[19:24]) == ("</p>", "&amp;")  # the offsets the cases use
    assert MarkupGuard(text).cuts(_edit(start, end)) is cut


def test_plain_text_guard_is_idle() -> None:
    assert MarkupGuard("The port reopened on Monday .").idle
    assert not MarkupGuard("Smith &amp; Jones").idle


HTML_BODIES = [
    '<p>The council met on Tuesday . In the town hall.</p><p>It was late ,she said.</p>',
    '<p><img alt="the governor said . in april" src="p.jpg"> Prices rose 4 &#37; .</p>',
    '<p>Officials said <a href="https://news.example/a?b=1&amp;c=2" title="said ,she">the audit</a> was wrong .</p>',
    "<p>3 &lt; 4 and Brown &amp; Sons said &quot;never&quot; .</p>",
    "<div>the board said that the deal would close . in may .</div>",
    "<p>It rained on Sunday&nbsp;.The roads closed..</p>",
]


@pytest.mark.parametrize("body", HTML_BODIES)
def test_unsafe_fix_keeps_every_tag_and_reference(body: str) -> None:
    fixed = UNSAFE.fix(body).fixed
    assert _TAG_OR_REF.findall(fixed) == _TAG_OR_REF.findall(body)
    assert UNSAFE.fix(fixed).fixed == fixed  # fix twice == fix once


def test_prose_between_tags_is_still_repaired() -> None:
    fixed = UNSAFE.fix("<p>The council met on Tuesday . In the town hall.</p>").fixed
    assert fixed == "<p>The council met on Tuesday. In the town hall.</p>"


def test_plain_text_references_are_still_decoded() -> None:
    assert UNSAFE.fix("Brown &amp; Sons won the tender.").fixed == "Brown & Sons won the tender."
