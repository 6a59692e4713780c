"""scripts/applied_verdicts.py: editors' verdicts per rule on the edits a system applied."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "applied_verdicts", Path(__file__).resolve().parents[1] / "scripts" / "applied_verdicts.py")
assert _SPEC is not None and _SPEC.loader is not None
applied_verdicts = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(applied_verdicts)

MARKED = """# Edits for review

### E1 · `p-01` @ 10–12 · CA003 (rule, unsafe, 0.70) · casing
Sentence starts with a lower-case “the”.
- change: `'the'` → `'The'`
- applied by: rules (--unsafe), rules + model; proposed, not applied, by: rules (safe)
verdict: BETTER-OTHER — reattach the tag

### E2 · `p-01` @ 30–31 · ML001 (model:repair-t5-mini, unsafe, 0.95) · fragment
- change: `'.'` → `''`
- applied by: model only, rules + model
verdict: REJECT — wrong join

### E3 · `p-02` @ 5–6 · CA003 (rule, unsafe, 0.70) · casing
- change: `'a'` → `'A'`
- applied by: —; proposed, not applied, by: rules (safe), rules (--unsafe), rules + model
verdict: ACCEPT
"""


def test_only_edits_the_system_applied_count_under_their_rule(tmp_path: Path) -> None:
    marked = tmp_path / "set_abc.md"
    marked.write_text(MARKED, encoding="utf-8")
    by_rule, applied, shown = applied_verdicts.tally([marked], "rules + model")
    assert dict(by_rule["CA003"]) == {"BETTER-OTHER": 1}
    assert dict(by_rule["model"]) == {"REJECT": 1}
    assert sum(applied.values()) == 2 and dict(shown) == {"ACCEPT": 1}
    by_rule, applied, _ = applied_verdicts.tally([marked], "rules (--unsafe)")
    assert dict(by_rule) == {"CA003": {"BETTER-OTHER": 1}}


def test_a_missing_file_is_a_one_line_error(tmp_path: Path, capsys) -> None:
    assert applied_verdicts.main([str(tmp_path / "nope.md")]) == 2
    assert "nope.md" in capsys.readouterr().err
