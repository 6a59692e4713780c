"""``python -m benchmarks edits``: every edit the chosen systems propose, for an editor's verdict.

    python -m benchmarks edits --data PAIRS.jsonl [--gold GOLD.jsonl] --out edits.md [--systems rules,model]
    python -m benchmarks edits --data PAIRS.jsonl --out edits.md --verdicts edits.md   # tally after marking

``edits.md`` numbers every distinct edit (``E1``, ``E2``, ...) with its rule, source, safety
and message, the sentence before and after it, the gold fix of that spot when ``--gold`` is
given, and which systems applied it. A reviewer marks each one on its ``verdict:`` line with
one of ``ACCEPT``, ``ACCEPT-BUT`` (right spot, the fix needs a touch), ``BETTER-OTHER`` (right
spot, another fix is better) or ``REJECT``, optionally followed by `` — note``. Verdicts may
also be given as JSON lines, ``{"edit": 12, "verdict": "REJECT", "note": "..."}``. With
``--verdicts FILE`` (a marked ``edits.md`` or such a JSONL file) the edits are listed again
with the verdicts filled in and a tally per rule and per source at the top; the tally is also
printed. Numbers refer to the same data, systems and code: each marked block names its
record and span, and a block that no longer matches is an error, not a silent miscount.
A sidecar ``edits.jsonl`` (one JSON object per edit, same numbers) is written beside the md.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from benchmarks.cli_args import missing_file
from benchmarks.data import DataError, FileLog, load_pairs

VERDICTS = ("ACCEPT", "ACCEPT-BUT", "BETTER-OTHER", "REJECT")
_BLOCK = re.compile(r"^### E(\d+) · `([^`]*)` @ (\d+)–(\d+)", re.M)
_VERDICT = re.compile(r"^verdict:[ \t]*(\S*)[ \t]*(?:—[ \t]*(.*))?$", re.M)


@dataclass(frozen=True)
class ListedEdit:
    """One distinct proposed edit on one record, with what an editor needs to judge it."""

    number: int
    record: str
    start: int
    end: int
    original: str
    replacement: str
    rule: str
    category: str
    source: str
    safety: str
    confidence: float
    message: str
    before: str
    after: str
    gold: str | None
    applied_by: tuple[str, ...]
    proposed_by: tuple[str, ...]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``edits`` subcommand's options."""
    parser.add_argument("--data", metavar="FILE", required=True, help="pair file (real-mt-pairs format)")
    parser.add_argument("--gold", metavar="FILE", help="its gold structural fixes: shown beside each edit")
    parser.add_argument("--out", metavar="FILE", required=True, help="markdown to write (edits.jsonl beside it)")
    parser.add_argument("--systems", metavar="NAMES", default="rules,model",
                        help="as for `gold`: rules, model, engine, peers, all, or names (default: rules,model)")
    parser.add_argument("--model", metavar="DIR", help="model checkpoint (default: the shipped one, if any)")
    parser.add_argument("--verdicts", metavar="FILE", help="marked edits.md or verdicts JSONL to tally")


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence(s) holding ``[start, end)``, and of a sentence it abuts.

    A change at a sentence's edge (a full stop deleted, a fragment deleted) reads right
    only with the neighbouring sentence, so the edit is widened over adjacent whitespace
    and one character each way before looking. Falls back to the edit itself.
    """
    from repair.document import Document

    lo, hi = start, end
    while lo > 0 and text[lo - 1].isspace():
        lo -= 1
    while hi < len(text) and text[hi].isspace():
        hi += 1
    lo, hi = lo - 1, hi + 1
    hit = [s.span for s in Document.from_text(text).sentences if s.span.start < hi and lo < s.span.end]
    if not hit:
        return start, end
    return min(min(s.start for s in hit), start), max(max(s.end for s in hit), end)


def _overlaps(a: int, b: int, start: int, end: int) -> bool:
    """Whether ``[a, b)`` holds part of the edit ``[start, end)`` (an insertion: its position)."""
    return a <= start <= b if start == end else a < end and start < b


def list_edits(records: Sequence[tuple[str, str]], systems: Sequence[Any],
               gold: dict[str, Any] | None = None) -> list[ListedEdit]:
    """Every distinct edit the ``systems`` propose on the ``(id, text)`` records, numbered from 1.

    An edit proposed by several systems (rules safe and --unsafe share proposals) is listed
    once, with the systems that applied it. A system that gives no edits (a peer) is listed
    through the changes it made, recovered by the benchmark's aligner.
    """
    from benchmarks.align import diff_hunks

    listed: list[ListedEdit] = []
    for rid, text in records:
        found: dict[tuple[Any, ...], dict[str, Any]] = {}
        for system in systems:
            out = system.run(text)
            edits = [(e.start, e.end, e.replacement, e.rule, e.category, e.source, str(e.safety), e.confidence,
                      e.message) for e in out.findings]
            applied = {(e.start, e.end, e.replacement, e.rule) for e in out.applied}
            if not edits:  # a peer: its changes are its edits
                edits = [(h.start, h.end, h.replacement, f"peer:{system.name}", "other", system.name, "unsafe",
                          1.0, "change made by a peer tool") for h in diff_hunks(text, out.text)]
                applied = {e[:4] for e in edits}
            for e in edits:
                entry = found.setdefault(e, {"applied": [], "proposed": []})
                entry["applied" if e[:4] in applied else "proposed"].append(system.name)
        record_gold = gold.get(rid) if gold else None
        for e in sorted(found, key=lambda x: (x[0], x[1], x[2], x[3], x[5])):
            start, end, replacement, rule, category, source, safety, confidence, message = e
            s, t = _sentence_around(text, start, end)
            before = text[s:t]
            after = text[s:start] + replacement + text[end:t]
            gold_text = None
            if record_gold is not None:
                fixed = [seg.fixed or "(deleted)" for seg, a, b in record_gold.located() if _overlaps(a, b, start, end)]
                gold_text = " ".join(fixed) if fixed else None
            listed.append(ListedEdit(len(listed) + 1, rid, start, end, text[start:end], replacement, rule, category,
                                     source, safety, round(confidence, 3), message, " ".join(before.split()),
                                     " ".join(after.split()), gold_text, tuple(found[e]["applied"]),
                                     tuple(found[e]["proposed"])))
    return listed


def render(edits: Sequence[ListedEdit], verdicts: dict[int, tuple[str, str]], header: list[str]) -> str:
    """The edits as markdown, with ``verdicts`` filled in and their tally at the top when any."""
    out = ["# Edits for review", "", *header, "",
           "Mark each edit on its `verdict:` line: ACCEPT, ACCEPT-BUT (right spot, the fix needs a touch), "
           "BETTER-OTHER (right spot, another fix is better) or REJECT, optionally followed by ` — note`. "
           "Then run the same command with `--verdicts THIS_FILE` to tally them.", ""]
    if verdicts:
        out += tally_markdown(tally(edits, verdicts)) + [""]
    for e in edits:
        verdict, note = verdicts.get(e.number, ("", ""))
        out += [f"### E{e.number} · `{e.record}` @ {e.start}–{e.end} · {e.rule} ({e.source}, {e.safety}, "
                f"{e.confidence:.2f}) · {e.category}", "",
                f"{e.message}", "",
                f"- change: `{e.original!r}` → `{e.replacement!r}`",
                f"- before: {e.before}", f"- after:  {e.after}"]
        if e.gold is not None:
            out.append(f"- gold:   {e.gold}")
        out.append(f"- applied by: {', '.join(e.applied_by) or '—'}"
                   + (f"; proposed, not applied, by: {', '.join(e.proposed_by)}" if e.proposed_by else ""))
        out += ["", f"verdict: {verdict}" + (f" — {note}" if note else ""), ""]
    return "\n".join(out) + "\n"


def read_verdicts(path: Path, edits: Sequence[ListedEdit]) -> dict[int, tuple[str, str]]:
    """Verdicts by edit number from a marked edits.md or a JSONL file; DataError on a bad or stale mark."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None
    by_number = {e.number: e for e in edits}
    marks: dict[int, tuple[str, str, tuple[str, int, int] | None]] = {}
    if path.suffix == ".md":
        blocks = list(_BLOCK.finditer(text))
        for i, m in enumerate(blocks):
            body = text[m.end(): blocks[i + 1].start() if i + 1 < len(blocks) else len(text)]
            v = _VERDICT.search(body)
            if v and v.group(1):
                marks[int(m.group(1))] = (v.group(1), (v.group(2) or "").strip(),
                                          (m.group(2), int(m.group(3)), int(m.group(4))))
    else:
        for line_no, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                key = row.get("key")
                marks[int(row["edit"])] = (str(row["verdict"]), str(row.get("note") or ""),
                                           (str(key[0]), int(key[1]), int(key[2])) if key else None)
            except (json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError, IndexError):
                raise DataError(f"{path}:{line_no}: expected {{\"edit\": N, \"verdict\": \"ACCEPT\"}}") from None
    out = {}
    for number, (verdict, note, key) in sorted(marks.items()):
        verdict = verdict.upper()
        if verdict not in VERDICTS:
            raise DataError(f"{path}: edit E{number}: verdict {verdict!r} is not one of {', '.join(VERDICTS)}")
        edit = by_number.get(number)
        if edit is None or (key is not None and key != (edit.record, edit.start, edit.end)):
            raise DataError(f"{path}: edit E{number} does not match the edits listed now (data, systems or code "
                            "changed); list the edits again and carry the marks over")
        out[number] = (verdict, note)
    return out


