"""Page furniture kept as body lines: captions, credits, bylines, related links, stamps, labels
(navigation lines and page labels: :mod:`repair.rules.furniture_navigation`).

How a line is judged follows the boilerplate classifiers jusText and trafilatura use on
web pages, turned to plain text where markup (and so link density) is gone:

* **length**: furniture lines are short (jusText's ``length_low`` is 70 characters);
  every rule here looks only at lines under :data:`MAX_LINE_CHARS`;
* **stopword density**: prose is about 40 % function words, titles and credits far
  fewer (jusText's ``stopwords_low`` is 0.30): :func:`stopword_density`;
* **position**: a line next to a credit line is that photo's caption; the first line
  is the title and keeps its words;
* **form**: a line with no sentence-final stop that ends in an agency name is a video
  or photo title with its credit, whatever its words;
* **repetition**: a line that repeats an earlier one is a repeated headline.

Every deletion removes a whole line (plus the blank lines after it), so sentences are
never cut. All rules are ``unsafe``: publishers keep some of this furniture on purpose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import cast

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety, Span
from repair.rules import furniture_credits as _credit_helpers
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.boilerplate import kept_final_break, line_deletion
from repair.rules.furniture_credits import CAPITALS, credit_tail, named_credit, picture_label, shows_not_tells

MAX_LINE_CHARS = 400
STOPWORDS_LOW = 0.30  # jusText's threshold below which a paragraph is not prose

_AGENCIES = (
    r"(?:Getty(?: Images)?|AFP(?: via Getty Images)?|AP(?: Photo)?|Reuters|EPA(?:-EFE)?|Xinhua|Bloomberg|"
    r"Shutterstock|Handout|Pool|Anadolu(?: Agency)?|dpa|Kyodo|Yonhap|PA(?: Media| Wire)?|Alamy|BBC|CNN)"
)
# Picture agencies: after a caption's stop a wire agency's name is a signature ("... Reuters"),
# a picture agency's is a credit.
_PICTURE_AGENCIES = r"(?:Getty(?: Images)?|AFP(?: via Getty Images)?|AP Photo|EPA(?:-EFE)?|Shutterstock|Alamy|Handout)"
# ". Photo: ANP / Jane Doe", ". Pictures: City of Lyon/via Reuters": a picture label before a
# credit of capitalised names (joined by "/", ",", "&", "via", "of", "and"), no clause.
# The label may stand a space off its colon ("Photo : AFP", a French page's spacing), and the
# credit may open with the lower-case word of a file picture ("archives AFP", "file Reuters").
# A translated page keeps its label in its own spelling ("FOTÓ:", "Fotó:") or glosses the credit
# as a copyright ("Picture copyright:"): same label, same names after it.
_PICTURE_LABEL = (r"(?:(?:Photo|Picture|Pic|Image|Photograph|Credit|Foto|Fotó|PHOTO|PICTURE|IMAGE|FOTO|FOTÓ"
                  r"|CREDIT)s?(?: (?i:credit|copyright))?[ \t]?:"
                  r"|(?:Photo|Picture|Image)s? (?:by|courtesy of(?: the)?))")
# An agency that writes its name in lower case closes the credit after a slash ("Jo Hart/dpa").
# A ministry's pictures are credited to its press office in lower case ("press service of the ...").
_CREDIT_NAMES = (r"[ \t]*(?:(?:archives?|file|handout|courtesy(?: of)?|press (?:service|office) of(?: the)?)[ \t]+)?"
                 r"[" + CAPITALS + r"][\w.'’&-]*"
                 r"(?:[ \t]*(?:/|,|&)?[ \t]*(?:via |of |and |the |for |on |(?:de|da|di|van|von|der|den|le|la|al|bin) )*"
                 r"[" + CAPITALS + r"][\w.'’&-]*){0,6}(?:[ \t]?/[ \t]?(?:[a-z]{2,5}|handout|archive))?")
_LABELLED_CREDIT = r"(?:[.!?]|[ \t]\|)[ \t]+" + _PICTURE_LABEL + _CREDIT_NAMES
# "Photo: Harbour Press / Jo Hart" alone on its line: a picture label and names, nothing else.
# "PA Media / Photo: House TV": the agency's name may stand before the label, set off by a slash.
_LABEL_CREDIT_LINE = lazy_compile(r"^(?:[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,2}[ \t]?/[ \t]?)?"
                                  + _PICTURE_LABEL + _CREDIT_NAMES + r"[ \t]*$")
# "... in Lyon, 3 May 2025. © Jo Hart / AFP": a copyright mark before the names closes a caption.
_COPYRIGHT_CREDIT = r"[ \t]*©[ \t]*(?:\d{4}[ \t]*)?" + _CREDIT_NAMES
_BARE_CREDIT = lazy_compile(_LABELLED_CREDIT + r"[ \t]*$")
# "... in 2019. Getty" / "... on Monday (Getty Images)" / "... /AFP" ("[Photo by ...]" and
# "(photo: ...)" are BP003's).
_TRAILING_CREDIT = re.compile(
    r"(?:[.!?][ \t]+" + _PICTURE_AGENCIES + r"|[ \t]*[(\[](?:" + _AGENCIES + r"|Handout|File)[)\]]"
    r"|[ \t]*/[ \t]?" + _AGENCIES + r"|[ \t]*Photo credit:[^\n]{1,60}"
    # "(Xinhua/Li Wei)", "(Ana Ruiz/AFP)": an agency and its photographer in brackets, either order.
    r"|[ \t]*[(\[](?:" + _AGENCIES + r"[ \t]?/[ \t]?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
    r"|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}[ \t]?/[ \t]?" + _AGENCIES + r")[)\]]"
    r"|[ \t]*\((?:AP |AFP |File )?(?:Photo(?: by)?[:/ ]|(?:Picture|Pic|Image|Credit)s?:)[^()\n]{1,60}\)"
    r"|[.!?][ \t]+Courtesy:?[ \t][^\n]{1,40}"
    # ". (Coast Guard via AP)": the source's name and the agency that carried the picture,
    # after the caption's stop.
    r"|[.!?][ \t]+[(\[][A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:/Handout)? via " + _AGENCIES + r"[)\]]"
    # ". Photo / Jo Hart": the picture label set off the photographer's name by a slash.
    r"|[.!?][ \t]+(?:Photo|Picture|Image|PHOTO)[ \t]?/[ \t]?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}"
    # ". REUTERS/Jane Doe": the wire's picture credit, agency in capitals, then the photographer.
    r"|[.!?][ \t]+(?:REUTERS|AFP|EPA|AP|ANP|DPA)/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
    # ". Photo: ANP / Jane Doe": a picture label before a bare credit (names, agency, "/").
    r"|" + _LABELLED_CREDIT + r"|" + _COPYRIGHT_CREDIT
    # Credits told by their shape, whatever the agency: an agency's initials and its
    # photographer's full name in brackets ("(ACN / Ana Ruiz)"), initials before "photo"
    # (". EFE photo"), and the file-picture label (". PHOTO / FILE", ". File photo").
    + r"|[ \t]*[(\[][A-Z]{2,6}[ \t]?/[ \t]?[A-Z][a-z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}[)\]]"
    r"|[.!?][ \t]+[A-Z]{2,6}[ \t](?:photo|Photo|PHOTO)s?"
    # A file picture's label in any of its words: ". File photo", ". ARCHIVE PHOTO", ". Photo / Archive".
    r"|[.!?][ \t]+(?:(?i:photo|picture|image)[ \t]?/[ \t]?(?i:file|archive)"
    r"|(?i:file|archive)[ \t](?i:photos?|pictures?|images?))"
    r")[ \t]*$"
)
# The shapes above that hold no credit word hold a slash or the lower-case "photo" in the tail
# (looked for with ``find`` from the tail's start in photo_caption).
# A credit alone on its line: "Jane Doe/AFP via Getty Images", "Getty Images", "Photo: Reuters".
_CREDIT_ONLY = lazy_compile(
    r"^(?:(?:Photo|Image|Picture)(?: credit)?:[ \t]*)?(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}[ \t]?/[ \t]?)?"
    + _AGENCIES + r"$"
)
# Words a caption uses to describe what the picture shows.
_DESCRIBES_PICTURE = lazy_compile(
    r"^(?:In this|This|A|An)(?: (?:undated|handout|file|aerial|recent|satellite|photo|image))* "
    r"(?:photo|image|picture|video still|handout|photograph)(?:,)? (?:[^.\n]{0,160}? )?"
    r"(?:shows|showing|provided by|released by|taken by|taken on|made available by|distributed by)\b"
)
# Every agency name starts with one of these; a plain alternation of literals is scanned
# for several times faster than the credit patterns, so it is asked first.
_AGENCY_WORDS = (
    "Getty|AFP|AP|Reuters|EPA|Xinhua|Bloomberg|Shutterstock|Handout|Pool|Anadolu|dpa|Kyodo|Yonhap|PA|Alamy|BBC|CNN"
)
# Every agency name in text starts with one of these names (asked first: see _AGENCY_WORDS).
_AGENCY_NAMES = lazy_compile(_AGENCY_WORDS)
_ANY_AGENCY = lazy_compile(r"\b" + _AGENCIES + r"\b")
# One of these is in every _TRAILING_CREDIT and _CREDIT_ONLY match.
_CREDIT_WORDS = lazy_compile(_AGENCY_WORDS + "|REUTERS|DPA|ANP|File|Archive|ARCHIVE|Photo|Courtesy|Pic|Image"
                           "|Credit|Foto|Fotó|PHOTO|PIC|IMAGE|CREDIT|FOTO|FOTÓ|©")
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
_REPORTED = re.compile(r"\b(?:said|says|told|according to)\b")
# "(R) greets": a position tag followed by the present tense of a caption ("IBM (R) and" is a mark).
# "…. Photo: …": a caption's label after a sentence's stop on the same line.
_CAPTION_LABEL = lazy_compile(r"[.!?][ \t]+(?:Photo|Picture|Image|Caption|Pictured)s?:[ \t]")
# ". File photo" closing a line: a label no sentence ends with, so a caption of a bare name
# ("The river at dawn. File photo") is one too, however short.
_FILE_PICTURE = lazy_compile(r"[.!?][ \t]+(?i:file|archive)[ \t](?i:photos?|pictures?|images?)[ \t]*$")
_SLASH_LABEL = lazy_compile(r"[.!?][ \t]+(?:Photo|Picture|Image|PHOTO)[ \t]?/[ \t]?[A-Z]")
_POSITION_TAG = re.compile(r"\((?:L|R|C|left|right|centre|center|front|back)\) [a-z]+s\b")


def stopword_density(line: str) -> float:
    """Share of the line's words that are function words (jusText's main prose signal)."""
    words = lexicon.words(line)
    if not words:
        return 0.0
    stop = sum(1 for w in words if lexicon.is_function_word(w) or w.lower() in lexicon.AUXILIARIES)
    return stop / len(words)


def _lines(doc: Document) -> list[tuple[int, Span, str]]:
    """Each short paragraph (one line) with its index and text, in order: cut once per
    document (``doc.memo``) for the five line rules that read them."""
    lines = doc.memo.get(_LINES_KEY)
    if lines is None:
        text = doc.text
        lines = doc.memo[_LINES_KEY] = [(index, para, text[para.start : para.end])
                                        for index, para in enumerate(doc.paragraphs)
                                        if para.end - para.start <= MAX_LINE_CHARS]
    return cast("list[tuple[int, Span, str]]", lines)


_LINES_KEY = "furniture.lines"


def _delete(self: Rule, doc: Document, start: int, end: int, message: str, confidence: float) -> Edit:
    start, end = line_deletion(doc, start, end)
    return self.edit(start, end, kept_final_break(doc, start, end), message, confidence)


@rule(
    "PF001",
    "photo-caption",
    "boilerplate",
    Safety.UNSAFE,
    bad=[
        ("Workers clear snow from the runway on Monday. Getty\n\nThe airport reopened at noon.",
         "The airport reopened at noon."),
        ("Fans wave flags outside the stadium (Getty Images)\n\nThe match ended 2-1.", "The match ended 2-1."),
        ("Fans wave flags outside the stadium on Sunday. (Xinhua/Zhao Min)\n\nThe match ended 2-1.",
         "The match ended 2-1."),
        ("A rescuer carries a child from the river. (Tom Berg/AFP)\n\nThe match ended 2-1.", "The match ended 2-1."),
        ("The mayor (R) greets the minister in Lyon.\n\nThe two met for an hour.",
         "The two met for an hour."),
        ("This undated image provided by the navy shows the ship at sea.\n\nThe ship sank on Friday.",
         "The ship sank on Friday."),
        ("Crowds gather in the square in Lima on Sunday.\n\nJane Doe/AFP via Getty Images\n\nThe vote was close.",
         "The vote was close."),
        ("Dockers block the port gate in Antwerp, May 2, 2025. REUTERS/Jane Doe\n\nIt fell.", "It fell."),
        ("The ferry resumes service in June. Photo: Passengers board at the pier (Reuters)\n\nIt sails daily.",
         "The ferry resumes service in June.\n\nIt sails daily."),
        ("Leaders arrive for talks in Oslo, May 4, 2025. Photo: NTB / Jan van der Berg\n\nTalks began.",
         "Talks began."),
        ("Talks began.\n\nA fireboat sprays water in the harbour. Pictures: City of Lyon/via Reuters", "Talks began."),
        ("Crews clear the wreck near the bridge on Friday. Image: Coastline Press / Jo Hart\n\nThe road reopened.",
         "The road reopened."),
        ("A nurse checks a patient on the new ward (Pic: Lena Ott for City Media)\n\nThe ward opened.",
         "The ward opened."),
        ("The ward opened.\n\nThe mayor speaks at the opening. Picture: Harbour Town Council", "The ward opened."),
        ("The ward opened.\n\nNurses wait at the new entrance. PHOTO: LENA OTT", "The ward opened."),
        ("The ward opened.\n\nNurses wait at the new entrance. Photo by Lena Ott / City Media", "The ward opened."),
        ("The ward opened.\n\nNurses wait at the new entrance | Photo: Lena Ott", "The ward opened."),
        ("The ward opened.\n\nNurses wait at the new entrance. Image credit: Lena Ott/City Media", "The ward opened."),
        ("The ward opened.\n\nNurses wait at the gate on Monday. Photo : archives Harbour Press", "The ward opened."),
        ("The ward opened.\n\nThe mayor in Lyon, 4 May 2025. © Jo Hart / City Media\n\nIt shut.",
         "The ward opened.\n\nIt shut."),
        ("The ward opened on Monday.\n\nPhoto: Coastline Press\n\nIt shut.", "The ward opened on Monday.\n\nIt shut."),
        ("The ward opened.\n\nThe mayor cuts the ribbon at the new ward on Monday. (HTN / Lena Ott)\n\nIt shut.",
         "The ward opened.\n\nIt shut."),
        ("The ward opened.\n\nNurses wait at the new entrance on Monday. KNA photo\n\nIt shut.",
         "The ward opened.\n\nIt shut."),
        ("The ward opened.\n\nNurses wait at the new entrance of the hospital. PHOTO / FILE\n\nIt shut.",
         "The ward opened.\n\nIt shut."),
        ("The ward opened.\n\nDockers unload grain at the quay. (XYZ/Archive)\n\nIt shut.",
         "The ward opened.\n\nIt shut."),
        ("The ward opened.\n\nNurses on the new ward before the opening. HTN\n\nIt shut.",
         "The ward opened.\n\nIt shut."),
        ("The ward opened.\n\nPhoto courtesy of the Harbour Fire Service\n\nIt shut.", "The ward opened.\n\nIt shut."),
        ("The ward opened.\n\nNurses wait at the gate on Monday. (Coast Guard via AP)\n\nIt shut.",
         "The ward opened.\n\nIt shut."),
        ("The ward opened.\n\nNurses wait at the gate on Monday. Photo / Lena Ott\n\nIt shut.",
         "The ward opened.\n\nIt shut."),
        ("The ward opened.\n\nNurses wait at the gate. Photo: Harbour Police / handout\n\nIt shut.",
         "The ward opened.\n\nIt shut."),
        ("The ward opened.\n\nNurses wait at the gate. Photo: press service of the Health Ministry\n\nIt shut.",
         "The ward opened.\n\nIt shut."),
        ("The ward opened.\n\nThe results were released on Friday in a journal. A model of the ward. (Reuters)",
         "The ward opened.\n\nThe results were released on Friday in a journal."),
    ],
    good=[
        "The ship sank on Friday, the navy said.\n\nIt had 40 people on board.",
        "Reuters reported the figures on Monday.",
        "The photo, the agency said, shows the ship before it sank and was taken by a crew member. Rescuers "
        "arrived an hour later and found no one, officials told reporters at a news conference in the port.",
        "Profit rose 5% (Reuters)",
        "The firm repaid its debt. Credit: the bank extended the loan by a year.",
        "The group bought a stake in the lender this week (Credit Suisse)",
        "Shares in the maker of the game rose sharply this week (Image Group)",
        "The ward opened.\n\nPhoto: crowds gather at the gate\n\nIt shut.",
        "The brand's logo carries a © mark, the firm said in Lyon on Monday.",
        "The two blocs signed the deal in Brussels on Monday (EU / Mercosur)",
        "Oil prices rose on Monday as traders bought more futures. Brent / WTI",
        "Nurses wait at the entrance. NHS photos show long queues.",
        "The plan was backed by both sides (EU/UK).",
        "The ward opened on Monday, the minister said. HTN",
        "The ward opened on Monday, the minister said. (Talks via Zoom)",
        "Cargo rose.\n\nExports to Asia grew fastest, the port said on Monday. (Xinhua)\n\nIt shut.",
        "The ward opened.\n\nNurses wait at the gate, the union said. Photo / Lena Ott",
        "Buyers pay through the app (Apple Pay via Getty)",
        "The ward opened. Photo: press service said the ward was full",
        "The ward opened.\n\nPhoto courtesy of the fire service was on show in the hall.",
    ],
)
def photo_caption(doc: Document, self: Rule) -> Iterator[Edit]:
    """A photo caption kept in the body: a line ending in its credit (". Getty", "(AFP)",
    "[Photo/Xinhua]", "/AFP", "Photo credit: ..."), a line right above a credit line
    ("Jane Doe/AFP via Getty Images"), a line with position tags ("(R) greets"),
    or one describing a picture ("This image released by ... shows").

    A caption describes a photo the page showed; without the photo it is a stray
    sentence in the story. The caption and its credit line go together; under a line
    that tells rather than shows (past narration, a report, an argument), the credit line
    goes alone and the story's sentence stays. A sub-heading
    is not a caption: it has no credit and describes no picture. Unsafe: some
    publishers keep captions in their text.
    """
    lines = list(_lines(doc))
    # Credits name an agency (or say "File" / "Photo credit:"): a text naming none has no credit lines.
    credits = _CREDIT_WORDS.search(doc.text) is not None
    credit_only = {i for i, _, text in lines if _CREDIT_ONLY.match(text)} if credits else set()
    taken: set[int] = set()  # credit lines deleted with the caption above them
    opening = (_credit_helpers.opening_caption(lines, len(doc.paragraphs), _LABEL_CREDIT_LINE.match, doc.paragraph_text)
               if credits else None)
    for index, para, text in lines:
        if index in credit_only:
            if index not in taken:
                # A credit line under a story sentence, a heading or another credit: the
                # picture it credits is gone, so it goes alone.
                yield _delete(self, doc, para.start, para.end, "Photo credit line, not article text.", 0.75)
            continue
        if credits and (text[:1] in "PICFp" or "/" in text[:40]) and _LABEL_CREDIT_LINE.match(text):
            # "Photo: Harbour Press": a credit line whose names are no agency's; it goes alone
            # (the line above it may be the lead, not a caption).
            yield _delete(self, doc, para.start, para.end, "Photo credit line, not article text.", 0.75)
            continue
        # The cheap tests of form go first; the stops are counted only for a line that passes one.
        # The credit sits at the end: search only the line's tail.
        tail = max(0, len(text) - 90)
        ends_in_credit = ((_CREDIT_WORDS.search(text, tail) is not None if credits else False)
                          or text.find("/", tail) >= 0 or text.find("photo", tail) >= 0) \
            and bool(_TRAILING_CREDIT.search(text, tail)) \
            and len(lexicon.words(text)) >= (3 if _FILE_PICTURE.search(text, tail) else 5)
        if ends_in_credit and "/" in text[tail:] and _SLASH_LABEL.search(text, tail) \
                and (index == 0 or _REPORTED.search(text)):
            # ". Photo / Jo Hart" after a sentence that reports is the story's line with a credit
            # run on (the colon label's case below, which this label's slash does not reach); on
            # the first line the caption may follow the headline the scrape ran it onto.
            ends_in_credit = False
        if ends_in_credit and _REPORTED.search(text) and not _CAPTION_LABEL.search(text):
            # "…, the port said on Monday. (Xinhua)": a caption shows a picture and reports no
            # one's words; a line with a speech tag is the story's own, its agency credit a source.
            ends_in_credit = False
        if not ends_in_credit and (credit_tail(text) or picture_label(text) or named_credit(text, index == 0)):
            # Credits told by their shape whatever the agency ("(EFE/Archive)", ". ANP").
            ends_in_credit = len(lexicon.words(text)) >= 5
        # Above a credit line of its own, only a line that shows a picture is its caption; a
        # story sentence there ("The vote was close.") stays, and the credit line goes alone.
        above_credit = (index + 1 in credit_only and text[-1:] in ".!?" and shows_not_tells(text)) or index == opening
        tagged = "(" in text and bool(_POSITION_TAG.search(text))
        # A story sentence about a photo reports it ("the agency said"); a caption shows it.
        describes = bool(_DESCRIBES_PICTURE.match(text)) and not _REPORTED.search(text)
        if not (ends_in_credit or above_credit or tagged or describes):
            continue
        label = _CAPTION_LABEL.search(text)
        # A sentence that reports ("..., the council said. Photo: Jo Hart/dpa") is the story's,
        # whatever the credit after it.
        if (label and ends_in_credit and lexicon.has_clause(lexicon.words(text[: label.start() + 1]))
                and (not _BARE_CREDIT.search(text, label.start()) or _REPORTED.search(text, 0, label.start())
                     or _credit_helpers.states_not_shows(text[: label.start() + 1]))):
            # "The vote is on Monday. Photo: Crowds gather (AFP)": a story sentence with the
            # caption run onto its line; only the caption goes, the sentence stays.
            yield self.edit(para.start + label.start() + 1, para.end, "",
                            "Photo caption run onto a story sentence's line, not article text.", 0.75)
            continue
        sentences = len(_SENTENCE_STOP.findall(text))
        if sentences > 2:
            continue
        if sentences == 2 and ends_in_credit and (story_end := _credit_helpers.story_sentence_end(text)) is not None:
            # "The findings were published on Wednesday. Artist's impression of the planet.
            # (ESA/Handout)": a story sentence in the past tense, then the caption; only the
            # caption goes (a caption describes the picture in the present tense).
            yield self.edit(para.start + story_end, para.end, "",
                            "Photo caption run onto a story sentence's line, not article text.", 0.75)
            continue
        above_credit = above_credit and sentences == 1
        if ends_in_credit and sentences == 1 and _credit_helpers.states_not_shows(text):
            continue  # "Cases were traced to wells. Source: XYZ": a story sentence; its credit is PF021's
        if not (ends_in_credit or above_credit or ((tagged or describes) and sentences <= 1)):
            continue
        # An opening caption's labelled credit (not in ``credit_only``) goes by its own edit.
        if with_credit := above_credit and index + 1 in credit_only:
            taken.add(index + 1)
        end = doc.paragraphs[index + 1].end if with_credit else para.end
        yield _delete(self, doc, para.start, end, "Photo caption or credit, not article text.", 0.8)


# A title line with no final stop ending in an agency name: "Leaders meet in Rome Reuters".
_TITLE_WITH_CREDIT = lazy_compile(r"^[A-Z][^\n.!?]{10,200}[ \t](?P<last>[^\W\d_][\w'’-]*)[ \t]+" + _AGENCIES + r"$")
_ENDS_WITH_AGENCY = lazy_compile(r"[ \t]" + _AGENCIES + r"$")
MAX_TITLE_WORDS = 18
# "officials told Reuters", "according to AP": the agency is the source of a sentence, not a credit.
_SOURCE_VERBS = frozenset("told tells said says to by from with for according cited quoted".split())


@rule(
    "PF002",
    "video-title-credit",
    "boilerplate",
    Safety.UNSAFE,
    bad=[("The storm hit the coast.\n\nPresident visits flooded towns in the north Reuters\n\nThe rain stopped.",
          "The storm hit the coast.\n\nThe rain stopped.")],
    good=["The storm hit the coast.\n\nThe figures were first reported by Reuters.",
          "Shares of the company rose after it said it would buy Reuters"],
)
def video_title_credit(doc: Document, self: Rule) -> Iterator[Edit]:
    """An embedded video or photo title with its credit ("Leaders meet in Rome Reuters").

    Titles carry no final stop and few function words (stopword density under jusText's
    0.30); the agency name run onto the end is the player's credit. The first line (the
    article title) is never touched. Unsafe: a headline-style sub-heading can end in a name.
    """
    for index, para, text in _lines(doc):
        if index == 0 or text[-1:] in ".!?" or not _ENDS_WITH_AGENCY.search(text, max(0, len(text) - 40)):
            continue
        match = _TITLE_WITH_CREDIT.match(text)
        if not match or stopword_density(text) >= STOPWORDS_LOW:
            continue
        last = match.group("last").lower()
        if last in _SOURCE_VERBS or lexicon.is_function_word(last) or len(lexicon.words(text)) > MAX_TITLE_WORDS:
            continue
        yield _delete(self, doc, para.start, para.end, "Video or photo title with its credit.", 0.75)


RULES = (photo_caption, video_title_credit)
