"""Speech tags that lost their place in an MT round trip."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from repair import lexicon
from repair.document import Document, Sentence
from repair.edits import Edit, Safety
from repair.rules import invented_echoes, invented_tags, invented_wrappers, stops, tag_detached, tag_named_source, tags
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.stops_words import ends_with_subject
from repair.text_index import text_index

_HE_SAID = lazy_compile(r"He said(?: that)? (?:(?P<pronoun>he|she|it|they) )?(?P<first>\w)")
# Any invented tag sentence: a pronoun or "The <speaker>" subject, "said", the report.
# ("It expressed that …" is the pivot's calque of a verb of saying.)
_TAG_SENTENCE = lazy_compile(
    r"(?:He|She|They|It|The (?:[a-z][\w'’-]* ){0,2}[a-z][\w'’-]*) (?:said|expressed|stated)(?: that)? ")
_TAG_SENTENCE_FIRSTS = frozenset("HSTI")  # what _TAG_SENTENCE's subjects open with
_WRAPPER_OPENERS = ("He said ", "She said ")  # what invented_wrappers._WRAPPER opens with
# MT renders the invented report in the present ("he is ready", "it will be done"), where
# a writer's genuine second tag backshifts ("he was ready"): the tense is the tell.
_PRESENT = frozenset("is are will has have can must needs wants hopes".split())
# The second branch finds a speech verb glued to the name before it ("Ana Lindtold …"): the
# glue rules split it in the same round, so the sentence is attributed all the same.
_ATTRIBUTED = lazy_compile(
    r"\b(?:said|saying|says|told|added|stated|according to)\b|\b[A-Z][a-z]{2,}(?:said|says|told)\b")
# How a pointing tag or a pronoun report opens (a cheap look before either is read).
_POINTER_OPENERS = ("This ", "That ", "It ", "He ", "She ", "They ", "According to ", "In his ", "In her ",
                    "In their ")
# A participial tag ("..., saying that ...") closes the speaker's words inside the sentence.
_PARTICIPIAL_TAG = lazy_compile(r", (?:saying|adding|stressing|noting) (?:that )?")
MAX_TAG_SENTENCE_WORDS = 10
# The first characters orphan_he_said reads a sentence for, whatever its place and length:
# _TAG_SENTENCE's subjects, the wrapper and pointer openers, and "He said".
_OPENING_FIRSTS = "".join(sorted(_TAG_SENTENCE_FIRSTS | {opener[0] for opener in _WRAPPER_OPENERS + _POINTER_OPENERS}
                                 | {"H"}))


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
        ("Harbour master Ines Costa said the quay would shut for two weeks. She said she is ready to get it done.",
         "Harbour master Ines Costa said the quay would shut for two weeks."),
        ("The finance minister said the budget was a needed step. The minister said that it will be done.",
         "The finance minister said the budget was a needed step."),
        ("“We never thought the crowd would be this big.” He said he is glad about it.",
         "“We never thought the crowd would be this big.”"),
        ("Sales reached 410 units in May, against 350 in April, according to the survey. "
         "He said that the total has risen.",
         "Sales reached 410 units in May, against 350 in April, according to the survey."),
        ("The two mayors agreed to share the cost of a new ferry. He said he is ready to work together.",
         "The two mayors agreed to share the cost of a new ferry."),
        ("“We will not sell the farm,” owner Ana Ruiz told the council. This was stated by the owner.",
         "“We will not sell the farm,” owner Ana Ruiz told the council."),
        ("Judge Ana Ruiz ruled the contract void. She wrote that the firm had misled buyers. That is what she wrote.",
         "Judge Ana Ruiz ruled the contract void. She wrote that the firm had misled buyers."),
        ("Mayor Tom Reed said the pool would reopen in May. That is exactly what Reed said.",
         "Mayor Tom Reed said the pool would reopen in May."),
        ("The governor of the province met the mayors on Friday. The two mayors agreed to share the cost of a "
         "new ferry. He said he is ready to work together.",
         "The governor of the province met the mayors on Friday. The two mayors agreed to share the cost of a "
         "new ferry."),
        # Restated reports (invented_wrappers): every content word is the sentence before's.
        ("The fees are meant to cut traffic, the city and the port said in a joint note. "
         "They noted that the fees are meant to cut traffic.",
         "The fees are meant to cut traffic, the city and the port said in a joint note."),
        ("An aide said the ban covered boats, nets and gear in the bay. According to her, the ban covers boats, "
         "nets and gear.",
         "An aide said the ban covered boats, nets and gear in the bay."),
        # Empty echoes (invented_echoes): a speaker, a verb of saying, a pointer, nothing new.
        ("Coach Ana Ruiz said her side had lacked energy. She underlined this point.",
         "Coach Ana Ruiz said her side had lacked energy."),
        ("The mayor said on Monday the pool would not close. He stressed this.",
         "The mayor said on Monday the pool would not close."),
        ("The airline said fares would rise by 6 percent in June, the airline said. The airline says.",
         "The airline said fares would rise by 6 percent in June, the airline said."),
        ("The board has urged members to vote for the merger. It had urged this.",
         "The board has urged members to vote for the merger."),
        ("Mayor Tom Reed told the staff the pool would reopen. He was telling this to the staff.",
         "Mayor Tom Reed told the staff the pool would reopen."),
        ("Ruiz said the delay came from the weather. That was Ruiz's explanation.",
         "Ruiz said the delay came from the weather."),
        ("Exports fell 3 percent, the agency said on Monday. This came in a statement released by the agency.",
         "Exports fell 3 percent, the agency said on Monday."),
        ("Exports fell 3 percent, the agency said in its report. As noted in the report.",
         "Exports fell 3 percent, the agency said in its report."),
        ("Divers found the wreck at 40 metres, the survey team reported. They added that this was what they saw.",
         "Divers found the wreck at 40 metres, the survey team reported."),
    ],
    good=[
        "Smith said profits would rise 20 pct in 1987. He said the company had 12 mln dlrs in cash.",
        "He said he would go. He said it again on Friday.",
        "Jones resigned on Monday. He said he was tired.",
        "Stoltenberg said that everything had been considered. He said he had nothing to add.",
        "I said that I wanted to take it. He said to me, 'go'.",
        "Smith said the plan was ready. He said it would be launched next week.",
        "Lee said the mill would close. She said the staff will be moved to new sites.",
        "Lee said the mill would close. She said she was sorry.",
        "Sales reached 410 units, according to the survey. He said that the total has risen since the ban.",
        "The mayor agreed to share the cost of a new ferry. He said he is ready to work with the county.",
        "The governor met the mayors. The two mayors agreed to share the cost. He said the ferry will sail in May.",
        "Prices rose in May. This was announced by the ministry.",
        "Ruiz said prices would rise. This was stated by Lee.",
        "Rain fell. That is what she wrote.", "The fee rose, Ruiz said. That is what Lee said.",
        "Ruiz said prices would rise. She said so again on Friday.",
        "Ruiz said prices would rise. She disputed this.",
        "The fire at the mill was started on purpose. Police believe.",
        "Prices will rise, the company said. The union says.",
        "Ruiz said prices would rise. He said in Paris.",
        "Ruiz said the delay came from the weather. That was Lee's explanation.",
        "Exports fell 3 percent, the agency said. This came in a statement released by the union.",
        "Exports fell 3 percent. As noted in the report.",
        'Costs rose, the firm said. He said. "Budgets have to add up."',
        "An aide said the ban covered boats in the bay. According to her, the ban will last until June.",
        "The fees are meant to cut traffic, the city said. They noted that tolls would double in June.",
    ],
    scope="document",  # reads evidence beyond its paragraph (tests/test_scope_paragraph.py)
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
    the unwrapped sentence as the alternative. Any subject ("She said", "The minister said
    that") gets the whole sentence deleted when the sentence before attributes the statement
    (a speech verb or a closing quotation mark) and the report is short, in the present
    tense and made only of vague words or words the sentence before has ("She said she is
    ready to get it done."). Unsafe: a genuine second quote from the same speaker reads the
    same, so the rule only fires on short, number-free, name-free sentences.
    """
    whole, sentences = doc.text, doc.sentences
    index = text_index(doc)
    # Every reading below needs the sentence to open with one of _OPENING_FIRSTS, or
    # (empty_report_tag's) to be a short sentence after another opening on a capital: the
    # shared index hands over those alone, in order.
    starts = index.starts
    candidates = set(index.opening_with(_OPENING_FIRSTS))
    candidates.update(p for p in index.later_within(invented_echoes.MAX_CHARS) if whole[starts[p]].isupper())
    for position in sorted(candidates):
        sentence = sentences[position]
        # (Every candidate passes here: the first looks of _invented_tag, its first character,
        # of unwrap_invented, its opening words, and of empty_report_tag, its length and
        # first capital, are asked before any is called. _invented_tag, empty_report_tag and
        # the "He said" reading below all need a sentence before in the paragraph, so a
        # paragraph's first sentence is never handed to them.)
        start = sentence.span.start
        first = whole[start]
        later = sentence.index_in_paragraph > 0
        invented = (_invented_tag(doc, position, self) if later and first in _TAG_SENTENCE_FIRSTS else None) \
            or (invented_wrappers.unwrap_invented(doc, position, self)
                if whole.startswith(_WRAPPER_OPENERS, start) else None) \
            or (invented_echoes.empty_report_tag(doc, position, self)
                if later and sentence.span.end - start <= invented_echoes.MAX_CHARS and first.isupper() else None) \
            or (invented_wrappers.pointing_tag(doc, position, self)
                or invented_wrappers.restated_report(doc, position, self)
                if whole.startswith(_POINTER_OPENERS, start) else None)
        if invented is not None:
            yield invented
            continue
        if not later or first != "H":
            continue  # _HE_SAID opens with "He said", and a tag needs the sentence before
        match = _HE_SAID.match(whole, start, sentence.span.end)
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
        plural_subject = invented_tags.plural_subject(prev_text)
        reported = [t for t in tokens[2:3] if t != "that"] + tokens[3:]
        strong = _PARTICIPIAL_TAG.search(prev_text) is not None or plural_subject
        # With only a plain "said" before, a genuine second report ("He said it would open
        # next week.") also points back; only vague or repeated words mark an invented one.
        empty = invented_tags.adds_nothing(reported, prev_text) and (
            strong or invented_tags.only_vague(reported, prev_text))
        if not (strong or (empty and _ATTRIBUTED.search(prev_text))):
            continue
        # "He said he would do it.": a report of vague words ending on a word that only points
        # back is no second statement, whoever "he" is.
        pure = empty and pro_verb_report([t.lower() for t in reported])
        if re.search(r"\b(?:he|his|him)\b", prev_text, re.I) and not pure:
            continue  # a running account of one man's words: the tag is genuine
        if prev.index_in_paragraph > 0 and not pure and not (
                plural_subject and empty and invented_tags.only_vague(reported, "")):
            # Someone named earlier may be "he"; only a formula of pure goodwill ("he is
            # ready to work together") right after a plural subject is still invented.
            continue
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
                      f"Attribution (delete-invented-tag): “{text.strip()}” is an invented speech tag "
                      "that only points back at what the previous sentence reports; deleted.", 0.65),
            alternatives=(unwrap,),
        )


