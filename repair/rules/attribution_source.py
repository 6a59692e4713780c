"""A source sentence of its own after a statement: "This was announced by the institute." (AT024).

Russian-, Spanish- and other pivot MT renders the source line that closes a news statement
("Об этом сообщила пресс-служба", "Así lo indicó la empresa") as a sentence of its own
after the statement, in the pivot's grammar: an impersonal pointer subject and a passive
verb of reporting whose agent or place is the source ("This was reported by local
television.", "This is stated in the indictment.", "Such figures are given by the agency."),
or an inverted "So said the union's lawyer." English closes the statement with an active
tag instead. The rule reads the sentence's grammar, not its words:

- subject: a pointer ("This", "That", "It") or a pointer noun phrase for what was said
  ("Such data", "This information"), never a noun phrase with content of its own;
- verb: a passive of a verb of reporting (``_REPORTING``), in any tense; verbs that take a
  side ("welcomed", "criticised") or of doing ("caused", "built") report a new fact;
- then "by" or "in" and the source, a noun phrase with "of"/"for" phrases, and at most
  adjuncts of time, place or manner ("on Friday", "in a statement", ", citing …").

When the statement before has no attribution of its own, the source is its tag: the stop
becomes a comma and the tag is rebuilt in English order ("…, the institute announced on
Friday."); a present passive with "in" names a document, whose active stays present ("…,
the indictment states."). When the statement is already attributed (a verb of saying,
"according to"), the source sentence only repeats who said it and is deleted; a
capitalised name the sentence before does not have may be a second source (news), so it
is left. Unsafe: the rebuild moves words and the deletion removes them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules import tag_lead_case
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.tag_pointer_calques import CALQUE_START, calque_tag, named_before
from repair.text_index import text_index

# Passive participles of reporting verbs, and the active past a tag uses for each.
_REPORTING = {
    "said": "said", "stated": "stated", "reported": "reported", "announced": "announced", "noted": "noted",
    "indicated": "indicated", "specified": "said", "declared": "declared", "explained": "explained",
    "confirmed": "confirmed", "mentioned": "said", "communicated": "said", "told": "said", "written": "wrote",
    "given": "reported", "provided": "reported", "cited": "reported", "disclosed": "disclosed",
    "clarified": "said", "emphasised": "stressed", "emphasized": "stressed", "stressed": "stressed",
    "underlined": "stressed", "quoted": "reported",
}
# The present a document takes ("the indictment states"), where the passive was present.
_DOCUMENT_PRESENT = {"said": "says", "stated": "states", "reported": "reports", "indicated": "indicates",
                     "noted": "notes", "wrote": "says", "explained": "explains", "announced": "announces"}
# A pointer, or a pointer noun phrase for what was said ("Such data", "This information");
# "The figures were published by …" names a thing of its own and is plain English.
_SUBJECT = r"(?:This|That|It|(?:This|That) (?:information|news)|Such (?:information|data|figures|numbers|details))"
_AUX = r"(?P<aux>is|was|are|were|has been|have been|had been)"
_PASSIVE_SOURCE = lazy_compile(
    rf"{_SUBJECT} {_AUX} (?:also )?(?P<verb>[a-z]+) (?P<prep>by|in) (?P<rest>[^.;:!?“”\"]{{2,140}})\.")
_SO_SAID = lazy_compile(r"(?:So|Thus) (?P<verb>said|says|stated|reported|announced) (?P<rest>[^.;:!?“”\"]{2,120})\.")
_OPENERS = ("This ", "That ", "It ", "Such ", "So ", "Thus ")
# Where the source's noun phrase ends and an adjunct begins: a time, a document or occasion
# ("in a statement", "at a news conference"), a place of speaking ("outside the court"),
# or a participle naming the source's own source (", citing …").
_ADJUNCT = lazy_compile(
    r" (?=(?:on|last|this|earlier|late|early) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|week|month|year|morning|afternoon|evening|night)\b|(?:yesterday|today|tonight|earlier|later)\b"
    r"|(?:in|at|on|during|via|through) (?:a|an|its|their|his|her)\b|(?:outside|after|before|during) )"
    r"|(?=, (?:citing|quoting|referring)\b)")
_OPENER_FIRSTS = frozenset(opener[0] for opener in _OPENERS)  # one look rejects most sentences
_NP_OPENERS = frozenset("the a an its their his her".split())
# Statements already attributed: a verb of saying or "according to".
_ATTRIBUTED = lazy_compile(
    r"\b(?:said|says|say|told|tells|added|adds|stated|states|announced|reported|wrote|noted|explained"
    r"|according to)\b")


def _noun_phrase(words: list[str]) -> bool:
    """No verb form in ``words``: no auxiliary, verb of saying, pronoun subject, or past
    form that no determiner introduces ("the elected council" is a noun phrase)."""
    for at, word in enumerate(words):
        w = word.lower()
        if w in lexicon.AUXILIARIES or w in lexicon.SPEECH_VERBS or w in ("he", "she", "they", "we", "it"):
            return False
        if word[:1].islower() and (w in lexicon.IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed"))) \
                and (at == 0 or words[at - 1].lower() not in lexicon.DETERMINERS):
            return False
    return True


def _source(rest: str) -> tuple[str, str] | None:
    """The source's noun phrase and the adjuncts after it in ``rest`` (what follows "by" or
    "in"); None when the phrase is no plain noun phrase (a verb, a clause, a figure)."""
    cut = _ADJUNCT.search(rest)
    phrase, adjunct = (rest[: cut.start()], rest[cut.start() :]) if cut else (rest, "")
    words = lexicon.words(phrase)
    if not 1 <= len(words) <= 12 or any(w[:1].isdigit() for w in words):
        return None
    first = words[0]
    opener = first.lower() in _NP_OPENERS or first[:1].isupper() or (
        len(words) >= 2 and not lexicon.is_function_word(first))  # "public radio", "local media"
    if not opener or not _noun_phrase(words):
        return None
    if any(w.lower() in ("who", "which", "that", "when", "where", "because", "while") for w in words):
        return None  # "… by the union, which blamed the heat": a clause of its own, news
    if "," in phrase and not re.fullmatch(r"[^,]+, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}", phrase):
        return None  # only a name set off after its role ("the lawyer, Ana Ruiz") may take a comma
    return phrase, adjunct


def _lead(phrase: str) -> str:
    """The source after a comma: a determiner loses the sentence's capital, a name keeps it."""
    first, _, tail = phrase.partition(" ")
    if first in ("The", "A", "An", "Its", "Their", "His", "Her") and tail[:1].islower():
        return first.lower() + " " + tail
    # A common word's capital was only the false stop's ("Police spokesman …" -> "police spokesman …").
    return tag_lead_case.lead_letter(phrase) + phrase[1:]


