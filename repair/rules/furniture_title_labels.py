"""The site's section trail kept on the title line, in the shapes PF004 does not read.

PF004 (:mod:`repair.rules.furniture_page_labels`) cuts a portal's section name set after the
title with a bar or a dash trail (" | Business News", " – Health – News"). Pages write the
same trail in other marks, and may set the section before the title instead:

* a breadcrumb after the title, its steps joined by a guillemet or an arrow: " | Home »
  Politics", " › World › Europe";
* a section set off by a run of colons: " ::: World", " :: Sport";
* a bracketed section label opening the title: "[World News] Port strike ends";
* the site's own name after a spaced dash, told by its last word, a news outlet's or a
  channel's (" - The Harbour Times", " – Valley News Online", " - Business Channel"), or by
  its "The" after a headline in sentence case (" – The Valley Harvest"), unless the name is a
  place's that opens on "The" (" – The Hague", " – The Gambia": a dateline kept, not a site);
* the page's time stamp run onto the title (" 04.05.2025 09:40", " Posted 3 hours ago"), or
  glued onto its last letter when the line break went ("... weeks04.05.2025 09:40").

Told by the marks alone, on the first line only, when that line is a title (no final stop)
and the label is made of capitalised names (a section, never a clause). The label is cut and
the title kept. Unsafe: a publisher may want its section shown.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.casing_names import _country_names
from repair.rules.casing_places_table import places

# A section's name: one to four capitalised words ("Politics", "World News", "Arts & Culture").
_NAME = r"[A-Z][\w'’&.-]*(?:[ \t](?:&[ \t])?[A-Z][\w'’&.-]*){0,3}"
# " | Home » Politics", " » World › Europe", " ::: World", " :: Sport": a trail whose marks a
# title's own words never use (PF004 reads a bare " | Section").
_TRAIL = lazy_compile(
    r"[ \t]+(?:(?:\||[»›])[ \t]+" + _NAME + r"(?:[ \t]*[»›][ \t]*" + _NAME + r"){1,3}"
    r"|[»›][ \t]+" + _NAME
    + r"|:{2,3}[ \t]*" + _NAME + r")[ \t]*$"
)
# "[World News] ", "【Sport】": a bracketed label before the title's first capital. A picture's
# label ("[Photo]") is PF001's.
_BRACKET_LABEL = lazy_compile(r"^[\[【]" + _NAME + r"[\]】][ \t]*(?=[A-Z\"“‘'])")
# " - The Harbour Times", " — Valley News Online": the site's name after a spaced dash, told by
# its last word, a news outlet's (a headline's dash clause ends in a verb or a noun of the news).
_SITE_SUFFIX = lazy_compile(
    r" [-–—] (?:[A-Z][\w'’&]*[ \t]){0,3}(?:News|Online|Times|Post|Herald|Tribune|Today|Daily|Gazette|Journal"
    r"|Express|Telegraph|Chronicle|Courier|Observer|Standard|Mail|Press|Monitor|Dispatch|Mirror|Weekly|Insider"
    r"|Digest|Wire|Channel|TV|Radio|Network|Magazine|Review|Agency)$"
)
# " – The Valley Harvest": a name opened by "The" after a spaced dash, closing a headline in
# sentence case (a headline's own dash clause goes on in sentence case: "– the last word").
_THE_NAME_SUFFIX = lazy_compile(r" [-–—] The (?:[A-Z][\w'’&]*[ \t]){0,2}[A-Z][\w'’&]*$")
MIN_LOWER_HEAD_WORDS = 3


def _sentence_case(words: list[str]) -> bool:
    """Whether a headline's words after its first are mostly lower case, three at least."""
    lower = sum(1 for w in words[1:] if w[:1].islower())
    return lower >= MIN_LOWER_HEAD_WORDS and lower * 2 >= len(words) - 1


