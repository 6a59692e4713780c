"""Repairs the LM judge writes itself at a false stop (issue 14, model8): slots and function words.

The rules' repairs at a stop are joins and deletions of what is there. Two repairs need
word knowledge to *write*: which function word a bare noun phrase after a false stop
lacks ("a peaceful settlement. Disputes." -> "a peaceful settlement of disputes."), and
which slot a lone displaced word or short phrase came from ("welcomed by the community.
Business." -> "welcomed by the business community."). :func:`rewrite_candidates` lists
them all; the news LM (``models.lm_proposer``) scores each in the same window, so the
choice among them is the LM's:

- ``join-insert``: the piece joined after each word of ``FUNCTION_WORDS`` (its first word
  lower-cased, and as written when it is capitalised: a name keeps its capital); not
  offered when the piece already opens with a preposition or conjunction (the bare join is there).
- ``move-displaced``: a piece of at most ``MAX_MOVE_WORDS`` words with no finite clause put
  back after each word of the sentence before the stop (before any punctuation that follows
  that word, so "…evacuated, police said. As a precaution." can become "…evacuated as a
  precaution, police said.") and of the sentence after the piece, in both casings.

:func:`adds_content` is the guard ``models.lm_proposer`` applies to whatever the LM
chooses: a repair may add only words of ``FUNCTION_WORDS``, never a content word, a name or
a number.
"""

from __future__ import annotations

import re
from collections import Counter

from models.corrupt_moves import FUNCTION_WORDS
from models.lm_ngram import NUM, tokens
from models.ranker_data import Candidate, Stop
from repair import lexicon
from repair.document import Document

MAX_MOVE_WORDS = 3
"""Longest piece a slot search moves ("on Sunday morning"); longer pieces are joined or left."""
_SLOT_WORD = re.compile(r"[A-Za-z0-9]+(?:['’.-][A-Za-z0-9]+)*")
_END = re.compile(r"\s*[.!?]\s*$")


def _casings(body: str) -> list[str]:
    """The piece as it would read inside a sentence: first letter lowered, and as written
    when that differs (a name keeps its capital; "I" stays)."""
    lowered = body[:1].lower() + body[1:]
    if body.startswith(("I ", "I'")) or body == "I":
        return [body]
    return [lowered] if lowered == body else [lowered, body]


def rewrite_candidates(doc: Document, stop: Stop) -> list[Candidate]:
    """The function-word joins and slot moves at ``stop`` (see the module doc); [] where the
    stop is not a full stop or the piece is empty."""
    text = doc.text
    if text[stop.stop] != ".":
        return []
    piece = text[stop.piece_start : stop.piece_end]
    body = _END.sub("", piece).strip()
    words = lexicon.words(body)
    if not body or not words or not body[0].isalnum():
        return []
    out: list[Candidate] = []
    casings = _casings(body)
    said = f"“{body}”"
    if words[0].lower() not in lexicon.PREPOSITIONS | lexicon.CONJUNCTIONS:
        for word in FUNCTION_WORDS:
            for i, cased in enumerate(casings):
                case = "" if i == 0 else " (its capital kept: a name)"
                out.append(Candidate("join-insert", stop.stop, stop.piece_start + 1, f" {word} {cased[0]}",
                                     message=f"{said} continues the sentence before it after a lost "
                                     f"“{word}”; joined with it{case}."))
    if len(words) > MAX_MOVE_WORDS or lexicon.has_clause(words):
        return out
    position = next((i for i, s in enumerate(doc.sentences) if s.span.start == stop.piece_start), None)
    nxt = doc.next_in_paragraph(position) if position is not None else None
    for m in _SLOT_WORD.finditer(text, stop.prev_start, stop.stop):
        if m.end() >= stop.stop:  # after the last word: that is a join, already a candidate
            continue
        for cased in casings:
            out.append(Candidate("move-displaced", m.end(), stop.piece_end, f" {cased}{text[m.end() : stop.stop + 1]}",
                                 message=f"{said} was displaced after the stop; it belongs after “{m.group()}”."))
    if nxt is not None:
        for m in _SLOT_WORD.finditer(text, nxt.span.start, nxt.span.end):
            for cased in casings:
                out.append(Candidate("move-displaced", stop.stop + 1, m.end(),
                                     f"{text[stop.piece_end : m.end()]} {cased}",
                                     message=f"{said} was displaced before its sentence; it belongs after "
                                     f"“{m.group()}”."))
    return out


def _content(toks: list[str]) -> Counter[str]:
    return Counter(t.lower() for t in toks if t[0].isalnum() or t == NUM)


def adds_content(span: str, replacement: str) -> bool:
    """True when ``replacement`` has a word (case-blind; numbers count) that ``span`` lacks
    and that is not one of ``FUNCTION_WORDS``: a repair that would invent content."""
    added = _content(tokens(replacement)) - _content(tokens(span))
    return any(word not in FUNCTION_WORDS for word in added)
