"""scripts/join_insert_audit.py: what the gold does at each full stop of a garbled segment,
and the crude part of speech its tables use. Our own sentences."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "join_insert_audit", Path(__file__).resolve().parents[1] / "scripts" / "join_insert_audit.py")
assert _SPEC is not None and _SPEC.loader is not None
join_insert_audit = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(join_insert_audit)


def test_stop_fates() -> None:
    fates = join_insert_audit.stop_fates
    garbled = "The mill needs a new roof. the east wing. It closed in May."
    gold = "The mill needs a new roof for the east wing. It closed in May."
    assert fates(garbled, gold) == {25: "insert:for", 40: "kept"}
    assert fates("Prices rose. the ministry said.", "Prices rose, the ministry said.") == {11: "comma"}
    assert fates("She had expected. a reply.", "She had expected a reply.") == {16: "join"}
    assert fates("It fell. Sharp drop.", "It fell sharply.") == {7: "changed"}


def test_crude_pos() -> None:
    pos = join_insert_audit.crude_pos
    gold = "The fair opened in Ghent on Monday with 40 stalls."
    assert pos("Ghent", gold, True) == "name"
    assert pos("Stalls", gold, True) == "noun"  # capitalised only by the stop
    assert pos("40", gold, True) == "number"
    assert pos("opened.", gold, False) == "verb"
    assert pos("the", gold, True) == "det/func"
