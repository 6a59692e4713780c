"""A speech tag cut in three: its speaker, an adjunct and its verb (AT014).

Pivot MT sometimes ends a sentence after the tag's speaker and again after an adjunct of
the tag, and leaves the verb last: "…, the housing agency. in a report. said on Monday."
Each piece alone looks like something else (a fragment to join, a stray "said"), and
joining them in place prints "the housing agency in a report said on Monday". The English
order puts the verb back beside its speaker: "…, the housing agency said in a report on
Monday." Only the words already there are used.

The shape, read off the grammar: the first sentence ends on a tag's subject after a comma
(", the housing agency." / ", police."), the second is a short prepositional phrase with no
verb, and the third opens with a speech verb; either may carry the capital the false stop
gave it ("…, fire chief Ana Ruiz. At a briefing. Told reporters.").
"""

from __future__ import annotations

from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules import tag_repeated_speaker, tag_second
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.stops_words import ends_with_subject
from repair.rules.tag_speaker_cut_off import (  # re-exported: breaks, stops_openers and tests import them here
    speaker_cut_off,  # noqa: F401
    speaker_cut_off_verb,
    verbless,  # noqa: F401
)
from repair.text_index import text_index

# The tag's verb, lower-case, and whatever followed it in its piece ("said after the vote.").
_VERB_TAIL = lazy_compile(r"^(?P<verb>said|says|added|reported|told reporters)(?P<rest>(?: [^.!?\"“”]{1,60})?)\.$")
_MAX_ADJUNCT_WORDS = 6
_TAG_COMMA = lazy_compile(r",[”\"’]? ")  # the comma before a tag's speaker, inside a closing quote or not
_VERB_STARTS = ("said", "says", "added", "reported", "told", "Said", "Says", "Added", "Reported", "Told")


def _bare_subject(subject_text: str) -> bool:
    """The sentence ends, after a comma, on a short noun phrase with no verb ("…, police.",
    "…, local officials.")."""
    found = list(_TAG_COMMA.finditer(subject_text))  # ", police." or ",” fire chief Ana Ruiz."
    words = lexicon.words(subject_text[found[-1].end() : -1]) if found else []
    return bool(found) and 1 <= len(words) <= 5 and not lexicon.has_clause(words) and not any(
        lexicon.is_function_word(w) and w.lower() not in lexicon.DETERMINERS for w in words)


def rebuilt_tag(subject_text: str, adjunct: str, tail: str) -> str | None:
    """The text that replaces the stop closing ``subject_text`` through the end of ``tail``
    when the three are a speaker, an adjunct and the verb cut apart; None otherwise."""
    # A capital on either piece is only the false sentence start's ("At a news
    # conference. Told reporters."): the pieces are read, and put back, in lower case.
    adjunct, tail = adjunct[:1].lower() + adjunct[1:], tail[:1].lower() + tail[1:]
    verb = _VERB_TAIL.match(tail)
    words = lexicon.words(adjunct)
    if verb is None or not adjunct[:1].islower() or not adjunct.endswith(".") or not words:
        return None
    if words[0] not in lexicon.PREPOSITIONS or len(words) > _MAX_ADJUNCT_WORDS or lexicon.has_clause(words):
        return None
    if not subject_text.endswith(".") or not subject_text[-2:-1].isalnum():
        return None
    last = lexicon.words(subject_text[-30:])[-1:]
    if last and last[0].lower() in lexicon.SPEECH_VERBS:
        return None  # "…, the agency said.": the tag is whole already
    if not (ends_with_subject(lexicon.words(subject_text), subject_text[:-1]) or _bare_subject(subject_text)):
        return None
    return f" {verb['verb']} {adjunct[:-1]}{verb['rest']}."


_MAX_ADJUNCT_CHARS = 60  # the longest sentence tag_in_three reads as the adjunct


def tag_in_three(doc: Document, position: int) -> tuple[int, int, str] | None:
    """(start, end, replacement) when the sentence at ``position`` is the adjunct between
    a tag's speaker and its verb (see the module); None otherwise. SP001 leaves it here."""
    adjunct = doc.sentences[position]
    # (Asked at every sentence: the span's length is its offsets' difference, not ``len(span)``.)
    if adjunct.span.end - adjunct.span.start > _MAX_ADJUNCT_CHARS or not doc.text[adjunct.span.start].isalpha():
        return None
    prev = doc.previous_in_paragraph(position)
    following = doc.next_in_paragraph(position)
    if prev is None or following is None or len(following.span) > 80:
        return None
    if not doc.text.startswith(_VERB_STARTS, following.span.start):
        return None  # a cheap look before any slicing
    rebuilt = rebuilt_tag(doc.sentence_text(prev), doc.sentence_text(adjunct), doc.sentence_text(following))
    return None if rebuilt is None else (prev.span.end - 1, following.span.end, rebuilt)


