"""Page furniture kept as body lines: captions, credits, bylines, related links, stamps, labels.

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
from repair.rules.base import Rule, rule
from repair.rules.boilerplate import line_deletion

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
_LABELLED_CREDIT = (r"(?:[.!?]|[ \t]\|)[ \t]+(?:(?:Photo|Picture|Pic|Image|Photograph|Credit|Foto|PHOTO|PICTURE|IMAGE"
                    r"|CREDIT)s?(?: (?i:credit))?:|(?:Photo|Picture|Image)s? by)[ \t]*[A-Z][\w.'’&-]*"
                    r"(?:[ \t]*(?:/|,|&)?[ \t]*(?:via |of |and |the |(?:de|da|di|van|von|der|den|le|la|al|bin) )*"
                    r"[A-Z][\w.'’&-]*){0,6}")
_BARE_CREDIT = re.compile(_LABELLED_CREDIT + r"[ \t]*$")
# "... in 2019. Getty" / "... on Monday (Getty Images)" / "... /AFP" ("[Photo by ...]" and
# "(photo: ...)" are BP003's).
_TRAILING_CREDIT = re.compile(
    r"(?:[.!?][ \t]+" + _PICTURE_AGENCIES + r"|[ \t]*[(\[](?:" + _AGENCIES + r"|Handout|File)[)\]]"
    r"|[ \t]*/[ \t]?" + _AGENCIES + r"|[ \t]*Photo credit:[^\n]{1,60}"
    r"|[ \t]*\((?:AP |AFP |File )?(?:Photo(?: by)?[:/ ]|(?:Picture|Pic|Image|Credit)s?:)[^()\n]{1,60}\)"
    r"|[.!?][ \t]+Courtesy:?[ \t][^\n]{1,40}"
    # ". REUTERS/Jane Doe": the wire's picture credit, agency in capitals, then the photographer.
    r"|[.!?][ \t]+(?:REUTERS|AFP|EPA|AP|ANP|DPA)/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
    # ". Photo: ANP / Jane Doe": a picture label before a bare credit (names, agency, "/").
    r"|" + _LABELLED_CREDIT + r")[ \t]*$"
)
# A credit alone on its line: "Jane Doe/AFP via Getty Images", "Getty Images", "Photo: Reuters".
_CREDIT_ONLY = re.compile(
    r"^(?:(?:Photo|Image|Picture)(?: credit)?:[ \t]*)?(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}[ \t]?/[ \t]?)?"
    + _AGENCIES + r"$"
)
# Words a caption uses to describe what the picture shows.
_DESCRIBES_PICTURE = re.compile(
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
_AGENCY_NAMES = re.compile(_AGENCY_WORDS)
_ANY_AGENCY = re.compile(r"\b" + _AGENCIES + r"\b")
# One of these is in every _TRAILING_CREDIT and _CREDIT_ONLY match.
_CREDIT_WORDS = re.compile(_AGENCY_WORDS + "|REUTERS|DPA|ANP|File|Photo|Courtesy|Pic|Image|Credit|Foto"
                           "|PHOTO|PIC|IMAGE|CREDIT")
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
_REPORTED = re.compile(r"\b(?:said|says|told|according to)\b")
# "(R) greets": a position tag followed by the present tense of a caption ("IBM (R) and" is a mark).
# "…. Photo: …": a caption's label after a sentence's stop on the same line.
_CAPTION_LABEL = re.compile(r"[.!?][ \t]+(?:Photo|Picture|Image|Caption|Pictured)s?:[ \t]")
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
    # Deleting the last line must not take the text's final line break with it.
    keep = "\n" if end == len(doc.text) and start > 0 and doc.text.endswith("\n") else ""
    return self.edit(start, end, keep, message, confidence)


@rule(
    "PF001",
    "photo-caption",
    "boilerplate",
    Safety.UNSAFE,
    bad=[
        ("Workers clear snow from the runway on Monday. Getty\n\nThe airport reopened at noon.",
         "The airport reopened at noon."),
        ("Fans wave flags outside the stadium (Getty Images)\n\nThe match ended 2-1.", "The match ended 2-1."),
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
    ],
)
def photo_caption(doc: Document, self: Rule) -> Iterator[Edit]:
    """A photo caption kept in the body: a line ending in its credit (". Getty", "(AFP)",
    "[Photo/Xinhua]", "/AFP", "Photo credit: ..."), a line right above a credit line
    ("Jane Doe/AFP via Getty Images"), a line with position tags ("(R) greets"),
    or one describing a picture ("This image released by ... shows").

    A caption describes a photo the page showed; without the photo it is a stray
    sentence in the story. The caption and its credit line go together. A sub-heading
    is not a caption: it has no credit and describes no picture. Unsafe: some
    publishers keep captions in their text.
    """
    lines = list(_lines(doc))
    # Credits name an agency (or say "File" / "Photo credit:"): a text naming none has no credit lines.
    credits = _CREDIT_WORDS.search(doc.text) is not None
    credit_only = {i for i, _, text in lines if _CREDIT_ONLY.match(text)} if credits else set()
    for index, para, text in lines:
        if index in credit_only:
            continue
        # The cheap tests of form go first; the stops are counted only for a line that passes one.
        # The credit sits at the end: search only the line's tail.
        tail = max(0, len(text) - 90)
        ends_in_credit = (credits and _CREDIT_WORDS.search(text, tail) is not None
                          and bool(_TRAILING_CREDIT.search(text, tail)) and len(lexicon.words(text)) >= 5)
        above_credit = index + 1 in credit_only and text[-1:] in ".!?"
        tagged = "(" in text and bool(_POSITION_TAG.search(text))
        # A story sentence about a photo reports it ("the agency said"); a caption shows it.
        describes = bool(_DESCRIBES_PICTURE.match(text)) and not _REPORTED.search(text)
        if not (ends_in_credit or above_credit or tagged or describes):
            continue
        label = _CAPTION_LABEL.search(text)
        if (label and ends_in_credit and lexicon.has_clause(lexicon.words(text[: label.start() + 1]))
                and not _BARE_CREDIT.search(text, label.start())):
            # "The vote is on Monday. Photo: Crowds gather (AFP)": a story sentence with the
            # caption run onto its line; only the caption goes, the sentence stays.
            yield self.edit(para.start + label.start() + 1, para.end, "",
                            "Photo caption run onto a story sentence's line, not article text.", 0.75)
            continue
        sentences = len(_SENTENCE_STOP.findall(text))
        if sentences > 2:
            continue
        above_credit = above_credit and sentences == 1
        if not (ends_in_credit or above_credit or ((tagged or describes) and sentences <= 1)):
            continue
        end = doc.paragraphs[index + 1].end if above_credit else para.end
        yield _delete(self, doc, para.start, end, "Photo caption or credit, not article text.", 0.8)


# A title line with no final stop ending in an agency name: "Leaders meet in Rome Reuters".
_TITLE_WITH_CREDIT = re.compile(r"^[A-Z][^\n.!?]{10,200}[ \t](?P<last>[^\W\d_][\w'’-]*)[ \t]+" + _AGENCIES + r"$")
_ENDS_WITH_AGENCY = re.compile(r"[ \t]" + _AGENCIES + r"$")
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


_NAV_LINE = re.compile(
    r"""(?ix)^(?:
        (?:also\ read|read\ also|read\ next|see\ also|related|read\ more|more\ on\ this(?:\ story)?|watch|listen
           |analysis|opinion|tags?|topics|keywords?|video|videos|audio|gallery|photos)
            [ \t]*[:|][^\n]{0,200}[^.!?\n]
      # A related link may be a question or a sentence ("Also read: Who are the ...?"): the label is enough.
      | (?:also\ read|read\ also|read\ next|see\ also|related\ (?:topics|stories|articles|news|coverage|links))
            [ \t]*:[^\n]{3,200}
      | (?:subscribe\ to|follow\ us\ on|join)\ (?:our|us\ on)?\ ?[^\n]{0,40}
            (?:channel|newsletter|podcast|page|facebook|twitter|instagram|telegram|whatsapp|youtube|tiktok)[^\n.]{0,60}
      | in\ the\ (?:photo|picture|image|video):\ [^\n]{3,300}
      # "Los Angeles:" alone on a line: a dateline the feed split off its story.
      | (?-i:[A-Z][a-z]+(?:\ [A-Z][a-z]+){0,2}|[A-Z][A-Z'-]{2,}(?:\ [A-Z][A-Z'-]+){0,2}):
      | (?:stories|articles|videos)\ you\ (?:may|might)\ (?:also\ )?like[^\n]{0,40}
      | you\ (?:may|might)\ also\ like[^\n]{0,40}
      | (?:recommended|most\ read|most\ popular|trending(?:\ now)?|top\ stories)(?:\ (?:for\ you|stories|articles))?
      | skip\ (?:this\ )?ad(?:vertisement)?|advertis(?:ement|ing)|sponsored(?:\ content)?
      | (?:the\ )?(?:story|article)\ continues\ (?:below|after)(?:\ (?:the\ |this\ )?(?:advertisement|ad))?
      | (?:copyright|©)\ [^\n]{0,60}?all\ rights\ reserved\b[^\n]{0,160}
      | (?:photo|picture|pictured|image|caption):\ [^\n]{3,300}
      | (?:comment\ on\ the|caption\ (?:of|for)\ the|legend\ (?:of|to)\ the)\ (?:photo|picture|image)[,:]\ [^\n]{3,300}
      | _{3,} | ©[ \t]?[^\n]{1,80} | copyright\ (?:©\ ?)?\d{4}\b[^\n]{0,80}
      | share\ (?:this\ )?(?:article|story|page|on)[ \t]*:?(?:[ \t,|/]+(?:facebook|twitter|x|whatsapp|linkedin|email
           |e-mail|telegram|reddit|messenger|copy\ link|print)){1,9}
      | [^\n]{10,200}\ receives\ (?:financial\ )?support\ from\ [^\n]{3,200}
            \ solely\ responsible\ for\ all\ content\.?
      | (?:(?:world|local|us|uk|business)\ )?(?:news|world|politics|business|sports?|science|health|technology|tech
           |opinion|culture|entertainment|environment|economy|markets|lifestyle|travel|education)
      | media\ playback\ is\ (?:unsupported|not\ supported)\ on\ your\ device[^\n]{0,200}
      | image\ (?:copyright|source)\b[^\n]{0,200}
      | (?:image|media)\ caption\b[^\n]{0,200}
      | the\ post\ [^\n]{1,200}\ appeared\ first\ on\ [^\n]{1,80}
      | by\ [A-Z][\w.'’-]+(?:\ [A-Z][\w.'’-]+){0,3}(?:(?:,\ |\ and\ |\ &\ )[A-Z][\w.'’-]+(?:\ [A-Z][\w.'’-]+){0,3}){0,3}
            (?:[ \t]*[,|—–-][ \t]*""" + _AGENCIES + r"""|,\ [A-Z][\w ]{2,30}\ (?:correspondent|editor|reporter)
               |[ \t]*[|·][ \t]*\d{1,2}\ [A-Z][a-z]+\ \d{4}[^\n.!?]{0,20})?
      | (?:(?:last|first)\ )?(?:published|posted|updated|modified)(?:\ on)?:?\ (?:\d|[A-Z][a-z]+,?\ \d)[^\n]{0,50}
      | \d{1,2}\ [A-Z][a-z]+\ \d{4}(?:,\ \d{1,2}:\d{2}(?:\ [A-Z]{2,4})?)?(?:\ (?:updated|last\ updated)\ [^\n]{1,40})?
      | (?:[A-Z][a-z]+\ \d{1,2},\ \d{4})(?:,?\ (?:at\ )?\d{1,2}:\d{2}\ ?(?:[ap]\.?m\.?)?(?:\ [A-Z]{2,4})?)?
      # A breadcrumb: three or more short capitalised items between spaced arrows or slashes.
      | (?-i:[A-Z][\w&'’-]*(?:\ [\w&'’-]+){0,3}(?:[ \t]+[›»>▸→/][ \t]+[A-Z0-9][\w&'’-]*(?:\ [\w&'’-]+){0,3}){2,8})
      | \d+\ (?:minutes?|hours?|days?)\ ago | back\ to\ top | skip\ to\ (?:main\ )?content
      | \d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?(?:\ ?(?:UTC|GMT|Z))?
      | \((?:additional\ )?(?:reporting|writing|editing)\ by\ [^\n()]{2,160}\)
      | (?:(?:additional\ )?reporting|writing|editing|edited|compiled|translated)\ by\ [^\n.!?,;]{2,60}
            (?:;\ [^\n.!?,;]{2,60}){0,3}
      | (?:editors?|reporters?|translators?|writers?|authors?|contributors?):\ [A-Z][^\n.!?]{1,60}
      | (?:follow|read\ more|sign\ up|subscribe)\b[^\n]{0,100}\ (?:at|on|here|via)?:?\ ?(?:https?://|www\.)\S+
    )[ \t]*$""",
)
# A feed label before the headline: "Breaking: ...", "EXCLUSIVE: ...", "Watch: ...".
_LABEL_PREFIX = re.compile(r"^(?:BREAKING(?: NEWS)?|Breaking(?: [Nn]ews)?|EXCLUSIVE|Exclusive|WATCH|Watch|LIVE|Live)"
                           r"[ \t]*[:|][ \t]*(?=[A-Z])")


@rule(
    "PF003",
    "navigation-line",
    "boilerplate",
    Safety.UNSAFE,
    bad=[
        ("The vote passed.\n\nAlso read: Five things to know about the budget\n\nShares fell.",
         "The vote passed.\n\nShares fell."),
        ("Rates rose.\n\nStories you may like\n\nThe bank met.", "Rates rose.\n\nThe bank met."),
        ("By Jane Doe and John Roe\n\nRates rose on Monday.", "Rates rose on Monday."),
        ("Rates rose.\n\n3 May 2024, 09:05 GMT Updated 2 hours ago\n\nThe bank met.", "Rates rose.\n\nThe bank met."),
        ("The bank met.\n\nThe post Bank raises rates appeared first on Daily Wire Site.", "The bank met."),
        ("The bank met.\n\n(Reporting by Ana Ruiz; Editing by Tom Hale)", "The bank met."),
        ("The bank met.\n\nEditor: Li Wen", "The bank met."),
        ("2025-03-04 10:15:00\n\nThe bank met.", "The bank met."),
        ("The bank met.\n\nFollow our climate coverage at https://example.org/climate", "The bank met."),
        ("Comment on the photo, Crowds wait at the gate on Monday.\n\nThe bank met.", "The bank met."),
        ("The bank met.\n\n___\n\nShare this article: Facebook Twitter Email", "The bank met."),
        ("The bank met.\n\n© Daily Wire 2025", "The bank met."),
        ("The bank met.\n\nThe agency's climate desk receives support from several private foundations. "
         "The agency is solely responsible for all content.", "The bank met."),
        ("Breaking: Bank raises rates again\n\nThe bank met.", "Bank raises rates again\n\nThe bank met."),
        ("Rates rose.\n\nAlso read: Who runs the port now?\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nRelated topics: Ports in the north: a long decline", "Rates rose."),
        ("Rates rose.\n\nSubscribe to our channel on WhatsApp\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nVideo: The storm hits the coast (01:12)\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("In the photo: the new ferry at the quay. Photo: city press office\n\nIt fell.", "It fell."),
        ("Rotterdam:\n\nDockers walked out on Monday.", "Dockers walked out on Monday."),
        ("NEW DELHI:\n\nDockers walked out on Monday.", "Dockers walked out on Monday."),
        ("Rates rose.\n\nMedia playback is unsupported on your device Media caption The governor speaks\n\nIt fell.",
         "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nLast modified on Wed 4 Jun 2025 10.05 BST\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nFirst published: Friday, 6 June 2025\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("By Ana Ruiz | 6 June 2025\n\nRates rose.", "Rates rose."),
        ("Rates rose.\n\nBack to top", "Rates rose."),
        ("Home › Sport › Sailing\n\nRates rose.", "Rates rose."),
        ("Rates rose.\n\nNews > Europe > Baltic states > Latvia\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nCulture / Books / Reviews\n\nIt fell.", "Rates rose.\n\nIt fell."),
    ],
    good=[
        "By Monday the rates had risen.",
        "Related talks will resume next week, he said.",
        "Analysis of the data showed a rise.",
        "Breaking the deadlock took a week.",
        "Watch: the clip shows the moment the bridge fell, a video that was shared widely.",
        "Reporting by phone from the border, she said the crossing was shut.",
        "Follow the money, he told the committee.",
        "Subscribe to the theory and you will see, he said.",
        "He said:\n\nThe port will close.",
        "In the photo, taken in May, the ship is still afloat.",
        "The editor: a title she held for ten years.",
        "Share this story with a friend, the app says.",
        "The museum receives support from the city. It is solely responsible for the displays.",
        "Updated rules take effect on 6 June, the ministry said.",
        "Back to top form, the striker scored twice.",
        "Prices > wages > savings: that was the order of the squeeze, she said.",
        "Ana Ruiz / Daily Wire",
        "Left > right > centre",
    ],
)
def navigation_line(doc: Document, self: Rule) -> Iterator[Edit]:
    """A line of page navigation or metadata: related links ("Also read: ..."),
    recommendation prompts, "skip ad", player and image notices, the WordPress footer
    ("The post ... appeared first on ..."), bylines ("By A and B") and reporting or editing
    credits ("(Reporting by A; Editing by B)", "Editor: A"), time stamps ("3 May 2024, 09:05
    GMT", "Updated 2 hours ago", "2024-05-03 09:05:00"), "Follow ... at <address>" prompts
    and feed labels before a title ("Breaking:").

    None of it is article text. The whole line goes, except a label prefix, which is
    cut from the title it precedes. Unsafe: a byline may be wanted by the publisher.
    """
    for _, para, text in _lines(doc):
        if _NAV_LINE.match(text):
            yield _delete(self, doc, para.start, para.end, "Page navigation or metadata line.", 0.8)
            continue
        label = _LABEL_PREFIX.match(text)
        if label:
            yield self.edit(para.start, para.start + label.end(), "", f"Feed label “{label.group().strip()}”.", 0.8)


# "LIMA, May 3, 2024 /PRNewswire/ — Daily Post reports:": a release header line.
_RELEASE_HEADER = re.compile(r"^[A-Z][A-Za-z .'-]{1,40}, [A-Z][a-z]+\.? \d{1,2}(?:, \d{4})? ?/[A-Za-z -]{2,30}/"
                             r"(?:[ \t]*[—–-]+[ \t]*(?:[^\n.!?]{0,60}:)?)?$")
# " | Business News", " - Local News | The Daily Post": a section or site name on the title line.
_SECTION_SUFFIX = re.compile(
    r"(?: [-–—] [A-Z][\w'’&]*(?: [A-Z&][\w'’&]*){0,3})? \| [A-Z][\w'’&.]*(?: [A-Z&][\w'’&.]*){0,4}$"
)
# A label line in capitals naming a list of links: "LATEST NEWS FROM ASIA".
_CAPS_LABEL = re.compile(r"^(?:LATEST|MORE|RELATED|TOP|TRENDING|RECOMMENDED|POPULAR|MOST READ|WATCH|VIDEO|"
                         r"EDITOR'S PICKS?)"
                         r"\b[A-Z '’&-]{0,60}$")


@rule(
    "PF004",
    "page-label",
    "boilerplate",
    Safety.UNSAFE,
    bad=[
        ("LIMA, May 3, 2024 /PRNewswire/ — Daily Post reports:\n\nThe fair opened.", "The fair opened."),
        ("Port strike ends after two weeks | Business News\n\nThe strike ended.",
         "Port strike ends after two weeks\n\nThe strike ended."),
        ("The strike ended.\n\nLATEST NEWS FROM THE PORT\n\nShips left.", "The strike ended.\n\nShips left."),
        ("Port strike ends\n\nThe strike ended.\n\nPort strike ends\n\nShips left.",
         "Port strike ends\n\nThe strike ended.\n\nShips left."),
    ],
    good=[
        "LIMA, May 3, 2024 /PRNewswire/ — The fair opened on Friday with 200 firms.",
        "Results: Smith 12 | Jones 9",
        "The strike ended.\n\nNET PROFIT ROSE\n\nShips left.",
        "The strike ended.\n\nShips left.\n\nThe strike ended.",
    ],
    scope="document",
)
def page_label(doc: Document, self: Rule) -> Iterator[Edit]:
    """A page label line: a press-release header with nothing after its wire tag, a
    portal's section name after the title (" | Business News"), a capitals label over a
    list of links ("LATEST NEWS FROM ..."), or a title line repeated further down.

    The release header and the link label go; the section suffix is cut and the title
    kept. A repeated line goes only when it has no final stop (a title), since prose
    may repeat a sentence, and only when it repeats the first line (tables repeat
    their rows, which are no titles). Unsafe: a capitals label may be a real cross-head.
    """
    first = doc.paragraph_text(0) if doc.paragraphs else ""
    # Only a title-length line is searched: a long first paragraph is no title (and a scan of it costs).
    suffix0 = _SECTION_SUFFIX.search(first) if " | " in first and len(first) <= MAX_LINE_CHARS else None
    # The title as it reads once its section name is cut: a repeat of it is the headline again.
    title = " ".join((first[: suffix0.start()] if suffix0 else first).lower().split())
    for index, para, text in _lines(doc):
        if _RELEASE_HEADER.match(text) or (index > 0 and _CAPS_LABEL.match(text)):
            yield _delete(self, doc, para.start, para.end, "Page label, not article text.", 0.8)
        elif (index > 0 and text[-1:] not in ".!?\"”" and " ".join(text.lower().split()) == title
              and len(lexicon.words(text)) >= 3):
            yield _delete(self, doc, para.start, para.end, "Title line repeated.", 0.75)
        elif index == 0:  # the section name is cut from the title line only
            suffix = _SECTION_SUFFIX.search(text)
            if suffix:
                yield self.edit(para.start + suffix.start(), para.end, "", "Portal section name after the title.", 0.8)


RULES = (photo_caption, video_title_credit, navigation_line, page_label)
