"""How a quotation goes on after its tag or its colon, counted on clean news (train split).

Two counts behind QM014's run after a tag and QM010's end after "said:":

``after-tag``: in paragraphs holding a quotation closed before its tag (``,” she said.``),
the sentence right after the tag's sentence, by kind (see below), quoted (it opens with a
mark) or not. A kind that is nearly always quoted there is the speaker going on: where
the marks were lost, they come back.

``after-colon``: in paragraphs with a quotation opened after a colon (``said: “…``), the
second sentence after the colon, by kind, inside the quotation or after its closing mark.

``--back``: sentences inside a paragraph's one quotation (but its last) and the narration's
last before it, by kind. ``--continued``: how a paragraph goes on after one that leaves a
quotation open (:func:`count_continued`).

``--phrases``: quotations opened after a lower-case word, by that word (a verb of saying or
"that", or another) and whether they run over a sentence break (QM003's phrase reading).

Kinds: ``person`` (a first- or second-person word or an imperative opening, as
:mod:`repair.rules.quote_starts` reads them) or ``noperson``; ``+report`` (a verb reporting
speech); ``+past`` (a verb in the past tense); ``+modal`` (a speaker's word of
:mod:`repair.rules.speech_quote_ends`: "will", "must", "cannot" ...).

    python -m models.quote_run_stats --data ../shared/data [--phrases | --back | --continued]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from models.data import iter_docs
from models.quote_start_stats import _kind, _one_quotation, _sentences
from repair.rules.speech_quote_ends import speaker_sentence

_MARKS = "\"“”"
# A quotation closed with its comma before a tag that ends the sentence ("…,” she said.").
_TAGGED = re.compile(r'[,?!]["”] [^"“”.!?]{2,80}?\b(?:said|says|told|added|asked)\b[^"“”!?]{0,80}?[.](?= +|$)')
_COLON_QUOTE = re.compile(r'\b(?:said|says|told [\w ]{1,30}?|added|wrote|declared|stated)(?: [a-z][\w ]{0,30})?: ["“]')
_STOP = re.compile(r'[.!?]["”]? +(?=["“]?[A-Z])')


def kind(sentence: str) -> str:
    """The sentence's kind (see the module), its marks ignored."""
    bare = sentence.strip(_MARKS + " ")
    return _kind(bare) + ("+modal" if speaker_sentence(bare) else "")


def _next_sentence(para: str, at: int) -> str | None:
    """The sentence starting after ``at`` (blanks skipped), up to the next stop, or None."""
    rest = para[at:].lstrip()
    if not rest:
        return None
    stop = _STOP.search(rest)
    return rest[: stop.start() + 1] if stop else rest


def count(data_root: Path) -> Counter[tuple[str, str, str]]:
    """``(form, quoted|unquoted, kind)`` -> sentences (see the module)."""
    counts: Counter[tuple[str, str, str]] = Counter()
    for doc in iter_docs(data_root, "train"):
        for para in doc.paragraphs:
            if not any(mark in para for mark in "\"“"):
                continue
            for tag in _TAGGED.finditer(para):
                sentence = _next_sentence(para, tag.end())
                if sentence is not None:
                    quoted = "quoted" if sentence[:1] in "\"“" else "unquoted"
                    counts[("after-tag", quoted, kind(sentence))] += 1
                    # The same, where a sentence of narration with no report follows it.
                    after = para.find(sentence, tag.end()) + len(sentence)
                    then = _next_sentence(para, after)
                    if then is not None and then[:1] not in "\"“" and kind(then) in ("noperson", "noperson+past"):
                        counts[("after-tag-then-narration", quoted, kind(sentence))] += 1
            for colon in _COLON_QUOTE.finditer(para):
                first = _STOP.search(para, colon.end())
                if first is None:
                    continue
                closing = min((i for i in (para.find("”", colon.end()), para.find('"', colon.end())) if i >= 0),
                              default=-1)
                if closing < 0 or closing < first.start():
                    continue  # the quotation closes inside its first sentence: a phrase or one sentence
                sentence = _next_sentence(para, first.end())
                if sentence is None or any(mark in sentence.rstrip(_MARKS) for mark in _MARKS):
                    continue
                inside = "quoted" if closing > first.end() else "unquoted"
                counts[("after-colon", inside, kind(sentence))] += 1
    return counts


