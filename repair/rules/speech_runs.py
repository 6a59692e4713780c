"""A quotation of several sentences that lost its marks, found from the one sentence that shows it.

QM005 (:mod:`repair.rules.speech_quotes`) restores the marks of one tagged sentence in the
first person. A speaker often says more than one sentence: the tag sits after the first
or the last of them, and only the first person in one of them shows the words are
quoted. English news marks the whole run ("“We are told our work is free. It is not,”
she said."); the pivot's dropped marks leave it as narration.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from repair.document import Document, Sentence
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.dateline_grammar import caps_place, title_words
from repair.rules.speech_quotes import _TAG, CLOSE, OPEN, _is_speech
from repair.rules.tag_detached import _by_first_letter

_MARKS = lazy_compile("[“”\"«»„]")
# "…,” she said." / "…,” said Ana Ruiz.": a sentence that ends a quotation with its tag.
_TAG_VERBS = "said|says|added|told|assured|affirmed|declared|stated|insisted|stressed|explained|warned|noted|estimated"
_CLOSED_WITH_TAG = lazy_compile(r"[,?!]”[ \t]+[^“”\"]{0,80}\b(?:" + _TAG_VERBS + r")\b[^“”\"]{0,60}\.$")
# A report inside the sentence makes it narration ("we told them", "she said"); a passive
# "we are told" is still the speaker's own words.
# Nor is "Nobody told us …" a report: a negative subject says no speech act took place.
_REPORTING = lazy_compile(r"\b(?:said|says?|(?<!are )(?<!is )(?<!was )(?<!were )(?<!been )(?<!Nobody )(?<!No one )"
                          r"(?<!nobody )(?<!no one )told|tell|asked|according)\b")
# Indirect speech: a verb of saying or thinking with its "that" clause ("She added that the
# result showed ..."), or a third-person subject opening on such a verb ("He noted the
# plan ..."). The writer reports the words, so a first-person "our" inside them ("planets
# like our own") is no quotation that lost its marks.
_INDIRECT = lazy_compile(
    r"\b(?:add|note|explain|warn|insist|stress|argue|claim|state|declare|admit|concede|acknowledge|believe"
    r"|think|hope|write|fear|suggest|point)(?:s|ed|d)?(?: out)? that\b"
    r"|^(?:He|She|They)(?: also| later| then)? (?:added|noted|explained|warned|insisted|stressed|argued|claimed"
    r"|stated|declared|admitted|conceded|acknowledged|believed|thought|hoped|wrote|feared|suggested)\b")
# Every sentence _is_speech accepts holds one of these words after a blank or a mark (or
# at the text's start), so a paragraph without one is skipped unread; one scan of the
# text led by a character class finds them all.
_SPEECH_HINT = lazy_compile(r"[ \t\n“\"(](?:I|we|We|our|Our|us|my|My|me|Let|Please|Do|Stop|Give|Stay|Look|Imagine)\b")


# The verbs grouped by first letter ("s(?:aid|ays|tated|tressed)|…"): the same matches (no
# verb opens another), one test per letter at each blank the scan stops at (25 -> 20 ms on a
# whole-text scan of 4 MB of news).
_TAG_HINT = lazy_compile(r" (?:" + _by_first_letter(frozenset(_TAG_VERBS.split("|"))) + r")\b")
# A dateline ("LISBON — ", "ACCRA, Ghana – "): a place in capitals, maybe its country, and
# a dash. It opens a story, so a quotation never runs across one: text before it in the
# same sentence is page furniture (a cookie notice, a button label), never the speaker's.
_DATELINE = lazy_compile(r"\b" + caps_place("A-Z", marks="'.-", head_rest=2, more_words="*")
                         + "(?:, " + title_words("A-Za-z.", "*") + ")? ?[—–] ")


def _paragraphs_with_speech(doc: Document) -> set[int]:
    """Indices of the paragraphs that hold a :data:`_SPEECH_HINT` word and a tag's verb."""
    text = doc.text
    starts = doc._paragraph_starts
    # Every form needs a speech verb in the paragraph (the tag): those paragraphs are found
    # first, by one scan, and only they are searched for a hint word (a whole-text scan
    # for the hints cost as much as the rest of the rule). The scan goes on from the next
    # paragraph's start once a paragraph has its verb, skipping the rest of it: the matches
    # it skips would name the same paragraph, and none can start inside another (each holds
    # one blank, its first character), so the set is ``_TAG_HINT.finditer``'s. On 4 MB of
    # news 8,392 matches name 4,265 paragraphs: 25 -> 14 ms.
    tagged: set[int] = set()
    tag_search = _TAG_HINT.search
    count = len(starts)
    at = 0
    while (tag := tag_search(text, at)) is not None:
        index = max(0, bisect.bisect_right(starts, tag.start()) - 1)
        tagged.add(index)
        if index + 1 >= count:
            break  # every later match names the last paragraph too
        at = starts[index + 1]
    found: set[int] = set()
    search = _SPEECH_HINT.search
    paragraphs = doc.paragraphs
    for index in tagged:
        # A hint word lies inside its paragraph, after the blank or mark the pattern opens with.
        para = paragraphs[index]
        if search(text, max(0, para.start - 1), para.end) or (para.start == 0 and _SPEECH_HINT.match(" " + text[:8])):
            found.add(index)
    return found
