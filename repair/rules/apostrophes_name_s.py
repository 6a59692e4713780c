"""AP010: a name ending in "s" whose possessive mark went in before the "s" ("Gome's" where
the story's name is "Gomes"), read from the story's own spellings of the name;
:data:`repair.rules.apostrophes_its.RULES` lists it in its registry place, after AP009.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.glued import zipf
from repair.rules.glued_scan import alone_names

# "Reye's" where the story's name is "Reyes": a capitalised word, its "'s", a lower-case word.
_NAME_S = lazy_compile(r"([A-Z][a-z]+)(['’])s (?=[a-z])")
_NAME_S_HINTS = ("'s ", "’s ")
# The stem without its "s" must be no word of its own (a known first name or noun such as
# "William" or "Park" may well own something in the same story as "Williams" or "Parks").
MAX_STEM_ZIPF = 2.5


def _name_s_matches(text: str, names: frozenset[str]) -> Iterator[re.Match[str]]:
    """``_NAME_S`` matches whose word plus "s" is one of the text's ``names``: each "'s "
    found by ``str.find`` (in C), its word read back to the space before it (``rfind``) and
    looked up in the set before any pattern runs (most possessives are of other names)."""
    for hint in _NAME_S_HINTS:
        at = text.find(hint)
        while at >= 0:
            start = text.rfind(" ", max(0, at - 40), at) + 1
            if text[start:at] + "s" in names and (match := _NAME_S.match(text, start)) is not None:
                yield match
            at = text.find(hint, at + 3)


@rule(
    "AP010",
    "misplaced-name-apostrophe",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("Striker Paulo Gomes scored twice. Gome's second goal came late.",
         "Striker Paulo Gomes scored twice. Gomes' second goal came late."),
        ("Coach Lukas Mertens resigned. Merten's assistant took over.",
         "Coach Lukas Mertens resigned. Mertens' assistant took over."),
    ],
    good=[
        "Prince William met Serena Williams. William's speech was short.",
        "Singer Ana Torres will tour. Torres' last album sold well.",
        "Ana Torre and Ben Torres met. Torre's album sold well.",
        "Torre's album sold well.",
    ],
    scope="document",
)
def misplaced_name_apostrophe(doc: Document, self: Rule) -> Iterator[Edit]:
    """A name ending in "s" whose possessive mark went in before the "s" ("Reye's" for the
    story's "Reyes'"): the story writes the name with the "s" elsewhere, never without it,
    and the stem is no word of its own. The mark moves after the "s". Unsafe: two people
    whose names differ by the "s" can share a story. On news-clean it finds 6 such slips in
    published copy ("Mr Ebber's lawyers" beside "Ebbers", a company's "Cyclop's" beside
    "Cyclops"), read as real slips by the rule's author but not yet by an editor audit, so
    its edits are shown (display), not applied, until an audit keys them in
    ``benchmarks/clean_judgements.json``.
    """
    text = doc.text
    names = alone_names(doc)
    seen: dict[str, bool] = {}
    for match in _name_s_matches(text, names):
        stem, mark = match.group(1), match.group(2)
        if zipf(stem) > MAX_STEM_ZIPF:
            continue
        if stem not in seen:  # the stem standing alone anywhere (not before its "'s")
            # Led by the stem itself (a literal the engine skips to in C), the look-behind after it.
            seen[stem] = re.search(stem + r"(?<![\w'’-]" + stem + r")(?![\w'’-])", text) is not None
        if seen[stem]:
            continue
        yield self.edit(match.start(), match.end() - 1, f"{stem}s{mark}",
                        f"Possessive mark of the name “{stem}s” put before its “s”.", 0.7,
                        safety=Safety.DISPLAY)
