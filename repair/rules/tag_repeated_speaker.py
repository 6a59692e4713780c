"""A bare speech tag that names again the speaker a quotation's own tag already gives.

Pivot MT adds a tag of its own making ("Baig said.", "he said.") to a statement whose speaker
the text has just named. Two shapes read in paragraph order:

- after a quoted sentence with its tag, before the speaker's next quotation:
  "“The sirens saved us,” said Karim Baig, a shopkeeper. Baig said. “We ran …”"
- after the speaker's next quotation, which in English needs no tag of its own:
  "“We planned for months,” captain Ana Ruiz said. “The boys believed.” she said."

Put back, the tag would attribute the statement a second time ("Baig said: “We ran …”",
"“The boys believed,” she said."); it is an echo, and the fix deletes it (AT003). QM009,
QM012 and AT026 ask the same tests first and leave such a tag alone, so that the deletion,
not their comma or colon, is what an editor sees. The tests are pure functions of the text.

"The same speaker": the tag's last name or head noun stands next to the earlier tag's verb
("Baig" in "said Karim Baig", "report" in "the report said"); a "he"/"she" tag follows a tag
whose speaker is a name or a pronoun; a name tag follows a "he"/"she" tag ("“…,” he said.
Garba said."). Another source ("“…,” Ruiz said. Lee said.") or a tag that says more ("Ruiz
added on Friday.") is no echo and is left to the other rules.

A third shape, no echo but an invention all the same: a person's pronoun and a bare verb
("He said.") after a statement in the writer's own voice, with no attribution and no
quotation (:func:`pronoun_only_tag`); AT003 deletes it rather than set it back after a comma.
"""

from __future__ import annotations

import re

from repair.document import Document
from repair.line_index import start_of_line
from repair.rules.base import lazy_compile
from repair.text_index import text_index

# A tag that is only a speaker and a verb of saying: a pronoun, "the" and a common noun or
# two, or a name of up to four capitalised words ("Chief District Officer Bhandari").
_BARE_TAG = lazy_compile(
    r"(?P<speaker>[Hh]e|[Ss]he|[Tt]he(?: [a-z][\w'’-]*){1,2}|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})"
    r" (?P<verb>said|says|added|told reporters)\.")
# A quotation's tag that ends its sentence with nothing after the speaker and the verb
# ("…,” captain Ana Ruiz said.", "…,” said curator Ana Ruiz."). A tag that says more ("…,”
# Ruiz said in a video posted online.", "…,” said Ana Ruiz, who runs a stall.") opens a new
# scene, after which the editors put the next quotation's tag back.
_CLOSING_BARE_TAG = lazy_compile(
    r"[,?!][”\"] (?:[^,.;:“”\"]{1,60}? (?P<verb>said|says|added|told reporters)"
    r"|(?P<inverted>said|says|added) [^,.;:“”\"]{1,60}?)\.$")
_PERSON_PRONOUNS = frozenset(("he", "she"))
_SPEECH_VERBS = r"(?:said|says|added|told)"
# A tag whose speaker is a person: a pronoun or a capitalised name before the verb ("…,” he
# said", "…,” Ana Ruiz said"), or a name after an inverted verb ("…,” said curator Ana Ruiz").
_PERSON_TAG = lazy_compile(
    r"\b(?:[Hh]e|[Ss]he|(?!(?:It|They|We|The|This|That|These|Those|There)\b)[A-Z][\w'’-]+) " + _SPEECH_VERBS + r"\b"
    r"|\b(?:said|says|added) (?:[a-z][\w'’-]* ){0,3}[A-Z][\w'’-]+")
_PRONOUN_TAG = lazy_compile(r"\b(?:[Hh]e|[Ss]he) " + _SPEECH_VERBS + r"\b")


def bare_speaker(tag: str) -> str | None:
    """The speaker of ``tag`` when it is only a speaker and a verb of saying ("Baig said.",
    "she said.", "The report said."); None when it says more ("Ruiz said on Friday.")."""
    found = _BARE_TAG.fullmatch(tag.strip())
    return None if found is None else found["speaker"]


