"""Shapes of a speaker's role or name beside a detached speech tag (AT003's last steps).

Moved out of :mod:`repair.rules.attribution_detached` unchanged, to keep that module small.
"""

from __future__ import annotations

from repair.rules.base import lazy_compile

# A sentence that ends on a comma and one lower-case word, a title with no article or name.
BARE_TITLE_END = lazy_compile(r", ([a-z]+)\.$")

# A role noun phrase after a quotation's closing mark and comma, or after a statement's
# comma, the sentence's end ("…,” a board member of the union.", "…, the port's director."):
# it describes the speaker of the quotation or statement.
ROLE_AFTER_QUOTE = lazy_compile(
    r"(?:[,?!][”\"’]|,) (?:a|an|the) (?:[a-z'’-]+ ){0,2}(?P<head>[a-z]+)(?: (?:of|at|for) [^,.”\"]{2,50})?\.$")
# A tag that is a capitalised name and its speech verb ("Ana Ruiz said.", "Ana Ruiz told reporters.").
NAME_THEN_VERB = lazy_compile(r"(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}) (?:said|told|added)\b")
