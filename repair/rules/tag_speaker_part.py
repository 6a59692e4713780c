"""Where a sentence names who speaks: the words up to its first verb of saying and just after.

Shared by the echo tests that delete a second tag for a speaker the sentence before already
names (AT003's ``tag_second.repeats_speaker``, AT001's ``invented_generic.empty_echo``): a name
met only inside the reported clause ("Organisers said the title goes to runner-up Ana Ruiz.")
is not the speaker, so "Ruiz said." after it is no echo; it may introduce what she says next.
AT015 (``tag_speaker_cut_off``) asks :func:`tag_echoes_speaker` before joining an inverted tag
back. A leaf module (it imports no rule module), so all of them may read it.
"""

from __future__ import annotations

from repair import lexicon
from repair.abbreviations import PREPOSITIVE
from repair.line_index import start_of_line
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


# An inverted tag standing alone as the piece after a stop: "Said the organizers.", "Said
# Dr. Ruiz." (a title's own stop is part of the tag).
_INVERTED_TAG = lazy_compile(
    r"\. (?:Said|Says|Told|Added) ((?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Col|Capt|Lt|Sgt|Rev)\. )?"
    r"(?:[A-Za-zÀ-ÖØ-öø-ɏ’'-]+ ?){1,6})\.$")


def _sentence_opening(text: str, start: int) -> int:
    """Where the sentence holding ``start`` begins: after the last ". " before it that is not
    a title's stop ("said Dr. Ana Ruiz" is one sentence), or the line's start."""
    stop = text.rfind(". ", 0, start)
    while stop > 0:
        window = text[max(0, stop - 12) : stop].split()  # a title is short: no copy of the text
        word = window[-1].lstrip("“\"(").lower() if window else ""
        if word not in PREPOSITIVE:
            break
        stop = text.rfind(". ", 0, stop)
    return max(stop + 2 if stop >= 0 else 0, start_of_line(text, start))


def tag_echoes_speaker(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` (the pieces the rule would join) ends in an inverted tag
    ("… . Said the organizers.") whose speaker the sentence before already names as its own
    speaker ("The organizers said that …, the most in its history."): joining would attribute
    the statement twice; the tag is an echo for AT001 to delete."""
    tag = _INVERTED_TAG.search(text, start, end)
    if tag is None:
        return False
    head = tag.group(1).split()[-1].lower()
    # The sentence before the tag, from its own start (the span may begin mid-sentence).
    opening = _sentence_opening(text, start)
    before = text[opening : tag.start() + 1]
    return head in (w.lower() for w in lexicon.words(speaker_part(before)))
