"""A second speech tag for a sentence that already names its speaker (AT003's echo tests).

Pivot MT closes an attributed statement with one more tag of its own making, as a sentence
of its own ("…, Mayor Ana Ruiz said on Friday. Ruiz said.") or cut off the sentence's end.
Put back after a comma such a tag would name the speaker twice ("…, Mayor Ana Ruiz said on
Friday, Ruiz said."): it is an echo, to delete, not a lost tag to reattach. These are the
pure text tests AT003 (``attribution_detached``) asks before it reattaches a tag, and the
one AT016 (``tag_gaps``) asks of a tag left at a sentence's end with no comma before it.
A tag naming another source ("… would investigate. Reuters said.") is no echo, but put
back it would still give the sentence a second attribution: AT003 leaves it to an editor.
"""

from __future__ import annotations

import re

from repair import lexicon
from repair.rules.attribution import _ATTRIBUTED
from repair.rules.base import lazy_compile
from repair.rules.tag_speaker_part import speaker_part


def same_speaker(first_word: str, prev_text: str) -> bool:
    """``prev_text`` reports with a speech verb whose subject ends on ``first_word`` (a
    name: "… Aiko Tanaka said …" for "Tanaka"), or, for "He"/"She", with any speech verb."""
    if first_word in ("He", "She"):
        return _ATTRIBUTED.search(prev_text) is not None
    if not first_word[:1].isupper() or first_word in ("It", "They", "We", "The"):
        return False
    return re.search(r"\b" + re.escape(first_word) + r" (?:said|says|told|added|stated)\b", prev_text) is not None


# A verb of saying with its own subject before it ("Ana Ruiz said", "the agency told") or an
# inverted tag's speaker after it (", said Ana Ruiz"), or "according to".
_REPORT_VERB = lazy_compile(
    r"\b(?:said|says|told|added|stated|reported|announced|noted|wrote|explained|warned|insisted)\b|\baccording to\b")
# Words before such a verb that make it no attribution: a passive ("was told", "had been
# said") or an adjective after a determiner ("the added cost", "an added bonus").
_NOT_A_SUBJECT = frozenset("was were been be is are being am the a an his her its their our any no this".split())


def has_own_attribution(prev_text: str) -> bool:
    """``prev_text`` attributes its statement itself: a verb of saying after a word that can
    end its subject, or "according to" ("…, the mayor said on Friday.", "Ruiz told reporters
    …", "…, according to the survey."). "He was told to wait." and "The added cost …" do not."""
    for found in _REPORT_VERB.finditer(prev_text):
        if found.group().startswith("according"):
            return True
        # (the word before, past a comma or quotation mark: ",” said Ana Ruiz", "price , said")
        before = prev_text[: found.start()].rstrip(" ,“”\"'‘’").rpartition(" ")[2]
        if before and before.lower() not in _NOT_A_SUBJECT:
            return True
    return False


# A detached tag: its speaker, its verb, and at most a word pointing back ("Ruiz said so.").
_BARE_TAG = lazy_compile(
    r"(?P<speaker>[\w'’.-]+(?: [\w'’.-]+){0,5}) (?:said|says|added|reported|told reporters|stated)(?: (?:so|this))?\.")


def bare_tag_speaker(tag: str) -> str | None:
    """The speaker of ``tag`` when it is only a speaker and a verb of saying ("Ruiz said.",
    "police said.", "Fire chief Ana Ruiz told reporters."); None when it says more (a time, a
    place, a medium: "Ruiz said on Friday.")."""
    found = _BARE_TAG.fullmatch(tag.strip())
    return None if found is None else found["speaker"]


def repeats_speaker(prev_text: str, speaker: str) -> bool:
    """``speaker`` is one ``prev_text`` already names as a speaker: its last name ("Ruiz" of
    "Energy Minister Ana Ruiz"), or, with no name in it, its head noun ("police",
    "officials"), before the sentence's first verb of saying or in the five words after it
    (an inverted tag: "…,” said Mayor Ana Ruiz."). A name only inside the reported clause is
    no speaker ("Organisers said the title goes to runner-up Ana Ruiz. Ruiz said. She was
    …"): the tag after it introduces what that person says, so it is no echo to delete."""
    words = [w for w in re.findall(r"[\w'’.-]+", speaker) if w.lower() != "the"]
    names = [w for w in words if w[:1].isupper()]
    wanted = names[-1] if names else words[-1] if words else ""
    return len(wanted) > 1 and wanted.lower() in {w.lower() for w in re.findall(r"[\w'’.-]+", speaker_part(prev_text))}


