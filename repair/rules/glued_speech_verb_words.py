"""The speech verbs PU005 finds glued to a name before them ("BBCreported"), and the words
that only look so ("aforesaid"). Moved from :mod:`repair.rules.punctuation` unchanged."""

from __future__ import annotations

from collections.abc import Iterator

# A capitalised name run into a following speech verb, where a link ended ("BBCreported").
# "says" is left out: "Essays" is a word; "told" is kept, with the words that end in it.
_GLUED_SPEECH_VERBS = ("reported", "said", "added", "told", "wrote")


def glued_verb_occurrences(text: str) -> Iterator[tuple[int, str]]:
    """(offset, verb) for each speech verb that directly follows a letter and ends a word.

    Found with ``str.find``: these verbs are frequent, and a regex starting with an
    alternation of them would try a match at every r, s and a in the text.
    """
    for verb in _GLUED_SPEECH_VERBS:
        at = text.find(verb)
        while at >= 0:
            after = text[at + len(verb) : at + len(verb) + 1]
            if at > 0 and text[at - 1].isalpha() and not (after.isalnum() or after == "_"):
                yield at, verb
            at = text.find(verb, at + 1)


WORDS_ENDING_IN_SPEECH_VERB = frozenset(["aforesaid", "foresaid", "unsaid", "gainsaid", "readded", "untold",
                                         "foretold", "retold", "twotold"])
