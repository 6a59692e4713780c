"""Spurious sentence breaks: dangling fragments and sentences split mid-clause.

Both come from MT systems that cut a long source sentence at a clause or phrase boundary
and emit the tail as a "sentence" of its own. The repair joins the tail back onto the
sentence it belongs to, which keeps its content (deleting it would lose what the original
said); only tails that carry nothing legible are deleted.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair import lexicon
from repair.document import Document, Sentence
from repair.edits import Edit, Safety
from repair.rules.base import Rule, rule

MAX_FRAGMENT_WORDS = 5
MAX_FRAGMENT_CHARS = 80  # a cheap pre-filter: five words never take more


def merge_edit(doc: Document, self: Rule, prev: Sentence, current: Sentence, lowercase: bool,
               message: str, confidence: float, safety: Safety | None = None) -> Edit | None:
    """One edit that drops the stop ending ``prev`` and joins ``current`` onto it.

    The span runs from the stop to the first letter of ``current``, so the reviewer sees
    (and accepts or rejects) the stop, the space and the case change as one unit.
    Returns None when ``prev`` does not end in a bare full stop (a quote or "?" ending
    means the join would land inside quoted speech).
    """
    stop = prev.span.end - 1
    text = doc.text
    if text[stop] != "." or not (text[stop - 1 : stop].isalnum() or text[stop - 1 : stop] == "%"):
        return None
    first = text[current.span.start]
    new_first = first.lower() if lowercase else first
    return self.edit(stop, current.span.start + 1, " " + new_first, message, confidence, safety)


def _pairs(doc: Document, max_chars: int | None = None) -> Iterator[tuple[Sentence, Sentence, str]]:
    """(previous sentence, sentence, its text) for every non-first sentence of a paragraph.

    ``max_chars`` skips longer sentences before any text is sliced (the rules looking
    for short fragments run on every sentence of every document, so this matters).
    """
    for position, sentence in enumerate(doc.sentences):
        if sentence.index_in_paragraph == 0:
            continue
        if max_chars is not None and len(sentence.span) > max_chars:
            continue
        yield doc.sentences[position - 1], sentence, doc.sentence_text(sentence)


def is_capitalised_fragment(sentence_text: str) -> bool:
    """A short, capitalised, full-stop-ended piece with no clause in it."""
    if not sentence_text.endswith(".") or sentence_text.endswith(".."):
        return False
    if not sentence_text[:1].isupper():
        return False
    tokens = lexicon.words(sentence_text)
    if not tokens or len(tokens) > MAX_FRAGMENT_WORDS:
        return False
    if tokens[0].lower() in lexicon.STANDALONE_OPENERS:
        return False
    if lexicon.is_glued(tokens[0]):
        return False  # "BBCreported": a lost space, handled by the spacing rules
    if len(tokens) == 1 and (len(tokens[0]) <= 2 or tokens[0].isupper()):
        return False  # initials and acronyms ("U.", "AP.") are splitter leftovers, not MT tails
    if any(t.lower() in ("vs", "v") for t in tokens):
        return False  # results tables ("Net 5.6 mln vs 4.3 mln.")
    return not lexicon.has_clause(tokens)


def _first_word_is_common(tokens: list[str]) -> bool:
    """Whether a fragment's capital is only sentence-initial (so it is lower-cased on merge).

    Names come with other capitals ("Morning Herald") or alone and short ("Ito"); an all-caps
    word is an acronym. A capital followed by lower-case words ("Growth over the previous
    year") or a derived common word ("Exceeded", "Percentage") is an ordinary word.
    """
    first = tokens[0]
    if first.isupper() or any(t[:1].isupper() for t in tokens[1:]):
        return False
    return len(tokens) > 1 or lexicon.looks_common_noun_or_verb(first)


@rule(
    "FR001",
    "dangling-fragment",
    "fragment",
    Safety.UNSAFE,
    bad=[
        ("She said the ministry would widen checks. On the southern border.",
         "She said the ministry would widen checks on the southern border."),
        ("Exports grew by 4.7% to 18.3 billion euros. Exceeded.",
         "Exports grew by 4.7% to 18.3 billion euros exceeded."),
        ("The envoy praised the deal, according to the state broadcaster. Morning Herald.",
         "The envoy praised the deal, according to the state broadcaster Morning Herald."),
        ("Cargo rose by 11.4% to 870,000 units. Growth over the previous year.",
         "Cargo rose by 11.4% to 870,000 units growth over the previous year."),
        ("Chen said the firm would expand the system. In the outer berths.",
         "Chen said the firm would expand the system in the outer berths."),
    ],
    good=[
        "He declined. Not so, said his lawyer.",
        "The company was sold. He declined.",
        "Profits fell. Not so.",
        "Shares fell. Net 5.6 mln vs 4.3 mln.",
        "It was signed by John F. Kennedy.",
        "Rain is forecast. Why?",
        "Markets rallied. Terms were undisclosed.",
        "Nobody came. The report comes to nothing.",
        "It spreads fast. Please speak out.",
        "I listened. It's not exactly groundbreaking.",
        "MCI was sold. MCI also offers internet services.",
        "The deal was signed in 1999. The deal expired last month.",
        "Costs will rise. But only over time.",
    ],
)
def dangling_fragment(doc: Document, self: Rule) -> Iterator[Edit]:
    """A short capitalised piece with no subject or finite verb after a full sentence.

    MT systems strand the last phrase of a long sentence ("On the southern border.",
    "Growth over the prior quarter.", "Exceeded."). The fix merges it into the sentence
    before, lower-casing its first word when that word is an ordinary word. Unsafe:
    real short sentences exist ("Not so.", "He declined."); the rule skips elliptical
    openers and anything with a subject and verb, but an editor should confirm.
    """
    for prev, sentence, text in _pairs(doc, MAX_FRAGMENT_CHARS):
        if not is_capitalised_fragment(text):
            continue
        tokens = lexicon.words(text)
        lowercase = _first_word_is_common(tokens)
        starts_with_function_word = lexicon.is_function_word(tokens[0])
        confidence = 0.8 if starts_with_function_word or len(tokens) == 1 else 0.65
        edit = merge_edit(doc, self, prev, sentence, lowercase or starts_with_function_word,
                          f"“{text}” has no subject or verb; it reads as the tail of the previous sentence.",
                          confidence)
        if edit:
            yield edit


@rule(
    "FR002",
    "broken-compound-fragment",
    "fragment",
    Safety.UNSAFE,
    bad=[("The plan will be run by the city and its agri-food partners. -Food sector.",
          "The plan will be run by the city and its agri-food partners food sector.")],
    good=["The vote is due. -- The End", "Shares rose. 'We are pleased,' he said."],
)
def broken_compound_fragment(doc: Document, self: Rule) -> Iterator[Edit]:
    """A short piece starting with a hyphen or stray apostrophe ("-Food sector.").

    It is the second half of a compound or name ("agri-food sector") whose first half
    went into the previous sentence. The fix merges it back without its stray mark, which
    keeps its words (deleting it would lose content the original has). Unsafe: the
    joined phrase is rarely fluent, and an editor may prefer to rewrite or delete it.
    """
    for prev, sentence, text in _pairs(doc, MAX_FRAGMENT_CHARS):
        if not (text[:1] in "-'‘" and text[1:2].isalpha() and text.endswith(".")):
            continue
        if any(mark in text[1:] for mark in "'‘’\"“”,"):
            continue  # a quotation ('We won,' he said.), not a broken compound
        if len(lexicon.words(text)) > MAX_FRAGMENT_WORDS:
            continue
        stop = prev.span.end - 1
        if doc.text[stop] != ".":
            continue
        first_letter = sentence.span.start + 1
        yield self.edit(stop, first_letter + 1, " " + doc.text[first_letter].lower(),
                        f"“{text}” is a broken-off half of a compound; joined back to its sentence.", 0.7)


@rule(
    "SP001",
    "split-mid-clause",
    "split",
    Safety.SAFE,
    bad=[
        ("The convoy stopped in Hebron. in the southern hills.", "The convoy stopped in Hebron in the southern hills."),
        ("It was the region's first such port. year.", "It was the region's first such port year."),
        ("Both firms invest in storage. battery storage for homes.",
         "Both firms invest in storage battery storage for homes."),
    ],
    good=[
        "He was born in the U.S. in 1950.",
        "The meeting starts at 9 a.m. on Monday.",
        "It was launched by Apple. iPhone sales rose.",
        "Prices rose (see table). Analysts agreed.",
        "He left at 5 p.m. and returned later.",
    ],
)
def split_mid_clause(doc: Document, self: Rule) -> Iterator[Edit]:
    """A "sentence" that starts with a lower-case word inside a paragraph.

    Edited English never starts a sentence in lower case, so a full stop followed by a
    lower-case word is a sentence broken mid-clause. The fix drops the stop. Safe:
    abbreviations and initials are excluded by the segmenter, and words with inner
    capitals (iPhone, eBay) are skipped. A tail that begins with a speech verb is left
    to the attribution rule AT002.
    """
    for prev, sentence, text in _pairs(doc):
        if not text[:1].islower():
            continue
        first = lexicon.words(text[:40])
        if not first or not first[0][:1].islower() or not text[:1].islower():
            continue
        if any(c.isupper() for c in first[0]) or first[0] in lexicon.SPEECH_VERBS:
            continue
        edit = merge_edit(doc, self, prev, sentence, False,
                          f"Sentence broken mid-clause before “{first[0]}”.", 0.9)
        if edit:
            yield edit


RULES = (dangling_fragment, broken_compound_fragment, split_mid_clause)
