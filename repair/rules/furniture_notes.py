"""Page notes told by a label and a shape: credit notes, link labels, link bars, end marks.

Feeds carry the page's metadata as body lines. Each kind here is told by the shape of a
whole line, not by the words of an example:

* **a note line**: a short label and a colon before a stop-less run of words with no
  clause ("Source: the city's press office", "Chief editor: Ana Ruiz", "Keywords: ports,
  strikes"): the label names the copy's provenance or index, never the story's news;
* **a link label**: a label made only of link-list words ("Related reading:", "To read
  also:", "See also:") before a linked headline;
* **a contribution credit**: "X contributed (reporting) to this report/story";
* **a wire end mark**: "(END)", "-- ENDS --", "-30-", "###";
* **a link bar, a document link, a price ticker**: short capitalised items between
  " | " with no figures ("Scorecard | Live blog"), a stop-less line ending in a file
  type ("Full ruling (PDF)"), fields of figures with currency codes between " | ";
* **a reader prompt run onto a paragraph** (PF010, :mod:`repair.rules.furniture_prompt_tails`):
  the paragraph's stop-less last piece is a prompt to the reader ("... on Friday. Sign up for
  our newsletter", "Scroll to continue").

Every deletion removes a whole line or a paragraph's stop-less tail, so sentences are
never cut. Unsafe, like the rest of the furniture family.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.furniture import _delete, _lines
from repair.rules.furniture_lines import _REPORTING
from repair.rules.furniture_quotes import quote_line

MAX_NOTE_WORDS = 16
MAX_HEADLINE_WORDS = 25
# "Label: rest": a label of one to four words (capitalised first) and a colon.
_LABELLED = lazy_compile(r"^(?P<label>[A-Z][A-Za-z’']*(?: [a-z][A-Za-z’']*){0,5})[ \t]*:[ \t]+(?P<rest>\S[^\n]*)$")
# "You may also like » Headline": a link label before an arrow instead of a colon.
_ARROWED = lazy_compile(r"^(?P<label>[A-Z][A-Za-z’']*(?: [a-z][A-Za-z’']*){0,5})[ \t]*[»›→][ \t]*(?P<rest>\S[^\n]*)$")
# "Words: 412 | Updated: 3 March 2026": a line of page fields, each a label and its value.
_FIELD = re.compile(r"^[A-Z][a-z]+(?: [a-z]+){0,2}: \S")
_FIELD_SEPARATOR = lazy_compile(r" [|·•] ")
# Labels of the page's own fields (its length, its times, its filing), one of which a field line holds.
_PAGE_FIELDS = frozenset(
    """words word length updated published posted modified created filed date time reading category categories
    section sections tags topics views comments by""".split()
)
# Labels naming the copy's provenance or index: the head noun (the label's last word, or its
# first before "in charge"/"of ..."); up to two words may qualify it ("Responsible editor").
_NOTE_HEADS = frozenset(
    """source sources editor editors translator translators translation proofreader proofreading photographer
    photographers photos pictures keywords keyword tags filed producer producers compiler reporting author authors
    writer writers reporter reporters correspondent contributors credits category categories section sections
    topics subjects posted filed tagged labels""".split()
)
_FIELD_LABELS = _PAGE_FIELDS | _NOTE_HEADS | frozenset(("photo", "picture", "image"))
# What "Original ..." names of the copy a translation was made from ("Original title: ...").
_ORIGINAL_COPY = frozenset("title headline article text story version".split())
# Glyphs a page's list or player sets before a label ("▶ Related article: ..."), none a sentence opens with.
_LABEL_GLYPHS = "▶►▸▷→»•■□◆◇●○★☆"
# Heads a staff name follows ("Editor: Li Wen"): the rest must open with a capital.
_PERSON_HEADS = frozenset("editor editors translator translators proofreader photographer photographers "
                          "producer producers compiler reporting author authors writer writers reporter reporters "
                          "correspondent contributors credits".split())
# Words a link-list label is made of ("Related reading", "To read also", "See also", "More on
# this topic"), and the words one of which it must hold.
_LINK_WORDS = frozenset(
    """related more also too see read reading further next other recommended latest similar to on this the topic
    topics subject story stories coverage article articles link links content post posts news video videos you may
    might like same be interested in want most for popular trending top picks editors headlines
    keep continue interesting worth must don't don’t miss""".split()
)
# One of these heads a link label; "topic"/"subject" only with more words ("On the same topic").
_LINK_HEADS = frozenset("related read reading see further topic subject interested like recommended popular trending"
                        " interesting miss".split())
