"""AT003's quotation branch: a capitalised speech tag cut off, as a sentence of its own, the
whole quotation it attributes ("“Sales will rise.” A spokeswoman for the firm told reporters.");
the tag's comma goes back inside the closing mark. Used by :mod:`repair.rules.attribution_detached`.
"""

from __future__ import annotations

from repair.document import Document, Sentence
from repair.edits import Edit
from repair.quote_marks import CLOSE, OPEN, quote_marks
from repair.rules import tag_detached, tags
from repair.rules.base import Rule, lazy_compile
from repair.rules.tag_lead_case import lead_letter


def _quoted_before_tag(doc: Document, self: Rule, prev: Sentence, sentence: Sentence, text: str) -> Edit | None:
    """The tag's comma inside the closing mark when ``prev`` is a whole quotation closed by a
    stop and ``text`` the capitalised tag cut off it ("“Sales will rise.” A spokeswoman for
    the firm told reporters." -> "“Sales will rise,” a spokeswoman …"); None otherwise."""
    prev_text = doc.sentence_text(prev)
    if prev_text.count("”") != 1 or not (prev_text.startswith("“") and prev_text.count("“") == 1
                                         or "“" not in prev_text and _opened_before(doc, prev)):
        return None
    if not (_DETACHED_TAG.match(text) or tag_detached.loose_detached_tag(text)):
        return None
    first_word = text.split(" ", 1)[0]
    if first_word.lower() in tags.INDEFINITE_SUBJECTS or first_word in ("He", "She", "It", "They", "We"):
        return None  # "“…” He said." may open the next quotation; pronoun tags are AT003's other branches
    lead = text[0].lower() if first_word in ("The", "A", "An") or tag_detached.lowers(first_word) \
        else lead_letter(text)
    stop = prev.span.end - 2
    return self.edit(stop, sentence.span.start + 1, f",” {lead}",
                     f"Attribution (reattach-tag): “{text}” is a speech tag cut off the quotation it "
                     "attributes.", 0.7)


def _opened_before(doc: Document, prev: Sentence) -> bool:
    """A quotation opened earlier in ``prev``'s paragraph is still open when ``prev`` starts
    ("“Local news is not dying. It is being starved.”": the last sentence of a quotation
    of two). Read on the document's mark index: a slice of the paragraph per candidate was
    quadratic on a one-line record (issue 13)."""
    paragraph_start = doc.paragraphs[prev.paragraph].start
    marks = quote_marks(doc)
    return marks.last(OPEN, paragraph_start, prev.span.start) > marks.last(CLOSE, paragraph_start, prev.span.start)


_DETACHED_TAG = lazy_compile(
    r"^(?:(?:[A-Z][\w'’-]*\.? ){1,3}|The (?:[a-z][\w'’-]* ){1,2}"
    r"|(?:The )?[A-Z][\w'’-]*(?: (?:(?:of|and|for) )?[A-Z][\w'’-]*){1,5} )"
    r"(?:said|reported|added|told reporters)(?: (?:this|so))?\.$")