def _names_new_source(phrase: str, prev_text: str) -> bool:
    """``phrase`` has a capitalised name ``prev_text`` does not have: a second source."""
    names = [w for w in lexicon.words(phrase)
             if w[:1].isupper() and w not in ("The", "A", "An", "Its", "Their", "His", "Her")]
    return any(re.search(r"\b" + re.escape(w) + r"\b", prev_text) is None for w in names)


def source_tag(text: str) -> tuple[str, str, str, bool] | None:
    """Read ``text`` as a source sentence (see the module): the source phrase, its active
    verb, the adjuncts after the verb, and whether it is inverted ("So said …"); None when
    it is no source sentence."""
    if (so := _SO_SAID.fullmatch(text)) is not None:
        read = _source(so["rest"])
        if read is None:
            return None
        return read[0], so["verb"], read[1], True
    passive = _PASSIVE_SOURCE.fullmatch(text)
    if passive is None or passive["verb"] not in _REPORTING:
        return None
    read = _source(passive["rest"])
    if read is None:
        return None
    verb = _REPORTING[passive["verb"]]
    if passive["prep"] == "in" and passive["aux"] in ("is", "are"):
        verb = _DOCUMENT_PRESENT.get(verb, verb)  # "This is stated in the indictment." -> "the indictment states"
        head = read[0].split(" of ", 1)[0].split()[-1]
        if verb.endswith("s") and head.endswith("s") and not head.endswith("ss"):
            verb = verb[:-1]  # "the court papers state": a plural head takes the plural
    return read[0], verb, read[1], False


