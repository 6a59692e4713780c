"""Speech tags that lost their place in an MT round trip."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from repair import lexicon
from repair.document import Document, Sentence
from repair.edits import Edit, Safety
from repair.rules import invented_tags, invented_wrappers, stops, stops_clauses, tag_detached, tag_pieces, tags
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.glued import TITLES
from repair.rules.stops_words import ends_with_subject, is_name

_HE_SAID = re.compile(r"He said(?: that)? (?:(?P<pronoun>he|she|it|they) )?(?P<first>\w)")
# Any invented tag sentence: a pronoun or "The <speaker>" subject, "said", the report.
# ("It expressed that …" is the pivot's calque of a verb of saying.)
_TAG_SENTENCE = lazy_compile(
    r"(?:He|She|They|It|The (?:[a-z][\w'’-]* ){0,2}[a-z][\w'’-]*) (?:said|expressed|stated)(?: that)? ")
# MT renders the invented report in the present ("he is ready", "it will be done"), where
# a writer's genuine second tag backshifts ("he was ready"): the tense is the tell.
_PRESENT = frozenset("is are will has have can must needs wants hopes".split())
_ATTRIBUTED = re.compile(r"\b(?:said|saying|says|told|added|stated|according to)\b")
# How a pointing tag or a pronoun report opens (a cheap look before either is read).
_POINTER_OPENERS = ("This ", "That ", "It ", "He ", "She ", "They ", "According to ", "In his ", "In her ",
                    "In their ")
# A participial tag ("..., saying that ...") closes the speaker's words inside the sentence.
_PARTICIPIAL_TAG = re.compile(r", (?:saying|adding|stressing|noting) (?:that )?")
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
    the unwrapped sentence as the alternative. Any subject ("She said", "The minister said
    that") gets the whole sentence deleted when the sentence before attributes the statement
    (a speech verb or a closing quotation mark) and the report is short, in the present
    tense and made only of vague words or words the sentence before has ("She said she is
    ready to get it done."). Unsafe: a genuine second quote from the same speaker reads the
    same, so the rule only fires on short, number-free, name-free sentences.
    """
    for position, sentence in enumerate(doc.sentences):
        invented = _invented_tag(doc, position, self) or invented_wrappers.unwrap_invented(doc, position, self) \
            or (invented_wrappers.pointing_tag(doc, position, self)
                or invented_wrappers.restated_report(doc, position, self)
                if doc.text.startswith(_POINTER_OPENERS, sentence.span.start) else None)
        if invented is not None:
            yield invented
            continue
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
                      "Attribution (delete-invented-tag): an invented “He said” sentence that only points "
                      "back (“it”, “efforts”) at what the previous sentence reports; deleted.", 0.65),
            alternatives=(unwrap,),
        )


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
    match = _TAG_SENTENCE.match(doc.text, sentence.span.start, sentence.span.end)
    prev = doc.previous_in_paragraph(position)
    if not match or prev is None:
        return None
    text = doc.sentence_text(sentence)
    prev_text = doc.sentence_text(prev)
    reported = lexicon.words(doc.text[match.end() : sentence.span.end])
    if not reported or len(reported) > 8 or not text.endswith("."):
        return None
    if any(t[0].isdigit() or t[:1].isupper() for t in reported):
        return None
    if not (_ATTRIBUTED.search(prev_text) or prev_text.rstrip().endswith(("”", '"'))):
        return None
    lowered = [t.lower() for t in reported]
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
        if prev is None or not first or first[0] not in lexicon.SPEECH_VERBS or not text[:1].islower():
            continue
        prev_text = doc.sentence_text(prev)
        if not _ATTRIBUTED.search(prev_text):
            stray = _stray_speech_verb(doc, self, prev, sentence, prev_text, text)
            if stray is not None:
                yield stray
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
    if tags.is_inverted_tag(text):
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


def _quoted_before_tag(doc: Document, self: Rule, prev: Sentence, sentence: Sentence, text: str) -> Edit | None:
    """The tag's comma inside the closing mark when ``prev`` is a whole quotation closed by a
    stop and ``text`` the capitalised tag cut off it ("“Sales will rise.” A spokeswoman for
    the firm told reporters." -> "“Sales will rise,” a spokeswoman …"); None otherwise."""
    prev_text = doc.sentence_text(prev)
    if not prev_text.startswith("“") or prev_text.count("“") != 1 or prev_text.count("”") != 1:
        return None
    if not (_DETACHED_TAG.match(text) or tag_detached.loose_detached_tag(text)):
        return None
    first_word = text.split(" ", 1)[0]
    if first_word.lower() in tags.INDEFINITE_SUBJECTS or first_word in ("He", "She", "It", "They", "We"):
        return None  # "“…” He said." may open the next quotation; pronoun tags are AT003's other branches
    lead = text[0].lower() if first_word in ("The", "A", "An") or tag_detached.lowers(first_word) else text[0]
    stop = prev.span.end - 2
    return self.edit(stop, sentence.span.start + 1, f",” {lead}",
                     f"Attribution (reattach-tag): “{text}” is a speech tag cut off the quotation it "
                     "attributes.", 0.7)


