"""A wire dateline before a paragraph's opening quotation mark.

Agency copy opens its first paragraph with a dateline: a place in capitals, an optional
region, an optional credit in brackets and a dash ("BERLIN (Reuters) - “We …",
"WIMBLEDON, England —“…", "OSLO -- “…"). A quotation that opens right after it opens the
story's first sentence, as one at a paragraph's start does, so the quotation rules read
it so; the dash alone (narration's "one message — “we …") is no such start.
"""

from __future__ import annotations

from repair.rules.base import lazy_compile
from repair.rules.dateline_grammar import ANY_CREDIT, CAPS_LATIN1, DASH, REGION_DOTTED, caps_place

# Place (1-4 words in capitals), ", Region" (1-3 capitalised words), " (Credit)", dash.
_WIRE_DATELINE_LEAD = lazy_compile(
    caps_place(CAPS_LATIN1, head_rest=1, more_words="{0,3}")
    + "(?:" + REGION_DOTTED + ")?(?: " + ANY_CREDIT + ")? ?" + DASH)


def is_wire_dateline(lead: str) -> bool:
    """Whether ``lead`` (a paragraph's text before a quotation mark, blanks stripped) is
    a dateline and nothing else: "LONDON (Reuters) -", "PARIS —", "ROME, Italy (AP) --"."""
    return len(lead) <= 80 and _WIRE_DATELINE_LEAD.fullmatch(lead) is not None
