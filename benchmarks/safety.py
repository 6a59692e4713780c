"""Safety earned: every rule measured on dev gold and on all of the clean news.

    python -m benchmarks safety [--data DIR] [--out FILE] [--limit N] [--show N]

Writes ``repair/rules/measured_safety.json`` (or ``--out``; ``--limit`` measures a sample and
so needs ``--out``, never the registry) atomically, with progress on stderr: per rule code the
edits judged, how many were right, precision, support, and the split between the two
sources, plus the date, the command and the SHA-256 of every data file read. The registry
(``repair.rules.measured``) makes a rule ``safe`` only from this file.

How an edit is judged:

* **Dev gold** (``real-mt-pairs/dev.jsonl`` + ``dev.gold.jsonl``): each rule runs alone on
  each garbled passage. An edit is applied alone to the stretch of garbled text it touches,
  widened to the gold segments it overlaps; it is *right* when that stretch (whitespace
  normalised) then equals the gold fix or is strictly closer to it in edit distance, and
  *wrong* otherwise, which includes any change to a segment the gold leaves alone. An edit
  whose stretch is only whitespace between segments changes nothing the gold sees and is
  not counted.
* **Clean news** (every file of ``news-clean/``): edited, published English with no MT
  damage, so every edit a rule proposes there is *wrong* unless a hand check recorded in
  ``benchmarks/clean_judgements.json`` found the source itself broken (a typo such as a
  doubled word or a space before a stop in the original copy); the record names the
  document, rule and offset, and says why in our words, never the text.

Every rule is measured at its declared safety, so ``display`` rules are reported too (the
registry never promotes them). Exit codes: 0 done, 2 error (one line), 130 interrupted (nothing written).
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.cli_args import check_output_file, non_negative_int, positive_int
from benchmarks.data import DataError, FileLog, default_data_root, load_clean
from repair.document import Document
from repair.edits import Edit
from repair.rules import DECLARED_RULES, Rule
from repair.rules.measured import MIN_EDITS, MIN_PRECISION, parse_measurements
from repair.textio import atomic_write_text

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO_ROOT / "repair" / "rules" / "measured_safety.json"
JUDGEMENTS = Path(__file__).resolve().parent / "clean_judgements.json"


def _norm(text: str) -> str:
    return " ".join(text.split())


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (characters), two rows of the table at a time."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def gold_segments(garbled: str, segments: list[dict[str, Any]]) -> list[tuple[int, int, str]]:
    """(start, end, fixed) of each gold segment located in ``garbled``, in order."""
    located, cursor = [], 0
    for segment in segments:
        piece = segment.get("garbled") or ""
        at = garbled.find(piece, cursor) if piece else -1
        if at < 0:
            continue
        located.append((at, at + len(piece), str(segment.get("fixed", piece))))
        cursor = at + len(piece)
    return located


def judge_dev_edit(garbled: str, located: list[tuple[int, int, str]], edit: Edit) -> bool | None:
    """True (right), False (wrong) or None (only whitespace between segments) for one edit."""
    touched = [s for s in located if s[0] < edit.end and edit.start < s[1]
               or (edit.start == edit.end and s[0] <= edit.start <= s[1])]
    start = min([edit.start, *(s[0] for s in touched)])
    end = max([edit.end, *(s[1] for s in touched)])
    before = garbled[start:end]
    after = garbled[start : edit.start] + edit.replacement + garbled[edit.end : end]
    target, cursor = [], start
    for s_start, s_end, fixed in touched:
        target.append(garbled[cursor:s_start])
        target.append(fixed)
        cursor = s_end
    target.append(garbled[cursor:end])
    gold, was, now = _norm("".join(target)), _norm(before), _norm(after)
    if not touched and was == now:
        return None
    return now == gold or edit_distance(now, gold) < edit_distance(was, gold)


def measure_dev(root: Path, log: FileLog, rules: Sequence[Rule]) -> dict[str, Counter[str]]:
    """Per rule code: Counter of ``right``/``wrong``/``neutral`` edits on the dev gold passages."""
    pairs_path = root / "real-mt-pairs" / "dev.jsonl"
    gold_path = root / "real-mt-pairs" / "dev.gold.jsonl"
    gold = {}
    for line in log.read(gold_path).splitlines():
        if line.strip():
            row = json.loads(line)
            gold[row["id"]] = row["segments"]
    counts: dict[str, Counter[str]] = {r.code: Counter() for r in rules}
    for line in log.read(pairs_path).splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if row["id"] not in gold:
            continue
        garbled = row["garbled"]
        located = gold_segments(garbled, gold[row["id"]])
        doc = Document.from_text(garbled)
        for rule in rules:
            judged = False
            for edit in rule.run(doc):
                if edit.is_noop(garbled):
                    continue
                verdict = judge_dev_edit(garbled, located, edit)
                counts[rule.code]["neutral" if verdict is None else "right" if verdict else "wrong"] += 1
                judged = judged or verdict is not None
            counts[rule.code]["documents"] += judged
    return counts


Key = tuple[str, str, int, str, int]
"""(doc id, rule, start offset, replacement, fix round): one judged clean-news edit."""


def judgement_key(doc: str, rule: str, start: int, replacement: str, fix_round: int = 0) -> Key:
    """The key of an edit applied in ``fix_round`` (0-based) of ``repair fix``.

    ``start`` is an offset into the text that round checked: the source text for round 0,
    the text after the earlier rounds' edits for a later round (so a second-round edit,
    made only once the first round's edits are in, can be judged too).
    """
    return (doc, rule, start, replacement, fix_round)


def load_judgements(path: Path) -> dict[Key, str]:
    """Hand checks of clean-news edits judged right.

    Maps :func:`judgement_key` tuples to why the source was broken and the edit is what an
    editor would do; a row's optional ``round`` (default 0) is the fix round the edit was
    applied in. An edit that changes in any way is judged afresh.

    Raises:
        DataError: the file is not JSON with a ``right`` list of such rows.
    """
    if not path.exists():
        return {}
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))["right"]
        return {judgement_key(r["doc"], r["rule"], int(r["start"]), str(r["replacement"]),
                              int(r.get("round", 0))): str(r["why"]) for r in rows}
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DataError(f"{path}: malformed judgements ({exc})") from None


def measure_clean(root: Path, log: FileLog, rules: Sequence[Rule], limit: int | None,
                  judgements: dict[Key, str], show: int, progress: Callable[[int, int], None] | None = None,
                  ) -> tuple[dict[str, Counter[str]], dict[str, Any]]:
    """Per rule code: Counter of ``wrong``/``source_broken`` edits on clean news; and totals.

    ``progress(done, total)`` is called after each document (the long part of the run).
    """
    paths = sorted((root / "news-clean").glob("*.jsonl"))
    if not paths:
        raise DataError(f"{root / 'news-clean'}: no *.jsonl files")
    docs = load_clean(paths, log, limit, seed=20261129)
    counts: dict[str, Counter[str]] = {r.code: Counter() for r in rules}
    sentences = 0
    examples: list[dict[str, Any]] = []
    for number, doc_row in enumerate(docs, 1):
        doc = Document.from_text(doc_row.text)
        sentences += len(doc.sentences)
        for rule in rules:
            edited = False
            for edit in rule.run(doc):
                if edit.is_noop(doc_row.text):
                    continue
                edited = True
                key = judgement_key(doc_row.id, rule.code, edit.start, edit.replacement)
                counts[rule.code]["source_broken" if key in judgements else "wrong"] += 1
                if key not in judgements and len(examples) < show:
                    examples.append({"doc": doc_row.id, "rule": rule.code, "start": edit.start,
                                     "context": doc_row.text[max(0, edit.start - 50) : edit.end + 30],
                                     "replacement": edit.replacement})
            counts[rule.code]["documents"] += edited
        if progress is not None:
            progress(number, len(docs))
    return counts, {"docs": len(docs), "sentences": sentences, "examples": examples}


def build_report(dev: dict[str, Counter[str]], clean: dict[str, Counter[str]], rules: Sequence[Rule],
                 totals: dict[str, Any], log: FileLog, argv: Sequence[str]) -> dict[str, Any]:
    """The measured_safety.json content."""
    per_rule = {}
    for rule in rules:
        d, c = dev[rule.code], clean[rule.code]
        right = d["right"] + c["source_broken"]
        edits = d["right"] + d["wrong"] + c["source_broken"] + c["wrong"]
        per_rule[rule.code] = {
            "declared": rule.safety.value,
            "edits": edits,
            "right": right,
            "precision": round(right / edits, 4) if edits else None,
            "support": edits,
            "documents": d["documents"] + c["documents"],
            "dev_edits": d["right"] + d["wrong"],
            "dev_right": d["right"],
            "dev_neutral": d["neutral"],
            "clean_edits": c["source_broken"] + c["wrong"],
            "clean_source_broken": c["source_broken"],
        }
    return {
        "command": " ".join(["python -m benchmarks safety", *argv]),
        "date": datetime.date.today().isoformat(),
        "bar": {"min_edits": MIN_EDITS, "min_precision": MIN_PRECISION},
        "clean_news": {"docs": totals["docs"], "sentences": totals["sentences"]},
        "data": dict(sorted(log.files.items())),
        "rules": per_rule,
    }


def _progress(message: str) -> None:
    print(f"benchmarks safety: {message}", file=sys.stderr, flush=True)


def _clean_progress(began: float, every_s: float = 10.0) -> Callable[[int, int], None]:
    """A callback for :func:`measure_clean` that reports documents done at most every ``every_s`` seconds."""
    last = [time.perf_counter()]

    def report(done: int, total: int) -> None:
        now = time.perf_counter()
        if done == total or now - last[0] >= every_s:
            last[0] = now
            _progress(f"clean news: {done:,} of {total:,} documents ({now - began:.0f} s)")

    return report


def main(argv: Sequence[str] | None = None, prog: str = "python -m benchmarks safety") -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(prog=prog, description=__doc__.splitlines()[0])
    parser.add_argument("--data", metavar="DIR", help="shared data root (default: ../shared/data)")
    parser.add_argument("--out", metavar="FILE",
                        help="where to write the measurements (default: the registry's"
                             " repair/rules/measured_safety.json; required with --limit)")
    parser.add_argument("--limit", type=positive_int,
                        help="only a fixed-seed sample of N clean documents (for a quick look)")
    parser.add_argument("--show", type=non_negative_int, default=0, help="print N unjudged clean-news edits")
    args = parser.parse_args(argv)
    if args.limit is not None and args.out is None:
        # A sample's figures written over the registry would change which rules are safe.
        parser.error("--limit measures a sample: pass --out FILE (the registry keeps full measurements only)")
    args.out = args.out or str(DEFAULT_OUT)
    root = Path(args.data) if args.data else default_data_root(REPO_ROOT)
    began = time.perf_counter()
    try:
        if root is None:
            raise DataError("no data root: pass --data DIR (the folder holding news-clean/ and real-mt-pairs/)")
        check_output_file(Path(args.out))  # before the minutes of work, not after them
        log = FileLog()
        rules = DECLARED_RULES
        dev = measure_dev(root, log, rules)
        _progress(f"dev gold: {len(rules)} rules measured ({time.perf_counter() - began:.0f} s)")
        clean, totals = measure_clean(root, log, rules, args.limit, load_judgements(JUDGEMENTS), args.show,
                                      progress=_clean_progress(began))
    except (DataError, json.JSONDecodeError, KeyError) as exc:
        print(f"benchmarks: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"benchmarks safety: interrupted; {args.out} not written", file=sys.stderr)
        return 130
    # Paths in the record are relative to the data root, so the file does not depend on the machine.
    log.files = {str(Path(p).resolve().relative_to(root.resolve())): h for p, h in log.files.items()}
    report = build_report(dev, clean, rules, totals, log, argv)
    atomic_write_text(args.out, json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(f"{'rule':<7}{'declared':>9}{'edits':>7}{'right':>7}{'prec':>7}{'dev':>5}{'clean':>7}{'docs':>6}  earned")
    measured = parse_measurements(report)  # the registry's own test, so the table says what it will do
    for code, row in report["rules"].items():
        earned = ("display" if row["declared"] == "display" else
                  "safe" if measured[code].earns_safe else "unsafe")
        precision = "-" if row["precision"] is None else f"{row['precision']:.3f}"
        print(f"{code:<7}{row['declared']:>9}{row['edits']:>7}{row['right']:>7}{precision:>7}"
              f"{row['dev_edits']:>5}{row['clean_edits']:>7}{row['documents']:>6}  {earned}")
    for example in totals["examples"]:
        print(json.dumps(example, ensure_ascii=False))
    print(f"benchmarks: {totals['docs']} clean documents, {totals['sentences']} sentences; wrote {args.out} "
          f"({time.perf_counter() - began:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
