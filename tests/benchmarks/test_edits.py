"""``python -m benchmarks edits``: listing every proposed edit, and the verdicts round trip."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from benchmarks.__main__ import main
from benchmarks.data import BUNDLED, DataError, FileLog, load_pairs
from benchmarks.edits import list_edits, read_verdicts, tally
from benchmarks.gold_cli import select

PAIRS, GOLD = BUNDLED / "pairs.jsonl", BUNDLED / "pairs.gold.jsonl"


@pytest.fixture(scope="module")
def listed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, list[dict]]:
    out = tmp_path_factory.mktemp("edits") / "edits.md"
    assert main(["edits", "--data", str(PAIRS), "--gold", str(GOLD), "--out", str(out), "--systems", "rules"]) == 0
    rows = [json.loads(line) for line in out.with_suffix(".jsonl").read_text(encoding="utf-8").splitlines()]
    return out, out.read_text(encoding="utf-8"), rows


def test_every_edit_is_numbered_with_its_sentence_before_and_after_and_the_gold(listed: tuple) -> None:
    _, md, rows = listed
    assert rows and [r["number"] for r in rows] == list(range(1, len(rows) + 1))
    assert md.count("\nverdict: \n") == len(rows)
    # The false stop in the harbour passage: one edit shared by both rule systems.
    join = next(r for r in rows if r["record"] == "bundled-harbour-ferry" and r["original"].startswith(". f"))
    assert join["after"] == "The route will link the old harbour with the northern suburbs from next spring."
    assert join["before"] == "The route will link the old harbour with the northern suburbs. from next spring."
    assert join["gold"] == join["after"]
    assert "rules (--unsafe)" in join["applied_by"]
    assert f"### E{join['number']} · `bundled-harbour-ferry` @ {join['start']}–{join['end']} · {join['rule']}" in md


def mark(md: str, verdicts: list[str]) -> str:
    marks = iter(verdicts)
    return re.sub(r"^verdict: $", lambda m: f"verdict: {next(marks, '')}".rstrip(), md, flags=re.M)


def test_verdicts_marked_in_the_md_are_tallied_per_rule_and_source_and_kept(listed: tuple, tmp_path: Path) -> None:
    out, md, rows = listed
    marked = tmp_path / "marked.md"
    marked.write_text(mark(md, ["ACCEPT", "reject — the tag is real", "ACCEPT-BUT"]), encoding="utf-8")
    again = tmp_path / "again.md"
    assert main(["edits", "--data", str(PAIRS), "--gold", str(GOLD), "--out", str(again), "--systems", "rules",
                 "--verdicts", str(marked)]) == 0
    text = again.read_text(encoding="utf-8")
    assert f"## Verdicts (3 of {len(rows)} edits marked)" in text
    assert "verdict: REJECT — the tag is real" in text and "verdict: ACCEPT-BUT" in text
    first3 = rows[:3]
    for r in first3:
        assert re.search(rf"^\| {re.escape(r['rule'])} \| \d+ \|", text, flags=re.M)
    assert "| source rule | 3 | 1 | 1 | 0 | 1 | 0.667 |" in text
    assert "| all | 3 | 1 | 1 | 0 | 1 | 0.667 |" in text


def test_jsonl_verdicts_and_their_errors(listed: tuple, tmp_path: Path) -> None:
    _, _, rows = listed
    pairs = load_pairs(PAIRS, FileLog())
    edits = list_edits([(p.id, p.garbled) for p in pairs], select(["rules"], None, peers=False)[0][1:])
    assert [e.number for e in edits] == [r["number"] for r in rows]  # the listing is deterministic
    good = tmp_path / "v.jsonl"
    good.write_text(json.dumps({"edit": 1, "verdict": "better-other", "key": rows[0]["key"]}) + "\n",
                    encoding="utf-8")
    verdicts = read_verdicts(good, edits)
    assert verdicts == {1: ("BETTER-OTHER", "")}
    t = tally(edits, verdicts)
    assert t["by_rule"][rows[0]["rule"]]["BETTER-OTHER"] == 1 and t["unmarked"] == len(rows) - 1
    assert t["all"]["accepted"] == 0.0
    bad_value = tmp_path / "bad.jsonl"
    bad_value.write_text('{"edit": 1, "verdict": "MAYBE"}\n', encoding="utf-8")
    with pytest.raises(DataError, match="MAYBE"):
        read_verdicts(bad_value, edits)
    stale = tmp_path / "stale.jsonl"
    stale.write_text(json.dumps({"edit": 1, "verdict": "ACCEPT", "key": ["other-record", 0, 1]}) + "\n",
                     encoding="utf-8")
    with pytest.raises(DataError, match="does not match"):
        read_verdicts(stale, edits)
    garbage = tmp_path / "garbage.jsonl"
    garbage.write_text("not json\n", encoding="utf-8")
    with pytest.raises(DataError, match="garbage.jsonl:1"):
        read_verdicts(garbage, edits)


def test_missing_data_file_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "e.md"
    assert main(["edits", "--data", str(tmp_path / "none.jsonl"), "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "none.jsonl" in err[0]
    assert not out.exists()


@pytest.mark.parametrize("out_name", ["pairs.md", "pairs.gold.md", "edits.jsonl"])
def test_an_out_that_would_replace_an_input_is_refused_before_any_work(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], out_name: str) -> None:
    # `--out pairs.md` beside `--data pairs.jsonl` once wrote the edit list over the pair file.
    data, gold = tmp_path / "pairs.jsonl", tmp_path / "pairs.gold.jsonl"
    data.write_bytes(PAIRS.read_bytes())
    gold.write_bytes(GOLD.read_bytes())
    before = {p: p.read_bytes() for p in (data, gold)}
    out = tmp_path / out_name
    assert main(["edits", "--data", str(data), "--gold", str(gold), "--out", str(out), "--systems", "rules"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"benchmarks: error: --out {out}")
    assert {p: p.read_bytes() for p in (data, gold)} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pairs.gold.jsonl", "pairs.jsonl"]


def test_a_missing_verdicts_file_is_named_before_the_systems_run(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import benchmarks.edits as edits_module

    def must_not_run(*args: object, **kwargs: object) -> None:
        raise AssertionError("the systems ran before the verdicts file was checked")

    monkeypatch.setattr(edits_module, "list_edits", must_not_run)
    out = tmp_path / "e.md"
    assert main(["edits", "--data", str(PAIRS), "--out", str(out), "--verdicts", str(tmp_path / "marked.md")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"benchmarks: error: {tmp_path / 'marked.md'}: no such file"]
    assert not out.exists()


def test_a_verdicts_file_with_no_mark_is_a_warning_not_silence(
        listed: tuple, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, md, _ = listed
    unmarked = tmp_path / "unmarked.md"
    unmarked.write_text(md, encoding="utf-8")
    again = tmp_path / "again.md"
    assert main(["edits", "--data", str(PAIRS), "--gold", str(GOLD), "--out", str(again), "--systems", "rules",
                 "--verdicts", str(unmarked)]) == 0
    assert f"benchmarks: warning: {unmarked}: no verdict marked" in capsys.readouterr().err