def names_speaker(earlier: str, speaker: str) -> bool:
    """``earlier`` has a tag whose speaker is ``speaker`` (see the module): the same last name
    or head noun beside the verb, a pronoun after a person's tag, a name after a pronoun's."""
    words = speaker.split()
    if words[0].lower() in _PERSON_PRONOUNS:
        return _PERSON_TAG.search(earlier) is not None
    if words[0] not in ("The", "the") and _PRONOUN_TAG.search(earlier):
        return True  # "“…,” he said. Garba said.": the name only says who "he" is
    head = re.escape(words[-1])
    # (after an inverted verb only: "told Ruiz" names the hearer, not the speaker)
    return re.search(rf"\b{head} {_SPEECH_VERBS}\b|\b(?:said|says|added) (?:[\w'’.-]+ ){{0,4}}{head}\b",
                     earlier) is not None


def echoes_before_quotation(doc: Document, position: int) -> bool:
    """The sentence at ``position`` is a bare tag between a quoted sentence whose own tag
    names the same speaker and an opening quotation mark: "“…,” said Karim Baig. Baig said.
    “We ran …”". The quotation after it goes on in the same voice; the tag is an echo."""
    sentence = doc.sentences[position]
    prev = doc.previous_in_paragraph(position)
    following = doc.next_in_paragraph(position)
    if prev is None or following is None or doc.text[following.span.start] not in "“\"":
        return False
    speaker = bare_speaker(doc.sentence_text(sentence))
    earlier = doc.sentence_text(prev)
    closed = max(earlier.rfind("”"), earlier.rfind('"'))
    # Only a tag after the quotation's closing mark gives its speaker ("…,” said Ana Ruiz.");
    # one before it ('Ruiz told the board that "…."') leads in, and "He added." after it may
    # be the writer's own lead-in to the next quotation.
    return speaker is not None and closed >= 0 and names_speaker(earlier[closed + 1 :], speaker)


def retags_quoted_speaker(doc: Document, close: int, tag: str) -> bool:
    """``tag`` follows the quotation whose closing mark is at ``close``; that quotation is
    a sentence of its own ("“The boys believed.”") and the sentence before it in its
    paragraph is a quotation whose tag names the tag's speaker: the second quotation is the
    same speaker's, and the tag after it is an echo ("… captain Ana Ruiz said. “The boys
    believed.” she said.")."""
    speaker = bare_speaker(tag)
    if speaker is None or close <= 0 or doc.text[close] not in "”\"" or doc.text[close - 1] not in ".!?":
        return False
    opening = "“" if doc.text[close] == "”" else '"'
    line_start = start_of_line(doc.text, close)
    opened = doc.text.rfind(opening, line_start, close)
    if opened < 0 or doc.text.find("”" if opening == "“" else '"', opened + 1, close) >= 0:
        return False
    index = text_index(doc)
    at = index.sentence_at(opened)
    if at is None or doc.sentences[at].span.start != opened:
        return False  # the quotation does not open its sentence: it is part of a report
    earlier = doc.previous_in_paragraph(at)
    if earlier is None:
        return False
    closing = _CLOSING_BARE_TAG.search(doc.sentence_text(earlier))
    if closing is None or (closing["verb"] or closing["inverted"]) != _BARE_TAG.fullmatch(tag.strip())["verb"]:
        return False  # "…,” she said. “…” she added.": a new verb is the writer's, put back
    return names_speaker(closing.group(), speaker)


# A person's pronoun ("it" stands for a body, whose statements its tag may close) and a bare
# verb of saying, nothing else.
_PRONOUN_ONLY_TAG = lazy_compile(r"(?:[Hh]e|[Ss]he|[Tt]hey) (?:said|says|added|stated)\.")


def pronoun_only_tag(tag: str) -> bool:
    """``tag`` is a person's pronoun and a bare verb of saying ("He said.", "they added.").

    AT003 asks it only after it has found that the sentence before has no attribution of its
    own and no quotation, and that no clause after the tag is its report: the sentence is
    then a statement in the writer's own voice. Set back after a comma the pronoun would make
    that fact one person's claim, with no one named beside it to be that person; the pivot
    invented the tag, and the fix deletes it. (The development sets' editors deleted every
    such tag, six of six over five sets; none was put back.)"""
    return _PRONOUN_ONLY_TAG.fullmatch(tag.strip()) is not None