MAX_RUN = 3  # sentences a quotation may run before or after its tag


def _unmarked_speech(body: str) -> bool:
    """A sentence with no quotation marks and no report of its own, in the first person.

    A possessive "Our" opening the sentence is the publisher's ("Our reporter saw ..."),
    so it shows speech only when more first person follows.
    """
    if _MARKS.search(body) or _REPORTING.search(body) or _INDIRECT.search(body):
        return False
    if body.startswith("Our "):
        return _is_speech(body[4:])
    return _is_speech(body)


MAX_LEAD_WORDS = 12
# A verb in the present or a modal: before one tagged sentence, only a judgement in the
# present ("This verdict is political.") reads as the speaker's; a past event ("The crowd
# sang.") is the writer's scene-setting.
_PRESENT = lazy_compile(r"\b(?:is|are|am|isn't|aren't|has|have|hasn't|haven't|does|doesn't|do|don't|can|cannot|can't"
                        r"|will|won't|must|should|would|could)\b")
_NARRATOR_SUBJECTS = frozenset("He She They His Her Their".split())


def _plain_statement(body: str) -> bool:
    """Whether a paragraph's first sentence, before the speaker's first-person tagged
    sentence, reads as the same speaker's words: short, no marks, no report, no digits, and
    not about the speaker ("She says it is over." is narration)."""
    words = body.split()
    return (len(words) <= MAX_LEAD_WORDS and words[0] not in _NARRATOR_SUBJECTS
            and not _MARKS.search(body) and not _REPORTING.search(body) and not any(c.isdigit() for c in body))


def _lone_tagged_speech(bodies: list[str]) -> bool:
    """Whether the paragraph's second sentence is first-person speech with its tag and no
    marks ("My client took nothing, Ruiz told reporters."), QM005's shape."""
    # A lower-case first word ("we raised this ...") lost its capital with the opening mark:
    # the quotation opened there, not a sentence earlier.
    if len(bodies) < 2 or not bodies[1][:1].isupper() or _MARKS.search(bodies[1]) \
            or _SPEECH_HINT.search(" " + bodies[1]) is None:
        return False
    tag = _TAG.search(bodies[1])
    return tag is not None and _is_speech(bodies[1][: tag.start()]) and not _REPORTING.search(bodies[1][: tag.start()])


def _by_paragraph(doc: Document) -> Iterator[list[Sentence]]:
    """The sentences of each paragraph that has two or more, in order (one pass)."""
    group: list[Sentence] = []
    for sentence in doc.sentences:
        if group and sentence.paragraph != group[0].paragraph:
            if len(group) > 1:
                yield group
            group = []
        group.append(sentence)
    if len(group) > 1:
        yield group


