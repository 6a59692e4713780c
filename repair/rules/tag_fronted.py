"""A speech tag or source set before its statement and cut off it by a false stop (AT025, AT026).

English may open a statement with its source or close a tag with a colon before the words
it introduces; an MT round trip puts a full stop in both places:

- "According to the developers. The vaccine will go to the regulator." -- the fronted
  source adjunct stands alone; it opens the clause after it, so the stop becomes a comma
  (AT025). Only where nothing before it in the paragraph could take it as a closing source:
  at the paragraph's start, or after a sentence that already has its tag.
- "Ana Ruiz, the port's director, told a briefing in Bilbao. “The quay opens in May.”" --
  a whole tag (a subject, a verb of saying and only adjuncts, no reported clause) right
  before a quotation that has no tag of its own introduces it: the stop becomes a colon
  (AT026). A pronoun tag ("He said.") is left: it may close the sentence before.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules import tag_detached
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.glued import zipf
from repair.rules.stops import ends_with_abbreviation
from repair.text_index import text_index

_FRONTED_SOURCE = lazy_compile(r"According to (?P<source>[^,;:!?“”\"]{2,80})\.")
_ATTRIBUTED = lazy_compile(r"\b(?:said|says|say|told|added|stated|announced|reported|according to)\b")
_NAME_ZIPF = 2.5  # a capitalised word rarer than this is a name and keeps its capital
# Quantity words open a clause in lower case after the comma ("…, two men were held").
_QUANTITY_WORDS = frozenset("one two three four five six seven eight nine ten several many most both".split())


def _lead(word: str) -> str | None:
    """``word``'s first letter after the comma: lower case for a closed-class or common
    word whose capital was the false stop's, kept for a name; None when it can't be told."""
    if lexicon.is_function_word(word) or tag_detached.lowers(word) or word.lower() in _QUANTITY_WORDS:
        return word[0].lower()
    if zipf(word.lower()) < _NAME_ZIPF:
        return word[0]
    return None


@rule(
    "AT025",
    "fronted-source-cut-off",
    "attribution",
    Safety.UNSAFE,
    bad=[
        ("According to the police. Two men were arrested near the station.",
         "According to the police, two men were arrested near the station."),
        ("According to early estimates by the ministry. The turnout reached 61 percent.",
         "According to early estimates by the ministry, the turnout reached 61 percent."),
        ("Sales fell in May, the firm said. According to analysts. Profits will fall too.",
         "Sales fell in May, the firm said. According to analysts, profits will fall too."),
        ("According to the coach. Okonjo will miss the final.",
         "According to the coach, Okonjo will miss the final."),
    ],
    good=[
        "Prices rose. According to the ministry.",
        "Prices rose 3 percent. According to the ministry. Costs fell.",
        "According to the ministry, prices rose.",
        "According to the coach. In the final.",
        "According to the coach. Paris will host the final.",
    ],
)
def fronted_source_cut_off(doc: Document, self: Rule) -> Iterator[Edit]:
    """A fronted "According to …" source standing alone before the clause it attributes
    (see the module): the stop between them becomes a comma."""
    sentences = doc.sentences
    # The shared index hands over the sentences opening on "A" alone.
    for position in text_index(doc).opening_with("A"):
        sentence = sentences[position]
        start, end = sentence.span.start, sentence.span.end
        if not doc.text.startswith("According to ", start) or end - start > 95:
            continue
        found = _FRONTED_SOURCE.fullmatch(doc.text, start, end)
        following = doc.next_in_paragraph(position)
        if found is None or following is None or any(
                w.lower() in lexicon.AUXILIARIES or w.lower() == "that" for w in lexicon.words(found["source"])):
            continue  # "According to what we know, …" shapes with a clause are left
        prev = doc.previous_in_paragraph(position)
        if prev is not None and not _ATTRIBUTED.search(doc.sentence_text(prev)):
            continue  # "Prices rose. According to the ministry. …": it may close the sentence before
        after = doc.sentence_text(following)
        words = lexicon.words(after)
        if not words or not after[:1].isupper() or after.startswith("According") or not lexicon.has_clause(words):
            continue
        lead = _lead(words[0])
        if lead is None:
            continue
        yield self.edit(end - 1, following.span.start + 1, ", " + lead,
                        f"Attribution (reattach-tag): “{doc.sentence_text(sentence)}” is the source of the "
                        "statement after it, cut off by a false stop; joined with a comma.", 0.65)


# A name with its role set off by commas ("Ana Ruiz, the head of the port,"): read without the role.
_NAME_ROLE = lazy_compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}), (?P<role>(?:the|a|an|its|his|her) [^,]{3,70}), ")
_PRONOUNS = ("He ", "She ", "It ", "They ", "We ", "I ")
_STOP_BEFORE_MARK = lazy_compile(r"\.(?=\s{0,2}[“\"])")


def _open_tag_after_quotation(text: str) -> bool:
    """``text`` holds a quotation closed by a comma ("“We expected rain,” the coach.") with no
    verb of saying after it: the tag the comma announces was cut off by the stop, and the
    sentence after is that tag's rest, not a tag of the quotation that follows it."""
    close = max(text.rfind(",”"), text.rfind(',"'))
    return close >= 0 and _ATTRIBUTED.search(text, close) is None


