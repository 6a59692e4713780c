"""The JSON rows `repair check` / `repair fix --format json|jsonl` print for each input.

``edits``: the findings on the input, each with ``applied``, ``line``, ``column`` and ``status``;
``later_rounds``: the edits applied after the first round (found on an already edited text),
so that ``edits`` plus ``later_rounds`` account for every change in ``fixed``.
"""

from __future__ import annotations

from typing import Any

from repair.apply import Policy
from repair.calibration import Calibration, add_stated
from repair.cli_findings import FixOutcome, Locator, status
from repair.edits import Edit
from repair.pipeline import FixResult


def edit_rows(text: str, result: FixResult, policy: Policy,
               reported: Calibration | None) -> list[dict[str, Any]]:
    """The JSON rows of ``result``'s findings: Edit.to_json's fields, ``applied``, and for
    an editor the finding's ``line`` and ``column`` (as the text format counts them) and
    its ``status`` in words (whether `fix` writes it, and why not)."""
    outcome = FixOutcome(result.first_round, policy)
    locate = Locator(text)
    rows = []
    for edit in result.findings:
        # ``applied`` is asked of the edit as the pipeline made it: its confidence is part of
        # its identity, and the reported figure is not what the pipeline applied by.
        row = (reported.adjust(edit) if reported is not None else edit).to_json(text)
        if reported is not None:
            add_stated(row, edit)
        row["applied"] = edit in outcome.applied
        row["line"], row["column"] = locate(edit.start)
        row["status"] = status(edit, outcome, locate)
        rows.append(row)
    return rows


def _later_row(edit: Edit, text: str, reported: Calibration | None) -> dict[str, Any]:
    """One applied later-round edit as a JSON row (Edit.to_json's fields, ``applied`` true)."""
    row = (reported.adjust(edit) if reported is not None else edit).to_json(text)
    if reported is not None:
        add_stated(row, edit)
    row["applied"] = True
    return row


def later_rounds(result: FixResult, reported: Calibration | None) -> list[dict[str, Any]]:
    """The edits applied after the first round, which ``edits`` (found on the input) cannot hold.

    An applied edit can make another: a junk line removed leaves a lower-case sentence start
    that the next round capitalises. ``fixed`` has those changes, so the report lists them:
    ``[{"round": 2, "edits": [...]}, ...]``, each edit's ``start``/``end`` counted in the text
    that round began from (the previous round's output), as batch's ``edits.jsonl`` logs them.
    """
    rounds = []
    for number, (before, this) in enumerate(zip(result.history, result.history[1:], strict=False), start=2):
        if this.applied:
            rounds.append({"round": number, "edits": [_later_row(e, before.text, reported)
                                                      for e in this.applied]})
    return rounds
