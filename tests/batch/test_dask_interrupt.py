"""Ctrl-C on a `--engine dask` run that started its own local cluster: one clean message.

The terminal sends SIGINT to the whole process group, Dask's worker processes included;
each of them used to print a KeyboardInterrupt traceback under the run's own
"interrupted ... Finish with: --resume" lines.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from batch_helpers import REPO

# Our own sentences: a false break, a doubled full stop, a space before a comma.
ARTICLE = ("The town council met on Monday to plan the new ferry pier. It said the work would start soon. "
           "In the spring.\n\nThe old pier closed in {year} . . Traffic fell 5% , officials said.\n")


def test_ctrl_c_on_a_local_dask_cluster_prints_no_worker_traceback(tmp_path: Path) -> None:
    source = tmp_path / "news.jsonl"
    source.write_text("".join(json.dumps({"id": i, "text": ARTICLE.format(year=1900 + i)}) + "\n"
                              for i in range(3000)), "utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "repair", "batch", str(source), "--out", str(out), "--no-model",
               "--engine", "dask", "--workers", "2", "--log-every", "60"]
    proc = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    journal = out / ".repair-batch" / "journal.jsonl"
    deadline = time.monotonic() + 90
    while not (journal.exists() and journal.read_bytes().count(b"\n") >= 1):
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "no chunk committed"
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal does: the whole process group
    _, err = proc.communicate(timeout=90)
    text = err.decode()
    assert proc.returncode == 130, text
    assert "--resume" in text
    assert "Traceback" not in text and "KeyboardInterrupt" not in text, text
