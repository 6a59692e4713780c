"""Speech tags that lost their place in an MT round trip."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules import stops
from repair.rules.base import Rule, rule

_HE_SAID = re.compile(r"He said(?: that)? (?:(?P<pronoun>he|she|it|they) )?(?P<first>\w)")
_ATTRIBUTED = re.compile(r"\b(?:said|saying|says|told|added|stated)\b")
# A participial tag ("..., saying that ...") closes the speaker's words inside the sentence.
_PARTICIPIAL_TAG = re.compile(r", (?:saying|adding|stressing|noting) (?:that )?")
# "Officials, experts and executives spoke ...": a plural subject no "He" can refer to.
# A list of plural nouns, each with at most one modifier: "Port operators, shipping lines
# and logistics firms".
_PLURAL_SUBJECT = re.compile(r"^(?:[A-Z][a-z]+ )?[A-Za-z][a-z]+s(?:, (?:[a-z]+ )?[a-z]+s)*,? and (?:[a-z]+ )?[a-z]+s\b")
MAX_TAG_SENTENCE_WORDS = 10


@rule(
    "AT001",
    "orphan-he-said",
    "attribution",
    Safety.UNSAFE,
    bad=[
        ("Farmers, traders and bankers met in Lyon to discuss credit. He said new rules are needed for this.",
         "Farmers, traders and bankers met in Lyon to discuss credit. New rules are needed for this."),
        ("The mayor opened the fair, saying that the city will back exporters. He said he wants to expand it.",
         "The mayor opened the fair, saying that the city will back exporters."),
        ("Aid groups, donors and envoys met in Oslo to plan relief for the region. He said it must be done jointly.",
         "Aid groups, donors and envoys met in Oslo to plan relief for the region."),
        ("Maria Ortiz, head of the port authority, said the berths would be deepened by May. "
         "He said he would step up efforts.",
         "Maria Ortiz, head of the port authority, said the berths would be deepened by May."),
    ],
    good=[
        "Smith said profits would rise 20 pct in 1987. He said the company had 12 mln dlrs in cash.",
        "He said he would go. He said it again on Friday.",
        "Jones resigned on Monday. He said he was tired.",
        "Stoltenberg said that everything had been considered. He said he had nothing to add.",
        "I said that I wanted to take it. He said to me, 'go'.",
    ],
)
def orphan_he_said(doc: Document, self: Rule) -> Iterator[Edit]:
    """A short "He said ..." sentence repeating the tag of the sentence just before it.

    Japanese- and Chinese-pivot MT turns the second half of an attributed sentence into a
    new sentence with an invented "He said" subject, even for plural or institutional
    speakers. When the previous sentence already closed its attribution with a participial
    tag (", saying that ..."), or its subject is a plural list no "He" can refer to, the new
    tag adds nothing and often names the wrong speaker; the fix drops it and keeps the
    reported content, or deletes the whole sentence when its content only points back
    ("He said it must be done jointly.", "He said he would step up efforts."), offering
    the unwrapped sentence as the alternative. Unsafe: a genuine second quote from the same speaker reads the same,
    so the rule only fires on short, number-free, name-free sentences.
    """
    for position, sentence in enumerate(doc.sentences):
        match = _HE_SAID.match(doc.text, sentence.span.start, sentence.span.end)
        if not match:
            continue
        text = doc.sentence_text(sentence)
        match = _HE_SAID.match(text)
        prev = doc.previous_in_paragraph(position)
        if not match or prev is None:
            continue
        tokens = lexicon.words(text)
        if len(tokens) > MAX_TAG_SENTENCE_WORDS or any(t[0].isdigit() for t in tokens):
            continue
        if any(t[:1].isupper() for t in tokens[1:]):
            continue
        prev_text = doc.sentence_text(prev)
        plural_subject = _PLURAL_SUBJECT.match(prev_text) is not None
        reported = [t for t in tokens[2:3] if t != "that"] + tokens[3:]
        empty = _adds_nothing(reported, prev_text)
        if not (_PARTICIPIAL_TAG.search(prev_text) or plural_subject or (empty and _ATTRIBUTED.search(prev_text))):
            continue
        if prev.index_in_paragraph > 0 or re.search(r"\b(?:he|his|him)\b", prev_text, re.I):
            continue  # a running account of one man's words: the tag is genuine
        # "He said he wants X" -> "He wants X"; "He said new rules ..." -> "New rules ...".
        pronoun = match.group("pronoun")
        first = text[match.start("first")]
        replacement = f"{pronoun.capitalize()} {first}" if pronoun else first.upper()
        unwrap = self.edit(sentence.span.start, sentence.span.start + match.end("first"), replacement,
                           "Attribution (delete-invented-tag): “He said” repeats the attribution of the "
                           "previous sentence and names no one.", 0.6)
        if not empty:
            yield unwrap
            continue
        yield replace(
            self.edit(prev.span.end, sentence.span.end, "",
                      "Attribution (delete-invented-tag): an invented “He said” sentence that only points "
                      "back (“it”, “efforts”) at what the previous sentence reports; deleted.", 0.65),
            alternatives=(unwrap,),
        )


# Reported content that only points back at the sentence before: an object pronoun, or a
# vague noun standing for the plan just reported ("step up efforts", "build it jointly").
_POINTING_BACK = frozenset("it them efforts work steps measures cooperation".split())


def _adds_nothing(reported: list[str], prev_text: str) -> bool:
    """True when the words after "He said" add no fact of their own: they end by pointing
    back (an object "it", a vague "efforts") or every content word is already in
    ``prev_text``. Used to delete the whole invented sentence rather than its tag."""
    lowered = [t.lower() for t in reported]
    if len(reported) >= 3 and ("it" in lowered[:2] or any(w in _POINTING_BACK for w in lowered[-2:])):
        return True
    content = [w for w in lowered if not lexicon.is_function_word(w) and w not in lexicon.AUXILIARIES]
    have = {w.lower() for w in lexicon.words(prev_text)}
    return bool(content) and all(w in have for w in content)


@rule(
    "AT002",
    "dangling-speech-tail",
    "attribution",
    Safety.UNSAFE,
    bad=[("Okafor said that the targets can still be met. said that it will be achieved.",
          "Okafor said that the targets can still be met.")],
    good=["Okafor said that the targets can still be met.", "The targets, said Okafor, can be met."],
)
def dangling_speech_tail(doc: Document, self: Rule) -> Iterator[Edit]:
    """A lower-case "said ..." sentence after a sentence already attributed.

    The MT system split a tag off and rendered a clause without its subject; what is left
    ("said that it will be achieved.") is unreadable and repeats the attribution. The fix
    deletes it. Unsafe: it removes words.
    """
    for position, sentence in enumerate(doc.sentences):
        if not doc.text[sentence.span.start].islower():
            continue
        prev = doc.previous_in_paragraph(position)
        text = doc.sentence_text(sentence)
        first = lexicon.words(text[:20])
        if prev is None or not first or first[0] not in lexicon.SPEECH_VERBS or not text[:1].islower():
            continue
        if not _ATTRIBUTED.search(doc.sentence_text(prev)):
            continue
        yield self.edit(prev.span.end, sentence.span.end, "",
                        f"“{text}” is a speech tag cut off its sentence, repeating the attribution.", 0.7)


MAX_DETACHED_TAG_CHARS = 60
_DETACHED_TAG = re.compile(
    r"^(?:(?:[A-Z][\w'’-]*\.? ){1,3}|The (?:[a-z][\w'’-]* ){1,2})(?:said|reported|added|told reporters)\.$")


@rule(
    "AT003",
    "detached-speech-tag",
    "attribution",
    Safety.UNSAFE,
    bad=[
        ("The court last sat in the capital in 1987. BBC reported.",
         "The court last sat in the capital in 1987, BBC reported."),
        ("The talks will resume next week. Foreign Minister Wang said.",
         "The talks will resume next week, Foreign Minister Wang said."),
        ("The board gave its approval. It said.", "The board gave its approval, it said."),
        ("Park said the ferries would sail in June. She said.", "Park said the ferries would sail in June."),
        ("The new terminal will open next spring. The port authority said.",
         "The new terminal will open next spring, the port authority said."),
    ],
    good=[
        "“We will win.” He said.",
        "The talks will resume, BBC reported.",
        "BBC reported. Prices rose.",
        "Costs must fall. He said. \"Budgets have to add up.\"",
    ],
)
def detached_speech_tag(doc: Document, self: Rule) -> Iterator[Edit]:
    """A speech tag standing alone as a sentence ("BBC reported.") after the words it tags.

    MT systems cut the trailing "..., BBC reported." off its sentence. The fix replaces
    the stop before it by a comma, which is the English order. Unsafe: the tag could
    belong to the next sentence instead.
    """
    for position, sentence in enumerate(doc.sentences):
        if len(sentence.span) > MAX_DETACHED_TAG_CHARS:
            continue
        prev = doc.previous_in_paragraph(position)
        text = doc.sentence_text(sentence)
        if prev is None or not _DETACHED_TAG.match(text):
            continue
        following = doc.next_in_paragraph(position)
        if following is not None and doc.text[following.span.start] in "\"“‘'":
            continue  # "He said." introducing the quotation that follows
        stop = prev.span.end - 1
        if doc.text[stop] != "." or not doc.text[stop - 1 : stop].isalnum():
            continue
        first_word = text.split(" ", 1)[0]
        if first_word in ("He", "She", "It", "They", "We") and _ATTRIBUTED.search(doc.sentence_text(prev)):
            # "X said the plan is ready. He said.": the tag only repeats the attribution.
            yield self.edit(prev.span.end, sentence.span.end, "",
                            f"Attribution (delete-echo): “{text}” repeats the attribution of the sentence "
                            "before it; deleted.", 0.75)
            continue
        if first_word in ("He", "She", "It", "They", "We", "The"):
            # A pronoun or "The ..." tag continues the sentence in lower case: "..., it said."
            yield self.edit(stop, sentence.span.start + 1, ", " + text[0].lower(),
                            f"“{text}” is a speech tag cut off the sentence it attributes.", 0.75)
            continue
        yield self.edit(stop, sentence.span.start, ", ",
                        f"“{text}” is a speech tag cut off the sentence it attributes.", 0.75)


@rule(
    "AT010",
    "severed-attribution",
    "attribution",
    Safety.UNSAFE,
    bad=[
        ("The river is rising fast, the director said on Friday. of the National Weather Service, Ann Lee.",
         "The river is rising fast, National Weather Service director Ann Lee said on Friday."),
        ("The vote will go ahead, the minister said. by the local radio station.",
         "The vote will go ahead, the minister said, according to the local radio station."),
    ],
    good=[
        "The vote will go ahead, the minister said. by the end of the week.",
        "The river is rising, the director said. Of the dams, two are full.",
        "The vote will go ahead, the minister said, according to the local radio station.",
    ],
)
def severed_attribution(doc: Document, self: Rule) -> Iterator[Edit]:
    """Part of a speech tag cut off into a sentence of its own after "said".

    MT systems end the sentence at "said" and strand the rest of the tag: the speaker's
    organisation and name ("the director said. of the Weather Service, Ann Lee.") or the
    outlet the report came from ("the minister said. by the local radio station."). The
    fix rebuilds the tag in English order ("Weather Service director Ann Lee said"; "the
    minister said, according to the local radio station"), using only the words already
    there. Unsafe: it reorders words.
    """
    for position, sentence in enumerate(doc.sentences):
        prev = doc.previous_in_paragraph(position)
        if prev is None or not doc.text[sentence.span.start].islower():
            continue
        prev_text = doc.sentence_text(prev)
        rebuilt = stops.severed_attribution(prev_text, doc.sentence_text(sentence))
        if rebuilt is None:
            continue
        offset, replacement, why = rebuilt
        yield self.edit(prev.span.start + offset, sentence.span.end, replacement,
                        f"Attribution (rebuild-attribution): {why}; the tag is rebuilt in English order.", 0.7)


RULES = (orphan_he_said, dangling_speech_tail, detached_speech_tag, severed_attribution)
