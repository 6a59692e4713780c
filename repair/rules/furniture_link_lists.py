"""Link lists: a short label with no verb over stop-less headline lines, the page's navigation.

A page closes with a list of links to other stories ("Related coverage", "More on this
story", "See also", then one headline a line), and a scrape may keep one inside the text
too, with the story going on below it. Neither the label nor the headlines is a sentence
of the story. Split from :mod:`repair.rules.furniture_lines`, whose line shapes (the glyphs
before a line's words, a sentence's closing stop) these rules read too; the registry lists
PF008 right after that module's PF007.

Every deletion removes whole lines, so sentences are never cut. Unsafe, like the rest of
the furniture family: a publisher may keep its link lists.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, rule
from repair.rules.furniture import _delete, _lines
from repair.rules.furniture_lines import _body, _stops

# The words a link-list label is made of: "Related coverage", "More on this story",
# "See also", "Further reading", "Read next", "Other stories".
_LABEL_WORDS = frozenset(
    """related more also see further read next other recommended latest similar popular top
    on this story stories coverage articles news links reading content from topic topics subject you
    may might like in around the web""".split()
)
_LABEL_HEADS = frozenset("related more see further read other recommended latest similar popular".split())
MAX_LABEL_WORDS = 5
MAX_LINK_WORDS = 20
# Link lists close the page: the label has at most this many lines after it.
MAX_LINKS = 8


def _label(text: str) -> bool:
    """Whether a line is a link-list label: a few label words, no verb, no stop."""
    body = _body(text).rstrip(" \t:|")
    words = body.lower().split()
    return (0 < len(words) <= MAX_LABEL_WORDS and words[0] in _LABEL_HEADS and not _stops(body)
            and all(w in _LABEL_WORDS for w in words))


# A link head and a navigation noun ("Related coverage", "Recommended articles", "Similar
# stories") name links and nothing else; "More on this story" may lead on to the story's next take.
_NAV_HEADS = frozenset("related recommended similar".split())
_NAV_NOUNS = frozenset("coverage stories articles links content reading news topics".split())


def _nav_only(text: str) -> bool:
    """Whether a label line is a link head and a navigation noun only (checked after ``_label``)."""
    words = _body(text).rstrip(" \t:|").lower().split()
    return words[0] in _NAV_HEADS and words[-1] in _NAV_NOUNS


@rule(
    "PF008",
    "link-list",
    "boilerplate",
    Safety.UNSAFE,
    bad=[
        ("Rates rose on Monday.\n\nMore on this story\n\nBank chief warns of slow year\n\nWhy ports are losing trade",
         "Rates rose on Monday."),
        ("Rates rose on Monday.\n\nSee also\n\nMarkets in Asia close lower", "Rates rose on Monday."),
        ("Rates rose on Monday.\n\nRelated stories", "Rates rose on Monday."),
        ("Rates rose.\n\nRELATED COVERAGE\n\nBank chief warns of a slow year\n\nPorts lose trade to rail\n\n"
         "Traders were calm.\n\nShares fell.\n\nBonds fell.\n\nOil fell.\n\nGold fell.\n\nCopper fell.\n\n"
         "Tin fell.\n\nZinc fell.\n\nWheat fell.",
         "Rates rose.\n\nTraders were calm.\n\nShares fell.\n\nBonds fell.\n\nOil fell.\n\nGold fell.\n\n"
         "Copper fell.\n\nTin fell.\n\nZinc fell.\n\nWheat fell."),
        ("Rates rose.\n\nSee also\n\nWhy the port lost its lead\n\nTraders were calm.",
         "Rates rose.\n\nTraders were calm."),
    ],
    good=[
        "Rates rose on Monday.\n\nMore on this story\n\nThe bank said it would meet again. Traders were calm.",
        "Related talks begin today.\n\nRates rose on Monday.",
        "Rates rose on Monday.\n\nMore",
        "Rates rose on Monday.\n\nMore pressure\n\nTraders expect a second rise in June.",
        "Rates rose.\n\nMore on this story\n\nTraders were calm.\n\nShares fell.",
        "Rates rose.\n\nRelated talks\n\nThe two banks met on Monday.\n\nShares fell.",
        "Rates rose on Monday.\n\nSee also\n\n" + "\n\n".join(f"Link number {n} of the list" for n in range(12)),
    ],
    scope="document",
)
def link_list(doc: Document, self: Rule) -> Iterator[Edit]:
    """A list of links closing the page: a label with no verb ("Related coverage", "More
    on this story", "See also") followed to the end of the text only by stop-less
    headline lines (or by nothing); or inside the text, a label of two words or more over
    stop-less headlines with the story going on below them.

    The label and its links are the page's navigation; the story ended above them. A
    label followed by a sentence is a cross-head and stays. Unsafe: a link list may be
    kept on purpose.
    """
    paragraphs = doc.paragraphs
    yield from _inner_link_lists(doc, self)
    for index in range(max(0, len(paragraphs) - MAX_LINKS - 1), len(paragraphs)):
        label = doc.paragraph_text(index)
        if index == 0 or not _label(label):
            continue
        links = [doc.paragraph_text(i) for i in range(index + 1, len(paragraphs))]
        if not links and len(label.split()) < 2:
            return  # a wire's lone "More" closes a take: the story goes on elsewhere
        if all(not _stops(link) and len(lexicon.words(link)) <= MAX_LINK_WORDS for link in links):
            para = paragraphs[index]
            yield _delete(self, doc, para.start, paragraphs[-1].end, "Link list closing the page.", 0.75)
        return


def _headline(text: str) -> bool:
    """Whether a line reads as a linked headline: capital first, three words or more, no stop."""
    return (text[:1].isupper() and not _stops(text) and ": " not in text
            and 3 <= len(lexicon.words(text)) <= MAX_LINK_WORDS)


def _inner_link_lists(doc: Document, self: Rule) -> Iterator[Edit]:
    """A link list inside the text: a label of two words or more ("Related stories", "More
    on this topic") whose next lines are stop-less headlines, the story going on below
    them with a sentence. The label and its headlines go, as separate deletions (another
    rule may take the label alone; the headlines must not be left behind by it)."""
    paragraphs = doc.paragraphs
    for index, para, text in _lines(doc):
        if index == 0 or len(text) > 60 or not _label(text) or len(text.split()) < 2:
            continue
        end = index + 1
        while end < len(paragraphs) and end - index <= MAX_LINKS and _headline(doc.paragraph_text(end)):
            end += 1
        if end == index + 1 and end < len(paragraphs) and _nav_only(text) and _stops(doc.paragraph_text(end)):
            # "Related coverage" over the story's next sentence: the links under it were lost;
            # a label made only of a link head and a navigation noun heads no story section.
            yield _delete(self, doc, para.start, para.end, "Link-list label inside the text.", 0.75)
            continue
        if end == index + 1 or end >= len(paragraphs) or not _stops(doc.paragraph_text(end)):
            continue  # no headline under it, or no sentence after them: a cross-head or a table
        yield _delete(self, doc, para.start, para.end, "Link-list label inside the text.", 0.75)
        first = paragraphs[index + 1]
        yield _delete(self, doc, first.start, paragraphs[end - 1].end, "Linked headlines inside the text.", 0.75)


RULES = (link_list,)