# "he told." / "it said.": a pronoun and a bare verb of saying, left in lower case by a cut.
_LOWER_PRONOUN_TAG = lazy_compile(r"(?:he|she|it|they|we) (?:said|says|told|added|stated|noted|explained|wrote)\.")


def lower_pronoun_echo(tag: str, prev_text: str) -> bool:
    """``tag`` is a lower-case pronoun and a bare verb of saying ("he told.", "it said.") and
    ``prev_text`` has its own attribution: the lower case says the tag closed that sentence,
    where it only names its speaker again (a bare "told" has not even its hearer)."""
    return _LOWER_PRONOUN_TAG.fullmatch(tag.strip()) is not None and has_own_attribution(prev_text)


# A sentence's own tag at its start: its subject (an aside set off by commas may follow it:
# "The producer, in a statement, said …") and a verb of saying.
_LEAD_SUBJECT = lazy_compile(
    r"(?:The |the )?(?P<subject>[\w'’-]+(?: [\w'’-]+){0,3}?)(?:, [^,]{1,60},)? (?:said|says|told|added)\b")
# A tag closing the sentence with no comma before it: "… feeding well the keepers said."
_UNPUNCTUATED_TAG = lazy_compile(
    r"(?<![,;:—–-]) (?P<word>[\w'’-]+) (?P<tag>(?:the )?(?P<head>[A-Za-z][\w'’-]*) (?:said|says|added))\.$")
# A name and its verb of saying inside the sentence: "…,” Carver told reporters …".
_NAMED_SPEAKER = lazy_compile(r"\b(?P<name>[A-Z][\w'’-]+) (?:said|says|told|added)\b")
_PRONOUNS = frozenset("he she it they".split())


def unpunctuated_repeat(sentence: str) -> int | None:
    """Where a tag that closes ``sentence`` with no comma before it starts, when the sentence
    opens with its own subject and verb of saying and the tag names that subject again (its
    head noun, or a pronoun after a subject that is not one): "Keepers said the cubs were
    feeding well the keepers said."; or when the tag is a name that an earlier verb of saying
    in the sentence has for its subject. None otherwise. Wire copy that re-tags a long sentence
    sets the tag off with a comma; the word before a bare one is a content word here, never
    a relative's ("… anything he said.", "… than analysts said.")."""
    tail = _UNPUNCTUATED_TAG.search(sentence)
    if tail is None or lexicon.is_function_word(tail["word"]):
        return None
    head = tail["head"]
    if head[:1].isupper():  # a name: "…,” Carver told reporters at the hotel Carver said."
        named = any(found["name"] == head for found in _NAMED_SPEAKER.finditer(sentence, 0, tail.start("tag")))
        return tail.start("tag") - 1 if named else None
    lead = _LEAD_SUBJECT.match(sentence)
    if lead is None or tail.start() <= lead.end():
        return None
    subject = lead["subject"].split()[-1].lower()
    if subject in _PRONOUNS or not (head == subject or head in _PRONOUNS and head != "they" or
                                    head == "they" and subject.endswith("s")):
        return None
    return tail.start("tag") - 1


def tag_before_report(tag: str, prev_text: str, following: str) -> bool:
    """``tag`` is a bare tag ("The company said.") between a sentence with its own attribution
    and a lower-case clause ("compensation would be paid …"): the stop cut the verb off its
    reported clause, so the tag is neither an echo of the sentence before nor a lost tag of it."""
    return bare_tag_speaker(tag) is not None and has_own_attribution(prev_text) \
        and lexicon.has_clause(lexicon.words(following))


# A report's name and the stems of the verb that makes it: "the advice said." after "…
# had advised …", "the warning said." after "… warned that …". A closed class of English
# nominalised reporting acts, not words of any one story.
_REPORT_NOUN_VERBS = {
    "advice": ("advis",), "warning": ("warn",), "statement": ("stated", "stating"), "report": ("report",),
    "announcement": ("announc",), "assessment": ("assess",), "recommendation": ("recommend",),
    "forecast": ("forecast",), "estimate": ("estimat",), "ruling": ("ruled", "ruling"),
}
_REPORT_NOUN_TAG = lazy_compile(r"the (?P<noun>[a-z]+) (?:said|says|added|stated)\.")


def restates_reporting_act(tag: str, prev_text: str) -> bool:
    """True when ``tag`` ("the advice said.") names as its speaker the report that the
    sentence before already makes with its own verb ("Scientists had advised a cut …"):
    the sentence is attributed, and the tag says so twice."""
    match = _REPORT_NOUN_TAG.fullmatch(tag)
    if match is None or (stems := _REPORT_NOUN_VERBS.get(match.group("noun"))) is None:
        return False
    return any(word.startswith(stems) for word in prev_text.lower().split() if word != match.group("noun"))
