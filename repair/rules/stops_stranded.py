"""A piece that ends on a preposition with no object: no join makes it a sentence.

An MT system sometimes strands the first words of a phrase whose object it lost ("… since
November. According to.", "… takes two years. up to.", "… the beds. In addition to."). Joined
on, the piece leaves the sentence ending on a bare preposition ("… since November, according
to."): as broken as before, and now hidden inside the sentence. Whether the piece is an echo
to delete or a bound to move back ("takes up to two years") the words cannot tell, so the join
is only shown (``display``) and an editor decides.

Only prepositions that need an object count: a particle that also ends phrasal verbs ("called
off.", "picked up.", "broke out.", "went on.") or an adverb of place or time ("… the year
before.", "… ever since.") ends English sentences, so they are left to the other shapes.
"""

from __future__ import annotations

from dataclasses import replace

from repair import lexicon
from repair.line_index import end_of_line
from repair.rules.stops_candidates import StopRepair
from repair.rules.stops_dangling import verb_takes_it
from repair.rules.stops_phrases import _SUPERLATIVE

# Prepositions that never end a news sentence without their object. Left out on purpose:
# particles and adverbs ("up", "out", "off", "on", "over", "in", "around", "along", "across",
# "by", "through", "about", "before", "after", "since", "inside", "outside", "behind",
# "below", "above", "near", "within", "without", "underneath", "beyond"), "at" and "like"
# (a passive or a verb may strand them: "was looked at.", "would like."), and "as" ("such as"
# is cut the same way, but "just as." ends sentences).
STRANDING = frozenset(
    "of to for from with into onto than per via upon amid among despite during toward towards until "
    "unlike except between".split())


def ends_on_stranded_preposition(piece: str) -> bool:
    """Whether ``piece`` (a sentence ending on its stop) ends on a preposition of
    :data:`STRANDING` right before the stop ("According to.", "up to.", "In addition to.").

    Pieces of one word are included ("To."): there the preposition is all there is.
    """
    if not piece.endswith("."):
        return False
    words = lexicon.words(piece)
    if len(words) >= 2 and verb_takes_it(words[-2].lower()):
        return False  # "as the board was expected to.": an infinitive or adverb with its verb understood
    return bool(words) and words[-1].lower() in STRANDING


def _object_follows(text: str, piece_end: int) -> bool:
    """Whether the sentence after the piece ending at ``piece_end`` in the same paragraph may
    be the preposition's lost object: a phrase with no clause of its own ("… According to. A
    report by the board, seen by reporters.", which the join rules take up in turn). Nothing
    after it in the paragraph, or a whole clause ("… In addition to. Masks became mandatory
    …"), and the preposition has no object anywhere."""
    line_end = end_of_line(text, piece_end)
    rest = text[piece_end : len(text) if line_end < 0 else line_end].strip()
    if not rest:
        return False
    stop = rest.find(". ")
    following = rest if stop < 0 else rest[: stop + 1]
    return not lexicon.has_clause(lexicon.words(following))


def shown_when_stranded(text: str, piece_start: int, piece_end: int,
                        candidates: list[StopRepair]) -> list[StopRepair]:
    """``candidates`` with the first one made ``display`` when it keeps the piece
    ``text[piece_start:piece_end]`` (a join of any kind), the piece ends on a stranded
    preposition and no phrase after it could be that preposition's object: the repaired
    sentence would end on "to." or "of." (see the module docstring). Other candidates pass
    unchanged."""
    if not candidates or not ends_on_stranded_preposition(text[piece_start:piece_end]) \
            or _object_follows(text, piece_end):
        return candidates
    best = candidates[0]
    if best.display or not best.kind.startswith("join"):
        return candidates
    shown = replace(best, confidence=min(best.confidence, 0.4), display=True,
                    message=f"{best.message} Joined, the sentence would end on a preposition with no "
                    "object; an editor should delete the piece or restore its object.")
    return [shown, *candidates[1:]]


# Forms of "have" and "been": a perfect ("had not scored", "has risen") takes "since" and a
# point in time; so does a superlative or an ordinal that ranks against a period ("the
# largest since 2015", "the first since May").
_PERFECT_WORDS = frozenset("has have had hasn't haven't hadn't having been 've 'd".split())
_RANKING_WORDS = frozenset("first last only".split())


def shown_when_since_clash(text: str, prev_start: int, stop: int, piece_start: int, piece_end: int,
                           candidates: list[StopRepair]) -> list[StopRepair]:
    """``candidates`` with a bare join of a short "Since 2014." / "Since the pandemic." piece
    made ``display`` when the sentence before the stop (``text[prev_start:stop + 1]``) has a
    past verb and no perfect, superlative or ordinal: "since" and a point in time need a
    perfect ("had stood since 2014"), so joined onto "set a record … in 2 hours." it clashes
    with the tense, and the piece most likely belongs to another clause. Others pass
    unchanged."""
    if not candidates or candidates[0].display or candidates[0].kind != "join":
        return candidates
    q = lexicon.words(text[piece_start:piece_end])
    # Only "Since": a lower-case piece was split off one sentence, whose writer chose the tense.
    if not 2 <= len(q) <= 5 or q[0] != "Since" or lexicon.has_clause(q[1:]):
        return candidates
    p = [w.lower() for w in lexicon.words(text[prev_start : stop + 1])]
    if any(w in _PERFECT_WORDS or w in _RANKING_WORDS or _SUPERLATIVE.fullmatch(w) for w in p):
        return candidates
    if not any(w in lexicon.IRREGULAR_PAST or len(w) > 4 and w.endswith("ed") and w not in lexicon.SPEECH_VERBS
               for w in p):
        return candidates
    shown = replace(candidates[0], confidence=min(candidates[0].confidence, 0.4), display=True,
                    message=f"{candidates[0].message} But the sentence has no perfect for “since” to go with; "
                    "an editor should move the piece to the clause it belongs to or delete it.")
    return [shown, *candidates[1:]]
