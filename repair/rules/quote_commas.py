"""A quoted sentence before its speech tag, punctuated by another language's rules.

A pivot language that writes „…“, »…« or ”…” sets the tag's comma outside the closing
mark ("”We are ready”, said the coach"), drops it ("… by Friday“ assured the director"),
or loses the opening mark altogether ("We are ready”, insisted the coach"). Where the
quotation's own marks show that damage (a mark turned the wrong way, or a closing mark
that nothing opened), English news style is restored: "“We are ready,” said the coach".
A quotation whose marks are all right keeps its comma where the writer put it here (a
quoted sentence's comma outside is QM034's, which reads the text's own style first). A quotation that keeps its own full
stop inside the closing mark and sets the tag's comma outside ("….”, said") is written so
by no style: its stop becomes the comma.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.quote_marks import STRAIGHT, quote_marks
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.marks_style import _SPEAKER_FIRST_TAG, _TAG_VERBS, SPEAKER_TAG
from repair.rules.quote_comma_scans import (
    carried_paragraph_edits,
    commas_glued_to_tags,
    paragraphs_with_curly_marks,
    stops_marks_commas,
)
from repair.rules.quote_starts import next_sentence_start, quotation_start

OPEN, CLOSE = "“", "”"
_MARK_RUN = lazy_compile("[“”]+")
# A speech tag after a quotation: a past-tense verb of saying before its speaker ("said
# the coach", "insisted Finance Minister Ana Ruiz", "assured the utility's director"), or
# a speaker before the verb ("Mayor Leon Varga said", "the agriculture minister said").
_VERB_FIRST = lazy_compile(r"(?:" + _TAG_VERBS[3:-1] + r"|[a-z]{3,}ed) (?:the |a |an |his |her |its |their )?[A-Za-z]")
_OTHER_OPENERS = "„‚«‹"
# "… came with it.”, he said" / '… with it. ", he said': the quotation's own full stop inside
# its closing mark and the tag's comma outside it. No house style writes both (clean news has
# none), so the stop becomes the tag's comma. (A curly mark spaced off its stop is the
# stranded mark :func:`_stranded_close` reads.) Found by ``stops_marks_commas``, led by the
# mark. '… a policy" ,he said': the tag's comma spaced off the closing mark and glued to the
# tag (``commas_glued_to_tags``), a detokeniser's slip that no style writes; the comma goes
# inside, where wire style sets it.
# The stop of an initial or a short title ("U.S.", "Jr.") ends no sentence.
STOP_OF_ABBREVIATION = lazy_compile(r"(?:^|[\s(])(?:[A-Za-z]|[A-Za-z]\.[A-Za-z]|Jr|Sr|Inc|Ltd|Co|Corp|St|etc)\.$")


# A named speaker whose role stands between the name and the verb, set off by commas
# ("Ana Ruiz, the mayor, said", "Dr. Rui Costa, a surgeon at the clinic, told"): a name of
# capitalised words (a title's stop kept), then a determiner's noun phrase of a few words.
# Or one speaker of many, described ("one farmer told", "one man from the village said"); or
# a verb of saying in the present before its speaker ("explains volcanologist Ana Ruiz").
_OTHER_TAGS = lazy_compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}, (?:the|a|an|its|his|her|their|our)"
                              r"(?: [\w'’-]+){1,6}, " + _TAG_VERBS + r"\b"
                              r"|(?:one|another) [a-z][\w'’-]*(?: [\w'’-]+){0,4} " + _TAG_VERBS + r"\b"
                              r"|(?:explains|adds|insists|stresses|notes|declares|affirms|states|warns|recalls"
                              r"|admits|concedes|confirms|writes) (?:the |a |an |his |her |its |their )?[A-Za-z]")


def tag_follows(text: str, at: int) -> bool:
    """True when a speech tag starts at ``text[at:]`` (see :data:`_VERB_FIRST`,
    :data:`_OTHER_TAGS`)."""
    return bool(_VERB_FIRST.match(text, at) or SPEAKER_TAG.match(text, at) or _OTHER_TAGS.match(text, at))


def _lower_tag_after(text: str, pos: int) -> bool:
    """True when a blank and a speech tag that goes on in lower case ("said Ana Ruiz", "she
    added") follow the closing mark at ``pos``: the tag ends the quotation's sentence, so
    the mark closes a quotation that has lost its comma."""
    return text[pos + 1 : pos + 2] == " " and text[pos + 2 : pos + 3].islower() and tag_follows(text, pos + 2)


def _visited_marks(text: str, start: int, end: int) -> Iterator[int]:
    """Positions of the marks in ``text[start:end]`` that :func:`_paragraph_edits` must visit.

    A mark with a mark on both sides ("““““") never yields an edit (every edit needs a
    letter, space or stop beside the mark), and a run of such interior marks leaves the
    reading state as its last one sets it (an opening mark opens a quotation there, a
    closing one leaves none open). So of each run only the first mark, the last interior
    one and the last are read: a megabyte of quotation marks takes milliseconds instead of
    a second, with the same edits (property test in tests/test_scaling_scans.py)."""
    for run in _MARK_RUN.finditer(text, start, end):
        first, last = run.start(), run.end() - 1
        if last - first <= 2:
            yield from range(first, last + 1)
        else:
            yield from (first, last - 1, last)


# A single opening mark before a word, and a single closing mark after one before a space
# or a stop (not the apostrophe inside "don’t" or after "workers’ union" as well).
_SINGLE_OPEN = lazy_compile(r"(?:^|(?<=[\s(—–-]))‘(?=\w)")
_SINGLE_CLOSE = lazy_compile(r"(?<=[\w.,!?])’(?=[\s,.;:!?]|$)")


def _single_left_open(text: str, start: int, pos: int) -> bool:
    """Whether ``text[start:pos]`` opens a quotation with a single mark (‘) that no single
    mark closes: a double closing mark at ``pos`` then ends that quotation with the wrong
    kind of mark, and its opening mark was never lost ("‘I had no other choice,” he said")."""
    last = max((found.end() for found in _SINGLE_OPEN.finditer(text, start, pos)), default=-1)
    return last >= 0 and _SINGLE_CLOSE.search(text, last, pos) is None


def _other_style_left_open(text: str, start: int, pos: int) -> bool:
    """Whether ``text[start:pos]`` opens a quotation with another style's mark („, «, ‚, ‹)
    that no mark closes: a closing mark at ``pos`` then ends that quotation, whose opening
    mark was never lost („We won the cup. This year we have nothing,” says …); QM008
    restyles it, and a second opening mark inside it would be wrong."""
    opened = max(text.rfind(mark, start, pos) for mark in _OTHER_OPENERS)
    return opened >= 0 and not any(mark in text[opened + 1 : pos] for mark in "“”»›")


def _paragraph_edits(text: str, start: int, end: int, open_before: bool = False,
                     ) -> Iterator[tuple[int, int, str, str, float]]:
    """``(start, end, replacement, message, confidence)`` for each damaged quotation before
    a tag in the paragraph ``text[start:end]``; with ``open_before`` (a quotation open
    before the paragraph) a closing mark nothing in the paragraph opened is left alone.

    After quotations whose marks are all right ("… is “not the base case”, but …"), the rest
    of the paragraph is read as a paragraph of its own: a closing mark that nothing after
    them opened lost its opening mark, which goes at a sentence start after the last of
    them (". We will not …,” she said"). Any other mark before it leaves it alone."""
    is_open, turned, opened = False, False, start
    # Just after the closing mark of the paragraph's last quotation while every mark before
    # it pairs “ with ” (the paragraph's start before any mark); -1 once one does not.
    fresh = -1 if open_before else start
    for pos in _visited_marks(text, start, end):
        mark = text[pos]
        before = text[pos - 1] if pos > start else " "
        after = text[pos + 1] if pos + 1 < end else " "
        # (pos - 2 >= start: at the paragraph's first characters a slice from pos - 2 wraps round to the text's end.)
        if before == " " and pos - 2 >= start and text[pos - 2 : pos - 1] in (".", "!", "?") \
                and text[pos + 1 : pos + 3] == ", " \
                and tag_follows(text, pos + 3):
            # "… to power. “, declared …": the closing mark (either way round) stranded after the
            # quotation's stop and before the tag's comma; the stop becomes the tag's comma.
            yield from _stranded_close(text, start, pos, opened if is_open else -1)
            is_open, fresh = False, -1
            continue
        if not is_open:
            since, fresh = fresh, -1  # where a lost opening mark may go: after ``since``
            if mark == CLOSE and before.isspace() and after.isalpha():
                is_open, turned, opened = True, True, pos  # a turned opening mark (QM006 turns it)
            elif mark == CLOSE and since >= 0 and _single_left_open(text, since, pos):
                # "‘… no other choice,” he said": closed with the wrong kind of mark, not
                # opened; before its tag the closing mark takes the kind that opened it.
                if before in ",?!" and text[pos + 1 : pos + 2] == " " and tag_follows(text, pos + 2):
                    yield pos, pos + 1, "’", "A quotation opened with a single mark closes with one.", 0.7
            elif mark == CLOSE and since >= 0 and _other_style_left_open(text, since, pos):
                pass  # „… nothing,” says …: opened in another style (QM008 restyles it)
            elif mark == CLOSE and before.isalnum() and since >= 0:
                # A closing mark nothing opened, right after a word: the opening mark was
                # lost. The quotation is taken to be the sentence the mark closes (and the
                # speaker's sentences before it, see quotation_start).
                sentence = _lost_opening(text, start, since, pos)
                if text[pos + 1 : pos + 3] == ", " and tag_follows(text, pos + 3) and text[sentence].isupper():
                    yield sentence, sentence, OPEN, "Quotation before its tag lost its opening mark.", 0.7
                    yield pos, pos + 2, f",{CLOSE}", "The tag's comma goes inside the closing mark.", 0.7
                elif before.isalpha() and _lower_tag_after(text, pos) and text[sentence].isupper():
                    # "… more deadly” said Dr. Ana Ruiz": the tag's comma was lost with the mark
                    # (after a letter: "6 feet 2” said" is a measure's inch mark).
                    yield sentence, sentence, OPEN, "Quotation before its tag lost its opening mark.", 0.7
                    yield pos, pos + 1, f",{CLOSE}", "Quotation before its speech tag lacks the comma.", 0.7
            elif mark == CLOSE and before == "." and since >= 0 and text[pos - 2 : pos - 1].isalnum() \
                    and _lower_tag_after(text, pos):
                # "… these trades exist.” said Ana Ruiz": the quotation's stop before a tag that
                # goes on in lower case becomes the tag's comma, and the opening mark was lost.
                sentence = _lost_opening(text, start, since, pos)
                if text[sentence].isupper():
                    yield sentence, sentence, OPEN, "Quotation before its tag lost its opening mark.", 0.7
                    yield pos - 1, pos + 1, f",{CLOSE}", "Quotation closed with a stop before its speech tag.", 0.7
            elif mark == CLOSE and before == "," and since >= 0 and text[pos - 2 : pos - 1].isalnum() \
                    and after == " " and tag_follows(text, pos + 2):
                # "… this week's water,” Moen declared": the comma is in place, the opening mark lost.
                sentence = _lost_opening(text, start, since, pos)
                if text[sentence].isupper():
                    yield sentence, sentence, OPEN, "Quotation before its tag lost its opening mark.", 0.7
            elif mark == OPEN:
                is_open, turned, opened = True, False, pos
            continue
        sentence_quoted = text[opened + 1 : opened + 2].isupper()
        if mark == OPEN and before == " " and text[pos - 2 : pos - 1].isalnum() and text[pos + 1 : pos + 3] == ", " \
                and sentence_quoted and tag_follows(text, pos + 3):
            # "… the waiting is over “, said Ana Ruiz": the mark that ends the open quotation
            # turned and spaced off its last word, the tag's comma after it. (A spaced closing
            # mark the spacing rule takes back to its word.)
            yield pos - 1, pos + 2, f",{CLOSE}", "Closing mark spaced off the quotation, before its tag.", 0.75
            is_open = False
            continue
        if mark == CLOSE:
            # A quotation “…” whose marks are right ends here (unless one was open before the
            # paragraph: then which mark closes it is not known).
            fresh = -1 if turned or open_before else pos + 1
            if turned and before.isalnum() and sentence_quoted and text[pos + 1 : pos + 3] == ", " \
                    and tag_follows(text, pos + 3):
                # The turned opening mark too, as QM006 turns it (the same edit: applied once).
                yield opened, opened + 1, OPEN, "Closing mark used to open a quotation.", 0.75
                yield pos, pos + 2, f",{CLOSE}", "The tag's comma goes inside the closing mark.", 0.75
            is_open = False
        elif (before.isalnum() or before in ",.!?") and (after.isspace() or after == ","):
            # An opening mark turned to close the quotation (QM006 turns it back); before a
            # tag with no comma ("… by Friday“ assured the director") the comma goes in too.
            if before.isalnum() and after == " " and sentence_quoted and tag_follows(text, pos + 2):
                yield pos, pos + 1, f",{CLOSE}", "Opening mark used to close a quotation before its tag.", 0.8
            is_open, fresh = False, -1
        else:
            turned, opened, fresh = False, pos, -1  # a new quotation opens


def _lost_opening(text: str, start: int, since: int, pos: int) -> int:
    """Where the quotation closed at ``pos`` that lost its opening mark begins, in the
    paragraph starting at ``start`` (:func:`quotation_start`), when it must begin after
    ``since`` (the end of the paragraph's quotations before it): the rest of the paragraph
    from the first sentence start after ``since`` is read as a paragraph of its own. ``pos``
    (no sentence start, so no edit) when no sentence starts between them: the sentence that
    holds a quotation of its own ("He called it “a farce”, and we …,” she said") is
    narration. Read from that sentence, not from the paragraph's start, so that a long line
    of quotations costs in proportion to its length (tests/test_scaling_quotes.py)."""
    if since == start:
        return quotation_start(text, start, pos)
    sentence = next_sentence_start(text, since, pos)
    return quotation_start(text, sentence, pos) if sentence >= 0 else pos


def _stranded_close(text: str, start: int, pos: int, opened: int) -> Iterator[tuple[int, int, str, str, float]]:
    """The edits for a closing mark stranded between a quotation's stop and its tag's comma at
    ``pos`` (see :func:`_paragraph_edits`); ``opened`` is the open quotation's mark, or -1 when
    none is open, and the quotation then starts where :func:`quotation_start` reads it to."""
    stop = pos - 2
    end_mark = "," if text[stop] == "." else text[stop]
    if opened < 0:
        sentence = quotation_start(text, start, stop)
        if text[stop - 1 : stop] == "." or text[stop - 3 : stop - 2] == "." or not (
                text[sentence].isupper() or text[sentence] in _OTHER_OPENERS):
            return  # a lower-case start is no quoted sentence; "U.S. “," an abbreviation's stop
        if text[sentence] not in _OTHER_OPENERS:  # „…: opened in another style, restyled by QM008
            yield sentence, sentence, OPEN, "Quotation before its tag lost its opening mark.", 0.7
    yield stop, pos + 2, f"{end_mark}{CLOSE}", "Closing mark stranded after the stop, before the tag.", 0.7


def _stops_then_commas(doc: Document) -> Iterator[tuple[int, int, str]]:
    """``(start, end, replacement)`` turning each quotation's own stop followed by its tag's
    comma outside the closing mark (``.”, said``, ``. ", he said``) into the comma inside it,
    and a comma spaced off the mark and glued to the tag (``" ,he said``) into ``," he``.
    A straight mark must close a quotation (an odd number of them on its line up to it)."""
    text = doc.text
    marks = quote_marks(doc)
    for start, mark, tag in stops_marks_commas(text):
        if start < mark - 1 and text[mark] == CLOSE:
            continue  # "… spring. ”, the engineer said": the stranded mark the paragraph loop reads
        if not (tag_follows(text, tag) or _SPEAKER_FIRST_TAG.match(text, tag)):
            continue
        if STOP_OF_ABBREVIATION.search(text, max(0, start - 12), start + 1):
            continue
        if text[mark] == STRAIGHT and marks.count(STRAIGHT, marks.line_start(mark), mark) % 2 == 0:
            continue
        yield start, tag - 1, f",{text[mark]}"
    for match in commas_glued_to_tags(text):
        mark, tag = match.start(), match.end()
        if text[mark - 1 : mark].isalnum() and (tag_follows(text, tag) or _SPEAKER_FIRST_TAG.match(text, tag)) and (
                text[mark] == CLOSE or marks.count(STRAIGHT, marks.line_start(mark), mark) % 2 == 1):
            yield mark, tag, f",{text[mark]} "


def _left_open(text: str, block: int) -> bool:
    """Whether the paragraph ending at the blank line ``block`` leaves a quotation open."""
    previous = max(0, text.rfind("\n\n", 0, block))
    return text.count(OPEN, previous, block) > text.count(CLOSE, previous, block)


@rule(
    "QM015",
    "foreign-quote-before-tag",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("”The port stays shut until May”, said the harbour master.",
         "“The port stays shut until May,” said the harbour master."),
        ("”Prices will fall”, the finance minister said, “but not soon.”",
         "“Prices will fall,” the finance minister said, “but not soon.”"),
        ("“The road will reopen on Monday“ promised the county engineer.",
         "“The road will reopen on Monday,” promised the county engineer."),
        ("Rain fell. Nobody will lose their job”, insisted the plant manager.",
         "Rain fell. “Nobody will lose their job,” insisted the plant manager."),
        ("The seats are all sold”, Deputy Mayor Ines Kahn said on Friday.",
         "“The seats are all sold,” Deputy Mayor Ines Kahn said on Friday."),
        ("Nobody will pay more this winter,” Kahn stressed.", "“Nobody will pay more this winter,” Kahn stressed."),
        ("Rain fell. The dam will hold until spring. “, the engineer said.",
         "Rain fell. “The dam will hold until spring,” the engineer said."),
        ("“Who will pay for the roof? ”, asked Ana Ruiz.", "“Who will pay for the roof?” asked Ana Ruiz."),
        ("“Where is the money?”, the opposition leader asked.", "“Where is the money?” the opposition leader asked."),
        ("“We sold every ticket for the final.”, said the club secretary.",
         "“We sold every ticket for the final,” said the club secretary."),
        ('"We will not close the school. ", she said.', '"We will not close the school," she said.'),
        ('"The harbour is our insurance policy" ,he said.', '"The harbour is our insurance policy," he said.'),
        ("‘We had no other choice,” one farmer told the inquiry.",
         "‘We had no other choice,’ one farmer told the inquiry."),
        ("“We waited two years. Today the waiting is over “, said Ana Ruiz, a mother.",
         "“We waited two years. Today the waiting is over,” said Ana Ruiz, a mother."),
        ("Rain fell. The dam will hold until the spring” said the engineer.",
         "Rain fell. “The dam will hold until the spring,” said the engineer."),
        ("Rain fell. The dam will hold until the spring.” said the engineer.",
         "Rain fell. “The dam will hold until the spring,” said the engineer."),
    ],
    good=[
        "“The port stays shut until May”, said the harbour master.",
        "“The port stays shut until May,” said the harbour master.",
        "He wrote 5” of text, said the printer.",
        "The film “Night Train”, directed by Ana Ruiz, opens today.",
        "“We are ready.” “So are we,” the captain said.",
        "He asked “Why not?”, and nobody answered.",
        "The film moved to the U.S.”, said the director.",
        'The film moved to the U.S.", said the director.',
        "The dam will hold until the spring.” The engineer said so.",
        "He stood 6 feet 2” said the doctor.",
    ],
    scope="document",  # its edits differ on a slice (tests/test_scope_paragraph.py): text-wide quoting evidence
)
def foreign_quote_before_tag(doc: Document, self: Rule) -> Iterator[Edit]:
    """A quoted sentence before its tag whose marks another language's rules left wrong.

    The comma moves inside the closing mark (and a turned closing mark becomes ",”") only
    when the quotation's own marks are damaged: its opening mark turned (”…”, said), its
    closing mark turned (“…“ said), or its opening mark lost (a closing mark that nothing
    opened, after a word, with a tag after it; the quotation is taken to open the
    sentence). A quotation's own full stop left inside the closing mark with the tag's
    comma outside it ("….”, said", no house style's) becomes the comma, and a comma
    spaced off the closing mark and glued to the tag ("…” ,he said") goes inside. Unsafe: a
    quotation may have opened sentences earlier.
    """
    text = doc.text
    if '", ' in text or '" ,' in text or "”, " in text or "” ," in text:
        for start, end, replacement in _stops_then_commas(doc):
            yield self.edit(start, end, replacement,
                            "A full stop inside the closing mark and the tag's comma outside it.", 0.8)
    if CLOSE not in text and OPEN not in text:
        return
    for mark in ("?”, ", "!”, ", '?", ', '!", '):
        at = text.find(mark)
        while at >= 0:
            if tag_follows(text, at + 4) or _SPEAKER_FIRST_TAG.match(text, at + 4):
                # "“Who pays?”, Ruiz asked": a question or exclamation needs no comma before its tag
                # in any style; the pivot's comma came over with its marks.
                yield self.edit(at + 2, at + 3, "", "A comma after a question or exclamation before its tag.", 0.8)
            at = text.find(mark, at + 4)
    for para in paragraphs_with_curly_marks(doc, quote_marks(doc)):
        # A quotation left open before the paragraph (on the line before, or in the
        # paragraph before, as news style does) may be the one this closing mark ends.
        block = max(0, text.rfind("\n\n", 0, para.start))
        open_before = text.count(OPEN, block, para.start) > text.count(CLOSE, block, para.start) or (
            block > 0 and _left_open(text, block))
        for start, end, replacement, message, confidence in carried_paragraph_edits(doc, para, open_before,
                                                                                     _paragraph_edits):
            yield self.edit(start, end, replacement, message, confidence)


RULES = (foreign_quote_before_tag,)
