"""Spacing and marks that stripped markup and other languages' typography leave inside
figures, compounds and wire datelines (split from :mod:`repair.rules.marks_style`).

* a hyphen spaced off the first half of a compound ("long -term", "a 35 -kilometre walk"):
  a detokeniser that splits on hyphens puts the space back on one side only;
* a figure glued to its scale word ("390million"): the space was a markup boundary;
* an energy unit cut by a stop where its hyphen was ("megawatt. hour");
* a wire dateline run straight into the lead ("DENVER (AP) A storm ..."): the dash after
  the agency's name was a separate element of the page and was dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.line_index import end_of_line, start_of_line
from repair.rules.base import Rule, lazy_compile, rule

# A hyphen with a blank before it and a lower-case word glued after it, the word before
# ending in a letter or a digit: "long -term", "35 -kilometre". Found from " -" (a literal).
# Led by the hyphen (a literal, found in C) and not by the space, which is everywhere.
_SPACED_HYPHEN = re.compile(r"-(?<= -)(?=[a-z]{2,}\b)")
# A figure glued to a scale word or "percent" ("390million", "12percent").
# The scale words, each led by a literal: the figure before one ("390", "2.5") is read back
# from it, and must not follow a letter, a currency sign ("£3million" is a house style) or a
# path ("site.com/390million").
_SCALE_WORDS = tuple(re.compile(w + r"\b") for w in ("million", "billion", "trillion", "percent"))
_WORD_BEFORE = re.compile(r"[\w.]+$")
_WORD_AFTER = re.compile(r"[a-z]+")
_ANY_SPACED_DASH = re.compile(r"[\w.] -[a-z]|[a-z]- ")
# An energy unit cut by a stop or a comma where its hyphen was ("per megawatt. hour"): a
# sentence never ends on "watt" with "hour" opening the next in lower case.
_CUT_WATT_HOUR = re.compile(r"watt[.,] (?=hours?\b)")


def _first_half(word: str) -> bool:
    """Whether ``word`` can be a compound's first half: a figure ("35", "5.0") or a
    lower-case modifier (not an "-ly" adverb); a name or a plural noun ends a phrase before a dash instead
    ("Ferrari -best known for ...", "such cases -thought to ...")."""
    if not word or word.endswith("."):
        # A stop ends a sentence (or an abbreviation), never a compound's first half: "in 2019.
        # -year." is a stray piece after the stop, not "2019-year" (an editor's REJECT).
        return False
    if word[-1].isdigit():
        return True
    # An "-ly" adverb takes no hyphen at all ("previously announced"): not this slip.
    return word.isalpha() and word.islower() and not word.endswith(("s", "ly"))


_FIGURE_CHARS = frozenset("0123456789.,")
_NOT_BEFORE_FIGURE = frozenset("_/=#@$£€¥-") | frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

# Words a compound's second half never is: a spaced hyphen before one is a dash that lost
# its other space ("the plan -which the board approved- ..."), not a broken compound.
_NOT_SECOND_HALF = frozenset("which who whom whose that and or but if as so then than when while where".split())


@rule(
    "PU018",
    "compound-spacing",
    "spacing",
    Safety.UNSAFE,
    bad=[
        ("The deal secures long -term funding for the port.", "The deal secures long-term funding for the port."),
        ("She led at the 30 -kilometre mark.", "She led at the 30-kilometre mark."),
        ("It was a well -known shortcut through the hills.", "It was a well-known shortcut through the hills."),
        ("The car has a 2.0 -litre engine.", "The car has a 2.0-litre engine."),
        ("PARIS (AFP) - She won the 10 -kilometre race.", "PARIS (AFP) - She won the 10-kilometre race."),
        ("Farmers signed a five -year lease with the town.", "Farmers signed a five-year lease with the town."),
        ("About 390million people live in the basin.", "About 390 million people live in the basin."),
        ("The fund lost 2.5billion dollars in a year.", "The fund lost 2.5 billion dollars in a year."),
        ("Turnout reached 61percent on Sunday.", "Turnout reached 61 percent on Sunday."),
        ("Power cost 80 euros per megawatt. hour in May.", "Power cost 80 euros per megawatt-hour in May."),
        ("Homes used 900 kilowatt, hours a year.", "Homes used 900 kilowatt-hours a year."),
    ],
    good=[
        "Temperatures fell to -12 overnight.",
        "The plan -which the board approved- was dropped.",
        "Results:\n -first round: Ana Ruiz",
        "The long-term plan was approved.",
        "The index lost 5 - nearly all of its gains - on Monday.",
        "A short - and at times bitter - debate followed.",
        "The firm paid £3m for the site, or 3.5bn yen.",
        "Visit site.com/390million for details.",
        "The striker -best known for his pace -scored twice.",
        "The talks -which began in May- stalled.",
        "Inspections of such firms -thought to be few- go on.",
        "Fans of the club -are you listening?",
        "The star Ana Ruiz -famous for her voice- sang.",
        "The deal was worth £1.5million to the club.",
        "It honoured a previously -agreed deal.",
        "The line opened in 2019. -year.",
        "The plant adds 40 megawatts. Hours of work remain.", "Power cost 80 euros per megawatt-hour.",
    ],
    scope="line",
)
def compound_spacing(doc: Document, self: Rule) -> Iterator[Edit]:
    """A compound's hyphen spaced off its first half ("long -term", "35 -kilometre"), or
    a figure glued to "million", "billion", "trillion" or "percent" ("390million").

    The first is told by its shape: a word or figure, a space, a hyphen glued to a
    lower-case word that is not a conjunction or relative pronoun (a dash that lost one
    space opens a clause: "the plan -which ..."). A minus sign stands before a digit and
    is left. The second inserts the space English writes between a figure and its scale
    word; "3m" and "5bn" are house styles and stay. Unsafe until measured.
    """
    text = doc.text
    if " -" in text:
        paired: dict[int, bool] = {}  # by line start: two spaced dashes or more (counted once per line)
        for match in _SPACED_HYPHEN.finditer(text):
            first = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start() - 1)
            nxt = _WORD_AFTER.match(text, match.end())
            if first is None or nxt is None or not _first_half(first.group()):
                continue
            second = nxt.group()
            if second in _NOT_SECOND_HALF or lexicon.is_function_word(second) or second in lexicon.AUXILIARIES:
                continue
            # Dashes come in pairs around an aside ("the economy -which ... -may"): a second
            # spaced hyphen in the paragraph makes both punctuation.
            para_start = start_of_line(text, match.start() - 1)
            if para_start not in paired:
                para_end = end_of_line(text, match.end())
                para = text[para_start : para_end if para_end >= 0 else len(text)]
                paired[para_start] = len(_ANY_SPACED_DASH.findall(para)) > 1
            if paired[para_start]:
                continue
            yield self.edit(match.start() - 1, match.start() + 1, "-", "Space inside a hyphenated compound.", 0.8)
    for word in _SCALE_WORDS:
        for found in word.finditer(text):
            at = found.start()
            if not text[at - 1 : at].isdigit():
                continue
            start = at
            while start > 0 and at - start < 24 and text[start - 1] in _FIGURE_CHARS:
                start -= 1
            if text[start].isdigit() and text[start - 1 : start] not in _NOT_BEFORE_FIGURE:
                yield self.edit(at, at, " ", "Figure glued to its scale word.", 0.85)
    if "watt" in text:
        for found in _CUT_WATT_HOUR.finditer(text):
            yield self.edit(found.start() + 4, found.end(), "-", "Energy unit cut by a stop: its hyphen.", 0.85)


# "DENVER (AP) A storm ...": a dateline of capitals (a place, an optional region or date)
# and the agency in brackets, then the lead's first word with no dash between.
# Found from the agency in brackets (led by "(", a literal) and read back to the line's start.
# The credit is one word, any wire's or paper's name ("(Bernama)", "(IANS)", "(Wire)"): what
# makes it a credit is where it stands, after a capitals place at a paragraph's head.
# The lead may open with an accented capital ("(AP) Värta IF will ...", "(AFP) Łódź's mayor").
_AGENCY_GAP = lazy_compile(r"\((?P<agency>[A-Z][A-Za-z]{1,11})\)(?P<gap> )"
                           r"(?=[A-ZÀ-ÖØ-Þ\u0100-\u017f][a-zß-öø-ÿ\u0100-\u017f]|A |I )")
# The wires every reader knows by name: after one of these a lone place ("OSLO") is enough;
# an unfamiliar one-word credit needs a region or a date in the dateline ("UNHCR (Geneva)
# Officials ..." is an acronym and a place, no dateline).
_KNOWN_AGENCIES = frozenset("AP Reuters AFP dpa Xinhua Kyodo Yonhap ANSA EFE UPI PA".split())
# Capitals with accents count ("TROMSØ", "SÃO PAULO", "BOGOTÁ").
_PLACE = lazy_compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+){0,3}"
                      r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?"
                      r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2})? ")


@rule(
    "PU019",
    "dateline-dash",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("BOISE, Idaho (AP) A wildfire forced hundreds to leave their homes.",
         "BOISE, Idaho (AP) — A wildfire forced hundreds to leave their homes."),
        ("LISBON (AFP) Portugal's parliament passed the budget on Friday.",
         "LISBON (AFP) — Portugal's parliament passed the budget on Friday."),
        ("OSLO, March 3 (Reuters) Norway's wealth fund lost 2% in a quarter.",
         "OSLO, March 3 (Reuters) — Norway's wealth fund lost 2% in a quarter."),
        ("IPOH, Malaysia (Bernama) Floods cut two roads.", "IPOH, Malaysia (Bernama) — Floods cut two roads."),
        ("STOCKHOLM (AP) Åre will host the race.", "STOCKHOLM (AP) — Åre will host the race."),
    ],
    good=[
        "BOISE, Idaho (AP) — A wildfire forced hundreds to leave their homes.",
        "UNHCR (Geneva) Officials said the camp was full.",
        "OSLO, March 3 (Reuters) - Norway's wealth fund lost 2% in a quarter.",
        "The report by the AP (AP) News desk was late.",
        "Officials in BOISE (AP) said the fire was out.",
        "NATO (AP) officials declined to comment.",
    ],
)
def dateline_dash(doc: Document, self: Rule) -> Iterator[Edit]:
    """A wire dateline run into the lead without its dash ("DENVER (AP) A storm ...").

    A dateline opens a paragraph: a place in capitals (with a region or a date after a
    comma), the agency in brackets, and then the dash that the page set as its own
    element. With the dash dropped, the dateline reads as the sentence's subject. An em
    dash comes back (the dash an editor restores, whatever the wire's own habit). A lone
    capitalised word before the brackets must be at least a place's length, a credit that
    is not a known wire's needs a region or a date before it, and the lead must open with a
    capitalised word. Unsafe: a publisher's own dateline style.
    """
    text = doc.text
    if "(" not in text:
        return
    for match in _AGENCY_GAP.finditer(text):
        line_start = start_of_line(text, match.start())
        if match.start() - line_start > 60 or _PLACE.fullmatch(text, line_start, match.start()) is None:
            continue
        place = text[line_start : match.start()].strip()
        if " " not in place and len(place) < 3:
            continue
        if match.group("agency") not in _KNOWN_AGENCIES and "," not in place:
            continue  # "UNHCR (Geneva) Officials ...": an unfamiliar credit needs a region or date
        gap = match.start("gap")
        yield self.edit(gap, gap + 1, " — ", "Dateline lost the dash before the lead.", 0.8)


RULES = (compound_spacing, dateline_dash)