@rule(
    "AT024",
    "source-sentence",
    "attribution",
    Safety.UNSAFE,
    bad=[
        ("The bridge will stay closed until March. This was announced by the county roads office on Friday.",
         "The bridge will stay closed until March, the county roads office announced on Friday."),
        ("Turnover dropped 6 percent to 80 million euros. This was reported in the finance department of the group.",
         "Turnover dropped 6 percent to 80 million euros, the finance department of the group reported."),
        ("Two hikers were rescued from the ridge overnight. This is reported by regional radio, citing rescuers.",
         "Two hikers were rescued from the ridge overnight, regional radio reported, citing rescuers."),
        ("The suspect faces up to ten years in prison. This is stated in the ruling of the appeals court.",
         "The suspect faces up to ten years in prison, the ruling of the appeals court states."),
        ("The dam leaks in two places. This is stated in the inspection reports of the water board.",
         "The dam leaks in two places, the inspection reports of the water board state."),
        ("Ticket sales doubled in the first week. So said the festival's director, Ana Ruiz.",
         "Ticket sales doubled in the first week, said the festival's director, Ana Ruiz."),
        ("Some 500 flights were cancelled on Sunday. Such figures are given by the aviation authority.",
         "Some 500 flights were cancelled on Sunday, the aviation authority reported."),
        ("Mayor Ana Ruiz said the pool would reopen in June. This was communicated by her press office.",
         "Mayor Ana Ruiz said the pool would reopen in June."),
        ("The coach said his players were exhausted. It was reported by the club's website after the game.",
         "The coach said his players were exhausted."),
        ("The pier needs new piles. That is what harbour engineer Ana Ruiz told the council.",
         "The pier needs new piles, harbour engineer Ana Ruiz told the council."),
    ],
    good=[
        "The roof collapsed in the night. This was caused by the weight of the snow.",
        "The law passed in May. This was welcomed by the union.",
        "Ruiz said prices would rise. This was stated by Lee.",
        "Prices rose in May. This was reported by the ministry, which blamed fuel costs.",
        "The tables are given in the appendix. This is stated in 2019 figures.",
        "“We will win.” This was stated by the coach.",
        "The audit found gaps. The figures were published by the National Audit Office on Monday.",
        "The study found a link. This was published by the journal Nature.",
        "The pier needs new piles. That is what the council feared most.",
    ],
    scope="document",  # reads evidence beyond its paragraph (tests/test_scope_paragraph.py)
)
def source_sentence(doc: Document, self: Rule) -> Iterator[Edit]:
    """A sentence that only names the source of the statement before it, in the pivot's
    passive or inverted grammar (see the module): rebuilt as the statement's tag, or
    deleted when the statement already has one."""
    sentences = doc.sentences
    # Both readings need the sentence before in the paragraph (the generic and the calque
    # reader return nothing without it): the shared index hands over the later sentences
    # of at most 170 characters alone.
    for position in text_index(doc).later_within(170):
        sentence = sentences[position]
        start, end = sentence.span.start, sentence.span.end
        if doc.text[start] not in _OPENER_FIRSTS or not doc.text.startswith(_OPENERS, start):
            if (generic := _generic_source(doc, position, self)) is not None:
                yield generic
            continue
        prev = doc.previous_in_paragraph(position)
        if prev is None:
            continue
        text = doc.sentence_text(sentence)
        read = source_tag(text)
        if read is None:
            if (generic := _generic_source(doc, position, self)) is not None:
                yield generic
            continue
        phrase, verb, adjunct, inverted = read
        prev_text = doc.sentence_text(prev)
        if _ATTRIBUTED.search(prev_text):
            if _names_new_source(phrase, prev_text):
                continue  # "… This was stated by Lee.": a second named source may be news
            yield self.edit(prev.span.end, end, "",
                            f"Attribution (delete-invented-tag): “{text}” only names again a source for a "
                            "statement that already has its tag; deleted.", 0.6)
            continue
        stop = prev.span.end - 1
        if doc.text[stop] != "." or not (doc.text[stop - 1].isalnum() or doc.text[stop - 1] in "%)"):
            continue  # a quotation, a question or an abbreviation before it: not a plain statement
        # "the union's spokesman, Ana Ruiz" before its verb: the name set off is closed too.
        closed = "," if not inverted and _APPOSITIVE_NAME_END.search(phrase) else ""
        tag = f"{verb} {phrase}{adjunct}" if inverted else f"{_lead(phrase)}{closed} {verb}{adjunct}"
        yield self.edit(stop, end, f", {tag}.",
                        f"Attribution (rebuild-attribution): “{text}” is the statement's source set as a "
                        "sentence of its own in the pivot's grammar; rebuilt as its tag.", 0.65)


# A role's holder set off by a comma at the end of a speaker's phrase (", Ana Ruiz").
_APPOSITIVE_NAME_END = lazy_compile(r", (?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*){1,3}$")