_PAIR = re.compile(r'"([^"]*)"')
_LEAD = re.compile(r"\b([a-z]+) $")
_SPEECH_LEADS = frozenset("said says say told tells added adds asked asks wrote writes declared stated warned replied"
                          " saying adding that".split())


def count_phrases(data_root: Path) -> Counter[tuple[str, str]]:
    """``(speech|other, one|several)`` -> quotations: in paragraphs of the train split with an
    even count of straight marks, each quotation opened after a lower-case word, by that word
    (a verb of saying or "that", or any other) and whether it runs over a sentence break."""
    counts: Counter[tuple[str, str]] = Counter()
    for doc in iter_docs(data_root, "train"):
        for para in doc.paragraphs:
            if para.count('"') % 2:
                continue
            for pair in _PAIR.finditer(para):
                lead = _LEAD.search(para, 0, pair.start())
                if lead is None:
                    continue
                runs_on = re.search(r"[.!?] [A-Z]", pair.group(1)) is not None
                counts[("speech" if lead.group(1) in _SPEECH_LEADS else "other",
                        "several" if runs_on else "one")] += 1
    return counts


def count_back(data_root: Path) -> Counter[tuple[str, str]]:
    """``(inside|outside, kind)`` -> sentences: in paragraphs of the train split whose one
    quotation ends in ``,”`` before a tag and opens after narration, each sentence followed by
    one of the quotation's (the quotation's own but its last, and the narration's last)."""
    counts: Counter[tuple[str, str]] = Counter()
    for doc in iter_docs(data_root, "train"):
        for para in doc.paragraphs:
            if (found := _one_quotation(para)) is None:
                continue
            before, match = found
            if not before:
                continue
            inside = _sentences(match.group(1))
            for sentence in inside[:-1]:
                counts[("inside", kind(sentence))] += 1
            counts[("outside", kind(_sentences(before)[-1]))] += 1
    return counts


def count_continued(data_root: Path) -> Counter[str]:
    """How a paragraph goes on after one that leaves a curly quotation open (more “ than ” in
    it) and ends with a stop, in the train split: ``opens`` (its first mark, at its start, is
    “), ``closes-first`` (its first mark is ”: the quotation runs on with no mark of its own),
    ``other`` (a mark elsewhere first, or none)."""
    counts: Counter[str] = Counter()
    for doc in iter_docs(data_root, "train"):
        paragraphs = doc.paragraphs
        for first, second in zip(paragraphs, paragraphs[1:], strict=False):
            if first.rstrip()[-1:] not in ".!?":
                continue
            if first.count("“") > first.count("”"):  # curly marks: the first mark's kind shows
                marks = [c for c in second if c in "“”"]
                if second.startswith("“"):
                    counts["curly opens"] += 1
                elif marks and marks[0] == "”":
                    counts["curly closes-first"] += 1
                else:
                    counts["curly other"] += 1
            elif first.count('"') % 2 == 1:  # straight marks: an odd count left one open
                at = second.find('"')
                if at == 0:
                    counts["straight opens"] += 1
                elif at > 0 and second.count('"') % 2 == 1:
                    counts["straight closes-first"] += 1  # one mark too many: it closes
                else:
                    counts["straight other"] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--phrases", action="store_true", help="count quoted phrases' sentences instead")
    which.add_argument("--back", action="store_true", help="count sentences inside and before one quotation")
    which.add_argument("--continued", action="store_true", help="count how a paragraph goes on after an open one")
    args = parser.parse_args()
    if args.continued:
        for key, value in sorted(count_continued(args.data).items()):
            print(key, value, sep="\t")
        return
    counter = count_phrases if args.phrases else count_back if args.back else count
    for key, value in sorted(counter(args.data).items()):
        print(*key, value, sep="\t")


if __name__ == "__main__":
    main()

