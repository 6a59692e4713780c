"""Which of the edits editors judged are still made today, per rule, and the still-made non-ACCEPT ones.

    PYTHONPATH=$PWD python scripts/still_judged.py [--system engine|rules] [--out still_made.md] [FILE.md ...]

For each marked ``edits.md`` file (default: one per set of
``benchmarks.verdict_files.BLIND_SETS``, the validation sets' files always skipped, never
read), the set's pairs (``benchmarks/written/SET.jsonl``; ``dev`` is
``../shared/data/real-mt-pairs/dev.jsonl``, ``--shared`` to move it) are run through today's
code, the edits it APPLIES are listed (``engine``: "rules + model" with ``--unsafe``, as
``python -m benchmarks edits --systems engine`` lists them; ``rules``: "rules (--unsafe)",
faster, no model), and each is matched to a judged block of that set's file by record id,
span and change text (``- change:`` line, ``repr`` of the original and the replacement). It
prints, per rule, today's applied edits, how many were judged then and their verdicts, and
writes every still-made block whose verdict is not ACCEPT (the editor's note included) to
``--out`` as markdown, grouped by rule. Run from the repository root; the session's copy is
``/work/wt/briefs/still_made.md``. Exit 2 when a file or a set cannot be read.

A block matches whatever rule makes the same change today (a rule renamed or a change moved
to another rule still counts as judged); the report names both rules when they differ.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.edits import _VERDICT, VERDICTS

VALIDATION_SETS = ("written_aa", "written_ab", "written_am", "written_an")
"""Sets scored only in aggregate: their marked files are never opened here."""

_BLOCK = re.compile(r"^### E(\d+) · `([^`]*)` @ (\d+)–(\d+) · (\S+) \(([^,()]+),", re.M)
_CHANGE = re.compile(r"^- change: (.*)$", re.M)


@dataclass(frozen=True)
class Block:
    """One marked block of a verdict file: where, what change, which rule then, the verdict and note."""

    writer: str
    number: int
    record: str
    start: int
    end: int
    change: str
    rule: str
    verdict: str
    note: str
    text: str

    @property
    def key(self) -> tuple[str, int, int, str]:
        return (self.record, self.start, self.end, self.change)


@dataclass(frozen=True)
class Today:
    """One edit today's code applies on a record (offsets into the record's garbled text)."""

    record: str
    start: int
    end: int
    change: str
    rule: str

    @property
    def key(self) -> tuple[str, int, int, str]:
        return (self.record, self.start, self.end, self.change)


def change_text(original: str, replacement: str) -> str:
    """The ``- change:`` line's text as ``benchmarks.edits.render`` writes it."""
    return f"`{original!r}` → `{replacement!r}`"


def set_of(writer: str) -> str:
    """The set a verdict file judges: its stem less the commit (``written_as_2ceddff`` -> ``written_as``)."""
    return writer.rsplit("_", 1)[0]


def parse_blocks(text: str, writer: str) -> list[Block]:
    """Every block of a marked file that has a verdict (unmarked ones are skipped)."""
    heads = list(_BLOCK.finditer(text))
    out = []
    for i, m in enumerate(heads):
        stop = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        body = text[m.start():stop]
        v = _VERDICT.search(body)
        c = _CHANGE.search(body)
        if not (v and v.group(1)) or c is None:
            continue
        rule = m.group(5) if m.group(6) == "rule" else "model"
        out.append(Block(writer, int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4)), c.group(1).strip(),
                         rule, v.group(1).upper(), (v.group(2) or "").strip(), body.strip()))
    return out


def applied_today(records: Iterable[tuple[str, str]], system: Any) -> list[Today]:
    """The edits ``system`` applies in its first round on each ``(id, text)`` (model edits as ``model``)."""
    out = []
    for rid, text in records:
        for e in system.run(text).applied:
            rule = e.rule if not str(e.source).startswith("model") else "model"
            out.append(Today(rid, e.start, e.end, change_text(text[e.start:e.end], e.replacement), rule))
    return out


def match(today: Sequence[Today], blocks: Sequence[Block]) -> list[tuple[Today, Block | None]]:
    """Each of today's edits with its judged block (same record, span and change), or None.

    When several blocks share the key (two rules proposed the same change then), the one whose
    rule is today's is taken, else the first.
    """
    by_key: dict[tuple[str, int, int, str], list[Block]] = defaultdict(list)
    for b in blocks:
        by_key[b.key].append(b)
    out: list[tuple[Today, Block | None]] = []
    for t in today:
        hits = by_key.get(t.key, [])
        same = [b for b in hits if b.rule == t.rule]
        out.append((t, (same or hits or [None])[0]))
    return out


def tally(pairs: Sequence[tuple[Today, Block | None]]) -> dict[str, Counter[str]]:
    """Per today's rule: ``applied``, ``judged`` and a count per verdict."""
    rows: dict[str, Counter[str]] = defaultdict(Counter)
    for t, b in pairs:
        rows[t.rule]["applied"] += 1
        if b is not None:
            rows[t.rule]["judged"] += 1
            rows[t.rule][b.verdict] += 1
    return rows


