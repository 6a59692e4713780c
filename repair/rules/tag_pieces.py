"""Speech tags a false stop cut off inside the sentence they attribute.

Two shapes the tag rules before these miss: a tag standing alone between the two halves
of its sentence ("… fell by 68%. according to the researchers. in the children who …",
AT011), and an inverted tag cut off the quotation it closes ("“….” Said Ana Ruiz, a
farmer.", AT012). Both are rebuilt from the words already there.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules import cutoff_words, cutoffs, tags
from repair.rules.base import Rule, lazy_compile, rule
from repair.text_index import text_index


def tag_between(doc: Document, position: int) -> tuple[int, int, str] | None:
    """(start, end, replacement) rebuilding the sentence when the sentence at ``position``
    is its speech tag cut off between its two halves (see :func:`repair.rules.tags.tag_between`);
    None otherwise. AT003 and SP001 leave such a tag to AT011."""
    tag = doc.sentences[position]
    # (Asked at every sentence: the span's length is its offsets' difference, not ``len(span)``.)
    if tag.span.end - tag.span.start > _MAX_TAG_CHARS or not (doc.text.endswith(_TAG_ENDS, tag.span.start, tag.span.end)
                                  or doc.text.startswith("according to ", tag.span.start)):
        return None  # a cheap look at the tag's last or first words before any slicing
    prev = doc.previous_in_paragraph(position)
    following = doc.next_in_paragraph(position)
    if prev is None or following is None or len(following.span) > cutoffs.MAX_PIECE_CHARS:
        return None
    stop = prev.span.end - 1
    if doc.text[stop] != "." or not (doc.text[stop - 1].isalnum() or doc.text[stop - 1] == "%"):
        return None
    if any(w.lower() in lexicon.AUXILIARIES for w in lexicon.words(doc.sentence_text(tag))[:-1]):
        return None  # "The suspension will last said.": a clause with a stray verb, no speaker
    piece = doc.sentence_text(following)
    said = {w.lower() for w in lexicon.words(doc.sentence_text(tag))}
    if all(w.lower() in said for w in lexicon.words(piece)):
        return None  # "… last year. according to the office. According to the office.": an echo, no half
    adjunct = bool(piece[:1].isupper() and cutoff_words.adjunct_piece(lexicon.words(piece), piece))
    rebuilt = tags.tag_between(doc.sentence_text(prev), doc.sentence_text(tag), piece, adjunct)
    return None if rebuilt is None else (stop, following.span.end, rebuilt)


_TAG_ENDS = (" said.", " added.", " reported.")
_MAX_TAG_CHARS = 90  # the longest sentence tag_between reads as a tag


def position_of(doc: Document, start: int) -> int:
    """The index of the sentence that starts at ``start`` (a bisection over the sentence
    starts of the document's shared index, :mod:`repair.text_index`, built once per
    document so that a rule asking often stays linear)."""
    return bisect.bisect_left(text_index(doc).starts, start)


@rule(
    "AT011",
    "tag-between-pieces",
    "attribution",
    Safety.UNSAFE,
    bad=[
        ("The storm cut power to 9,000 homes. according to the utility. in the northern districts.",
         "The storm cut power to 9,000 homes in the northern districts, according to the utility."),
        ("The crash brought down a dozen riders. the race doctor said. Among them two leaders, who quit.",
         "The crash brought down a dozen riders, among them two leaders, who quit, the race doctor said."),
        ("Lenz was fined 2 million euros. The court said. And barred from office for five years.",
         "Lenz was fined 2 million euros and barred from office for five years, the court said."),
    ],
    good=[
        "The storm cut power, the utility said. according to the utility. in the north.",
        "Lenz was fined 2 million euros. The court said. And he will appeal.",
        "Lenz was fined. The court said. Prices rose in May.",
    ],
    # Paragraph scope: it reads the tag and the sentences on either side in its paragraph,
    # nothing else, so ``fix`` re-checks it only where a round changed the text.
)
def tag_between_pieces(doc: Document, self: Rule) -> Iterator[Edit]:
    """A speech tag standing alone between the two halves of the sentence it attributes.

    MT systems cut a sentence before and after its tag ("… fell by 68%. according to the
    researchers. in the children who …"); reattaching the tag to the first half leaves the
    second stranded after it. The fix joins the second half back (a preposition-led phrase,
    "and" with a second verb of the same subject, or an adjunct set off with a comma) and
    puts the tag at the end, the English order, using only the words already there. Unsafe:
    it reorders words.
    """
    # tag_between reads a sentence of at most _MAX_TAG_CHARS after another in its paragraph
    # (and one after it): the shared index hands over those alone, not every sentence.
    last = len(doc.sentences) - 1
    for position in text_index(doc).later_within(_MAX_TAG_CHARS):
        if position >= last:
            break
        found = tag_between(doc, position)
        if found is not None:
            start, end, replacement = found
            yield self.edit(start, end, replacement,
                            "Attribution (rebuild-attribution): the speech tag was cut off between the two "
                            "halves of its sentence; the halves are joined and the tag goes to the end.", 0.65)



_INVERTED_AFTER_QUOTE = lazy_compile(r"^(?:Said|Says|Added) (?:the |a |an )?[A-Z]?[\w'’.-]+[^:\"“”]*\.$")


@rule(
    "AT012",
    "inverted-tag-after-quote",
    "attribution",
    Safety.UNSAFE,
    bad=[
        ("\"The river rose in an hour.\" Said Ana Ruiz, a farmer in the valley, by phone.",
         "\"The river rose in an hour,\" said Ana Ruiz, a farmer in the valley, by phone."),
        ("“Is this the end?” Said the coach, who led the club for ten years.",
         "“Is this the end?” said the coach, who led the club for ten years."),
    ],
    good=[
        "\"It is a computer.\" Said Mr Lee: \"It is very much a computer.\"",
        "\"The river rose in an hour.\" Said Ana Ruiz lost her farm in the flood.",
        "The river rose. Said Ana Ruiz, a farmer.",
    ],
)
def inverted_tag_after_quote(doc: Document, self: Rule) -> Iterator[Edit]:
    """An inverted speech tag ("Said Ana Ruiz, a farmer, by phone.") cut off the quotation
    it closes by a false stop: the capital and the stop inside the quotation.

    English closes the quoted sentence with a comma and goes on in lower case ("…,” said
    Ana Ruiz). The fix turns the stop inside the closing mark into a comma (a question or
    exclamation mark stays) and lowers "Said". Only a tag with no verb of its own (outside a
    "who" clause), no colon and no quotation after it: "Said Mr Lee: “…”" opens a quote,
    and "Said" may be a name ("Said Ahmed lost his farm."). Unsafe: it joins sentences.
    """
    for position in range(1, len(doc.sentences)):
        sentence = doc.sentences[position]
        if doc.text[sentence.span.start] != "S" or sentence.index_in_paragraph == 0:
            continue
        text = doc.sentence_text(sentence)
        if not _INVERTED_AFTER_QUOTE.match(text):
            continue
        words = lexicon.words(text)
        if cutoff_words.finite_verb(cutoff_words.main_part(words[1:])):
            continue
        prev = doc.sentences[position - 1]
        closing = prev.span.end - 1
        if doc.text[closing] not in "\"”" or closing < 2 or doc.text[closing - 1] not in ".?!":
            continue
        quote = doc.text[closing]
        if doc.text[closing - 1] == ".":
            start, replacement = closing - 1, f",{quote} s"  # '." Said' -> '," said'
        else:
            start, replacement = closing, f"{quote} s"  # '?" Said' -> '?" said'
        yield self.edit(start, sentence.span.start + 1, replacement,
                        f"Attribution (reattach-tag): “{text}” is the inverted speech tag of the quotation "
                        "before it; the quoted sentence closes with a comma and the tag goes on in lower case.", 0.7)


RULES = (tag_between_pieces, inverted_tag_after_quote)
