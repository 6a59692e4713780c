"""Speech tags after a quotation, punctuated or worded by another language's grammar.

AT022: the German and Dutch tag "so" + speaker with no verb ("“We are ready,” so Ruiz on
Monday."): English needs the verb, which is "said" (the calque carries no other). It reads
the words after the closing quotation mark. A stop before a lower-case tag ("“….” he
added.") is QM009's (:mod:`repair.rules.speech_marks`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules import tags
from repair.rules.base import Rule, lazy_compile, rule

# "…,” so Ruiz on Tuesday." / "…,” so the coach after the match.": the speaker, then only
# an adjunct (a preposition first) or nothing.
_SO_TAG = lazy_compile(
    r",” so (?P<speaker>[A-Z][\w'’-]+(?: (?:(?:van|de|der|den|von|la|le) )*[A-Z][\w'’-]+){0,2}"
    r"|(?:the|a|an|her|his|their|its) (?:[a-z][\w'’-]* ){0,2}(?P<role>[a-z]+))"
    r"(?P<appositive>, (?:the|a|an|its|his|her) [^.,!?“”\"]{1,40})?(?P<rest>(?: (?P<prep>[a-z]+)[^.!?“”\"]*)?)\.")


@rule(
    "AT022",
    "so-tag",
    "attribution",
    Safety.UNSAFE,
    bad=[
        ("“Nobody will lose a job,” so Lindqvist on Monday at the plant.",
         "“Nobody will lose a job,” Lindqvist said on Monday at the plant."),
        ("“The dam will hold,” so the site engineer.", "“The dam will hold,” the site engineer said."),
        ("“We will appeal,” so Maria van der Berg after the verdict.",
         "“We will appeal,” Maria van der Berg said after the verdict."),
        ("“We are ready,” so Ana Ruiz, the mayor.", "“We are ready,” said Ana Ruiz, the mayor."),
    ],
    good=[
        "“We are ready,” so the coach left early.",
        "“We are ready,” so Ruiz resigned.",
        "“We are ready,” Ruiz said on Monday.",
        "“It rained,” so the match was off.",
    ],
)
def so_tag(doc: Document, self: Rule) -> Iterator[Edit]:
    """A tag made of "so" and the speaker after a quotation, the verb left out: "said" goes
    after the speaker ("…,” so Ruiz on Monday." -> "…,” Ruiz said on Monday."). The speaker is
    a name or a role noun ("the site engineer"), and only a prepositional phrase may follow
    it, so a clause of consequence ("…,” so the coach left.") stays. Unsafe."""
    text = doc.text
    at = text.find(",” so ")
    while at >= 0:
        found = _SO_TAG.match(text, at)
        if found is not None and _takes_said(found):
            speaker = found["speaker"]
            if found["appositive"]:  # "so Ana Ruiz, the mayor." -> "said Ana Ruiz, the mayor."
                yield self.edit(at + 3, at + 5, "said",
                                f"Attribution (rebuild-attribution): “so {speaker}” is another language's speech "
                                "tag with no verb; “said” takes the place of “so”.", 0.65)
                at = text.find(",” so ", at + 5)
                continue
            yield self.edit(at + 3, found.end("speaker"), f"{speaker} said",
                            f"Attribution (rebuild-attribution): “so {speaker}” is another language's speech "
                            "tag with no verb; “said” is put after the speaker.", 0.65)
        at = text.find(",” so ", at + 5)


def _takes_said(found: re.Match[str]) -> bool:
    """The speaker is a name or a role and only a prepositional phrase follows it."""
    if found["role"] is not None and found["role"] not in tags.ROLES:
        return False
    prep = found["prep"]
    if prep is not None and prep not in lexicon.PREPOSITIONS and prep not in lexicon.TIME_WORDS:
        return False  # "…,” so the coach left": a clause of its own
    return True


RULES = (so_tag,)
