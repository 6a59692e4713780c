"""Where ``fix`` spends beyond ``check``, round by round (issue 13).

    python -m benchmarks.speed_fix [--data DIR] [--sizes 1 10] [--kind news|garbled|dev]

For each size, ``Pipeline.fix`` with the ``--unsafe`` policy (rules only) on the text:
``check`` and ``fix`` in CPU seconds and their ratio, then for the first proposal and for
each re-check after a round that changed the text: the edits the round applied, the MB of
slices each scope group re-checked (``repair.recheck.REACH``: "line", "paragraph"), the CPU
spent in each group's rules, in the document-scope rules (re-run over the whole text every
round), and the rest of ``fix``'s time outside rules (choosing and writing edits,
re-segmenting, planning slices, merging findings: "bookkeeping"). Inputs as in
``benchmarks.speed_rules``. Rule and step times come from wrappers installed around
``Rule.run``, ``plan_recheck`` and ``Pipeline._recheck_many`` for the run and removed
after; the wrappers' own cost (a few microseconds a call) lands in "bookkeeping". A
script, never a timed test.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from benchmarks.speed_rules import text_of

GROUPS = ("line", "paragraph", "document")
DOCUMENT_RULE = "document_s:"  # a step's key prefix for one document-scope rule's CPU seconds


@contextmanager
def _timed_fix(record: dict[str, Any]) -> Iterator[None]:
    """Wrap the pipeline's steps so that a ``fix`` run fills ``record``: ``steps`` is a list
    with one dict per proposal step (the first check, then each re-check)."""
    import repair.pipeline as pipeline_module
    from repair.rules.base import Rule

    steps: list[dict[str, float]] = [defaultdict(float)]
    record["steps"] = steps
    run, plan, recheck_many = Rule.run, pipeline_module.plan_recheck, pipeline_module.Pipeline._recheck_many
    scope_group = {"line": "line", "document": "document"}

    def timed_run(self: Rule, doc: Any) -> Any:
        began = time.process_time()
        try:
            return run(self, doc)
        finally:
            spent = time.process_time() - began
            steps[-1][f"{scope_group.get(self.scope, 'paragraph')}_s"] += spent
            steps[-1]["rule_calls"] += 1
            if self.scope == "document":  # each re-run over the whole text, by rule
                steps[-1][f"{DOCUMENT_RULE}{self.code}"] += spent

    def timed_plan(*args: Any, **kwargs: Any) -> Any:
        found = plan(*args, **kwargs)
        reach = args[4] if len(args) > 4 else kwargs.get("reach")
        group = "line" if reach == (0, 0) else "paragraph"
        text = found.source if isinstance(found.source, str) else found.source.text
        steps[-1][f"{group}_MB"] += sum(len(text[lo:hi].encode()) for lo, _, _, hi in found.zones) / 1e6
        steps[-1][f"{group}_slices"] += len(found.zones)
        return found

    def timed_recheck(self: Any, work: Any) -> Any:
        steps.append(defaultdict(float))
        steps[-1]["applied"] = sum(len(applied) for _, _, applied, _ in work)
        began = time.process_time()
        try:
            return recheck_many(self, work)
        finally:
            steps[-1]["recheck_s"] = time.process_time() - began

    Rule.run = timed_run  # type: ignore[method-assign]
    pipeline_module.plan_recheck = timed_plan
    pipeline_module.Pipeline._recheck_many = timed_recheck  # type: ignore[method-assign]
    try:
        yield
    finally:
        Rule.run = run  # type: ignore[method-assign]
        pipeline_module.plan_recheck = plan
        pipeline_module.Pipeline._recheck_many = recheck_many  # type: ignore[method-assign]


def breakdown(text: str) -> dict[str, Any]:
    """``check`` and ``fix --unsafe`` CPU seconds on ``text`` and where ``fix`` spent them.

    Returns ``MB``, ``check_s``, ``fix_s``, ``fix_over_check``, ``rounds`` (what
    ``FixResult.rounds`` says), ``rules_s`` (all rule time inside ``fix``), ``bookkeeping_s``
    (``fix_s`` less ``rules_s``) and ``steps``: per proposal step, ``applied`` (edits the
    round before it wrote; absent on the first), ``line_MB``/``paragraph_MB`` and
    ``*_slices`` (what each group re-checked), ``line_s``/``paragraph_s``/``document_s``
    (rule CPU by group), ``document_s:CODE`` (each document-scope rule's share of
    ``document_s``), ``rule_calls`` and ``recheck_s`` (the whole re-check step).
    """
    from repair.apply import Policy
    from repair.edits import Safety
    from repair.pipeline import Pipeline

    pipeline = Pipeline(policy=Policy(min_safety=Safety.UNSAFE))
    began = time.process_time()
    pipeline.check(text)
    check_s = time.process_time() - began
    record: dict[str, Any] = {}
    with _timed_fix(record):
        began = time.process_time()
        result = pipeline.fix(text)
        fix_s = time.process_time() - began
    steps = [dict(step) for step in record["steps"]]
    rules_s = sum(step.get(f"{group}_s", 0.0) for step in steps for group in GROUPS)
    return {"MB": len(text.encode()) / 1e6, "check_s": check_s, "fix_s": fix_s,
            "fix_over_check": fix_s / check_s if check_s else float("nan"), "rounds": result.rounds,
            "rules_s": rules_s, "bookkeeping_s": fix_s - rules_s, "steps": steps}


def report(row: dict[str, Any]) -> str:
    """``breakdown``'s result as text: one line for the totals, one per step."""
    lines = [f"{row['MB']:.1f} MB: check {row['check_s']:.3f} s, fix {row['fix_s']:.3f} s "
             f"(x{row['fix_over_check']:.2f}), {row['rounds']} round(s); rules {row['rules_s']:.3f} s, "
             f"bookkeeping {row['bookkeeping_s']:.3f} s"]
    for index, step in enumerate(row["steps"]):
        name = "check" if index == 0 else f"re-check {index} ({int(step.get('applied', 0))} edits applied)"
        sliced = "".join(f", {group} {step.get(f'{group}_MB', 0):.2f} MB in {int(step.get(f'{group}_slices', 0))} "
                         f"slices" for group in ("line", "paragraph") if index)
        rules = ", ".join(f"{group} rules {step.get(f'{group}_s', 0):.3f} s" for group in GROUPS)
        whole = f", step {step['recheck_s']:.3f} s" if "recheck_s" in step else ""
        whole += f"; {int(step.get('rule_calls', 0))} rule calls"
        costly = sorted(((key[len(DOCUMENT_RULE):], spent) for key, spent in step.items()
                         if key.startswith(DOCUMENT_RULE)), key=lambda item: -item[1])[:3]
        if costly:
            whole += "; costliest document rules " + ", ".join(f"{code} {spent:.3f} s" for code, spent in costly)
        lines.append(f"  {name}: {rules}{sliced}{whole}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.speed_fix", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"), help="shared data root")
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 10], help="sizes in MB")
    parser.add_argument("--kind", choices=("news", "garbled", "dev"), default="news")
    args = parser.parse_args(argv)
    data = args.data if args.data.is_dir() else None
    from repair.rules.glued import zipf

    zipf("warm")  # wordfreq's table loads here, not inside the first rule that asks
    for megabytes in args.sizes:
        print(report(breakdown(text_of(args.kind, data, megabytes))), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
