"""An invented "He said …" sentence whose "he" can be no one in the text before it (AT013).

Japanese- and Chinese-pivot MT closes a factual sentence with a tag sentence of its own
making: "He said it is very rare." after "The reef covers 3 square kilometres.". AT001
deletes such a sentence when the one before already attributes the statement; this rule
takes the other shape, where nothing before attributes it and the "he" has no referent.
The grammar that marks it:

- the report is short, in the present or future ("it is", "they will"), with no name and
  no figure, and its subject is a pronoun pointing back ("it", "this", "they");
- and either the report ends on an object that only points back ("… will resume it.",
  "… will serve it."), or the sentence before has no speaker at all: no speech verb, no
  personal pronoun, and a subject that is a thing or a plural ("The reef covers …", "The
  ministers failed …"), never a singular person ("The minister toured …").

Deleting the sentence is ``unsafe``: a genuine report reads the same when someone named
two sentences earlier is the speaker, so an editor confirms.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from functools import partial

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.text_index import text_index

# "He said (that) it is …": the invented wrapper and its pronoun-led present report.
_WRAPPED_REPORT = lazy_compile(
    r"^(?:He|She) said(?: that)? (?P<subject>it|this|they|he|she) (?P<verb>is|are|will|has|have|can|must)\b"
    r"(?P<rest>[^.,;:!?\"“”]*)\.$")
_MAX_REPORT_WORDS = 7
# Any short "He said …" report: a pronoun or a noun phrase of up to three words, then its verb.
_ANY_REPORT = lazy_compile(
    r"^(?:He|She) said(?: that)? (?P<report>(?:it|this|they|he|she|(?:the |its |their |a )?[a-z]+(?: [a-z]+)?) "
    r"(?P<verb>is|are|was|were|will|has|have|had|can|must|would|could|[a-z]+ed)\b[^.,;:!?\"“”]*)\.$")
_PRESENT = frozenset("is are will has have can must".split())
_SPEAKER_BEFORE = lazy_compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|said|says|told|added|stated|according)\b")
_PERSON_EARLIER = lazy_compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|Mr|Mrs|Ms|Dr)\b")
_WORD_CHAR = re.compile(r"\w")
# Suffixes of nouns for people ("director", "scientist", "politician", "attendant"): a
# singular one can be the "he".
_PERSON_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "chief", "head")
_OPENING_DETERMINERS = frozenset("the a an this its their our".split())


def thing_subject(prev_text: str) -> bool:
    """The sentence opens with a determiner-led subject whose head (the word before the
    first verb form or preposition) is plural or no noun for a person: "The reef covers",
    "The ministers also failed", "The accord was signed"."""
    words = lexicon.words(prev_text)
    if len(words) < 3 or words[0].lower() not in _OPENING_DETERMINERS:
        return False
    head = ""
    for word in words[1:5]:
        w = word.lower()
        if lexicon.is_function_word(w) or w in lexicon.AUXILIARIES or w in lexicon.IRREGULAR_PAST \
                or (head and lexicon.looks_finite(w)) or w in ("also", "still", "now"):
            break
        head = w
    if not head:
        return False
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is"))
    return plural or not head.endswith(_PERSON_SUFFIXES)


def _echoes(prev_text: str, report: list[str]) -> bool:
    """Every content word of the report stands, by its stem, in the sentence before ("…
    decided 5-2 in the case." / "He said it was decided so."): it restates, adds nothing."""
    content = [w.lower() for w in report if len(w) > 3 and not lexicon.is_function_word(w)
               and w.lower() not in lexicon.AUXILIARIES and w.lower() not in lexicon.SPEECH_VERBS]
    if not content:
        return False
    stems = {w.lower()[:5] for w in lexicon.words(prev_text)}
    return all(w[:5] in stems for w in content)


def invented_report(prev_text: str, text: str, earlier: str | Callable[[], bool] = "") -> bool:
    """``text`` is an invented "He said …" sentence after ``prev_text`` (see the module);
    ``earlier`` is the paragraph before ``prev_text``, where a person it names ("he", "Dr")
    could still be the speaker, or a function answering whether it names one: it is asked
    only when the other tests pass (a slice per candidate made AT013 quadratic on a
    one-line record)."""
    match = _WRAPPED_REPORT.match(text)
    if not match:
        broad = _ANY_REPORT.match(text)
        if broad is None:
            return False
        report = lexicon.words(text[broad.start("report") :])
        if len(report) > _MAX_REPORT_WORDS + 1 or any(t[:1].isupper() or t[:1].isdigit() for t in report):
            return False
        if _echoes(prev_text, report):
            return True  # "He said the price was a premium." after "… a premium of 23% …"
        # "He said the situation is serious." after a sentence with no speaker: the noun
        # subject reads as the pronoun one does.
        return broad["verb"] in _PRESENT and _SPEAKER_BEFORE.search(prev_text) is None \
            and thing_subject(prev_text) and _no_person(earlier)
    report = lexicon.words(text[match.start("subject") :])
    if len(report) > _MAX_REPORT_WORDS or any(t[:1].isupper() or t[:1].isdigit() for t in report):
        return False
    points_back = len(report) >= 3 and report[-1] in ("it", "them")
    no_speaker = _SPEAKER_BEFORE.search(prev_text) is None and thing_subject(prev_text) \
        and _no_person(earlier)
    return points_back or no_speaker


# A tag with an empty report: "It said that." (the reported clause lost to the stop).
_EMPTY_REPORT = lazy_compile(r"(?:It|He|She) (?:said|added|stated) that\.$")


def _empty_report_end(doc: Document, position: int, prev_text: str) -> int | None:
    """Where the deletion of an empty report at ``position`` ends: after the short verbless
    piece that follows it when every content word of that piece shares its first four
    letters with a word of ``prev_text`` ("… a unanimous decision. It said that. Decided
    unanimously."); None when the piece adds anything or there is none."""
    following = doc.next_in_paragraph(position)
    if following is None or len(following.span) > 50:
        return None
    words = lexicon.words(doc.sentence_text(following))
    content = [w.lower() for w in words if len(w) > 3 and not lexicon.is_function_word(w)]
    if not content or len(words) > 4 or any(w.lower() in lexicon.AUXILIARIES for w in words):
        return None
    have = {w.lower()[:4] for w in lexicon.words(prev_text) if len(w) > 3}
    return following.span.end if all(w[:4] in have for w in content) else None


def _no_person(earlier: str | Callable[[], bool]) -> bool:
    """No person named in ``earlier`` (the text, or a function answering whether it names
    one: asked only here)."""
    if isinstance(earlier, str):
        return _PERSON_EARLIER.search(earlier) is None
    return not earlier()


_PERSON_WORDS_KEY = "invented_reports.person_words"


def person_named(doc: Document, start: int, end: int) -> bool:
    """``_PERSON_EARLIER.search(doc.text[start:end]) is not None``, without the slice.

    The pattern's matches over the whole text are listed once per document (in
    ``doc.memo``): they are whole words ("he", "Dr"), so they never overlap and one that
    starts at or after ``start`` and ends before ``end`` is one the slice holds too (its
    boundaries read the same characters). Only a match ending at ``end`` can differ (the
    slice's end is a word boundary the text may not have: "He" in "He|r"): a search of the
    last three characters answers it. A slice after a word character (never a paragraph's
    start) is searched as it is. The answers equal the slice search's
    (tests/test_scaling_lookbacks.py); a per-candidate slice of the paragraph made AT013
    quadratic on a one-line record (issue 13)."""
    text = doc.text
    if start > 0 and _WORD_CHAR.match(text, start - 1):
        return _PERSON_EARLIER.search(text[start:end]) is not None
    found = doc.memo.get(_PERSON_WORDS_KEY)
    if found is None:
        matches = list(_PERSON_EARLIER.finditer(text))
        found = doc.memo[_PERSON_WORDS_KEY] = ([m.start() for m in matches], [m.end() for m in matches])
    starts, ends = found  # type: ignore[misc]
    index = bisect.bisect_left(starts, start)
    if index < len(starts) and ends[index] < end:
        return True
    # The search from ``pos`` reads the character before it as the slice does (``start``
    # follows no word character) and ``endpos`` ends the text as the slice does.
    return _PERSON_EARLIER.search(text, max(start, end - 3), end) is not None


@rule(
    "AT013",
    "unanchored-he-said",
    "attribution",
    Safety.UNSAFE,
    bad=[
        ("The reef stretches for about 2 kilometres at a depth of 900 metres. He said it is very rare.",
         "The reef stretches for about 2 kilometres at a depth of 900 metres."),
        ("Ferries between the two islands were halted on Sunday. She said they will restart it.",
         "Ferries between the two islands were halted on Sunday."),
        ("The accord was signed in Oslo by the heads of both fishing agencies. He said this is for the crews.",
         "The accord was signed in Oslo by the heads of both fishing agencies."),
        ("The bid values the miner at 30 dollars a share, a premium of 18%. She said the bid was a premium.",
         "The bid values the miner at 30 dollars a share, a premium of 18%."),
        ("The port expects 2 million visitors in 2026. He said numbers are rising. faster than planned.",
         "The port expects 2 million visitors in 2026."),
        ("The council approved the budget in a unanimous vote. It said that. Voted unanimously.",
         "The council approved the budget in a unanimous vote."),
        ("Ruiz said the ice was thick and hard to break. He said it was hard to break it.",
         "Ruiz said the ice was thick and hard to break."),
        ("The weather service issued nine storm warnings, the most since 2019. He said the danger is real.",
         "The weather service issued nine storm warnings, the most since 2019."),
    ],
    good=[
        "The minister toured the new plant on Monday. He said it is very modern.",
        "Ruiz toured the new plant on Monday. He said it is very modern.",
        "The plant opened on Monday, the mayor said. He said it will hire 300 people.",
        "The plant opened on Monday. He said it was very modern.",
        "The reef stretches for 2 kilometres. He said it is home to Lisbon's rarest corals.",
        "Dr Ruiz led the dive. The reef stretches for 2 kilometres. He said it is very rare.",
        "Ruiz said sales rose in May. He said sales rose again in June.",
        "The council approved the budget in a unanimous vote. It said that. Taxes will rise.",
        "The mayor said the bridge would close. He said the bridge would close for a month.",
        "Ruiz toured the new plant on Monday. He said the plant is very modern.",
    ],
)
def unanchored_he_said(doc: Document, self: Rule) -> Iterator[Edit]:
    """A short "He said it is …" sentence that MT invented after a factual sentence.

    The "he" refers to no one (the sentence before has no speaker, and its subject is a
    thing or a plural), or the report ends on an "it" that points at nothing; the sentence
    adds no fact and names the wrong speaker, so it is deleted. Unsafe: a speaker named
    further back may be the "he"; an editor confirms.
    """
    sentences = doc.sentences
    # Only a sentence opening on "He ", "She" or "It " is read: the shared index hands
    # over those that open on their first letters.
    for position in text_index(doc).opening_with("HSI"):
        sentence = sentences[position]
        if doc.text[sentence.span.start : sentence.span.start + 3] not in ("He ", "She", "It "):
            continue
        prev = doc.previous_in_paragraph(position)
        if prev is None:
            continue
        if _EMPTY_REPORT.match(doc.text, sentence.span.start, sentence.span.end):
            empty = _empty_report_end(doc, position, doc.sentence_text(prev))
            if empty is not None:
                yield self.edit(prev.span.end, empty, "",
                                "Attribution (delete-invented-tag): “It said that.” reports nothing, and the "
                                "words after it only repeat the sentence before; deleted.", 0.55)
            continue
        if doc.text[sentence.span.start] == "I":
            continue
        text = doc.sentence_text(sentence)
        paragraph_start = doc.paragraphs[sentence.paragraph].start
        earlier = partial(person_named, doc, paragraph_start, prev.span.start)
        if not invented_report(doc.sentence_text(prev), text, earlier):
            continue
        end = sentence.span.end
        following = doc.next_in_paragraph(position)
        if following is not None and doc.text[following.span.start].islower() and len(following.span) <= 40:
            # "He said prices are rising. more than expected.": the rest the false stop cut off
            # the invented report goes with it.
            rest = lexicon.words(doc.sentence_text(following))
            if rest and not lexicon.has_clause(rest):
                end = following.span.end
        yield self.edit(prev.span.end, end, "",
                        f"Attribution (delete-invented-tag): “{text}” names no speaker the text gives and "
                        "adds no fact; deleted.", 0.55)


RULES = (unanchored_he_said,)
