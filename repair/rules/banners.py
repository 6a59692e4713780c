"""Page furniture kept as body lines: section banners, headline bars, lone datelines."""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.boilerplate import LineCheck, first_line_end, kept_final_break, line_deletion, short_line_matches
from repair.rules.dateline_grammar import (
    CAPS_LATIN,
    DASH_CHARS,
    DAY_MONTH,
    JOINT_CODES,
    LOWER_LATIN,
    MONTH_STEM,
    MONTH_WORDS,
    REGION_PLAIN,
    WIRE_CREDIT,
    caps_place,
    title_words,
)
from repair.rules.furniture_page_labels import cut_section_suffix

# "Headline words | World News": a site's headline bar with its section name.
_HEADLINE_BAR = re.compile(r"(?m)^[^\n|.!?]{10,200} \| (?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+[ \t]*$\n?")
# "WASHINGTON (AP)", "BEIJING (Reuters) -", "LIMA, Peru (AP) —", "OSLO, May 3 (Reuters) -" or
# "GENEVA —" alone on its line: the lead lost its dateline. The place is in capitals, an
# optional region or date follows it, then the agency, the dash, or both.
# "AMMAN, Jordan" alone: a place in capitals and its country, with neither credit nor dash.
_LONE_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z .'-]{2,30}(?:(?:, [A-Z][A-Za-z.'-]*(?: [A-Za-z0-9.'-]+){0,3})?"
    r"(?: " + WIRE_CREDIT + r"[ \t" + DASH_CHARS + r"]*| ?[" + DASH_CHARS + r"]+[ \t]*)"
    r"|" + REGION_PLAIN + r"[ \t]*)$\n?"
)
# "Madrid, 12 Apr (EFE).", "Lima, May 3 (AFP) —": a place in ordinary capitals, a date (day and
# month either way round, a year optional) and an agency credit in brackets, alone on its line.
# The date and the bracketed credit tell it from a story line; the agency is any short
# capitalised token ("(EFE)", "(ANSA)", "(Reuters)"), not a list.
# A place and an optional region, in ordinary capitals; no pronoun or article opens it.
_PLACE = (r"(?!(?:The|A|An|He|She|It|We|They|His|Her|Its|Their|Our|This|That)\b)"
          + title_words("A-Za-z'’.-", "{0,2}") + "(?:, " + title_words("A-Za-z'’.-", "{0,2}") + ")?")
_DATED_DATELINE = lazy_compile(
    r"(?m)^[ \t]*" + _PLACE + r",? "
    + DAY_MONTH + r"(?:,? \d{4})? "
    r"\((?:" + JOINT_CODES + r"|[a-z]{2,4}|[A-Z][a-z]{2,12}(?: [A-Z][a-z]+)?)\)[ \t]*[.:" + DASH_CHARS + r"]*[ \t]*$\n?"
    # The same place with only a bracketed agency ("Madrid (EFE)."), or with a full date and
    # its year and no agency ("Quito, 5 June 2025.").
    r"|^[ \t]*" + _PLACE +
    # Without a date the agency is in capitals and a dateline's mark closes the line (a team
    # sheet's "Phil Fear (WRU)" or a table's "WINNERS (once)" has none).
    r"(?: \((?:" + JOINT_CODES + r")\)[ \t]*[.:" + DASH_CHARS + r"]+"
    r"|, (?:\d{1,2} " + MONTH_STEM + r"|" + MONTH_STEM + r" \d{1,2},?) \d{4}[ \t]*[.:" + DASH_CHARS + r"]*)[ \t]*$\n?"
)
# An all-capitals line of two to eight words: a section banner ("LATEST NEWS FROM ASIA").
_CAPS_BANNER = re.compile(r"(?m)^[ \t]*[A-Z][A-Z'’&-]+(?: [A-Z][A-Z'’&-]*){1,7}[ \t]*$\n?")
# Words of a site's navigation: an all-caps line without one is a cross-head of the story
# ("STRONG DEMAND"), which is real structure, not junk.
_BANNER_WORDS = frozenset(
    """NEWS LATEST MORE RELATED TRENDING WATCH TOP STORIES STORY HEADLINES BREAKING PICKS
    POPULAR READ VIDEO VIDEOS PHOTOS GALLERY SUBSCRIBE NEWSLETTER SPONSORED ADVERTISEMENT
    RECOMMENDED UPDATES LIVE FOLLOW SHARE""".split()
)


def _holds_bar(text: str, line_start: int, line_end: int) -> bool:
    """False only where ``_HEADLINE_BAR`` cannot match: the line holds no spaced bar."""
    return text.find(" | ", line_start, line_end) >= 0


def _may_end_dated(text: str, line_start: int, line_end: int) -> bool:
    """False only where ``_DATED_DATELINE`` cannot match: each branch ends its line (its
    words cannot cross a line break) in a bracket or a year's digit, then marks and blanks."""
    end = text[line_start : first_line_end(text, line_start, line_end)].rstrip(" \t.:—–-")[-1:]
    return end == ")" or end.isdecimal()


def _not_first_line(doc: Document, start: int) -> bool:
    """The first non-blank line is the title or dateline; banners come after it."""
    return bool(doc.paragraphs) and start > doc.paragraphs[0].start


@rule(
    "BP005",
    "headline-bar",
    "boilerplate",
    Safety.DISPLAY,
    bad=[
        ("The bridge opened on Monday.\n\nMayor opens new bridge over the river | Local News\n\nIt rained.",
         "The bridge opened on Monday.\n\nIt rained."),
        ("The vote was held.\n\nSTOCKS TO WATCH THIS WEEK\n\nShares rose.", "The vote was held.\n\nShares rose."),
    ],
    good=[
        "Results: Smith 12 | Jones 9 | Brown 4.",
        # The title line's headline stays; PF004 cuts only its section name.
        "Mayor opens new bridge over the river | Local News\n\nThe bridge opened on Monday.",
        "NET PROFIT ROSE\n\nThe company said profit rose.",
        "The vote was held.\n\nU.S. FED RAISES RATES 0.25 PCT.",
        "Sales rose 9% in May.\n\nSTRONG DEMAND\n\nThe firm added a night shift.",
    ],
)
def headline_bar(doc: Document, self: Rule) -> Iterator[Edit]:
    """A headline carried with its site section ("... | World News") or an all-caps banner.

    Sites repeat the headline and section names inside the page; scrapers keep them in
    the body. Display only: whether the line goes or stays as the title is an editor's
    call (a cross-head can be real structure), and deleting a headline that restates the
    story also deletes words the story repeats. The first line of a text is never
    flagged for an all-caps banner, since it is usually the title, and an all-caps line is
    flagged only when it holds a navigation word ("NEWS", "LATEST", "WATCH"): a mid-story
    cross-head ("STRONG DEMAND") is part of the article.
    """
    checks: tuple[tuple[re.Pattern[str], LineCheck | None], ...] = ((_HEADLINE_BAR, _holds_bar), (_CAPS_BANNER, None))
    for pattern, check in checks:
        for match in short_line_matches(doc, pattern, max_chars=200, check=check):
            if pattern is _CAPS_BANNER and (
                not _not_first_line(doc, match.start()) or _BANNER_WORDS.isdisjoint(match.group().split())
            ):
                continue
            if pattern is _HEADLINE_BAR and not _not_first_line(doc, match.start()) \
                    and cut_section_suffix(match.group().rstrip()):
                continue  # "Port strike ends | Business News": the headline stays, PF004 cuts the section
            start, end = line_deletion(doc, match.start(), match.end())
            keep = kept_final_break(doc, start, end)
            yield self.edit(start, end, keep, "Headline bar or section banner, not article text.", 0.7)


@rule(
    "BP006",
    "lone-dateline",
    "boilerplate",
    Safety.UNSAFE,
    bad=[
        ("LIMA, Peru (AP) —\n\nThe bank raised rates on Thursday.", "The bank raised rates on Thursday."),
        ("QUITO, June 4 (Reuters) -\n\nThe bank raised rates.", "The bank raised rates."),
        ("QUITO, Ecuador\n\nThe bank raised rates.", "The bank raised rates."),
        ("Lima, 3 May (AFP).\n\nThe bank raised rates.", "The bank raised rates."),
        ("Porto Alegre, Brazil, Sept. 9, 2025 (Reuters) —\n\nThe bank raised rates.", "The bank raised rates."),
        ("Lima (AFP).\n\nThe bank raised rates.", "The bank raised rates."),
        ("Lima, Peru, 3 May 2025.\n\nThe bank raised rates.", "The bank raised rates."),
    ],
    good=["LONDON (AP) — The bank raised rates on Thursday.", "The AP (Associated Press) said so.",
          "ALMATY, Kazakhstan (AP)\n\nThe bank raised rates on Thursday.",
          "LIMA, Peru (AP) — The bank raised rates on Thursday.", "Rates rose.\n\nSTRONG DEMAND\n\nIt sold.",
          "The march in LIMA, Peru\n\nIt rained.", "Rates rose.\n\nParis, 12 April (a Saturday).\n\nIt rained.",
          "Lima, 3 May (AFP) — The bank raised rates on Thursday.", "Rates rose.\n\nThe Bank (BOE)\n\nIt fell.",
          "Rates rose.\n\nHe Was Born on 3 May 2025.\n\nIt fell.", "Rates rose.\n\nAna Ruiz (WRU)\n\nIt fell.",
          "Rates rose.\n\nWINNERS (once)\n\nIt fell."],
)
def lone_dateline(doc: Document, self: Rule) -> Iterator[Edit]:
    """An agency dateline ("LONDON (AP)", "LIMA, Peru (AP) —") standing alone on its line.

    The lead it belonged to lost it in the scrape, so it now reads as a stray heading.
    Unsafe: moving it back onto the lead would also be a valid repair. A capitals dateline
    that closes on its agency credit with no dash ("ALMATY, Kazakhstan (AP)") is left: it is
    the story's own dateline line that lost only its dash (training gold keeps both such lines
    with a dash, and editors kept them); restoring the dash here would not hold, since the
    re-check reads a dashed lone dateline as one to delete.
    """
    checks: tuple[tuple[re.Pattern[str], LineCheck | None], ...] = ((_LONE_DATELINE, None),
                                                                    (_DATED_DATELINE, _may_end_dated))
    for pattern, check in checks:
        for match in short_line_matches(doc, pattern, check=check):
            if pattern is _LONE_DATELINE and match.group().rstrip().endswith(")"):
                continue  # "ALMATY, Kazakhstan (AP)": the story's own dateline, which lost only its dash
            start, end = line_deletion(doc, match.start(), match.end())
            keep = kept_final_break(doc, start, end)
            yield self.edit(start, end, keep, "Agency dateline left on a line of its own.", 0.75)


# "WASHINGTON (AP) Hackers ..." / "GENEVA The council ...": a dateline that lost its dash.
# "LYON, France (AFP) The court ...": a region or country may follow the place when an
# agency credit closes the dateline (without the credit, "PARIS, Texas" could start a sentence).
# A place may open with an abbreviated saint's or fort's title ("ST. PAUL", "FT. WORTH"), and the
# lead may open with the article "A" before a lower-case word or figure ("VIENTIANE A quake …").
# Capitals with accents or other Latin marks count ("KOŠARY", "TROMSØ", "BOGOTÁ"):
# :data:`~repair.rules.dateline_grammar.CAPS_LATIN`.
_CAPS = CAPS_LATIN
_LOWER = LOWER_LATIN
_PLACE_WORDS = r"(?:[A-Z]{2}\. )?" + caps_place(_CAPS, marks="'", head_rest=2, more_words="{0,2}")
_DASHLESS_DATELINE = lazy_compile(
    _PLACE_WORDS + r"(?:(?:" + REGION_PLAIN + r")? " + WIRE_CREDIT + r")?"
    r" (?=[" + _CAPS + "][" + _LOWER + r"]|A [a-z0-9])"
)
# "IZMIT, Türkiye, September 12 A fire …" / "PORT ALDER, Aug. 26 Two ferries …": a place, an
# optional one-word region, and the date that only a dateline sets there, then the lead's
# capital. The date makes it a dateline, so the lead may open with any capitalised word.
_DASHLESS_DATED_DATELINE = lazy_compile(
    _PLACE_WORDS + r"(?:, [" + _CAPS + r"][" + _LOWER + r"]+\.?)?, " + MONTH_STEM + r" \d{1,2}(?:, \d{4})? (?=[A-Z])"
)


# "LIMA, Peru A quake struck …" / "SALEM, Ore. The council …": a place and its one-word
# region or state with neither credit nor dash, then a sentence's first word and a
# lower-case word (so "SANTA FE, New Mexico The …" is not cut after "New").
# An article may open the lead before a name ("SANTIAGO, Chile A Canadian miner …"): a region
# never ends on "A", "An" or "The" (a two-word region's second word is no article either).
_DASHLESS_REGION_DATELINE = lazy_compile(
    _PLACE_WORDS + r", [" + _CAPS + r"][" + _LOWER + r"]+\.? (?=(?:A|An|The|[A-Z][a-z]+) [a-z0-9]|(?:A|An|The) [A-Z])"
)
# Wire datelines give a date after the place ("AUSTIN, Tex. March 3 - ..."): no lead opens there.
_MONTHS = MONTH_WORDS


# Job titles written in capitals: a run ending in one names a person's role, not a place.
_ROLE_ACRONYMS = frozenset("CEO CFO COO CTO CIO CMO CSO CRO EVP SVP VP MD GM MP MEP MLA MSP GOP".split())


@rule(
    "PU008",
    "dateline-dash",
    "punctuation",
    Safety.UNSAFE,
    bad=[("GENEVA The council voted on Monday.", "GENEVA — The council voted on Monday."),
         ("LONDON (AP) Rates rose on Monday.", "LONDON (AP) — Rates rose on Monday."),
         ("LIMA, Peru (AFP) The court ruled on Friday.", "LIMA, Peru (AFP) — The court ruled on Friday."),
         ("QUITO, Ecuador A quake struck on Sunday.", "QUITO, Ecuador — A quake struck on Sunday."),
         ("SALEM, Ore. The council voted on Monday.", "SALEM, Ore. — The council voted on Monday."),
         ("HANOI A typhoon hit the coast.", "HANOI — A typhoon hit the coast."),
         ("FT. MYERS, Fla. A boat sank.", "FT. MYERS, Fla. — A boat sank."),
         ("OSLO, March 3 The council voted on Monday.", "OSLO, March 3 — The council voted on Monday."),
         ("PORT ELM, Ore., Sept. 14 Two boats sank.", "PORT ELM, Ore., Sept. 14 — Two boats sank."),
         ("KÖLN, Jan. 5, 2026 Rents rose.", "KÖLN, Jan. 5, 2026 — Rents rose."),
         ("BRNO, Česko, May 2 Floods cut roads.", "BRNO, Česko, May 2 — Floods cut roads."),
         ("KOŠICE The council voted on Monday.", "KOŠICE — The council voted on Monday."),
         ("MALMÖ (AP) Öresund ferries stopped.", "MALMÖ (AP) — Öresund ferries stopped."),
         ("QUITO, Ecuador A Canadian miner bought a mine.", "QUITO, Ecuador — A Canadian miner bought a mine.")],
    good=["GENEVA — The council voted.", "NATO The alliance met.", "LONDON, March 2 - Rates rose.",
          "The UN said so.", "DENVER Colo., May 2 - Rates rose.", "AUSTIN, Tex. March 3 - Rates rose.",
          "SANTA FE, New Mexico The board met.", "NATO A summit opened.", "COPPER GRADE A - 2650 tonnes.",
          "“We are ready,” she said.\n\nACME CFO Jane Roe said sales rose.",
          "OSLO, March 3 - The council voted.", "OSLO, March 3 (Reuters) - Rates rose.",
          "OSLO, March 3 — The council voted.", "OSLO, March 3 -- The council voted.",
          "SANTA FE, New Mexico A Canadian miner bought a mine.", "ACME CEO, March 3 The deal closed.",
          "The summit opened on March 3 in OSLO."],
)
def dateline_dash(doc: Document, self: Rule) -> Iterator[Edit]:
    """An all-caps dateline run into the lead with no dash ("GENEVA The council ...").

    The dash was lost with the markup; without it the place name reads as part of the
    sentence. The fix restores " — ". Unsafe: an all-caps acronym can open a sentence
    ("NATO The ..." is excluded only when the word is four letters or fewer); without a
    credit, a place takes a one-word region or state ("LIMA, Peru A quake ...") or, after a
    comma, a date ("OSLO, March 3 The council ..."; a date with no comma, "AUSTIN, Tex. March 3",
    goes on to its own dash); a dash already in the next words keeps all; a run that
    holds a job title ("ACME CFO Jane Roe said") is a company and a role, never a dateline.
    """
    text = doc.text
    for para in doc.paragraphs:
        # All patterns open with two capitals, or a capital and an apostrophe ("O'HARE"):
        # asked first of the paragraph's first two characters.
        first, second = text[para.start : para.start + 1], text[para.start + 1 : para.start + 2]
        if not (first.isupper() and (second.isupper() or second == "'")):
            continue
        match = _DASHLESS_DATELINE.match(doc.text, para.start, para.end)
        if match is None:
            match = _DASHLESS_DATED_DATELINE.match(doc.text, para.start, para.end)
        if match is None:
            match = _DASHLESS_REGION_DATELINE.match(doc.text, para.start, para.end)
            # The next word, read from a bounded slice (12 > the longest month's 9 letters:
            # a longer cut word is no month either); slicing the rest of the text was quadratic.
            if match is not None and doc.text[match.end() : match.end() + 12].split(" ", 1)[0] in _MONTHS:
                continue  # "AUSTIN, Tex. March 3 - ...": a wire dateline with its date
        if not match or (match.group().strip().isalpha() and len(match.group().strip()) <= 4):
            continue
        if not _ROLE_ACRONYMS.isdisjoint(re.findall(r"[A-Z]+", match.group())):
            continue  # "ACME CFO Jane Roe said": a company and a title before a name
        if re.search(r" (?:-{1,2}|—|–) ", doc.text[match.end() : min(para.end, match.end() + 40)]):
            continue  # "DENVER Colo., May 2 - ...": the dateline goes on and has its dash
        yield self.edit(match.end() - 1, match.end(), " — ", "Dateline without its dash.", 0.7)


RULES = (headline_bar, lone_dateline, dateline_dash)
