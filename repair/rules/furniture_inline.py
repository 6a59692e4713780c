"""Page furniture run into the prose: a scrape collapsed a page's blocks into one paragraph.

The judgements of :mod:`repair.rules.furniture` (capitals labels, captions ending in a
picture agency's credit, titles with few function words and an agency credit) applied
between sentence boundaries instead of whole lines.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.furniture import (
    _AGENCIES,
    _AGENCY_NAMES,
    _ANY_AGENCY,
    _PICTURE_AGENCIES,
    _REPORTED,
    _SOURCE_VERBS,
    MAX_TITLE_WORDS,
    STOPWORDS_LOW,
    stopword_density,
)

# Furniture run into the prose when a page's paragraphs were collapsed into one.
# A capitals label between two sentences: "... strait. LATEST NEWS FROM ASIA The ...".
_INLINE_LABEL = lazy_compile(
    r"(?<=[.!?”] )(?:LATEST|MORE|RELATED|TOP|TRENDING|RECOMMENDED|POPULAR|MOST READ|EDITOR'S PICKS?)"
    r"(?: [A-Z'’&-]+){1,8} (?=[A-Z][a-z])"
)
_LABEL_WORDS = ("LATEST", "MORE", "RELATED", "TOP", "TRENDING", "RECOMMENDED", "POPULAR", "MOST READ", "EDITOR")
_LABEL_HINT = lazy_compile("|".join(_LABEL_WORDS))  # one scan for all of them
# A picture agency's name between two sentences: the one before it is the caption. The
# next sentence opens with two words, so "Getty" before "Images" closing the paragraph is
# not a credit (the edit left "Images" behind).
_INLINE_CREDIT = lazy_compile(r"(?<=[.!?] )" + _PICTURE_AGENCIES + r" (?=[A-Z][a-z]+ [A-Za-z])")
# A title with its credit opening a sentence: "Leaders meet in Rome Reuters Talks began ...".
_INLINE_TITLE = lazy_compile(
    r"(?P<title>[A-Z][^.!?\n]{10,160}?[ \t](?P<last>[A-Z][\w'’-]*)) " + _AGENCIES
    + r" (?!(?:Corp|Inc|Ltd|Group|Holdings|News|Television|TV|Photo|Images|Agency|Information)\b)"
    r"(?=[A-Z][a-z]+ [A-Za-z])"
)
MAX_CAPTION_WORDS = 45
# "... on Friday. Photo: Ana Ruiz/Nordpress The festival runs ...": a picture label and its
# credit between two sentences. The credit's end must be plain: names, a slash and one
# agency word, or a wire agency's name alone; the next sentence opens right after it.
# One scan per label, each led by its literal (scanned for in C); the stop before it is
# checked in Python.
_CREDIT_AFTER_LABEL = (r"s?(?: credit)?: (?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} ?/ ?(?:" + _AGENCIES
                       + r"|[A-Z][\w'’&-]*)|" + _AGENCIES + r") (?=[A-Z][a-z]+ [a-z])")
_INLINE_LABELLED_CREDITS = tuple(lazy_compile(label + _CREDIT_AFTER_LABEL)
                                 for label in ("Photo(?:graph)?", "Pic(?:ture)?", "Image"))
# "... last year. (Reporting by A; Editing by B)": the wire's credit run onto the last sentence.
# The bracket first (a literal); the sentence's end before it is checked in Python.
_TRAILING_CREDIT = lazy_compile(
    r"\((?:additional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled) by [^\n()]{2,160}\)[ \t]*$",
    re.MULTILINE,
)



def _inline_labels(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_INLINE_LABEL.finditer(text)``, tried only where a label word
    stands (``_LABEL_HINT``, a scan in C) instead of at every position: a label opens with
    one, and no label can open inside another's words (there is no stop in them)."""
    done = 0
    for hint in _LABEL_HINT.finditer(text):
        if hint.start() >= done and (match := _INLINE_LABEL.match(text, hint.start())) is not None:
            done = match.end()
            yield match