def tally(edits: Sequence[ListedEdit], verdicts: dict[int, tuple[str, str]]) -> dict[str, Any]:
    """Verdict counts per rule, per source and overall, and how many edits are still unmarked."""
    by_rule: dict[str, Counter[str]] = {}
    by_source: dict[str, Counter[str]] = {}
    total: Counter[str] = Counter()
    for e in edits:
        if e.number not in verdicts:
            continue
        v = verdicts[e.number][0]
        by_rule.setdefault(e.rule, Counter())[v] += 1
        by_source.setdefault(e.source, Counter())[v] += 1
        total[v] += 1

    def row(c: Counter[str]) -> dict[str, Any]:
        n = sum(c.values())
        return {**{v: c[v] for v in VERDICTS}, "marked": n,
                "accepted": round((c["ACCEPT"] + c["ACCEPT-BUT"]) / n, 3) if n else None}

    return {"edits": len(edits), "unmarked": len(edits) - sum(total.values()), "all": row(total),
            "by_rule": {k: row(c) for k, c in sorted(by_rule.items())},
            "by_source": {k: row(c) for k, c in sorted(by_source.items())}}


def tally_markdown(t: dict[str, Any]) -> list[str]:
    """The tally as a markdown table (``accepted``: ACCEPT + ACCEPT-BUT over marked)."""
    out = [f"## Verdicts ({t['edits'] - t['unmarked']} of {t['edits']} edits marked)", "",
           "| rule / source | marked | " + " | ".join(VERDICTS) + " | accepted |", "|" + "---|" * (len(VERDICTS) + 3)]
    for label, rows in (("", t["by_rule"]), ("source ", t["by_source"]), ("", {"all": t["all"]})):
        for name, r in rows.items():
            out.append(f"| {label}{name} | {r['marked']} | " + " | ".join(str(r[v]) for v in VERDICTS)
                       + f" | {r['accepted'] if r['accepted'] is not None else '–'} |")
    return out


