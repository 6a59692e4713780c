"""Run every real-world case in ``tests/cases/`` (see its README for the layout).

A text case is ``repair fix ARGS NAME.txt`` compared byte for byte with ``NAME.expected.txt``;
a feed or data case is ``repair batch ARGS INPUT --out DIR`` compared record by record with
``NAME.expected.jsonl``. Both run the real CLI entry point in-process. A batch case may also
name substrings its ``errors.jsonl`` must hold (``errors_contain``) and, when it is refused
(``expect_exit``), substrings no output file may hold (``must_not_contain``).
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

from repair.cli import main

CASES_DIR = Path(__file__).parent / "cases"
CASES: dict[str, dict[str, Any]] = tomllib.loads((CASES_DIR / "cases.toml").read_text(encoding="utf-8"))


def _input_of(name: str) -> Path:
    found = [p for p in CASES_DIR.glob(f"{name}.*") if ".expected." not in p.name]
    assert len(found) == 1, f"case {name}: expected one input file, found {sorted(p.name for p in found)}"
    return found[0]


def _params() -> list[Any]:
    params = []
    for name, meta in sorted(CASES.items()):
        marks = [pytest.mark.xfail(reason=meta["xfail"], strict=True)] if meta.get("xfail") else []
        params.append(pytest.param(name, meta, id=name, marks=marks))
    return params


def test_every_case_file_is_listed() -> None:
    listed = set(CASES)
    on_disk = {p.name.split(".")[0] for p in CASES_DIR.iterdir() if p.name not in ("README.md", "cases.toml")}
    assert on_disk == listed, f"unlisted: {sorted(on_disk - listed)}; missing files: {sorted(listed - on_disk)}"
    for name, meta in CASES.items():
        assert meta.get("source"), f"case {name} needs a source (its provenance)"


@pytest.mark.parametrize("name,meta", _params())
def test_case(name: str, meta: dict[str, Any], tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = _input_of(name)
    args = list(meta.get("args", []))
    if path.suffix == ".txt":
        code = main(["fix", *args, str(path)])
        out = capsysbinary.readouterr().out.decode("utf-8")
        if "expect_exit" in meta:
            assert code == meta["expect_exit"]
            return
        assert code in (0, 1)
        # Bytes, not read_text: text mode would turn an expected CRLF file into LF.
        assert out == (CASES_DIR / f"{name}.expected.txt").read_bytes().decode("utf-8")
        return
    out_dir = tmp_path / "out"
    code = main(["batch", *args, str(path), "--out", str(out_dir)])
    capsysbinary.readouterr()
    errors = (out_dir / "errors.jsonl").read_text(encoding="utf-8") if (out_dir / "errors.jsonl").exists() else ""
    for wanted in meta.get("errors_contain", []):  # e.g. a cut item logged with its index and id
        assert wanted in errors, f"errors.jsonl lacks {wanted!r}:\n{errors}"
    if "expect_exit" in meta:
        assert code == meta["expect_exit"]
        assert not (out_dir / f"{name}.jsonl").exists(), "a refused input has no output"
        written = "".join(p.read_text(encoding="utf-8", errors="replace") for p in out_dir.rglob("*") if p.is_file())
        for leaked in meta.get("must_not_contain", []):
            assert leaked not in written, f"{leaked!r} leaked into the outputs"
        return
    assert code in (0, 1)
    got = [json.loads(line) for line in (out_dir / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line]
    want = [json.loads(line) for line in (CASES_DIR / f"{name}.expected.jsonl").read_text(encoding="utf-8").splitlines()
            if line]
    assert len(got) == len(want), f"{len(got)} records, expected {len(want)}"
    for i, (g, w) in enumerate(zip(got, want, strict=True)):
        for key, value in w.items():
            assert g.get(key) == value, f"record {i}: {key}"
