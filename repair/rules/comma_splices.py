"""A comma (or nothing) where a full stop belongs: a sentence's capital kept after it.

"The rate rose by half a point last year, The bank expects another rise in May." A
translation round trip that rejoins two sentences often keeps the second one's capital,
so the slip shows itself: a comma, then a capitalised word of a closed class that opens a
clause (an article or a possessive determiner, a subject pronoun, a number written out)
before a lower-case word. With no mark at all ("… the league The last time …") the same
capital shows the lost stop. Proper names never take that shape ("…, The Hague said") since
a name's second word is capitalised as well, so only the common-noun shape is read.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.line_index import start_of_line
from repair.rules.base import Rule, lazy_compile, rule

# Closed-class words that open a clause as, or in front of, its subject; their capital after
# a comma is the trace of the stop that was there. "A" is an article only before a word
# other than "and"/"or" ("A and P", a rating "A or better" are names and grades).
_OPENERS = frozenset(
    """The A An This These Those Its Their His Her Our He She They It We
    Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Thirty Forty Fifty
    Sixty Seventy Eighty Ninety Hundreds Thousands Dozens""".split()
)
# The comma after a word's last letter, figure, per cent sign or closing bracket, then the
# capitalised opener and a lower-case word. Led by ", " (a literal, found in C), the mark
# before it looked behind from there: a pattern led by the look-behind tried every position.
_SPLICE = lazy_compile(r", (?<=[a-z0-9%)], )(?P<opener>[A-Z][a-z]*) (?P<next>[a-z]+)\b")
# The same capital after a lower-case word with no mark at all ("… top of the league The
# last time …"): only the openers that never follow a capitalised noun as part of a name
# or a number ("Unit Two", "Grade A", "the film It") are read there.
_GAP_OPENERS = frozenset("The This These Those Its Their His Our He She They We".split())
# With no mark at all, the sentence before must open as a sentence does (an article, a
# possessive, a subject pronoun): a stopless headline or list line joined to the next one
# drops its article ("Transport secretary among holidaymakers forced to quarantine The …").
_CLAUSE_HEADS = frozenset("The A An This These Those Its Their His Her Our He She They We It".split())
# A subject pronoun there must be followed by a finite verb: "He" and "We" are names too.
_PRONOUN_OPENERS = frozenset("He She They We".split())
# One scan per first letter of the openers, each an alternation of the words that start
# with it (literal-led, so the engine skips ahead in C), each word looking behind from
# itself for the lower-case letter and the space: 4 MB of news in about 12 ms (one scan of
# all the words led by their alternation took 30, ``str.find`` per word 90 on text with
# curly marks).
_GAP_SCANS = tuple(
    lazy_compile("(?P<opener>" + "|".join(f"{w}(?<=[a-z] {w})" for w in sorted(group, key=len, reverse=True))
               + r") (?P<next>[a-z]+)\b")
    for group in ([w for w in sorted(_GAP_OPENERS) if w[0] == first] for first in sorted({w[0] for w in _GAP_OPENERS}))
)


def _gap_matches(text: str) -> list[tuple[int, str, int, str]]:
    """``(gap, opener, opener_start, next_word)`` for each " Opener word" after a lower-case
    letter, in order of position; ``gap`` is the space before the opener."""
    return sorted((m.start() - 1, m.group("opener"), m.start(), m.group("next"))
                  for scan in _GAP_SCANS for m in scan.finditer(text))
# Where a sentence starts: after a stop (and a closing mark) and a space, or a line break.
_SENTENCE_START = lazy_compile(r"(?:[.!?][”’\"]?\s+|\n)(?=[^\s])")
# A comma that is part of a figure ("3,100"): not a clause boundary.
_FIGURE_COMMA = lazy_compile(r"(?<=\d),(?=\d)")
# A clause that opens with a subordinator is a dependent one: the comma after it is right
# ("When the rain stopped, The …" is a capital slip, not a lost stop).
_SUBORDINATORS = frozenset(
    "if when whenever although though while whereas as after before because since unless until once"
    " despite given".split()
)
# A verb that introduces the words after its comma as direct speech ("saying, This is …").
_SPEECH_BEFORE = lazy_compile(r"\b(?:said|says|saying|say|asked|asks|added|wrote|writes|declared|told \w+)$")
MAX_SENTENCE_CHARS = 400


# A subject pronoun and a speech verb closing the sentence: the sentence's own tag ("…, She added.").
_TAG_VERBS_AFTER_COMMA = "|".join(sorted(lexicon.SPEECH_VERBS - {"say", "told"}))
_PRONOUN_TAG_AFTER_COMMA = lazy_compile(rf"(?:He|She|They|We) (?:{_TAG_VERBS_AFTER_COMMA})\.(?=\s|$)")


def _sentence_before(text: str, comma: int) -> str:
    """The text of the sentence that holds ``comma``, from its start up to the comma."""
    floor = max(start_of_line(text, comma), comma - MAX_SENTENCE_CHARS)
    start = floor
    for found in _SENTENCE_START.finditer(text, floor, comma):
        start = found.end()
    return text[start:comma]


def _clause_after(text: str, at: int) -> list[str]:
    """The words from ``at`` to the next full stop (or line end), at most 30."""
    end = len(text)
    for mark in (". ", ".\n", "\n"):
        found = text.find(mark, at, at + 400)
        if found != -1:
            end = min(end, found)
    if end == len(text):
        end = min(len(text), at + 400)
    return lexicon.words(text[at:end])[:30]


@rule(
    "PU022",
    "comma-splice-capital",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("Prices rose by 2.1 per cent last year, The bank expects a smaller rise in May.",
         "Prices rose by 2.1 per cent last year. The bank expects a smaller rise in May."),
        ("The ferry sank about 4 km off the coast, Forty passengers were rescued by fishermen.",
         "The ferry sank about 4 km off the coast. Forty passengers were rescued by fishermen."),
        ("The mayor opened the bridge on Monday, She said it would cut journeys by half.",
         "The mayor opened the bridge on Monday. She said it would cut journeys by half."),
        ("It was the best night of the season, He added.", "It was the best night of the season, he added."),
        ("Leeds won 2-1. The win lifts the club off the bottom of the table The next match is away at Hull.",
         "Leeds won 2-1. The win lifts the club off the bottom of the table. The next match is away at Hull."),
    ],
    good=[
        "The story was first reported by a local paper, The Herald said.",
        "In a statement on Monday, The firm said the offer was final.",
        "In a video posted on Monday, She said she would run again.",
        "When the rain stopped, The crews went back to work.",
        "The minister told reporters, This is the last offer we make.",
        "Fleet has A-plus senior debt, A and P said.",
        "Officials, who met on Friday, The board said, agreed the plan.",
        "The plant will restart Unit Two in May.", "The agency said The moisture helped the crop.",
        "The critics praised the film The Hours for its cast.", "I believe that He will come.",
        "Rain fell. The paper quoted He as saying prices would rise.",
        "Ruby ran off after a minor road crash She was found three days later.",
        "Rain fell. Holidaymakers forced to quarantine The decision was made on Friday.",
        "Two were found. A team leader told local radio She had almost given up hope.",
        "The memo leaked. The minister insisted She had not been told.",
        "Trade fell. The union's chairman told a regional paper They had lost a quarter of it.",
    ],
)
def comma_splice_capital(doc: Document, self: Rule) -> Iterator[Edit]:
    """A comma (or a bare space) that took a full stop's place, the next sentence's capital kept after it.

    The comma must follow a complete main clause (a finite verb, no subordinator at the
    sentence's head, no other comma in it, so no aside or list is open), must not follow a
    verb that introduces speech, and the words after it must be a clause of their own: an
    opener of a closed class (article, possessive, subject pronoun, number word) before a
    lower-case word, and a finite verb further on. The stop comes back. Unsafe: a writer's
    own comma splice is mended the same way, and a subject repeated after an aside ("X,
    the firm's founder, He said") is not this slip. With no mark at all ("… the league The
    last time …") the sentence must also follow another one in its paragraph and open as
    a sentence does (an article, a possessive, a pronoun), no verb that takes a clause may
    stand in its last three words ("told local radio She had" is a capital slip), and a
    pronoun opener needs a finite verb after it ("quoted He as saying": a name).
    """
    text = doc.text
    for match in _SPLICE.finditer(text) if ", " in text else ():
        opener, after = match.group("opener"), match.group("next")
        if opener not in _OPENERS or (opener == "A" and after in ("and", "or")):
            continue
        comma = match.start()
        if _PRONOUN_TAG_AFTER_COMMA.match(text, match.start("opener")):
            # "…, She added.": only the sentence's own speech tag follows; a stop would leave
            # it a fragment ("She added."), so the comma stays and the capital goes.
            yield self.edit(match.start("opener"), match.start("opener") + 1, opener[0].lower(),
                            "A speech tag after a comma kept a sentence's capital.", 0.75)
            continue
        if not _splits_two_clauses(text, comma, match.start("opener")):
            continue
        yield self.edit(comma, comma + 1, ".", "A comma joins two sentences; the second kept its capital.", 0.75)
    for gap, opener, opener_start, next_word in _gap_matches(text):
        word_before = text[text.rfind(" ", 0, gap) + 1 : gap]
        if not word_before.isalpha() or not word_before.islower() or lexicon.is_function_word(word_before):
            continue
        line_start = start_of_line(text, gap)
        before = _sentence_before(text, gap)
        if gap - len(before) == line_start:
            continue  # a paragraph's first sentence: a headline or a list line run into the next
        if before.split(" ", 1)[0] not in _CLAUSE_HEADS:
            continue  # "Transport secretary among … forced to quarantine The …": a headline's grammar
        words_before = before.split()
        if any(_takes_a_clause(w) for w in words_before[-3:]) or not _PERSON_VERBS.isdisjoint(words_before[-6:]):
            continue  # "insisted She had", "told a regional paper They had": a reported clause's capital slip
        if opener in _PRONOUN_OPENERS and not lexicon.looks_finite(next_word):
            continue  # "quoted He as saying": a name (the Chinese surname He) as an object
        if _splits_two_clauses(text, gap, opener_start):
            yield self.edit(gap, gap + 1, ". ", "Two sentences run together; the second kept its capital.", 0.7)


# Present forms of verbs that take a clause ("insists She …"); past forms are read by shape.
_CLAUSE_VERBS_PRESENT = frozenset(
    "says insists warns believes thinks claims argues fears hopes knows adds notes admits tells asks".split()
)


# Verbs that name the person told before the clause ("told a regional paper They had …").
_PERSON_VERBS = frozenset("told tells tell asked asks warned warns assured informed reminded promised".split())


def _takes_a_clause(word: str) -> bool:
    """Whether ``word`` may be a verb whose object is the clause after it: a past form (by
    its "-ed" shape or the irregular list), a speech verb, or a listed present form."""
    w = word.lower()
    return (w.endswith("ed") or w in lexicon.IRREGULAR_PAST or w in lexicon.SPEECH_VERBS
            or w in _CLAUSE_VERBS_PRESENT)


def _splits_two_clauses(text: str, at: int, opener: int) -> bool:
    """Whether the sentence up to ``at`` is a complete main clause (a finite verb, no
    subordinator at its head, no comma, bracket, quotation mark or dash in it, no verb that
    introduces speech at its end) and the words from ``opener`` make a clause of their own."""
    before = _sentence_before(text, at)
    if not before or "," in _FIGURE_COMMA.sub("", before) or any(m in before for m in "“”\"():;—–"):
        return False
    if _SPEECH_BEFORE.search(before):
        return False
    tokens = lexicon.words(before)
    if len(tokens) < 3 or tokens[0].lower() in _SUBORDINATORS or not lexicon.has_clause(tokens):
        return False
    if tokens[0].lower() in lexicon.PREPOSITIONS and tokens[0].lower() != "to":
        # "In a statement posted on Facebook, She said …": a fronted phrase (its participle read
        # as a finite verb) before the main clause; the capital after it is the slip, not the comma.
        return False
    return lexicon.has_clause(_clause_after(text, opener))


RULES = (comma_splice_capital,)