def pronoun_tag_why(tag: str) -> str:
    """The message of the deletion of a :func:`pronoun_only_tag` tag."""
    return (f"Attribution (delete-invented-tag): “{tag}” gives a statement in the writer's own voice to a "
            "pronoun that names no source; deleted.")


# A sentence's own tag at its start: a subject of up to four words (an aside set off by
# commas may follow it) and a verb of saying ("The contractor, a local firm, said …").
_LEAD_TAG = lazy_compile(
    r"(?P<subject>[A-Z][\w'’-]*(?: [\w'’-]+){0,3}?)(?:, [^,]{1,60},)? (?:said|says|told [a-z]+)\b")
# A closing tag of a person's pronoun and a bare verb, after a comma.
_CLOSING_PRONOUN_TAG = lazy_compile(r", (?P<pronoun>he|she|they) (?:said|says|added)\.$")
# A stop (a danda too) and a capital inside the sentence: a sentence end the splitter missed.
_INNER_STOP = lazy_compile(r"[.!?।]\s+[A-Z]")
_PRONOUN_SUBJECTS = frozenset(("he", "she", "they", "it", "we", "i", "you"))


def pronoun_retag(sentence: str) -> int | None:
    """Where a closing ", he said." starts in ``sentence`` (its comma), when the sentence
    already opens on its own speaker and verb of saying ("He said the racks were destroyed,
    he said.", "The builder, Ana Ruiz, said the tests were early, she said."); None
    otherwise. A pronoun subject must be the tag's own pronoun ("She said …, he said."
    relays another's words). A sentence with a quotation mark is left: its tag may close
    the quotation. The development sets' editors deleted such a tag each time, but Reuters
    copy writes it too ("He said …, he said.": seven sentences of the clean-news sample), so
    AT016 only shows the deletion (``repair.promote`` applies it in a document with other
    repairs). A noun tag ("…, Jiji said.") is not taken at all."""
    tail = _CLOSING_PRONOUN_TAG.search(sentence)
    if tail is None or any(mark in sentence for mark in "“”\""):
        return None
    lead = _LEAD_TAG.match(sentence)
    if lead is None or lead.end() >= tail.start() or _INNER_STOP.search(sentence, lead.end(), tail.start()):
        return None  # (a stop inside: "… the year। People waited, he said." is two sentences)
    subject = lead["subject"].lower()
    if subject in _PRONOUN_SUBJECTS and subject != tail["pronoun"]:
        return None
    return tail.start()


# A quotation closed by its comma (or "?"/"!") and the quotation's own tag: an inverted one
# ("said Ana Ruiz, head of the agency") or a speaker and a verb with at most a short adjunct
# ("Ana Ruiz, head of the agency, said on Friday"); no other mark or stop inside.
_QUOTATION_TAG = lazy_compile(
    r"(?:[,?!][”\"]|[”\"],) (?:(?:said|asked|added) [^“”\".?!]{2,100}"
    r"|[^“”\".?!]{2,80} (?:said|says|asked|told [a-z]+|added)"
    r"(?: [^“”\".?!]{0,40})?)(?=, (?:he|she|they) (?:said|says|added)\.$)")


def quotation_retag(sentence: str) -> int | None:
    """Where a closing ", she said." starts in ``sentence`` (its comma) when the quotation
    before it already has its own tag ("“We will rebuild,” said Ana Ruiz, the mayor, she
    said."); None otherwise. The quotation's tag names the speaker; the pronoun only
    attributes the same words again. Unlike :func:`pronoun_retag`'s "He said …, he said."
    (Reuters writes it), no sentence of the clean-news corpus (15,544 stories) tags a tagged
    quotation again so, so AT016 applies the deletion (``unsafe``)."""
    tail = _CLOSING_PRONOUN_TAG.search(sentence)
    if tail is None:
        return None
    return tail.start() if _QUOTATION_TAG.search(sentence) else None
