"""A role word capitalised as a speech tag's first word, before the speaker's name ("…,”
Skipper Alan Mair said."), which clean news writes in lower case even there: CA025.

News capitalises a formal title before a name ("President", "Judge") but not a job or a
role ("skipper", "striker", "spokeswoman"). Which is which is house style, so it is read
from the learned case table (:mod:`repair.rules.casing_learned_table`), never from a list:
a word counts only when clean news writes it in lower case nearly every time it stands in
a sentence's middle, beside a name included (its ``cap_run`` column: "Skipper Alan" would
be counted there). CA019 leaves such a word because a capital stands beside it.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.casing_learned_table import CAP_ALONE, CAP_RUN, LOWER, case_table, name_evidence
from repair.rules.glued import zipf
from repair.rules.stops_words import mostly_lower_case

# A capitalised word, then a name of two or three capitalised words, then a comma, a
# stop or a lower-case word: "Skipper Alan Mair said", "Striker Ana Ruiz, 24,". The first
# word's capital is the scan's lead; what stands before it is read in Python.
_ROLE_BEFORE_NAME = lazy_compile(
    r"[A-Z][a-z]{2,}(?= ((?:[A-Z][a-z][a-z’'-]* ){1,2}?[A-Z][a-z][a-z’'-]*)(?:[,.;:]| [a-z]))")
# A speech tag's first word: after a quotation closed by a comma and one space ("…,” Skipper
# Alan Mair said"), where the tag's first word took the capital a sentence's start has (CA021's
# slip). Elsewhere a capitalised word before a name is as often a name's own ("the Three
# Gorges Dam", "The Sunday Times"), and after a speech verb a house style ("said Analyst Ana
# Ruiz": 1987 Reuters copy in news-clean).
_TAG_SLOT_BEFORE = lazy_compile(r",[”\"’] $")
# The word must be written in lower case at least this often in the table's sentences'
# middles, and Capitalised (alone or beside another capital) in at most this share of them.
MIN_LOWER_USES = 20
UNKNOWN_NAME_ZIPF = 4.0  # a name's word the table does not know must be rarer than this as a word ("Nora" 3.5)
MAX_CAPITAL_SHARE = 0.005  # the table's own bar for an ordinary word (LOWER_APPLY_SHARE)


def _role_word(form: str) -> bool:
    """True when clean news writes ``form`` (lower-cased) in lower case in a sentence's middle
    at least :data:`MIN_LOWER_USES` times and Capitalised there, beside a name or not, in at
    most :data:`MAX_CAPITAL_SHARE` of its uses."""
    row = case_table().words.get(form)
    if row is None or row[LOWER] < MIN_LOWER_USES:
        return False
    return (row[CAP_ALONE] + row[CAP_RUN]) <= MAX_CAPITAL_SHARE * sum(row)


def ordinary_word(form: str) -> bool:
    """True when clean news writes ``form`` (lower-cased) in lower case in at least half its
    uses in a sentence's middle (the learned table): an ordinary word, no name's."""
    table = case_table()
    return form in table.words and form not in table.name_forms


def _name_words(words: list[str]) -> bool:
    """True when every word of ``words`` reads as a person's name's: the table knows it as a
    name, or wordfreq hardly knows it at all ("Mair"); no function word, and no word clean
    news writes as an ordinary word ("Planning", "Dam")."""
    for word in words:
        form = word.lower().removesuffix("’s").removesuffix("'s")
        if lexicon.is_function_word(form) or ordinary_word(form):
            return False
        if name_evidence(form) is None and zipf(form) >= UNKNOWN_NAME_ZIPF:
            return False
    return True


@rule(
    "CA025",
    "capitalised-role-before-name",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("“We just cried,” Skipper Alan Mair told reporters.", "“We just cried,” skipper Alan Mair told reporters."),
        ("“The pitch was heavy,” Striker Jonas Elm said after the match.",
         "“The pitch was heavy,” striker Jonas Elm said after the match."),
        ("\"We will not stop,\" Activist Nora Patel said on Monday.",
         "\"We will not stop,\" activist Nora Patel said on Monday."),
        ("“I was fit,” Goalkeeper Piet Rensen, 31, told reporters.",
         "“I was fit,” goalkeeper Piet Rensen, 31, told reporters."),
    ],
    good=[
        "The case was heard by Judge Ana Ruiz on Monday.",
        "The bill was signed by President Lena Moss.",
        "Skipper Alan Mair told reporters the boat was lost.",
        "The deal was made by Forward Planning Group in May.",
        "“We just cried.” Skipper Alan Mair said so.",
        "She starred in the film Resident Evil Afterlife last year.",
        "The contract went to Harbour Skipper Tours on Monday.",
        "He met Striker Ana.",
        "“Prices will fall,” said Analyst Dev Raj of the bank.",
        "“We have no news,” Major Lena Dorn said.",
        "The only goal came from Striker Jonas Elm in the second half.",
        "It was built by the operator of the Three Gorges Dam.",
        "“It was vital,” said The Daily Telegraph on Monday.",
    ],
)
def capitalised_role_before_name(doc: Document, self: Rule) -> Iterator[Edit]:
    """A role word capitalised as a speech tag's first word, before the speaker's name ("…,”
    Skipper Alan Mair told reporters").

    The word must stand right after a quotation closed by a comma (the tag's first word,
    which took the capital a sentence's start has: CA021's slip on a noun), be followed by a
    name of two or three capitalised words that are neither function words nor words clean
    news writes in lower case in half its uses or more, and be written by clean news in lower
    case at least 20 times in a sentence's middle and Capitalised there (beside a name or
    alone) in at most 0.5 % of its uses (the learned table): "President" and "Judge" keep
    their capitals, "skipper" and "striker" do not. Left: the same word after a speech verb
    ("said Analyst …", a house style in 1987 wire copy) or anywhere else, and texts typed in
    lower case. Unsafe: a rare name may open with such a word.
    """
    text = doc.text
    found = []
    for match in _ROLE_BEFORE_NAME.finditer(text):
        start, end = match.start(), match.end()
        if not _TAG_SLOT_BEFORE.search(text, max(0, start - 3), start):
            continue
        word = match.group()
        if lexicon.is_function_word(word.lower()) or not _role_word(word.lower()):
            continue
        if not _name_words(match.group(1).split()):
            continue  # "Forward Planning Group": a body's name of ordinary words
        found.append((start, end, word))
    if not found or mostly_lower_case(doc):
        return
    for start, end, word in found:
        yield self.edit(start, end, word.lower(),
                        f"“{word}” before a name: clean news writes this role in lower case.", 0.7)


RULES = (capitalised_role_before_name,)
