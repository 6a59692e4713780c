"""Lost spaces: two words run together where a link or a line break used to be.

Word knowledge comes from ``wordfreq`` (a maintained word-frequency lexicon built from
many corpora), not from our own lists: a run-together token is one the lexicon does not
know, that splits into two words it knows well.

The word knowledge and the split finders live in ``glued_splits``; the rules GL001-GL002 here,
GL003 (a comma glued to the next word) in ``glued_commas``.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import cast

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.glued_compounds import compound_split, fraction_joiner, rare_tail_split
from repair.rules.glued_scan import _LETTER_RUN as _LETTER_RUN  # re-exported: tests scan with it
from repair.rules.glued_scan import _TOKEN as _TOKEN  # re-exported: tests check the scans against it
from repair.rules.glued_scan import _repeated, _single_tokens, alone_names, letter_runs
from repair.rules.glued_small import capital_hints

# Re-exported: the word knowledge moved to glued_splits; other rule modules import it here.
from repair.rules.glued_splits import KNOWN_ZIPF as KNOWN_ZIPF
from repair.rules.glued_splits import WORD_ZIPF as WORD_ZIPF
from repair.rules.glued_splits import _frequencies as _frequencies
from repair.rules.glued_splits import (
    _name_split,
    _name_word_split,
    article_split,
    content_split,
    derived_split,
    name_verb_split,
    verb_after,
)
from repair.rules.glued_splits import best_split as best_split
from repair.rules.glued_splits import zipf as zipf

# The capital first: capitals are rare, so the scan seldom stops (``[a-z][A-Z]`` stops at
# every lower-case letter). A match starts at the capital.
_CASE_CHANGE = re.compile(r"[A-Z](?<=[a-z].)")
_LETTERS = re.compile(r"[A-Za-z]+")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
# Titles written before a name ("Foreign Minister Ana Ruiz"): a lexicon of English role
# words, not of names. A CamelCase token that opens with one is a title glued to a name.
TITLES = frozenset(
    """minister president secretary senator governor mayor chancellor premier ambassador envoy
    spokesman spokeswoman spokesperson chairman chairwoman chair director commissioner general
    judge justice prince princess king queen sheikh emir leader chief executive officer coach
    captain professor doctor lawyer attorney prosecutor representative deputy councillor
    councilor lawmaker commander colonel lieutenant sergeant admiral bishop pope cardinal
    rabbi imam""".split()
)
_CAMEL = lazy_compile(r"(?<![\w'’@/.-])([A-Z]?[a-z]{2,})([A-Z][a-z]{1,})(?![\w'’@/-])")


# A lower-case word after a token: the object or adverbial a finite verb takes.
_WORD_AFTER = re.compile(r" [a-z]")


@rule(
    "GL001",
    "glued-words",
    "spacing",
    Safety.UNSAFE,
    bad=[
        ("The towns agreed on a balancebetween tourism and fishing.",
         "The towns agreed on a balance between tourism and fishing."),
        ("The List Ofvarious Prizes was read.", "The List Of various Prizes was read."),
        ("They read the list Ofvarious prizes.", "They read the list of various prizes."),
        ("The agencysaid that the talks ended.", "The agency said that the talks ended."),
        ("They saw a sharp improvementin exports.", "They saw a sharp improvement in exports."),
        ("Talks with Mr Okonkwoand his aides ended. Okonkwo left.",
         "Talks with Mr Okonkwo and his aides ended. Okonkwo left."),
        ("Firms in Norway grew, and severalbanks merged.", "Firms in Norway grew, and several banks merged."),
        ("Rain fell in Portugal. Farms in northern Portugalexpect a poor harvest.",
         "Rain fell in Portugal. Farms in northern Portugal expect a poor harvest."),
        ("She ran the course in 2:11:04, anational best.", "She ran the course in 2:11:04, a national best."),
        ("Floods covered twothirds of the valley.", "Floods covered two-thirds of the valley."),
        ("The award was won by anofficial from the treasury.", "The award was won by an official from the treasury."),
        ("The bank reported aformer director had resigned.", "The bank reported a former director had resigned."),
    ],
    good=[
        "The minister said nevertheless that talks would go on.",
        "Greenwood and Stonebridge voted against the plan.",
        "Mr Kaczmarek and Ms Wojciechowska spoke.",
        "See www.example.com/cooperationin for details.",
        "Live cattle traded higher at midsession, and feedgrain prices fell.",
        "Paintworks sold well. Paintworks is a program.",
        "Talks with Mr Okonkwoand ended.",
        "Fair skies in Fairviewmarket today.",
        "Stone was cut at Stonebridge and Stonewalls.",
        "Credit rose at Creditbank, the lender said.",
        "The compmany cut costs.",
        "They will atempt a rescue.",
        "He made an arange of offers.",
    ],
    scope="document",  # reads evidence beyond its paragraph (tests/test_scope_paragraph.py)
)
def glued_words(doc: Document, self: Rule) -> Iterator[Edit]:
    """Two words run together with no space ("balancebetween", "agencysaid").

    Markup boundaries (a link, a bold span, a line break) vanish when a page is turned
    into text, and MT pipelines drop the space that stood there. A token is split when
    ``wordfreq`` does not know it as a word and it splits into two words that are both
    common (Zipf >= 3), one of them a function word or speech verb; closed compounds and
    company names ("feedgrain", "Paintworks") join two content words and stay, and so
    does a token the story repeats (a name). A capitalised token that is a name the story
    also writes alone, plus a small word ("Okonkwoand" beside "Okonkwo"), is split too.
    Unsafe: a rare name can look like two words.
    """
    text = doc.text
    # Each distinct run is judged once, and the positional scan runs only when one splits
    # (on clean text none does). Inner capitals are brands; a word wordfreq lists is no
    # glue (its list starts at Zipf 1).
    runs = letter_runs(doc, 7)  # also how often each stands (a name repeats)
    if not runs:
        return  # no word long enough: wordfreq's table (0.2 s to load) is not needed
    unknown = lexicon.unknown_words(set(map(str.lower, runs)))  # a set difference with wordfreq's list
    if not unknown:
        return  # most texts: every long word is in wordfreq
    splits: dict[str, tuple[str, str]] = {}
    in_name_run: set[str] = set()  # name + past verb splits, taken only after a capitalised word
    by_shape: set[str] = set()
    with_article: set[str] = set()  # an article glued to its word: "anational"
    two_content: set[str] = set()  # two content words: "designationcreated"
    name_word: set[str] = set()  # a name the text writes alone and a word: "Antarcticaremain"
    for run in runs:
        if run.lower() in unknown and len(run) <= 30 and run[1:].islower():
            split = best_split(run)
            if split is not None and run[0].isupper():
                by_shape.add(run)  # a capitalised run split on word shape alone: no name evidence
            if split is None and run[0].isupper():
                split = _name_split(run, alone_names(doc))
                if split is None and (split := _name_word_split(run, alone_names(doc))) is not None:
                    name_word.add(run)  # a name and a content word: checked at each use below
            if split is None and (split := content_split(run) or derived_split(run) or compound_split(run)
                                  or rare_tail_split(run)) is not None:
                two_content.add(run)  # vouched for by frequency alone: the text's own spelling checked below
            if split is None and run[0].isupper() and (split := name_verb_split(run)) is not None:
                in_name_run.add(run)  # vouched for by its place only: checked at each use below
            if split is None and (split := article_split(run)) is not None:
                with_article.add(run)  # vouched for by its place only: checked at each use below
            if split is not None:
                splits[run] = split
    splittable = set(splits)
    if not splittable:
        return
    # Imported here: casing_title builds on this module's splitter.
    from repair.rules.casing_title import title_case_spans

    title_case = title_case_spans(doc)
    # A name repeats through a story; a lost space is a one-off.
    for match in _single_tokens(text, splittable - _repeated(text, splittable, runs)):
        if any(start <= match.start() < end for start, end in title_case):
            continue  # CA002 splits it while lowering the Title Case sentence
        token = match.group()
        left, right = splits[token]
        before = text[max(0, match.start() - 30) : match.start()].split(" ")
        if token in in_name_run and not (len(before) > 1 and before[-1] == "" and before[-2][:1].isupper()
                                         and before[-2].isalpha() and _WORD_AFTER.match(text, match.end())):
            continue  # "Friedrich Maiervisited the": only inside a name, before the verb's object
        if token in two_content and (text[match.start() - 1 : match.start()] == "#"
                                     or _address_after(text, match.end())
                                     or _written_apart(doc, left, right)):
            continue  # the story writes "left-right" or "leftright" elsewhere: its own compound
        if token in name_word and verb_after(text, match.end()):
            continue  # "Harlowlink said": a verb follows, so the glued word is no verb but a compound name's
        if token in with_article and not _article_slot(before):
            continue  # "to atempt", "an arange": a verb's or a noun's slot, so a misspelling, not "a tempt"
        if token in by_shape and len(before) > 1 and before[-1] == "" and before[-2] in _ARTICLES:
            continue  # "at the Carinto depot": a capital after a lower-case article opens a name, not "Car into"
        if lexicon.is_function_word(left) and len(before) > 1 and before[-1] == "" and before[-2].isalpha() \
                and before[-2].islower():
            left = left.lower()  # "the role Ofvarious": the capital came with the glued link text
        joiner = fraction_joiner(left, right)  # "twothirds": a fraction takes a hyphen, "two-thirds"
        yield self.edit(match.start(), match.end(), f"{left}{joiner}{right}",
                        f"Missing space in “{match.group()}”.", 0.75)


_ARTICLES = frozenset(("the", "a", "an"))


# Two words joined by a hyphen: the story's own spelling of a compound.
_HYPHENATED = re.compile(r"[A-Za-z]{4,}-[a-z]{5,}")
# Where a _HYPHENATED match can end: a hyphen and its lower-case run (a literal first, so
# the engine skips in C from hyphen to hyphen; _HYPHENATED is tried at every letter).
_HYPHEN_TAIL = re.compile(r"-[a-z]{5,}")


class _HyphenatedPairs:
    """``_HYPHENATED.findall``, found from the hyphens: ``findall(text, pos, endpos)`` is
    ``_HYPHENATED.findall(text, pos, endpos)`` (equal by test, tests/rules/test_fast_scans.py).

    A match is the whole letter run before a hyphen (from where the last match ended, at
    the latest), the hyphen and the whole lower-case run after it: the greedy left part
    stops only at the hyphen and gives back nothing that would help, and a match that
    fails at a run's first letter fails at its later ones. So each ``_HYPHEN_TAIL`` match
    ends at most one match, which starts at the run's start. On 4 MB of news the pattern
    tried at every letter cost 52 ms, the hyphens a few. Passed to
    :meth:`Document.line_counts` in the pattern's place: it calls only ``findall``."""

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[str]:
        found = []
        last = pos  # where the last match ended: a match starts there at the earliest
        for tail in _HYPHEN_TAIL.finditer(text, pos, endpos):
            hyphen = start = tail.start()
            while start > last and text[start - 1] in _ASCII_LETTERS:
                start -= 1
            if hyphen - start >= 4:
                found.append(text[start : tail.end()])
                last = tail.end()
        return found


