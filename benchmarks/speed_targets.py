"""Issue 13's acceptance figures, read off a speed report: each with its threshold and MET / NOT MET.

The figures are CPU-time measurements on a shared machine, so a verdict near its
threshold can flip between runs under load; the report keeps the load average beside
them. A figure the run did not measure (``--no-batch``, ``--no-model``, ``--quick``
sizes) is reported as not measured, never as met.
"""

from __future__ import annotations

from typing import Any

STARTUP_CPU_S = 0.2  # repair check --no-model on a two-line file, whole process
CHECK_MB_PER_S = 6.0  # check, one core, clean news
FIX_MB_PER_S = 3.0  # fix --unsafe --no-model, one core, clean news
GARBLED_FIX_OVER_CHECK = 2.0  # fix --unsafe over check on dense garbled text
BATCH_MODEL_SHARE = 0.25  # batch with the model, documents/s as a share of rules only


def targets(report: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per target: ``target``, ``figure`` (the worst measured value), ``threshold``,
    ``met`` (True, False, or None when not measured) and ``where`` (what was measured)."""
    rows: list[dict[str, Any]] = []

    def add(target: str, figure: float | None, threshold: float, at_most: bool, where: str) -> None:
        met = None if figure is None else (figure <= threshold if at_most else figure >= threshold)
        rows.append({"target": target, "figure": figure, "threshold": threshold,
                     "comparison": "<=" if at_most else ">=", "met": met, "where": where})

    startup = report.get("startup", {}).get("check --no-model", {}).get("cpu_s")
    cached = report.get("startup", {}).get("check --no-model, bytecode cached", {}).get("cpu_s")
    add("start-up: repair check --no-model (CPU s)", startup, STARTUP_CPU_S, True,
        "median, two-line clean file, as this interpreter runs it"
        + (f" (bytecode cached, as installed: {cached})" if cached is not None else ""))
    sizes = report.get("throughput", [])
    add("check MB/s per core, clean news", min((r["check"]["MB_per_s"] for r in sizes), default=None),
        CHECK_MB_PER_S, False, "lowest of " + ", ".join(f"{r['MB']:g} MB" for r in sizes))
    add("fix --unsafe MB/s per core, clean news", min((r["fix"]["MB_per_s"] for r in sizes), default=None),
        FIX_MB_PER_S, False, "lowest of " + ", ".join(f"{r['MB']:g} MB" for r in sizes))
    dense = {"synthetic": report.get("garbled"), "real density": report.get("garbled_real_density")}
    ratios = {k: v["fix_over_check"] for k, v in dense.items() if v}
    worst = max(ratios.values(), default=None)
    add("dense garbled: fix --unsafe / check (CPU)", worst, GARBLED_FIX_OVER_CHECK, True,
        "worst of in-process " + ", ".join(f"{k} {v}" for k, v in ratios.items())
        + f" ({report.get('garbled', {}).get('MB', '?')} MB); whole process "
        + str(report.get("cli_garbled", {}).get("fix_over_check")))
    batch = {row["config"]: row["docs_per_cpu_s"] for row in report.get("batch", [])}
    share = None
    if "model, 1 worker(s)" in batch and batch.get("rules, 1 worker(s)"):
        share = round(batch["model, 1 worker(s)"] / batch["rules, 1 worker(s)"], 3)
    add("batch with the model / rules only (docs per CPU s)", share, BATCH_MODEL_SHARE, False,
        f"1 worker, {next((r['docs'] for r in report.get('batch', [])), '?')} clean news documents")
    torch_clean = report.get("startup", {}).get("check, model, clean text", {}).get("torch_imported")
    rows.append({"target": "no torch import with the model on a clean text", "figure": torch_clean,
                 "threshold": False, "comparison": "==", "met": None if torch_clean is None else not torch_clean,
                 "where": "repair check (model on) on a two-line clean file"})
    return rows


def format_targets(rows: list[dict[str, Any]]) -> list[str]:
    """The rows as report lines: ``MET``, ``NOT MET`` or ``not measured``."""
    lines = ["issue 13 targets:"]
    for row in rows:
        verdict = {True: "MET", False: "NOT MET", None: "not measured"}[row["met"]]
        lines.append(f"  {verdict:12} {row['target']}: {row['figure']} (target {row['comparison']} "
                     f"{row['threshold']}; {row['where']})")
    return lines
