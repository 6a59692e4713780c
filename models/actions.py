"""Edit actions: the short words the decoder writes instead of copying text.

Almost every boundary repair is one of a handful of operations on the marked span
(". In" -> " in"): drop the stop, drop it and lower-case the next word, turn it into a
comma, remove an opening speech tag. Writing the operation as one output token, rather
than spelling the repaired text, is what LaserTagger and EdiT5 do: the decoder cannot
misspell or invent anything, and a 1-2M parameter model learns it on two CPU cores (two
runs that had to copy text did not learn to copy within the time budget). The decoder
may still write literal text for a span no action covers; ``decode_output`` handles both.
"""

from __future__ import annotations

import re

JOIN = "<join>"
JOIN_LOWER = "<join-lower>"
ATTACH = "<attach>"
ATTACH_LOWER = "<attach-lower>"
COMMA = "<comma>"
COMMA_LOWER = "<comma-lower>"
UNTAG = "<untag>"
ACTIONS = (JOIN, JOIN_LOWER, ATTACH, ATTACH_LOWER, COMMA, COMMA_LOWER, UNTAG)
# '.” “' between two quoted sentences: the quotation closes and at once reopens, so the
# second piece was split off the first inside one quotation and can rejoin it.
_QUOTE_BOUNDARY = re.compile(r"^\.([”\"’'])(\s+)[“\"‘']")
_TAG = re.compile(r"^([.!?\"'”’)]+\s+)(?:He|She|It|They) (?:said|says|added|told)(?: that)? (\w)")


def _lower_first_letter(text: str) -> str:
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.lower() + text[i + 1 :]
    return text


def apply_action(marked: str, action: str) -> str | None:
    """The repaired marked span, or None when the action does not fit the span."""
    if action == UNTAG:
        match = _TAG.match(marked)
        if not match:
            return None
        return match.group(1) + match.group(2).upper() + marked[match.end() :]
    rest = _after_stop(marked)
    if rest is None:
        return None
    if action == JOIN:
        return rest
    if action == JOIN_LOWER:
        return _lower_first_letter(rest)
    if action == COMMA:
        return "," + rest
    if action == COMMA_LOWER:
        return "," + _lower_first_letter(rest)
    if action == ATTACH:
        return rest.lstrip()
    if action == ATTACH_LOWER:
        return _lower_first_letter(rest.lstrip())
    return None


def is_quote_boundary(marked: str) -> bool:
    """True for a span that opens with a quotation closing and reopening ('.” “If')."""
    return bool(_QUOTE_BOUNDARY.match(marked))


def _after_stop(marked: str) -> str | None:
    """The span without the full stop that splits it: ". In" -> " In", '.” “In' -> " In".

    None when the span does not open with a sentence boundary an action can undo (a
    quotation that closes without reopening must keep its stop: joining would break it).
    """
    quoted = _QUOTE_BOUNDARY.match(marked)
    if quoted:
        rest = quoted.group(2) + marked[quoted.end() :]
        return rest if len(rest) > 1 else None
    if not marked.startswith(".") or len(marked) < 3 or not marked[1].isspace():
        return None
    return marked[1:]


def encode_target(marked: str, target: str) -> str:
    """The shortest output for a target: an action when one produces it, else the text."""
    for action in ACTIONS:
        if apply_action(marked, action) == target:
            return action
    return target


def decode_output(marked: str, output: str) -> str | None:
    """The rewrite an output stands for (None when an action does not fit the span)."""
    if output in ACTIONS:
        return apply_action(marked, output)
    return output
