"""Page labels told by their function: sourcing credits, section names, breadcrumbs, hash
tags, caption labels, and the copyright, tag list or ad marker run onto the story's prose.

Each is a class of line a page sets around its story, not a phrase of an example:

* **a sourcing credit**: "With information from <agencies>", "(With reports from <names>)",
  "Compiled from agency reports": a credit noun after "with"/"based on"/"compiled from"
  and only names (or the generic "agencies", "wire services") after "from";
* **a line of section names**: two or three names of a news site's sections joined by a
  separator ("Sport - Football", "World | Asia"); the names are a closed class;
* **a breadcrumb before the title**: "Home » World » <title>": the site's home, up to
  three short crumbs, then the title, which stays;
* **hash tags after a title**: "<title> #CityNews": tags closing a line with no stop;
* **a stamp or byline after the title**: "<title> 11 February 2025, 09:42 Updated 3 hours
  ago", "<title> By Staff Reporter | March 19, 2025": the rest of the line, from a figure or
  a label on, reads as a dated metadata line (PF016's), the title before it is kept;
* **a caption under its label in capitals**: "PHOTO | COURTESY <caption>": the picture's
  label and a credit word open the line, so all of it is the caption;
* **run onto the prose** (the page's line breaks lost), each closing or opening the
  paragraph where its end is sure: a copyright notice after the last stop ("... the
  border. Copyright 2024 The Harbour Press. All rights reserved."), a tag list after it
  ("... higher. TAGS: economy, rates"), an ad marker before the first sentence
  ("Advertisement The council ..." when a function word opens the sentence); a wire's
  credits run onto its currency note, the note kept ("($1 = 0.92 euros) Reporting by ...").

Deletions remove a whole line, or only the junk span of a line or paragraph. Unsafe, like
the rest of the furniture family.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.casing_learned_table import lower_evidence
from repair.rules.furniture import _delete, _lines
from repair.rules.furniture_label_stamps import label_stamp_line
from repair.rules.furniture_metadata import _credit_parts, metadata_line
from repair.rules.furniture_stamps import leading_stamp, trailing_stamp
from repair.rules.line_filter import spans_holding

MAX_LABEL_CHARS = 200
# A holder's name: capitalised words, joined by "and", "&", commas or slashes; or the
# generic holders a translated credit names ("agencies", "wire services").
_HOLDER = r"(?:the |The )?(?:[A-Z][\w.'’&-]*|agencies|agency|news agencies|wire services|wires|local media)"
_HOLDERS = _HOLDER + r"(?:(?:,? (?:and|&) |, ?| ?/ ?| )" + _HOLDER + r"){0,6}"
_SOURCING = lazy_compile(
    r"^(?:\*[ \t]?)?\(?(?:[Ww]ith|WITH|[Bb]ased on|[Cc]ompiled (?:from|with)) (?:additional |further )?"
    r"(?:information|info|reports?|reporting|inputs?|material|details|files|agency reports|wire reports)"
    r"(?: (?:from|by|of) " + _HOLDERS + r")?\)?\.?$"
)
# A news site's sections: the names a menu and a breadcrumb are made of.
_SECTIONS = frozenset(
    """news world local national international regional region regions politics economy business finance
    markets money culture entertainment arts art music film films cinema books lifestyle life living health
    science technology tech sport sports football soccer tennis cricket basketball rugby golf motorsport
    opinion opinions editorial editorials society education environment climate travel food fashion style
    autos motoring weather crime justice home homepage latest breaking metro nation asia europe africa
    americas features feature analysis interviews video videos photos gallery showbiz celebrity media tv
    television domestic foreign global city regions columns blogs""".split()
)
_SECTION_SEPARATORS = lazy_compile(r"[ \t]+[-–—|»>›/·•][ \t]+")
# "Home » World » ": the home crumb, up to three short crumbs, each after a separator.
_BREADCRUMB = lazy_compile(
    r"^(?:Home|HOME|Homepage|Start|Main page)[ \t]*[»>›/|][ \t]*(?:[A-Z][\w'’&-]*(?: [\w'’&-]+){0,2}"
    r"[ \t]*[»>›/|][ \t]*){0,3}"
)
# "Tech | ", "Arts & Culture » ": a section's name before the title (its words are checked
# against the closed class).
_SECTION_PREFIX = lazy_compile(r"^([A-Z][\w'’-]*(?: (?:&|and|[A-Z][\w'’-]*)){0,2})[ \t]*[|»›][ \t]*(?=[A-Z\"“‘'])")
# More crumbs after a section's name, each short and closed by a navigation arrow:
# "Sport » MotoGP » <title>" (a trail goes whole, not by halves; "|" may join a title's parts).
_MORE_CRUMBS = lazy_compile(r"(?:[A-Z0-9][\w'’&.-]*(?: [\w'’&.-]+){0,2}[ \t]*[»›][ \t]*){1,3}(?=[A-Z\"“‘'])")
# A wire's currency note ("($1 = 0.92 euros)", "(£1 = $1.27)") is the story's own footnote;
# the wire's credits run onto it ("($1 = 0.92 euros) Reporting by ...") are not.
_CURRENCY_NOTE = r"\((?:US|A|C|NZ|HK|S)?[$€£¥] ?1 ?= ?(?:US|A|C)?[$€£¥]? ?[\d.,]+(?: [A-Za-z.]+){0,3}\)"
_CURRENCY_LINE = lazy_compile(r"^(?:" + _CURRENCY_NOTE + r"[ \t]*)+")
# One to four hash tags closing the line.
_HASHTAGS = lazy_compile(r"(?<=[\w)’'])[ \t]+#[A-Za-z]\w{2,40}(?:[ \t]+#[A-Za-z]\w{2,40}){0,3}[ \t]*$")
# "PHOTO | COURTESY", "PHOTO: FILE", "IMAGE / HANDOUT" opening a caption's line.
_CAPTION_LABEL = lazy_compile(
    r"^(?:PHOTO|PHOTOS|PICTURE|IMAGE|FILE PHOTO)[ \t]*[|/:][ \t]*(?:COURTESY|FILE|ARCHIVE|HANDOUT)\b"
)
# A copyright notice after the paragraph's last stop, a holder and a year, maybe its
# reservation of rights: "... border. Copyright 2024 The Harbour Press. All rights reserved."
_COPYRIGHT_TAIL = lazy_compile(
    r"(?<=[.!?”\"’)] )(?:Copyright|COPYRIGHT|©|\([Cc]\))[ \t]*(?:©[ \t]*)?(?:\d{4}[ \t]+)?"
    r"(?:The )?[A-Z][\w.'’&-]*(?:[ \t]+(?:of |and |& )?[A-Z][\w.'’&-]*){0,5}(?:,?[ \t]+\d{4})?\.?"
    r"(?:[ \t]+All [Rr]ights [Rr]eserved\.?)?[ \t]*$"
)
# A tag list after the paragraph's last stop: "... higher. TAGS: economy, interest rates".
_TAGS_TAIL = lazy_compile(
    r"(?<=[.!?”\"’)] )(?:TAGS|Tags|TOPICS|Topics|KEYWORDS|Keywords)[ \t]*:[ \t]*"
    r"[\w'’-]+(?: [\w'’-]+){0,3}(?:,[ \t]*[\w'’-]+(?: [\w'’-]+){0,3}){0,12}[ \t]*$"
)
# A credit label after the paragraph's last stop ("... in 2024. Image: ESA/NASA. Processing:
# Jo Hart"), or a byline after a title ("<title> By Staff Reporter | March 19, 2025"): what
# follows is judged as a metadata line of its own.
_CREDIT_TAIL = lazy_compile(r"(?<=[.!?”\"’)] )[A-Z][a-z]+(?: [a-z]+)?:[ \t]")
_BYLINE_TAIL = lazy_compile(r"(?<=[\w’'”)]) By [A-Z]")
# A title in Title Case may end on "By" and a common noun ("... Cut Off By Floods"): words
# only after "By", one of them a word clean news writes in lower case and no desk word, is
# the headline's own phrase, not a byline.
_BYLINE_WORDS_ONLY = lazy_compile(r"By(?: [A-Z][a-z]+){1,3}")
_BYLINE_DESK_WORDS = frozenset("staff editorial newsroom desk team reporter reporters correspondent writers".split())


def _title_phrase_not_byline(tail: str) -> bool:
    """Whether ``tail`` ("By Floods", stripped) is only capitalised words after "By", one
    of them a common word in clean news (:func:`lower_evidence`) and none a desk word."""
    if _BYLINE_WORDS_ONLY.fullmatch(tail) is None:
        return False
    names = [word.lower() for word in tail.split()[1:]]
    if any(word in _BYLINE_DESK_WORDS for word in names):
        return False
    return any(lower_evidence(word) is not None for word in names)
# Where the page's stamp may open after the title: a figure or a stamp label after a space
# ("<title> 11 February 2025, 09:42 Updated 3 hours ago").
_STAMP_START = lazy_compile(r"(?<=[\w’'”)]) (?=\d|(?:Updated|Published|Posted|Last updated)\b)")
# An ad slot's marker opening the paragraph or standing after a stop, before a sentence.
_AD_MARKER = lazy_compile(r"(?:^|(?<=[.!?”\"] ))(?:Advertisement|ADVERTISEMENT)[ \t]+(?=[A-Z\d“\"])")


def section_line(line: str) -> bool:
    """Whether ``line`` is two or three of a site's section names joined by separators.

    >>> section_line("Sport - Football")
    True
    >>> section_line("Lions - Bears")
    False
    """
    parts = _SECTION_SEPARATORS.split(line.strip())
    if not 2 <= len(parts) <= 3:
        return False
    for part in parts:
        words = [w for w in part.replace("&", " ").lower().split() if w != "and"]
        if not words or len(words) > 2 or not all(w in _SECTIONS for w in words) or not part[:1].isupper():
            return False
    return True


def _ad_marker_spans(text: str) -> Iterator[tuple[int, int]]:
    """Spans of ad markers before a sentence that a function word opens ("Advertisement
    The ..."): a name may follow the word in prose ("Advertisement Standards Board")."""
    for marker in _AD_MARKER.finditer(text):
        following = lexicon.words(text[marker.end() : marker.end() + 40])[:1]
        if following and (following[0][:1].isdigit() or lexicon.is_function_word(following[0].lower())):
            yield marker.start(), marker.end()


def _title_stamp(text: str) -> int | None:
    """Where a stamp after the title starts in ``text`` (the first line), if one closes it:
    the first figure or stamp label after a space from which the rest is a dated metadata
    line, after three words or more whose last is no function word ("Strike set for 4 March
    2026" keeps its date). A line that is all metadata is PF016's to delete whole."""
    if metadata_line(text.strip()):
        return None
    for start in _STAMP_START.finditer(text):
        before = lexicon.words(text[: start.start()])
        if len(before) >= 3 and not lexicon.is_function_word(before[-1].lower()):
            if metadata_line(text[start.end() :].strip()) and not metadata_line(text[: start.start()].strip()):
                return start.start()
    return None


def _credit_tail(self: Rule, start: int, body: str) -> Iterator[Edit]:
    """The edit cutting credits run onto a paragraph's last sentence, if its tail is one:
    the first credit label after a stop from which the rest reads as labelled credits."""
    for label in _CREDIT_TAIL.finditer(body, max(0, len(body) - MAX_LABEL_CHARS)):
        tail = body[label.start() :].rstrip()
        if metadata_line(tail) or _credit_parts(tail):
            yield self.edit(start + label.start() - 1, start + len(body.rstrip()), "",
                            "Credits run onto the paragraph's end, not article text.", 0.7)
            return


def _stamp_edits(self: Rule, start: int, body: str) -> Iterator[Edit]:
    """Deletions of a page time stamp run onto the paragraph ``body`` (text offset ``start``).

    "04.12.2024 09:37 PORT HARBOUR — ...", "... on April 28. 14 Mar 2024 - 16:05"
    (:mod:`repair.rules.furniture_stamps`).
    """
    for stamp in (leading_stamp(body), trailing_stamp(body)):
        if stamp is not None:
            yield self.edit(start + stamp[0], start + stamp[1], "",
                            "Page time stamp run onto the prose, not article text.", 0.7)


@rule(
    "PF024",
    "labelled-page-line",
    "boilerplate",
    Safety.UNSAFE,
    bad=[
        ("The vote passed.\n\n(With information from AFP and Reuters)", "The vote passed."),
        ("The vote passed.\n\nWith reports from Harbour Press\n\nIt fell.", "The vote passed.\n\nIt fell."),
        ("Sport - Football\n\nThe vote passed.", "The vote passed."),
        ("Home » World » Ferry strike ends after two weeks\n\nThe vote passed.",
         "Ferry strike ends after two weeks\n\nThe vote passed."),
        ("Ferry strike ends after two weeks #HarbourNews\n\nThe vote passed.",
         "Ferry strike ends after two weeks\n\nThe vote passed."),
        ("The vote passed.\n\nPHOTO | COURTESY Crews clear the wreck on Friday.\n\nIt fell.",
         "The vote passed.\n\nIt fell."),
        ("The vote passed. Copyright 2025 The Harbour Press. All rights reserved.", "The vote passed."),
        ("The vote passed. TAGS: budget, council, taxes", "The vote passed."),
        ("Advertisement The vote passed on Monday.", "The vote passed on Monday."),
        ("Ferry strike ends in Lyon 4 March 2026, 09:42 Updated 3 hours ago\n\nThe vote passed.",
         "Ferry strike ends in Lyon\n\nThe vote passed."),
        ("Tech | Ferry strike ends after two weeks\n\nThe vote passed.",
         "Ferry strike ends after two weeks\n\nThe vote passed."),
        ("Sport » Cycling » Ferry strike ends after two weeks\n\nThe vote passed.",
         "Ferry strike ends after two weeks\n\nThe vote passed."),
        ("The euro rose.\n\n($1 = 0.92 euros) Reporting by Ana Ruiz; Editing by Lee Min",
         "The euro rose.\n\n($1 = 0.92 euros)"),
        ("The vote passed. Image: ESA/NASA. Processing: Jo Hart", "The vote passed."),
        ("Ferry strike ends after two weeks By Staff Reporter | March 19, 2025\n\nThe vote passed.",
         "Ferry strike ends after two weeks\n\nThe vote passed."),
        ("Ferry strike ends after two weeks By Ana Ruiz\n\nThe vote passed.",
         "Ferry strike ends after two weeks\n\nThe vote passed."),
        ("Ferry strike ends after two weeks By Staff Reporter\n\nThe vote passed.",
         "Ferry strike ends after two weeks\n\nThe vote passed."),
        ("Sport | Cycling | 3 min read\n\nThe vote passed.", "The vote passed."),
        ("Weather | Updated 10:42\n\nThe vote passed.", "The vote passed."),
    ],
    good=[
        "Ferry strike ends after two weeks | Updated 10:42\n\nThe vote passed.",
        "Lions 2 | Bears 1\n\nThe vote passed.",
        "With reports of flooding, the council closed the road.",
        "With information from the police, the family found him.",
        "Lions - Bears\n\nThe vote passed.",
        "The vote passed.\n\nSport and politics\n\nIt fell.",
        "Home is where the heart is\n\nThe vote passed.",
        "Protesters chanted under #MeToo banners on Monday.",
        "The vote passed.\n\nA photo shows crews clearing the wreck on Friday.",
        "The vote passed. Copyright law was not changed, the minister said.",
        "The vote passed. Topics: what the council will discuss next week.",
        "Advertisement Standards Board rules against the ad.",
        "Advertisement spending rose by a third.",
        "Lions | Ferry strike ends after two weeks\n\nThe vote passed.",
        "Ferry strike set for 4 March 2026\n\nThe vote passed.",
        "Published 14:05 BST, 3 June 2025 Updated 16:40 BST\n\nThe vote passed.",
        "Ferry strike ends after 12 days\n\nThe vote passed.",
        "The fee was $1 = 0.92 euros at the time.",
        "The euro rose.\n\n(£1 = $1.27)",
        "The vote passed. Photo: a crowd at the gate.",
        "Ferry strike ends By Monday\n\nThe vote passed.",
        "Roads Into Town Closed By Snow\n\nThe vote passed.",
        "Farms Along The River Ruined By Heavy Rain\n\nThe vote passed.",
    ],
)
def labelled_page_line(doc: Document, self: Rule) -> Iterator[Edit]:
    """A page label told by its function (see the module docstring): a sourcing credit or a
    line of section names, deleted whole; a breadcrumb or hash tags on the title's line, cut
    and the title kept; a caption under "PHOTO | COURTESY", deleted whole; a copyright
    notice or tag list after a paragraph's last stop and an ad marker before a sentence,
    cut from the prose."""
    for index, para, text in _lines(doc):
        line = text.strip()
        if not line or len(line) > MAX_LABEL_CHARS:
            continue
        first = line[0]
        if ((first in "(WwBbC*" and _SOURCING.match(line) is not None) or (" " in line and section_line(line))
                or (first.isupper() and (" | " in line or " · " in line) and label_stamp_line(line))
                or (first in "PIF" and _CAPTION_LABEL.match(line) is not None)):
            yield _delete(self, doc, para.start, para.end, "Page label or credit line, not article text.", 0.75)
            continue
        if first == "(" and (notes := _CURRENCY_LINE.match(text)) is not None and notes.end() < len(line):
            if metadata_line(text[notes.end() :].strip()):
                yield self.edit(para.start + notes.end() - 1, para.start + len(text.rstrip()), "",
                                "Wire credits run onto the currency note, not article text.", 0.7)
        crumbs = _BREADCRUMB.match(text) if first in "HSM" else None
        crumb_end = crumbs.end() if crumbs is not None else 0
        if crumbs is None and line[-1:] not in ".!?" and (prefix := _SECTION_PREFIX.match(text)) is not None:
            crumbs = prefix if section_line(prefix.group(1) + " - News") else None
            crumb_end = prefix.end()
            if crumbs is not None and prefix.group(0).rstrip()[-1:] in "»›":
                more = _MORE_CRUMBS.match(text, prefix.end())
                if more is not None and len(lexicon.words(text[more.end() :])) >= 3:
                    crumb_end = more.end()
        if crumbs is not None and len(lexicon.words(text[crumb_end:])) >= 3:
            yield self.edit(para.start + crumbs.start(), para.start + crumb_end, "",
                            "Breadcrumb before the title, not article text.", 0.75)
        if line[-1:] not in ".!?" and " By " in text and (byline := _BYLINE_TAIL.search(text)) is not None:
            tail = text[byline.start() + 1 :].strip()
            if (len(lexicon.words(text[: byline.start()])) >= 3 and metadata_line(tail)
                    and not _title_phrase_not_byline(tail)):
                yield self.edit(para.start + byline.start(), para.start + len(text.rstrip()), "",
                                "Byline run onto the title, not article text.", 0.7)
        if index == 0 and line[-1:] not in ".!?" and (stamp := _title_stamp(text)) is not None:
            yield self.edit(para.start + stamp, para.start + len(text.rstrip()), "",
                            "Page stamp after the title, not article text.", 0.7)
        if "#" in line and line[-1:] not in ".!?" and (tags := _HASHTAGS.search(text)) is not None:
            before = lexicon.words(text[: tags.start()])
            if len(before) >= 3 and not lexicon.is_function_word(before[-1].lower()):
                yield self.edit(para.start + tags.start(), para.start + tags.end(), "",
                                "Hash tags after the title, not article text.", 0.7)
    text = doc.text
    # The paragraphs that hold each test's hint words, found over the whole text (9,842
    # paragraphs of 2 MB of news, 305 with a hint: a slice and eleven tests each cost more
    # than the rule's every other part, issue 13).
    paragraphs = doc.paragraphs
    starts, ends = [para.start for para in paragraphs], [para.end for para in paragraphs]
    with_copyright = spans_holding(text, starts, ends, ("opyright", "OPYRIGHT", "©", "(c)", "(C)"))
    with_tags = spans_holding(text, starts, ends, ("AGS", "ags", "OPICS", "opics", "EYWORDS", "eywords"))
    with_colon = spans_holding(text, starts, ends, (": ",))
    with_ad = spans_holding(text, starts, ends, ("dvertisement", "DVERTISEMENT"))
    with_hint = with_copyright | with_tags | with_colon | with_ad
    for index, para in enumerate(paragraphs):
        body = text[para.start : para.end]
        if index not in with_hint:
            # No hint word: only a time stamp can be here (its own cheap tests, junk37).
            yield from _stamp_edits(self, para.start, body)
            continue
        for pattern, hinted in ((_COPYRIGHT_TAIL, with_copyright), (_TAGS_TAIL, with_tags)):
            if index in hinted and (tail := pattern.search(body)) is not None:
                yield self.edit(para.start + tail.start() - 1, para.start + tail.end(), "",
                                "Page notice run onto the paragraph's end, not article text.", 0.7)
        if index in with_colon:
            yield from _credit_tail(self, para.start, body)
        yield from _stamp_edits(self, para.start, body)
        if index in with_ad:
            for start, end in _ad_marker_spans(body):
                yield self.edit(para.start + start, para.start + end, "",
                                "Ad marker run onto the prose, not article text.", 0.7)


RULES = (labelled_page_line,)
