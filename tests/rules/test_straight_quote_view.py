"""speedq25 (issue 13): QM026-QM030 read only the kept paragraphs their curly rule can fire
in (a necessary condition on the paragraph's line of the view), on a compact document of
those lines and their neighbours'. Each must find exactly what the curly rule finds on the
view of the whole document (the code before this cut, written out here as the reference),
on our own sentences and on the written sets, dev and clean news.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import replace
from pathlib import Path

import pytest

from repair.document import Document
from repair.edits import Edit
from repair.rules import speech_quotes_straight as straight
from repair.rules.straight_quote_view import CLOSE, OPEN, STRAIGHT, kept_views, paragraph_view

ROOT = Path(__file__).resolve().parents[2]
SHARED = next((p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.exists()), None)
CURLY = {
    "QM026": straight.speech_quotes.unclosed_quote,
    "QM027": straight.speech_quotes.stop_outside_quote,
    "QM028": straight.speech_quotes.stray_reopening_mark,
    "QM029": straight.quotes.missing_opening_quote,
    "QM030": straight.marks_style.quote_before_tag_without_comma,
}
JUDGE = {"QM026": straight._closes_before_tag, "QM027": straight._stop_before_lower_case,
         "QM028": straight._tag_edits_only, "QM029": straight._shown, "QM030": straight._shown}


def _whole_view(doc: Document) -> tuple[Document, list[bool]] | None:
    """The view of the whole document, segmented afresh, and which paragraphs are kept (the
    code before the cut)."""
    if STRAIGHT not in doc.text:
        return None
    text = doc.text
    pieces, turned, quoting, at = [], [], [], 0
    for para in doc.paragraphs:
        chunk = text[para.start : para.end]
        view = paragraph_view(text, para.start, para.end) if STRAIGHT in chunk else None
        pieces += [text[at : para.start], view if view is not None else chunk]
        at = para.end
        turned.append(view is not None)
        quoting.append(any(m in chunk for m in (STRAIGHT, OPEN, CLOSE)) and view is None)
    pieces.append(text[at:])
    n = len(turned)
    keep = [turned[i] and not (i > 0 and quoting[i - 1]) and not (i + 1 < n and quoting[i + 1]) for i in range(n)]
    return (Document.from_text("".join(pieces)), keep) if any(keep) else None


def _reference(doc: Document, code: str) -> list[Edit]:
    """What rule ``code`` found before the cut: its curly rule on the whole view."""
    found = _whole_view(doc)
    if found is None:
        return []
    view, keep = found
    rule = next(r for r in straight.RULES if r.code == code)
    out = []
    for edit in CURLY[code].check(view, rule):
        index = bisect.bisect_right(view._paragraph_starts, edit.start) - 1
        if index < 0 or edit.start > view.paragraphs[index].end or not keep[index] \
                or edit.end > view.paragraphs[index].end:
            continue
        plain = straight._straight(edit)
        safety = JUDGE[code](doc, plain)
        if safety is not None:
            out.append(replace(plain, safety=safety) if safety != plain.safety else plain)
    return [e if e.safety.rank <= rule.safety.rank else replace(e, safety=rule.safety) for e in out]


def _assert_same(text: str) -> int:
    """Every rule finds on ``text`` what the reference finds; the number of edits."""
    count = 0
    for rule in straight.RULES:
        expected = _reference(Document.from_text(text), rule.code)
        assert rule.run(Document.from_text(text)) == expected, rule.code
        count += len(expected)
    return count


OWN = [
    '"We closed the harbour at dawn, the harbour master told reporters. "The sea is calm now."\n\nRain fell.',
    'Rain fell.\n"The river rose in an hour, and nobody moved the cattle, he said.\nRain fell.\n"We wait."',
    'He said: "The mine will reopen in the spring".  \n"The road is open again" she said on  \nRain.',
    'The lifts were never serviced," the caretaker said.\n\n"We left," he said. He said "no".\n',
    '  "Today was not the day we wanted" Ruiz said in a video.\t\nShe said: "We will rebuild.\n\n"Yes."',
    'A 40" screen.\n"We wait, said Yun. Rates must fall "closer to 6%" first.\n\nRain fell.',
    '“Curly,” she said.\n"Nobody came to help us, said farmer Rui Costa.\n\nRain fell.',
]


@pytest.mark.parametrize("text", OWN)
def test_same_edits_as_the_whole_view_on_our_sentences(text: str) -> None:
    _assert_same(text)


def _passages() -> list[str]:
    files = sorted((ROOT / "benchmarks" / "written").glob("*.jsonl"))
    if SHARED is not None:
        files.append(SHARED / "data" / "real-mt-pairs" / "dev.jsonl")
    out = []
    for path in files:
        if path.name.endswith(".gold.jsonl") or not path.exists():
            continue
        out += [json.loads(line)["garbled"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def test_same_edits_on_the_written_sets_and_dev() -> None:
    passages = _passages()
    assert passages
    _assert_same("\n\n".join(passages) + "\n")


@pytest.mark.skipif(SHARED is None, reason="the shared news data is not here")
def test_same_edits_on_clean_news() -> None:
    from benchmarks.speed_inputs import news_texts, sized

    assert SHARED is not None
    text = sized(news_texts(SHARED / "data"), 1)
    assert _assert_same(text) > 0  # the news has edits of these kinds: the check is not empty


def test_kept_views_leave_out_what_the_whole_view_leaves_out() -> None:
    text = "\n".join(OWN)
    doc = Document.from_text(text)
    found, whole = kept_views(doc), _whole_view(doc)
    assert found is not None and whole is not None
    assert list(found.kept) == [i for i, keep in enumerate(whole[1]) if keep]
    for index in found.turned:
        assert found.view(doc, index) == whole[0].paragraph_text(index)
