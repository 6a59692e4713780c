"""One generic reader for a source sentence set after a statement (rebuild-attribution).

:mod:`repair.rules.attribution_source` reads the pivot's passive ("This was announced by
…"); fresh text gives the same relation in other words: "The words are of the mayor.",
"This is according to the auditors' office.", "Mark Reed, head of sales, said so.", "The
port's director said this to reporters." What they share is their content: nothing but a
relation of saying or of source, and an agent noun phrase. This reader takes

- a pointer or a noun for words ("This", "These words", "The remarks"), a copula or
  "come(s)", and "of"/"from"/"by"/"according to" plus the agent; or
- an agent noun phrase, a verb of saying, and only a pointer as its object ("so", "this",
  "that", "it"), with at most "to reporters" or a time or occasion adjunct.

The agent must be a source: a name, or a noun phrase whose head is an agent noun
("-er/-or/-ist/-man"), a title or an institution; never a pronoun, a figure or a clause.
The statement before must have no tag of its own (no verb of saying, no "according to"):
the agent then becomes its tag, after a tagless quotation (",” said …") or a plain
statement (", … said."). With a tag already there the sentence is left to the
delete rules. Unsafe: the rebuild moves words.
"""

from __future__ import annotations

import re

from repair import lexicon
from repair.rules import tag_lead_case
from repair.rules.attribution_source import _ATTRIBUTED, _source
from repair.rules.base import lazy_compile
from repair.rules.glued import TITLES
from repair.rules.invented_generic import _SAYING

# "The words are of X." / "This is according to X." / "These remarks came from X."
_POINTED = lazy_compile(
    r"(?:(?:This|That|It|These|Those)(?: (?:words|remarks|comments|statement|quote|quotes|information))?"
    r"|The (?:words|remarks|comments|statement|quote|quotes))"
    r" (?:is|was|are|were|comes|came|come)(?: (?:the )?(?:words?|remarks|comments|view))?(?: (?P<part>[a-z]+))?"
    r" (?P<prep>of|from|by|according to) (?P<rest>[^.;:!?“”\"]{2,120})\.")
# "X said so." / "X said this to reporters." / "X stressed this on Friday."
_AGENT_SAID = lazy_compile(
    r"(?P<agent>[A-Z][^.;:!?“”\"]{1,90}?) (?P<verb>[a-z]+) (?:so|this|that|it)"
    r"(?P<to> to (?:reporters|journalists|the press|the media))?(?P<rest>[^.;:!?“”\"]{0,60})\.")
# Agent endings with "-ant"/"-ent" ("consultant", "president"): a source may be either.
_SOURCE_ENDINGS = lexicon.AGENT_ENDINGS + ("ant", "ent")
# Institutions whose statement is a source; heads an agent suffix does not reach.
_INSTITUTIONS = frozenset("""ministry agency office police government company firm union court council
    board committee department service bank army embassy commission authority authorities club group
    institute prosecutors ministry's""".split())
_NOT_AGENTS = frozenset("""he she they it we this that these those there however rather together further
    either neither whether other another never ever later earlier under over after everyone everybody someone
    somebody nobody anyone anybody all many most some others few none""".split())


def _agent(phrase: str) -> bool:
    """``phrase`` names a source: a capitalised name, or a head agent noun or institution."""
    words = lexicon.words(phrase)
    if not words or words[0].lower() in _NOT_AGENTS or any(w[:1].isdigit() for w in words):
        return False
    head = words[-1] if "," not in phrase else lexicon.words(phrase.split(",", 1)[0])[-1]
    h = head.lower().removesuffix("'s").removesuffix("’s")
    if any(w[:1].isupper() for w in words[1:]) or (len(words) == 1 and words[0][:1].isupper()):
        return True
    return h in TITLES or h in _INSTITUTIONS or (lexicon.agent_noun(h, _SOURCE_ENDINGS) and h not in _NOT_AGENTS)


def _lead(phrase: str) -> str:
    first, _, tail = phrase.partition(" ")
    if first in ("The", "A", "An", "Its", "Their", "His", "Her") and tail[:1].islower():
        return first.lower() + " " + tail
    # A common word's capital was only the false stop's ("Police spokesman …" -> "police spokesman …").
    return tag_lead_case.lead_letter(phrase) + phrase[1:]


def pointer_source(text: str) -> tuple[str, str] | None:
    """Read ``text`` as a source sentence (see the module): the agent phrase and the verb
    of its tag with the adjuncts after it ("said", "told reporters on Friday", "according
    to"); None when it is none."""
    pointed = _POINTED.fullmatch(text)
    if pointed is not None:
        if pointed["part"] is not None and _SAYING.fullmatch(pointed["part"]) is None:
            return None  # "This was caused by …": a verb of doing, a fact of its own
        read = _source(pointed["rest"])
        if read is None or not _agent(read[0]):
            return None
        verb = "according to" if pointed["prep"] == "according to" else "said"
        return read[0], verb + read[1]
    said = _AGENT_SAID.fullmatch(text)
    if said is None or _SAYING.fullmatch(said["verb"]) is None or said["verb"] in ("put", "puts", "putting"):
        return None
    if not said["verb"].endswith(("ed", "said", "told", "wrote", "spoke")):
        return None  # "X says so.": a present verb, left to the shape rules
    agent = said["agent"]
    words = lexicon.words(agent)
    if not 1 <= len(words) <= 12 or not _agent(agent) or agent.lower().startswith(("this ", "that ", "it ")):
        return None
    if any(w.lower() in lexicon.AUXILIARIES or w.lower() in ("who", "which", "and", "but") for w in words):
        return None
    rest = said["rest"]
    if rest and re.fullmatch(r" (?:on|in|at|during|after|before|last|earlier|later|yesterday|today)\b[^,]*",
                             rest) is None:
        return None
    verb = "told reporters" if said["to"] else ("said" if said["verb"] in ("spoke",) else said["verb"])
    return agent.rstrip(","), verb + rest


def rebuilt_tag(text: str, prev_text: str, prev_end_char: str, before_char: str) -> tuple[str, bool] | None:
    """The tag that replaces the statement's stop, and whether it closes a quotation; None
    when ``prev_text`` already has a tag or ends on no plain stop."""
    read = pointer_source(text)
    if read is None or _ATTRIBUTED.search(prev_text):
        return None
    phrase, verb = read
    quote = prev_end_char in "”\"" and before_char == "."
    if not quote and not (prev_end_char == "." and (before_char.isalnum() or before_char in "%)")):
        return None
    if verb.startswith("according to"):
        return f"according to {_lead(phrase)}{verb.removeprefix('according to')}", quote
    # "Tom Hale, the spokesman, said so.": the speaker came first, and keeps the writer's
    # order; only a speaker read out of a passive or pointer ("This was said by …") is set
    # after the verb when a comma or a quotation calls for it.
    if _POINTED.fullmatch(text) is not None and ("," in phrase or (quote and verb == "said")):
        return f"{verb} {_lead(phrase)}", quote  # "…,” said the spokesman, Tom Hale."
    return f"{_lead(phrase)}{',' if ',' in phrase else ''} {verb}", quote