_HYPHENATED_PAIRS = cast("re.Pattern[str]", _HyphenatedPairs())


def _address_after(text: str, end: int) -> bool:
    """True when a full stop and a letter or digit follow ``end`` ("totallyradio.com"): an address."""
    return text[end : end + 1] == "." and text[end + 1 : end + 2].isalnum()


def _written_apart(doc: Document, left: str, right: str) -> bool:
    """True when the story writes ``left`` and ``right`` hyphenated ("storm-water"): its own
    spelling of the pair as one compound, so the closed form is a style, not a lost space.
    The hyphenated pairs are counted once per document (kept in ``doc.memo``), not scanned
    for per candidate."""
    counts = doc.line_counts(_HYPHENATED_PAIRS)
    return counts.get(f"{left}-{right}", 0) > 0 or counts.get(f"{left}-{right}".capitalize(), 0) > 0


# Words after which a noun phrase, and so an article, comes: "be" forms and linking verbs.
_BEFORE_ARTICLE = frozenset("is was are were be been being became become remains remained".split())


def _article_slot(before: list[str]) -> bool:
    """True when the words ``before`` a token (split on spaces, the last one empty) end
    where an article can open a noun phrase: after a comma or a colon, a preposition other
    than "to" (which takes a verb as often), a "be" form, or a past verb ("won", "set",
    "reported"); not after a determiner, a modal or a pronoun, where a misspelt noun or
    verb would stand ("an atempt", "will arange")."""
    if len(before) < 2 or before[-1] != "":
        return False
    word = before[-2]
    if word[-1:] in ",:;":
        return True
    word = word.lower()
    return (word in lexicon.PREPOSITIONS and word != "to") or word in _BEFORE_ARTICLE \
        or word in lexicon.IRREGULAR_PAST or (len(word) > 4 and word.endswith("ed"))


