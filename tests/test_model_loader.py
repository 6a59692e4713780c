"""The model costs only where it works: no torch for a clean text, one thread, a failed
first load falls back to rules with one warning (issue 13)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "models" / "repair-t5-mini"
CLEAN = "The council approved the budget on Tuesday after a long debate.\nOfficials said it takes effect next year.\n"
SUSPICIOUS = "The council approved the budget on Tuesday. For the harbour district.\n"

pytestmark = pytest.mark.skipif(not (SHIPPED / "model.safetensors").is_file(), reason="no shipped checkpoint")


def _check(path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """``repair check`` in a fresh interpreter, reporting afterwards whether torch was imported."""
    code = ("import sys; from repair.cli import main; rc = main(sys.argv[1:]); "
            "torch = sys.modules.get('torch'); "
            "print('torch', torch.get_num_threads() if torch else None, file=sys.stderr); sys.exit(rc)")
    return subprocess.run([sys.executable, "-c", code, "check", *extra, str(path)], capture_output=True,
                          text=True, timeout=300, cwd=ROOT)


def test_a_clean_text_never_imports_torch(tmp_path: Path) -> None:
    path = tmp_path / "clean.txt"
    path.write_text(CLEAN, encoding="utf-8")
    result = _check(path)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[-1] == "torch None"


def test_a_suspicious_spot_loads_the_model_with_one_thread(tmp_path: Path) -> None:
    path = tmp_path / "garbled.txt"
    path.write_text(SUSPICIOUS, encoding="utf-8")
    result = _check(path)
    assert result.returncode == 1, result.stderr
    assert result.stderr.splitlines()[-1] == "torch 1"


def test_a_checkpoint_that_fails_at_first_load_falls_back_with_one_warning(tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(SHIPPED, broken)
    (broken / "config.json").write_text("{not json", encoding="utf-8")  # the cheap checks pass
    path = tmp_path / "garbled.txt"
    path.write_text(SUSPICIOUS, encoding="utf-8")
    result = _check(path, "--model", str(broken))
    lines = result.stderr.splitlines()
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(lines) == 2 and "unusable" in lines[0] and "rules only" in lines[0]
    assert "FR001" in result.stdout  # the rules still ran
