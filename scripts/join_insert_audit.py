"""Can clean news choose the word a false stop swallowed? An audit of the ``join-insert`` misses.

    PYTHONPATH=$PWD python scripts/join_insert_audit.py MISSES.jsonl SETDIR [--shared ../shared/data]

``MISSES.jsonl`` holds the wrong segments of the training sets (one JSON a line: ``set``,
``fixes``, ``garbled``, ``gold`` …, as ``/work/wt/tools/misses.py`` writes them); only those of
the sets in ``SETDIR`` (``NAME.jsonl`` + ``NAME.gold.jsonl``) and of ``dev`` are read, so a
half of the sets can be audited without reading the other. Three tables, printed:

1. Detection or choice: every miss whose one gold fix is ``join-insert``, by what today's
   ``repair check --unsafe`` does at the gold's stop: (a) no edit touches it, (b) a display-only
   edit (rule; right word or not), (c) an applied edit (bare join, wrong word, deletion).
2. The inserted word against a crude part of speech of the words either side of the stop.
3. Every bare join SP001/FR001 proposes (applied or shown) on the sets' garbled records, by its
   gold fate (join, comma, stop kept, a word inserted …), and what a link word chosen from
   clean news (:func:`models.link_words.count`, train split, no pruning) would do there at
   several evidence thresholds: right insertions against right joins it would break.

Run from the repository root (it runs ``python -m repair check`` on temporary files); the
clean-news count takes about half a minute. Findings: ``models/README.md`` ("Join-insert word
from clean news (gap44b)").
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

_TOKEN = re.compile(r"\S+")
_DETERMINERS = frozenset("the a an its their his her our".split())
_FUNCTION_OPENERS = _DETERMINERS | frozenset("some about more no how this that these those".split())
# (min linked uses, min share of the top word, max determiners straight after the head per linked use)
_THRESHOLDS = ((12, 0.7, 0.1), (8, 0.6, 0.2), (5, 0.5, 0.3), (5, 0.0, 1.0))
_NEVER_CHOSEN = frozenset("and between as".split())  # as repair.rules.link_words._NOT_INSERTED


def _norm(token: str) -> str:
    return re.sub(r"[^\w'-]", "", token).lower()


def stop_fates(garbled: str, gold: str) -> dict[int, str]:
    """Per full stop ending a token of ``garbled`` (its character offset), what ``gold`` does
    there: ``kept``, ``comma``, ``join``, ``insert:WORD`` (one word between the two tokens),
    ``changed`` (a token either side rewritten) or ``other``."""
    gt = [(m.group(), m.end()) for m in _TOKEN.finditer(garbled)]
    ot = [m.group() for m in _TOKEN.finditer(gold)]
    matcher = difflib.SequenceMatcher(None, [_norm(t) for t, _ in gt], [_norm(t) for t in ot], autojunk=False)
    to_gold: dict[int, int] = {}
    for op, a1, a2, b1, _ in matcher.get_opcodes():
        if op == "equal":
            to_gold.update((a1 + k, b1 + k) for k in range(a2 - a1))
    fates: dict[int, str] = {}
    for i in range(len(gt) - 1):
        if not gt[i][0].endswith("."):
            continue
        a, b = to_gold.get(i), to_gold.get(i + 1)
        if a is None or b is None:
            fate = "changed"
        elif b == a + 1:
            fate = "kept" if ot[a].endswith(".") else "comma" if ot[a].endswith(",") else "join"
        elif b == a + 2 and not ot[a].endswith((".", ",")):
            fate = "insert:" + _norm(ot[a + 1])
        else:
            fate = "other"
        fates[gt[i][1] - 1] = fate
    return fates


def crude_pos(word: str, gold: str, after_stop: bool) -> str:
    """number / det-func / name / verb (-ed) / adj (by ending) / noun: enough to see a pattern."""
    bare = word.strip(".,;:\"“”")
    if not bare:
        return "?"
    if bare[0].isdigit() or bare[0] in "$€£":
        return "number"
    if bare.lower() in _FUNCTION_OPENERS:
        return "det/func"
    if bare[0].isupper() and (not after_stop or re.search(r"\b" + re.escape(bare) + r"\b", gold)):
        return "name"  # after the stop only a word the gold keeps capitalised
    if bare.lower().endswith("ed"):
        return "verb"
    if re.search(r"(able|ible|ive|ous)$", bare.lower()):
        return "adj"
    return "noun"


def check_edits(texts: list[str]) -> list[list[dict[str, object]]]:
    """``repair check --format json --unsafe`` on each text: its edits (display-only ones too)."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, text in enumerate(texts):
            path = Path(tmp) / f"{i}.txt"
            path.write_text(text + "\n", encoding="utf-8")
            paths.append(str(path))
        out = subprocess.run([sys.executable, "-m", "repair", "check", "--format", "json", "--unsafe", *paths],
                             capture_output=True, text=True, check=False).stdout
    by_path = {r["path"]: r["edits"] for r in json.loads(out)["results"]}
    return [by_path[p] for p in paths]


