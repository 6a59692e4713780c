"""A capitalised "A"/"An" noun phrase with no verb cut off a complete sentence.

"The ferry left the island at noon on Friday. A three-hour crossing in heavy seas." /
"Most pupils board on the mainland. A two-hour ferry ride away." / "Its new head is Ana
Ruiz, 38. A lawyer from Split." The piece renames or describes what the sentence before
ends on; English sets it off with a comma ("…, a three-hour crossing in heavy seas.").

Evidence from clean news (the news-clean train split, ``scripts``-free count made for this
rule, 2026-12-02): of 730 sentences that open a paragraph's later sentence with "A"/"An",
4 had no clause by ``lexicon.has_clause``, and 3 of those 4 were clauses the test missed
("A reading above 50 indicates …"); the one verbless sentence was two words ("A clown.").
So a verbless "A"/"An" piece of three words or more after a sentence is a false stop, not
a writer's own fragment; two-word ones ("A farce.") stay the writer's
(:data:`repair.rules.breaks_shape._STYLISTIC_OPENERS`).

Left alone (the clean-news run of FR001 applied the first draft to such pieces): a piece with a
comma or no full stop ("A small firm, Acme, …", "An MP3 player, anyone?"), one with a plain
"-s" verb the clause test misses ("A weak dollar helps boost exports."), a person ("A spokesman
for the council.": a speaker cut off a tag), a time or a rate ("A week later.", "A day."), a
quantity that opens a count ("A further 20 in hospital."), a piece after a speech tag or a
dangling word ("… according to. A study …": the join there is bare, other rules' call), a piece
with a verb of its own before any relative word, or after its relative clause ("A ship that
left port is being tracked.").
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.stops_candidates import StopRepair
from repair.rules.stops_classes import main_verb_after_relative
from repair.rules.stops_comma_join import comma_join

# The fewest words the piece needs: "A farce." and "A clown." are a writer's own.
MIN_INDEFINITE_WORDS = 3
# Words after "A" that open a count or a share, not a renaming ("A further 20 …").
_COUNT_HEADS = frozenset(
    "few further number total lot handful third quarter half fifth dozen majority minority couple".split())
# Person nouns without an agent ending ("A senior official for …").
_PERSON_WORDS = frozenset("official spokesperson source witness resident people men women".split())
# Relative words that end the noun phrase and open its clause.
_RELATIVES = frozenset("who whom whose which that where when".split())


def capitalised_indefinite_aside(p: list[str], q: list[str]) -> bool:
    """``q`` (the piece's words) is "A"/"An" and a verbless noun phrase of at least
    :data:`MIN_INDEFINITE_WORDS` words (a relative clause after it allowed, if no main verb
    follows it), and ``p`` (the sentence before) is a clause that ends on a content word,
    no speech verb. A pure function of the words."""
    if len(q) < MIN_INDEFINITE_WORDS or q[0] not in ("A", "An") or len(p) < 3:
        return False
    if _plain_present_verb(q) or _names_a_person(q):
        return False  # "A weak dollar helps boost exports.": a plain "-s" verb the clause test misses
    last = p[-1].lower()
    if lexicon.is_function_word(last) or last in lexicon.SPEECH_VERBS or not lexicon.has_clause(p):
        return False
    if q[1].lower() in _COUNT_HEADS or q[-1].lower() in lexicon.TIME_OPENERS \
            or any(w.lower() in lexicon.TIME_WORDS or w.lower() == "day" for w in q[1:]):
        return False  # "A week later.", "A decade ago.": a time; "An early work …" is none
    cut = next((i for i in range(2, len(q)) if q[i].lower() in _RELATIVES), len(q))
    if cut < len(q) and main_verb_after_relative(q[cut:]):
        return False
    # A name's later capitalised words are no verb ("A Film by Ana Ruiz Says" never reads so).
    head = [w for i, w in enumerate(q[:cut]) if not (i > 1 and w[:1].isupper() and q[i - 1][:1].isupper())]
    return not lexicon.has_clause(head) and not any(w.lower() in lexicon.AUXILIARIES for w in head)


def _plain_present_verb(q: list[str]) -> bool:
    """A lower-case "-s" word after the piece's first noun with a word after it that is no
    preposition or conjunction ("helps boost", "indicates a level"): a verb the clause test
    reads only after a name, so the piece may be a sentence."""
    return any(w.islower() and lexicon.looks_finite(w) and w.endswith("s") and after
               and (not (lexicon.is_function_word(after) and after.lower() not in lexicon.DETERMINERS)
                    or not lexicon.is_function_word(before))  # "A public inquiry opens in March."
               for before, w, after in zip(q[1:], q[2:], [*q[3:], ""], strict=False))


def _names_a_person(q: list[str]) -> bool:
    """The noun phrase's first words name a person or a role ("A spokesman for the council.",
    "A senior official."): a speaker cut off a tag or a subject cut off its verb, no aside."""
    return any(w.lower().endswith(lexicon.AGENT_ENDINGS) or w.lower() in _PERSON_WORDS for w in q[1:4])


def indefinite_piece_text(piece: str) -> bool:
    """The piece's text has no comma and ends on a full stop ("A small firm, Acme, …" and
    "An MP3 player, anyone?" are a sentence's subject or a question)."""
    return "," not in piece and piece.rstrip().endswith(".") and not piece.rstrip().endswith("..")


def indefinite_aside_join(p: list[str], q: list[str], stop: int, piece_start: int, lowered: str,
                          piece: str) -> StopRepair | None:
    """The comma join for :func:`capitalised_indefinite_aside`; None when it does not hold."""
    if not indefinite_piece_text(piece) or not capitalised_indefinite_aside(p, q):
        return None
    return StopRepair("join-comma", stop, piece_start + 1, ", " + lowered, 0.7,
                      f"“{piece}” is a noun phrase with no verb that describes what the sentence before it ends "
                      "on; joined with a comma.")


def comma_or_indefinite_join(p: list[str], q: list[str], first: str, stop: int, piece_start: int, lowered: str,
                             piece: str) -> StopRepair | None:
    """:func:`repair.rules.stops_comma_join.comma_join`, else :func:`indefinite_aside_join`:
    the comma joins :func:`repair.rules.stops_piece_shapes.choose_by_shape` asks first."""
    return comma_join(p, q, first, stop, piece_start, lowered, piece) \
        or indefinite_aside_join(p, q, stop, piece_start, lowered, piece)
