"""Words in the wrong case: a capitalised conjunction inside a sentence, a speech tag's verb
capitalised after a quotation closed with a comma (CA021), and the dateline's
place written in lower case in the story (a capitalised pronoun: :mod:`repair.rules.casing_pronouns`;
a time phrase in headline casing: :mod:`repair.rules.casing_time`; other names:
:mod:`repair.rules.casing_names`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.line_index import end_of_line, start_of_line
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.casing_runs import _TITLE_CUES
from repair.rules.dateline_grammar import DASH_CHARS, caps_place
from repair.rules.speech_quotes import INVERTED_VERB

# A conjunction capitalised between two lower-case words, or after a comma that follows
# one ("lives”, And that he"; "temperatures And less"). A title ("Pride And Prejudice")
# has a capital before the conjunction and is never matched.
_CAPITAL_CONJUNCTION = lazy_compile(
    r"(?:(?<=[a-z] )|(?<=[a-z], )|(?<=[a-z]”, )|(?<=[a-z]\", ))"
    r"(?P<word>And|But|Or|Nor|Yet|So|While|Whereas|Although|Though|Because|Whether|Which|Unless|Since|Until|When"
    r"|Where|If)(?= [a-z0-9])"
)
# Without a comma before them only these are fixed: a coordinator after a content word, or
# a subordinator opening a lower-case clause ("left Because the pay was poor"); a title
# keeps its capitals after the word ("a cover of Because the Night").
_BARE_COORDINATORS = ("And", "But", "Or", "Nor")
_BARE_SUBORDINATORS = ("Because", "Although", "Whereas", "Though", "Unless", "Whether", "If")
_TWO_LOWER = lazy_compile(r" [a-z][a-z'’-]* [a-z]")

# The same words with no look-behind in front: the engine scans for their capitals in C
# instead of trying four look-behinds at every position; the full pattern then runs only
# where one of the words stands. No word can start inside another (one capital each).
_CONJUNCTION_WORD = lazy_compile(r"(?:And|But|Or|Nor|Yet|So|While|Whereas|Although|Though|Because|Whether|Which"
                               r"|Unless|Since|Until|When|Where|If)(?= [a-z0-9])")


def _capital_conjunctions(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_CAPITAL_CONJUNCTION.finditer(text)``, found from the words."""
    for word in _CONJUNCTION_WORD.finditer(text):
        match = _CAPITAL_CONJUNCTION.match(text, word.start())
        if match is not None:
            yield match


@rule(
    "CA005",
    "capitalised-conjunction",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("The court found him guilty, And the judge ordered a retrial of his partner.",
         "The court found him guilty, and the judge ordered a retrial of his partner."),
        ("Costs rose sharply, While sales fell in every region.",
         "Costs rose sharply, while sales fell in every region."),
        ("Dry summers And warmer winters shrank the lake.", "Dry summers and warmer winters shrank the lake."),
        ("Fares went up, Yet most riders stayed.", "Fares went up, yet most riders stayed."),
        ("The bridge stays shut, Unless the engineers sign it off.",
         "The bridge stays shut, unless the engineers sign it off."),
        ("Nurses quit Because the shifts were too long.", "Nurses quit because the shifts were too long."),
        ("Fares rise 3 percent this year And 5 percent next year.",
         "Fares rise 3 percent this year and 5 percent next year."),
        ("Drivers threatened a strike If fuel prices were not cut.",
         "Drivers threatened a strike if fuel prices were not cut."),
    ],
    good=[
        "The film Pride And Prejudice was shown again.",
        "The court found him guilty. And the judge ordered a retrial.",
        "She joined Marks And Spencer in 2001.",
        "He said: And yet it moves.",
        "The consumer group Which tested the phones.",
        "She sang a cover of Because the Night on Friday.",
        "It was close to the vote And they knew it.",
        "She sang Because the Night and left.",
        "The band played, So Long Marianne closing the set.",
        "Sales rose, Since 2020 Edition models sold out.",
        "He starred in Police Academy And 2 sequels.",
        "She sang If I Were a Boy at the final.",
        "Her poem If the river rises was read aloud.",
    ],
)
def capitalised_conjunction(doc: Document, self: Rule) -> Iterator[Edit]:
    """A conjunction with a capital inside a sentence ("guilty, And the judge").

    MT that translates clause by clause capitalises the clause it starts. Inside a
    sentence, after a comma, English writes the conjunction in lower case; without a
    comma only "And", "But", "Or" and "Nor" after a content word are fixed (and a
    subordinator such as "Because" or "If" before two lower-case words), since "the
    group Which" or "a cover of Because the Night" are names and titles. A capital before
    the conjunction ("Marks And Spencer") leaves it alone. Unsafe until measured.
    """
    text = doc.text
    for match in _capital_conjunctions(text):
        word = match.group("word")
        if text[match.end() + 1 : match.end() + 2].isdigit() and word not in _BARE_COORDINATORS:
            continue  # before a figure only a coordinator ("this year And 4 percent next year")
        before = re.search(r"(\S+)\s+$", text[max(0, match.start() - 40) : match.start()])
        if before is None or not before.group(1)[:1].islower():
            continue  # "Marks And Spencer": the word before is a name or a title's
        if not before.group(1).endswith((",", "”,", '",')) and (
                lexicon.is_function_word(before.group(1))
                or not (word in _BARE_COORDINATORS
                        or (word in _BARE_SUBORDINATORS and _TWO_LOWER.match(text, match.end())))):
            continue  # "the group Which", "singer of Because the Night": a name or a title
        if before.group(1).lower() in _TITLE_CUES:
            continue  # "her poem If the river rises": a work's title in sentence case
        after = re.match(r" (\w+)", text[match.end() : match.end() + 30])
        if not before.group(1).endswith(",") and after and after.group(1) in lexicon.SUBJECT_PRONOUNS:
            continue  # "the election And they believe": a new sentence that lost its stop
        yield self.edit(match.start(), match.end(), word.lower(), f"“{word}” is capitalised inside a sentence.", 0.8)


