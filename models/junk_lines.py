"""Page/feed junk lines (captions, credits, share bars, bylines...): line features and a small model.

The unit is one non-blank line of a passage. :func:`passage_lines` cuts a text into
:class:`Line` records (character span, text, blank-line isolation); :func:`line_features`
turns one passage's lines into a float matrix of shape (n_lines, len(FEATURES)). The
features describe the *shape* of a line and its neighbourhood (length, punctuation, a
finite verb, capitalisation, digit/date/time shapes, separators, links, emoji, position,
similarity to the other lines) and whether the rules already delete it; no word list is
taken from examples. :class:`JunkModel` is a logistic regression stored as plain JSON
(feature names, standardisation, coefficients), so it loads without pickle or sklearn.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from repair.lexicon import has_clause, is_function_word, words


@dataclass(frozen=True)
class Line:
    """One non-blank line: ``[start, end)`` of its stripped text in the passage."""

    start: int
    end: int
    text: str
    blank_before: bool  # a blank line (or the passage start) right before it
    blank_after: bool  # a blank line (or the passage end) right after it


def passage_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text`` in order, with their stripped spans."""
    raw: list[tuple[int, int]] = []
    cursor = 0
    for piece in text.split("\n"):
        raw.append((cursor, cursor + len(piece)))
        cursor += len(piece) + 1
    out: list[Line] = []
    for k, (a, b) in enumerate(raw):
        chunk = text[a:b]
        if not chunk.strip():
            continue
        lead = len(chunk) - len(chunk.lstrip())
        start, end = a + lead, a + len(chunk.rstrip())
        before = k == 0 or not text[raw[k - 1][0] : raw[k - 1][1]].strip()
        after = k == len(raw) - 1 or not text[raw[k + 1][0] : raw[k + 1][1]].strip()
        out.append(Line(start, end, text[start:end], before, after))
    return out


_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2}\s?[ap]\.?m\b", re.I)
_DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:19|20)\d{2}\b")
_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b",
    re.I,
)
_PIPE_LIKE = re.compile(r"[|•·›»«‹/]")
_COLON = re.compile(r":(?!\d)")
_DASH = re.compile(r"\s[—–-]\s")
_LINK = re.compile(r"https?://|www\.|\b\w+\.(?:com|org|net|co|io|uk|de|fr)\b|[\w.]+@[\w.]+|(?<!\w)[@#]\w", re.I)
_COUNT_UNIT = re.compile(r"\b\d+\s+[a-z]+\b")  # "38 comments", "5 min": a count before a noun


def _is_symbol(ch: str) -> bool:
    """Emoji and pictographs (So), plus the copyright/registered marks."""
    return unicodedata.category(ch) == "So" or ch in "©®℗™"


def _token_set(text: str) -> set[str]:
    return {w.lower() for w in words(text) if len(w) > 2}


