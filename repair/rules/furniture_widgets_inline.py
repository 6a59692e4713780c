"""Page widgets run into the story's paragraphs when a scrape joined the page's blocks.

The widgets :mod:`repair.rules.furniture_widgets` deletes as whole lines also turn up
inside a paragraph: at its start (a cookie banner with its buttons, a player's label with
its running time), inside a sentence (a row of share buttons, a bracketed prompt to sign
up) or after its last stop (a comment counter and an error-report button). Each is told
by the same class as the whole line; only the widget's words go, with one space, so the
sentence around it closes up.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.furniture import _delete
from repair.rules.furniture_lines import promo_remainder, reader_prompt
from repair.rules.furniture_page_chrome import control_line

MAX_PARAGRAPH_CHARS = 4000
# Two or more share buttons in a row, each an action and its channel: "Share on Facebook
# Share on X Share by e-mail".
_SHARE_RUN = lazy_compile(
    r"[ \t]+(?:Share|Send|Post|Email|E-mail)[ \t]+(?:on|by|via|to|with)[ \t]+(?:e-?mail|[A-Z][\w+.-]*)"
    r"(?:[ \t|·•,]+(?:Share|Send|Post|Email|E-mail)[ \t]+(?:on|by|via|to|with)[ \t]+(?:e-?mail|[A-Z][\w+.-]*))+"
    r"(?=[ \t]+[a-z]|[ \t]*[,.;]|$)"
)
# A bracketed aside (its inside is then asked whether it is a prompt to the reader).
_BRACKETED = re.compile(r"[ \t]?\((?P<inside>[^()\n]{8,200})\)")


def _bracketed(body: str) -> Iterator[re.Match[str]]:
    """``_BRACKETED.finditer(body)``, the same matches: the pattern is tried only at each
    "(" (or the space or tab before it). Its optional leading blank made the engine try it
    at every position of the text, 8 ms per MB of news (issue 13)."""
    at = body.find("(")
    while at >= 0:
        blank = at > 0 and body[at - 1] in " \t"
        # With the blank or without it, the same bracket follows: one try settles both.
        match = _BRACKETED.match(body, at - 1 if blank else at)
        if match is None:
            at = body.find("(", at + 1)
        else:
            yield match
            at = body.find("(", match.end())


# A cookie banner opening the paragraph, with the labels of its buttons after it.
_COOKIE_OPENING = lazy_compile(
    r"(?i)(?:we|this\s+(?:web)?site|our\s+(?:web)?site)\s+uses?\s+cookies\b[^.!?\n]{0,160}[.!?]"
    r"(?:[ \t]+(?:accept|reject|decline|refuse|manage|settings|preferences|options|ok|okay|agree|allow|customi[sz]e"
    # The story's first sentence after the buttons opens with a capital.
    r"|all|cookies|and|more|info|information)\b[.!]?)*[ \t]+(?=(?-i:[A-Z]))"
)
# A player's label opening the paragraph and closing on its running time:
# "▶ Watch: the flooded square (1:12) Rescuers ...".
_PLAYER_OPENING = lazy_compile(
    r"(?:[▶►▸▷][ \t]*)?(?:Watch|Video|Listen|Audio|Play|WATCH|VIDEO|LISTEN)[ \t]*:[ \t]*[^\n.!?()]{3,140}?"
    r"[ \t]*[(\[]\d{1,2}:\d{2}[)\]][ \t]+(?=[A-Z])"
)
# "38 comments", "💬 12": a counted label of the page's widgets.
_COUNTED = re.compile(r"^\d{1,6}[ \t]+(?:comments?|replies|shares|likes|views)$|^\d{1,6}$", re.IGNORECASE)


def _widget_items(tail: str) -> bool:
    """Whether a stop-less tail is only widgets between bars: controls and counted labels."""
    items = [item.strip().lstrip(_SYMBOLS).strip() for item in re.split(r"[|·•]", tail)]
    items = [item for item in items if item]
    return bool(items) and len(items) <= 6 and all(_COUNTED.match(item) or control_line(item) for item in items) \
        and any(control_line(item) for item in items)


_SYMBOLS = "▶►▸▷→»•·■□◆◇●○★☆✓✔-–—|>*💬📲📱📧🔗👍🔔 \t"


@rule(
    "PF015",
    "widget-run-into-text",
    "boilerplate",
    Safety.UNSAFE,
    bad=[
        ("The ferry left at noon Share on Facebook Share on X Share by e-mail and reached the island by two.",
         "The ferry left at noon and reached the island by two."),
        ("The mayor won by 40 votes (Sign up for our free local newsletter, every Friday in your inbox) and "
         "took office on Monday.", "The mayor won by 40 votes and took office on Monday."),
        ("This site uses cookies to give you a better experience. Accept all Manage settings LIMA — The vote passed.",
         "LIMA — The vote passed."),
        ("▶ Watch: the flooded square from a drone (0:48) Rescuers reached the old town on Sunday.",
         "Rescuers reached the old town on Sunday."),
        ("The home side led at the break. 💬 12 comments | Report an error", "The home side led at the break."),
        ("The vote passed.\n\nGet the best of our news in your inbox every morning. Subscribe\n\nIt fell.",
         "The vote passed.\n\nIt fell."),
        ("The vote passed.\n\nIf you were born after 1960, your pension age rises to 67. Subscribe\n\nIt fell.",
         "The vote passed.\n\nIf you were born after 1960, your pension age rises to 67.\n\nIt fell."),
    ],
    good=[
        "The minister shared on Monday a plan to share out the funds.",
        "The mayor won by 40 votes (a record for the district) and took office on Monday.",
        "The bakery uses cookies from a family recipe. It sells 400 a day.",
        "Watch: the minister said the plan would work.",
        "The home side led at the break. 12 comments were sent to the league.",
        "The vote passed (sign up, he told reporters, was the easy part) on Monday.",
    ],
)
def widget_run_into_text(doc: Document, self: Rule) -> Iterator[Edit]:
    """A page widget run into a story paragraph: a row of share buttons inside a sentence,
    a bracketed prompt to sign up or download, a cookie banner with its buttons or a
    player's label with its running time opening the paragraph, or a stop-less tail of
    counters and buttons after the last stop.

    Only the widget's words go. Told by class: share actions each with a channel, twice or
    more; a bracket holding a call to act on the publisher's channel; "uses cookies" and
    button labels; a play label closing on "(m:ss)"; bar items that are all counters or
    controls. Unsafe: a collapsed page is ambiguous.
    """
    text = doc.text
    for para in doc.paragraphs:
        if para.end - para.start > MAX_PARAGRAPH_CHARS:
            continue
        body = text[para.start : para.end]
        if "ookie" in body[:60]:
            match = _COOKIE_OPENING.match(body)
            if match is not None:
                yield self.edit(para.start, para.start + match.end(), "", "Cookie banner run into the text.", 0.75)
        if ":" in body[:16] and body[:1] in "▶►▸▷WVLAP":
            match = _PLAYER_OPENING.match(body)
            if match is not None:
                yield self.edit(para.start, para.start + match.end(), "", "Player label run into the text.", 0.75)
        if "Share " in body or "Send " in body:
            for match in _SHARE_RUN.finditer(body):
                yield self.edit(para.start + match.start(), para.start + match.end(), "",
                                "Share buttons run into the sentence.", 0.75)
        if "(" in body:
            for match in _bracketed(body):
                if reader_prompt(match.group("inside")):
                    yield self.edit(para.start + match.start(), para.start + match.end(), "",
                                    "Reader prompt in brackets inside the sentence.", 0.75)
        last = body[-1:]
        if last and last not in ".!?\"”’')":
            cut = max(body.rfind(". "), body.rfind("! "), body.rfind("? "))
            if cut > 0 and len(body) - cut <= 120 and _widget_items(body[cut + 2 :]):
                if promo_remainder(body[: cut + 1]):
                    # The button closes a promo ("... in your inbox. Subscribe"): cutting
                    # the button alone leaves the promo standing as the story's line.
                    yield _delete(self, doc, para.start, para.end, "Promo line with its button, not article text.",
                                  0.75)
                else:
                    yield self.edit(para.start + cut + 1, para.end, "", "Page widgets run onto the paragraph.", 0.75)


RULES = (widget_run_into_text,)
