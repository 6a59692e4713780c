"""Where start-up goes: compiling our sources, compiling regular expressions (issue 13).

    python -m benchmarks.speed_startup [--top N]

Runs ``repair check --no-model`` on a one-line text in a fresh interpreter (a child
process, so every import happens again) and reports, in CPU seconds: the whole child,
the time to compile the Python source of every ``repair`` module it imported (what each
run pays where bytecode is not cached: ``PYTHONDONTWRITEBYTECODE``, a checkout with no
``__pycache__``), and the regular expressions compiled at import and on first use by the
check, each timed alone afterwards (best of five, after ``re.purge``), with the costliest
call sites. ``benchmarks.speed`` gives the start-up medians themselves; this says why.
A script, never a timed test.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Sequence
from typing import Any

# The child: wraps re's compiler to record each pattern and where it was asked for, runs
# the CLI on a one-line file, then times each recorded pattern and each module's source.
_CHILD = r'''
import json, re, re._compiler as C, resource, sys, tempfile, time
original = C.compile
seen = []
phase = ["import"]
def recording(pattern, flags=0):
    frame = sys._getframe(1)
    while frame and frame.f_code.co_filename.endswith(("re/__init__.py", "functools.py", "rules/base.py")):
        frame = frame.f_back
    site = f"{frame.f_code.co_filename.rsplit('/', 1)[-1]}:{frame.f_lineno}" if frame else "?"
    seen.append((phase[0], site, pattern, flags))
    return original(pattern, flags)
C.compile = recording
import repair.cli
phase[0] = "check"
with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
    handle.write("The council met on Monday.\n")
sys.argv = ["repair", "check", "--no-model", handle.name]
try:
    repair.cli.main()
except SystemExit:
    pass
C.compile = original
usage = resource.getrusage(resource.RUSAGE_SELF)
child_cpu = usage.ru_utime + usage.ru_stime
patterns = []
for phase_name, site, pattern, flags in seen:
    best = 1.0
    for _ in range(5):
        re.purge()
        began = time.process_time()
        original(pattern, flags)
        best = min(best, time.process_time() - began)
    patterns.append([phase_name, site, best])
modules = [m.__file__ for m in list(sys.modules.values())
           if (m.__name__ or "").startswith("repair") and (getattr(m, "__file__", "") or "").endswith(".py")]
sources = [open(path, encoding="utf-8").read() for path in modules]
best = 1.0
for _ in range(3):
    began = time.process_time()
    for path, source in zip(modules, sources):
        compile(source, path, "exec")
    best = min(best, time.process_time() - began)
print(json.dumps({"child_cpu_s": child_cpu, "modules": len(modules),
                  "source_MB": sum(len(s.encode()) for s in sources) / 1e6, "source_compile_s": best,
                  "patterns": patterns}))
'''


def measure() -> dict[str, Any]:
    """The breakdown as a dict: ``child_cpu_s`` (the whole child, the timing loops below
    excluded), ``modules``, ``source_MB``, ``source_compile_s``, and ``patterns``: one
    ``[phase, call site, seconds]`` per regular expression compiled, phase "import" or
    "check"."""
    done = subprocess.run([sys.executable, "-c", _CHILD], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"speed_startup: the child failed: {done.stderr.strip()[-300:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def report(found: dict[str, Any], top: int) -> str:
    """``measure``'s result as text: totals, then the ``top`` costliest pattern sites."""
    lines = [f"repair check --no-model, one line: {found['child_cpu_s']:.3f} s CPU in all",
             f"  compiling {found['modules']} modules' source ({found['source_MB']:.2f} MB): "
             f"{found['source_compile_s']:.3f} s (paid every run when bytecode is not cached)"]
    by_site: dict[tuple[str, str], list[float]] = {}
    for phase, site, seconds in found["patterns"]:
        by_site.setdefault((phase, site), []).append(seconds)
    for phase in ("import", "check"):
        times = [s for (p, _), spent in by_site.items() if p == phase for s in spent]
        lines.append(f"  regular expressions compiled at {phase if phase == 'import' else 'first use'}: "
                     f"{len(times)}, {sum(times):.3f} s")
    costliest = sorted(by_site.items(), key=lambda item: -sum(item[1]))[:top]
    lines += [f"    {sum(spent) * 1000:6.2f} ms  {len(spent):3d}  {phase:6s} {site}"
              for (phase, site), spent in costliest]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.speed_startup", description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=15, help="pattern call sites to list")
    args = parser.parse_args(argv)
    print(report(measure(), args.top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
