"""Lost spaces after punctuation: a full stop or a per cent sign run into the next word.

"child care.She was endorsed" and "fell 7%in trading" lost the space that followed the
mark, the way glued words lose theirs (see :mod:`repair.rules.glued`). Word knowledge is
``wordfreq``'s, read through :func:`repair.rules.glued.zipf`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.abbreviations import abbreviation_kind
from repair.document import Document
from repair.edits import Edit, Safety
from repair.quote_marks import quote_marks
from repair.rules.base import Rule, finditer_led, lazy_compile, led_by_each, rule
from repair.rules.glued import KNOWN_ZIPF, zipf
from repair.rules.glued_stop_spaced import spaced_stop_repair

# The stop first (a literal, scanned for in C); the letters around it are checked in Python.
# "never dug.the judge said": the next sentence's opener lost its capital as well as its
# space. Only openers that are no web ending ("it", "no", "my" are country domains). One scan
# of the stops for both (a lower-case opener is told apart in Python).
_LOWER_OPENER = "(?:the|a|an|this|these|those|his|her|their|its|our|he|she|they|we|there) [a-z]"
_STOP_GLUE = re.compile(r"\.(?=[A-Z][a-z]+\b|" + _LOWER_OPENER + ")")
_WORD_BEFORE = lazy_compile(r"(?<![\w.@/'’:-])(?:[a-z]{2,}|[A-Z][a-z]{2,}|\d{2,})$")
_WORD_AFTER = re.compile(r"[A-Z][a-z]+")
# Words that open a sentence after a rare word's stop ("outpatients.It asked"): pronouns and
# determiners, never the second part of a ticker or a file name ("smbs.St", "ainp.Pa").
_SENTENCE_OPENERS = frozenset("it the he she they we this these those there its his her their our".split())
# A space and a word after the glued word: a sentence goes on ("weekend.Ljubljana residents").
_WORD_GOES_ON = re.compile(r" [A-Za-z]")
# Sentence openers of three letters or more that may follow a rare capitalised word's stop
# ("Riga.The delegates"): never a two-letter exchange code after a ticker ("Neoy.He", "skbs.St").
_LONG_OPENERS = frozenset("the this these those there their they its his her our".split())
# The days and months that end a sentence's date ("on Monday.Forecasters expect"), and a
# day of the month after a month's name ("on June 3.The judge"): a lone digit elsewhere is a
# version or a list number ("version 2.The file").
_CALENDAR = ("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
             "|July|August|September|October|November|December")
_CALENDAR_WORD = re.compile(rf"(?:{_CALENDAR})$")
_DAY_OF_MONTH = lazy_compile(r"(?<![\w.@/'’:-])(?:January|February|March|April|May|June|July|August"
                             r"|September|October|November|December) [1-9]$")
# Web and file endings written with a capital in names ("Example.Com"): never a sentence.
_NAME_ENDINGS = frozenset("com net org gov edu io co uk info biz js ts py md txt pdf html".split())
# The sign first, the digit looked behind for from after it: a pattern opening with a
# look-behind is tried at every position of the text, one opening with a literal is not.
_PERCENT_GLUE = re.compile(r"%(?<=\d%)(?=[a-z]{2,}\b)")
# "unfair to traders.”The council": a closing curly mark after a stop, glued to the next
# sentence's capital. The mark first (a literal, scanned for in C).
_CLOSER_GLUE = re.compile(r"”(?<=[.!?]”)(?=[A-Z][a-z]+\b)")
# The same with a straight mark, which closes when an odd number of them stand before it.
_STRAIGHT_CLOSER_GLUE = re.compile(r'"(?<=[.!?]")(?=[A-Z][a-z]+\b)')


def _closes_a_quote(doc: Document, at: int) -> bool:
    """True when the mark at ``doc.text[at]`` closes a quotation opened earlier in its
    paragraph: for a curly mark, an opening “ after the last closing ” (a ” misused as an
    opener is left); for a straight one, an odd count of straight marks before it.
    Indexed marks (:mod:`repair.quote_marks`): a scan from the line start per mark was
    quadratic on a long one-line record."""
    marks = quote_marks(doc)
    start = marks.line_start(at)
    if doc.text[at] == '"':
        return marks.count('"', start, at) % 2 == 1
    return marks.last("“", start, at) > marks.last("”", start, at)


def _quoted_or_dated_stop(doc: Document, stop: int, after: re.Match[str]) -> bool:
    """True when the stop at ``doc.text[stop]``, glued to the capitalised word ``after``,
    ends a sentence whose last word is no plain word: a closing quotation mark ("called the
    plan “reckless”.Residents said") or a day of the month after its month ("on June
    3.The judge"). A sentence must go on after the word (a space and a letter), and the word
    must be a common one or a function word, never a web ending."""
    text = doc.text
    word = after.group().lower()
    if word in _NAME_ENDINGS or not _WORD_GOES_ON.match(text, after.end()):
        return False
    if not (lexicon.is_function_word(word) or zipf(word) >= KNOWN_ZIPF or len(word) >= 4):
        return False
    mark = text[stop - 1 : stop]
    if mark in ("”", '"'):
        return stop >= 2 and text[stop - 2].isalpha() and _closes_a_quote(doc, stop - 1)
    return _DAY_OF_MONTH.search(text, max(0, stop - 14), stop) is not None


# What opens the object or complement of a participle that runs on from the clause before
# ("Making it one of …", "Leaving 3,000 homes …", "Bringing the total to …").
_PARTICIPLE_OBJECTS = frozenset("it them him her the a an its their his some all".split())


# The two tails below, matched where the glued stop's next word starts; no match is longer
# than a word and 160 characters, so a window of 400 finds every one the rest of the text would.
_PARTICIPLE_TAIL = re.compile(r"([A-Z][a-z]{2,}ing) ((?:[^.!?\n,;:]|[.,](?=\d)){2,160})[.!?]")
_ATTRIBUTION_TAIL = re.compile(r"According to ([^.!?\n,;:]{2,80})[.!?]")
_TAIL_WINDOW = 400


def _participle_tail(text: str, start: int) -> bool:
    """True when ``text[start:]`` is a participle phrase up to its stop ("Making it one of
    the largest …."): an "-ing" word, then an object pronoun, a determiner or a figure, and
    no auxiliary, speech verb or past form after it (which would make the "-ing" word a
    gerund subject: "Raising the price would hurt"), no comma (a clause may follow it)."""
    # A stop or comma inside a figure ("3,000", "1.4") is no end and no clause break.
    # Matched in place (a bounded window, not a slice of the rest of the text: one copy of
    # the rest per glued stop made the rule quadratic on a text with many of them).
    rest = _PARTICIPLE_TAIL.match(text, start, start + _TAIL_WINDOW)
    if rest is None:
        return False
    words = lexicon.words(rest.group(2))
    if not words or not (words[0].lower() in _PARTICIPLE_OBJECTS or words[0][:1].isdigit() or words[0][:1] == "$"):
        return False
    lowered = [w.lower() for w in words]
    for before, word in zip(lowered, lowered[1:], strict=False):
        if word in lexicon.AUXILIARIES or word in lexicon.SPEECH_VERBS or word in lexicon.IRREGULAR_PAST:
            return False
        # An "-ed" form after a noun is a verb ("Cutting the rate helped exporters"); after a
        # determiner, a preposition or a superlative it is a modifier ("the largest listed firm").
        if len(word) > 4 and word.endswith("ed") and not (
                lexicon.is_function_word(before) or before.endswith(("est", "ly")) or before in ("most", "more")):
            return False
    return True


def _attribution_tail(text: str, start: int) -> bool:
    """True when ``text[start:]`` is "According to X." and X is one noun phrase: an optional
    determiner, a few content words, then an optional name ("the power company Nordgas
    Networks"), the stop right after it. A comma, a second determiner or any other function
    word means a sentence goes on ("According to police, the man fled")."""
    rest = _ATTRIBUTION_TAIL.match(text, start, start + _TAIL_WINDOW)
    if rest is None:
        return False
    words = rest.group(1).split()
    if words[0] in ("the", "a", "an", "its", "their"):
        words = words[1:]
    lower = [w for w in words if w[:1].islower()]
    named = [w for w in words if not w[:1].islower()]
    # Lower-case words first, the name last; none a function word (a subject, a clause).
    return bool(words) and words == lower + named and len(lower) <= 4 and len(named) <= 5 and not any(
        lexicon.is_function_word(w) or w in lexicon.AUXILIARIES for w in lower)


@rule(
    "GL006",
    "glued-after-stop-or-percent",
    "spacing",
    Safety.UNSAFE,
    bad=[
        ("He ran on lowering costs and child care.He won by ten votes.",
         "He ran on lowering costs and child care. He won by ten votes."),
        ("Shares fell 7%in early trading.", "Shares fell 7% in early trading."),
        ("The storm cut the line at dawn.Leaving 3,000 homes without power.",
         "The storm cut the line at dawn, leaving 3,000 homes without power."),
        ("Sales fell.Raising the price would hurt demand, the firm said.",
         "Sales fell. Raising the price would hurt demand, the firm said."),
        ("Some 9,000 homes lost heat.According to the gas board.",
         "Some 9,000 homes lost heat, according to the gas board."),
        ("She called the fare rise “a scandal.”Ministers said nothing.",
         "She called the fare rise “a scandal.” Ministers said nothing."),
        ('Fans called the fee "a joke."The club has not replied.',
         'Fans called the fee "a joke." The club has not replied.'),
        ("The bridge opened on Monday.Traffic was heavy.", "The bridge opened on Monday. Traffic was heavy."),
        ("Sales rose by a third in 2023.Most came from Asia.", "Sales rose by a third in 2023. Most came from Asia."),
        ("The board met in Geneva.It approved the budget.", "The board met in Geneva. It approved the budget."),
        ("The wells were never dug.the inquiry found.", "The wells were never dug. The inquiry found."),
        ("The storm hit at dawn.there were no deaths.", "The storm hit at dawn. There were no deaths."),
        ("The clinic turned away outpatients.It had no beds.", "The clinic turned away outpatients. It had no beds."),
        ("Entry is free this weekend.Tallinn residents pay less.",
         "Entry is free this weekend. Tallinn residents pay less."),
        ("A reward has been offered for information.Leading to their arrest.",
         "A reward has been offered for information, leading to their arrest."),
        ("More than 900 runners finished the race this year.a new high.",
         "More than 900 runners finished the race this year, a new high."),
    ],
    good=[
        "Visit www.example.Com or shop.Example.com for details.",
        "The U.S.Army unit left.",
        "He cited e.g.The first case.",
        "She wrote to info@site.Org today.",
        "Shares fell 7% in early trading.",
        "The file is called notes.Md and is short.",
        "The fund holds shares of acme.St. and of two banks.",
        "Some 9,000 homes lost heat. According to the gas board, repairs will take a week.",
        "Homes lost heat. According to the board the pipes froze.",
        "The label read ”Fresh.”Only that.",
        "She called it “a scandal.” Ministers said nothing.",
        'The club said."The fee stays," it added.',
        "He met Gen.Smith and Sen.Jones at Calif.State.",
        "It cost 1,000.Most of it was debt.",
        "He used version 2.The file was small.",
        "He moved to Example.Com in May.",
        "Carriers such as One.Tel route calls abroad.",
        "Visit google.it for more.",
        "Items, etc.the list goes on.",
        "He sold shares of Skanska AB skbs.St from his fund.",
        "The airline ainp.Pa consortium grew.",
    ],
)
def glued_after_stop_or_percent(doc: Document, self: Rule) -> Iterator[Edit]:
    """A full stop glued to the capitalised word that opens the next sentence
    ("care.She"), or a per cent sign glued to the word after it ("7%in"), or a closing
    curly mark after a stop glued to the next sentence ("traders.”The"; any capitalised
    word: the mark must close a quotation opened earlier in its paragraph).

    The space after the mark was lost with a line break or a markup boundary. The stop
    must end a whole word the lexicon knows (not a web or mail address, an abbreviation
    such as "e.g.", "U.S." or "Gen.") or a figure of two digits or more ("in 2021.Most",
    not "1,000.Most"), and the word after it must be a function word or a common word
    (Zipf >= 3), never a web ending ("Example.Com"); after a capitalised word or a figure
    a short content word ("One.Tel") is a brand's second part. Unsafe: a brand can be
    written with an inner stop.
    """
    text = doc.text
    lower_glue: list[re.Match[str]] = []
    for match in _STOP_GLUE.finditer(text):
        if text[match.end()].islower():
            lower_glue.append(match)
            continue
        before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        after = _WORD_AFTER.match(text, match.end())
        if after is None:
            continue
        if before is None:
            if _quoted_or_dated_stop(doc, match.start(), after):
                yield self.edit(match.start(), match.end(), ". ",
                                f"Missing space after the stop before “{after.group()}”.", 0.8)
            continue
        word = after.group().lower()
        if before.group()[0].isdigit():
            if text[before.start() - 1 : before.start()] in (",", "$", "€", "£", "#"):
                continue  # "1,000.Most" reads as a figure; "#12.Top" a list item
        elif zipf(before.group()) < KNOWN_ZIPF:
            if before.group()[0].isupper():
                if not (word in _LONG_OPENERS and abbreviation_kind(before.group()) is None
                        and _WORD_GOES_ON.match(text, after.end())):
                    continue  # a rare name's stop before "The" or "Their" and a sentence ("Riga.The talks")
            elif not (len(before.group()) >= 5 and word in _SENTENCE_OPENERS):
                continue  # a rare word's stop before "It" or "The" only ("outpatients.It"), never a ticker's
        elif before.group()[0].isupper() and abbreviation_kind(before.group()) is not None:
            continue  # "Gen.Smith", "Calif.Police": an abbreviation's stop, not a sentence's
        if word in _NAME_ENDINGS:
            continue
        if not (lexicon.is_function_word(word) or zipf(word) >= KNOWN_ZIPF) and not (
                (before.group().islower() or _CALENDAR_WORD.match(before.group()))
                and zipf(before.group()) >= KNOWN_ZIPF and len(word) >= 4
                and _WORD_GOES_ON.match(text, after.end())):
            continue  # a rare capitalised word after a common lower-case one is a name opening a sentence
        if not before.group()[0].islower() and len(word) < 4 and not lexicon.is_function_word(word):
            continue  # "One.Tel": a short content word after a name's stop is a brand's second part
        if text[after.end() : after.end() + 1] in (".", "@", "/"):
            continue  # "site.Example.org": an address; "acme.St.": a ticker with its exchange
        if after.group() == "According" and _attribution_tail(text, match.end()):
            # "lost power.According to the firm.": the attribution closes the sentence before
            # it; a space alone would leave it a fragment. English writes ", according to".
            yield self.edit(match.start(), match.end() + 1, ", a", "Attribution glued to the sentence it closes.", 0.8)
            continue
        if _participle_tail(text, match.end()):
            # "priced the group at $3 billion.Making it the biggest …": a participle phrase that
            # runs on from the clause before; a space alone would leave it a fragment.
            yield self.edit(match.start(), match.end() + 1, ", " + text[match.end()].lower(),
                            "Participle phrase glued to the sentence it continues.", 0.7)
            continue
        if (joined := _fragment_join(doc, self, match.start())) is not None:
            yield joined
            continue
        yield self.edit(match.start(), match.end(), ". ", f"Missing space after the stop before “{after.group()}”.",
                        0.8)
    for match in lower_glue:
        before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if before is None or not before.group()[0].islower() or zipf(before.group()) < KNOWN_ZIPF \
                or abbreviation_kind(before.group()) is not None:
            continue  # after a lower-case word only, never an abbreviation ("etc.the")
        if (joined := _fragment_join(doc, self, match.start())) is not None:
            yield joined  # "this year.a record.": the piece continues the sentence; no capital
            continue
        yield self.edit(match.start(), match.end() + 1, ". " + text[match.end()].upper(),
                        "Missing space and capital after the stop.", 0.75)
    for mark, scan in (("”", _CLOSER_GLUE), ('"', _STRAIGHT_CLOSER_GLUE)):
        if mark not in text:
            continue
        for match in scan.finditer(text):
            if _closes_a_quote(doc, match.start()):
                yield self.edit(match.start(), match.end(), f"{mark} ",
                                "Missing space after the closing quotation mark.", 0.8)
    if "%" in text:
        for match in _PERCENT_GLUE.finditer(text):
            yield self.edit(match.start(), match.end(), "% ", "Missing space after a per cent sign.", 0.8)


def _fragment_join(doc: Document, self: Rule, stop: int) -> Edit | None:
    """The stop rules' join of the glued stop at ``doc.text[stop]`` as GL006's edit, or None.

    "offered for information.Leading to their return.": a space alone would leave the piece
    after the stop a fragment; FR001, SP001 and the other stop rules decide, on the text with
    its space back, whether the stop is false and how the pieces join
    (:mod:`repair.rules.glued_stop_spaced`)."""
    repair = spaced_stop_repair(doc, stop)
    if repair is None:
        return None
    return self.edit(repair.start, repair.end, repair.replacement,
                     f"Stop glued to a piece that continues its sentence ({repair.rule}): {repair.message}",
                     min(0.75, repair.confidence))


# "Government'sresilience": the space after a possessive lost (the apostrophe first, a literal).
# Five letters at least: "country'sate" is a typo for "rate", not "ate" glued on.
_POSSESSIVE_GLUE = re.compile(r"['’]s(?<=[A-Za-z]['’]s)(?P<word>[a-z]{5,})\b")
# Led by each apostrophe alone (a literal, found in C): 6.5 -> 0.3 ms per MB of news.
_POSSESSIVE_GLUE_BY_MARK = led_by_each(_POSSESSIVE_GLUE, "['’]", "'’")
# "the farmers'cooperative": a plural's possessive mark glued to the noun after it (the plural's
# "s" and at least two letters before the mark, five letters after it).
_PLURAL_POSSESSIVE_GLUE = re.compile(r"['’](?<=[a-z]{2}s['’])(?P<word>[a-z]{5,})\b")
# "in 2024.accordingto the bank": a figure's stop glued to the attribution after it.
_FIGURE_ATTRIBUTION = re.compile(r"\.(?<=\d\.)(?P<glued>according(?:[ \t]*to)?)\b")


@rule(
    "GL007",
    "glued-after-possessive-or-figure",
    "spacing",
    Safety.UNSAFE,
    bad=[
        ("The city council'sbudget office said no.", "The city council's budget office said no."),
        ("The growers'cooperative said no.", "The growers' cooperative said no."),
        ("Sales reached $3 billion in 2023.accordingto the company.",
         "Sales reached $3 billion in 2023, according to the company."),
        ("Sales reached 41.according to the firm.", "Sales reached 41, according to the firm."),
    ],
    good=[
        "The city council's budget office said no.",
        "The file is named report's.xlsx on the server.",
        "The surge in the country'sate of inflation.",
        "The growers' cooperative said no.", "He sang rock'n'roll.", "The chiefs'xqzvt plan.",
        "Version 2.according was never released.",
        "It cost 3.5 billion according to the firm.",
    ],
    # "line": no pattern's class takes a line break, their look-behinds read at most four
    # characters back (letters, digits, marks: never across a line break, as at a slice's
    # start), the closing ``\b`` sees a line break as the text's end, and the figure before a
    # stop is read back with ``[\w.]+$``, which stops at the line break; the text-wide gates
    # ("'s", "s'", "according") hold in any text holding the line an edit lies in.
    scope="line",
)
def glued_after_possessive_or_figure(doc: Document, self: Rule) -> Iterator[Edit]:
    """A possessive glued to the noun after it ("council'sbudget", "growers'cooperative"), or a figure's stop
    glued to the attribution that follows the figure ("in 2023.accordingto the firm").

    Both lost the space (and the figure its comma) where a link or a line ended. The word
    after the possessive must be one ``wordfreq`` knows (Zipf >= 3). The figure's stop
    becomes the comma English puts before "according to", and a glued "to" is split.
    Unsafe: a file name can hold an apostrophe.
    """
    text = doc.text
    if "'s" in text or "’s" in text:
        for match in finditer_led(_POSSESSIVE_GLUE, _POSSESSIVE_GLUE_BY_MARK, text):
            word = match.group("word")
            if zipf(word) < KNOWN_ZIPF or zipf("s" + word) >= KNOWN_ZIPF:
                continue
            yield self.edit(match.start(), match.start("word"), match.group()[:2] + " ",
                            f"Missing space after the possessive before “{word}”.", 0.8)
    if "s'" in text or "s’" in text:
        for match in _PLURAL_POSSESSIVE_GLUE.finditer(text):
            word = match.group("word")
            if zipf(word) < KNOWN_ZIPF:
                continue
            yield self.edit(match.start(), match.start("word"), match.group()[0] + " ",
                            f"Missing space after the possessive before “{word}”.", 0.8)
    if "according" in text:
        for match in _FIGURE_ATTRIBUTION.finditer(text):
            word_before = re.search(r"[\w.]+$", text[max(0, match.start() - 20) : match.start()])
            if word_before is None or not re.fullmatch(r"[$€£]?\d[\d,]*", word_before.group()):
                continue  # "Version 2.according": a version number, or a decimal ("3.5")
            if match.group("glued") == "according":
                continue  # "41.according" with no "to" after: no attribution shape
            yield self.edit(match.start(), match.end(), ", according to",
                            "Missing comma and space before “according to”.", 0.8)


RULES = (glued_after_stop_or_percent, glued_after_possessive_or_figure)
