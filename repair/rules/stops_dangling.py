"""A short piece after a false stop that ends on a word still waiting for its object.

"… have risen 8% since November. According to.", "… due to lack of staff. In addition to.",
"… takes two years. up to.": the piece (two to four words) opens a prepositional phrase or
a predicate (a preposition, an auxiliary, the head of a complex preposition such as
"according", "due", "prior") and ends on a preposition that is never a verb's particle, and
nothing after it can be that preposition's object: the paragraph ends, or a sentence with a
clause of its own starts. A join would leave the preposition hanging at the sentence's end
("… since November, according to."), so no join is English. Two repairs remain:

* the piece is an approximator of two words or more ("up to", "more than", "at least") and
  the sentence before the stop holds a count (a year or a date is none): the approximator
  was displaced from before it, so it is moved back ("takes up to two years."). With one
  count the slot is certain; with several the move is only shown; a count already hedged
  ("nearly $2") makes the piece a repeat, deleted; with no count the deletion is only shown;
* otherwise the piece carries no content (its object was lost in translation), so it is
  deleted and the sentence keeps its own stop.

Not handled here: a piece whose object follows as the next piece ("According to. The
agency for …", rebuilt by the attribution rules), a lower-case continuation after it
("Especially in. pilot contracts.", joined), an elliptical second item whose verb the
sentence before gives ("… voted in favour. two against.", "… and voted against.", "with three
voting against.": a verb form before the last preposition takes it as an adverb), and a
piece ending in a word that is also a verb particle ("Read on.", "Sign up.", "and so on."),
which can close an English sentence. The evidence is grammatical (the first and last
words' classes and what follows the piece), no word of any example.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.stops_candidates import StopRepair
from repair.rules.stops_slots import _TOKEN, _is_count

__all__ = ["dangling_piece", "verb_takes_it"]

# Prepositions that are never a verb's particle, so a sentence cannot end on them
# ("the plan they voted for." is English but has a clause; the pieces here have none).
_NEVER_FINAL = frozenset(
    "of to for with from by than at into onto upon toward towards via per since until despite during "
    "among amid between without within like unlike except besides beyond against".split())
# Words that say how near a figure is to the truth; they stand right before the figure.
# Only those of two words or more: a lone word is the lone-word rules' to place.
_APPROXIMATORS = frozenset({
    "up to", "more than", "less than", "fewer than", "at least",
    "at most", "just over", "just under", "well over", "as many as", "as much as", "close to",
})
# A word right before a count that already hedges it ("about 40", "more than 40", "up to 40").
_HEDGES = frozenset("about around approximately roughly nearly almost than least most over under".split())


def _hedged(tokens: list[str], i: int) -> bool:
    """Whether the count ``tokens[i]`` already has a hedge before it (past a "minus")."""
    before = [t.lower() for t in tokens[max(0, i - 3) : i]]
    if before and before[-1] == "minus":
        before.pop()
    return bool(before) and (before[-1] in _HEDGES or before[-2:] == ["up", "to"])
_MOST_WORDS = 4
# Words that head a complex preposition ("according to", "due to", "prior to", "compared with").
_PHRASE_HEADS = frozenset("according due prior compared thanks owing contrary next close apart along together "
                          "ahead instead regardless irrespective".split())
_LEAST_SENTENCE = 4  # words before the stop


def dangling_piece(text: str, prev_start: int, stop: int, piece_start: int, piece_end: int,
                   p: list[str], q: list[str]) -> StopRepair | None:
    """The repair for a piece that ends on a preposition with no object (None: not that shape).

    ``p`` and ``q`` are the words of the sentence before the stop and of the piece
    ``text[piece_start:piece_end]`` (which ends in its own stop). Returns a
    ``move-displaced`` repair for an approximator and a figure before the stop, else a
    ``delete-content-free`` repair spanning the space and the piece.
    """
    lower_q = [w.lower() for w in q]
    phrase = " ".join(lower_q)
    approximator = phrase in _APPROXIMATORS
    if len(q) < 2 or not approximator and (len(q) > _MOST_WORDS or lower_q[-1] not in _NEVER_FINAL):
        return None  # a lone word ("About.", "From.") is the lone-word rules' to place
    if not approximator and not _opens_phrase(lower_q[0]):
        return None  # "… in favour. two against.", "… too high. and voted against.": an ellipsis
    if not approximator and verb_takes_it(lower_q[-2]):
        return None  # "… backed the deal. with three voting against.": an ellipsis ("voting against it")
    if any(w[:1].isupper() for w in q[1:]) or not text[piece_end - 1 : piece_end] == ".":
        return None  # a name: a title or a sentence of its own
    if len(p) < _LEAST_SENTENCE or not _nothing_to_take_up(text, piece_end):
        return None  # a short piece before the stop may itself be a fragment of the same cut
    if approximator:
        return _approximator_back(text, prev_start, stop, piece_start, piece_end)
    return StopRepair("delete-content-free", stop + 1, piece_end, "", 0.6,
                      f"“{text[piece_start:piece_end]}” ends on a preposition with no object after it; a join "
                      "would leave it hanging, so the piece is deleted.")


def _opens_phrase(word: str) -> bool:
    """Whether the piece's first word opens a prepositional phrase or a predicate cut before
    its object ("According to.", "In addition to.", "is at."), not a clause of its own or a
    second item of a list whose verb the sentence before gives ("two against.", "and voted
    against.", "Everyone agreed to.")."""
    return word in lexicon.PREPOSITIONS or word in lexicon.AUXILIARIES or word in _PHRASE_HEADS


def verb_takes_it(word: str) -> bool:
    """Whether ``word``, right before the piece's last preposition, is a verb form that takes
    the preposition as an adverb with its object understood ("voting against.", "argued
    for.", "stood by."): a participle or past form, unless it heads a complex preposition
    ("according to", "compared with")."""
    if word in _PHRASE_HEADS:
        return False
    return word in lexicon.IRREGULAR_PAST or len(word) > 4 and word.endswith(("ing", "ed"))


def _nothing_to_take_up(text: str, piece_end: int) -> bool:
    """Whether nothing after the piece can be its preposition's object: the paragraph ends,
    or the next sentence starts with a capital and has a clause of its own."""
    rest = text[piece_end:]
    line_end = rest.find("\n")
    same_line = rest if line_end < 0 else rest[:line_end]
    if not same_line.strip():
        return True
    after = same_line.lstrip()
    if not after[:1].isupper():
        return False  # "Especially in. pilot contracts.": the object follows
    next_stop = after.find(". ")
    sentence = after if next_stop < 0 else after[: next_stop + 1]
    words = lexicon.words(sentence)
    return len(words) > 3 and lexicon.has_clause(words)


def _approximator_back(text: str, prev_start: int, stop: int, piece_start: int, piece_end: int) -> StopRepair | None:
    """Move the approximator back before the sentence's one count ("takes two years. up to."
    -> "takes up to two years."); delete it when the count is already hedged; with no count
    or several, leave the stop to the other builders (None) or only show the move."""
    spans = list(_TOKEN.finditer(text, prev_start, stop))
    tokens = [m.group(0) for m in spans]
    counts = [i for i in range(len(tokens)) if _is_count(tokens, i)
              and text[spans[i].end() : spans[i].end() + 1] != "-"]  # "a 90-year history" counts nothing
    words = text[piece_start : piece_end - 1]
    if not counts:
        # Nothing to hedge: the join would hang it at the end ("next week up to."); the
        # deletion is only shown, as a lost figure may have been its place.
        return StopRepair("delete-content-free", stop + 1, piece_end, "", 0.4,
                          f"“{words}” hedges a figure, but the sentence has none; deleting it is an editor's call.",
                          display=True)
    if any(_hedged(tokens, i) for i in counts):
        return StopRepair("delete-content-free", stop + 1, piece_end, "", 0.6,
                          f"“{words}” only repeats the hedge the sentence's figure already has; deleted.")
    i = counts[-1]
    if i == 0:
        return None  # a count opening the sentence: the hedge would take its capital
    at = spans[i].start()
    if tokens[i - 1].lower() == "minus":
        at = spans[i - 1].start()
    elif text[at - 1 : at] in "$€£¥" and at > prev_start:
        at -= 1
    moved = f"{words.lower()} {text[at:stop]}."
    return StopRepair("move-displaced", at, piece_end, moved, 0.6,
                      f"“{words}” was displaced after the stop; it hedges the count “{tokens[i]}” and goes "
                      "back before it.", display=len(counts) > 1)
