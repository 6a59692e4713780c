"""The news language model as the judge of boundary repairs (issue 14): a proposer.

At every false stop FR001/SP001 flag (``models.ranker_data.find_stops``, which reuses the
rules' own edits), each candidate repair (``candidates``: *leave*, the rules' repairs in
their order, a bare / comma / "of" join in both casings, deleting the piece, deleting one
or two words before the stop, moving a lone word back) is applied to the same *window*:
from the start of the sentence before the stop to the end of the sentence after the piece
(``window_of``; the paragraph's end when the piece ends it, then ``</s>`` is scored too).
The window text is scored by the Kneser-Ney news model (``models.lm_ngram``); since a
deletion shortens the window and every token costs probability, each token earns a bonus
``alpha`` (fitted on synthetic dev stops by ``models.lm_eval``, never on real text).

:func:`decide` picks the most fluent candidate. It proposes nothing when that is *leave*
(it cannot veto a rule) or the rules' own first choice (nothing to add); otherwise an
``ML012`` Edit whose confidence is the calibrated probability that the choice is right,
mapped from its margin (in nats) over the better of *leave* and the rules' choice through
an isotonic map fitted on synthetic dev stops (``models.calibration``). ``repair.arbitrate``
settles it against the rules' edit at the stop by confidence x trust, the loser becoming
the winner's alternative. It never joins a piece that has its own finite clause where the
rules keep the piece a sentence (:func:`overrules`). Where the rules' choice is only a
``display`` note, the LM's edit is ``display`` too unless ``apply_where_rules_display`` is
set in ``repair.json``; ``generic_deletions`` (false in the shipped recipe) lets it choose
deletions the rules did not propose.

With ``rewrites`` set (the model8 recipe, ``configs/lm_rewrite.toml``) the candidates also
include the repairs the LM writes itself (``models.lm_rewrites``: a join with one closed-class
function word, a short piece moved back into a slot of the sentence before or after), scored
with ``beta`` per added word and ``move_cost`` per such move; a choice that would add a content
word, name or number is refused; a confidence under ``min_confidence`` but at least
``display_confidence`` gives a ``display`` note.

Loaded through ``ModelProposer.from_pretrained`` when ``repair.json`` says
``"framing": "lm"``. Only numpy and safetensors are imported (no torch).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.calibration import apply_map
from models.corrupt_moves import FUNCTION_WORDS
from models.lm_ngram import BOS, EOS, NUM, VOCAB_FILE, WEIGHTS_FILE, NgramLM, tokens
from models.lm_rewrites import adds_content, rewrite_candidates
from models.ranker_data import Candidate, Stop, find_stops
from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety, Span

RULE = "ML012"
_WORD = re.compile(r"\w+(?:['’.,-]\w+)*")
ARTICLES = frozenset({"a", "an", "the"})
REQUIRED = (WEIGHTS_FILE, VOCAB_FILE, "repair.json")
SNIPPET_WORDS = 7


@dataclass(frozen=True)
class Judged:
    """One stop with its candidates' window scores (natural log, no bonus) and lengths."""

    stop: Stop
    candidates: tuple[Candidate, ...]
    logprob: tuple[float, ...]
    removed: tuple[int, ...]
    window: tuple[int, int]
    rule_choice: int | None = None
    piece_has_clause: bool = False
    added: tuple[int, ...] = ()
    moved: tuple[bool, ...] = ()
    invents: tuple[bool, ...] = ()
    drops: tuple[bool, ...] = ()


@dataclass(frozen=True)
class Decision:
    """The LM's choice at a stop: candidate index, the rules' choice index (or None),
    margin in nats over the better of leave and the rules' choice, and the adjusted scores."""

    best: int
    rule: int | None
    margin: float
    scores: tuple[float, ...]


GENERIC_DELETIONS = frozenset({"delete-piece", "delete-intruder", "move-displaced"})
"""Candidate kinds that remove or move words where the rules did not propose it; a judge
made with ``generic_deletions=False`` leaves them out (an n-gram model prefers shorter
text, and real MT damage has far fewer intruded words than the synthetic mix)."""


