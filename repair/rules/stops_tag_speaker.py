"""The real speaker cut off a pronoun speech tag by a false stop: "…, it said. The police."

MT systems from pronoun-dropping languages write a tag with a placeholder subject ("it
said", "they said", "it was said") and put the speaker the source named after a stop of
its own. A join glues the noun phrase on as the verb's object ("…, it said the police."),
which no tag can take; the speaker belongs in the pronoun's place: "…, the police said.".

Evidence that the piece is a speaker, not a label or a time phrase ("…, he said. The next
day.", "…, they said. The toll."): it is a noun phrase with no verb that opens with an
article or possessive, and its head noun is one clean news writes as a speaker ("the police
said", "said the spokesman."; :mod:`repair.rules.speaker_heads`, built from the clean-news
train split). A head clean news does not write there (a name of an institution, "the
Sector for …", or a rarer noun) only shows the rebuild. An appositive after the speaker
("The city's fire chief, Ana Ruiz.") is closed with its comma before the verb.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.base import lazy_compile
from repair.rules.speaker_heads import is_speaker_head
from repair.rules.stops_candidates import StopRepair

__all__ = ["speaker_after_pronoun_tag"]

# ", it said.", ", they said on Monday.", ", it was said.": a tag whose subject is a placeholder.
_PRONOUN_TAG = lazy_compile(
    r", (?P<pronoun>it|he|she|they|it was) (?P<verb>said|says|added|stated|reported|announced|told reporters)"
    r"(?P<adjunct>(?: (?:on|in|at|late|earlier|last|this) [A-Za-z]+)?)\.$")
_OPENERS = frozenset("the a an".split())
_MOST_WORDS = 8
_TIME_NOUNS = frozenset("day days week weeks month months year years time morning evening night".split())


def speaker_after_pronoun_tag(text: str, prev_start: int, stop: int, piece_start: int, piece_end: int,
                              q: list[str]) -> StopRepair | None:
    """The rebuild of a pronoun tag whose speaker is the piece after the stop (None: not
    that shape). ``q`` are the piece's words; the piece ``text[piece_start:piece_end]`` ends
    in its stop. The repair spans the tag's pronoun to the piece's end."""
    tag = _PRONOUN_TAG.search(text, prev_start, stop + 1)
    piece = text[piece_start:piece_end]
    if tag is None or not piece.endswith(".") or not 2 <= len(q) <= _MOST_WORDS:
        return None
    if q[0].lower() not in _OPENERS or any(_verb_like(w) for w in q[1:]):
        return None  # "The court ruled …": a sentence of its own
    head = _head(lexicon.words(piece.split(",", 1)[0]))  # the appositive after a comma is no head
    if head is None or head in lexicon.TIME_WORDS or head in _TIME_NOUNS:
        return None  # "…, he said. The next day.": when it was said, joined by the other builders
    known = is_speaker_head(head)
    if not known and not head[:1].isupper() and not q[1][:1].isupper():
        return None  # "…, they said. The toll.": a common noun clean news never makes a speaker
    speaker = piece[:-1]
    speaker = speaker[0].lower() + speaker[1:]
    if "," in speaker:
        speaker += ","  # "the city's fire chief, Ana Ruiz, said": the appositive closes
    verb = "said" if tag["pronoun"] == "it was" else tag["verb"]
    start = tag.start("pronoun")
    rebuilt = f"{speaker} {verb}{tag['adjunct']}."
    return StopRepair("rebuild-attribution", start, piece_end, rebuilt, 0.65 if known else 0.4,
                      f"“{piece}” is the speaker the pronoun tag “{tag['pronoun']} {tag['verb']}” stands in for; "
                      "it takes the pronoun's place." + ("" if known else " Clean news rarely writes "
                                                         f"“{head}” as a speaker: shown for review."),
                      display=not known)


def _verb_like(word: str) -> bool:
    """A lower-case word that makes the piece a clause: an auxiliary, a speech verb, a past form."""
    return word.islower() and (word in lexicon.AUXILIARIES or word in lexicon.SPEECH_VERBS
                               or word in lexicon.IRREGULAR_PAST or len(word) > 4 and word.endswith("ed"))


def _head(q: list[str]) -> str | None:
    """The head noun of the piece's first noun phrase: the last of the words after its
    article up to a function word, in its case ("The Ministry of …" -> "Ministry"); None when
    a figure or nothing stands there."""
    run: list[str] = []
    for word in q[1:]:
        if lexicon.is_function_word(word) or word[:1].isdigit():
            break
        run.append(word)
    if not run:
        return None
    return run[-1].removesuffix("'s").removesuffix("’s")