# Verbs that state an intention or a call to act: a pro-verb report after one restates it.
_COMMITTED = lazy_compile(r"\b(?:urged|urges|pledged|pledges|promised|promises|vowed|vows|called on|calls on|appealed"
                        r"|appeals|asked|asks|advised|advises|committed|commits)\b")
# "do it", "do so", "did this": a verb phrase that stands for the one before it.
_PRO_VERBS = frozenset("do does did done doing".split())


def pro_verb_report(lowered: list[str]) -> bool:
    """The report is a pronoun subject, a modal and a pro-verb phrase ("he would do it",
    "she will do so"): it only restates the intention the report before it gave."""
    if len(lowered) > 5 or lowered[-1] not in ("it", "so", "this") or lowered[-2:-1] != [] and \
            lowered[-2] not in _PRO_VERBS:
        return False
    if not any(t in ("will", "would", "can", "could", "must", "shall") for t in lowered):
        return False  # "he said he did it" owns up to something: a statement of its own
    return all(t in _PRO_VERBS or t in lexicon.AUXILIARIES or lexicon.is_function_word(t) for t in lowered)


def _invented_tag(doc: Document, position: int, self: Rule) -> Edit | None:
    """The deletion of a whole invented tag sentence ("She said she is ready to do it.",
    "The minister said that it will be done.") after a sentence that already attributes
    the statement (a speech verb, or a closing quotation mark); None when it is not one.

    The report must be short, in the present tense, name-free and number-free, and every
    content word must either repeat the sentence before or be a vague word (``invented_tags``).
    """
    sentence = doc.sentences[position]
    if doc.text[sentence.span.start] not in _TAG_SENTENCE_FIRSTS:
        return None  # (asked of every sentence: one look before the pattern)
    match = _TAG_SENTENCE.match(doc.text, sentence.span.start, sentence.span.end)
    if not match or sentence.index_in_paragraph == 0:
        return None
    prev = doc.sentences[position - 1]
    text = doc.sentence_text(sentence)
    prev_text = doc.sentence_text(prev)
    reported = lexicon.words(doc.text[match.end() : sentence.span.end])
    if not reported or len(reported) > 8 or not text.endswith("."):
        return None
    if any(t[0].isdigit() or t[:1].isupper() for t in reported):
        return None
    lowered = [t.lower() for t in reported]
    if not (_ATTRIBUTED.search(prev_text) or prev_text.rstrip().endswith(("”", '"'))
            or (pro_verb_report(lowered) and _COMMITTED.search(prev_text))):
        # ("… urged passengers to stay home. They said they will do so.": the intention the
        # sentence before already states, restated by a pro-verb.)
        return None
    if not any(t in _PRESENT for t in lowered) and not pro_verb_report(lowered):
        return None  # a backshifted report is a writer's; one that only points back ("do so") is not
    if not invented_tags.only_vague(reported, prev_text) or all(lexicon.is_function_word(t) for t in lowered):
        return None
    return self.edit(prev.span.end, sentence.span.end, "",
                     f"Attribution (delete-invented-tag): “{text}” repeats the attribution of the sentence "
                     "before it and adds no fact; deleted.", 0.6)