# A list's own name as a label: "More news:", "Latest stories:", "Top headlines:" (its first word
# says which list, its last what the list holds).
_LIST_OPENERS = frozenset("more latest top".split())
_LIST_NOUNS = frozenset("news stories articles videos coverage headlines".split())
# Labels that are one word: "Related: ...", "Trending: ...", "Read: ..." (a story's label is no such word).
_ONE_WORD_LABELS = frozenset(("related", "trending", "read"))
# A link label set off its headline by a bar ("Also read | Headline") or closed in brackets
# ("【Related reading】 Headline", "[See also] Headline"): the colon's and the arrow's work done
# by another mark; only a label of link words (:func:`_link_label`) is read so.
_BARRED = lazy_compile(r"^(?P<label>[A-Z][A-Za-z’']*(?: [A-Za-z][A-Za-z’']*){0,5})[ \t]+\|[ \t]+(?P<rest>\S[^\n]*)$")
_BRACKETED = lazy_compile(r"^[【\[〔［][ \t]*(?P<label>[A-Z][A-Za-z’']*(?: [A-Za-z][A-Za-z’']*){0,5})[ \t]*[】\]〕］]"
                          r"[ \t]*:?[ \t]*(?P<rest>\S[^\n]*)$")


def marked_link(text: str) -> str | None:
    """The headline after a link label that a bar or brackets set off ("Also read | Ports
    brace for a slow year", "【Related reading】 Ports brace ..."), if ``text`` is one; the
    label in capitals ("ALSO READ | ...") is read as its words."""
    match = _BRACKETED.match(text) if text[:1] in "【[〔［" else _BARRED.match(text) if " | " in text[:40] else None
    if match is None:
        return None
    label, rest = match.group("label"), match.group("rest").rstrip()
    return rest if _link_label(label.lower().capitalize() if label.isupper() else label, rest) else None
# "Reuters writer Ana Lima in Lisbon contributed reporting." / "... contributed to this story."
_CONTRIBUTED = lazy_compile(
    r"^[A-Z][^\n.!?]{3,140} contributed (?:(?:additional )?reporting|to this (?:report|story|article|piece))"
    r"[^\n.!?]{0,80}\.?$"
    # "Wire video journalist Ana Lima contributed from Lima.": a newsroom role names the
    # contributor, a place closes the line.
    r"|^[A-Z][^\n.!?]{0,60}\b(?:[Ww]riters?|[Jj]ournalists?|[Rr]eporters?|[Cc]orrespondents?|[Pp]roducers?"
    r"|[Pp]hotographers?|[Ee]ditors?)\b[^\n.!?]{3,100} contributed from [A-Z][\w'’-]*(?:,? [A-Z][\w'’-]*){0,3}\.?$"
)
# A wire's end mark alone on its line.
_END_MARK = lazy_compile(
    r"^(?:[(\[][ \t]?(?i:ends?)[ \t]?[)\]]|[-–—=*#]{1,3}[ \t]?(?i:ends?|30)[ \t]?[-–—=*#]{1,3}|ENDS?"
                       r"|#(?:[ \t]?#){2}|-0-|(?i:x{3})"
                       # the desk's sign-off, its editors' initials in brackets: "(ab/cd)"
                       r"|\([a-z]{2,4}(?:/[a-z]{2,4}){1,3}\))$")