def _place_with_the(name: str) -> bool:
    """Whether ``name`` ("The Hague", "The Gambia", "The Bronx") is a place's name opening on
    "The": the gazetteer's own ("the hague", "the bronx", "the netherlands": GeoNames' cities of
    100,000 people and countries, :mod:`repair.rules.casing_places_table`), or a country that
    English writes with "The" while its tables drop it ("Gambia", "Bahamas", "Philippines" in
    GeoNames' countries or pycountry's ISO 3166). A site's name ("The Valley Harvest") is none."""
    key = " ".join(name.split()).lower()
    gazetteer, countries = places()
    if key in gazetteer or key in countries:
        return True
    bare = key.removeprefix("the ")
    if bare in countries:
        return True
    forms = _country_names().get(name.split()[-1], ())
    return any(form.lower() == bare for form in forms)
# The page's time stamp run onto the title: "... 27.11.2024 12:10", "... Posted 6 hours ago".
_TITLE_STAMP = lazy_compile(
    # The stamp may be glued onto the title's last letter, the space lost with the line break.
    r"(?:(?<=[\w’'”)])[ \t]+|(?<=[a-z]))"
    r"(?:\d{1,2}[./]\d{1,2}[./]\d{4},?[ \t]+\d{1,2}:\d{2}(?:[ \t]?(?:[AaPp][Mm]|GMT|UTC))?"
    r"|(?:Posted|Updated|Published)[ \t]+\d{1,2}[ \t]+(?:minutes?|hours?|days?)[ \t]+ago"
    # A date glued onto the title's last letter with no clock ("... in Manisa04.02.2025"): a
    # title's own date keeps its space ("Strike set for 04.05.2025" stays).
    r"|(?<=[a-z])\d{1,2}[./]\d{1,2}[./]\d{4})$"
)
# A kicker over the title: one to three words, each capitalised or in capitals, no figure, no
# mark ("ENERGY", "Asia Pacific", "BREAKING NEWS"); a short headline is in sentence case
# ("Stadium vote") and stays.
# A word may hold a hyphen, not end on one ("Tehran- IRNA-" is a dateline cut from its lead).
_KICKER = lazy_compile(r"^[A-Z](?:[\w'’-]*\w)?(?:[ \t](?:&[ \t])?[A-Z](?:[\w'’-]*\w)?){0,2}$")
MIN_LEAD_WORDS = 5
_PICTURE_WORDS = frozenset("photo photos picture pictures image images video videos pic".split())
MIN_TITLE_WORDS = 3


