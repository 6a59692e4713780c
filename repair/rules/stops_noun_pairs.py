"""A bare join that would set a noun phrase straight after a noun clean news never puts one after.

A false stop between a sentence ending on a noun and a piece that is a noun phrase with no
verb often swallowed the preposition between them: "… have insurance. the passenger."
("for"), "… 3,000 square kilometres. the Gulf of Aden." ("in"). Dropping the stop leaves
two noun phrases side by side, which reads as broken English. :func:`relinked
<repair.rules.link_words.relinked>` mends such joins where clean news names the swallowed
word; this catches the rest, where the word before the stop is one clean news (the
``noun_phrase_after.json.gz`` table, built by :mod:`models.noun_phrase_after` from the
clean-news train split) almost never follows with the piece's kind of opener, and only
shows the join (``display``): which word is missing is an editor's call.

    shape                                              bare join
    "… have insurance. the passenger."                 only shown ("insurance the": 1 in 365)
    "… paid 20 shillings. a month."                    kept ("shillings a": 1 in 10)
    "… the company said. the plan would cost more."    kept ("said the": 1 in 6)
    "… the jury. the defendant had bought a knife."    kept (the piece is a clause)
    "… reported record profits. the same day."         kept (a time adverbial)

Called from :func:`repair.rules.stops.choose` on its first candidate only.
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

TABLE = Path(__file__).with_name("noun_phrase_after.json.gz")
MIN_USES = 40  # uses of the word before the stop (with its singular's) before its share is trusted: a
# verb or preposition takes a noun phrase in over a tenth of its uses, so 40 without one rule those out
MAX_SHARE = 0.01  # the opener's kind after the word, as a share of its uses: "insurance the" 0.003,
# "company the" 0.001 fall under it; "said the" 0.17, "time the" 0.03, "hold a" 0.13 do not
DEFINITE = frozenset("the its their his her our some".split())  # as the table counted them
INDEFINITE = frozenset("a an".split())
# A piece whose first words name a time ("the same day", "a week later", "the following year")
# is an adverbial a noun takes directly: "… reported record profits the same day".
_TIME_WORDS = frozenset("""day days week weeks month months year years morning afternoon evening night
    weekend time times hour hours minute minutes decade decades season ago later earlier before after
    previous next following same""".split())
_HEAD_BEFORE_STOP = lazy_compile(r"(?:^|[\s(“\"])([a-z]+)$")


@lru_cache(maxsize=1)
def _words() -> dict[str, list[int]]:
    return dict(read_table(TABLE, ["words"], "models.noun_phrase_after", "noun-phrase-after counts")["words"])


def never_before(head: str, opener: str) -> bool:
    """Clean news almost never writes a noun phrase opening like ``opener`` ("the", "a" …;
    lower case) straight after ``head`` (a lower-case content word): at least :data:`MIN_USES`
    uses, its singular's counted with it, and under :data:`MAX_SHARE` of them followed by an
    opener of the same kind. False for words the table does not hold, function words and
    openers of neither kind."""
    if opener in DEFINITE:
        column = 1
    elif opener in INDEFINITE:
        column = 2
    else:
        return False
    if not head.isalpha() or lexicon.is_function_word(head):
        return False
    uses = seen = 0
    for form in {head, *_singulars(head)}:  # "municipalities" counted with "municipality"
        counts = _words().get(form)
        if counts:
            uses += counts[0]
            seen += counts[column]
    return uses >= MIN_USES and seen < MAX_SHARE * uses


def _singulars(word: str) -> tuple[str, ...]:
    """The forms ``word`` may be the plural of ("cities" -> "city"; "taxes" -> "tax", "taxe";
    "towns" -> "town"); none for a word not ending in "s" or ending in "ss"."""
    if not word.endswith("s") or word.endswith("ss"):
        return ()
    if word.endswith("ies"):
        return (word[:-3] + "y",)
    if word.endswith("es"):
        return (word[:-2], word[:-1])
    return (word[:-1],)


def shown_when_noun_pair(text: str, stop: int, piece_start: int, piece_end: int,
                         candidates: list[StopRepair]) -> list[StopRepair]:
    """``candidates`` with its first one only shown when it is a bare join (the stop and the
    space dropped, nothing inserted) of a piece that is a verbless noun phrase naming no time,
    opening with a determiner, after a lower-case word :func:`never_before` says clean news
    does not follow with such a phrase."""
    if not candidates:
        return candidates
    first = candidates[0]
    if first.kind != "join" or first.display or first.start != stop or first.end != piece_start + 1 \
            or first.replacement != " " + text[piece_start].lower():
        return candidates
    piece = lexicon.words(text[piece_start:piece_end])
    before = _HEAD_BEFORE_STOP.search(text, max(0, stop - 40), stop)
    if len(piece) < 2 or before is None or lexicon.has_clause(piece) \
            or any(w.lower() in _TIME_WORDS for w in piece[:3]):  # "a female born in the early hours" is none
        return candidates
    head = before.group(1)
    if not never_before(head, piece[0].lower()) \
            or after_first_object(lexicon.words(text[max(0, stop - 80) : stop + 1]), piece[0].lower()):
        return candidates  # "… will pay the company. a fee": a double-object verb's second object
    shown = replace(first, confidence=min(first.confidence, 0.4), display=True,
                    message=f"{first.message} Clean news almost never puts a noun phrase straight after "
                    f"“{head}”; a word is missing between them (“in”, “for”, a comma …): an editor should add it.")
    return [shown, *candidates[1:]]


def noun_phrase_share(head: str, opener: str) -> float | None:
    """The share of the uses of ``head`` (a lower-case content word, its singular's counted
    with it) that clean news follows straight away with a noun phrase opening like ``opener``
    ("a", "the" …); None when the table holds fewer than :data:`MIN_USES` uses or the opener
    is of neither kind."""
    column = 1 if opener in DEFINITE else 2 if opener in INDEFINITE else 0
    if not column or not head.isalpha():
        return None
    uses = seen = 0
    for form in {head, *_singulars(head)}:
        counts = _words().get(form)
        if counts:
            uses += counts[0]
            seen += counts[column]
    return seen / uses if uses >= MIN_USES else None


# After a verbless piece's own stop, a lower-case "and"/"or" or verb: the piece is the subject
# the next words go on with ("About 300 firefighters. and 14 aircraft were working …").
_NEXT_GOES_ON = lazy_compile(r"[ \t]+(?P<word>[a-z]+)\b")


def head_of_next_sentence(text: str, piece_start: int, piece_end: int,
                          candidates: list[StopRepair]) -> list[StopRepair]:
    """No join back when the capitalised piece after the stop is a noun phrase with no verb and
    the words after its own stop go on with it in lower case, with "and", "or" or a verb of
    their own: "… the fire service said. About 300 firefighters. and 14 aircraft were working
    …". The piece is the subject that sentence lost its link to (that stop's join mends it),
    not the tail of the sentence before ("said about 300 firefighters"). ``candidates`` as
    :func:`repair.rules.stops.choose` builds them; returned unchanged for any other piece."""
    piece = text[piece_start:piece_end]
    if not candidates or not piece[:1].isupper() or not piece.endswith(".") or not goes_on_after(text, piece_end):
        return candidates
    q = lexicon.words(piece)
    if any(w.lower() in lexicon.TIME_WORDS for w in q) or text.startswith(("and that", "or that"), piece_end + 1):
        return candidates  # "… 19 detainees. That night. and that the …": a time, then a second "that" clause
    return [] if len(q) >= 2 and not lexicon.has_clause(q) else candidates


def goes_on_after(text: str, end: int) -> bool:
    """Whether the words right after ``text[:end]`` (a piece ending on its stop) go on with it in
    lower case: "and", "or" or a verb ("… 300 firefighters. and 14 aircraft …", "… 40 ships.
    were waiting …")."""
    after = _NEXT_GOES_ON.match(text, end)
    if after is None:
        return False
    word = after.group("word")
    return word in ("and", "or") or not lexicon.is_function_word(word) and lexicon.looks_finite(word)
