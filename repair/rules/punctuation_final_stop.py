"""A prose paragraph that lost its final stop (PU029).

Machine translation and the tools around it drop the full stop at a paragraph's end
("The police seized computers, telephones and a notebook with passwords"). Published prose
nearly never ends a paragraph on a bare word, while headings, captions, credits, list lines
and table rows do: so the stop is restored only where the line reads as prose and the
document around it says its paragraphs end in stops.

The line's last sentence (those before it end in stops) must be six words or more that
opens with a capital, holds a clause (:func:`repair.lexicon.has_clause`), is written
mostly in lower case (no Title Case heading), has two or more lower-case articles or
prepositions (headlines and captions drop them: "Volcano erupts again, flights
cancelled"), and ends on a lower-case word or a figure
that is no function word (a line cut after "of" or "the" lost more than a stop). It holds no
colon, bar, bullet, arrow, link or hash tag (labels, credits, navigation), no quotation left
open, and is not the document's first line (its title). The next line does not open in lower
case (a paragraph break inside a sentence is another repair's). At least two of the
document's other prose lines end in a stop, and no more than a third of them do not.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule

MIN_WORDS = 6  # fewer words: a label, a kicker or a caption fragment as often as prose
MIN_FUNCTION_WORDS = 2  # lower-case articles and prepositions a prose line holds
MAX_CAPITALISED_SHARE = 0.4  # of the words after the first; Title Case headings have more
MIN_STOPPED_NEIGHBOURS = 2  # other prose lines of the document that end in a stop
MAX_UNSTOPPED_SHARE = 1 / 3  # of the other prose lines, ending without one

_WORD_SHAPE = r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*\d|\d"
_WORD = lazy_compile(_WORD_SHAPE)
# A line's first MIN_WORDS _WORD matches, read in one match from the line's start: a
# _WORD match starts at every letter or digit no earlier match took, and the atomic group
# takes the match ``findall`` takes there, so this matches exactly when
# ``len(_WORD.findall(line)) >= MIN_WORDS`` (tests/rules/test_fast_scans39.py), where the
# whole count of a stopped news paragraph (dozens of words) cost 0.05 s per MB of news.
_ENOUGH_WORDS = lazy_compile(r"(?:[^A-Za-z\d]*+(?>" + _WORD_SHAPE + r")){" + str(MIN_WORDS) + "}")
# Marks of a label, credit, navigation or list line, never of a plain sentence.
_FURNITURE = lazy_compile(r"[:|•·→►▶»«©@#/\\*_=<>\[\]{}]|https?|www\.|^[-–—(\d]")
# A line that ends in sentence punctuation (closing marks and brackets may follow it).
_STOPPED = lazy_compile(r"[.!?…][\"”’')\]]*$")
_STOPS = frozenset(".!?…")
_CLOSERS = "\"”’')]"


def _stopped(line: str) -> bool:
    """``_STOPPED.search(line) is not None``, read from the line's end: a search tried the
    pattern at every stop of the line (a paragraph holds several; 0.02 s per MB of news).
    ``$`` also matches before a final line break, and stops and closers are apart, so the
    stop is the last character that is no closer (tests/rules/test_fast_scans39.py)."""
    if line.endswith("\n"):
        line = line[:-1]
    body = line.rstrip(_CLOSERS)
    return body[-1:] in _STOPS
# A stop glued to the next sentence ("traffic.Share on ..."): a page line run onto the text.
_GLUED_STOP = lazy_compile(r"[a-z][.!?][A-Z]")
_FUNCTION_WORDS = lexicon.DETERMINERS | lexicon.PREPOSITIONS
# Words no sentence ends on: a line cut after them lost words, not only its stop.
_NO_LAST_WORD = (lexicon.PREPOSITIONS | lexicon.DETERMINERS | lexicon.CONJUNCTIONS | lexicon.AUXILIARIES
                 | lexicon.SUBJECT_PRONOUNS | {"to", "not", "than", "very", "more", "most"})


def _prose_words(line: str) -> list[str] | None:
    """The line's words when it reads as a prose sentence by its words alone (at least
    :data:`MIN_WORDS`, mostly lower case, articles or prepositions in it), else None."""
    words = _WORD.findall(line)
    if len(words) < MIN_WORDS:
        return None
    rest = [w for w in words[1:] if w[0].isalpha()]
    if not rest or sum(w[0].isupper() for w in rest) > MAX_CAPITALISED_SHARE * len(rest):
        return None
    if sum(w in _FUNCTION_WORDS for w in rest) < MIN_FUNCTION_WORDS:
        return None
    return words


# Auxiliaries that are finite on their own ("be", "been", "being" need another verb).
_FINITE_AUXILIARIES = frozenset(
    "am is are was were has have had do does did will would shall should can could may might must".split())
# Words a past form after which is a participle or an adjective, not a finite verb.
_NOT_BEFORE_PAST = lexicon.DETERMINERS | lexicon.PREPOSITIONS | {"be", "been", "being", "to"}
# Irregular past forms that are never participles ("came", not "come"): finite wherever
# they stand, even before a preposition ("The last rise came in 2019").
_PAST_ONLY = frozenset("""rose fell went came took gave saw knew began wrote grew drew broke drove chose threw
    flew rode stole spoke shook sank ate withdrew underwent overcame oversaw was were did""".split())
_QUESTION_WORDS = frozenset("what why how who whom whose where when which whether".split())


def _finite_verb(words: list[str]) -> bool:
    """A finite auxiliary or a past form after the first word that follows no article,
    preposition or "to be": the tense prose is told in. Headlines (and imperative page
    lines) use the present ("Varga beats Mori", "Follow us on ...") and are left."""
    lowered = [w.lower().replace("’", "'") for w in words]
    if any(w in _FINITE_AUXILIARIES or w.endswith(("n't", "'ve", "'re", "'ll")) for w in lowered):
        return True
    for at in range(1, len(lowered)):
        word, before = lowered[at], lowered[at - 1]
        if word in lexicon.SPEECH_VERBS and before not in _NOT_BEFORE_PAST:
            return True
        past = word in lexicon.IRREGULAR_PAST or (len(word) > 3 and word.endswith("ed"))
        after = lowered[at + 1] if at + 1 < len(lowered) else ""
        # A past form straight before a preposition with no auxiliary is as often a
        # headline's participle ("Recount ordered in ...", "Hiker found after ...").
        if past and before not in _NOT_BEFORE_PAST and (word in _PAST_ONLY or after not in lexicon.PREPOSITIONS):
            return True
    return False


def _has_article(words: list[str]) -> bool:
    """A lower-case article, demonstrative, possessive or subject pronoun: prose of six
    words holds one; headlines drop them ("Neighbours sign treaty on disputed border")."""
    return any(w in lexicon.DETERMINERS or w in lexicon.SUBJECT_PRONOUNS for w in words[1:]) \
        or words[0].lower() in lexicon.DETERMINERS or words[0].lower() in lexicon.SUBJECT_PRONOUNS


def _quotes_closed(line: str) -> bool:
    """No quotation left open in the line (curly pairs matched, straight marks even)."""
    return line.count("“") == line.count("”") and line.count('"') % 2 == 0


_LINE_EVIDENCE = "PU029 line evidence"  # its key in ``Document.sentence_answers``: (long stopped, prose unstopped)


class _LineFacts:
    """Per-line facts the test asks about every candidate, read once per document: a scan per
    candidate made the rule quadratic (tests/test_scaling_rules.py)."""

    def __init__(self, doc: Document, lines: list[str]) -> None:
        self.lines = lines
        self.stopped = [_stopped(line) for line in lines]
        self.first_stopped = next((i for i, flag in enumerate(self.stopped) if flag), len(lines))
        self.last_sentence_start: dict[int, int] = {}
        for sentence in doc.sentences:
            self.last_sentence_start[sentence.paragraph] = sentence.span.start
        self._counts: tuple[list[int], list[int], int, int] | None = None
        self._doc = doc

    def _evidence_counts(self) -> tuple[list[int], list[int], int, int]:
        if self._counts is None:
            # Each line's two facts are its own (its words, its stop), so they are kept per
            # line start and carried across ``fix``'s rounds (``Document.sentence_answers``: a
            # line is a paragraph); the words of every line were read again each round.
            answers = self._doc.sentence_answers(_LINE_EVIDENCE)
            long_stopped, prose_unstopped = [], []
            for i, (span, line, flag) in enumerate(zip(self._doc.paragraphs, self.lines, self.stopped, strict=True)):
                facts = answers.get(span.start)
                if facts is None:
                    facts = answers[span.start] = (int(flag and _ENOUGH_WORDS.match(line) is not None),
                                                   int(not flag and _prose_words(line) is not None))
                long_stopped.append(facts[0])  # type: ignore[index]
                # The first line is a title as often: no stop there is no evidence.
                prose_unstopped.append(int(i > 0 and facts[1]))  # type: ignore[index]
            self._counts = (long_stopped, prose_unstopped, sum(long_stopped), sum(prose_unstopped))
        return self._counts

    def stop_evidence(self, skip: int) -> bool:
        """The document's other lines (a first line without a stop, its title, aside) end in
        stops: at least :data:`MIN_STOPPED_NEIGHBOURS` lines of :data:`MIN_WORDS` words or
        more do, and at most :data:`MAX_UNSTOPPED_SHARE` of those lines and the prose lines
        without one do not."""
        long_stopped, prose_unstopped, all_stopped, all_unstopped = self._evidence_counts()
        stopped = all_stopped - long_stopped[skip]
        unstopped = all_unstopped - prose_unstopped[skip]
        return stopped >= MIN_STOPPED_NEIGHBOURS and unstopped <= MAX_UNSTOPPED_SHARE * (stopped + unstopped)


def _lost_stop(doc: Document, index: int, facts: _LineFacts) -> bool:
    """Whether line ``index`` ends in a prose sentence that lost its final stop (module
    docstring): the line's last sentence is judged, the sentences before it end in stops."""
    lines = facts.lines
    line = lines[index]
    if index == 0 or not (line[-1].islower() or line[-1].isdigit()):
        return False
    if _GLUED_STOP.search(line) or not _quotes_closed(line):
        return False
    start = facts.last_sentence_start.get(index)
    if start is None:
        return False
    last = doc.text[start:doc.paragraphs[index].end]
    if not last[0].isupper() or _FURNITURE.search(last):
        return False
    words = _prose_words(last)
    if words is None or words[-1].lower() in _NO_LAST_WORD or words[0].lower() in _QUESTION_WORDS:
        return False
    if facts.first_stopped >= index:
        return False  # no sentence of the body before it: the line is in the title block
    if index + 1 < len(lines) and lines[index + 1][:1].islower():
        return False
    return _finite_verb(words) and _has_article(words) and lexicon.has_clause(words) and facts.stop_evidence(index)