@rule(
    "PF020",
    "title-section-trail",
    "boilerplate",
    Safety.UNSAFE,
    bad=[
        ("Port strike ends after two weeks | Home » Business\n\nThe strike ended.",
         "Port strike ends after two weeks\n\nThe strike ended."),
        ("Port strike ends after two weeks › World › Europe\n\nThe strike ended.",
         "Port strike ends after two weeks\n\nThe strike ended."),
        ("Port strike ends after two weeks ::: Business\n\nThe strike ended.",
         "Port strike ends after two weeks\n\nThe strike ended."),
        ("[World News] Port strike ends after two weeks\n\nThe strike ended.",
         "Port strike ends after two weeks\n\nThe strike ended."),
        ("Port strike ends after two weeks - The Harbour Times\n\nThe strike ended.",
         "Port strike ends after two weeks\n\nThe strike ended."),
        ("Port strike ends after two weeks 04.05.2025 09:40\n\nThe strike ended.",
         "Port strike ends after two weeks\n\nThe strike ended."),
        ("Port strike ends after two weeks04.05.2025 09:40\n\nThe strike ended.",
         "Port strike ends after two weeks\n\nThe strike ended."),
        ("ENERGY\n\nPort strike ends after two weeks in the north\n\nThe strike ended.",
         "Port strike ends after two weeks in the north\n\nThe strike ended."),
        ("Port strike ends after two weeks in Lyon04.05.2025\n\nThe strike ended.",
         "Port strike ends after two weeks in Lyon\n\nThe strike ended."),
        ("Port strike ends after two weeks Posted 3 hours ago\n\nThe strike ended.",
         "Port strike ends after two weeks\n\nThe strike ended."),
    ],
    good=[
        # A title's own marks: a score, a quotation, a ratio.
        "Lions beat Bears 2-1 » Smith scores twice in the second half.\n\nThe match ended 2-1.",
        "Port strike ends after two weeks: what it means for you\n\nThe strike ended.",
        # Not the first line, or a line with a final stop.
        "The strike ended.\n\nPort strike ends | Home » Business\n\nShips left.",
        "The strike ended after two weeks ::: Business.\n\nShips left.",
        # A picture's label and a bracket inside the title are no section.
        "[Photo] Old trams in the depot\n\nThe depot closed.",
        "Port strike [updated] ends after two weeks\n\nThe strike ended.",
        "Dockers strike - the second walkout in a month\n\nThe strike ended.",
        # A place whose name opens on "The" ends the headline: no site's name.
        "Court rules on the port strike in the end – The Hague\n\nThe strike ended.",
        "Union leader quits - Ports Minister Steps In\n\nThe strike ended.",
        "The strike ended at 10.05.2025.\n\nShips left.",
        "The strike ended.\n\nShips left - The Harbour Times\n\nThe port opened.",
        "Before 04.05.2025 09:40\n\nThe strike ended.",
        "Port strike set to end on 04.05.2025\n\nThe strike ended.",
        "Port strike\n\nDockers in the north walked out on Monday.\n\nShips left.",
        "Harbour Park\n\nTuesday, 4 March\n\nThe match starts at 3pm.",
    ],
    scope="document",
)
def title_section_trail(doc: Document, self: Rule) -> Iterator[Edit]:
    """A section trail on the title line in the marks PF004 leaves: a breadcrumb, a colon
    run, a bracketed label before the title (see the module docstring)."""
    if len(doc.paragraphs) < 2:
        return
    para = doc.paragraphs[0]
    text = doc.paragraph_text(0)
    if "\n" in text or text[-1:] in ".!?\"”" or len(text) > 300:
        return
    if len(text) <= 40 and _kicker(doc, text):
        yield self.edit(para.start, doc.paragraphs[1].start, "", "Section label over the title.", 0.75)
        return
    if ("»" in text or "›" in text or "::" in text) and (trail := _TRAIL.search(text)) is not None:
        if len(lexicon.words(text[: trail.start()])) >= MIN_TITLE_WORDS:
            yield self.edit(para.start + trail.start(), para.end, "", "Section trail after the title.", 0.8)
            return
    # A site's name or a stamp after the title: what stays is a headline, three words or more
    # not closing on a function word ("Before 04.05.2026 11:20" is a timeline's entry).
    dashed = " - " in text or " – " in text or " — " in text
    tail = _TITLE_STAMP.search(text) or (_SITE_SUFFIX.search(text) if dashed else None)
    if tail is None and dashed and (named := _THE_NAME_SUFFIX.search(text)) is not None \
            and _sentence_case(lexicon.words(text[: named.start()])) \
            and not _place_with_the(named.group().lstrip(" -–—")):
        tail = named
    head = lexicon.words(text[: tail.start()]) if tail else []
    if tail is not None and len(head) >= MIN_TITLE_WORDS and not lexicon.is_function_word(head[-1]):
        yield self.edit(para.start + tail.start(), para.end, "", "Site name or time stamp after the title.", 0.8)
        return
    label = _BRACKET_LABEL.match(text) if text[:1] in "[【" else None
    if label is not None and not any(w.lower() in _PICTURE_WORDS for w in lexicon.words(label.group())) \
            and len(lexicon.words(text[label.end():])) >= MIN_TITLE_WORDS:
        yield self.edit(para.start, para.start + label.end(), "", "Section label before the title.", 0.8)


def _kicker(doc: Document, text: str) -> bool:
    """Whether the first line ``text`` is a kicker, a section's or a flash's label over the
    title or the lead: one to three capitalised words (no figure, no function word, no
    mark) above a line of at least :data:`MIN_LEAD_WORDS` words. On the development sets'
    gold such a first line was deleted 28 times in 29 (the one kept, "Stadium vote", is in
    sentence case, as headlines are); in clean news 4 of 14,020 texts open so, a venue's
    name over a date line, which the lead's length keeps."""
    if len(doc.paragraphs) < 3 or _KICKER.match(text) is None or any(c.isdigit() for c in text):
        return False
    words = lexicon.words(text)
    if any(lexicon.is_function_word(w.lower()) for w in words if w != "&"):
        return False
    return len(lexicon.words(doc.paragraph_text(1))) >= MIN_LEAD_WORDS


RULES = (title_section_trail,)
