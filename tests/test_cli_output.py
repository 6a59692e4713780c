"""What every front end prints: its own name in help, counted nouns, and a quiet stop on a closed pipe.

The pipe tests run the real commands with a stdout whose reader has already gone away
(``repair check FILE | head -1`` once head has its line): they must stop with 141, as a
Unix tool killed by SIGPIPE does, and print nothing (no traceback, no "Exception ignored").
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from repair.cli_output import EXIT_BROKEN_PIPE, count

ROOT = Path(__file__).resolve().parents[1]
FEED = ROOT / "seeds" / "feed_harbour_expo.txt"
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def _closed_stdout(*args: str, stdin: bytes = b"") -> tuple[int, str]:
    """Run ``python -m ARGS`` with stdout's reader closed before it writes; (exit code, stderr)."""
    proc = subprocess.Popen([sys.executable, "-m", *args], cwd=ROOT, env=ENV, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    proc.stdout.close()  # the reader is gone before the command has started: every write to stdout fails
    _, err = proc.communicate(stdin, timeout=120)
    return proc.returncode, err.decode()


@pytest.mark.parametrize("args", [
    ("repair", "check", "--no-model", "--format", "json", str(FEED)),
    ("repair", "check", "--no-model", str(FEED)),
    ("repair", "fix", "--no-model", "--diff", str(FEED)),
    ("repair", "rules"),
], ids=["check-json", "check-text", "fix-diff", "rules"])
def test_a_closed_stdout_stops_the_command_quietly(args: tuple[str, ...]) -> None:
    code, err = _closed_stdout(*args)
    assert (code, err) == (EXIT_BROKEN_PIPE, "")


@pytest.mark.parametrize("args", [("repair", "check", "--help"), ("repair", "bench", "--help"),
                                  ("benchmarks", "gold", "--help")])
def test_help_into_a_closed_stdout_says_nothing(args: tuple[str, ...]) -> None:
    code, err = _closed_stdout(*args)  # argparse drops a help it cannot write and exits 0
    assert err == "" and code in (0, EXIT_BROKEN_PIPE)


def test_batch_into_a_closed_stdout_stops_quietly_and_leaves_nothing_behind(tmp_path: Path) -> None:
    feed = tmp_path / "in.jsonl"
    feed.write_text("".join(json.dumps({"id": i, "text": "The port reopened on Monday . . Trade resumed."}) + "\n"
                            for i in range(50)), "utf-8")
    code, err = _closed_stdout("repair", "batch", str(feed), "--out", "-", "--no-model", "--quiet")
    assert (code, err) == (EXIT_BROKEN_PIPE, "")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]
    code, err = _closed_stdout("repair", "batch", "-", "--out", "-", "--no-model", "--quiet",
                               stdin=feed.read_bytes())
    assert (code, err) == (EXIT_BROKEN_PIPE, "")


def test_bench_help_names_the_command_as_typed() -> None:
    def usage(*args: str) -> str:
        proc = subprocess.run([sys.executable, "-m", *args, "--help"], cwd=ROOT, env=ENV, capture_output=True,
                              text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout.splitlines()[0]

    assert usage("repair", "bench").startswith("usage: repair bench [-h] COMMAND")
    assert usage("repair", "bench", "gold").startswith("usage: repair bench gold ")
    assert usage("repair", "bench", "safety").startswith("usage: repair bench safety ")
    assert usage("benchmarks").startswith("usage: python -m benchmarks [-h] COMMAND")
    assert usage("benchmarks", "splitters").startswith("usage: python -m benchmarks splitters ")


def test_counts_agree_with_their_nouns() -> None:
    assert [count(n, "record") for n in (0, 1, 2, 12_000)] == ["0 records", "1 record", "2 records",
                                                              "12,000 records"]
    assert count(1, "entry", "entries") == "1 entry" and count(3, "entry", "entries") == "3 entries"


def test_bench_refuses_an_unwritable_out_before_running(tmp_path: Path) -> None:
    (tmp_path / "notes").write_text("a file, not a folder")
    proc = subprocess.run([sys.executable, "-m", "repair", "bench", "run", "--quick", "--out",
                           str(tmp_path / "notes" / "bench")], cwd=ROOT, env=ENV, capture_output=True, text=True,
                          timeout=60)  # the run takes about a minute: refused at once, not after it
    assert proc.returncode == 2 and proc.stderr.strip() == (
        f"benchmarks: error: --out {tmp_path / 'notes' / 'bench'}: cannot write there "
        f"({tmp_path / 'notes'} is not a writable folder)")