@rule(
    "AT002",
    "dangling-speech-tail",
    "attribution",
    Safety.UNSAFE,
    bad=[("Okafor said that the targets can still be met. said that it will be achieved.",
          "Okafor said that the targets can still be met."),
         ("The targets can still be met, the minister. said.", "The targets can still be met, the minister said."),
         ("The targets can still be met by May. said.", "The targets can still be met by May."),
         ("Prices rose sharply in March. said the statistics office.",
          "Prices rose sharply in March, said the statistics office.")],
    good=["Okafor said that the targets can still be met.", "The targets, said Okafor, can be met.",
          "The port, its owner, the deal will close in May. said.",
          "The targets can still be met by May. said that costs would rise."],
)
def dangling_speech_tail(doc: Document, self: Rule) -> Iterator[Edit]:
    """A lower-case "said ..." sentence after a sentence already attributed.

    The MT system split a tag off and rendered a clause without its subject; what is left
    ("said that it will be achieved.") is unreadable and repeats the attribution. The fix
    deletes it. A bare "said." after a sentence with no speech verb is the verb cut off
    its tag: after a tag's subject (", the minister. said.") it goes back; where the
    sentence names its speaker first ("X, the operator, repairs will take days. said.")
    AT010 rebuilds the tag; anywhere else it has no speaker to attribute and is deleted
    (a join would print "… days said."). An inverted tag ("said the statistics office.")
    goes back after a comma. Unsafe: it removes words.
    """
    for position, sentence in enumerate(doc.sentences):
        if not doc.text[sentence.span.start].islower():
            continue
        prev = doc.previous_in_paragraph(position)
        text = doc.sentence_text(sentence)
        first = lexicon.words(text[:20])
        if prev is None or not first or not text[:1].islower() or not tag_detached.opens_tag(first[0], text):
            continue
        prev_text = doc.sentence_text(prev)
        if not _ATTRIBUTED.search(prev_text):
            stray = _stray_speech_verb(doc, self, prev, sentence, prev_text, text)
            if stray is not None:
                yield stray
            continue
        if (rebuilt := tag_named_source.rebuilt_tag(prev_text, text)) is not None:
            yield self.edit(prev.span.start + rebuilt[0], sentence.span.end, rebuilt[1], rebuilt[2], 0.65)
            continue
        yield self.edit(prev.span.end, sentence.span.end, "",
                        f"“{text}” is a speech tag cut off its sentence, repeating the attribution.", 0.7)


