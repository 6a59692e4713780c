"""Confidences calibrated by how editors actually decided in review.

``repair review`` logs every decision (``*.decisions.jsonl``). ``repair calibrate LOG...``
tallies them per *key*: the rule code for a rule's edit, ``model:<category>`` for a
model's edit. Counted per suggestion, as it finally stood: undone decisions are dropped,
a changed decision counts once (its last value), ``ignore`` is no verdict and is not
counted, and choosing an alternative counts the suggestion as rejected and the chosen
alternative's key as accepted.

Method (the posterior mean of a Beta prior): an edit's own confidence ``c`` is the
prior mean, worth ``prior_weight`` decisions (default 4); editors' decisions on its key
update it::

    c' = (accepted + edit_weight * edited + prior_weight * c) / (n + prior_weight)
    n  = accepted + edited + rejected

An edited suggestion counts ``edit_weight`` (default 0.5) of an accept: it found a real
fault, but its fix was not right as it stood. With few decisions ``c'`` stays near ``c``;
with many it approaches the editors' accept rate. Keys with no decisions are unchanged.
``check``/``fix``/``batch``/``review`` take ``--calibration FILE`` (or the
``REPAIR_CALIBRATION`` environment variable) and report calibrated confidences, so
``--min-confidence`` filters on them.

**The shipped default** (``calibration_verdicts.json`` beside this module, issue 14 item 4)
is fitted from blind editors' verdicts on every edit the tool proposed on the development
sets (``python -m benchmarks.reliability --fit repair/calibration_verdicts.json``; the
reliability table and its validation are in ``benchmarks/results/reliability.md``). It is a
version-2 file (``shift``): per key, the verdict counts and the summed stated confidence of the
judged edits, and an edit reports its own confidence plus its key's shrunk gap
``(accepted - stated_sum) / (n + prior_weight)``, clipped to [0.01, 0.99], so a rule's edits
keep the order their own confidences give them (the Beta posterior of version 1 pulls them all
to nearly one figure). It holds every key (each rule's code and each model category) with
``edit_weight`` 0 (an edit is right when taken as it stood) and names the sources it was
measured on (``applies_to``: ``rule`` and the judged checkpoint; another checkpoint's edits
keep their own figure). It was chosen forward in time: fitted on the verdicts of earlier
commits only, it beat the stated confidences and a model-only calibration on ECE and Brier
for each of the three newest commits' sets, where the version-1 Beta posterior lost on Brier
to the model-only fit on the newest (``benchmarks/reliability_forward.py``). ``repair
calibrate`` still writes version-1 files; both versions are read. Unlike ``--calibration FILE`` it
changes only the *reported* confidence (``check`` text and JSON, ``fix --format json``, the
review screen), after arbitration: what is applied, and so every ``fix`` output, is the same
with or without it, and ``--min-confidence`` still filters on the stated confidence (JSON
reports carry both: ``confidence`` reported, ``stated_confidence`` the edit's own).
``--calibration FILE`` or ``$REPAIR_CALIBRATION`` replace it; ``--no-calibration`` turns every
calibration off. The verdicts were made at older commits (each file names its commit); refit
as verdict files are added.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from repair.document import Document
from repair.edits import Edit
from repair.textio import InputError, atomic_write_text

VERSION = 1
"""The Beta-posterior file (``repair calibrate``'s): per key, the verdict counts."""
SHIFT_VERSION = 2
"""The shifted file (the shipped default): per key, the verdict counts and the summed stated
confidence of the judged edits, so each edit's own confidence moves by its key's shrunk gap."""
VERSIONS = (VERSION, SHIFT_VERSION)
SHIFT_CLIP = (0.01, 0.99)
"""A shifted confidence stays inside this range: verdicts on past edits never make one certain."""
PRIOR_WEIGHT = 4.0
EDIT_WEIGHT = 0.5
ENV = "REPAIR_CALIBRATION"


def key_for(edit: Edit) -> str:
    """Calibration key: the rule code for rules, ``model:<category>`` for a model's edits."""
    return f"model:{edit.category}" if edit.source.startswith("model:") else edit.rule


@dataclass
class Tally:
    """Decisions on one key's suggestions."""

    accepted: int = 0
    edited: int = 0
    rejected: int = 0
    stated_sum: float = 0.0
    """The summed stated confidence of the decided edits (kept in version-2 files only)."""

    @property
    def n(self) -> int:
        """Decisions counted (ignores are not)."""
        return self.accepted + self.edited + self.rejected

    def add(self, outcome: str, stated: float = 0.0) -> None:
        """Count one decision (``accepted``, ``edited`` or ``rejected``) on an edit stated at ``stated``."""
        setattr(self, outcome, getattr(self, outcome) + 1)
        self.stated_sum += stated


@dataclass(frozen=True)
class Calibration:
    """Per-key tallies and the smoothing that turns them into confidences."""

    tallies: dict[str, Tally] = field(default_factory=dict)
    prior_weight: float = PRIOR_WEIGHT
    edit_weight: float = EDIT_WEIGHT
    sources: tuple[str, ...] = ()
    path: str = ""
    applies_to: frozenset[str] = frozenset()
    """Edit sources (``rule``, ``model:<checkpoint>``) whose edits are calibrated; empty: all.
    Set in the shipped default, which was measured on one checkpoint's edits only."""
    shift: bool = False
    """False: the Beta posterior (version 1). True: each edit's own confidence plus its key's
    shrunk gap ``(accepted + edit_weight*edited - stated_sum) / (n + prior_weight)``, clipped
    to :data:`SHIFT_CLIP` (version 2, the shipped default): a rule's edits keep the order their
    own confidences give them instead of all moving to nearly one figure."""

    def confidence(self, key: str, prior: float) -> float:
        """The calibrated confidence of an edit of ``key`` whose own confidence is ``prior``."""
        t = self.tallies.get(key)
        if t is None or t.n == 0:
            return prior
        if self.shift:
            return min(SHIFT_CLIP[1], max(SHIFT_CLIP[0], prior + self.gap(t)))
        value = (t.accepted + self.edit_weight * t.edited + self.prior_weight * prior) / (t.n + self.prior_weight)
        return min(1.0, max(0.0, value))

    def gap(self, t: Tally) -> float:
        """A key's shrunk mean gap: how far its editors' accept rate lay above its stated confidences."""
        return (t.accepted + self.edit_weight * t.edited - t.stated_sum) / (t.n + self.prior_weight)

    def adjust(self, edit: Edit) -> Edit:
        """The edit (and its alternatives) with calibrated confidences."""
        alternatives = tuple(self.adjust(a) for a in edit.alternatives)
        if self.applies_to and edit.source not in self.applies_to:
            return replace(edit, alternatives=alternatives) if alternatives else edit
        return replace(edit, confidence=self.confidence(key_for(edit), edit.confidence), alternatives=alternatives)

    def summary(self, key: str) -> dict[str, Any]:
        """Counts and accept rate for ``key`` (zeros and None when never decided)."""
        t = self.tallies.get(key, Tally())
        rate = round((t.accepted + self.edit_weight * t.edited) / t.n, 4) if t.n else None
        out = {"accepted": t.accepted, "edited": t.edited, "rejected": t.rejected, "n": t.n, "accept_rate": rate}
        if self.shift:  # stated_sum is read back; the gap is shown for people only
            out |= {"stated_sum": round(t.stated_sum, 6), "gap": round(self.gap(t), 4) if t.n else None}
        return out

    def describe_key(self, key: str) -> str:
        """One line for ``repair rules``: the counts, the accept rate, and what it does to 0.90."""
        s = self.summary(key)
        if not s["n"]:
            return "no decisions (confidences unchanged)"
        return (f"{s['n']} decision{'' if s['n'] == 1 else 's'} ({s['accepted']} accepted, {s['edited']} edited, "
                f"{s['rejected']} rejected), "
                f"accept rate {s['accept_rate']:.2f}; an edit of confidence 0.90 reports "
                f"{self.confidence(key, 0.9):.2f}")

    def describe(self) -> dict[str, Any]:
        """The part of a report signature that says which calibration was used."""
        return {"path": self.path, "keys": len(self.tallies), "decisions": sum(t.n for t in self.tallies.values()),
                **({"applies_to": sorted(self.applies_to)} if self.applies_to else {})}

    def to_json(self) -> dict[str, Any]:
        method = ("c' = (accepted + edit_weight*edited + prior_weight*c) / (n + prior_weight); "
                  "c = the edit's own confidence; see repair/calibration.py")
        if self.shift:
            method = (f"c' = c + (accepted + edit_weight*edited - stated_sum) / (n + prior_weight), clipped to "
                      f"[{SHIFT_CLIP[0]}, {SHIFT_CLIP[1]}]; c = the edit's own confidence, stated_sum = the "
                      "summed stated confidence of the key's judged edits; see repair/calibration.py")
        return {
            "version": SHIFT_VERSION if self.shift else VERSION,
            "method": method,
            "prior_weight": self.prior_weight,
            "edit_weight": self.edit_weight,
            "sources": list(self.sources),
            **({"applies_to": sorted(self.applies_to)} if self.applies_to else {}),
            "keys": {k: self.summary(k) for k in sorted(self.tallies)},
        }

    def dumps(self) -> str:
        """The calibration file's text (indented JSON, one final newline)."""
        return json.dumps(self.to_json(), indent=2, ensure_ascii=False) + "\n"

    def save(self, path: str) -> None:
        """Write the calibration file atomically."""
        atomic_write_text(path, self.dumps())

    @classmethod
    def load(cls, path: str) -> Calibration:
        """Read a calibration file; InputError (one line) when it is missing or malformed."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise InputError(f"{path}: no such calibration file") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"{path}: not a calibration file ({exc})") from None
        version = data.get("version") if isinstance(data, dict) else None
        if type(version) is not int or version not in VERSIONS or not isinstance(data.get("keys"), dict):
            raise InputError(f"{path}: not a calibration file of version 1 or 2 (version: {version!r}; "
                             "make one with `repair calibrate`)")
        shift = version == SHIFT_VERSION
        try:
            tallies = {str(k): Tally(int(v["accepted"]), int(v["edited"]), int(v["rejected"]),
                                     float(v["stated_sum"]) if shift else 0.0)
                       for k, v in data["keys"].items()}
            return cls(tallies, float(data["prior_weight"]), float(data["edit_weight"]),
                       tuple(map(str, data.get("sources", ()))), path,
                       frozenset(map(str, data.get("applies_to", ()))), shift)
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"{path}: malformed calibration entry ({exc})") from None


def find_calibration(explicit: str | None) -> Calibration | None:
    """The calibration named by ``--calibration`` or ``$REPAIR_CALIBRATION``, if any.

    InputError when it cannot be read; one that came from the environment says so, as
    nothing on the command line names it.
    """
    if explicit:
        return Calibration.load(explicit)
    path = os.environ.get(ENV)
    if not path:
        return None
    try:
        return Calibration.load(path)
    except InputError as exc:
        raise InputError(f"{exc} (named by ${ENV}; unset it or fix the file)") from None


DEFAULT_PATH = Path(__file__).resolve().with_name("calibration_verdicts.json")


def default_calibration() -> Calibration | None:
    """The shipped calibration of reported confidences (see the module note), or None when
    the file is absent (a trimmed install). A malformed shipped file is an InputError."""
    if not DEFAULT_PATH.is_file():
        return None
    return replace(Calibration.load(str(DEFAULT_PATH)), path=f"{DEFAULT_PATH.name} (shipped default)")


def for_reporting(no_calibration: bool, proposers: Sequence[Any]) -> Calibration | None:
    """The calibration applied to *reported* confidences only: the shipped default, unless
    ``--no-calibration``, or a calibration (``--calibration``, ``$REPAIR_CALIBRATION``)
    already calibrates the proposers (it replaces the default). It changes no applied edit."""
    if no_calibration or any(isinstance(p, CalibratedProposer) for p in proposers):
        return None
    return default_calibration()


def add_stated(row: dict[str, Any], edit: Edit) -> None:
    """Add ``stated_confidence`` (the edit's own) beside the reported ``confidence`` of an
    ``Edit.to_json`` row, and of its alternatives' rows."""
    row["stated_confidence"] = round(edit.confidence, 4)
    for alt_row, alt in zip(row.get("alternatives", ()), edit.alternatives, strict=True):
        add_stated(alt_row, alt)


# ----- tallying decisions logs -------------------------------------------------------
def _read_log(path: str) -> list[dict[str, Any]]:
    try:
        lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except FileNotFoundError:
        raise InputError(f"{path}: no such decisions log") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    records = []
    for line in lines:
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            continue  # a line torn by a crash
        if isinstance(row, dict) and "decision" in row and "action" in row:
            records.append(row)
    return records


def _outcomes(records: list[dict[str, Any]]) -> Iterator[tuple[str, str]]:
    """(key, outcome) for each suggestion's final decision in one log."""
    undone = {r.get("undoes") for r in records if r.get("decision") == "undo"}
    final: dict[tuple[object, ...], dict[str, Any]] = {}
    for r in records:
        edit = r.get("edit")
        if r.get("action") in undone or r.get("decision") == "undo" or not isinstance(edit, dict):
            continue
        final[(r.get("document"), edit.get("start"), edit.get("end"), edit.get("rule"), edit.get("replacement"))] = r
    for r in final.values():
        try:
            edit = Edit.from_json(r["edit"])
        except (KeyError, TypeError, ValueError):
            continue
        decision = r["decision"]
        chosen = r.get("chosen")
        if decision == "accept" and isinstance(chosen, dict):
            yield key_for(edit), "rejected"
            try:
                yield key_for(Edit.from_json(chosen)), "accepted"
            except (KeyError, TypeError, ValueError):
                pass
        elif decision in ("accept", "edit", "reject"):
            yield key_for(edit), {"accept": "accepted", "edit": "edited", "reject": "rejected"}[decision]


def tally(paths: Sequence[str], prior_weight: float = PRIOR_WEIGHT, edit_weight: float = EDIT_WEIGHT) -> Calibration:
    """A calibration from review decisions logs (InputError on a missing or unreadable log)."""
    tallies: dict[str, Tally] = {}
    for path in paths:
        for key, outcome in _outcomes(_read_log(path)):
            tallies.setdefault(key, Tally()).add(outcome)
    return Calibration(tallies, prior_weight, edit_weight, tuple(paths))


# ----- applying it to proposers ------------------------------------------------------
class CalibratedProposer:
    """A proposer whose edits carry calibrated confidences; otherwise the proposer itself."""

    def __init__(self, inner: Any, calibration: Calibration) -> None:
        self.inner = inner
        self.calibration = calibration

    @property
    def name(self) -> str:
        return str(self.inner.name)

    @property
    def rules(self) -> tuple[Any, ...]:
        return tuple(getattr(self.inner, "rules", ()))

    def propose(self, doc: Document) -> Iterable[Edit]:
        return [self.calibration.adjust(e) for e in self.inner.propose(doc)]


class CalibratedBatchProposer(CalibratedProposer):
    """The same, for a proposer that checks many documents at once (the model)."""

    def propose_many(self, docs: Sequence[Document]) -> list[list[Edit]]:
        return [[self.calibration.adjust(e) for e in edits] for edits in self.inner.propose_many(docs)]


def calibrated(proposer: Any, calibration: Calibration) -> CalibratedProposer:
    """Wrap ``proposer`` so its edits are calibrated (keeping ``propose_many`` if it has one)."""
    cls = CalibratedBatchProposer if hasattr(proposer, "propose_many") else CalibratedProposer
    return cls(proposer, calibration)