def check_outputs(out: Path, inputs: Sequence[Path]) -> None:
    """Refuse an ``--out`` whose markdown or ``.jsonl`` companion would replace an input (DataError).

    ``--out pairs.md`` beside ``--data pairs.jsonl`` would write the edit list over the
    pair file itself; ``--out x.jsonl`` would write the markdown over the edit list.
    """
    if out.suffix == ".jsonl":
        raise DataError(f"--out {out}: name the markdown file (edits.md); its edit list goes beside it as .jsonl")
    for written in (out, out.with_suffix(".jsonl")):
        for source in inputs:
            if written.resolve() == source.resolve():
                raise DataError(f"--out {out}: would write {written}, which is the input {source}; "
                                "choose another name")


def main(args: argparse.Namespace) -> int:
    """List the edits, fill in and tally verdicts, write edits.md and edits.jsonl atomically."""
    from benchmarks.gold import load_gold
    from benchmarks.gold_cli import select
    from repair.textio import atomic_write_text

    log = FileLog()
    data = Path(args.data)
    if not data.is_file():
        raise DataError(f"{data}: {missing_file(data)}")
    if args.gold and not Path(args.gold).is_file():
        raise DataError(f"{args.gold}: {missing_file(Path(args.gold))}")
    if args.verdicts and not Path(args.verdicts).is_file():  # before the systems run, not after
        raise DataError(f"{args.verdicts}: {missing_file(Path(args.verdicts))}")
    out = Path(args.out)
    check_outputs(out, [data, *([Path(args.gold)] if args.gold else [])])
    pairs = load_pairs(data, log)
    gold = None
    if args.gold:
        gold = {r.id: r for r in load_gold(data, Path(args.gold), log)}
    wanted = [w.strip() for w in args.systems.split(",") if w.strip()] or ["rules"]
    systems, unavailable = select(wanted, args.model, peers=False)
    edits = list_edits([(p.id, p.garbled) for p in pairs], systems[1:], gold)
    verdicts = read_verdicts(Path(args.verdicts), edits) if args.verdicts else {}
    header = [f"Data: `{data}`" + (f", gold: `{args.gold}`" if args.gold else "") + f"; {len(pairs)} passages, "
              f"{len(edits)} distinct edits from {', '.join(s.name for s in systems[1:]) or 'no system'}."]
    header += [f"Not run: {u.name}: {u.reason}" for u in unavailable]
    out.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(out.with_suffix(".jsonl"), "".join(
        json.dumps({**asdict(e), "key": [e.record, e.start, e.end]}, ensure_ascii=False) + "\n" for e in edits))
    atomic_write_text(out, render(edits, verdicts, header))
    if verdicts:
        print("\n".join(tally_markdown(tally(edits, verdicts))))
    elif args.verdicts:  # an unmarked or empty file: say so rather than print no tally at all
        print(f"benchmarks: warning: {args.verdicts}: no verdict marked (fill in the `verdict:` lines)",
              file=sys.stderr)
    print(f"benchmarks: {len(edits)} edits written to {out}", flush=True)
    return 0
