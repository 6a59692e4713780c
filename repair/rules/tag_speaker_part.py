"""Where a sentence names who speaks: the words up to its first verb of saying and just after.

Shared by the echo tests that delete a second tag for a speaker the sentence before already
names (AT003's ``tag_second.repeats_speaker``, AT001's ``invented_generic.empty_echo``): a name
met only inside the reported clause ("Organisers said the title goes to runner-up Ana Ruiz.")
is not the speaker, so "Ruiz said." after it is no echo; it may introduce what she says next.
A leaf module (it imports no rule module), so both may read it.
"""

from __future__ import annotations

from repair.rules.base import lazy_compile

# A verb of saying, or "according to" (the same class as ``tag_second``'s report verbs).
_REPORT_VERB = lazy_compile(
    r"\b(?:said|says|told|added|stated|reported|announced|noted|wrote|explained|warned|insisted)\b|\baccording to\b")
# Words after the verb that still name the speaker of an inverted tag ("…,” said Mayor Ana Ruiz.").
INVERTED_WORDS = 5


def speaker_part(prev_text: str) -> str:
    """``prev_text`` up to its first verb of saying (or "according to") and the
    :data:`INVERTED_WORDS` words after it; the whole text when it has no such verb."""
    found = _REPORT_VERB.search(prev_text)
    if found is None:
        return prev_text
    after = prev_text[found.end() :].split()[:INVERTED_WORDS]
    return prev_text[: found.end()] + " " + " ".join(after)