# Cheap pre-filters for the generic reader: a sentence ending on a past verb of saying with
# a pointer object (and at most "to reporters" or a time), or a pointer or noun for words
# with a relation of source ("of", "from", "by", "according to").
_GENERIC_SAID = lazy_compile(
    r"(?:ed|said|told|wrote|spoke) (?:so|this|that|it)(?: to [a-z ]{4,20}| (?:on|in|at|during|after|before|last"
    r"|earlier|later|yesterday|today)\b[^.,;:!?]{0,50})?\.$")
# The longest match of _GENERIC_SAID ("spoke", " this", " yesterday", 50 characters, the
# stop) and the line break ``$`` may stand before: every match ends at the sentence's end,
# so the search starts that far before it, not at every character of the sentence.
_GENERIC_SAID_LONGEST = 5 + 5 + 10 + 50 + 1 + 1
_GENERIC_OPENERS = ("This ", "That ", "It ", "These ", "Those ", "The words ", "The remarks ", "The comments ",
                    "The statement ", "The quote")
_GENERIC_RELATION = lazy_compile(r" (?:of|from|by|according to) ")


def _generic_source(doc: Document, position: int, self: Rule) -> Edit | None:
    """The generic source reader of :mod:`repair.rules.attribution_pointer`, for shapes the
    passive reader above does not take: the source rebuilt as the statement's tag."""
    sentence = doc.sentences[position]
    start, end = sentence.span.start, sentence.span.end
    if end - start > 140 or not doc.text[start].isupper():
        return None
    if doc.text[start] in "TA" and CALQUE_START.match(doc.text, start) \
            and (tag := calque_tag(doc.sentence_text(sentence))) is not None:
        return _calque_edit(doc, position, tag, self)  # "That is what X told …", "According to X, this is so."
    if not (doc.text.startswith(_GENERIC_OPENERS, start) and _GENERIC_RELATION.search(doc.text, start, end)) \
            and _GENERIC_SAID.search(doc.text, max(start, end - _GENERIC_SAID_LONGEST), end) is None:
        return None
    prev = doc.previous_in_paragraph(position)
    if prev is None or prev.span.end < 2:
        return None
    from repair.rules import attribution_pointer  # it reads this module's helpers

    text = doc.sentence_text(sentence)
    stop = prev.span.end - 1
    built = attribution_pointer.rebuilt_tag(text, doc.sentence_text(prev), doc.text[stop], doc.text[stop - 1])
    if built is None:
        return None
    tag, quote = built
    if quote:
        # From the quotation's last letter: the stop-to-comma edit of the quotation rules
        # starts at the stop, and this one, which also rebuilds the tag, must come first.
        return self.edit(stop - 2, end, f"{doc.text[stop - 2]},{doc.text[stop]} {tag}.",
                         f"Attribution (rebuild-attribution): “{text}” is the quotation's source set as a "
                         "sentence of its own; rebuilt as its tag.", 0.8)
    return self.edit(stop - 1, end, f"{doc.text[stop - 1]}, {tag}.",
                     f"Attribution (rebuild-attribution): “{text}” is the statement's source set as a "
                     "sentence of its own; rebuilt as its tag.", 0.8)


_NAMED_BEFORE_REACH = 600  # characters before the calque in which its speaker's surname counts as named


def _calque_edit(doc: Document, position: int, tag: str, self: Rule) -> Edit | None:
    """The stop of the statement before becomes the comma of ``tag`` (after a tagless
    statement or quotation only, as for the generic reader)."""
    sentence = doc.sentences[position]
    prev = doc.previous_in_paragraph(position)
    if prev is None or prev.span.end < 3 or _ATTRIBUTED.search(doc.sentence_text(prev)):
        return None
    text, stop, end = doc.sentence_text(sentence), prev.span.end - 1, sentence.span.end
    if named_before(text, doc.text[max(0, sentence.span.start - _NAMED_BEFORE_REACH) : sentence.span.start]):
        return None  # "Auditor Tom Reed wrote … That is what Reed wrote.": a repeat, the delete rules' case
    why = f"Attribution (rebuild-attribution): “{text}” only points back at the statement and names its source; " \
          "rebuilt as its tag."
    if doc.text[stop] in "”\"" and doc.text[stop - 1] == "." and doc.text[stop - 2].isalnum():
        return self.edit(stop - 2, end, f"{doc.text[stop - 2]},{doc.text[stop]} {tag}.", why, 0.7)
    if doc.text[stop] == "." and (doc.text[stop - 1].isalnum() or doc.text[stop - 1] in "%)"):
        return self.edit(stop - 1, end, f"{doc.text[stop - 1]}, {tag}.", why, 0.7)
    return None


RULES = (source_sentence,)
