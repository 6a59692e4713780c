"""The small word a false stop swallowed between a word and a noun phrase, by clean news.

``link_words.json.gz`` is built by :mod:`models.link_words` from the clean-news train split:
for each lower-case content word (a head), how often clean news follows it with each link word
("of", "for", "with", "to" …) and then a determiner ("shortage in the", "head of the",
"deal with the"), and how often with a determiner straight away ("expected the"). At a false
stop between a noun phrase and a piece opening with a determiner ("… named the new head. the
regional council …"), a bare join leaves two noun phrases side by side; when clean news puts
one link word after the head nearly always, that word is what the stop swallowed. When
several are common ("plan for/to/with", "contract with/for/from") or the head often takes a
determiner straight after it, nothing is chosen and the join stays shown only.

Read by :mod:`repair.rules.stops_piece_shapes`, :mod:`repair.rules.stops_prepositions` and
:func:`repair.rules.stops.choose` (through :func:`relinked`).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from repair import lexicon
from repair.rules.base import lazy_compile
from repair.rules.stops_candidates import StopRepair
from repair.rules.stops_double_objects import after_first_object
from repair.shipped_table import read_table

TABLE = Path(__file__).with_name("link_words.json.gz")
MIN_LINKED = 12  # uses of the head with a link word before a determiner, before it is trusted
MIN_SHARE = 0.7  # the chosen word's share of those uses: "head" of 0.9, "deal" with 0.74 pass; "plan" for 0.5 does not
MAX_BARE = 0.1  # determiners straight after the head, as a share of its linked uses: above it a bare join is
# English ("level" 0.11, "company" 0.12 and "away" 0.18 keep a bare join; "head" 0.09 does not)
# Words never inserted from the table: "and" joins list members, which the listing shapes
# decide from the sentence ("talks between the government. the rebels"), not from one word;
# "between" needs a second term; "as" renames (a role or a capacity, the shapes' call).
_NOT_INSERTED = frozenset("and between as".split())
_BARE = "-"
# Particles and adverbs a phrasal verb ends on ("gave away the", "brought back the"): a
# determiner follows the verb's object there, whatever the table says of the word itself.
_PARTICLES = frozenset("away back aside apart forward together home ahead later earlier early".split())
# The determiners the table counted after the link word: a piece opening with one of them
# is the noun phrase the head's link word introduced.
NP_OPENERS = frozenset("the a an its their his her our".split())


@lru_cache(maxsize=1)
def _heads() -> dict[str, dict[str, int]]:
    return dict(read_table(TABLE, ["after"], "models.link_words", "link-word counts")["after"])


def _judge(head: str) -> tuple[str | None, bool]:
    """(the one link word clean news puts between ``head`` and a determiner, or None; whether
    it rarely puts a determiner straight after ``head``). Both need the head seen with a
    link word at least :data:`MIN_LINKED` times; "rarely" is at most :data:`MAX_BARE` of
    those uses, and the word must hold :data:`MIN_SHARE` of them and not be one the table
    never inserts."""
    if not head.isalpha() or not head.islower() or lexicon.is_function_word(head) or head in _PARTICLES:
        return None, False
    counts = _heads().get(head)
    if not counts:
        return None, False
    linked = {k: n for k, n in counts.items() if k != _BARE and not k.startswith("+")}
    total = sum(linked.values())
    if total < MIN_LINKED or counts.get(_BARE, 0) > MAX_BARE * total:
        return None, False
    word, n = max(sorted(linked.items()), key=lambda kv: kv[1])
    if n < MIN_SHARE * total or word in _NOT_INSERTED:
        return None, True
    return word, True


def link_before_determiner(head: str) -> str | None:
    """The one link word clean news puts between ``head`` (a lower-case content word) and a
    determiner, or None when the head was seen too rarely, no word dominates, the head often
    takes a determiner directly, or the dominant word is one the table never inserts."""
    return _judge(head)[0]


_HEAD_BEFORE_STOP = lazy_compile(r"(?:^|[\s(“\"])([a-z]+)$")
_OPENER = lazy_compile(r"[a-z]+(?= )")


def relinked(text: str, stop: int, piece_start: int, candidates: list[StopRepair]) -> list[StopRepair]:
    """``candidates`` with a proposed bare join mended where clean news says a noun phrase
    cannot follow the word before the stop directly: when the piece opens with a determiner
    of :data:`NP_OPENERS` and the word before the stop rarely takes one straight after it
    ("… had resulted. a weaker pound"), the join inserts the one word clean news puts there
    ("in"), or, when no word dominates ("… have insurance. the passenger": "for", "against",
    "on" …), it is only shown. Other candidates, and joins after words the table does not
    know or that often take a noun phrase directly ("said", "expected"), pass unchanged."""
    if not candidates:
        return candidates
    best = candidates[0]
    if best.kind != "join" or best.display or best.start != stop or best.end != piece_start + 1:
        return candidates
    opener = _OPENER.match(text, piece_start)
    before = _HEAD_BEFORE_STOP.search(text, max(0, stop - 40), stop)
    if opener is None or opener.group() not in NP_OPENERS or before is None \
            or best.replacement != " " + text[piece_start]:
        return candidates
    head = before.group(1)
    link, bare_rare = _judge(head)
    if not bare_rare or after_first_object(lexicon.words(text[max(0, stop - 80) : stop + 1]), opener.group()):
        return candidates  # "… will pay the company. a fee": a double-object verb's second object
    shown = replace(best, confidence=0.4, display=True,
                    message=f"{best.message} Clean news rarely puts a noun phrase straight after “{head}”; an "
                    "editor should add the missing word.")
    if link is None:
        return [shown, *candidates[1:]]
    insert = StopRepair("join-insert", stop, piece_start + 1, f" {link} " + text[piece_start], 0.55,
                        f"The noun phrase after the stop is cut off “{head}” with the word clean news puts "
                        f"between them; joined with “{link}”.")
    return [insert, shown, *candidates[1:]]