def _similarity(a: set[str], b: set[str]) -> float:
    """Share of the smaller set's words found in the other (1.0: one line repeats the other)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _own_features(text: str) -> list[float]:
    toks = words(text)
    n = len(toks)
    alpha = [t for t in toks if t[:1].isalpha()]
    caps = [t for t in alpha[1:] if t[:1].isupper()]
    content = [t for t in alpha[1:] if not is_function_word(t)]
    upper = [t for t in alpha if len(t) > 1 and t.isupper()]
    digits = sum(ch.isdigit() for ch in text)
    letters = sum(ch.isalpha() for ch in text) or 1
    return [
        math.log1p(n),
        math.log1p(len(text)),
        float(n <= 3),
        float(n <= 8),
        float(bool(_SENTENCE_END.search(text))),
        float(text.endswith(":")),
        float(text.endswith(")")),
        float(text[:1].isupper()),
        float(text[:1].islower()),
        float(has_clause(toks)),
        len(caps) / max(1, len(alpha) - 1),
        len(caps) / max(1, len(content)),
        len(upper) / max(1, len(alpha)),
        sum(is_function_word(t) for t in alpha) / max(1, len(alpha)),
        digits / letters,
        float(bool(_TIME.search(text))),
        float(bool(_DATE.search(text) or _MONTH.search(text))),
        float(bool(_COUNT_UNIT.search(text))),
        float(len(_PIPE_LIKE.findall(text))),
        float(bool(_COLON.search(text))),
        float(bool(_DASH.search(text))),
        float(bool(_LINK.search(text))),
        float(sum(_is_symbol(ch) for ch in text)),
        float(any(ch in "\"“”«»" for ch in text)),
        float(text.count(",")) / max(1, n),
        float(text.count("(") > 0),
    ]


OWN = (
    "log_words", "log_chars", "words_le3", "words_le8", "sentence_end", "ends_colon", "ends_paren",
    "starts_upper", "starts_lower", "has_clause", "cap_share", "cap_content_share", "allcaps_share",
    "function_share", "digit_ratio", "time_shape", "date_shape", "count_noun", "separators", "colon",
    "spaced_dash", "link", "symbols", "quote_marks", "commas_per_word", "paren",
)
FEATURES = (
    *OWN,
    "first_line", "last_line", "rel_position", "blank_before", "blank_after", "isolated",
    "max_similarity", "overlap_rest", "len_vs_median", "prev_sentence_end", "prev_clause", "prev_log_words",
    "next_sentence_end", "next_clause", "next_log_words", "n_lines_log", "rules_delete",
)


def line_features(lines: list[Line], rules_deleted: list[bool]) -> list[list[float]]:
    """One row of ``FEATURES`` per line; ``rules_deleted[i]``: the rules already delete line i."""
    own = [_own_features(line.text) for line in lines]
    sets = [_token_set(line.text) for line in lines]
    lengths = sorted(len(words(line.text)) for line in lines)
    median = lengths[len(lengths) // 2] if lengths else 1
    rows: list[list[float]] = []
    count = len(lines)
    for i, line in enumerate(lines):
        sim = max((_similarity(sets[i], sets[j]) for j in range(count) if j != i), default=0.0)
        # A related-story link shares few words with the rest of the passage; a title or
        # subhead names what the body is about.
        rest = set().union(*(sets[j] for j in range(count) if j != i)) if count > 1 else set()
        overlap = len(sets[i] & rest) / len(sets[i]) if sets[i] else 0.0
        prev_f = own[i - 1] if i > 0 else None
        next_f = own[i + 1] if i + 1 < count else None
        rows.append([
            *own[i],
            float(i == 0),
            float(i == count - 1),
            i / max(1, count - 1),
            float(line.blank_before),
            float(line.blank_after),
            float(line.blank_before and line.blank_after),
            sim,
            overlap,
            len(words(line.text)) / max(1, median),
            prev_f[4] if prev_f else 1.0,
            prev_f[9] if prev_f else 1.0,
            prev_f[0] if prev_f else 0.0,
            next_f[4] if next_f else 1.0,
            next_f[9] if next_f else 1.0,
            next_f[0] if next_f else 0.0,
            math.log1p(count),
            float(rules_deleted[i]),
        ])
    return rows


def rules_deleted_lines(text: str, lines: list[Line], edits: list) -> list[bool]:
    """Whether some rule edit (``repair.edits.Edit``) deletes each whole line (empty replacement)."""
    cuts = [(e.span.start, e.span.end) for e in edits if not e.replacement.strip()]
    out = []
    for line in lines:
        out.append(any(a <= line.start and b >= line.end for a, b in cuts))
    return out


@dataclass
class JunkModel:
    """Logistic regression over standardised ``FEATURES``: p(junk) = sigmoid(w · (x - mean) / scale + b)."""

    names: tuple[str, ...]
    mean: list[float]
    scale: list[float]
    weights: list[float]
    bias: float

    def probability(self, row: list[float]) -> float:
        z = self.bias + sum(
            w * (x - m) / s for w, x, m, s in zip(self.weights, row, self.mean, self.scale, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def to_json(self) -> str:
        return json.dumps({"features": list(self.names), "mean": self.mean, "scale": self.scale,
                           "weights": self.weights, "bias": self.bias}, indent=1)

    @classmethod
    def load(cls, path: Path) -> JunkModel:
        """Read a model written by :meth:`to_json`; ValueError if its features are not ``FEATURES``."""
        data = json.loads(path.read_text(encoding="utf-8"))
        if tuple(data["features"]) != FEATURES:
            raise ValueError(f"{path}: feature list differs from models.junk_lines.FEATURES")
        return cls(tuple(data["features"]), data["mean"], data["scale"], data["weights"], float(data["bias"]))


def fit(rows: list[list[float]], labels: list[int], c: float = 0.5) -> JunkModel:
    """Fit an L2 logistic regression (scikit-learn, only at training time)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x = np.asarray(rows, dtype=float)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    clf = LogisticRegression(C=c, max_iter=2000)  # unweighted: the probability stays calibrated
    clf.fit((x - mean) / scale, np.asarray(labels))
    return JunkModel(FEATURES, mean.tolist(), scale.tolist(), clf.coef_[0].tolist(), float(clf.intercept_[0]))