def candidates(text: str, stop: Stop, generic_deletions: bool = True) -> tuple[Candidate, ...]:
    """The stop's candidates plus each join in the other casing (a name keeps its capital,
    a common word is lowered), without two that give the same text; without the generic
    deletions (``GENERIC_DELETIONS`` not proposed by the rules) unless ``generic_deletions``."""
    out = [c for c in stop.candidates if generic_deletions or c.rule_rank >= 0 or c.kind not in GENERIC_DELETIONS]
    first = text[stop.piece_start]
    for c in stop.candidates:
        if c.kind in ("join", "join-comma", "join-insert") and c.start == stop.stop and c.end == stop.piece_start + 1:
            other = first if c.replacement[-1:] != first else first.lower()
            piece = text[stop.piece_start : stop.piece_end]
            case = "keeps its capital (a name)" if other.isupper() else "is lower-cased"
            out.append(Candidate(c.kind, c.start, c.end, c.replacement[:-1] + other,
                                 message=f"“{piece}” continues the sentence before it ({c.kind}); "
                                 f"its first word {case}."))
    if first.islower():  # the piece as a sentence of its own: what a case rule would make of it
        out.append(Candidate("capitalise", stop.piece_start, stop.piece_start + 1, first.upper(),
                             message=f"“{text[stop.piece_start : stop.piece_end]}” is a sentence of its own; "
                             "its first letter is capitalised."))
    seen: set[tuple[int, int, str]] = set()
    kept = []
    for c in out:
        key = (c.start, c.end, c.replacement)
        if key not in seen and (c.kind == "leave" or text[c.start : c.end] != c.replacement):
            seen.add(key)
            kept.append(c)
    return tuple(kept)


def window_of(doc: Document, stop: Stop) -> tuple[int, int, bool]:
    """(start, end, at paragraph end): the sentence before the stop to the end of the
    sentence after the piece, widened to cover every candidate."""
    position = next((i for i, s in enumerate(doc.sentences) if s.span.start == stop.piece_start), None)
    end, para_end = stop.piece_end, True
    if position is not None:
        following = doc.next_in_paragraph(position)
        if following is not None:
            end, para_end = following.span.end, doc.next_in_paragraph(position + 1) is None
    return min(stop.prev_start, *(c.start for c in stop.candidates)), end, para_end


def judge(lm: NgramLM, doc: Document, stop: Stop, generic_deletions: bool = True,
          rule_edits: Sequence[Edit] = (), rewrites: bool = False) -> Judged:
    """Score every candidate's window text (see the module doc). The rules' choice is the
    candidate one of ``rule_edits`` (applicable, not ``display``) makes, else the first
    repair ``repair.rules.stops.choose`` lists. ``rewrites`` adds the function-word joins
    and slot moves of ``models.lm_rewrites`` (a candidate giving a window text an earlier
    one gives is dropped)."""
    lo, hi, para_end = window_of(doc, stop)
    text = doc.text
    cands = list(candidates(text, stop, generic_deletions))
    if rewrites:
        cands += rewrite_candidates(doc, stop)
    logprob, removed, added, moved, invents, drops, kept, seen = [], [], [], [], [], [], [], set()
    for c in cands:
        edited = text[lo : c.start] + c.replacement + text[c.end : hi]
        if edited in seen:
            continue
        seen.add(edited)
        kept.append(c)
        toks = [BOS, *tokens(edited), *([EOS] if para_end else [])]
        logprob.append(float(lm.logprobs(toks).sum()))
        removed.append(removed_words(text[c.start : c.end], c.replacement))
        added.append(removed_words(c.replacement, text[c.start : c.end]))
        moved.append(c.kind == "move-displaced" and c.rule_rank < 0)
        invents.append(adds_content(text[c.start : c.end], c.replacement))
        drops.append(drops_content(text[c.start : c.end], c.replacement, edited))
    cands = kept
    made = {(e.start, e.end, e.replacement) for e in rule_edits if e.safety is not Safety.DISPLAY}
    choice = next((i for i, c in enumerate(cands) if (c.start, c.end, c.replacement) in made), None)
    if choice is None:
        choice = next((i for i, c in enumerate(cands) if c.rule_rank == 0), None)
    piece = lexicon.words(text[stop.piece_start : stop.piece_end])
    return Judged(stop, tuple(cands), tuple(logprob), tuple(removed), (lo, hi), choice,
                  bool(piece) and lexicon.has_clause(piece), tuple(added), tuple(moved), tuple(invents),
                  tuple(drops))


JOINS = frozenset({"join", "join-comma", "join-insert"})