@rule(
    "QM014",
    "quotation-run",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("We were promised a new school. It never came, the mayor said.",
         "“We were promised a new school. It never came,” the mayor said."),
        ("The mill shut in May. I lost my job there. It was hard, a worker said.",
         "The mill shut in May. “I lost my job there. It was hard,” a worker said."),
        # A short judgement in the present before a first-person tagged sentence is said too.
        ("This ruling is unfair. My client took nothing, the lawyer told reporters.",
         "“This ruling is unfair. My client took nothing,” the lawyer told reporters."),
        ("We have no nets left. “The fish have gone,” a fisherman said.",
         "“We have no nets left. The fish have gone,” a fisherman said."),
        ("“The fish have gone,” a fisherman said. We will sell the boat in spring.",
         "“The fish have gone,” a fisherman said. “We will sell the boat in spring.”"),
        ("“The fish have gone,” a fisherman said. We will sell the boat. He said prices had halved.",
         "“The fish have gone,” a fisherman said. “We will sell the boat.” He said prices had halved."),
        ("“The shop was locked,” said Ana Ruiz, a student. Nobody told us anything.",
         "“The shop was locked,” said Ana Ruiz, a student. “Nobody told us anything.”"),
        ("The ruling protects the river, said Ana Ruiz, a lawyer. We waited ten years for it.",
         "“The ruling protects the river,” said Ana Ruiz, a lawyer. “We waited ten years for it.”"),
        ("The new bridge changes everything, the mayor told reporters. We are no longer cut off. "
         "She said work would end in May.", "“The new bridge changes everything,” the mayor told reporters. "
         "“We are no longer cut off.” She said work would end in May."),
        ("“Our shop is ruined,” the baker told reporters. I will not reopen. My sons agree. Officials said aid "
         "would come.", "“Our shop is ruined,” the baker told reporters. “I will not reopen. My sons agree.” "
         "Officials said aid would come."),
    ],
    good=[
        "The school was promised in 2019. It never came, the mayor said.",
        "We were promised a new school, residents said. It never came.",
        "“The fish have gone,” a fisherman said. The port authority disagreed.",
        "Our reporter visited the port. “The fish have gone,” a fisherman said.",
        "The mill shut in May. Workers say we were warned. It was hard, a worker said.",
        "The water came in minutes. “We lost everything,” she said.",
        "The ruling came in 2024. My client took nothing, the lawyer said.",
        "The crowd sang loudly. We raised this money street by street, said Okafor.",
        "She is tired now. We raised this money street by street, said Okafor.",
        "“The fish have gone,” a fisherman said. We visited the port on Monday, and it was empty. Boats lay idle.",
        "“The fish have gone,” a fisherman said. We visited the port. Boats lay idle, and the market was shut.",
        "The ruling protects the river, said Ana Ruiz, a lawyer. We visited the site. Boats lay idle.",
        "The ruling protects the river, Ruiz said. She told us she had waited ten years.",
        # Indirect speech after a tagged quotation: the writer reports it, "our" and all.
        "“The dam is safe,” the engineer said. She added that the test proved our old maps wrong.",
        "“Prices will fall,” said Ana Ruiz. He noted that we had heard this before, in 2019.",
        "“The vote was clean,” an observer said. They later argued our count was slow.",
    ],
    scope="paragraph",
)
def quotation_run(doc: Document, self: Rule) -> Iterator[Edit]:
    """The other sentences of a quotation that lost its marks: first-person sentences
    opening the paragraph before a tagged sentence ("We were promised a school. It
    never came, the mayor said."), before a quotation with its tag (the opening mark
    moves back to them), or after a tagged quotation to the paragraph's end.

    Narration does not say "we" or "I"; a first-person sentence with no marks next to the
    speaker's quoted words is more of them. Only a run right before the tagged sentence
    (up to :data:`MAX_RUN` sentences) or after the tag (to the paragraph's end, or to a
    sentence with a report of its own, which opens the narration again) is taken, every
    sentence of it in the first person, none with a mark or a report of its own. Two more
    shapes: a third-person sentence with a closing tag followed by such a run is quoted
    with it (the speaker goes on: "The ruling is fair, said Ruiz. We waited ten years."),
    and a short judgement in the present opening the paragraph before a first-person
    tagged sentence is the speaker's too ("This verdict is political. My client ...").
    Unsafe: a columnist's "we" reads the same.
    """
    text = doc.text
    if "," not in text:
        return  # every form needs a tag's comma
    # The text's own style: straight marks where it quotes with them and never curly.
    whole = doc.evidence_text
    opening, closing = ('"', '"') if '"' in whole and OPEN not in whole and CLOSE not in whole else (OPEN, CLOSE)
    hinted = _paragraphs_with_speech(doc)
    if not hinted:
        return
    for sentences in _by_paragraph(doc):
        if sentences[0].paragraph not in hinted:
            continue  # no first person and no imperative opener: nothing here is speech
        bodies = [doc.sentence_text(s) for s in sentences]
        # A sentence without a hint word is no speech: the cheap scan spares the full test.
        speech = [_SPEECH_HINT.search(" " + body) is not None and _unmarked_speech(body) for body in bodies]
        lone = _lone_tagged_speech(bodies)
        if not any(speech) and not lone:
            continue
        # Before: first-person sentences, then the tagged one.
        for lead in range(1, len(bodies)):
            first = lead
            while first > 0 and lead - first < MAX_RUN and speech[first - 1]:
                first -= 1
            # A paragraph that opens with the speaker's words: a short judgement in the present
            # before a first-person tagged sentence is said too. (Before a longer first-person
            # run a first sentence may as well set the scene: "The strike ended on Friday.")
            if lead == 1 and lone and _PRESENT.search(bodies[0]) and _plain_statement(bodies[0]):
                first = 0
            if first == lead:
                continue
            tagged = bodies[lead]
            start = sentences[first].span.start
            tag = _TAG.search(tagged) if not _MARKS.search(tagged) else None
            said = tagged[: tag.start()] if tag is not None else ""
            if tag is not None and (not _is_speech(said) or lead == 1) and not _REPORTING.search(said) \
                    and not _DATELINE.search(said):
                end = sentences[lead].span.start + tag.start()
                yield self.edit(start, end + 1, f"{opening}{text[start:end]},{closing}",
                                "A quotation of several sentences lost its marks.", 0.6)
                break
            if speech[lead - 1] and tagged.startswith(OPEN) and _CLOSED_WITH_TAG.search(tagged) \
                    and tagged.count(OPEN) == 1:
                mark = sentences[lead].span.start
                yield self.edit(start, mark + 1, f"{OPEN}{text[start:mark]}",
                                "The quotation begins with the sentences before its mark.", 0.6)
                break
        # Around: a tagged sentence in the third person, then first-person sentences with no
        # report of their own: the speaker goes on, so the tagged words were quoted too.
        tagged_run = _tagged_then_speech(doc, sentences, bodies, speech, opening, closing, self)
        if tagged_run:
            yield from tagged_run
            continue
        # After: a tagged quotation, then first-person sentences to the paragraph's end or
        # to a sentence with a report of its own ("… Ruiz said the team was tired."), which
        # opens the narration again.
        for position, body in enumerate(bodies[:-1]):
            if not _CLOSED_WITH_TAG.search(body):
                continue
            last = _run_after(bodies, speech, position)
            if last == position:
                continue
            start, end = sentences[position + 1].span.start, sentences[last].span.end
            yield self.edit(start, end, f"{opening}{text[start:end]}{closing}",
                            "The quotation goes on after its tag without marks.", 0.6)
            break