def case_changes(doc: Document) -> list[int]:
    """Offsets of the capitals that follow a lower-case ASCII letter ("eBay": 1), in order.

    Found once per document (:func:`repair.rules.glued_small.capital_hints`, the scan
    that finds the acronym hints too): GL002, GL005 and PU007 all start from them.
    """
    return capital_hints(doc)[0]


def _camel_matches(text: str, changes: Iterable[int] | None = None) -> Iterator[re.Match[str]]:
    """The matches of ``_CAMEL.finditer(text)``, found from the case changes alone
    (``changes``: :func:`case_changes` of ``text``; scanned for when not given).

    A ``_CAMEL`` match is a whole run of ASCII letters with a lower-to-upper case change
    inside, so only the runs around the (rare) case changes are tried; each letter is
    visited at most twice, so long runs stay linear.
    """
    run_end = 0
    if changes is None:
        changes = [match.start() for match in _CASE_CHANGE.finditer(text)]
    for capital in changes:
        position = capital - 1  # the lower-case letter before the capital
        if position < run_end:
            continue  # another change in a run already tried
        start = position
        while start > 0 and text[start - 1] in _ASCII_LETTERS:
            start -= 1
        letters = _LETTERS.match(text, position)
        assert letters is not None  # text[position] is a letter
        run_end = letters.end()
        match = _CAMEL.match(text, start)
        if match:
            yield match