def overrules(judged: Judged, d: Decision) -> bool:
    """True when the LM's choice may replace the rules' at this stop: it differs from it and
    from *leave*, and it is not a join of a piece with its own finite clause where the rules
    keep the piece a sentence of its own. A word 5-gram sees a few words either side of
    the stop, not whether the joined sentence then has two clauses and no connective ("…
    could take weeks after the vote it took 90 days"): that call stays with the rules. Nor
    may it choose a deletion of words the window then lacks (:func:`drops_content`): only
    the rules delete content; an echo the LM may still delete. Nor may a bare join replace
    the rules' comma or conjunction join: whether "… the ferry sailed late, delayed by fog"
    needs its comma, or "… the union met and rejected the offer" its "and", depends on the
    clause after the stop, which four words of context do not show (the LM's raw choice made
    that swap at 12 stops of the seen real sets where the rules' join was right and at none
    where it was wrong; on the unseen sets, 22 and 1)."""
    best = judged.candidates[d.best]
    if best.kind == "leave" or d.best == d.rule or (judged.invents and judged.invents[d.best]):
        return False
    if judged.drops and judged.drops[d.best]:
        return False
    rule_kind = judged.candidates[d.rule].kind if d.rule is not None else None
    if best.kind == "join" and rule_kind in ("join-comma", "join-insert"):
        return False
    return not (best.kind in JOINS and rule_kind not in JOINS and judged.piece_has_clause)


def drops_content(span: str, replacement: str, edited: str) -> bool:
    """True when replacing ``span`` by ``replacement`` deletes a word (case-blind; a number
    as written; not a closed-class function word or article) that the repaired window
    ``edited`` no longer has anywhere: a deletion of content, not of an echo.

    The LM may not choose such a deletion over the rules' repair (``overrules``): the
    deleted words' own improbability leaves the window with them, so an n-gram model always
    prefers the shorter text, and it cannot tell a content-free piece from a displaced one
    ("…homes in the district. affordable." lost its adjective, which belongs earlier). On
    the real written sets its two deletions of that kind both made the segment worse.
    """
    have = Counter(w.lower() for w in _WORD.findall(replacement))
    kept = {w.lower() for w in _WORD.findall(edited)}
    for word in _WORD.findall(span):
        key = word.lower()
        if have[key]:
            have[key] -= 1
        elif key not in kept and key not in FUNCTION_WORDS and key not in ARTICLES:
            return True
    return False


def removed_words(span: str, replacement: str) -> int:
    """Words (not punctuation) of ``span`` that ``replacement`` does not keep, case-blind:
    what a deletion costs the text, and what the LM's preference for short text must pay."""
    have = Counter(t.lower() for t in tokens(replacement) if t[0].isalnum() or t == NUM)
    gone = 0
    for t in tokens(span):
        if t[0].isalnum() or t == NUM:
            if have[t.lower()]:
                have[t.lower()] -= 1
            else:
                gone += 1
    return gone


def decide(judged: Judged, alpha: float, beta: float = 0.0, move_cost: float = 0.0) -> Decision:
    """The best candidate by log-probability less ``alpha`` per removed word, plus ``beta``
    per added word (a longer text pays for every token, as a shorter one gains), less
    ``move_cost`` for a slot move of the LM's own (a prior: moves are rare); ties: earlier first."""
    added = judged.added or (0,) * len(judged.logprob)
    moved = judged.moved or (False,) * len(judged.logprob)
    scores = tuple(lp - alpha * n + beta * a - move_cost * m
                   for lp, n, a, m in zip(judged.logprob, judged.removed, added, moved, strict=True))
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    rule = judged.rule_choice
    refs = [0] + ([rule] if rule is not None and not judged.candidates[rule].display else [])
    margin = scores[best] - max(scores[i] for i in refs)
    return Decision(best, rule, margin, scores)