# Text with no one in it a "he" or "she" could refer to: no speech verb, no personal
# pronoun, no title of a person.
_NO_PERSON_BEFORE = lazy_compile(
    r"(?:(?!\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|Mr|Mrs|Ms|Dr|said|says|told|added|stated|according)\b).)*",
    re.S)
_PERSON_SCAN_CHARS = 4000  # further into a story someone has been named: the scan stops
MAX_DETACHED_TAG_CHARS = 60
_DETACHED_TAG = lazy_compile(
    r"^(?:(?:[A-Z][\w'’-]*\.? ){1,3}|The (?:[a-z][\w'’-]* ){1,2}"
    r"|(?:The )?[A-Z][\w'’-]*(?: (?:(?:of|and|for) )?[A-Z][\w'’-]*){1,5} )"
    r"(?:said|reported|added|told reporters)(?: (?:this|so))?\.$")
_GENERIC_TAG = re.compile(r"^(?:[Tt]he |[Hh]e |[Ss]he |[Ii]t |[Tt]hey |[Ww]e )")


def _introduces_that_clause(text: str) -> bool:
    """The sentence opens with "that" and what follows it is a clause of its own ("That the
    plant would close.", "That demand had weakened."): after a bare tag that is the tag's
    reported clause, so the tag belongs to it, not to the sentence before. ("That decision
    was criticised." reads the same way; a tag before it is left where it stands too.)"""
    q = lexicon.words(text)
    return len(q) >= 3 and q[0].lower() == "that" and lexicon.has_clause(q[1:])


def _same_speaker(first_word: str, prev_text: str) -> bool:
    """``prev_text`` reports with a speech verb whose subject ends on ``first_word`` (a
    name: "… Aiko Tanaka said …" for "Tanaka"), or, for "He"/"She", with any speech verb."""
    if first_word in ("He", "She"):
        return _ATTRIBUTED.search(prev_text) is not None
    if not first_word[:1].isupper() or first_word in ("It", "They", "We", "The"):
        return False
    return re.search(r"\b" + re.escape(first_word) + r" (?:said|says|told|added|stated)\b", prev_text) is not None


# A sentence that ends on a comma and one lower-case word, a title with no article or name.
_BARE_TITLE_END = re.compile(r", ([a-z]+)\.$")
# Endings of the agent nouns a role is named by ("treasurer", "inspector", "economist",
# "spokeswoman"), and the adverbs and pronouns that share the "-er" ending.
_ROLE_ENDINGS = ("er", "or", "ist", "man", "woman", "person")
_NOT_ROLES = frozenset("""however rather together further either neither whether other another never ever
    whatever whenever wherever later earlier sooner over under after""".split())