def table(rows: dict[str, Counter[str]]) -> list[str]:
    """The tally as markdown, rules with the most still-made non-ACCEPT edits first."""
    def bad(c: Counter[str]) -> int:
        return c["judged"] - c["ACCEPT"]

    out = ["| rule | applied today | judged | " + " | ".join(VERDICTS) + " | still-made non-ACCEPT |",
           "|---|" + "---:|" * (len(VERDICTS) + 3)]
    total: Counter[str] = Counter()
    for rule, c in sorted(rows.items(), key=lambda kv: (-bad(kv[1]), -kv[1]["applied"], kv[0])):
        total.update(c)
        out.append(f"| {rule} | {c['applied']} | {c['judged']} | " + " | ".join(str(c[v]) for v in VERDICTS)
                   + f" | {bad(c)} |")
    out.append(f"| all | {total['applied']} | {total['judged']} | " + " | ".join(str(total[v]) for v in VERDICTS)
               + f" | {bad(total)} |")
    return out


def still_made_markdown(pairs: Sequence[tuple[Today, Block | None]], header: Sequence[str]) -> str:
    """The tally and every still-made non-ACCEPT block, grouped by today's rule."""
    out = ["# Judged edits still made today", "", *header, "", *table(tally(pairs)), ""]
    groups: dict[str, list[tuple[Today, Block]]] = defaultdict(list)
    for t, b in pairs:
        if b is not None and b.verdict != "ACCEPT":
            groups[t.rule].append((t, b))
    for rule in sorted(groups, key=lambda r: (-len(groups[r]), r)):
        out += [f"## {rule} ({len(groups[rule])} still made, not ACCEPT)", ""]
        for t, b in groups[rule]:
            moved = f" (judged as {b.rule})" if b.rule != t.rule else ""
            out += [f"<!-- {b.writer} E{b.number}{moved} -->", b.text.replace("### E", f"### {b.writer} E", 1), ""]
    return "\n".join(out) + "\n"


def data_for(writer: str, shared: Path) -> Path:
    """The pair file of a verdict file's set."""
    name = set_of(writer)
    if name == "dev":
        return shared / "real-mt-pairs" / "dev.jsonl"
    return Path("benchmarks") / "written" / f"{name}.jsonl"


def make_system(kind: str) -> Any:
    """The system whose applied edits count: ``engine`` (rules + model, --unsafe) or ``rules`` (--unsafe)."""
    from benchmarks.systems import engine_systems

    systems = engine_systems(None, with_model=kind == "engine")
    name = "rules + model" if kind == "engine" else "rules (--unsafe)"
    (system,) = [s for s in systems if s.name == name]
    if not hasattr(system, "run") or not hasattr(system, "pipeline"):
        raise SystemExit(f"still_judged: {name} is unavailable: {getattr(system, 'reason', '?')}")
    return system


def main(argv: list[str] | None = None) -> int:
    from benchmarks.data import DataError, FileLog, load_pairs
    from benchmarks.verdict_files import blind_verdict_paths

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="marked edits.md files (default: the blind sets')")
    parser.add_argument("--system", choices=("engine", "rules"), default="engine")
    parser.add_argument("--shared", type=Path, default=Path("../shared/data"), help="shared data root")
    parser.add_argument("--out", type=Path, default=Path("still_made.md"), help="markdown to write")
    args = parser.parse_args(argv)
    paths = [p for p in (args.files or blind_verdict_paths()) if set_of(p.stem) not in VALIDATION_SETS]
    system = make_system(args.system)
    pairs: list[tuple[Today, Block | None]] = []
    try:
        for path in paths:
            blocks = parse_blocks(path.read_text(encoding="utf-8"), path.stem)
            records = [(p.id, p.garbled) for p in load_pairs(data_for(path.stem, args.shared), FileLog())]
            found = match(applied_today(records, system), blocks)
            pairs += found
            judged = sum(b is not None for _, b in found)
            bad = sum(b is not None and b.verdict != "ACCEPT" for _, b in found)
            print(f"{path.stem}: {len(found)} applied today, {judged} judged, {bad} not ACCEPT", file=sys.stderr,
                  flush=True)
    except (OSError, UnicodeDecodeError, DataError) as exc:
        print(f"still_judged: {exc}", file=sys.stderr)
        return 2
    header = [f"System: {system.name}; {len(paths)} verdict files (validation sets skipped): "
              + ", ".join(p.stem for p in paths) + ".",
              "Made by `PYTHONPATH=$PWD python scripts/still_judged.py` (see its docstring)."]
    text = still_made_markdown(pairs, header)
    args.out.write_text(text, encoding="utf-8")
    print("\n".join(table(tally(pairs))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
