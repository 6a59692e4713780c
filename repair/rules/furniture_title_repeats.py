"""The page's headline set again right under it, reworded or with the site's name.

A scraped page often carries its headline twice: once as the page title and once as the
first line of the article block. PF004 (:mod:`repair.rules.furniture_page_labels`) deletes
a repeat that reads word for word like the first line. A translated page rewords the
second copy ("Port prepares for busiest week" over "The port is preparing for the busiest
week") or keeps the site's name on it ("Port prepares for busiest week - Harbour News"),
so the words differ while the content words are the same.

Told by the document's shape, not by any wording:

* the first line is a title: a few words, no final stop;
* the line right under it is a title too (no final stop, title length), so it is no lead
  sentence and no standfirst (both end in a stop);
* the two share nearly all their content words (function words and the site's suffix
  aside), compared by a short stem so "approves"/"approved" and "prepares"/"preparing"
  count as one word.

The second copy goes and the first stays: the first line is where a title belongs, and a
section name on it is PF004's to cut. Unsafe: a kicker or a subtitle may repeat a word
or two of the headline, which is why most of the content words must be shared.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.dateline_grammar import LINE_HEAD_DATELINE
from repair.rules.furniture import _delete

MIN_CONTENT_WORDS = 3  # a two-word line ("Weather update") shares too little to be told a repeat
MAX_TITLE_WORDS = 25  # past this a line is prose, not a title
MIN_SHARED = 0.75  # share of the shorter line's content stems the longer one must hold
STEM_CHARS = 5  # "approv|es", "prepa|ring": enough to join a word's forms, short of joining two words
_FINAL_MARKS = ".!?\"”’»:;,"
# "CHICAGO, April 3 - ...", "KYIV (Reuters) - ...": a lead's dateline, never a title's opening.
_DATELINE = lazy_compile(LINE_HEAD_DATELINE)


def content_stems(text: str) -> list[str]:
    """The line's content words (no function words, auxiliaries or bare figures' commas),
    lower-cased and cut to :data:`STEM_CHARS` characters, in order.

    >>> content_stems("The council approved the stadium")
    ['counc', 'appro', 'stadi']
    """
    stems = []
    for word in lexicon.words(text):
        low = word.lower().strip("'’")
        if not low or lexicon.is_function_word(low) or low in lexicon.AUXILIARIES:
            continue
        stems.append(low[:STEM_CHARS])
    return stems


def _title_like(text: str) -> bool:
    """A title line: no final stop, between a few and :data:`MAX_TITLE_WORDS` words."""
    words = lexicon.words(text)
    # A results table's rows ("Shr 30 cts vs 17 cts") are mostly figures: no titles.
    figures = sum(1 for word in words if word[:1].isdigit())
    return (text[-1:] not in _FINAL_MARKS and MIN_CONTENT_WORDS <= len(words) <= MAX_TITLE_WORDS
            and text[:1].isupper() and figures <= 2 and 4 * figures < len(words) and not _DATELINE.match(text))


def reworded_repeat(title: str, line: str) -> bool:
    """Whether ``line`` says again what the title ``title`` says: most of the shorter
    line's content stems are in the other one, and at least :data:`MIN_CONTENT_WORDS`
    of them are shared. Both must be title-like lines."""
    if not (_title_like(title) and _title_like(line)):
        return False
    first, second = content_stems(title), content_stems(line)
    if min(len(first), len(second)) < MIN_CONTENT_WORDS:
        return False
    shorter, longer = (first, second) if len(first) <= len(second) else (second, first)
    pool = set(longer)
    shared = sum(1 for stem in shorter if stem in pool)
    return shared >= MIN_CONTENT_WORDS and shared >= MIN_SHARED * len(shorter)


@rule(
    "PF018",
    "title-reworded-repeat",
    "boilerplate",
    Safety.UNSAFE,
    bad=[
        ("Harbour board approves new ferry terminal\n\nThe harbour board approved the new ferry terminal\n\n"
         "The board voted 7-2 on Monday.",
         "Harbour board approves new ferry terminal\n\nThe board voted 7-2 on Monday."),
        ("Town prepares for busiest market day in years\n\nThe town is preparing for the busiest market day of the"
         " years\n\nStalls open at dawn.",
         "Town prepares for busiest market day in years\n\nStalls open at dawn."),
        ("Floods close three mountain passes\n\nFloods close three mountain passes - Valley Post\n\nRoads shut.",
         "Floods close three mountain passes\n\nRoads shut."),
    ],
    good=[
        # A lead sentence and a standfirst end in a stop.
        "Harbour board approves new ferry terminal\n\nThe harbour board approved the new ferry terminal on Monday.",
        "Floods close three mountain passes\n\nFloods closed three mountain passes, stranding 200 drivers.\n\n"
        "It rained.",
        # A kicker or subtitle sharing a word or two is no repeat.
        "Harbour board approves new ferry terminal\n\nWork on the old pier starts in May\n\nThe board voted.",
        "Elections 2026\n\nGreens win the harbour ward for the first time\n\nThe count ended at dawn.",
        # A repeat further down is PF004's (word for word) or nobody's.
        "Floods close passes\n\nRoads shut.\n\nFloods close three mountain passes again\n\nIt rained.",
        # A lead without its stop opens with a dateline; a results table's rows are figures.
        "Grain exports rise\n\nCHICAGO, April 3 - Grain exports rose to 3 mln tonnes\n\nIt rained.",
        "Shr profit 91 cts vs loss 86 cts\n\nShr profit diluted 90 cts vs loss 86 cts\n\nRevs 12 mln.",
    ],
    scope="document",
)
def title_reworded_repeat(doc: Document, self: Rule) -> Iterator[Edit]:
    """The line right under the first line repeats the title in other words, or with the
    site's name after it: the later copy is deleted (see the module docstring)."""
    if len(doc.paragraphs) < 3:  # a title, its repeat and a story after them
        return
    title, line = doc.paragraph_text(0), doc.paragraph_text(1)
    if "\n" in title or "\n" in line or " ".join(title.lower().split()) == " ".join(line.lower().split()):
        return  # a word-for-word repeat is PF004's
    if reworded_repeat(title, line):
        para = doc.paragraphs[1]
        yield _delete(self, doc, para.start, para.end, "Headline repeated under the title in other words.", 0.7)


RULES = (title_reworded_repeat,)