def _role_noun(word: str) -> bool:
    """``word`` names a role a person's name can follow ("prosecutor Ana Ruiz"): a listed
    title or a singular agent noun, never a function word, adverb or time word."""
    if word in _NOT_ROLES or lexicon.is_function_word(word) or word in lexicon.TIME_OPENERS:
        return False
    return word in TITLES or (len(word) > 4 and word.endswith(_ROLE_ENDINGS))


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
        ("The bridge was closed for six hours on Sunday. police said.",
         "The bridge was closed for six hours on Sunday, police said."),
        ("Tenant groups said the law would raise costs. the federation said.",
         "Tenant groups said the law would raise costs."),
        ("The ferry will run twice a day from May. the Norwegian transport minister said in a statement.",
         "The ferry will run twice a day from May, the Norwegian transport minister said in a statement."),
        ("The bill raises the fine for illegal wells. He said.", "The bill raises the fine for illegal wells."),
        ("Grain imports will double by 2030. the Danish Premier said.",
         "Grain imports will double by 2030, the Danish Premier said."),
        ("The bridge will reopen on Monday. The Ministry of Roads and Ports said so.",
         "The bridge will reopen on Monday, the Ministry of Roads and Ports said."),
        ("Rain fell. “Fares will rise in May.” A spokesman for the city's largest bus operator told reporters.",
         "Rain fell. “Fares will rise in May,” a spokesman for the city's largest bus operator told reporters."),
        ("Rain fell. Prices will keep rising. Warned the chief economist of the bank in a note to clients.",
         "Rain fell. Prices will keep rising, warned the chief economist of the bank in a note to clients."),
        ("Rain fell. The dam will hold. Said site engineer Ana Ruiz.",
         "Rain fell. The dam will hold, said site engineer Ana Ruiz."),
        ("Rain fell. “The ward stays open.” Health Minister Ana Ruiz said on Friday.",
         "Rain fell. “The ward stays open,” Health Minister Ana Ruiz said on Friday."),
        ("Rain fell. Fares will rise in May. The head of the city's bus company, Ana Ruiz, said on Friday.",
         "Rain fell. Fares will rise in May, the head of the city's bus company, Ana Ruiz, said on Friday."),
    ],
    good=[
        "“We will win.” He said.",
        "The talks will resume, BBC reported.",
        "BBC reported. Prices rose.",
        "The stock rose 4%, the company said. Shares in rivals fell.",
        "Costs must fall. He said. \"Budgets have to add up.\"",
        "Prices will rise. Nobody said so.",
        "Rents rose again. Officials said. That they expected a pause next year.",
        "Rain fell. Prices rose. Confirmed the dates of the vote.", "Rain fell. Prices rose. Added the sugar.",
        "Ruiz said prices would rise. Warned the chief economist in a note.",
        "Rain fell. “Fares will rise.” He said.", "Rain fell. “Fares will rise.” Nobody said so.",
        "Rain fell. Fares will rise. The head of the company, Ana Ruiz, who left, said so.",
        "Rain fell. “Fares will rise.” The operator cut jobs in 2019.",
    ],
)
def detached_speech_tag(doc: Document, self: Rule) -> Iterator[Edit]:
    """A speech tag standing alone as a sentence ("BBC reported.") after the words it tags.

    MT systems cut the trailing "..., BBC reported." off its sentence, sometimes leaving it
    in lower case ("… over six years. prosecutors said."). The fix replaces the stop before
    it by a comma, which is the English order; a generic tag ("the association said.", "He
    said.") after a sentence that already has a speech verb only repeats the attribution and
    is deleted. Unsafe: the tag could belong to the next sentence instead.
    """
    for position, sentence in enumerate(doc.sentences):
        if len(sentence.span) > tag_detached.MAX_CHARS:
            continue
        prev = doc.previous_in_paragraph(position)
        text = doc.sentence_text(sentence)
        if prev is not None and text.startswith(tag_detached.CAPITAL_VERBS) and tag_detached.capital_inverted_tag(text):
            # "… into spring. Warned the chief economist of the bank in a note.": the inverted
            # tag's verb kept the false stop's capital; it goes back after a comma.
            stop = prev.span.end - 1
            if doc.text[stop] == "." and doc.text[stop - 1 : stop].isalnum() \
                    and not _ATTRIBUTED.search(doc.sentence_text(prev)):
                yield self.edit(stop, sentence.span.start + 1, ", " + text[0].lower(),
                                f"Attribution (reattach-tag): “{text}” is an inverted speech tag cut off the "
                                "sentence it attributes.", 0.7)
            continue
        loose = ""  # "Officials at the bureau said on Tuesday.": a tag wider than the patterns
        if prev is None or not (len(sentence.span) <= MAX_DETACHED_TAG_CHARS and (
                _DETACHED_TAG.match(text) or tags.is_lower_case_tag(text))) and not (
                loose := tag_detached.loose_tag_after(doc.sentence_text(prev), text)):
            continue
        following = doc.next_in_paragraph(position)
        if following is not None and doc.text[following.span.start] in "\"“‘'":
            continue  # "He said." introducing the quotation that follows
        if following is not None and _introduces_that_clause(doc.sentence_text(following)):
            continue  # "The firm said. That sales would fall.": the tag introduces the clause after it
        if following is not None and _continues_forward(doc.sentence_text(following)):
            continue  # "Ana Ruiz said. the head of the board, that …": the tag belongs to what follows
        stop = prev.span.end - 1
        if doc.text[stop - 1 : stop + 1] == ".”" and text[:1].isupper():
            quoted = _quoted_before_tag(doc, self, prev, sentence, text)
            if quoted is not None:
                yield quoted
            continue
        if doc.text[stop] != "." or not (doc.text[stop - 1 : stop].isalnum() or doc.text[stop - 1] == "%"):
            continue  # ("… fell 4%. the office said.": a figure's sign ends the sentence too)
        if tag_pieces.tag_between(doc, position) is not None:
            continue  # the rest of the sentence follows the tag: AT011 rebuilds the whole
        first_word = text.split(" ", 1)[0]
        pointing = tags.POINTING_OBJECT.search(text)  # "… said this.": the object only points back
        if first_word.lower() in tags.INDEFINITE_SUBJECTS:
            continue  # "Nobody said so.": a statement of its own, no speaker to attribute
        if pointing and not text[0].islower() and _same_speaker(first_word, doc.sentence_text(prev)):
            # "Forecaster Ana Ruiz said rain was due. Ruiz said this.": the sentence before
            # names the same speaker with its own speech verb; the tag only repeats it.
            yield self.edit(prev.span.end, sentence.span.end, "",
                            f"Attribution (delete-echo): “{text}” repeats the speaker and verb of the sentence "
                            "before it; deleted.", 0.7)
            continue
        if pointing and not text[0].islower():
            tag = text[: pointing.start()]
            lead = tag[0].lower() if first_word in ("He", "She", "It", "They", "We", "The") else tag[0]
            yield self.edit(stop, sentence.span.end, f", {lead}{tag[1:]}.",
                            f"Attribution (reattach-tag): “{text}” is a speech tag cut off the sentence it "
                            f"attributes; “{pointing.group(1)}” only points back at it and is dropped.", 0.7)
            continue
        if text[0].islower() or first_word == "The":
            if _ATTRIBUTED.search(doc.sentence_text(prev)) and _GENERIC_TAG.match(text):
                # "X said the bill fails. the association said.": a second, vaguer tag.
                yield self.edit(prev.span.end, sentence.span.end, "",
                                f"Attribution (delete-invented-tag): “{text}” repeats the attribution of the "
                                "sentence before it; deleted.", 0.7)
                continue
            if text[0].islower():
                # The span takes the tag's first letter, so no capital restored to it in the
                # same round ("…, The race doctor said.") slips in beside the comma.
                yield self.edit(stop, sentence.span.start + 1, ", " + text[0],
                                f"Attribution (reattach-tag): “{text}” is a speech tag cut off the sentence it "
                                "attributes.", 0.75)
                continue
        if first_word in ("He", "She", "It", "They", "We") and _ATTRIBUTED.search(doc.sentence_text(prev)):
            # "X said the plan is ready. He said.": the tag only repeats the attribution.
            yield self.edit(prev.span.end, sentence.span.end, "",
                            f"Attribution (delete-echo): “{text}” repeats the attribution of the sentence "
                            "before it; deleted.", 0.75)
            continue
        if first_word in ("He", "She") and sentence.span.start <= _PERSON_SCAN_CHARS \
                and _NO_PERSON_BEFORE.fullmatch(doc.text, 0, sentence.span.start):
            # "The law raises the fine. He said.": nobody the text names before could be "he"
            # (no speech verb, no personal pronoun, no title); the tag is invented, not cut off.
            yield self.edit(prev.span.end, sentence.span.end, "",
                            f"Attribution (delete-invented-tag): “{text}” has no speaker in the text before it "
                            "to refer to; deleted.", 0.65)
            continue
        if first_word in ("He", "She", "It", "They", "We", "The"):
            # A pronoun or "The ..." tag continues the sentence in lower case: "..., it said.";
            # a paper's title keeps its "The" ("…, The Evening Ledger reported.").
            lead = text[0] if tag_detached.outlet_title(text) else text[0].lower()
            yield self.edit(stop, sentence.span.start + 1, ", " + lead,
                            f"“{text}” is a speech tag cut off the sentence it attributes.", 0.75)
            continue
        if loose and (tag_detached.lowers(first_word) or first_word == "According"):
            # "Managers warned." -> ", managers warned."; "According to what the bank said." ->
            # ", according to …": a preposition's capital was only the false stop's.
            yield self.edit(stop, sentence.span.start + 1, ", " + text[0].lower(),
                            f"“{text}” is a speech tag cut off the sentence it attributes.", 0.7)
            continue
        if (title := _BARE_TITLE_END.search(doc.sentence_text(prev))) and _role_noun(title[1]):
            # "…, prosecutor. Ana Ruiz told the court.": the bare title is the named speaker's.
            yield self.edit(stop, sentence.span.start, " ", f"“{title[1]} {text}” is a speech tag the stop cut "
                            "between the title and the name; rejoined.", 0.7)
            continue
        yield self.edit(stop, sentence.span.start, ", ",
                        f"“{text}” is a speech tag cut off the sentence it attributes.", 0.75)