def _stray_speech_verb(doc: Document, self: Rule, prev: Sentence, sentence: Sentence, prev_text: str,
                       text: str) -> Edit | None:
    """The repair of a bare speech verb ("said.") after a sentence with no speech verb (see
    :func:`dangling_speech_tail`); None when it is no bare verb or AT010 rebuilds the tag."""
    stop = prev.span.end - 1
    if doc.text[stop] != "." or not doc.text[stop - 1 : stop].isalnum():
        return None
    if stops.opens_parenthetical(prev_text):
        return None  # "Ana Ruiz, the head of the union. said …": SP001 closes the aside
    if tags.inverted_tag_echoes_subject(prev_text, text):  # "The company blames …. said the company."
        return self.edit(prev.span.end, sentence.span.end, "", tags.ECHO_SUBJECT_NOTE.format(text), 0.6)
    if tags.is_inverted_tag(text) or tag_detached.lowered_inverted_tag(text):
        return self.edit(stop, sentence.span.start, ", ",
                         f"Attribution (reattach-tag): “{text}” is an inverted speech tag cut off the sentence it "
                         "attributes.", 0.7)
    if not tags.is_bare_speech_verb(text) or tags.cut_off_speech_verb(prev_text, text) is not None:
        return None
    if ends_with_subject(lexicon.words(prev_text), prev_text[:-1]):
        return self.edit(stop, sentence.span.start, " ",
                         f"Attribution (reattach-tag): “{text}” is the verb of the speech tag before the stop; "
                         "joined back.", 0.7)
    return self.edit(prev.span.end, sentence.span.end, "",
                     f"Attribution (delete-invented-tag): “{text}” is a speech verb cut off with no speaker to "
                     "attribute; deleted (a join would not make a sentence).", 0.6)


# AT003 and AT010 live in attribution_detached and attribution_severed; the registry lists
# them right after these, in the order they always ran.
RULES = (orphan_he_said, dangling_speech_tail)