# A bar of links: capitalised items of one to four words between " | " ("Scorecard | Live blog").
_BAR_ITEM = lazy_compile(r"^[A-Z][A-Za-z’'&-]*(?: [A-Za-z’'&-]+){0,3}$")
# A link to a file: a stop-less line closing with its type ("Full text of the ruling (PDF, 2 MB)").
_FILE_LINK = lazy_compile(r"[(\[](?:PDF|DOCX?|XLSX?|PPTX?|CSV|MP3|MP4)(?:,[^)\]\n]{1,24})?[)\]]$")
# A ticker field: a currency code or symbol next to a figure ("USD 512.40", "$82.10", "EUR/USD 1.08").
_PRICE = lazy_compile(r"(?:\b[A-Z]{3}(?:/[A-Z]{3})?[ \t]?|[$€£¥][ \t]?)\d")


def _holds_verb(tokens: list[str]) -> bool:
    """Whether the words hold a plain verb: an auxiliary, a speech verb, an irregular past,
    an "-ed" form not after a determiner or preposition, or a subject pronoun with a word
    after it. (:func:`repair.lexicon.has_clause` also reads "-s" after a noun as a verb, which
    a note's plural nouns would trip: "the regional statistics office".)"""
    lowered = [t.lower() for t in tokens]
    for i, word in enumerate(lowered):
        before = lowered[i - 1] if i else ""
        if word in lexicon.AUXILIARIES or word in lexicon.SPEECH_VERBS or word in lexicon.IRREGULAR_PAST:
            return True
        if len(word) > 3 and word.endswith("ed") and i and before not in lexicon.DETERMINERS \
                and before not in lexicon.PREPOSITIONS:
            return True
        if word in _PERSONAL_SUBJECTS and i + 1 < len(lowered):
            return True
    return False


_PERSONAL_SUBJECTS = frozenset("i you he she we they it".split())


# A note's own time stamp after its value: "Source: the fire service, updated 6:40 p.m. local time".
_STAMP_TAIL = lazy_compile(
    r"[,;(][ \t]*(?:(?:last[ \t]+)?(?:updated|published|posted|modified|retrieved|accessed)|as[ \t]+of)"
    r"(?:[ \t]+(?:on|at))?[ \t]+(?=[^\n]{0,40}\d)[^\n]{1,40}?\)?$"
)


def _note(label: str, rest: str) -> bool:
    """Whether "label: rest" is a metadata note: a provenance or index label before a
    stop-less run of words that holds no clause (a story sentence reports; a note names).
    A time stamp closing the value ("..., updated 6:40 p.m.") is the note's, not a verb."""
    if "," in rest or "(" in rest or ";" in rest:
        rest = _STAMP_TAIL.sub("", rest) or rest
    words = label.lower().split()
    head = words[-1]
    if words[0] == "original" and head in _ORIGINAL_COPY and len(words) == 2:
        head = "source"  # "Original title: ...": the copy's source named, as "Source:" does
    if head not in _NOTE_HEADS:
        head = words[0]
        if head not in _NOTE_HEADS or (len(words) > 1 and words[1] not in ("in", "of", "under", "to")):
            return False
    if len(words) > 3 or rest[-1:] in ".!?\"”" or _REPORTING.search(rest):
        return False
    tokens = lexicon.words(rest)
    if not tokens or len(tokens) > MAX_NOTE_WORDS or _holds_verb(tokens):
        return False
    return head not in _PERSON_HEADS or rest[:1].isupper()


# "Also in Economy: Olive oil prices fall", "More from World: ...": a link under the name of
# the section it leads to (the section capitalised, so _LABELLED does not read it).
_SECTION_LINK = lazy_compile(r"^(?:Also|More) (?:in|from) [A-Z][\w&’']*(?: (?:&|[A-Z][\w’']*)){0,2}:[ \t]+"
                             r"(?P<rest>[A-Z\"“‘'][^\n]*)$")