def _sentences_with_agency(doc: Document) -> list[int]:
    """Positions of the sentences that an ``_AGENCY_NAMES`` match in the whole text overlaps.

    Both inline forms need an agency name in the sentence (a credit opens with one, a
    title's credit is one), and every occurrence of a name inside a sentence is either a
    match of the whole-text scan or covered by one, so one scan finds every sentence
    either form can match; only those are read.
    """
    starts = doc._sentence_starts
    sentences = doc.sentences
    found: set[int] = set()
    for name in _AGENCY_NAMES.finditer(doc.text):
        position = max(0, bisect.bisect_right(starts, name.start()) - 1)
        while position < len(sentences) and sentences[position].span.start < name.end():
            if sentences[position].span.end > name.start():
                found.add(position)
            position += 1
    return sorted(found)


@rule(
    "PF005",
    "inline-furniture",
    "boilerplate",
    Safety.UNSAFE,
    bad=[
        ("Talks went on. LATEST NEWS FROM ASIA The deal was signed.", "Talks went on. The deal was signed."),
        ("Talks went on. The two leaders (L) shake hands in Oslo in 2019. Getty The deal was signed.",
         "Talks went on. The deal was signed."),
        ("Talks went on. Leaders meet in Oslo Reuters Meeting in the old palace, they signed.",
         "Talks went on. Meeting in the old palace, they signed."),
        ("Talks went on until late. (Reporting by Ana Ruiz; Editing by Tom Hale)", "Talks went on until late."),
        ("Crowds came on Friday. Photo: Ana Ruiz/Nordbild The fair runs until Sunday.",
         "Crowds came on Friday. The fair runs until Sunday."),
        ("Crowds came. Photo: AFP/Getty Images Organisers expect more visitors today.",
         "Crowds came. Organisers expect more visitors today."),
        ("Crowds came. Picture: Reuters Organisers expect more visitors today.",
         "Crowds came. Organisers expect more visitors today."),
    ],
    good=[
        "Talks went on. The NATO summit was in Oslo.",
        "Talks went on. Shares in Thomson Reuters Corp rose, the company said.",
        "Talks went on. Shares of Thomson Reuters Corp Ltd rose sharply on Monday.",
        "LIMA, May 6 - Reuters Holdings PLC's Reuters Media Services unit said it grew.",
        "He said he told Reuters Tuesday the deal was done.",
        "Talks went on (reporting by phone was banned) until late.",
        "Crowds came. Photo: the fair at dusk, when the lanterns are lit.",
        "Crowds came. Picture: Ana Ruiz The fair",
        # The whole credit closes the paragraph: no half of it is cut off here.
        "Talks went on. Its cost rose. The two leaders shake hands in Oslo. Getty Images\n\nIt was signed.",
    ],
    scope="line",
)
def inline_furniture(doc: Document, self: Rule) -> Iterator[Edit]:
    """Page furniture inside a paragraph, where a scrape ran the page's blocks together:
    a capitals link label between two sentences, a caption sentence followed by a
    picture agency's credit, a video title with its credit opening a sentence, or a
    wire's "(Reporting by ...; Editing by ...)" credit after a paragraph's last sentence.

    The same judgements as for whole lines, applied between sentence boundaries: the
    label is capitals only, the caption is short and ends in a credit, the title is
    short, has no final stop and few function words. Unsafe: a collapsed page is
    ambiguous, so an editor should confirm.
    """
    text = doc.text
    if " by " in text:
        for match in _TRAILING_CREDIT.finditer(text):
            start = match.start()
            while start > 0 and text[start - 1] in " \t":
                start -= 1
            if start == match.start() or start == 0 or text[start - 1] not in ".!?”\"":
                continue  # alone on its line (PF003's) or inside a sentence (at 0, ``text[-1]``
                # would read the text's last character)
            yield self.edit(start, match.end(), "", "Reporting credit run onto the last sentence.", 0.8)
    for match in _inline_labels(text):
        yield self.edit(match.start(), match.end(), "", "Link label run into the text.", 0.75)
    if ": " in text and ("Photo" in text or "Pic" in text or "Image" in text):
        for match in (m for scan in _INLINE_LABELLED_CREDITS for m in scan.finditer(text)):
            if match.start() < 2 or text[match.start() - 1] != " " or text[match.start() - 2] not in ".!?”":
                continue  # a credit between two sentences only
            yield self.edit(match.start(), match.end(), "", "Picture credit run into the text.", 0.75)
    if not _AGENCY_NAMES.search(text) or not _ANY_AGENCY.search(text):
        return  # both remaining forms need an agency name
    for position in _sentences_with_agency(doc):
        sentence = doc.sentences[position]
        credit = _INLINE_CREDIT.match(text, sentence.span.start)
        previous = doc.previous_in_paragraph(position) if credit else None
        if credit and previous is not None:
            caption = doc.sentence_text(previous)
            if len(lexicon.words(caption)) <= MAX_CAPTION_WORDS and not _REPORTED.search(caption):
                yield self.edit(previous.span.start, credit.end(), "", "Photo caption and credit run into the text.",
                                0.75)
            continue
        body = doc.sentence_text(sentence)
        has_agency = _AGENCY_NAMES.search(body) is not None and _ANY_AGENCY.search(body) is not None
        title = _INLINE_TITLE.match(body) if has_agency else None
        if not title:
            continue
        words = lexicon.words(title.group("title"))
        if (len(words) > MAX_TITLE_WORDS or stopword_density(title.group("title")) >= STOPWORDS_LOW
                or _ANY_AGENCY.search(title.group("title")) or re.search(r"\d", title.group("title"))
                or _REPORTED.search(title.group("title")) or title.group("last").lower() in _SOURCE_VERBS):
            continue
        yield self.edit(sentence.span.start, sentence.span.start + title.end(), "",
                        "Video title and credit run into the text.", 0.7)