def audit_misses(misses: list[dict[str, str]]) -> None:
    """Tables 1 and 2."""
    classes: Counter[tuple[str, str]] = Counter()
    words: Counter[str] = Counter()
    grid: Counter[tuple[str, str, str]] = Counter()
    for miss, edits in zip(misses, check_edits([m["garbled"] for m in misses]), strict=True):
        fates = stop_fates(miss["garbled"], miss["gold"])
        inserted = [(at, f[7:]) for at, f in fates.items() if f.startswith("insert:")]
        if not inserted:
            classes[("unaligned", "")] += 1
            continue
        stop, word = inserted[0]
        nxt = miss["garbled"][stop + 1 :].split()[0]
        prev = miss["garbled"][:stop].split()[-1]
        touching = [e for e in edits if e["start"] <= stop + 2 + len(nxt) and e["end"] >= stop]
        applied = [e for e in touching if e["applied"]]
        right = any(f" {word} " in f" {str(e['replacement']).lower()} " for e in applied or touching)
        if not touching:
            classes[("a: no edit", "")] += 1
        else:
            rule = ",".join(sorted({str(e["rule"]) for e in applied or touching}))
            verdict = "right word" if right else "not the word"
            classes[("c: applied" if applied else "b: display", f"{rule} {verdict}")] += 1
        words[word] += 1
        grid[(word, crude_pos(prev, miss["gold"], False), crude_pos(nxt, miss["gold"], True))] += 1
    print(f"## 1. join-insert misses ({sum(classes.values())}): what check --unsafe does at the gold's stop")
    for (cls, detail), n in sorted(classes.items()):
        print(f"  {cls:12s} {detail:32s} {n}")
    print("\n## 2. inserted word x part of speech before -> after the stop")
    for (word, before, after), n in sorted(grid.items(), key=lambda kv: (-words[kv[0][0]], kv[0][0], -kv[1])):
        print(f"  {word:8s} {before:8s} -> {after:8s} {n}")


def _choice(after: dict[str, Counter[str]], prev: str, nxt: str, limits: tuple[int, float, float]) -> str | None:
    """The link word the clean-news counts choose between ``prev`` and ``nxt``, or None."""
    min_linked, share, max_bare = limits
    counts = after.get(prev)
    if not prev.islower() or not counts:
        return None
    opener = nxt.lower()
    if opener in _DETERMINERS:
        linked = {k: n for k, n in counts.items() if k != "-" and not k.startswith("+")}
    else:
        linked = {k[1:]: n for k, n in counts.items() if k.startswith("+")}
    total = sum(linked.values())
    if total < min_linked or opener in _DETERMINERS and counts.get("-", 0) > max_bare * total:
        return None
    word, n = max(sorted(linked.items()), key=lambda kv: kv[1])
    return None if n < share * total or word in _NEVER_CHOSEN else word


def audit_joins(set_dir: Path, dev: Path | None, data_root: Path) -> None:
    """Table 3."""
    from models.link_words import count
    from models.table_io import train_texts_in_case

    records = []  # (garbled record text, its gold segments)
    pairs = [(p, p.with_name(p.name[: -len(".jsonl")] + ".gold.jsonl")) for p in sorted(set_dir.glob("*.jsonl"))
             if not p.name.endswith(".gold.jsonl")]
    if dev is not None:
        pairs.append((dev, dev.with_name("dev.gold.jsonl")))
    for garbled_path, gold_path in pairs:
        gold = {r["id"]: r["segments"] for r in map(json.loads, gold_path.open(encoding="utf-8"))}
        for record in map(json.loads, garbled_path.open(encoding="utf-8")):
            records.append((record["garbled"], gold.get(record["id"], [])))
    after, _ = count(train_texts_in_case(data_root))
    joins: list[tuple[str, str, bool, str]] = []  # prev word, next word, applied, gold fate
    for (text, segments), edits in zip(records, check_edits([t for t, _ in records]), strict=True):
        for e in edits:
            original, replacement = str(e["original"]), str(e["replacement"])
            if e["rule"] not in ("SP001", "FR001") or not re.fullmatch(r"\. \S", original) \
                    or len(replacement.split()) != 1 or replacement.startswith(","):
                continue  # a bare join only: ". t" -> " t"
            stop = int(e["start"])  # type: ignore[call-overload]
            fate = "unaligned"
            for segment in segments:
                at = text.find(segment["garbled"])
                if 0 <= at <= stop < at + len(segment["garbled"]):
                    fate = stop_fates(segment["garbled"], segment["fixed"]).get(stop - at, "unaligned")
            prev = re.search(r"(\S+)$", text[:stop])
            joins.append((prev.group(1) if prev else "", text[stop + 2 :].split()[0], bool(e["applied"]), fate))
    print(f"\n## 3. bare joins SP001/FR001 propose ({len(joins)}), by gold fate")
    print("  ", dict(Counter((("applied" if a else "shown"), f.split(":")[0]) for _, _, a, f in joins)))
    print("  a link word chosen from clean news at them (right insert / fate where it would be wrong):")
    for limits in _THRESHOLDS:
        tally: Counter[str] = Counter()
        for prev, nxt, applied, fate in joins:
            if word := _choice(after, prev, nxt, limits):
                where = "applied" if applied else "shown"
                tally[f"{where}:RIGHT" if fate == "insert:" + word else f"{where}:{fate.split(':')[0]}"] += 1
        print(f"  linked>={limits[0]} share>={limits[1]} bare<={limits[2]}: {dict(sorted(tally.items()))}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("misses", type=Path)
    parser.add_argument("sets", type=Path, help="folder of NAME.jsonl + NAME.gold.jsonl (the half to audit)")
    parser.add_argument("--shared", type=Path, default=Path("../shared/data"))
    args = parser.parse_args(argv)
    names = {p.name[: -len(".jsonl")] for p in args.sets.glob("*.jsonl") if not p.name.endswith(".gold.jsonl")}
    names.add("dev")
    misses = [m for m in map(json.loads, args.misses.open(encoding="utf-8"))
              if m["set"] in names and m["fixes"] == ["join-insert"]]
    audit_misses(misses)
    dev = args.shared / "real-mt-pairs" / "dev.jsonl"
    audit_joins(args.sets, dev if dev.exists() else None, args.shared)
    return 0


if __name__ == "__main__":
    sys.exit(main())