def _section_link(body: str) -> bool:
    """Whether a line is a related link under its section's name: a headline after the
    label, no reporting verb, no final stop."""
    match = _SECTION_LINK.match(body) if body[:1] in "AM" else None
    if match is None:
        return False
    rest = match.group("rest").rstrip()
    return rest[-1:] not in ".\"”" and not _REPORTING.search(rest) and len(lexicon.words(rest)) <= MAX_HEADLINE_WORDS


def _link_label(label: str, rest: str) -> bool:
    """Whether "label: rest" is a related link: a label of link-list words before a headline."""
    words = label.lower().split()
    listed = words[0] in _LIST_OPENERS and words[-1] in _LIST_NOUNS and len(words) <= 3
    if not all(w in _LINK_WORDS for w in words) or not (listed or any(w in _LINK_HEADS for w in words)):
        return False
    if (len(words) < 2 and words[0] not in _ONE_WORD_LABELS) or _REPORTING.search(rest):
        return False
    return (rest[:1].isupper() or rest[:1] in "[(“\"") and len(lexicon.words(rest)) <= MAX_HEADLINE_WORDS


def _page_fields(text: str) -> bool:
    """Whether a stop-less line is a run of the page's fields ("Words: 412 | Updated: 3 March
    2026, 14:32"): two or more "Label: value" items between bars or dots, one label naming a
    field of the page itself, and no verb in the values."""
    items = _FIELD_SEPARATOR.split(text)
    if len(items) < 2 or text[-1:] in ".!?" or not all(_FIELD.match(item) for item in items):
        return False
    labels = [item.split(":", 1)[0].lower().split() for item in items]
    # A field of the page itself, or of the copy's provenance ("Author: ... | Photo: ...").
    if not any(words[0] in _FIELD_LABELS or words[-1] in _FIELD_LABELS for words in labels):
        return False
    # Capitalised words are names and months ("4 May 2025"), not verbs.
    return not any(_holds_verb([w for w in lexicon.words(item.split(":", 1)[1]) if not w[:1].isupper()])
                   for item in items)


def _bar_or_ticker(text: str) -> bool:
    """Whether a stop-less line is a bar of links or a ticker of prices between " | "."""
    items = [item.strip() for item in text.split(" | ")]
    if len(items) < 2 or text[-1:] in ".!?":
        return False
    if all(_BAR_ITEM.match(item) for item in items):
        return True
    return all(_PRICE.search(item) for item in items)