# A title has no stop or comma and few words; its first two words open the lead again after it.
_GLUED_TITLE = lazy_compile(
    r"(?P<first>[A-Z][\w'’-]* [\w'’-]+)(?P<rest>(?: [^\s.!?:;“”\"]*[^\s.,!?:;“”\"]){2,16}) (?P=first) "
)
MIN_TITLE_WORDS = 4


@rule(
    "PF006",
    "headline-run-into-lead",
    "boilerplate",
    Safety.UNSAFE,
    bad=[
        ("Storm Lena cuts power to 40,000 homes Storm Lena cut power to 40,000 homes on Monday, the utility said.",
         "Storm Lena cut power to 40,000 homes on Monday, the utility said."),
    ],
    good=[
        "Storm Lena cuts power to 40,000 homes\n\nStorm Lena cut power to 40,000 homes on Monday.",
        "New York is big. New York is loud.",
        "The rate rose and rose and the rate fell.",
        "Head of the Central Bank of Chile Ana Ruiz met with former Head of the Central Bank Tom Lee.",
    ],
    scope="document",
)
def headline_run_into_lead(doc: Document, self: Rule) -> Iterator[Edit]:
    """The page's headline run into the first sentence with no break ("Storm cuts power
    Storm cut power to ...").

    A scrape that drops the line break after the title leaves a first sentence that
    opens with a stop-less run of words and then starts again with the same two words.
    Headline and lead tell the same news, so the headline goes and the lead stays. Only
    the first paragraph is read. Unsafe: a sentence may repeat its opening words.
    """
    if not doc.paragraphs:
        return
    para = doc.paragraphs[0]
    match = _GLUED_TITLE.match(doc.text, para.start, para.end)
    if match is None or len((match.group("first") + match.group("rest")).split()) < MIN_TITLE_WORDS:
        return
    title = match.group("first") + match.group("rest")
    if stopword_density(title) >= STOPWORDS_LOW:
        return  # a headline is mostly content words; a sentence that repeats itself is not
    # The lead tells the headline's news again: most of its other content words come back
    # (compared by their first four letters, so "kills" finds "killed").
    sentence_end = doc.text.find(". ", match.end(), para.end)
    lead_text = doc.text[match.end() : sentence_end if sentence_end > 0 else para.end]
    lead = {w[:4].lower() for w in lexicon.words(lead_text)}
    content = [w for w in lexicon.words(match.group("rest")) if not lexicon.is_function_word(w.lower())]
    if not content or sum(w[:4].lower() in lead for w in content) * 2 < len(content):
        return
    yield self.edit(match.start(), match.start() + len(title) + 1, "", "Headline run into the first sentence.", 0.7)


RULES = (inline_furniture, headline_run_into_lead)