# "BEIJING (Reuters) -", "SAN FRANCISCO —", "LIMA, Peru": the dateline's place, in capitals.
_NAME_INSIDE = lazy_compile(r"(?<=[a-z,] )[A-Z][a-z]+")
_DATELINE = lazy_compile(r"\A[ \t]*(?P<place>" + caps_place("A-Z", marks="'.-", head_rest=2, more_words="{0,2}")
                         + r")(?=,| \(| [" + DASH_CHARS + r"] )")


@rule(
    "CA006",
    "dateline-place-lowercase",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("LIMA (Reuters) - The strike ended on Friday. Miners met officials in lima on Thursday.",
         "LIMA (Reuters) - The strike ended on Friday. Miners met officials in Lima on Thursday."),
    ],
    good=[
        "LIMA (Reuters) - The strike ended on Friday. Miners met officials in Lima on Thursday.",
        "NICE, France — Crowds gathered. It was a nice day for it.",
        "QUITO — Rains hit Ecuador. Officials in ecuador flew from quito.",
    ],
    scope="document",
)
def dateline_place_lowercase(doc: Document, self: Rule) -> Iterator[Edit]:
    """The dateline's place written in lower case in the story ("officials in lima").

    The dateline names the place in capitals, so the text itself says the word is a
    name. A lower-case copy after a preposition ("in", "from", "to", "near") is a casing
    slip. A place that is also an English word ("NICE") is left when the text uses the word
    in lower case anywhere else ("a nice day"), and so is a line where other names are
    folded to lower case too (one capital would leave the rest). Unsafe until measured.
    """
    match = _DATELINE.match(doc.text)
    if not match:
        return
    place = match.group("place")
    lower = place.lower()
    if doc.text.find(lower, match.end()) < 0:
        return  # no lower-case copy of the place to fix (most texts): skip the whole-text counts
    # Some archives fold every name to lower case ("febres cordero said"): there a lower-case
    # place is the text's style, not a slip. Names keep capitals inside sentences elsewhere.
    inside = _NAME_INSIDE.findall(doc.text)
    if len(inside) * 40 < len(doc.text.split()):
        return
    proper = " ".join(part.capitalize() for part in lower.split(" "))
    pattern = re.compile(r"\b(?:in|from|to|near|of|at) (" + re.escape(lower) + r")\b")
    names = {word.lower() for word in inside if not lexicon.is_function_word(word)}
    names -= set(lower.split())
    # "a nice day": the text uses the word as an ordinary word too, so it is no slip.
    anywhere = len(re.findall(r"\b" + re.escape(lower) + r"\b", doc.text))
    if anywhere > len(pattern.findall(doc.text)):
        return
    for found in pattern.finditer(doc.text, match.end()):
        start, end = found.span(1)
        line_start = start_of_line(doc.text, start)
        line_end = end_of_line(doc.text, end)
        line = doc.text[line_start : line_end if line_end >= 0 else len(doc.text)]
        if names & set(re.findall(r"\b[a-z]+\b", line)):
            continue  # other names folded to lower case on the line: one fix would leave the rest
        yield self.edit(start, end, proper, f"“{found.group(1)}” is the dateline's place: a name.", 0.8)