# A reported clause later in a lower-case piece: "after the meeting that rents would rise".
_THAT_LATER = re.compile(r"^[a-z][^,.;:]{0,60}? that (?:the|a|an|it|he|she|they|we|[a-z]+s) ")


def _continues_forward(following: str) -> bool:
    """The piece after a detached tag goes on in lower case with a noun phrase or a
    reported clause ("the head of the board, that …", "that fares would rise"): the stop after
    the tag is false too, so the tag opens what follows and must not go back a sentence."""
    head = following.split(" ", 1)[0]
    return head[:1].islower() and (head in ("the", "a", "an", "that", "his", "her", "its", "their")
                                   or _THAT_LATER.search(following) is not None
                                   or stops_clauses.clause_after_opener(lexicon.words(following)))


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
        ("The cause is not yet known, fire chief Ana Ruiz said. to the local television.",
         "The cause is not yet known, fire chief Ana Ruiz told local television."),
        ("The berths will reopen in June, a spokeswoman said. of the port company.",
         "The berths will reopen in June, a port company spokeswoman said."),
        ("The berths will reopen in June, the spokesman said. for the Harbour Board, Ines Costa.",
         "The berths will reopen in June, Harbour Board spokesman Ines Costa said."),
        ("The Harbour Board, the port's owner, the berths will reopen in June. said.",
         "The Harbour Board, the port's owner, said the berths will reopen in June."),
        ("Profits will fall this year, Acme said. chief executive Jo Park.",
         "Profits will fall this year, Acme chief executive Jo Park said."),
        ("The road is safe again, said. the county engineer. Tomas Havel.",
         "The road is safe again, said the county engineer, Tomas Havel."),
        ("Fares will rise in May, said. a spokeswoman for the operator.",
         "Fares will rise in May, said a spokeswoman for the operator."),
    ],
    good=[
        "The vote will go ahead, the minister said. by the end of the week.",
        "The river is rising, the director said. Of the dams, two are full.",
        "The road will stay shut, the mayor said. to the end of the week.",
        "The vote will go ahead, the minister said, according to the local radio station.",
        "The Harbour Board, the port's owner, has cut fees. said.",
        "The vote will go ahead, the minister said. of the plan.",
        "The vote will go ahead, the plan said. spokesman Ali Demir.",
    ],
)
def severed_attribution(doc: Document, self: Rule) -> Iterator[Edit]:
    """Part of a speech tag cut off into a sentence of its own after "said".

    MT systems end the sentence at "said" and strand the rest of the tag: the speaker's
    organisation and name ("the director said. of the Weather Service, Ann Lee.") or the
    outlet the report came from ("the minister said. by the local radio station."). The
    fix rebuilds the tag in English order ("Weather Service director Ann Lee said"; "the
    minister said, according to the local radio station"; "the chief said. to the local
    radio." -> "the chief told local radio.") and the bare verb cut off a sentence that
    names its speaker first ("X, the operator, repairs will take days. said." -> "X, the
    operator, said repairs will take days."), using only the words already there. Unsafe: it reorders words.
    """
    for position, sentence in enumerate(doc.sentences):
        prev = doc.previous_in_paragraph(position)
        if prev is None or not doc.text[sentence.span.start].islower():
            continue
        prev_text = doc.sentence_text(prev)
        rebuilt = tags.severed_attribution(prev_text, doc.sentence_text(sentence))
        if rebuilt is None:
            continue
        offset, replacement, why = rebuilt
        end = sentence.span.end
        following = doc.next_in_paragraph(position)
        if replacement.startswith(" said the ") and following is not None and len(following.span) <= 40:
            # "…, said. the county engineer. Tomas Havel.": the name cut off too is the speaker's appositive
            name = doc.sentence_text(following)[:-1]
            words = name.split()
            if doc.text[following.span.end - 1] == "." and 2 <= len(words) <= 4 and is_name(words) \
                    and not any(lexicon.is_function_word(w) for w in words):
                replacement, end = f"{replacement[:-1]}, {name}.", following.span.end
        yield self.edit(prev.span.start + offset, end, replacement,
                        f"Attribution (rebuild-attribution): {why}; the tag is rebuilt in English order.", 0.7)


RULES = (orphan_he_said, dangling_speech_tail, detached_speech_tag, severed_attribution)