@rule(
    "PF009",
    "note-line",
    "boilerplate",
    Safety.UNSAFE,
    bad=[
        ("Rates rose.\n\nSource: the regional health office", "Rates rose."),
        ("Rates rose.\n\nSources: agencies, staff reports\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nChief editor: Ana Ruiz", "Rates rose."),
        ("Rates rose.\n\nEditor in charge: Tom Hale", "Rates rose."),
        ("Rates rose.\n\nKeywords: ports, shipping, strikes", "Rates rose."),
        ("Rates rose.\n\nFurther reading: Why ports are losing trade\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nTo see also: Five charts on the budget\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nSee also: [Video] The port at dawn\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nOn the same topic: Ports brace for a slow year\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nReporting: Ana Ruiz and Li Wen", "Rates rose."),
        ("Rates rose.\n\nReuters reporter Ana Lima in Lisbon contributed reporting.", "Rates rose."),
        ("Rates rose.\n\nStaff writers Tom Hale and Jo Kim contributed to this story.", "Rates rose."),
        ("Rates rose.\n\nWire video journalist Ana Lima contributed from Lima, Peru.", "Rates rose."),
        ("Rates rose.\n\n-- ENDS --", "Rates rose."),
        ("Rates rose.\n\n- 30 -", "Rates rose."),
        ("Rates rose.\n\n# # #\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\n-0-", "Rates rose."),
        ("Rates rose.\n\nMost read: Ports brace for a slow year\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nRecommended for you: Ports brace for a slow year\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nContinue reading: Ten charts on the port\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nAlso worth reading: How the port lost its lead", "Rates rose."),
        ("Rates rose.\n\nDon't miss: Ten charts on the port", "Rates rose."),
        ("Rates rose.\n\nTrending: Five charts on the port\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nMore news: Ferry firm cuts two routes\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nAlso in Business: Ports brace for a slow year\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nSection: Business | Ports\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nFiled under: Shipping, Trade", "Rates rose."),
        ("Rates rose.\n\nPublished: 4 May 2025 | Reading time: 3 min\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nBy: Ana Ruiz · Updated: 09:15 GMT", "Rates rose."),
        ("Rates rose.\n\nYou may also like » Ports brace for a slow year\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nRead more › Why the bank moved early\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\n(end)", "Rates rose."),
        ("Rates rose.\n\nHome | World | Europe\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nPhotos | Live blog\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nFull text of the ruling (PDF, 2 MB)\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nDownload: results by district [XLSX]\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nBrent $82.10 | WTI $78.30", "Rates rose."),
        ("Rates rose.\n\nMarkets: USD/JPY 151.20 | EUR/USD 1.08\n\nIt fell.", "Rates rose.\n\nIt fell."),
    ],
    good=[
        "Rates rose.\n\nSource: officials say the plant will close.",
        "Rates rose.\n\nSource of the leak: a former aide, the paper said",
        "The editor: a title she held for ten years.",
        "Rates rose.\n\nEditor: the paper's rules bar it.",
        "Rates rose.\n\nResults: Smith 12 | Jones 9",
        "Rates rose.\n\nScore: Lions 21 | Bears 17",
        "The city contributed $4 million to the fund.",
        "Rates rose.\n\nLocal writers contributed from Lima to the fund.",
        "Rates rose.\n\nHe contributed to this report's findings, the minister said.",
        "Rates rose.\n\nThe End\n\nIt fell.",
        "The ruling (PDF) runs to 80 pages.",
        "Rates rose.\n\nSee the chart: rates rose by a quarter point.",
        "Rates rose.\n\nMore pressure: the bank will meet again",
        "Rates rose.\n\nMore news: the bank said it would meet again",
        "Rates rose.\n\nTrending: the bank's rate is now 5%",
        "Rates rose.\n\nMore bad news: Ports Brace For A Slow Year",
        "Rates rose.\n\nOn the same topic: Ruiz said the port would close.",
        "Rates rose.\n\nReporting: a dangerous job in wartime",
        "Team | Played | Won\n\nLions | 3 | 2\n\nBears | 3 | 1",
        "Rates rose.\n\nBackground: a long road to the deal\n\nIt fell.",
        "Rates rose.\n\nHome: 3 | Away: 1\n\nIt fell.",
        "Rates rose.\n\nUpdated: the bank said rates would rise | Later: it did",
        "The 30-year bond fell.\n\n30 - 30\n\nIt fell.",
        "Rates rose.\n\nInvestors » the bank said it would wait\n\nIt fell.",
        "Rates rose.\n\nMost popular: the bank's rate is now 5%\n\nIt fell.",
        "Rates rose.\n\nKeep reading: the bank said it would wait\n\nIt fell.",
        "Rates rose.\n\nSection: a wall of the old dam gave way in the night.",
        "Rates rose.\n\nAlso in London: Ruiz said the port would close.",
        "Rates rose.\n\nMore in Paris: the strike spread to the trains",
    ],
)
def note_line(doc: Document, self: Rule) -> Iterator[Edit]:
    """A line of page metadata: a provenance or index note ("Source: ...", "Chief editor:
    ...", "Keywords: ..."), a related link under a label of link words ("Further reading:
    ..."), a contribution credit ("X contributed reporting"), a wire end mark ("(END)"), a
    bar of links ("Home | World"), a link to a file ("... (PDF)") or a price ticker.

    A note's words after the label hold no clause and no final stop (a story line that
    opens "Source:" reports: "officials say ..."); a bar's items carry no figures (a line
    of results does); a line beside another bar line is a table's row. Unsafe: a
    publisher may keep its credits.
    """
    lines = _lines(doc)
    barred = {index for index, _, text in lines if " | " in text}
    for index, para, text in lines:
        if len(text) > 200 or text[:1] in " \t":
            continue
        body = text.lstrip(_LABEL_GLYPHS + " \t") if text[0] in _LABEL_GLYPHS else text
        labelled = _LABELLED.match(body) if ":" in body else None
        if labelled is None and ":" in body:
            head, colon, tail = body.partition(":")
            if head.isupper() and len(head.split()) <= 4:
                # "KEEP READING: ...": the label set in capitals is read as its words.
                labelled = _LABELLED.match(head.capitalize() + colon + tail)
        linked = ""  # the words after a link label, when the line is one
        if labelled is not None:
            label, rest = labelled.group("label"), labelled.group("rest").rstrip()
            hit = _note(label, rest)
            if not hit and _link_label(label, rest):
                hit, linked = True, rest
            hit = hit or (_FIELD_SEPARATOR.search(text) is not None and _page_fields(text))
        else:
            arrowed = _ARROWED.match(text) if ("»" in text or "›" in text or "→" in text) else None
            hit = arrowed is not None and _link_label(arrowed.group("label"), arrowed.group("rest").rstrip())
            linked = arrowed.group("rest").rstrip() if hit and arrowed is not None else ""
            if not hit and (marked := marked_link(body)) is not None:
                hit, linked = True, marked
        if linked and _prose_after_link(linked):
            # A sentence of the story may follow the teaser on the line ("Read more: Storm shuts
            # ports The ships left at noon."): deleting the paragraph would lose it. Shown only;
            # PF012 cuts the label and teaser where the sentence's start is sure.
            shown = _delete(self, doc, para.start, para.end, "Link label with a sentence after it: check.", 0.4)
            yield dataclasses.replace(shown, safety=Safety.DISPLAY)
            continue
        if not hit and ": " in body:
            hit = _section_link(body)
        if not hit and " contributed " in text:
            hit = _CONTRIBUTED.match(text) is not None and not _REPORTING.search(text)
        if not hit and len(text) <= 12:
            hit = _END_MARK.match(text) is not None
        if not hit and text[-1:] in ")]" and text[-2:-1].isalnum():
            hit = (_FILE_LINK.search(text) is not None and len(lexicon.words(text)) <= MAX_HEADLINE_WORDS
                   and not _stop_inside(text))
        if not hit and index in barred and index - 1 not in barred and index + 1 not in barred and index > 0:
            hit = _bar_or_ticker(text.split(": ", 1)[-1] if _PRICE.search(text) else text)
        if not hit and (text[-1:] in "%▲▼△▽↑↓⬆⬇" or "▲" in text or "▼" in text):
            hit = quote_line(text)  # "XYZ ▲ +5.21%": a quote widget's line
        if hit:
            yield _delete(self, doc, para.start, para.end, "Page note or link, not article text.", 0.75)


# A line's end a sentence has and a headline has not: a full stop or "!" after a word, a
# figure or a closing bracket, before any closing quote ("... on Friday.", "... officials said.").
_SENTENCE_END = lazy_compile(r"[a-z0-9%)][.!][\"”’)]?$")


def _prose_after_link(rest: str) -> bool:
    """Whether the words after a link label hold a sentence of the story, not only a
    headline: they close with a sentence's stop, or a stop stands inside them before the
    next word. Sentence-case headlines end bare or with "?"; a run-on sentence ends with a stop.
    A rights notice ("© 2025 All rights reserved.") run on after the link is no story sentence."""
    if "©" in rest or "rights reserved" in rest.lower():
        return False  # a rights notice run on after the link is page furniture too
    return _SENTENCE_END.search(rest) is not None or _stop_inside(rest)


def _stop_inside(text: str) -> bool:
    """Whether a line holds a sentence stop before its end (a sentence, not a link title)."""
    return re.search(r"[a-z][.!?] ", text) is not None


RULES = (note_line,)