# An acronym in lower case in brackets ("(eep)"): the bracket first, a literal the engine skips to.
_LOWER_ACRONYM = lazy_compile(r"\(([a-z]{2,6})\)")
# Small words a name's acronym skips ("Bank for International Settlements", "BIS").
_NAME_LINKS = frozenset("of and for the on in de du la des del".split())
_NAME_WORD = lazy_compile(r"[A-Z][A-Za-z'’-]*|[a-z]+")


def _initials_before(text: str, at: int, length: int) -> str | None:
    """The initials of the ``length`` capitalised words of the name that ends just before
    ``at`` (small linking words skipped: "Bank for International Settlements" -> "bis"), or
    None when fewer capitalised words stand there."""
    words = _NAME_WORD.findall(text[max(0, at - 120) : at].rstrip())
    initials: list[str] = []
    for word in reversed(words):
        if len(initials) == length:
            break
        if word[0].isupper():
            initials.append(word[0].lower())
        elif word not in _NAME_LINKS or not initials:
            return None
    return "".join(reversed(initials)) if len(initials) == length else None


@rule(
    "CA017",
    "lower-case-acronym",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("The Northern Grid Authority (nga) raised prices.", "The Northern Grid Authority (NGA) raised prices."),
        ("Talks at the World Trade Organization (wto) stalled.",
         "Talks at the World Trade Organization (WTO) stalled."),
        ("The Bank for International Settlements (bis) warned of risks.",
         "The Bank for International Settlements (BIS) warned of risks."),
        ("She joined the Lake Victoria Fisheries Organisation (lvfo) in 2019.",
         "She joined the Lake Victoria Fisheries Organisation (LVFO) in 2019."),
    ],
    good=[
        "The Northern Grid Authority (NGA) raised prices.",
        "The text is quoted as written (sic) by the author.",
        "Prices rose in Northern Europe (km) too.",
        "See the annex (pdf) for details.",
        "The Grid Authority (nga) raised prices.",
    ],
    scope="line",
)
def lower_case_acronym(doc: Document, self: Rule) -> Iterator[Edit]:
    """An acronym in lower case in brackets after the name it stands for ("Ethiopian
    Electric Power (eep)", "the World Trade Organization (wto)"): a lowering step took its
    capitals, and the name before it spells them out.

    The bracketed letters must be the initials of the capitalised words just before the
    bracket, in order (linking words such as "of", "for", "the" skipped), so a bracketed
    word ("(sic)", "(pdf)") that spells no initials is left. Unsafe until measured.
    """
    text = doc.text
    if "(" not in text:
        return
    for match in _LOWER_ACRONYM.finditer(text):
        letters = match.group(1)
        if _initials_before(text, match.start(), len(letters)) != letters:
            continue
        yield self.edit(match.start(1), match.end(1), letters.upper(),
                        f"“{letters}” is the acronym of the name before it.", 0.8)


# A quotation closed with a comma, then the tag's capitalised first word: ",” Said", "», Has".
# One scan per closing mark, led by the mark (a literal, skipped to in C) with the comma
# looked behind for or read after it: one pattern opening with a class of marks and commas
# was tried at every comma (62 -> 1.6 ms on 4 MB of news; the same words found).
_TAG_MARKS = "”\"’»"
_TAG_AFTER_QUOTE = tuple(
    lazy_compile(mark + f"(?:(?<=,{mark}) |, )" + r"(?P<word>[A-Z][a-z]+) (?P<next>[A-Za-z]+)") for mark in _TAG_MARKS)
# The verbs a speech tag opens with when it is inverted (",” said Ana Ruiz"), past and present.
_TAG_VERBS = frozenset(INVERTED_VERB.strip("(?:)").split("|")) | lexicon.SPEECH_VERBS | frozenset(
    "adds asks tells warns insists explains writes replies argues recalls".split())
# Perfect auxiliaries that open a tag before a reporting verb (",” has warned the chief").
# Not "will" or "would": ",” Will said" names a speaker.
_TAG_AUXILIARIES = frozenset("has had have".split())
# Subject pronouns that open a tag before its reporting verb (",” He said"); "I" keeps its capital.
_TAG_PRONOUNS = frozenset("he she they we it".split())
# The tag verbs capitalised, as an alternation: "He Said" is a slip's tag, "He Weiling" a name.
_TAG_WORD_CAPS = "|".join(sorted(word.capitalize() for word in _TAG_VERBS | _TAG_AUXILIARIES))
# A later reporting verb in the same clause makes the capitalised word a name ("Said Jalili told").
_CLAUSE_END = lazy_compile(r"[,.;:!?\n]")


