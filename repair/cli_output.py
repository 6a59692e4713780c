"""What the command-line front ends print: counted nouns, and a quiet exit on a closed pipe.

Shared by ``repair`` (check, fix, rules), ``repair batch``, ``repair review`` and
``python -m benchmarks`` so that every progress line, summary and message says "1 record"
and "2 records", and every one of them stops the way Unix tools do when the program
reading its output goes away (``repair check --format json FILE | head -1``).
"""

from __future__ import annotations

import os
import sys

# 128 + SIGPIPE: what a shell reports for a Unix tool killed by a closed pipe, as 130 is
# 128 + SIGINT. Python ignores SIGPIPE, so it gets BrokenPipeError instead and says so.
EXIT_BROKEN_PIPE = 141


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and the noun in the right number: ``count(1, "record") == "1 record"``.

    Thousands are separated with commas (``"12,000 records"``); ``plural`` is for nouns
    that do not just take an ``s`` (``count(2, "entry", "entries")``).
    """
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


# Inputs at least this long (characters) are announced on a terminal before the work on
# them starts: 1.2 M characters took 48 s to fix on a loaded 2-core machine (18 s of CPU),
# silent before.
LONG_INPUT_CHARS = 500_000


def note_long_input(path: str, text: str, verb: str) -> None:
    """On a terminal, one stderr line before a long input's work ("repair: checking NAME
    (1.2 MB) ..."), so a minute of silence is not taken for a hang; nothing in scripts,
    pipes or logs (their stderr is not a terminal), nothing for a short input."""
    if len(text) < LONG_INPUT_CHARS or not _stderr_is_terminal():
        return
    name = "<stdin>" if path == "-" else path
    print(f"repair: {verb} {name} ({len(text) / 1e6:.1f} M characters) ...", file=sys.stderr, flush=True)


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def quiet_broken_pipe() -> int:
    """Handle BrokenPipeError on stdout: no message, no traceback; returns the exit code (141).

    Python flushes stdout again at exit, which would raise once more and print "Exception
    ignored"; pointing the descriptor at /dev/null first makes that flush harmless (the
    recipe in Python's ``signal`` documentation). Output already lost is lost either way:
    the reader asked for no more.
    """
    _stdout_to_devnull()
    return EXIT_BROKEN_PIPE


def stdout_failed(exc: OSError) -> int:
    """Handle any other error writing stdout (``> /dev/full``: no space left on device): a
    one-line ``repair: error: stdout: …`` on stderr, no traceback; returns 2, the error exit.

    The text not written stays in stdout's buffer, which the flush at exit would try again;
    stdout is pointed at /dev/null first, as for a closed pipe.
    """
    print(f"repair: error: stdout: {exc.strerror or exc}", file=sys.stderr)
    _stdout_to_devnull()
    return 2


def _stdout_to_devnull() -> None:
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return  # replaced by a test harness, or closed: nothing will flush to it
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)