@dataclass(frozen=True)
class LMProposer:
    """Judges the rule-found false stops with the news LM (see the module doc)."""

    checkpoint: Path
    name: str
    alpha: float = 0.0
    calibration: dict[str, list[float]] | None = None
    min_confidence: float = 0.8
    apply_where_rules_display: bool = False
    generic_deletions: bool = True
    rewrites: bool = False
    beta: float = 0.0
    move_cost: float = 0.0
    display_confidence: float | None = None
    rule_proposer: Any = field(default=None, repr=False)
    _state: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def loaded(self) -> NgramLM:
        """The LM, read on first use; CheckpointError when that fails."""
        if "lm" not in self._state:
            from models.proposer import CheckpointError

            try:
                self._state["lm"] = NgramLM.load(self.checkpoint)
            except Exception as exc:  # noqa: BLE001 - any load failure (safetensors' own errors too) means unusable
                raise CheckpointError(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from None
        lm: NgramLM = self._state["lm"]
        return lm

    def propose(self, doc: Document) -> list[Edit]:
        """The LM's repairs for ``doc``."""
        rule_edits = list(self.rule_proposer.propose(doc)) if self.rule_proposer is not None else None
        stops = find_stops(doc, rule_edits)
        if not stops:
            return []
        lm = self.loaded()
        edits = []
        for stop in stops:
            edit = self.edit_for(doc.text, judge(lm, doc, stop, self.generic_deletions, rule_edits or (),
                                                 self.rewrites))
            if edit is not None:
                edits.append(edit)
        return edits

    def propose_many(self, docs: Sequence[Document]) -> list[list[Edit]]:
        """``propose`` for each document (the LM needs no batching)."""
        return [self.propose(d) for d in docs]

    def edit_for(self, text: str, judged: Judged) -> Edit | None:
        """The Edit for the LM's choice, or None (leave, the rules' own choice, or unsure)."""
        d = decide(judged, self.alpha, self.beta, self.move_cost)
        best = judged.candidates[d.best]
        if not overrules(judged, d):
            return None
        confidence = round(max(0.0, min(1.0, apply_map(self.calibration, d.margin))), 4)
        unsure = confidence < self.min_confidence
        if unsure and (self.display_confidence is None or confidence < self.display_confidence):
            return None
        rule_choice = judged.candidates[d.rule] if d.rule is not None else None
        # a small margin is shown for review (display), never applied
        display = unsure or rule_choice is None or rule_choice.display
        category = "fragment" if judged.stop.rule == "FR001" else "split"
        # The rules' own edit at the stop becomes the alternative in repair.arbitrate, with
        # its rule code, confidence and message: nothing to copy here.
        safety = (Safety.DISPLAY if unsure or (display and not self.apply_where_rules_display)
                  else Safety.UNSAFE)
        return Edit(Span(best.start, best.end), best.replacement, RULE, category, confidence, safety, self.name,
                    self._reason(text, judged, d))

    def _reason(self, text: str, judged: Judged, d: Decision) -> str:
        best = judged.candidates[d.best]
        lo, hi = judged.window
        edited = text[lo : best.start] + best.replacement + text[best.end : hi]
        # whole words either side of the repaired spot, cut at spaces (never inside a word)
        start, end = best.start - lo, best.start - lo + len(best.replacement)
        for _ in range(SNIPPET_WORDS // 2 + 1):
            start = max(edited.rfind(" ", 0, max(start - 1, 0)), 0)
            end = edited.find(" ", end + 1) if edited.find(" ", end + 1) >= 0 else len(edited)
        snippet = edited[start:end].strip()
        what = best.message or f"{best.kind} at the stop."
        return (f"“…{snippet}…” reads as one sentence of news English ({d.margin:.1f} nats more likely than "
                f"{'the rules’ repair' if d.rule is not None else 'leaving it'} under the news language model): "
                f"{what}")



def lm_proposer(path: Path, lazy: bool, overrides: dict[str, Any]) -> LMProposer:
    """An ``LMProposer`` for a checkpoint folder (CheckpointError when files are missing)."""
    from models.proposer import CheckpointError

    missing = [name for name in REQUIRED if not (path / name).is_file()]
    if missing:
        raise CheckpointError(f"missing {', '.join(missing)}")
    try:
        framing = json.loads((path / "repair.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CheckpointError(f"repair.json: {exc}") from None
    settings: dict[str, Any] = {
        "alpha": float(framing.get("alpha", 0.0)),
        "calibration": framing.get("calibration"),
        "min_confidence": float(framing.get("min_confidence", 0.8)),
        "apply_where_rules_display": bool(framing.get("apply_where_rules_display", False)),
        "generic_deletions": bool(framing.get("generic_deletions", True)),
        "rewrites": bool(framing.get("rewrites", False)),
        "beta": float(framing.get("beta", 0.0)),
        "move_cost": float(framing.get("move_cost", 0.0)),
        "display_confidence": (float(framing["display_confidence"])
                               if framing.get("display_confidence") is not None else None),
    }
    settings.update(overrides)
    if "rule_proposer" not in settings:
        from repair.pipeline import RuleProposer

        settings["rule_proposer"] = RuleProposer()
    proposer = LMProposer(checkpoint=path, name=f"model:{path.name}", **settings)
    if not lazy:
        proposer.loaded()
    return proposer
