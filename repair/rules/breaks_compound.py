"""FR002: a short piece opening with a hyphen or a stray apostrophe ("-Food sector."), the
second half of a compound or name whose first half went into the sentence before.

Kept apart from FR001 (``breaks``): the piece is found by its first character, not by the
evidence chain, and its repair deletes the piece (or, when the piece is a whole clause,
rejoins the hyphenated word the stop cut in two) rather than joining a tail back.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, rule
from repair.rules.breaks_shape import MAX_FRAGMENT_CHARS, MAX_FRAGMENT_WORDS


@rule(
    "FR002",
    "broken-compound-fragment",
    "fragment",
    Safety.UNSAFE,
    bad=[("The plan will be run by the city and its agri-food partners. -Food sector.",
          "The plan will be run by the city and its agri-food partners.")],
    good=["The vote is due. -- The End", "Shares rose. 'We are pleased,' he said."],
)
def broken_compound_fragment(doc: Document, self: Rule) -> Iterator[Edit]:
    """A short piece starting with a hyphen or stray apostrophe ("-Food sector.").

    It is the second half of a compound or name ("agri-food sector") whose first half
    went into the previous sentence, so joining it back ("partners food sector") leaves
    two noun phrases side by side, which no editor would print. The fix deletes it (the
    sentence before is complete) and offers the join as the alternative. Unsafe: it
    removes words.
    """
    for position, sentence in enumerate(doc.sentences):
        if sentence.index_in_paragraph == 0 or doc.text[sentence.span.start] not in "-'‘":
            continue  # the first character decides before any slicing: this runs on every sentence
        prev, text = doc.sentences[position - 1], doc.sentence_text(sentence)
        if not (text[1:2].isalpha() and text.endswith(".")):
            continue
        stop = prev.span.end - 1
        if doc.text[stop] != ".":
            continue
        if len(text) > MAX_FRAGMENT_CHARS or len(lexicon.words(text)) > MAX_FRAGMENT_WORDS:
            if edit := _compound_across_stop(doc, self, stop, sentence.span.start, text):
                yield edit  # "… a slow-moving low. -pressure system would stall …"
            continue
        if any(mark in text[1:] for mark in "'‘’\"“”,"):
            continue  # a quotation ('We won,' he said.), not a broken compound
        first_letter = sentence.span.start + 1
        join = self.edit(stop, first_letter + 1, " " + doc.text[first_letter].lower(),
                         f"Fragment (join): “{text}” is a broken-off half of a compound; joined back.", 0.4)
        yield replace(
            self.edit(prev.span.end, sentence.span.end, "",
                      f"Fragment (delete-content-free): “{text}” is a broken-off half of a compound "
                      "that cannot be joined back as English; deleted.", 0.6),
            alternatives=(join,),
        )


def _compound_across_stop(doc: Document, self: Rule, stop: int, piece_start: int, text: str) -> Edit | None:
    """The join of a hyphenated compound a false stop cut in two when the piece after it is a
    whole clause ("… a slow-moving low. -pressure system would stall …" -> "low-pressure
    system"): the piece's hyphen and lower-case word continue the word before the stop, and
    the verb after them shows the piece is no stray half to delete. None otherwise."""
    if text[:1] != "-" or not text[1:2].islower():
        return None
    before = doc.text[max(0, stop - 30) : stop].rsplit(None, 1)[-1] if doc.text[max(0, stop - 30) : stop].strip() \
        else ""
    if not (before.isalpha() and before.islower() or before.isdigit()):
        return None
    tokens = lexicon.words(text)
    if len(tokens) < 3 or not lexicon.has_clause(tokens):
        return None
    return self.edit(stop, piece_start, "",
                     f"Fragment (join): “{before}” and “{tokens[0]}” are the halves of one hyphenated word the "
                     "stop cut apart; joined.", 0.65, Safety.UNSAFE)