# What may follow a quotation's closing mark with no tag of its own: the paragraph's end, or
# a blank and a new sentence's capital (a lower-case word goes on with a tag: "…” she said").
_UNTAGGED_AFTER = lazy_compile(r"[ \t]*$|[ \t]+[A-Z]")
_MAX_QUOTED_CHARS = 600
_SENTENCE_STOP = lazy_compile(r"[.!?](?:\s|$)")


def _closes_untagged(text: str, opened: int, end: int) -> bool:
    """The quotation opened at ``opened`` (its mark) closes before ``end`` (its paragraph's
    end) after a stop of its own, with no tag after it: its closing mark (the first mark after
    ``opened``, none opening again before it) ends a sentence ("….”"), and what follows it is
    the paragraph's end or a sentence with no verb of saying. A quotation may run over several
    sentences ("“Prices fell. We acted.”"): where the mark closes, not the sentence it opens,
    says whether a tag follows."""
    mark = "”" if text[opened] == "“" else '"'
    close = text.find(mark, opened + 1, min(end, opened + _MAX_QUOTED_CHARS))
    if close < 0 or "“" in text[opened + 1 : close]:
        return False
    after = close + 1 + (text[close + 1 : close + 2] == ".")  # "… in May”.": the stop outside the mark
    if (text[close - 1] not in ".!?" and after == close + 1) or not _UNTAGGED_AFTER.match(text, after, end):
        return False
    stop = _SENTENCE_STOP.search(text, after, end)
    return _ATTRIBUTED.search(text, after, stop.end() if stop else end) is None


def _tag_verb(text: str) -> str:
    """The verb of ``text`` read as a whole capitalised tag, its speaker's role set off by
    commas allowed; "" when it is none."""
    role = _NAME_ROLE.match(text)
    if role is not None:
        if any(w.lower() in lexicon.AUXILIARIES for w in lexicon.words(role["role"])):
            return ""  # "…, the first weeks had produced gains, Ruiz said.": a clause, not a role
        text = role["name"] + " " + text[role.end() :]
    return tag_detached.loose_detached_tag(text)


@rule(
    "AT026",
    "tag-before-quotation",
    "attribution",
    Safety.UNSAFE,
    bad=[
        ("Coach Ivo Berg told reporters after the match. “We were lucky today.”",
         "Coach Ivo Berg told reporters after the match: “We were lucky today.”"),
        ("The ministry said on Friday. “Fuel prices will be capped until spring.”",
         "The ministry said on Friday: “Fuel prices will be capped until spring.”"),
        ("Rain fell. Ana Ruiz, the head of the harbour board, told a briefing in Vigo. “The quay opens in May.”",
         "Rain fell. Ana Ruiz, the head of the harbour board, told a briefing in Vigo: “The quay opens in May.”"),
    ],
    good=[
        "Rain fell. He said. “It will be close.”",
        "Ana Ruiz said on Friday. “We will win,” the coach added.",
        "Ruiz said the plan was ready. “We will win.”",
        "Ana Ruiz told reporters. The quay opens in May.",
        "“We found a few fish.” Ana Ruiz said. “What we found was a reef.”",
        "“We found a few fish,” Ana Ruiz said. “What we found was a reef.”",
        "However, the first weeks of the year had brought gains, Ana Ruiz said. “Sales were strong.”",
        "Ana Ruiz said in an interview in the U.S. “We are ready to act.”",
        "“We were lucky,” the coach. Ana Ruiz told reporters after the match. “We will rest now.”",
    ],
)
def tag_before_quotation(doc: Document, self: Rule) -> Iterator[Edit]:
    """A whole speech tag cut off by a stop from the quotation it introduces (see the
    module): the stop becomes a colon."""
    # The ends of the sentences a quotation follows: a stop, then up to two blanks and a mark
    # (one scan, not two slices per sentence of the text).
    before_quote = {found.end() for found in _STOP_BEFORE_MARK.finditer(doc.text)}
    sentences = doc.sentences
    # The sentences ending at one of those stops, found by the shared index (a bisection
    # per stop), not by a look at every sentence's end.
    for position in text_index(doc).ending_at(before_quote):
        sentence = sentences[position]
        start, end = sentence.span.start, sentence.span.end
        following = doc.next_in_paragraph(position)
        if following is None or doc.text[following.span.start] not in "“\"" \
                or doc.text.startswith(_PRONOUNS, start) or not doc.text[end - 2 : end - 1].isalnum():
            continue
        text = doc.sentence_text(sentence)
        prev = doc.previous_in_paragraph(position)
        if any(c in text for c in "“”\"") or (prev is not None and doc.text[prev.span.end - 1] in "”\""):
            continue  # "“We expected rain.” Ana Ruiz said. “…”": the tag closes the quotation before it
        if prev is not None and _open_tag_after_quotation(doc.sentence_text(prev)):
            continue  # "“We expected rain,” the coach. Ana Ruiz said. “…”": the tag's cut-off rest
        if ends_with_abbreviation(text):
            continue  # "… an interview in the U.S. “…”": the stop is the abbreviation's own
        if not _closes_untagged(doc.text, following.span.start, doc.paragraphs[following.paragraph].end):
            continue  # the quotation has its own tag after it, or more text
        if not _tag_verb(doc.sentence_text(sentence)):
            continue
        yield self.edit(end - 1, end, ":",
                        f"Attribution (reattach-tag): “{doc.sentence_text(sentence)}” is the tag of the "
                        "quotation after it; a colon, not a stop, introduces the quotation.", 0.6)


RULES = (fronted_source_cut_off, tag_before_quotation)
