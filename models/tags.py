"""Edit-tag framing (issue 14): one tag per token of a window that starts left of the stop.

The seq2seq framing (``models.windows``) marks from the stop onwards, so a repair that
changes a word *before* the stop (delete an intruder, move a modifier back, rebuild an
attribution) cannot be written as its target. Here the window runs from a few tokens
before the false stop to the end of the next sentence, and the target is one tag per
token, LaserTagger style (Malmi et al. 2019):

- ``K`` keep, ``D`` delete, ``L`` keep with a lower-case first letter, ``C`` with a capital;
- ``=X`` replace the token by ``X``, ``+X|B`` insert ``X`` before the token, then apply
  base tag ``B``; ``X`` is always a closed-class word or punctuation (``INSERTABLE``);
- ``M1``/``M1l``/``M1c`` the token belongs to moved group 1 (as is / lower-cased /
  capitalised), ``^1|B`` group 1 lands before this token (group 2 likewise).

Moves and closed-class inserts are the only ways a word can appear where it was not, so
a tagger can never bring in a new content word, name or number. ``derive_tags`` finds
the tags that turn a garbled window into its clean text and checks them by rendering
(``render``): a pair whose repair the tags cannot express exactly is dropped, never
approximated.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from repair import lexicon

LEFT_TOKENS = 8
RIGHT_TOKENS = 24
MAX_GROUPS = 3
KEEP, DELETE, LOWER, CAPITAL = "K", "D", "L", "C"
_TOKEN = re.compile(r"(\s*)(\w+(?:[’'.\-]\w+)*|[^\w\s])")
_PUNCT = frozenset(",;:.\"'")
EXTRA_INSERTABLE = frozenset({"according"})
"""Words outside the function-word lexicon a tag may insert ("said, according to ...")."""
_NO_SPACE_BEFORE = frozenset(",.;:!?%)’”")


@dataclass(frozen=True)
class Tok:
    """A token of a window: its text, the whitespace before it, its document offset."""

    text: str
    space: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def tokenize(text: str, offset: int = 0) -> list[Tok]:
    """Words (with inner apostrophes, hyphens, dots) and single punctuation marks."""
    return [Tok(m.group(2), m.group(1), offset + m.start(2)) for m in _TOKEN.finditer(text)]


def insertable(word: str) -> bool:
    """A token a tag may add: punctuation or a closed-class (function) word."""
    return word in _PUNCT or word.lower() in EXTRA_INSERTABLE or lexicon.is_function_word(word.lower())


def _recase(text: str, how: str) -> str:
    if how == LOWER:
        return text[:1].lower() + text[1:]
    if how == CAPITAL:
        return text[:1].upper() + text[1:]
    return text


def _case_tag(garbled: str, clean: str) -> str | None:
    if garbled == clean:
        return KEEP
    for how in (LOWER, CAPITAL):
        if _recase(garbled, how) == clean:
            return how
    return None


def render(tokens: list[Tok], tags: list[str]) -> str | None:
    """The window text the tags make (None when the tags are inconsistent).

    Kept tokens keep their own leading whitespace; inserted and moved words get one space
    (none before closing punctuation); a straight double quote opens or closes by parity.
    """
    if len(tokens) != len(tags):
        return None
    moved: dict[str, list[str]] = {}
    parsed = []
    for token, tag in zip(tokens, tags, strict=True):
        prefixes, base = tag.split("|")[:-1], tag.split("|")[-1]
        parsed.append((prefixes, base))
        if base.startswith("M"):
            group, how = base[1:2], base[2:3].upper()
            moved.setdefault(group, []).append(_recase(token.text, how or KEEP))
    out: list[tuple[str, str]] = []  # (space, text)
    landed: set[str] = set()
    pending = ""  # whitespace of the deleted run just passed

    def emit(text: str, space: str | None) -> None:
        if space is None:
            quotes = sum(t.count('"') for _, t in out)
            if text in _NO_SPACE_BEFORE or (text == '"' and quotes % 2 == 1):
                space = ""
            elif out and out[-1][1] == '"' and sum(t.count('"') for _, t in out) % 2 == 1:
                space = ""
            else:
                space = " "
        out.append((space, text))

    for token, (prefixes, base) in zip(tokens, parsed, strict=True):
        first_space: str | None = token.space
        for prefix in prefixes:
            if prefix.startswith("^"):
                group = prefix[1:]
                if group not in moved or group in landed:
                    return None
                landed.add(group)
                for k, word in enumerate(moved[group]):
                    emit(word, first_space if k == 0 else None)
                    first_space = None
            elif prefix.startswith("+"):
                for word in prefix[1:].split(" "):
                    emit(word, first_space if first_space and word not in _NO_SPACE_BEFORE and word != '"' else None)
                    first_space = None
            else:
                return None
        if base in (KEEP, LOWER, CAPITAL):
            if first_space == "" and pending and token.text[:1].isalnum():
                first_space = pending  # the space went with a deleted token before it
            emit(_recase(token.text, base), first_space)
            pending = ""
        elif base.startswith("="):
            for word in base[1:].split(" "):
                emit(word, None)
            pending = ""
        elif base != DELETE and not base.startswith("M"):
            return None
        else:
            pending = pending or token.space
    if landed != set(moved):
        return None
    text = "".join(space + word for space, word in out)
    return text


def derive_tags(tokens: list[Tok], clean: str) -> list[str] | None:
    """Tags turning ``tokens`` into ``clean`` (the clean window text), or None if none do.

    Aligns lower-cased tokens (difflib); a deleted run whose words are inserted elsewhere
    is a move (at most two groups); other inserted words must be ``insertable``. The
    result is kept only when :func:`render` reproduces ``clean`` exactly.
    """
    target = tokenize(clean)
    if not tokens:
        return None
    a = [t.text.lower() for t in tokens]
    b = [t.text.lower() for t in target]
    n, m = len(a), len(b)
    forward = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    # Aligned from the end instead: '. " " And next' against 'and next ." ' matches the
    # final stop and quote, where the forward alignment takes the first ones.
    backward = [(op, n - i2, n - i1, m - j2, m - j1)
                for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a[::-1], b=b[::-1], autojunk=False).get_opcodes()]
    for opcodes in (forward, backward[::-1]):
        tags = _from_opcodes(tokens, target, a, opcodes, clean)
        if tags is not None:
            return tags
    return None


def _from_opcodes(tokens: list[Tok], target: list[Tok], a: list[str],
                  opcodes: Sequence[tuple[str, int, int, int, int]], clean: str) -> list[str] | None:
    """The tags one alignment gives, or None (see :func:`derive_tags`)."""
    tags = [KEEP] * len(tokens)
    prefixes: list[list[str]] = [[] for _ in tokens]
    deletes: list[tuple[int, int]] = []
    inserts: list[tuple[int, int, int]] = []  # (garbled position, clean j1, j2)
    for op, i1, i2, j1, j2 in opcodes:
        if op == "equal":
            for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                how = _case_tag(tokens[i].text, target[j].text)
                if how is None:
                    return None
                tags[i] = how
            continue
        if op in ("delete", "replace"):
            deletes.append((i1, i2))
            for i in range(i1, i2):
                tags[i] = DELETE
        if op in ("insert", "replace"):
            inserts.append((i2 if op == "replace" else i1, j1, j2))
    group = 0
    for at, j1, j2 in inserts:
        words = [t.text for t in target[j1:j2]]
        pieces = _split_moves(deletes, a, words) if at < len(tokens) else None
        if pieces is not None and group + len(pieces) <= MAX_GROUPS:
            for lo, hi, source in pieces:
                group += 1
                i1, i2 = source
                cut = next(d for d in deletes if d[0] <= i1 and i2 <= d[1])
                deletes.remove(cut)
                deletes.extend(d for d in ((cut[0], i1), (i2, cut[1])) if d[1] > d[0])
                for i, word in zip(range(i1, i2), words[lo:hi], strict=True):
                    how = _case_tag(tokens[i].text, word)
                    if how is None:
                        return None
                    tags[i] = f"M{group}" + ("" if how == KEEP else how.lower())
                prefixes[at].append(f"^{group}")
            continue
        if not all(insertable(w) for w in words):
            return None
        phrase = " ".join(words)
        if at < len(tokens):
            prefixes[at].append(f"+{phrase}")
        elif tags[at - 1] == DELETE:
            tags[at - 1] = f"={phrase}"
        else:
            return None
    result = ["|".join([*p, t]) for p, t in zip(prefixes, tags, strict=True)]
    return result if render(tokens, result) == clean else None


def _split_moves(
    deletes: list[tuple[int, int]], a: list[str], words: list[str]
) -> list[tuple[int, int, tuple[int, int]]] | None:
    """Inserted ``words`` as consecutive pieces each found in a deleted run (longest first),
    as (start, end in ``words``, source run); None unless every word is covered and at
    least one piece holds a word (a moved comma alone is an insert)."""
    pieces: list[tuple[int, int, tuple[int, int]]] = []
    lo = 0
    while lo < len(words):
        for hi in range(len(words), lo, -1):
            found = _find_run(deletes, a, [w.lower() for w in words[lo:hi]])
            if found is not None and not any(found[0] < p[2][1] and p[2][0] < found[1] for p in pieces):
                pieces.append((lo, hi, found))
                lo = hi
                break
        else:
            return None
    if not any(w[:1].isalnum() for w in words):
        return None
    return pieces


def _find_run(deletes: list[tuple[int, int]], a: list[str], words: list[str]) -> tuple[int, int] | None:
    """Where ``words`` occur as a contiguous part of one deleted run (a move's source)."""
    n = len(words)
    for i1, i2 in deletes:
        for i in range(i1, i2 - n + 1):
            if a[i : i + n] == words:
                return i, i + n
    return None


@dataclass(frozen=True)
class TagWindow:
    """Tokens ``[start, end)`` of a document around one boundary, and the stop's offset."""

    start: int
    end: int
    stop: int
    tokens: tuple[Tok, ...]


def tag_window(text: str, lo: int, stop: int, next_end: int, hi: int) -> TagWindow | None:
    """The window around the stop at ``stop``: ``LEFT_TOKENS`` tokens before it (within
    ``[lo, hi)``, the paragraph) to the end of the next sentence (``next_end``), at most
    ``RIGHT_TOKENS`` tokens after the stop."""
    tokens = tokenize(text[lo:hi], lo)
    at = next((i for i, t in enumerate(tokens) if t.start >= stop), None)
    if at is None:
        return None
    first = max(0, at - LEFT_TOKENS)
    last = at
    while last < len(tokens) and tokens[last].end <= next_end and last - at < RIGHT_TOKENS:
        last += 1
    chosen = tokens[first:last]
    if not chosen:
        return None
    chosen[0] = Tok(chosen[0].text, "", chosen[0].start)  # the window text starts at its first token
    return TagWindow(chosen[0].start, chosen[-1].end, stop, tuple(chosen))


def source_text(text: str, window: TagWindow, context: int = 80) -> tuple[str, str]:
    """(left context, right context) of a window, cut at spaces, at most ``context`` chars."""
    left = text[max(0, window.start - context) : window.start]
    right = text[window.end : window.end + context]
    if len(left) == context and " " in left:
        left = left[left.index(" ") + 1 :]
    if len(right) == context and " " in right:
        right = right[: right.rindex(" ")]
    return left.replace("\n", " "), right.split("\n")[0]