@rule(
    "GL002",
    "glued-capitalised-word",
    "spacing",
    Safety.UNSAFE,
    bad=[
        ("He thanked Senator Jane DoeAnd her staff.", "He thanked Senator Jane Doe and her staff."),
        ("The peopleThe report named were freed.", "The people the report named were freed."),
        ("She met Prime MinisterAna Ruiz in Lima.", "She met Prime Minister Ana Ruiz in Lima."),
    ],
    good=["He bought a PlayStation and an iPhone.", "The YouTube channel grew.", "McDonald's opened.",
          "Shares in BlueLantern rose.",
          "Riders for the app CasaVia won. CasaVia will appeal."],  # one spelling, twice: a name
)
def glued_capitalised_word(doc: Document, self: Rule) -> Iterator[Edit]:
    """A word run into a capitalised function word ("DoeAnd", "peopleThe"), or a title
    run into the name after it ("MinisterAna").

    The lost space left the next word's capital inside one token. The fix splits it and
    lower-cases the function word (it was capitalised only by position in a title or
    link); a name after a title (:data:`TITLES`) keeps its capital. Brand names with
    inner capitals ("PlayStation") are known to ``wordfreq`` as one word, or their second
    part is no function word and their first no title, and stay. Unsafe: rare brands.
    """
    spellings: Counter[str] | None = None  # counted once, only when a candidate gets that far
    for match in _camel_matches(doc.text, case_changes(doc)):
        left, right = match.group(1), match.group(2)
        if zipf(left + right) >= WORD_ZIPF:
            continue  # a word in its own right ("PlayStation")
        if left[:1].isupper() and left.lower() in TITLES and len(right) >= 3:
            # "MinisterAna": a title run into the name it precedes; the name keeps its capital.
            yield self.edit(match.start(), match.end(), f"{left} {right}", f"Missing space in “{match.group()}”.", 0.75)
            continue
        if not lexicon.is_function_word(right):
            continue
        if left[:1].islower() and zipf(left) < KNOWN_ZIPF:
            continue
        if spellings is None:
            spellings = _camel_spellings(doc)
        if spellings[match.group()] >= 2:
            continue  # "the app CasaVia … CasaVia will appeal": a lost space does not recur letter for letter
        yield self.edit(match.start(), match.end(), f"{left} {right.lower()}",
                        f"Missing space in “{match.group()}”.", 0.75)


def _camel_spellings(doc: Document) -> Counter[str]:
    """How often the whole text (:attr:`Document.evidence_text`) writes each token with an
    inner capital, as a whole word: a name is spelt the same way twice ("CasaVia"), a space lost
    in transit does not recur letter for letter. One linear scan (:func:`_camel_matches`)."""
    return Counter(match.group() for match in _camel_matches(doc.evidence_text))


RULES = (glued_words, glued_capitalised_word)