@rule(
    "AT014",
    "tag-in-three-pieces",
    "attribution",
    Safety.UNSAFE,
    bad=[
        ("Rents will rise again next year, the housing agency. in a report. said on Monday.",
         "Rents will rise again next year, the housing agency said in a report on Monday."),
        ("The road stays shut until Friday, police. in a statement. added.",
         "The road stays shut until Friday, police added in a statement."),
    ],
    good=[
        "Rents will rise again next year, the agency said. in a report. said on Monday.",
        "Rents will rise, the housing agency. in a report the board approved. said on Monday.",
        "Rents will rise. in a report. said on Monday.",
    ],
    scope="document",
)
def tag_in_three_pieces(doc: Document, self: Rule) -> Iterator[Edit]:
    """A speech tag whose speaker, adjunct and verb two false stops cut apart.

    "…, the housing agency. in a report. said on Monday." becomes "…, the housing agency
    said in a report on Monday.": the verb goes back beside its speaker, then the adjunct,
    then what followed the verb. Unsafe: it reorders words.
    """
    # tag_in_three reads a sentence of at most _MAX_ADJUNCT_CHARS after another in its
    # paragraph (and one after it): the shared index hands over those alone.
    last = len(doc.sentences) - 1
    for position in text_index(doc).later_within(_MAX_ADJUNCT_CHARS):
        if position >= last:
            break
        found = tag_in_three(doc, position)
        if found is not None:
            start, end, replacement = found
            yield self.edit(start, end, replacement,
                            "Attribution (rebuild-attribution): the speech tag was cut in three (speaker, "
                            "adjunct, verb); the verb goes back beside its speaker.", 0.7)


# A tag closing a sentence that opened with its own speaker and verb: ", said the judge."
# or ", the police chief said." (the speaker's head word, then the verb, or the reverse).
_TRAILING_TAG = lazy_compile(
    r", (?:(?:said|says|added) (?P<after>(?:the )?[\w'’-]+(?: [\w'’-]+)?)"
    r"|(?P<before>(?:the )?[\w'’-]+(?: [\w'’-]+)?) (?:said|says|added))\.$")
_FIRST_REPORT = lazy_compile(r"\b(?:said|says|told|added|announced)\b")
MAX_TAG_CHARS = 40


def doubled_tag(sentence: str) -> int | None:
    """Where the trailing tag of ``sentence`` starts when the sentence already reports with
    its own speech verb and the tag only names the same speaker again ("Judge Ana Ruiz said
    there was no case, said the judge."); None otherwise."""
    found = _TRAILING_TAG.search(sentence, max(0, len(sentence) - MAX_TAG_CHARS))
    if found is None:
        return None
    first = _FIRST_REPORT.search(sentence, 0, found.start())
    if first is None or first.start() == 0:
        return None
    head = (found["after"] or found["before"]).split()[-1].lower()
    subject = {w.lower() for w in lexicon.words(sentence[: first.start()])}
    return found.start() if head in subject and not lexicon.is_function_word(head) else None


