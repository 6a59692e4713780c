"""Prompts and links run onto a paragraph's end (PF010), split from
:mod:`repair.rules.furniture_notes`, whose labels and link words judge them: the paragraph's
stop-less last piece is a prompt to the reader ("... on Friday. Sign up for our newsletter",
"Scroll to continue"), a related link under a label of link words, or a wire's signature.
Only that piece goes. Unsafe, like the rest of the furniture family.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.furniture import _AGENCIES, _delete
from repair.rules.furniture_lines import promo_remainder, reader_prompt
from repair.rules.furniture_notes import _ARROWED, _LABELLED, MAX_HEADLINE_WORDS, _link_label, marked_link

# A wire's signature after the paragraph's last stop: "... before June. — Reuters".
_SIGNATURE_TAIL = lazy_compile(r"^[—–-]{1,2}[ \t]?" + _AGENCIES + r"$")
# A prompt to go on reading, its own line or a paragraph's tail ("Scroll to continue with content").
_CONTINUE = lazy_compile(
    # the ad's own label may stand before it: "ADVERTISEMENT Scroll to continue ..."
    r"(?i)^(?:advertisement[ \t]+)?(?:scroll(?: down)? to (?:continue|read)|continue reading|keep reading|"
    r"(?:the )?(?:story|article|text) continues (?:below|after))\b[^\n.!?]{0,40}$"
)


@rule(
    "PF010",
    "prompt-tail",
    "boilerplate",
    Safety.UNSAFE,
    bad=[
        ("The trial resumes on Friday. Sign up for our evening briefing\n\nIt fell.",
         "The trial resumes on Friday.\n\nIt fell."),
        ("Losses were heavy. Scroll down to continue reading\n\nIt fell.", "Losses were heavy.\n\nIt fell."),
        ("The vote is in May. Download our app for live results", "The vote is in May."),
        ("The port reopened. Story continues below advertisement\n\nShips left.",
         "The port reopened.\n\nShips left."),
        ("Rates rose.\n\nScroll to continue with content\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("The vote is in May. Never miss a story - join our WhatsApp channel!\n\nIt fell.",
         "The vote is in May.\n\nIt fell."),
        ("The port reopened. Tap here for live traffic updates", "The port reopened."),
        ("The port reopened. You may also like » Ferries return to the north coast\n\nIt fell.",
         "The port reopened.\n\nIt fell."),
        ("The port reopened. Related: Why the ferry firm cut its routes", "The port reopened."),
        ("The port reopened. READ MORE: Ferry firm cuts two routes\n\nIt fell.", "The port reopened.\n\nIt fell."),
        ("The port reopened on Monday. — Reuters", "The port reopened on Monday."),
        ("It rose.\n\nStay up to date with the latest news from your region. Follow us on X\n\nIt fell.",
         "It rose.\n\nIt fell."),
        ("The good news for you is that fares will fall. Sign up for our alerts",
         "The good news for you is that fares will fall."),
    ],
    good=[
        "The trial resumes on Friday. Subscribers to our newsletter fell by 4%.",
        "The union urged members to sign up for its newsletter",
        "The trial resumes on Friday. Sign up, he told us, and you will see",
        "The port reopened. Story continues to unfold in the north.",
        "Losses were heavy. Scroll through the list and you will see why",
        "The port reopened. What a day it was for the town!",
        "The trial resumes on Friday. Sign up now, the judge told jurors!",
        "The port reopened. See also: the ferry firm said it would cut routes",
        "The port reopened. Related reading » the mayor told us it was a fine day",
        "The port reopened. — Reuters reported the figures",
        "The port reopened. ALSO: the ferry firm said it would cut routes",
        "The port reopened. - AP Moller said it would add ships",
    ],
)
def prompt_tail(doc: Document, self: Rule) -> Iterator[Edit]:
    """A prompt to the reader run onto a story paragraph after its last sentence ("... on
    Friday. Sign up for our newsletter", "... losses. Scroll to continue with content"),
    or a prompt to read on alone on its line.

    A scrape that joins a page's blocks leaves the prompt as a stop-less piece after the
    paragraph's final stop; it is told by the same shape as a whole prompt line (a call to
    act on the publisher's channel, or to go on reading). Only that piece goes. Unsafe: a
    collapsed page is ambiguous.
    """
    text = doc.text
    for para in doc.paragraphs:
        last = text[para.end - 1]
        if (last in ".!?\"”’')" and last != "!") or para.end - para.start > 4000:
            continue  # a prompt tail has no stop (a call may close on "!")
        body = text[para.start : para.end]
        if last != "!" and _CONTINUE.match(body):
            yield _delete(self, doc, para.start, para.end, "Prompt to read on, not article text.", 0.75)
            continue
        cut = max(body.rfind(". "), body.rfind("! "), body.rfind("? "), body.rfind("” "))
        if cut < 0:
            continue
        tail = body[cut + 2 :]
        if len(tail.split()) > MAX_HEADLINE_WORDS or not (tail[:1].isupper() or tail[:1] in "—–-"):
            continue
        if last != "!" and tail[:1] in "—–-" and _SIGNATURE_TAIL.match(tail):
            yield self.edit(para.start + cut + 1, para.end, "", "Wire signature run onto the paragraph.", 0.75)
        elif len(tail.split()) <= 16 and ((last != "!" and _CONTINUE.match(tail)) or reader_prompt(tail)):
            if promo_remainder(body[: cut + 1]):
                # The prompt closes a promo ("Stay up to date with the latest news. Follow
                # us"): the line before it is the publisher's too, so all of it goes.
                yield _delete(self, doc, para.start, para.end, "Promo line with its prompt, not article text.", 0.75)
            else:
                yield self.edit(para.start + cut + 1, para.end, "", "Reader prompt run onto the paragraph.", 0.75)
        elif last != "!" and _linked_tail(tail):
            yield self.edit(para.start + cut + 1, para.end, "", "Related link run onto the paragraph.", 0.75)


def _linked_tail(tail: str) -> bool:
    """Whether a paragraph's stop-less tail is a related link: a label of link words and a
    colon or an arrow before a headline ("... on Friday. Read also: Ports brace for ...")."""
    labelled = _ARROWED.match(tail) if ("»" in tail or "›" in tail or "→" in tail) else None
    if labelled is None and ": " in tail:
        labelled = _LABELLED.match(tail)
        head, colon, rest = tail.partition(":")
        if labelled is None and head.isupper() and len(head.split()) <= 4:
            # "... the world. READ MORE: ...": the label set in capitals is read as its words.
            labelled = _LABELLED.match(head.capitalize() + colon + rest)
    if labelled is None:
        return marked_link(tail) is not None  # "... on Friday. Also read | Ports brace for ..."
    return _link_label(labelled.group("label"), labelled.group("rest").rstrip())


RULES = (prompt_tail,)
