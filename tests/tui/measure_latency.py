"""Measure `repair review` responsiveness on a ~100 KB article (run by hand, not by pytest).

    .venv/bin/python tests/tui/measure_latency.py [--copies 65] [--repeat 20]

Builds the article by repeating ``seeds/feed_harbour_expo.txt`` (65 copies are about
100 KB with several hundred rule edits), runs the app headless at 80x24 with Textual's
pilot, and reports:

* open: reading the file and running the rules pipeline (what happens before the app);
* first paint: from starting the app until its first frame is composed and idle;
* key latency: from a key press until the app is idle again after redrawing, per key,
  median and worst over ``--repeat`` presses; beside it, the part spent in the app's
  own handler (session call + redraw of document, list, detail, status);
* baselines: the same two timings for an unbound key and for a bare Textual app, so
  the harness's own overhead (pilot, headless driver) can be subtracted.

Headless timing includes Textual's compositor but not a terminal emulator's drawing.
With ``--pty`` the real command (``repair review FILE``, model on unless ``--no-model``)
also runs on a pseudo-terminal (``--pty-size``, default 100x30): first paint is from
process start (imports and the rules pipeline included) to the status line appearing on
the terminal; then the time until the model's edits are merged (the "model loading…" /
"checking" note leaves the status line), each key timed to its first and last output
byte (last = no output for 100 ms afterwards), and ``q`` to process exit. ``--pty-copies``
sets the article size there (default 1: the seed article as it ships). Nothing here is
asserted; the numbers go in the report, with the machine's load average.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=65)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--pty", action="store_true", help="also time the real command on a pseudo-terminal")
    parser.add_argument("--pty-only", action="store_true", help="only the pseudo-terminal run")
    parser.add_argument("--pty-copies", type=int, default=1, help="seed copies for the pty run (default 1)")
    parser.add_argument("--pty-size", default="100x30", help="pty columns x rows (default 100x30)")
    parser.add_argument("--no-model", action="store_true", help="pty run without the model")
    args = parser.parse_args()
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    code = 0 if args.pty_only else asyncio.run(_measure(args.copies, args.repeat))
    if args.pty or args.pty_only:
        cols, rows = (int(x) for x in args.pty_size.lower().split("x"))
        _measure_pty(args.pty_copies, cols, rows, args.no_model)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return code


def _measure_pty(copies: int, cols: int = 100, rows: int = 30, no_model: bool = False) -> None:
    import fcntl
    import pty
    import select
    import struct
    import termios

    text = (ROOT / "seeds" / "feed_harbour_expo.txt").read_text(encoding="utf-8") * copies
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big_article.txt"
        path.write_text(text, encoding="utf-8")
        repair = str(Path(sys.executable).with_name("repair"))
        t0 = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:
            os.environ["TERM"] = "xterm-256color"
            os.execv(repair, [repair, "review", str(path), *(["--no-model"] if no_model else [])])
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        print(f"pty: {cols}x{rows}, {len(text):,} chars, model {'off' if no_model else 'on'}")

        def drain(quiet: float, limit: float) -> tuple[bytes, float | None, float | None]:
            out, first, last = b"", None, None
            start = time.perf_counter()
            while time.perf_counter() - start < limit:
                ready, _, _ = select.select([fd], [], [], quiet)
                if not ready:
                    if last is not None:
                        break
                    continue
                try:
                    out += os.read(fd, 65536)
                except OSError:
                    break
                now = time.perf_counter()
                first = now if first is None else first
                last = now
            return out, first, last

        seen = b""
        painted = None
        while painted is None and time.perf_counter() - t0 < 30:
            chunk, _, last = drain(0.1, 1.0)
            seen += chunk
            if b"pending" in seen:
                painted = time.perf_counter() - t0
        print(f"pty: first paint (process start to status line on screen): "
              f"{painted * 1000:.0f} ms" if painted else "pty: no first paint within 30 s")
        print(f"pty: 'model loading…' shown on the first screen: {b'model loading' in seen}")
        if not no_model:
            # The note leaves the status line once the model's edits are merged.
            merged = None
            while merged is None and time.perf_counter() - t0 < 120:
                chunk, _, _ = drain(0.2, 1.0)
                seen += chunk
                checking = b"model: checking" in seen
                if b"more edit" in chunk or (checking and b"pending" in chunk and b"model: checking" not in chunk):
                    merged = time.perf_counter() - t0
            print(f"pty: model edits merged (process start): {merged * 1000:.0f} ms" if merged
                  else "pty: model edits not merged within 120 s")
        drain(0.3, 3.0)
        for key in ["n", "n", "j", "a", "r", "u", "u"]:
            t1 = time.perf_counter()
            os.write(fd, key.encode())
            _, first, last = drain(0.1, 3.0)
            if first is None or last is None:
                print(f"pty: key {key}: no output")
            else:
                print(f"pty: key {key}: "
                      f"first byte {(first - t1) * 1000:5.0f} ms, last byte {(last - t1) * 1000:5.0f} ms")
        os.write(fd, b"q")
        t1 = time.perf_counter()
        drain(0.3, 2.0)
        os.write(fd, b"d")  # the quit dialog: quit without saving
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            try:
                select.select([fd], [], [], 0.01) and os.read(fd, 65536)
            except OSError:
                pass
        print(f"pty: q, d to process exit: {(time.perf_counter() - t1) * 1000:.0f} ms "
              f"(includes the 300 ms quiet wait after q)")
        print(f"pty: exit code {os.waitstatus_to_exitcode(status)}")


async def _measure(copies: int, repeat: int) -> int:
    from textual.app import App
    from textual.widgets import Static

    from repair.pipeline import Pipeline
    from tui.app import ReviewApp
    from tui.inputs import open_session

    class Bare(App[None]):
        def compose(self):  # type: ignore[no-untyped-def]
            yield Static("hello")

    class Timed(ReviewApp):
        """The real app, recording how long each key's handler (session + redraw) took."""

        handler_ms: list[float] = []

        def _do(self, call, toast=True):  # type: ignore[no-untyped-def]
            t0 = time.perf_counter()
            super()._do(call, toast)
            self.handler_ms.append((time.perf_counter() - t0) * 1000)

    t0 = time.perf_counter()
    async with Bare().run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        print(f"baseline: bare Textual app first paint {(time.perf_counter() - t0) * 1000:.0f} ms")

    text = (ROOT / "seeds" / "feed_harbour_expo.txt").read_text(encoding="utf-8") * copies
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big_article.txt"
        path.write_text(text, encoding="utf-8")
        t0 = time.perf_counter()
        session = open_session([str(path)], Pipeline().check)
        opened = time.perf_counter() - t0
        print(f"document: {len(text):,} chars, {len(session.doc.state.items)} edits")
        print(f"open (read + rules pipeline): {opened * 1000:.0f} ms")
        app = Timed(session)
        t0 = time.perf_counter()
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            print(f"first paint (app start to first idle frame): {(time.perf_counter() - t0) * 1000:.0f} ms")
            await _time_keys(pilot, ["x"], repeat, app, label="x (unbound: harness baseline)")
            for keys in (["n"], ["j"], ["k"], ["a"], ["r"], ["u"], ["i"], ["u"]):
                await _time_keys(pilot, keys, repeat, app)
            await _time_keys(pilot, ["A", "y"], 1, app, label="A y (accept all safe, then confirm)")
            await _time_keys(pilot, ["u"], 1, app, label="u (undo that batch)")
    return 0


async def _time_keys(pilot, keys, repeat, app, label=None) -> None:  # type: ignore[no-untyped-def]
    samples = []
    app.handler_ms.clear()
    for _ in range(repeat):
        t0 = time.perf_counter()
        await pilot.press(*keys)
        await pilot.pause()
        samples.append((time.perf_counter() - t0) * 1000)
    name = label or " ".join(keys)
    handler = f"handler median {statistics.median(app.handler_ms):6.1f} ms" if app.handler_ms else "no handler"
    print(f"key {name:36s} median {statistics.median(samples):6.1f} ms  max {max(samples):6.1f} ms  "
          f"{handler}  (n={repeat})")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
