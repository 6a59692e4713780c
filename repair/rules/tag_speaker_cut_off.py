"""A speech tag's speaker cut off the verb that reports it by false stops (AT015).

Split from :mod:`repair.rules.tag_gaps`, which re-exports :func:`speaker_cut_off` and
:func:`verbless` and keeps AT015 in its place in the rule order.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.stops_words import is_name
from repair.rules.tag_speaker_part import tag_echoes_speaker
from repair.text_index import text_index

# The verb that opens the third piece of a speaker cut from its verb by a name ("… chief.
# Ana Ruiz. Said …"): a speech verb or a past form, with more words after it.
_OPENING_VERB = lazy_compile(r"^(?P<verb>[A-Z][a-z]+)\b(?= \S)")
# The reported clause closed by a pronoun tag ("the talks had failed, she said."), lower-case.
_PRONOUN_TAG_END = lazy_compile(r"^(?P<clause>[a-z][^.!?“”\"]{8,}), (?:he|she|they) (?P<verb>[a-z]+ed|said|told)\.$")


def _noun_phrase(text: str, limit: int = 8) -> list[str] | None:
    """The words of ``text`` when it is a capitalised noun phrase alone, full stop ended, at
    most ``limit`` words with no clause in it ("The leader of the Farmers Party.", "The
    agency's chief."); None otherwise. A possessive "'s" is not the contraction of "is"."""
    if not text.endswith(".") or not text[:1].isupper() or any(m in text for m in ",:;“”\"()"):
        return None
    words = lexicon.words(text)
    # A capital inside the sentence marks a name, never a verb ("the Christian Democrats").
    plain = [w[:-2] if w.endswith(("'s", "’s")) else w for i, w in enumerate(words) if i == 0 or w[:1].islower()]
    if not 1 <= len(words) <= limit or text[-2:-1] == "." or not verbless(plain):
        return None
    return words


def verbless(words: list[str]) -> bool:
    """No auxiliary, speech verb or past form (one after a determiner is a modifier: "the
    elected mayor"). A plural noun is allowed, unlike in :func:`lexicon.has_clause`,
    which reads "officials" after "Local" as a verb."""
    lowered = [w.lower() for w in words]
    for i, word in enumerate(lowered):
        if word in lexicon.AUXILIARIES or word in lexicon.SPEECH_VERBS or word in lexicon.SUBJECT_PRONOUNS:
            return False
        if (word in lexicon.IRREGULAR_PAST or len(word) > 3 and word.endswith("ed")) and not (
                i and lowered[i - 1] in lexicon.DETERMINERS):
            return False
    return True


def _speaker_cut_by_name(title: str, name: str, rest: str) -> str | None:
    """The speaker's title, name and verb phrase, three sentences ("The head of the union.
    Ana Ruiz. Said the strike would go on.") joined as one, the name set off by commas;
    None when the pieces are not that shape."""
    title_words = _noun_phrase(title)
    name_words = _noun_phrase(name, 4)
    verb = _OPENING_VERB.match(rest)
    if title_words is None or name_words is None or verb is None or len(lexicon.words(rest)) < 3:
        return None
    if title_words[0].lower() not in _TITLE_OPENERS and not any(w.endswith(("'s", "’s")) for w in title_words):
        return None  # a title opens with a determiner or a possessive ("The head of …", "Its chief …")
    if not is_name(name_words) or any(lexicon.is_function_word(w) for w in name_words):
        return None
    low = verb["verb"].lower()
    if not (low in lexicon.SPEECH_VERBS or low in _REPORTING_VERBS):
        return None  # "The final score. Leeds United. Promoted at last.": a participle, no report
    return f"{title[:-1]}, {name[:-1]}, {rest[:1].lower()}{rest[1:]}"


def _speaker_cut_from_verb(speaker: str, rest: str) -> str | None:
    """A speaker alone (a title and a name, or a determiner's or possessive's noun phrase:
    "Chief inspector Ana Ruiz.", "The agency's spokeswoman.") and the report it lost
    ("Said the inquiry goes on.") joined as one sentence; None otherwise."""
    words = _noun_phrase(speaker)
    verb = _OPENING_VERB.match(rest)
    if words is None or verb is None or len(words) < 2 or len(lexicon.words(rest)) < 3:
        return None
    low = verb["verb"].lower()
    passive = rest[verb.end() :].startswith((" to be ", " to have "))
    if not (low in lexicon.SPEECH_VERBS or low in _REPORTING_VERBS) or passive:
        return None  # "Said to be close, …": a participle opening its own sentence
    after = lexicon.words(rest)[1:]
    if after[0].lower() in ("a", "an", "the") and not lexicon.has_clause(after):
        return None  # "Said a researcher at the zoo.": an inverted tag with its own speaker, no report
    named = all(w[:1].isupper() for w in words[-2:]) and not any(lexicon.is_function_word(w) for w in words[-2:])
    titled = words[0].lower() in _TITLE_OPENERS or any(w.endswith(("'s", "’s")) for w in words)
    if not (named or titled):
        return None
    return f"{speaker[:-1]} {rest[:1].lower()}{rest[1:]}"


def _name_before_inverted_tag(name: str, rest: str) -> str | None:
    """A name alone ("Ana Ruiz.") before an inverted tag whose speaker is a role ("Said a
    researcher at the zoo."): the tag of the sentence before, rebuilt in English order with
    the name as the speaker and the role its appositive (", said Ana Ruiz, a researcher at
    the zoo."); None otherwise."""
    words, verb = lexicon.words(name), _OPENING_VERB.match(rest)
    after = lexicon.words(rest)[1:]
    if not 2 <= len(words) <= 3 or not name.endswith(".") or "," in name or not is_name(words) \
            or any(lexicon.is_function_word(w) for w in words) or verb is None \
            or verb["verb"].lower() not in lexicon.SPEECH_VERBS or len(after) < 2 \
            or after[0].lower() not in ("a", "an", "the") or lexicon.has_clause(after):
        return None
    return f", {verb['verb'].lower()} {name[:-1]},{rest[verb.end():]}"


def _speaker_before_clause(speaker: str, clause: str) -> str | None:
    """A speaker's title and name alone ("Union leader Ana Ruiz.") and the clause he or she
    reported, closed by a pronoun tag ("the strike would go on, she said."), rebuilt as one
    report: "Union leader Ana Ruiz said that the strike would go on."; None otherwise."""
    words = _noun_phrase(speaker)
    tag = _PRONOUN_TAG_END.match(clause)
    last = speaker[:-1].split()[-2:]  # split, not lexicon.words: a name may hold any letter ("Ömer")
    if words is None or tag is None or len(last) < 2 or not all(w[:1].isupper() for w in last):
        return None  # the speaker ends on a name: a title alone ("The spokesman.") may be a cut object
    if not lexicon.has_clause([w for w in lexicon.words(tag["clause"]) if w[:1].islower()]):
        return None  # "president of the National Fisheries Society, she said.": a name's words are no verb
    return f"{speaker[:-1]} {tag['verb']} that {tag['clause']}."


_PRONOUN_TAG = lazy_compile(r"^(?:[Tt]hey|[Hh]e|[Ss]he) (?P<verb>said|added)\.$")


def _speaker_before_pronoun_tag(sentence: str, speaker: str, tag: str) -> str | None:
    """The replacement for the stop closing ``sentence`` through the end of ``tag`` when
    ``speaker`` is a common noun phrase alone ("Local officials.") and ``tag`` a pronoun tag
    that stands for it ("they said."): ", local officials said."; None otherwise."""
    verb = _PRONOUN_TAG.match(tag)
    words = _noun_phrase(speaker, 5)
    if verb is None or words is None or not sentence.endswith(".") or not sentence[-2:-1].isalnum():
        return None
    if is_name(words) or any(lexicon.is_function_word(w) and w.lower() not in lexicon.DETERMINERS for w in words):
        return None  # a name alone may be a place or an outlet; a phrase with a preposition is no speaker
    first = words[0].lower() if words[0].lower() in lexicon.DETERMINERS or words[1:2] and words[1].islower() \
        else words[0]
    return f", {first}{speaker[len(words[0]) : -1]} {verb['verb']}."


# Verbs a speaker's report opens with besides the speech verbs ("Declined to comment").
_REPORTING_VERBS = frozenset("""warned insisted argued stressed confirmed denied declined urged admitted
    acknowledged conceded explained wrote described called predicted promised vowed""".split())
_TITLE_OPENERS = frozenset("the a an its his her their our".split())


# The close of a quotation before its tag's speaker (",” the union's head.").
# Where a tag's speaker starts in a sentence: after a quotation's closing mark or a comma.
_TAG_START = lazy_compile(r"(?:[,?!][”\"]|,) (?=[a-z])")
MAX_TAIL_CHARS = 60
MAX_BARE_TITLE_WORDS = 4


def _tail_speaker_cut_off(doc: Document, position: int) -> tuple[int, int, str] | None:
    """The speaker of a tag closing a sentence, cut off its name and verb ("“…,” the union's
    head. Ana Ruiz. Added on Friday.", "…, port director. Ana Ruiz. Said on Monday.") or off
    its verb alone ("…, the port's director. Said on Monday."): the pieces joined as one
    tag, a name after a determiner's title set off by commas; None otherwise."""
    following = doc.next_in_paragraph(position)
    # (Asked at every sentence: the span's length is its offsets' difference, not ``len(span)``.)
    if following is None or following.span.end - following.span.start > 50 \
            or not doc.text[following.span.start].isupper():
        return None  # a short capitalised piece (a name or a verb phrase) follows, or nothing to do
    first = doc.sentences[position]
    if not _TAG_START.search(doc.text, max(first.span.start, first.span.end - MAX_TAIL_CHARS), first.span.end):
        return None  # a cheap look in place before any slicing
    text = doc.sentence_text(first)
    close = None
    for found in _TAG_START.finditer(text, max(0, len(text) - MAX_TAIL_CHARS)):
        close = found  # the last one: the tag follows it
    if close is None:
        return None
    tail = text[close.end() :]
    words = _noun_phrase(tail[:1].upper() + tail[1:], MAX_BARE_TITLE_WORDS + 2)
    if words is None:
        return None
    determined = words[0].lower() in _TITLE_OPENERS
    bare = not determined and len(words) <= MAX_BARE_TITLE_WORDS and all(
        w.islower() and not lexicon.is_function_word(w) for w in lexicon.words(tail))
    if not (determined or bare):
        return None  # ",” the union's head." / ", port director.": a title, nothing else
    start = first.span.start + close.end()
    rest = doc.sentence_text(following)
    verb = _OPENING_VERB.match(rest)
    if verb is not None and (verb["verb"].lower() in lexicon.SPEECH_VERBS or verb["verb"].lower() in _REPORTING_VERBS):
        return start, following.span.end, f"{tail[:-1]} {rest[:1].lower()}{rest[1:]}"
    third = doc.next_in_paragraph(position + 1)
    if third is None or not doc.text[third.span.start].isupper():
        return None
    rebuilt = _speaker_cut_by_name("The " + tail if bare else tail[:1].upper() + tail[1:], rest,
                                   doc.sentence_text(third))
    if rebuilt is None:
        return None
    if bare:  # "port director Ana Ruiz said …": a bare title is the name's, no commas
        return start, third.span.end, f"{tail[:-1]} {rest[:-1]} {doc.sentence_text(third)[:1].lower()}" \
            + doc.sentence_text(third)[1:]
    return start, third.span.end, tail[:1] + rebuilt[1:]


def speaker_cut_off(doc: Document, position: int) -> tuple[int, int, str] | None:
    """(start, end, replacement) when the sentence at ``position`` starts a speaker cut off
    its verb (see :func:`_speaker_cut_by_name`, :func:`_speaker_before_clause`); None otherwise.
    The edit spans from the speaker's first word through the end of the piece that ends it."""
    first = doc.sentences[position]
    found = None
    if first.span.end - first.span.start <= 80 and doc.text[first.span.start].isupper():  # (no ``len(span)``)
        found = _speaker_cut_off_at_start(doc, position)
    if found is not None:
        return found
    # _tail_speaker_cut_off's first look, asked here before the call (this runs at every
    # sentence): the sentence after in the paragraph (``doc.next_in_paragraph``, read in
    # place) short and capitalised.
    sentences = doc.sentences
    following = sentences[position + 1] if position + 1 < len(sentences) else None
    if following is None or following.paragraph != first.paragraph \
            or following.span.end - following.span.start > 50 or not doc.text[following.span.start].isupper():
        return None
    return _tail_speaker_cut_off(doc, position)


def _speaker_cut_off_at_start(doc: Document, position: int) -> tuple[int, int, str] | None:
    """:func:`speaker_cut_off` for a speaker that opens its own sentence."""
    first = doc.sentences[position]
    following = doc.next_in_paragraph(position)
    if following is None:
        return None
    if doc.text[following.span.start].islower():
        if doc.text[following.span.end - 7 : following.span.end - 1].rstrip()[-2:] != "ed" \
                and not doc.text.startswith(("said.", "told."), following.span.end - 5):
            return None  # a cheap look at the tag's verb before any slicing
        rebuilt = _speaker_before_clause(doc.sentence_text(first), doc.sentence_text(following))
        return None if rebuilt is None else (first.span.start, following.span.end, rebuilt)
    opening = _OPENING_VERB.match(doc.text[following.span.start : following.span.start + 20])
    if opening is not None and (opening["verb"].lower() in lexicon.SPEECH_VERBS
                                or opening["verb"].lower() in _REPORTING_VERBS):
        # "Chief inspector Ana Ruiz. Said the inquiry goes on.": two pieces, no name between.
        previous = doc.previous_in_paragraph(position)
        if previous is not None and (_noun_phrase(doc.sentence_text(previous)) is not None
                                     or _tail_speaker_cut_off(doc, position - 1) is not None):
            return None  # "The head of the union. Ana Ruiz. Said …": a three-piece shape
        inverted = _name_before_inverted_tag(doc.sentence_text(first), doc.sentence_text(following))
        if inverted is not None and previous is not None and doc.text[previous.span.end - 1] == "." \
                and lexicon.has_clause(lexicon.words(doc.sentence_text(previous))):
            return previous.span.end - 1, following.span.end, inverted
        rebuilt = _speaker_cut_from_verb(doc.sentence_text(first), doc.sentence_text(following))
        if rebuilt is not None:
            return first.span.start, following.span.end, rebuilt
    third = doc.next_in_paragraph(position + 1)
    if third is None or len(following.span) > 50:
        return None
    if len(third.span) <= 20 and doc.text[third.span.end - 5 : third.span.end] in ("said.", "dded."):
        # "… in 2028. Local officials. they said.": the speaker, then a pronoun tag standing for it.
        rebuilt = _speaker_before_pronoun_tag(doc.sentence_text(first), doc.sentence_text(following),
                                              doc.sentence_text(third))
        return None if rebuilt is None else (first.span.end - 1, third.span.end, rebuilt)
    if not doc.text[third.span.start].isupper():
        return None
    title, name, rest = doc.sentence_text(first), doc.sentence_text(following), doc.sentence_text(third)
    rebuilt = _speaker_cut_by_name(title, name, rest) or _bare_title_cut_by_name(title, name, rest)
    if rebuilt is None:
        return None
    previous = doc.previous_in_paragraph(position)
    if previous is not None and _adjunct_only(rest) and doc.text[previous.span.end - 1] == "." \
            and lexicon.has_clause(lexicon.words(doc.sentence_text(previous))):
        # "… until Thursday. Superintendent. Ana Ruiz. Announced on Sunday.": a verb with no
        # report of its own is the tag of the sentence before, joined to it after a comma.
        lowered = rebuilt[:1].lower() + rebuilt[1:] if title.split()[0] in ("The", "A", "An") else rebuilt
        return previous.span.end - 1, third.span.end, f", {lowered}"
    return first.span.start, third.span.end, rebuilt


# Words an adjunct after a tag's verb opens with besides a preposition ("late on Sunday").
_ADJUNCT_OPENERS = frozenset("late early earlier later today yesterday this last".split())


def _adjunct_only(rest: str) -> bool:
    """Whether ``rest`` ("Announced late on Sunday.") is a verb and only an adjunct after it:
    a preposition's or a time word's phrase, no object or reported clause."""
    words = lexicon.words(rest)
    if not 2 <= len(words) <= 8 or not rest.endswith("."):
        return False
    after = [w.lower() for w in words[1:]]
    return (after[0] in lexicon.PREPOSITIONS or after[0] in _ADJUNCT_OPENERS) and not lexicon.has_clause(after) \
        and "that" not in after


def _bare_title_cut_by_name(title: str, name: str, rest: str) -> str | None:
    """A bare capitalised title ("Superintendent.", "Deputy Mayor."), a name and a verb
    phrase, three sentences, joined as one with the title before the name and no commas
    ("Superintendent Ana Ruiz announced …"); None when the pieces are not that shape."""
    title_words = _noun_phrase(title, 3)
    name_words = _noun_phrase(name, 4)
    verb = _OPENING_VERB.match(rest)
    if title_words is None or name_words is None or verb is None or len(lexicon.words(rest)) < 2:
        return None
    if any(lexicon.is_function_word(w) or not w[:1].isupper() for w in title_words) \
            or not is_name(name_words) or len(name_words) < 2 or any(lexicon.is_function_word(w) for w in name_words):
        return None
    low = verb["verb"].lower()
    if not (low in lexicon.SPEECH_VERBS or low in _REPORTING_VERBS):
        return None
    return f"{title[:-1]} {name[:-1]} {rest[:1].lower()}{rest[1:]}"


@rule(
    "AT015",
    "speaker-cut-off-verb",
    "attribution",
    Safety.UNSAFE,
    bad=[
        ("Voters backed the plan. The head of the farmers' union. Ana Ruiz. Said the vote was fair.",
         "Voters backed the plan. The head of the farmers' union, Ana Ruiz, said the vote was fair."),
        ("Union leader Tom Reed. the strike would go on until May, he said.",
         "Union leader Tom Reed said that the strike would go on until May."),
        ("The bridge will reopen in June. Local engineers. they said.",
         "The bridge will reopen in June, local engineers said."),

        ("“The road stays shut,” the county's chief engineer. Lena Berg. Told the radio on Monday.",
         "“The road stays shut,” the county's chief engineer, Lena Berg, told the radio on Monday."),
        ("“We were not told,” the head of the tenants' union. Rui Costa. Said at the meeting.",
         "“We were not told,” the head of the tenants' union, Rui Costa, said at the meeting."),
        ("Shipping will resume within days, the port's director. Ines Lobo. Said on Monday.",
         "Shipping will resume within days, the port's director, Ines Lobo, said on Monday."),
        ("Shipping will resume within days, port director. Ines Lobo. Said on Monday.",
         "Shipping will resume within days, port director Ines Lobo said on Monday."),
        ("Shipping will resume within days, the port's director. Said on Monday.",
         "Shipping will resume within days, the port's director said on Monday."),
        ("Rain fell. Chief inspector Maria Lopes. Said the investigation was continuing.",
         "Rain fell. Chief inspector Maria Lopes said the investigation was continuing."),
        ("The port shut. The agency's spokeswoman. Declined to comment on the closure.",
         "The port shut. The agency's spokeswoman declined to comment on the closure."),
        ("Prices rose. Trade minister Lars Berg. Warned that more rises were coming.",
         "Prices rose. Trade minister Lars Berg warned that more rises were coming."),
        ("Roads are closed until Monday. Governor. Ana Ruiz. Announced late on Friday.",
         "Roads are closed until Monday, Governor Ana Ruiz announced late on Friday."),
        ("The port will reopen in June. The head of the port. Ines Lobo. Said on Monday.",
         "The port will reopen in June, the head of the port, Ines Lobo, said on Monday."),
        ("Rain fell. Deputy Mayor. Ana Ruiz. Said the roads would reopen.",
         "Rain fell. Deputy Mayor Ana Ruiz said the roads would reopen."),
        ("The fares will rise in May. “It cannot wait,” its finance director. Omar Said. Warned last week.",
         "The fares will rise in May. “It cannot wait,” its finance director, Omar Said, warned last week."),
    ],
    good=[
        "Voters backed the plan. The head of the union. Ana Ruiz. Paris.",
        "The final score. Leeds United. Promoted at last.",
        "Voters backed the plan. The union's head, Ana Ruiz, said the vote was fair.",
        "The spokesman. the strike would go on, he said.",
        "The bridge will reopen in June. Paris. they said.", "The bridge will reopen. In June. they said.",
        "“The road stays shut,” the county's engineer. Lena Berg. Paris.",
        "Rain fell. Leeds United. Promoted at last after ten years.", "Rain fell. Paris. Said to be calm.",
        "Rain fell. The vote. Said to be close, it went ahead anyway.",
        "The plan failed, the council said. Ana Ruiz. Left early.",
        "Shipping will resume within days, in the port. Said on Monday.",
        "Shipping will resume, port director. Paris. Lisbon.",
        "“The road stays shut,” Berg said. The county's engineer. Lena Berg. Left early.",
        "Rain fell. Governor. Ana Ruiz. Paris.", "Rain fell. Governor. Paris. Announced late on Friday.",
    ],
    scope="document",
)
def speaker_cut_off_verb(doc: Document, self: Rule) -> Iterator[Edit]:
    """A speaker the false stops cut off from the verb that reports it.

    Two shapes. A title, the name and the verb phrase as three sentences ("The head of the
    union. Ana Ruiz. Said the vote was fair.") become one, the name set off by commas as an
    appositive. A title-and-name alone before a lower-case clause closed by a pronoun tag
    ("Union leader Tom Reed. the strike would go on, he said.") becomes the report "Union
    leader Tom Reed said that the strike would go on." The same three pieces after a
    quotation's closing mark (",” the union's head. Ana Ruiz. Added on Friday.") rebuild its
    tag; a speaker alone before its report ("Chief inspector Ana Ruiz. Said the inquiry goes
    on.") is joined to it. Unsafe: it rebuilds the sentence.
    """
    # Both readings of speaker_cut_off need the sentence after in the same paragraph: only
    # the sentences before a later one (from the shared index) are asked, not every one.
    for position in [later - 1 for later in text_index(doc).later]:
        found = speaker_cut_off(doc, position)
        if found is not None and not tag_echoes_speaker(doc.text, found[0], found[1]):
            start, end, replacement = found
            yield self.edit(start, end, replacement,
                            "Attribution (rebuild-attribution): the speaker was cut off the verb that "
                            "reports it; the pieces are joined as one sentence.", 0.65)
