"""Surface marks from other scripts and typing slips: quotation brackets, doubled marks, lost spaces.

Machine translation from Japanese or Chinese keeps the source's corner brackets (「…」,
『…』), a French or Swiss source its single guillemets (‹…›), and a re-keyed copy doubles
an opening mark or closes a curly quotation with a straight one. Each is repaired to the
text's own English quoting style. The spacing slips here (an initial glued to the
surname, a thousands group split off its figure, a figure or an acronym glued to the
word after it) are told by the shape of the token alone, with ``wordfreq`` as the word
knowledge; none is keyed on particular words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.line_index import start_of_line
from repair.quote_marks import quote_marks
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.glued import zipf
from repair.rules.quote_commas import tag_follows
from repair.rules.speech_marks import _quote_style

# A bracketed quotation: the opening bracket first (a literal), the words inside on one line.
_CORNER = lazy_compile(r"「(?P<quoted>[^「」\n]{1,400})」")
_WHITE_CORNER = lazy_compile(r"『(?P<quoted>[^『』\n]{1,400})』")
# A word or phrase quoted with the German single low-high pair inside a sentence ("‚cold storage‘");
# a quoted sentence (a capital after ‚) is QM008's.
_LOW_SINGLE_WORDS = lazy_compile(r"(?<![\w,])‚(?P<quoted>[a-z][^‚‘’'\n]{0,80}?)[‘’](?!\w)")
# Single guillemets, often padded with the spaces French sets inside them ("‹ fair ›").
_SINGLE_GUILLEMETS = lazy_compile(r"‹[ \t\u00a0\u202f]?(?P<quoted>[^‹›\n]{1,200}?)[ \t\u00a0\u202f]?›")


def _inside_double_quotation(doc: Document, at: int) -> bool:
    """True when a curly “…” quotation is open at ``at`` in its line (the last “ before it
    comes after the last ” before it): a quotation inside it takes single marks."""
    marks = quote_marks(doc)
    start = marks.line_start(at)
    return marks.last("“", start, at) > marks.last("”", start, at)


@rule(
    "QM024",
    "foreign-quote-brackets",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("The singer performed 「Blue River」 at the gala.", "The singer performed “Blue River” at the gala."),
        ("「We will rebuild,」 the mayor said.", "“We will rebuild,” the mayor said."),
        ("「We will rebuild the pier」, the mayor said.", "“We will rebuild the pier,” the mayor said."),
        ("The board banned the novel 『Salt Roads』 last year.", "The board banned the novel “Salt Roads” last year."),
        ("“He called it 「a detail」 in court,” she said.", "“He called it ‘a detail’ in court,” she said."),
        ("Critics called the plan ‹ reckless › and slow.", "Critics called the plan “reckless” and slow."),
        ("“They keep saying ‹no› to us,” the farmer said.", "“They keep saying ‘no’ to us,” the farmer said."),
        ("“They sold ‚safe yields‘ to pensioners,” she said.", "“They sold ‘safe yields’ to pensioners,” she said."),
    ],
    good=[
        "The sign read 東京 in large letters.",
        "Prices rose 4% › 5% in the chart legend",
        "Home › Sport › Sailing",
        "He called it “a detail” in court.",
        "The sign said 「",
        "The port‚ the biggest in the region‚ reopened.",
        "He said ‚we don't know' and left.",
    ],
    scope="document",  # the text's quoting style is read from all of it
)
def foreign_quote_brackets(doc: Document, self: Rule) -> Iterator[Edit]:
    """A quotation set in another script's brackets: Japanese and Chinese corner brackets
    (「…」, 『…』), single guillemets (‹…›, spaces inside them dropped), or a phrase in the
    German single low-high pair (‚…‘).

    Machine translation carries the source's quotation marks over; English news quotes
    with “…” (the text's straight marks when it uses only those), and with ‘…’ inside a
    quotation already open: the pivot's single marks become double ones in narration. Both
    brackets of a pair must stand on the line; a lone one is
    left. Unsafe: quoting style, and a bracket pair can be a layout device.
    """
    text = doc.text
    if "「" not in text and "『" not in text and "‹" not in text and "‚" not in text:
        return
    opening, closing = _quote_style(text.replace("「", "").replace("『", ""))
    for scan in (_CORNER, _WHITE_CORNER, _SINGLE_GUILLEMETS, _LOW_SINGLE_WORDS):
        for match in scan.finditer(text):
            quoted = match.group("quoted").strip()
            if not quoted:
                continue
            # The pivot's single marks (‹…›, ‚…‘) are its inner quotation marks; standing in
            # narration they are the only level, which English writes with double marks.
            end = match.end()
            if not _inside_double_quotation(doc, match.start()):
                new = f"{opening}{quoted}{closing}"
                if text.startswith(", ", end) and quoted[:1].isupper() and " " in quoted and tag_follows(text, end + 2):
                    # "「We will rebuild」, the mayor said": the tag's comma goes inside (none after "?").
                    new = f"{opening}{quoted}{'' if quoted[-1] in '.,!?' else ','}{closing}"
                    end += 1
            else:
                new = f"‘{quoted}’"
            yield self.edit(match.start(), end, new, "Quotation marks of another script in English text.", 0.8)


# "““We": the opening mark typed twice; "”” she said": the closing one.
_DOUBLED_OPEN = re.compile(r"““(?=\w)")
_DOUBLED_CLOSE = re.compile(r"(?<=[\w.,!?])””")
# A straight mark closing a quotation that opened with a curly one: after a word or a stop,
# before a space, a stop or the line's end.
_STRAIGHT_CLOSE = re.compile(r'"(?<=[\w.,!?]")(?=[ \t,.;:!?]|$)', re.MULTILINE)
# A quoted sentence in straight marks: the opening mark at the line's start or after a
# sentence's stop or a colon and a space, before a letter; the closing one after the quoted
# sentence's own stop or comma, before a blank or the line's end; no mark between them. (A
# word quoted inside a sentence, 'read "closed" and “open”', is not one: it is left.)
# The opening mark first and what stands before it checked after it (the line's start as
# "no character but a line break before the mark"): a pattern that opens with look-behinds
# is tried at every character (0.064 -> 0.001 s on 2 MB of dev text; same matches, by test).
_STRAIGHT_PAIR = re.compile(r'"(?:(?<=[.!?:] ")|(?<=[.!?:]” ")|(?<![^\n]"))(?P<quoted>[^\W\d_][^"“”\n]*?[.,!?])"'
                            r'(?=[ \t]|$)', re.MULTILINE)


@rule(
    "QM025",
    "doubled-or-mixed-quote",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("““It is a good day,” Okafor said.", "“It is a good day,” Okafor said."),
        ("“It is a good day,”” Okafor said.", "“It is a good day,” Okafor said."),
        ("The union said it “rejects the offer entirely\" and would strike.",
         "The union said it “rejects the offer entirely” and would strike."),
        ("“We are done here.\" Then she left.", "“We are done here.” Then she left."),
        ("“We will win,” said the coach. \"We are ready.\"", "“We will win,” said the coach. “We are ready.”"),
    ],
    good=[
        "“It is a good day,” Okafor said.",
        'He said "no" twice and left.',
        'The sign read "closed" and “open” on two doors.',
        "“““",
        'The box was 12" wide.',
        '“We will win,” said the coach, who is 6\'2" and "ready."\u201d',
        '“We loved \"Rain Falls\" as children,” she said.',
        'He said "no" and she said "yes."',
    ],
    scope="line",
)
def doubled_or_mixed_quote(doc: Document, self: Rule) -> Iterator[Edit]:
    """An opening or closing curly mark typed twice (““We …), or a curly quotation closed
    with a straight mark (“… entirely" and …).

    The double mark is a keying slip; the straight closer comes from a feed step that
    converted only some marks. The straight mark is read as the closer only when a curly
    “ is open before it on its line and no other straight mark stands in the line (so a
    text quoting with straight marks, or an inch sign after a figure, is left). Unsafe:
    quoting style.
    """
    text = doc.text
    if "““" in text:
        for match in _DOUBLED_OPEN.finditer(text):
            yield self.edit(match.start(), match.end(), "“", "Opening quotation mark typed twice.", 0.85)
    if "””" in text:
        for match in _DOUBLED_CLOSE.finditer(text):
            yield self.edit(match.start(), match.end(), "”", "Closing quotation mark typed twice.", 0.85)
    if '"' not in text or "“" not in text:
        return
    marks = quote_marks(doc)
    for match in _STRAIGHT_CLOSE.finditer(text):
        at = match.start()
        start = marks.line_start(at)
        end = marks.line_end(at)
        end = len(text) if end < 0 else end
        if marks.count('"', start, end) != 1 or text[at - 1].isdigit():
            continue  # straight marks quote here too, or an inch sign ("12\"")
        if marks.last("“", start, at) <= marks.last("”", start, at):
            continue  # no curly quotation open before it
        yield self.edit(at, at + 1, "”", "Straight mark closing a curly quotation.", 0.8)
    yield from _straight_pairs(doc, self)


def _straight_pairs(doc: Document, self: Rule) -> Iterator[Edit]:
    """QM025's quoted sentence in straight marks in a line that quotes with curly marks: both marks turn curly
    ('“We will,” she said. "We are ready."' -> '… “We are ready.”').

    Kept only where the pair is the line's only straight marks, the line's curly marks
    pair up, and no curly quotation is open where the pair opens (a title quoted inside
    a quotation takes single marks, not these).
    """
    text = doc.text
    marks = quote_marks(doc)
    for match in _STRAIGHT_PAIR.finditer(text):
        start = marks.line_start(match.start())
        end = marks.line_end(match.end())
        end = len(text) if end < 0 else end
        if marks.count('"', start, end) != 2:
            continue
        if marks.count("“", start, end) != marks.count("”", start, end) or not marks.count("“", start, end):
            continue  # no curly quotation on the line, or its curly marks do not pair up
        if marks.count("“", start, match.start()) != marks.count("”", start, match.start()):
            continue  # inside a curly quotation
        yield self.edit(match.start(), match.end(), f"“{match.group('quoted')}”",
                        "Straight marks in a line that quotes with curly ones.", 0.8)


# "verdict,. which": a comma and a stop together (the comma is what the clause after needs).
# Before a capital ("The union's secretary,. Ana Ruiz, said") the comma stays only when
# the sentence so far has no verb: a subject still waiting for its predicate.
_COMMA_STOP = re.compile(r",\.(?=[ \t]+[a-zA-Z])")
_SENTENCE_HEAD = re.compile(r"(?:^|(?<=[.!?])[ \t]+|\n)(?=\S)")
# "… in the U.S.,": a comma after the stop that ends a paragraph (the paragraph's last
# sentence is whole; a paragraph ending on a comma with no stop may be cut, and stays).
_COMMA_ENDING = re.compile(r",(?:(?<=[.!?],)|(?<=[.!?][”\"’],))(?=[ \t]*(?:\n[ \t]*\n|\s*$))")
# "(AP) — — Kenya's": a dash typed twice with a space between.
# "Ukraine —— The": the two-em dash a Chinese pivot writes for its dash, glued together.
_DOUBLED_DASHES = (re.compile(r"(?P<dash>—)[ \t]*—(?=[ \t])(?<=[ \t]——|—[ \t]—)"),
                   re.compile(r"(?P<dash>–)[ \t]+–(?=[ \t])"))


@rule(
    "PU020",
    "comma-stop-or-doubled-dash",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("The jury met for six hours,. which surprised no one.", "The jury met for six hours, which surprised no one."),
        ("Rates held,. and the markets calmed.", "Rates held, and the markets calmed."),
        ("BERLIN (AP) — — Germany's parliament voted.", "BERLIN (AP) — Germany's parliament voted."),
        ("The plan – – and its cost – was debated.", "The plan – and its cost – was debated."),
        ("KYIV, Ukraine —— The council met.", "KYIV, Ukraine — The council met."),
        ("LVIV, Ukraine, May 2 —— The council met.", "LVIV, Ukraine, May 2 — The council met."),
        ("The union's chief negotiator,. Ana Ruiz, spoke.", "The union's chief negotiator, Ana Ruiz, spoke."),
        ("The grant came from a bank in the U.K.,\n\nRain fell.",
         "The grant came from a bank in the U.K.\n\nRain fell."),
    ],
    good=[
        "The jury met for six hours. Which was odd.",
        "He paused — and then — he spoke.",
        "Scores: 3 — — 4 in the table",
        "The letter named Mr. —— as its source.",
        "The grant came from a bank in Paris,",
        "Apples, pears, etc.,\nand more were sold.",
        "The list ended with etc.,. Then a new one began.",
        "The plant closed in May,. The workers left.",
    ],
    scope="paragraph",  # a comma ending a paragraph: a single line break goes on with it
)
def comma_stop_or_doubled_dash(doc: Document, self: Rule) -> Iterator[Edit]:
    """A comma and a full stop side by side before a lower-case word (",. which"), a comma
    after the stop that ends a paragraph ("… the U.S.,"), or a dash typed twice ("— —", "——").

    Both are slips of an edit that added one mark and kept the other. The lower-case
    word after ",." shows the sentence goes on, so the comma stays; the doubled dash keeps
    one. Unsafe: the stop could belong to an abbreviation before the comma.
    """
    text = doc.text
    for match in _COMMA_ENDING.finditer(text):
        yield self.edit(match.start(), match.end(), "", "A comma after the paragraph's final stop.", 0.8)
    if ",." in text:
        for match in _COMMA_STOP.finditer(text):
            before = text[max(0, match.start() - 4) : match.start()]
            if "." in before:
                continue  # "etc.,." or "Inc.,.": an abbreviation's stop nearby
            capital = text[match.end() : match.end() + 2].strip()[:1].isupper()
            if capital and _has_verb_before(text, match.start()):
                continue  # "The plant closed in May,. The …": the stop may be the right one
            yield self.edit(match.start(), match.end(), ",", "A comma and a full stop together.", 0.85)
    for match in (m for scan in _DOUBLED_DASHES for m in scan.finditer(text)):
        before = text[max(0, match.start() - 2) : match.start()].strip()[-1:]
        after = text[match.end() : match.end() + 2].strip()[:1]
        if before in (".", "") or (before.isdigit() and not after.isalpha()):
            continue  # a table or a score ("3 —— 4"); "Mr. ——": a name left out; a date before a lead stays
        yield self.edit(match.start(), match.end(), match.group("dash"), "Dash typed twice.", 0.85)


def _has_verb_before(text: str, at: int) -> bool:
    """Whether the sentence that runs up to ``at`` (from its start, at most 300 characters
    back) already has a clause: a subject and a finite verb (:func:`lexicon.has_clause`)."""
    floor = max(start_of_line(text, at), at - 300)
    head = floor
    for found in _SENTENCE_HEAD.finditer(text, floor, at):
        head = found.end()
    # A possessive "'s" is no contraction ("The union's secretary" has no verb); a
    # pronoun's is ("It's over").
    words = [w[:-2] if w[-2:] in ("'s", "’s") and w[:-2].lower() not in lexicon.SUBJECT_PRONOUNS else w
             for w in lexicon.words(text[head:at])]
    return lexicon.has_clause(words)


# "Alan R.Whitfield": an initial's stop glued to the surname. The stop first (a literal);
# the initial before it and the name before that are checked in Python.
_INITIAL_GLUE = re.compile(r"\.(?=[A-Z][a-z]{2,}\b)(?<=(?<![\w.])[A-Z]\.)")
# "$4 ,500": a thousands group split from its figure by a space before the comma.
_WORD = re.compile(r"[A-Z][a-z]+")
_SPLIT_THOUSANDS = re.compile(r" ,(?<=\d ,)(?=\d{3}\b)")
# "3. 5 million", "2. 7%": a decimal point with a space after it, told by the scale word or
# per cent sign after the figure (a sentence ending on a figure is followed by a capital).
_SPLIT_DECIMAL = re.compile(r"\. (?=\d{1,2}(?:%| (?:million|billion|trillion|per cent|percent)\b))")
# "a 29 - year - old": a compound led by a figure with every hyphen spaced off.
_SPACED_COMPOUND = re.compile(r" - (?<=\d - )(?P<rest>[a-z]+(?: - [a-z]+)+)\b")
# The two patterns above open with a space, which the engine stops at all through the text
# (6 ms per MB of news each, issue 13); these find the same places from the rarer mark
# after it, and the pattern is then tried one character before.
_SPACED_HYPHEN = re.compile(r"- (?<=\d - )")
_SPACED_COMMA = re.compile(r",(?<=\d ,)(?=\d{3}\b)")


def _from_mark(pattern: re.Pattern[str], hints: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, the same matches in order, ``pattern`` tried only one
    character before each match of ``hints`` (which must find every place it can match)."""
    done = 0  # finditer resumes after the end of its last match
    for hint in hints.finditer(text):
        if hint.start() - 1 >= done:
            match = pattern.match(text, hint.start() - 1)
            if match is not None:
                done = match.end()
                yield match


@rule(
    "PU021",
    "initial-or-figure-spacing",
    "spacing",
    Safety.UNSAFE,
    bad=[
        ("Judge Helen M.Carter read the verdict.", "Judge Helen M. Carter read the verdict."),
        ("The author, Tomas J.Berglund, spoke last.", "The author, Tomas J. Berglund, spoke last."),
        ("The grant pays $3 ,200 a year.", "The grant pays $3,200 a year."),
        ("Some 12 ,000 people fled.", "Some 12,000 people fled."),
        ("The plant will make 4. 2 million tonnes.", "The plant will make 4.2 million tonnes."),
        ("A 41 - year - old man was arrested.", "A 41-year-old man was arrested."),
    ],
    good=[
        "The U.S.Army unit left.",
        "He studied at M.I.T. and left.",
        "Judge Helen M. Carter read the verdict.",
        "Scores were 3 , 200 and 4.",
        "Plan B.Then plan C.",
        "Plan B.Sales rose in the spring.",
        "They chose Plan B.Most agreed.",
        "In 2024 ,000 was the code.",
        "He won in 2019. 5 million people voted.",
        "The score was 3 - 1 - 0 after extra time.",
        "Section 12. Sales fell 4% in May.",
    ],
    scope="line",
)
def initial_or_figure_spacing(doc: Document, self: Rule) -> Iterator[Edit]:
    """A middle initial glued to the surname ("Alan R.Whitfield"), or a thousands group
    split from its figure by a space before the comma ("$4 ,500").

    The space was lost (or moved) by a feed's tokeniser. The initial must follow a
    capitalised given name and be a lone capital with its stop, not part of an acronym
    ("U.S.Army"); the split figure must be one to three digits with a three-digit group
    after the comma. Unsafe: an odd brand can be written so.
    """
    text = doc.text
    for match in _INITIAL_GLUE.finditer(text):
        # Read back no further than the line's start: a line opens a paragraph, so a name
        # at its start opens a sentence, whatever the line before ends with ("... today" then
        # "Plan B.Sales" on the next line), as the line read alone shows.
        floor = max(0, match.start() - 30)
        floor = text.rfind("\n", floor, match.start()) + 1 or floor
        before = text[floor : match.start() - 1]
        name = re.search(r"(?<![\w.])[A-Z][a-z]+ $", before)
        if name is None or re.search(r"(?:^|[.!?][\"”’]?)\s*$", before[: name.start()]):
            continue  # no given name before the initial, or one that opens the sentence ("Plan B.")
        surname = _WORD.match(text, match.end())
        if surname is None or lexicon.is_function_word(surname.group().lower()) or zipf(surname.group()) >= 5.1:
            continue  # "Plan B.Most agreed": a sentence opening after a letter (surnames are rarer words)
        yield self.edit(match.start(), match.end(), ". ", "Missing space after an initial.", 0.85)
    for match in _SPLIT_DECIMAL.finditer(text):
        figure = re.search(r"(?<![\w.,])\d{1,3}$", text[max(0, match.start() - 5) : match.start()])
        if figure is not None:
            yield self.edit(match.start(), match.end(), ".", "Space inside a decimal figure.", 0.8)
    if " - " in text:
        for match in _from_mark(_SPACED_COMPOUND, _SPACED_HYPHEN, text):
            yield self.edit(match.start(), match.end(), "-" + match["rest"].replace(" - ", "-"),
                            "Spaces around the hyphens of a compound.", 0.8)
    if " ," in text:
        for match in _from_mark(_SPLIT_THOUSANDS, _SPACED_COMMA, text):
            figure = re.search(r"(?<![\w.,])[$€£]?\d{1,3}$", text[max(0, match.start() - 5) : match.start()])
            if figure is None or figure.group().lstrip("$€£") == "0":
                continue
            yield self.edit(match.start(), match.end(), ",", "Space inside a figure.", 0.85)


RULES = (foreign_quote_brackets, doubled_or_mixed_quote, comma_stop_or_doubled_dash, initial_or_figure_spacing)