def _run_after(bodies: list[str], speech: list[bool], position: int) -> int:
    """The last sentence of the first-person run after ``position`` that ends the paragraph
    or stops before a sentence with a report of its own; ``position`` when there is none."""
    last = position
    while last + 1 < len(bodies) and last - position < MAX_RUN and speech[last + 1]:
        last += 1
    if last == position or (last + 1 < len(bodies) and not _REPORTING.search(bodies[last + 1])):
        return position  # narration goes on without a report: the "we" may be the writer's
    return last


def _tagged_then_speech(doc: Document, sentences: list[Sentence], bodies: list[str], speech: list[bool],
                        opening: str, closing: str, self: Rule) -> list[Edit]:
    """Marks for a third-person sentence with a closing tag ("The ruling is fair, said
    Ruiz.") and the first-person sentences after it ("We waited ten years."), as one quotation."""
    text = doc.text
    for position, body in enumerate(bodies[:-1]):
        if speech[position] or _MARKS.search(body) or not speech[position + 1]:
            continue
        tag = _TAG.search(body)
        if tag is None:
            continue
        said = body[: tag.start()]
        if len(said.split()) < 4 or not said[:1].isupper() or _REPORTING.search(said):
            continue
        last = _run_after(bodies, speech, position)
        if last == position:
            continue
        start = sentences[position].span.start
        end = start + tag.start()
        run_start, run_end = sentences[position + 1].span.start, sentences[last].span.end
        return [self.edit(start, end + 1, f"{opening}{said},{closing}",
                          "The speaker goes on in the first person: the tagged words are quoted too.", 0.55),
                self.edit(run_start, run_end, f"{opening}{text[run_start:run_end]}{closing}",
                          "The quotation goes on after its tag without marks.", 0.55)]
    return []


RULES = (quotation_run,)