def _pronoun_is_a_name(text: str, word: str) -> bool:
    """``text`` uses ``word`` ("He", "We") as a name somewhere: after a courtesy title ("Mr
    He") or before a capitalised word that is no tag verb ("He Weiling"). A clean-news audit
    (2026-11-30) found a Chinese surname in the tag slot (",\" He said." for He Weiling): it
    is right there, and lowering it was harm."""
    return re.search(rf"\b(?:Mr|Mrs|Ms|Dr|Miss)\.? {word}\b|\b{word} (?!(?:{_TAG_WORD_CAPS})\b)[A-Z][a-z]", text) \
        is not None


@rule(
    "CA021",
    "capitalised-tag-verb",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("“We will rebuild every school,” Added the minister, speaking in Lagos.",
         "“We will rebuild every school,” added the minister, speaking in Lagos."),
        ("“The vote is final,” Said Ana Ruiz, who chairs the board.",
         "“The vote is final,” said Ana Ruiz, who chairs the board."),
        ("\"Nobody warned us,\" Says Maria Costa, a farmer near the river.",
         "\"Nobody warned us,\" says Maria Costa, a farmer near the river."),
        ("“The ice is too thin”, Has warned the head of the rescue team.",
         "“The ice is too thin”, has warned the head of the rescue team."),
        ("“We will rebuild the school,” He said on Monday.", "“We will rebuild the school,” he said on Monday."),
    ],
    good=[
        "“We will win,” Said Jalili told reporters in Tehran.",
        "“We will win,” said Ana Ruiz.",
        "“We will win.” Said Jalili, the envoy, agreed.",
        "“We will win,” Ana Ruiz said.",
        "“It works,” Has Been Tested read the label.",
        "“We won,” Will said after the match.",
        "“We won,” I said after the match.",
        "“Prices will rise,” He said. Mr He has led the bank since 2019.",
        "“Thank you,” We Are the Champions played on.",
    ],
    scope="document",  # reads evidence beyond its paragraph (tests/test_scope_paragraph.py)
)
def capitalised_tag_verb(doc: Document, self: Rule) -> Iterator[Edit]:
    """A speech tag's verb capitalised after a quotation that closed with a comma ("…,” Said
    Ana Ruiz", "…», Has warned the chief").

    A comma inside or after the closing mark says the sentence goes on, so the tag's first
    word takes no capital. Only a reporting verb ("said", "added", "warned"), or an auxiliary
    or a subject pronoun before one ("has warned", "He said"), is lowered: a capitalised
    name or noun there ("…,” Ana Ruiz said") is right. A reporting verb later in the same clause makes the word a name
    ("Said Jalili told reporters"). On news-clean no reporting verb stands capitalised in
    this slot; a pronoun does four times, all slips in 1987 wire copy (",\" He said.").
    Unsafe: a title quoted before a comma can open with one.
    """
    text = doc.text
    found = [match for mark, scan in zip(_TAG_MARKS, _TAG_AFTER_QUOTE, strict=True) if mark in text
             for match in scan.finditer(text)]
    for match in sorted(found, key=lambda m: m.start()):
        word, following = match.group("word"), match.group("next")
        lowered = word.lower()
        if lowered in _TAG_AUXILIARIES or lowered in _TAG_PRONOUNS:
            if following not in _TAG_VERBS:
                continue  # "Has Been Tested", "Is it", "We Are the Champions": no tag's word
        elif lowered not in _TAG_VERBS:
            continue
        stop = _CLAUSE_END.search(text, match.end())
        clause = text[match.end() : stop.start() if stop else len(text)].split()
        if lowered in _TAG_VERBS and any(w in _TAG_VERBS for w in clause):
            continue  # "Said Jalili told reporters": a name, its verb later
        if lowered in _TAG_PRONOUNS and _pronoun_is_a_name(text, word):
            continue  # ",\" He said" where the text names "He Weiling": the surname, not the pronoun
        yield self.edit(match.start("word"), match.end("word"), lowered,
                        f"“{word}” opens a speech tag after a comma: lower case.", 0.8)


RULES = (capitalised_conjunction, dateline_place_lowercase, lower_case_acronym, capitalised_tag_verb)
