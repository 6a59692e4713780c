"""Page furniture told by its words: a navigation line (breadcrumbs, section and share
links, bylines, stamps), split from :mod:`repair.rules.furniture` (whose judgements of a line,
length and stopword density, hold here too). Page labels (PF004) are in
:mod:`repair.rules.furniture_page_labels`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.furniture import _AGENCIES, _delete, _lines
from repair.rules.furniture_notes import _prose_after_link

_NAV_LINE = lazy_compile(
    r"""(?ix)^(?:
        (?:also\ read|read\ also|read\ next|see\ also|related|read\ more|more\ on\ this(?:\ story)?|watch|listen
           |analysis|opinion|tags?|topics|keywords?|video|videos|audio|gallery|photos)
            (?:[ \t]*[:|]|[ \t]+[▶►▸»›→·•])[^\n]{0,200}[^.!?\n]
      # A related link may be a question or a sentence ("Also read: Who are the ...?"): the label is enough.
      | (?:also\ read|read\ also|read\ next|see\ also|related\ (?:topics?|stor(?:y|ies)|articles?|news|coverage|links?
           |content|posts?|reading|videos?)|(?:also\ )?(?:on|from)\ our\ (?:site|website|pages))
            (?:[ \t]*:|[ \t]+[▶►▸»›→·•|])[^\n]{3,200}
      # The label run onto its link's stop-less title with no mark between, as a scrape joins
      # them ("Related stories Harbour plan rejected"); a sentence goes on in lower case.
      | related\ (?:stor(?:y|ies)|articles?|coverage|links?)\ (?-i:[A-Z])[^\n]{3,200}[^.!?\n]
      | (?:subscribe\ to|follow\ us\ on|join)\ (?:our|us\ on)?\ ?[^\n]{0,40}
            (?:channel|newsletter|podcast|page|facebook|twitter|instagram|telegram|whatsapp|youtube|tiktok)[^\n.]{0,60}
      | in\ the\ (?:photo|picture|image|video):\ [^\n]{3,300}
      # "Los Angeles:" alone on a line: a dateline the feed split off its story.
      | (?-i:[A-Z][a-z]+(?:\ [A-Z][a-z]+){0,2}|[A-Z][A-Z'-]{2,}(?:\ [A-Z][A-Z'-]+){0,2}):
      | (?:stories|articles|videos)\ you\ (?:may|might)\ (?:also\ )?like[^\n]{0,40}
      | you\ (?:may|might)\ also\ like[^\n]{0,40}
      | (?:recommended|most\ (?:read|popular|viewed|shared|watched|commented|emailed)|trending(?:\ now)?|top\ stories)
            (?:\ (?:for\ you|stories|articles|videos))?(?:\ (?:today|now|right\ now|this\ (?:week|month|year)))?
            # A page's arrow or dot sets the label off the linked title: "Recommended stories ▶ ...".
            (?:[ \t]+[▶►▸»›→·•|][ \t]*[^\n]{3,200})?
      # A section's link list under its label: "More from Business", "More in Sport", "Most read in World".
      | (?:more|most\ read|latest)\ (?:from|in)\ (?-i:[A-Z][\w&'’-]*(?:\ (?:&\ )?[A-Z][\w&'’-]*){0,2})
      | skip\ (?:this\ )?ad(?:vertisement)?
      # An ad slot's label, alone or set off its advert's title: "Sponsored · Compare ...".
      | (?:advertis(?:ement|ing)|sponsored(?:\ (?:content|links?|stories|posts|ads?))?)
            (?:[ \t]+[▶►▸»›→·•|][ \t]*[^\n]{3,200})?
      # A player's prompt to hear the story, with its running time: "Listen to the article (3 minutes)".
      | listen\ to\ (?:the|this)\ (?:article|story|report)(?:[ \t]*\(?\d{1,3}[ \t]?min(?:utes?|s)?\.?\)?)?
      # A paywall's notice: "Article reserved for subscribers", "This content is for members only".
      | (?:this\ )?(?:article|content|story)\ (?:is\ )?(?:reserved|available|exclusive)\ (?:only\ )?(?:for|to)
            \ (?:our\ )?(?:paying\ |premium\ |digital\ )?(?:subscribers|members)(?:\ only)?\.?
      # A related link's label left in the source's language: "Leia também: ...", "Lesen Sie auch: ...".
      | (?:les\ også|lees\ ook|lesen\ sie\ auch|lies\ auch|leia\ também|lea\ también|lee\ también|lire\ aussi
           |leggi\ anche|czytaj\ (?:też|także|również)|citește\ și|citeste\ si|čtěte\ také|lue\ myös|olvassa\ el)
            [ \t]*:[^\n]{3,200}
      | (?:the\ )?(?:story|article)\ continues\ (?:below|after)(?:\ (?:the\ |this\ )?(?:advertisement|ad))?
      | (?:copyright|©)\ [^\n]{0,60}?all\ rights\ reserved\b[^\n]{0,160}
      # A rights notice: a copyright holder, then a ban on copying ("... Unauthorized reproduction
      # prohibited"), or the ban alone on its line.
      | all\ rights\ reserved\b[^\n]{0,100}
      # The wire's rights line: "This material may not be published, broadcast, rewritten or redistributed."
      | (?:this|the)\ (?:material|content|article|story|text|page|report|video)\ (?:is\ protected\ by\ copyright
           [^\n]{0,100}|may\ not\ be\ (?:published|reproduced|republished|broadcast|rewritten|redistributed|copied)
           [^\n]{0,120})
      | (?:(?:copyright|©)\ [^\n]{1,80}?[.,;:|-]\ )?(?:all\ rights\ reserved\.?\ )?(?:unauthori[sz]ed|any)\ 
            (?:reproduction|redistribution|republication|copying|use)(?:,?\ (?:and|or)\ (?:reproduction|redistribution
            |republication|copying|use))?[^\n.]{0,40}?\ (?:is\ |are\ )?(?:strictly\ )?(?:prohibited|forbidden)\.?
      | (?:photo|picture|pictured|image|caption):\ [^\n]{3,300}
      | (?:comment\ on\ the|caption\ (?:of|for)\ the|legend\ (?:of|to)\ the)\ (?:photo|picture|image)[,:]\ [^\n]{3,300}
      | _{3,} | ©[ \t]?[^\n]{1,80} | copyright\ (?:©\ ?)?\d{4}\b[^\n]{0,80}
      | share\ (?:this\ )?(?:article|story|page|on)[ \t]*:?(?:[ \t,|/]+(?:facebook|twitter|x|whatsapp|linkedin|email
           |e-mail|telegram|reddit|messenger|copy\ link|print)){1,9}
      # A row of share buttons, each its own label: "Share on Facebook Share on X Share by email".
      | (?:(?:click\ (?:here\ )?to\ )?share\ (?:on|by|via|with)\ (?:facebook|twitter|x|whatsapp|linkedin|e-?mail
           |telegram|reddit|messenger|bluesky|threads|sms|text)[ \t,|/•·]*){1,9}
      | share\ this[ \t]*:(?:[ \t,|/]+(?:facebook|twitter|x|whatsapp|linkedin|e-?mail|telegram|reddit|messenger
           |print)){1,9}
      # A reproduction ban alone: "Reproduction prohibited without written permission."
      | (?:reproduction|redistribution|republication|copying)(?:\ (?:and|or)\ (?:reproduction|redistribution
           |republication|copying))?\ (?:is\ )?(?:strictly\ )?(?:prohibited|forbidden)(?:\ without\ [^\n]{1,60})?\.?
      # A player's label with its running time: "Video, 00:01:45".
      | (?:video|audio|watch|listen)[ \t]*[,:]?[ \t]*\(?\d{1,2}(?::\d{2}){1,2}\)?
      | [^\n]{10,200}\ receives\ (?:financial\ )?support\ from\ [^\n]{3,200}
            \ solely\ responsible\ for\ all\ content\.?
      | (?:(?:world|local|us|uk|business)\ )?(?:news|world|politics|business|sports?|science|health|technology|tech
           |opinion|culture|entertainment|environment|economy|markets|lifestyle|travel|education)
      | media\ playback\ is\ (?:unsupported|not\ supported)\ on\ your\ device[^\n]{0,200}
      | image\ (?:copyright|source)\b[^\n]{0,200}
      # A caption under its label, the label's word often rendered literally ("Image commentary, ...").
      | (?:image|media|photo|picture|video)\ (?:caption|commentary|comment|legend|description)\b[^\n]{0,200}
      # A player's running time under its label: "Video duration 02:14", "Audio length: 3:05".
      | (?:(?:video|audio|clip|media|podcast)\ )?(?:duration|length|running\ time|runtime)[ \t]*[:,]?[ \t]*
            (?:\d{1,2}(?::\d{2}){1,2}|\d{1,3}\ ?min(?:utes?|s)?\.?(?:\ \d{1,2}\ ?s(?:ec(?:onds?)?)?\.?)?)
      | the\ post\ [^\n]{1,200}\ appeared\ first\ on\ [^\n]{1,80}
      # A byline's names keep their capitals ("By the numbers" is a cross-head), or the desk
      # signs as "our correspondent".
      | by\ (?:our|a|an)\ (?:own\ |staff\ |special\ |foreign\ )?(?:correspondents?|reporters?|staff|writers?)\b
            [^\n.!?]{0,40}
      | by\ (?-i:[A-Z])[\w.'’-]+
            (?:\ (?:(?:de|da|di|du|dos|del|van|von|der|den|le|la|al|bin)\ )*(?-i:[A-Z])[\w.'’-]+){0,3}
            (?:(?:,\ |\ and\ |\ &\ )(?-i:[A-Z])[\w.'’-]+
            (?:\ (?:(?:de|da|di|du|dos|del|van|von|der|den|le|la|al|bin)\ )*(?-i:[A-Z])[\w.'’-]+){0,3}){0,3}
            (?:[ \t]*[,|—–-][ \t]*""" + _AGENCIES + r"""|,\ [A-Za-z][\w ]{2,30}\ (?:correspondent|editor|reporter)
               # (after the names, the role and the date may take either case: "..., Europe
               # correspondent", "..., chief foreign affairs correspondent", "| 6 JUNE 2025")
               # a role after the names: "By Ana Ruiz, correspondent in Lisbon", "..., our reporter in Quito"
               |,\ (?:[a-z]+\ ){0,2}(?:correspondent|reporter|editor|writer|journalist)
                  (?:\ (?:in|at|for)\ (?-i:[A-Z])[\w.'’-]+(?:\ (?-i:[A-Z])[\w.'’-]+){0,2})?
               |[ \t]*[|·][ \t]*\d{1,2}\ [A-Za-z]{2,}\ \d{4}[^\n.!?]{0,20}
               # the writer's contact: "By Ana Ruiz, ana.ruiz@example.com, @anaruiz"
               |,\ [\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:,?\ @\w{2,30})?|,?\ @\w{2,30})?
      # The stamp's month or weekday keeps its capital ("Published in 2019, the report ..." is prose).
      # ("UPDATE 2-Ferry strike ends" is a wire's slug on its title: _LABEL_PREFIX's)
      | (?:(?:last|first)\ )?(?:published|posted|updated?|modified)(?:\ on)?:?\ (?!\d{1,2}-(?-i:[A-Z]))
            (?:\d|(?-i:[A-Z])[a-z]+,?\ \d)
            [^\n]{0,50}
      # A stamp alone: its month keeps its capital ("1 in 5000" is a figure); the zone after a
      # clock may be written in either case ("GMT", "pm").
      | \d{1,2}\ (?-i:[A-Z])[a-z]+\ \d{4}(?:,\ \d{1,2}:\d{2}(?:\ [A-Za-z]{2,4})?)?
            (?:\ (?:updated|last\ updated)\ [^\n]{1,40})?
      | (?:(?-i:[A-Z])[a-z]+\ \d{1,2},\ \d{4})(?:,?\ (?:at\ )?\d{1,2}:\d{2}\ ?(?:[ap]\.?m\.?)?(?:\ [A-Za-z]{2,4})?)?
      # A breadcrumb: three or more short capitalised items between spaced arrows or slashes.
      | (?-i:[A-Z][\w&'’-]*(?:\ [\w&'’-]+){0,3}(?:[ \t]+[›»>▸→/][ \t]+[A-Z0-9][\w&'’-]*(?:\ [\w&'’-]+){0,3}){2,8})
      # Two items are a breadcrumb only between marks prose does not use ("Markets › Europe").
      | (?-i:[A-Z][\w&'’-]*(?:\ [\w&'’-]+){0,2}[ \t]+[›»▸][ \t]+[A-Z0-9][\w&'’-]*(?:\ [\w&'’-]+){0,2})
      | (?:(?:posted|updated|published)\ )?\d+\ (?:minutes?|hours?|days?)\ ago
      | back\ to\ top | skip\ to\ (?:main\ )?content
      | \d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?(?:\ ?(?:UTC|GMT|Z))?
      | \((?:additional\ )?(?:reporting|writing|editing)\ by\ [^\n()]{2,160}\)
      # A name's initial keeps its stop: "Reporting by B. Tamm; Editing by Desk".
      | (?:(?:additional\ )?reporting|writing|editing|edited|compiled|translated)\ by\ 
            (?:[^\n.!?,;]|(?<=\ (?-i:[A-Z]))\.){2,60}(?:;\ (?:[^\n.!?,;]|(?<=\ (?-i:[A-Z]))\.){2,60}){0,3}
      # A wire's or desk's signature alone on its line: "— Reuters", "- Wire Desk", "Staff Correspondent".
      | [—–-]{1,2}[ \t]?(?:""" + _AGENCIES + r"""|(?:news|wire|web|online|city|foreign|staff)\ desk
           # any wire's code in capitals ("-- XYZ"): a signature, whatever the agency
           |(?-i:[A-Z]{3,10}))
      | (?:[—–-]{1,2}[ \t]?)?(?:our\ (?:own\ )?)?(?:staff|special|senior|foreign|our)
            \ (?:correspondents?|reporters?|writers?)
            # the desk's place after it: "Staff Correspondent, Lisbon"
            (?:,\ (?-i:[A-Z])[\w'’-]*(?:\ (?-i:[A-Z])[\w'’-]*){0,2})?
      # The credits run with commas: "Reporting by A, editing by B" (each part a credit of its own).
      | (?:additional\ )?reporting\ by\ [^\n.!?,;]{2,60}(?:,\ (?:and\ )?(?:(?:additional\ )?reporting|writing|editing
           |edited|compiled|translated|graphics|photos?|video|fact-checking)\ by\ [^\n.!?,;]{2,60}){1,3}
      # The desk's credit to the wires: "(With inputs from PTI)", "With agency inputs".
      | \(?with\ (?:inputs?|input)\ from\ (?:(?-i:[A-Z])[\w.&'’-]*|(?:news\ )?agencies|wires?)
            (?:(?:,\ |\ and\ |\ &\ |\ )(?:(?-i:[A-Z])[\w.&'’-]*|agencies))*\)?
      | \(?with\ (?:agency|wire|news\ agency)\ inputs?\)?
      # A prompt to follow the publisher on a platform: "Follow Harbour News on Viber for updates".
      | follow\ (?-i:[A-Z])[\w&'’.-]*(?:\ (?-i:[A-Z])[\w&'’.-]*){0,4}\ on\ (?:facebook|twitter|x|instagram|telegram
           |whatsapp|viber|youtube|tiktok|threads|bluesky|linkedin|google\ news)\b[^\n.]{0,60}\.?
      # The credit's name keeps its capital ("Authors: what drives them" is a cross-head).
      | (?:editors?|reporters?|translators?|writers?|authors?|contributors?):\ (?-i:[A-Z])[^\n.!?]{1,60}
      | (?:follow|read\ more|sign\ up|subscribe)\b[^\n]{0,100}\ (?:at|on|here|via)?:?\ ?(?:https?://|www\.)\S+
    )[ \t]*$""",
)
# The separators a page sets between metadata items on one line: "By A | Published 2 hours ago".
_ITEM_SEPARATOR = lazy_compile(r"[ \t]+[|·•][ \t]+")
# A reading or running time, an item of such a line: "4 min read", "12 minutes".
_READING_TIME = lazy_compile(r"(?i:\d{1,3}[ \t]?(?:mins?\.?|minutes?)(?:[ \t](?:read|listen|watch))?)")


# A stamp item in any language: a day, a month's word and a year before a clock ("2 Ekim 2026
# 14:05"); after it, one word of a label before a clock ("Güncelleme: 14:40") is its update stamp.
# Clocks alone under labels ("Doors: 19:30 · Show: 20:00") are an event's times, not the page's.
_DATE_STAMP = lazy_compile(r"\d{1,2}\.?[ \t]\w+\.?[ \t]\d{4},?[ \t]\d{1,2}[:.]\d{2}")
_CLOCK_ITEM = lazy_compile(r"\w+:[ \t]?\d{1,2}:\d{2}")


def metadata_items(text: str) -> bool:
    """``text`` is two or more items between page separators, each of them a navigation or
    metadata line of its own ("By Staff Writer | Updated 3 hours ago"): the byline and the
    stamp each go alone, so they go together too. Prose never sets its clauses between
    spaced bars or middle dots."""
    parts = _ITEM_SEPARATOR.split(text)
    if len(parts) < 2:
        return False
    stamped = _DATE_STAMP.fullmatch(parts[0]) is not None
    return all(_NAV_LINE.match(part) or _READING_TIME.fullmatch(part) or (index == 0 and stamped)
               or (stamped and _CLOCK_ITEM.fullmatch(part)) for index, part in enumerate(parts))


# A feed label before the headline: "Breaking: ...", "EXCLUSIVE: ...", "Watch: ...".
# A wire's slug glued to the title by a hyphen: "UPDATE 2-Ferry strike ends", "REFILE-...".
_LABEL_PREFIX = lazy_compile(r"^(?:(?:BREAKING(?: NEWS)?|Breaking(?: [Nn]ews)?|EXCLUSIVE|Exclusive|WATCH|Watch"
                           r"|LIVE|Live)[ \t]*[:|][ \t]*"
                           r"|(?:UPDATE|WRAPUP)(?: \d{1,2})?-|(?:REFILE|CORRECTED|RPT|FOCUS|ANALYSIS|INSIGHT|EXCLUSIVE"
                           r"|FACTBOX|EXPLAINER|TIMELINE|BRIEF)-)(?=[A-Z])")


# A necessary condition for a _NAV_LINE match, asked first: its fifty case-insensitive
# branches cost about 4 µs a line even where none matches (most of PF003's time on news).
# Read in the lower-cased text (Document.folded), where an ASCII letter stands for exactly
# the characters the pattern's (?i) letters match. Every branch but five opens with one of
# these words (after an optional "("), each followed by a non-letter there.
_NAV_FIRST_WORDS = frozenset(
    """also read see related more watch listen analysis opinion tag tags topics keyword keywords video videos
    audio gallery photos on from subscribe follow join in stories articles you recommended most trending top
    latest skip advertisement advertising sponsored the story article copyright all this unauthorised
    unauthorized any photo picture pictured image caption comment legend share click reproduction
    redistribution republication copying world local us uk business news politics sports sport science health
    technology tech culture entertainment environment economy markets lifestyle travel education media clip
    podcast duration length running runtime by last first published posted update updated modified back
    additional reporting writing editing edited compiled translated with editor editors reporter reporters
    translator translators writer writers author authors contributor contributors sign staff special senior
    foreign our content les lees lesen lies leia lea lee lire leggi czytaj cite citeste lue olvassa""".split()
)
# A desk's byline alone names its role: "Staff Correspondent", "Our reporter".
_BYLINE_ROLES = frozenset("correspondent correspondents reporter reporters writer writers".split())
_NAV_ITEMS = frozenset("material content article story text page report video".split())
_NAV_SECTIONS = frozenset("""news world politics business sports sport science health technology tech opinion
    culture entertainment environment economy markets lifestyle travel education""".split())
# Common opening words that start a branch only before one of these whole words, one space
# on ("the post ...", "in the photo: ...", "on our site"); a line opening otherwise cannot match.
_NAV_SECOND_WORDS = {
    "the": _NAV_ITEMS | {"post"}, "this": _NAV_ITEMS, "in": {"the"}, "on": {"our"}, "from": {"our"},
    "all": {"rights"}, "more": {"on", "from", "in"}, "see": {"also"}, "also": {"read", "on", "from"},
    "most": {"read", "popular", "viewed", "shared", "watched", "commented", "emailed"},
    "with": {"input", "inputs", "agency", "wire", "news"}, "you": {"may", "might"}, "top": {"stories"},
    "back": {"to"}, "sign": {"up"}, "click": {"here", "to"}, "comment": {"on"}, "legend": {"of", "to"},
    "running": {"time"}, "staff": _BYLINE_ROLES, "special": _BYLINE_ROLES, "senior": _BYLINE_ROLES,
    "foreign": _BYLINE_ROLES, "our": _BYLINE_ROLES | {"own", "staff", "special", "senior", "foreign", "our"},
    "local": _NAV_SECTIONS, "us": _NAV_SECTIONS, "uk": _NAV_SECTIONS,
    "first": {"published", "posted", "update", "updated", "modified"},
    "last": {"published", "posted", "update", "updated", "modified"},
}
_NAV_LEAD = lazy_compile(r"\(?([a-z]+)(?: ([a-z]+))?")
# The five branches no opening word tells: a dateline ("Rotterdam:"), a month-day-year stamp
# ("May 3, 2024"), the two breadcrumbs (a spaced arrow or slash) and the funder's notice.
_FUNDER_NOTICE = "solely responsible for all content"


def _may_be_navigation(text: str, folded: str, start: int, end: int, funded: bool) -> bool:
    """False only where ``_NAV_LINE.match(text)`` must fail: ``text`` is the line
    ``folded[start:end]`` in the original case (``folded``: :attr:`Document.folded`);
    ``funded``: whether the funder's notice is anywhere in ``folded``."""
    head = folded[start : start + 1]
    if "a" <= head <= "z":
        lead = _NAV_LEAD.match(folded, start, end)
        assert lead is not None  # the line opens with a letter
        first = lead[1]
        if first in _NAV_FIRST_WORDS:
            needed = _NAV_SECOND_WORDS.get(first)
            if needed is None or lead[2] in needed:
                return True
        after = lead.end(1)
        if folded[after : after + 1] == " " and folded[after + 1 : after + 2].isdecimal():
            return True  # "May 3, 2024"
    elif head.isdecimal() or head in ("(", "_", "©", "—", "–", "-") or (head.isalpha() and not head.isascii()):
        return True  # (a label left in its source language may open on a non-ASCII letter: "Čtěte také:")
    return (text.rstrip(" \t\n")[-1:] == ":" or "/" in text or ">" in text or "›" in text or "»" in text
            or "▸" in text or "→" in text or (funded and folded.find(_FUNDER_NOTICE, start, end) >= 0))


# A related link's label and the words after it, which may run on into the story's sentence.
_LINK_LEAD = lazy_compile(r"(?i)^(?:also read|read also|read next|read more|see also|related(?: [a-z]+)?"
                          r"|more on this(?: story)?)[ \t]*(?::|[▶►▸»›→·•|])[ \t]*(?P<rest>\S[^\n]*)$")


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
        ("Rates rose.\n\nBy Staff Writer | Updated 3 hours ago\n\nThe bank met.", "Rates rose.\n\nThe bank met."),
        ("Rates rose.\n\nBy Ana Ruiz · Published 12 March 2025 · 4 min read\n\nThe bank met.",
         "Rates rose.\n\nThe bank met."),
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
        ("By Ana Ruiz, ana.ruiz@example.com, @anaruiz_news\n\nRates rose.", "Rates rose."),
        ("Rates rose.\n\nBy Tom Hale, @tomhale", "Rates rose."),
        ("Rates rose.\n\nBack to top", "Rates rose."),
        ("Home › Sport › Sailing\n\nRates rose.", "Rates rose."),
        ("Rates rose.\n\nNews > Europe > Baltic states > Latvia\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nCulture / Books / Reviews\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nMost viewed this month\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nMarkets › Europe\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nMore in World News\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("By our foreign correspondent\n\nRates rose.", "Rates rose."),
        ("By Ana Ruiz, correspondent in Lisbon\n\nRates rose.", "Rates rose."),
        ("By Tom Hale, our reporter in Quito\n\nRates rose.", "Rates rose."),
        ("By Ana de la Vega and Jan van der Berg\n\nRates rose.", "Rates rose."),
        ("Rates rose.\n\nReporting by Ana Ruiz, editing by Tom Hale", "Rates rose."),
        ("Rates rose.\n\n(With inputs from Reuters and AFP)", "Rates rose."),
        ("Rates rose.\n\nFollow City Daily on WhatsApp for the latest news", "Rates rose."),
    ],
    good=[
        "Rates rose.\n\nBy the numbers\n\nIt fell.",
        "Rates rose.\n\nBy land and sea\n\nIt fell.",
        "By Monday the rates had risen.",
        "Related talks will resume next week, he said.",
        "Analysis of the data showed a rise.",
        "Breaking the deadlock took a week.",
        "Watch: the clip shows the moment the bridge fell, a video that was shared widely.",
        "Reporting by phone from the border, she said the crossing was shut.",
        "Follow the money, he told the committee.",
        "Reporting by phone from the border, editors said the crossing was shut.",
        "With inputs from farmers rising, prices fell.",
        "Follow Ana Ruiz on her trip through the Andes in our new series.",
        "Subscribe to the theory and you will see, he said.",
        "He said:\n\nThe port will close.",
        "In the photo, taken in May, the ship is still afloat.",
        "Rates rose.\n\nHome 2 | Away 1\n\nIt fell.",
        "Rates rose.\n\nBy land | By sea\n\nIt fell.",
        "The editor: a title she held for ten years.",
        "Share this story with a friend, the app says.",
        "The museum receives support from the city. It is solely responsible for the displays.",
        "Updated rules take effect on 6 June, the ministry said.",
        "Published in 2019, the report found that rents had doubled.",
        "Back to top form, the striker scored twice.",
        "Prices > wages > savings: that was the order of the squeeze, she said.",
        "Ana Ruiz / Daily Wire",
        "Left > right > centre",
        "Rates rose.\n\nIncome > Costs\n\nIt fell.",
        "Rates rose.\n\nMore from less\n\nIt fell.",
        "Most read the report on Monday.",
        "More from the Senate is expected this week.",
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
    folded = doc.folded
    funded = folded is not None and _FUNDER_NOTICE in folded
    for _, para, text in _lines(doc):
        if ((folded is None or _may_be_navigation(text, folded, para.start, para.end, funded))
                and _NAV_LINE.match(text)) \
                or (("|" in text or "·" in text or "•" in text) and metadata_items(text)):
            lead = _LINK_LEAD.match(text) if text[:1] in "AaRrSsMmOoFf" else None
            if lead is not None and _prose_after_link(lead.group("rest").rstrip()):
                # The teaser runs into a sentence of the story ("Also read: Storm shuts ports The
                # ships left at noon."): shown only; PF012 cuts the label and teaser when it can.
                shown = _delete(self, doc, para.start, para.end, "Link label with a sentence after it: check.", 0.4)
                yield dataclasses.replace(shown, safety=Safety.DISPLAY)
                continue
            yield _delete(self, doc, para.start, para.end, "Page navigation or metadata line.", 0.8)
            continue
        label = _LABEL_PREFIX.match(text)
        if label:
            yield self.edit(para.start, para.start + label.end(), "", f"Feed label “{label.group().strip()}”.", 0.8)


RULES = (navigation_line,)
