"""Whether clean news backs a link word a false-stop join would insert after a head word.

Some joins guess the small word a false stop swallowed from the shape alone: "of" after a
nominalisation ("the resignation. its treasurer" -> "the resignation of its treasurer").
Editors judged that guess wrong far more often than right where the noun takes another word
("compensation for", "agreement with", "decision on"). :mod:`repair.rules.link_words`' table
(clean-news train split, :mod:`models.link_words`) counts, for each lower-case head, the
link words clean news puts after it, before a determiner (``"of"``) and before a bare word
(``"+of"``); this module reads both together.
"""

from __future__ import annotations

from repair.rules.link_words import MIN_LINKED, _heads

_BARE = "-"  # the table's key for a determiner straight after the head


def link_counts(head: str) -> dict[str, int]:
    """Uses of each link word after ``head`` in clean news (before a determiner or a bare word
    together); {} for a head the table does not hold. ``head`` is lower-cased first."""
    counts = _heads().get(head.lower()) or {}
    out: dict[str, int] = {}
    for key, n in counts.items():
        if key != _BARE:
            word = key.removeprefix("+")
            out[word] = out.get(word, 0) + n
    return out


# How far the guessed word must lead every other word after the head for clean news to pick
# it: "government" ("of" 27, "for" 23: "thanked the government. its support" wants "for", which
# the verb, not the noun, decides) and "treatment" ("of" 23, "for" 17) do not pick one word;
# "settlement" ("of" 61, "with" 14) and "resignation" ("of" 12, "from" 3) do.
CLEAR_LEAD = 2.0


def contradicts_link(head: str, word: str) -> bool:
    """Clean news saw ``head`` with a link word at least :data:`MIN_LINKED` times and does
    not pick ``word``: another word leads ("compensation" -> "of": yes, "for" leads;
    "agreement" -> "of": yes, "with"), or one comes within :data:`CLEAR_LEAD` times of it
    ("government" -> "of": yes, "for" is close; "settlement" -> "of": no). A head seen too
    rarely contradicts nothing: the shape's guess stands ("demolition", never counted, keeps
    its "of")."""
    counts = {k: n for k, n in link_counts(head).items() if k != "and"}  # "and" lists, links nothing
    if sum(counts.values()) < MIN_LINKED:
        return False
    chosen = counts.get(word, 0)
    return any(n * CLEAR_LEAD > chosen for k, n in counts.items() if k != word)
