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
With ``--pty`` the real command (``repair review FILE --no-model``) also runs on a
pseudo-terminal (80x24): first paint is from process start (imports and the rules
pipeline included) to the status line appearing on the terminal, and each key is timed
to its first and last output byte (last = no output for 100 ms afterwards). Nothing here
is asserted; the numbers go in the report, with the machine's load average.
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
    args = parser.parse_args()
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    code = asyncio.run(_measure(args.copies, args.repeat))
    if args.pty:
        _measure_pty(args.copies)
    return code


def _measure_pty(copies: int) -> None:
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
            os.execv(repair, [repair, "review", str(path), "--no-model"])
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))

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
        drain(0.3, 2.0)
        os.write(fd, b"d")
        drain(0.3, 2.0)
        _, status = os.waitpid(pid, 0)
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
