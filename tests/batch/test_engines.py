"""The engines give the same outputs: in-process, a local process pool, a real Dask cluster."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from batch_helpers import NEWS, batch, tree_bytes


@pytest.fixture
def corpus(tmp_path: Path, garbled: str) -> Path:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    with (NEWS / "wmt_en_original.jsonl").open("rb") as handle:
        (src / "wmt.jsonl").write_bytes(b"".join(handle.readline() for _ in range(120)))
    for i in range(5):
        (src / "sub" / f"{i}.txt").write_text(garbled, "utf-8")
    return src


def _outputs(out: Path) -> dict[str, object]:
    files: dict[str, object] = dict(tree_bytes(out))
    report = json.loads(files.pop("report.json"))  # type: ignore[arg-type]
    files["counts"] = (report["records"], report["changed"], report["errors"], report["edits"], report["categories"])
    return files


def test_process_pool_equals_in_process(tmp_path: Path, corpus: Path) -> None:
    batch(corpus, "--out", tmp_path / "one", "--workers", "1")
    batch(corpus, "--out", tmp_path / "two", "--workers", "2")
    one = _outputs(tmp_path / "one")
    assert one == _outputs(tmp_path / "two")
    assert json.loads((tmp_path / "two" / "report.json").read_text())["engine"] == "local, 2 workers"
    assert len(one) == 5 + 4  # five texts, wmt.jsonl, edits, errors, counts


def test_dask_cluster_equals_local_engine(tmp_path: Path, corpus: Path) -> None:
    from distributed import LocalCluster

    batch(corpus, "--out", tmp_path / "local", "--workers", "1")
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        code = batch(corpus, "--out", tmp_path / "dask", "--engine", "dask", "--scheduler",
                     cluster.scheduler_address)
    assert code == 0, "pending edits are normal output"
    assert _outputs(tmp_path / "dask") == _outputs(tmp_path / "local")
    engine = json.loads((tmp_path / "dask" / "report.json").read_text())["engine"]
    assert engine.startswith("dask tcp://")


def test_dask_engine_starts_its_own_local_cluster(tmp_path: Path, corpus: Path) -> None:
    batch(corpus, "--out", tmp_path / "local", "--workers", "1")
    assert batch(corpus, "--out", tmp_path / "dask", "--engine", "dask", "--workers", "2") == 0
    assert _outputs(tmp_path / "dask") == _outputs(tmp_path / "local")
    report = json.loads((tmp_path / "dask" / "report.json").read_text())
    assert report["engine"] == "dask local cluster, 2 worker threads"


def test_unreachable_scheduler_is_a_one_line_error(tmp_path: Path, corpus: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    code = batch(corpus, "--out", tmp_path / "out", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert code == 2
    err = capsys.readouterr().err
    assert "cannot connect" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()