@rule(
    "PU029",
    "paragraph-lost-final-stop",
    "punctuation",
    Safety.DISPLAY,
    bad=[
        ("Ferry fares rise in May\n\nThe operator said on Monday that fares would rise.\n\n"
         "The council has asked the operator to keep a night service on the route\n\n"
         "A decision is expected in the spring.",
         "Ferry fares rise in May\n\nThe operator said on Monday that fares would rise.\n\n"
         "The council has asked the operator to keep a night service on the route.\n\n"
         "A decision is expected in the spring."),
        ("Ferry fares rise in May\n\nThe operator said on Monday that fares would rise.\n\n"
         "A decision is expected in the spring.\n\nThe last increase came in 2019, according to the council",
         "Ferry fares rise in May\n\nThe operator said on Monday that fares would rise.\n\n"
         "A decision is expected in the spring.\n\nThe last increase came in 2019, according to the council."),
    ],
    good=[
        # A heading in sentence case without articles; a caption credit; a related link.
        "Ferry fares rise in May\n\nThe operator said on Monday that fares would rise.\n\n"
        "Island ferries face cuts, councillors warn\n\nA decision is expected in the spring.",
        "Ferry fares rise in May\n\nThe operator said on Monday that fares would rise.\n\n"
        "The ferry leaves the harbour in the morning (Photo: Island Post)\n\nA decision is expected in the spring.",
        "Ferry fares rise in May\n\nThe operator said on Monday that fares would rise.\n\n"
        "Read also: The council has asked the operator for a night service\n\nA decision is expected in the spring.",
        # A sentence broken across paragraphs; a line cut after a preposition; an open quotation.
        "Ferry fares rise in May\n\nThe operator said on Monday that fares would rise.\n\n"
        "The council has asked the operator to keep a night service on\n\nthe route, it said.",
        "Ferry fares rise in May\n\nThe operator said on Monday that fares would rise.\n\n"
        "The council has asked the operator to keep a night service on the\n\nA decision is expected in the spring.",
        "Ferry fares rise in May\n\nThe operator said on Monday that fares would rise.\n\n"
        "“We have asked the operator to keep a night service on the route\n\nA decision is expected in the spring.",
        # A document whose lines do not end in stops (a list, a feed of headlines).
        "Ferry news\n\nThe operator said fares would rise in the spring\n\n"
        "The council has asked the operator to keep a night service\n\nA decision is expected in the spring",
    ],
    scope="document",  # reads the document's other paragraphs as evidence
)
def paragraph_lost_final_stop(doc: Document, self: Rule) -> Iterator[Edit]:
    """A prose paragraph of one sentence that ends on a bare word while the document's other
    paragraphs end in stops: the stop is restored (see the module docstring for the shape and
    its look-alikes). Display: published copy loses a stop too, and a text cut off mid-sentence
    ends the same way (clean news train split: 59 in 13,888 documents, most of them source
    slips, some wire texts cut off mid-sentence); :mod:`repair.promote` applies it in a damaged document."""
    spans = doc.paragraphs
    if len(spans) < 3:
        return
    lines = [doc.text[span.start:span.end] for span in spans]
    facts: _LineFacts | None = None
    for index, line in enumerate(lines):
        if index == 0 or not line[-1:].isalnum() or _STOPPED.search(line):
            continue
        facts = facts or _LineFacts(doc, lines)
        if _lost_stop(doc, index, facts):
            end = spans[index].end
            yield self.edit(end - 1, end, line[-1] + ".", "Prose paragraph without its final stop.", 0.7)


RULES = (paragraph_lost_final_stop,)