@rule(
    "AT016",
    "doubled-attribution",
    "attribution",
    Safety.UNSAFE,
    bad=[
        ("Coroner Ana Ruiz said the death was an accident, said the coroner.",
         "Coroner Ana Ruiz said the death was an accident."),
        ("Fire chief Tom Reed told reporters the blaze was out, the fire chief said.",
         "Fire chief Tom Reed told reporters the blaze was out."),
        ("Ruiz said the talks had failed, Ruiz added.", "Ruiz said the talks had failed."),
        ("Keepers said the foals were healthy and feeding well the keepers said.",
         "Keepers said the foals were healthy and feeding well."),
        ("Inspector Mara Lind of the river police said the boat had sunk in minutes, said the inspector.",
         "Inspector Mara Lind of the river police said the boat had sunk in minutes."),
        ("“The bridge will reopen in May,” said Ana Ruiz, head of the roads agency, she said.",
         "“The bridge will reopen in May,” said Ana Ruiz, head of the roads agency."),
        ("\"We will not give up,\" Tom Berg, a union organiser, told reporters on Friday, he said.",
         "\"We will not give up,\" Tom Berg, a union organiser, told reporters on Friday."),
        ("“Why now?” asked Lea Moss of the tenants' group, she said.",
         "“Why now?” asked Lea Moss of the tenants' group."),
    ],
    good=[
        "Ruiz said prices would rise, the bank said.",
        "The judge ruled the case was weak, the lawyer said.",
        "Coroner Ana Ruiz found the death was an accident, said the coroner's office staff.",
        "He said he could never trust anything he said.",
        "“We will not give up,” she said.",
        "“We lost,” said Ana Ruiz. The club will appeal, she said.",
        "“We won,” said Ana Ruiz, whose team, she said, had trained for months.",
        "Ana Ruiz called the plan “a disgrace”, she said.",
    ],
)
def doubled_attribution(doc: Document, self: Rule) -> Iterator[Edit]:
    """A sentence that names its speaker twice: once as the subject of its speech verb, and
    again in a tag MT added at the end ("Judge Ana Ruiz said …, said the judge."). The
    trailing tag only repeats the attribution; its deletion is shown, not applied: wire copy
    repeats the attribution after a long sentence on purpose ("The sources said …, the
    sources said." is published Reuters style), so only an editor can tell MT's from it.
    Except where the subject is a title before a name and the tag "the <title>": that
    deletion is applied (``unsafe``), since no writer re-tags a titled name so. So is that of
    a repeated tag with no comma before it ("Keepers said the foals were feeding well the
    keepers said."): wire copy sets its repeated tag off with a comma."""
    sentences = doc.sentences
    for position in _tag_near_end(doc):
        sentence = sentences[position]
        end = sentence.span.end
        text = doc.sentence_text(sentence)
        at = doubled_tag(text)
        if at is None and (bare := tag_second.unpunctuated_repeat(text)) is not None:
            # "Keepers said the cubs were feeding well the keepers said.": no comma sets this
            # tag off, as a writer's repeated attribution would have; MT's echo, deleted.
            yield self.edit(sentence.span.start + bare, end - 1, "",
                            "Attribution (delete-invented-tag): the tag at the end, with no comma before it, "
                            "names again the speaker the sentence opens with; deleted.", 0.65)
            continue
        if at is None and (closing := tag_repeated_speaker.quotation_retag(text)) is not None:
            # "“We will rebuild,” said Ana Ruiz, the mayor, she said.": the quotation has its
            # own tag; the pronoun attributes it a second time (no clean-news sentence does).
            yield self.edit(sentence.span.start + closing, end - 1, "",
                            "Attribution (delete-invented-tag): the quotation already has its own tag; the "
                            "pronoun tag after it attributes the words a second time; deleted.", 0.65)
            continue
        if at is None and (closing := tag_repeated_speaker.pronoun_retag(text)) is not None:
            # "He said the racks were destroyed, he said.": a pronoun tags again a sentence that
            # opens on its own speaker and verb. Shown, not applied: Reuters copy re-tags so
            # ("He said …, he said.", seven times in the clean-news sample), MT too; in a
            # document with other repairs repair.promote applies it.
            yield self.edit(sentence.span.start + closing, end - 1, "",
                            "Attribution (delete-invented-tag): the pronoun tag at the end attributes again a "
                            "sentence that opens with its own speaker and verb; deleting it is offered for "
                            "review.", 0.4, Safety.DISPLAY)
            continue
        if at is not None:
            # "Judge Ana Ruiz said …, said the judge.": the tag's head is the title the subject
            # gave the named speaker; wire copy never tags a titled name again that way, so the
            # deletion is applied (``unsafe``), where a repeated plain subject is only shown.
            titled = _titled_speaker(text, at)
            yield self.edit(sentence.span.start + at, end - 1, "",
                            "Attribution (delete-invented-tag): the tag repeats the speaker the sentence "
                            "already gives with its own verb; deleted.", 0.65,
                            Safety.UNSAFE if titled else Safety.DISPLAY)


def _titled_speaker(sentence: str, at: int) -> bool:
    """The trailing tag at ``at`` names its speaker as "the <title>" and the subject of the
    sentence is that title before a name ("Coroner Ana Ruiz said …, said the coroner.")."""
    speaker = [w for w in lexicon.words(sentence[at:]) if w not in ("said", "says", "added")]
    if not 2 <= len(speaker) <= 3 or speaker[0].lower() != "the":
        return False
    head = speaker[-1]
    subject = lexicon.words(sentence[: _FIRST_REPORT.search(sentence).start()])  # type: ignore[union-attr]
    lowered = [w.lower() for w in subject]
    if head.lower() not in lowered:
        return False
    after = lowered.index(head.lower()) + 1
    # A name after the title: a capital, then another within the next words ("Anouk de Vries").
    return after + 1 < len(subject) and subject[after][:1].isupper() \
        and any(w[:1].isupper() for w in subject[after + 1 : after + 4])


_TAG_NEAR_END = lazy_compile(r", (?:said|says|added) ")
# The stop of " said.", " says." or "added.": found from the stop (a literal the engine
# skips to), the word looked behind for.
_TAG_VERB_STOP = lazy_compile(r"\.(?<= said\.| says\.|added\.)")


def _tag_near_end(doc: Document) -> list[int]:
    """Positions of the sentences :func:`doubled_attribution` reads, ascending: those whose
    last six characters (read in the whole text) are " said.", " says." or "added.", or
    that hold a :data:`_TAG_NEAR_END` match within their last :data:`MAX_TAG_CHARS`
    characters. Two scans of the whole text placed in sentences by the shared index
    (:mod:`repair.text_index`), where a look at every sentence's end and a search of it
    cost more (equal by test, tests/test_text_index.py): the tag's phrase never overlaps
    itself, so the whole-text scan finds every match a sentence's search would."""
    index = text_index(doc)
    found = set(index.ending_at(stop.end() for stop in _TAG_VERB_STOP.finditer(doc.text)))
    ends = index.ends
    for match in _TAG_NEAR_END.finditer(doc.text):
        position = index.sentence_at(match.start())
        if position is not None and match.end() <= ends[position] \
                and match.start() >= ends[position] - MAX_TAG_CHARS:
            found.add(position)
    return sorted(found)
# AT015 (speaker_cut_off_verb) lives in tag_speaker_cut_off; it keeps its place between these two.
RULES = (tag_in_three_pieces, speaker_cut_off_verb, doubled_attribution)
