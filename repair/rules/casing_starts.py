"""A sentence opened in lower case by a determiner or a subject pronoun ("… officials said.
the company said it would …"), split from :mod:`repair.rules.casing`. The lower-case pieces
it leaves to the stop rules (fragments and tags a capital would seal) are read in
:mod:`repair.rules.casing_cut_pieces`.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.line_index import start_of_line
from repair.rules import stops_clauses, tags
from repair.rules.base import Rule, finditer_led, lazy_compile, led_by_each, rule
from repair.rules.casing_cut_pieces import (
    bare_tag,
    echo_of_end,
    no_main_clause,
    noun_and_relative,
    object_before_clause,
    part_of_piece,
    subject_cut_off,
    tag_then_participle,
)
from repair.rules.casing_learned_context import _inside_quotation
from repair.rules.casing_learned_table import name_evidence
from repair.rules.casing_start_words import name_like_opener, name_openers_after_stop, role_name_openers
from repair.rules.choice_signals import speech_verb_without_complement
from repair.rules.glued import zipf
from repair.rules.participle_tail_pieces import indefinite_participle_piece, participle_tail_piece
from repair.rules.stops_words import mostly_lower_case

# A sentence opened in lower case by a determiner or a subject pronoun: "... officials said.
# the company said it would ...". The stop before it is checked in Python (a literal-first scan).
# The stop and space are matched, not looked behind for (a pattern opening with a look-behind
# is tried at every position); the word is group 1. No word of the list holds a stop, so the
# matches are the same words as with the look-behind.
# "my", "your" and "you" are a quotation's own ("… at night. my children are safe now,”").
_LOWER_OPENER = lazy_compile(r"[.!?] (the|a|an|this|these|those|it|he|she|they|we|you|there|his|her|its|their|our"
                           r"|my|your"
                           r"|more|most|many|some|several|both|all|each|no|nearly|almost)(?= [a-z0-9])")
# Led by each stop alone (a literal, skipped to in C): 2.7 -> 0.9 ms per MB of news, and
# one scan where a search then a scan ran; the same matches (repair.rules.base.finditer_led).
_LOWER_OPENER_BY_STOP = led_by_each(_LOWER_OPENER, "[.!?]", ".!?")
# A determiner in lower case before a capitalised word, opening a sentence after a stop or
# a paragraph after one (". the Port Authority said", "\nthe Council has"): the same slip,
# the noun phrase holding a name. Led by one character class (the stop or the line break;
# the blank after a stop is read after it), which the engine skips to in C: written
# ``(?:[.!?] |\n)`` it gave the engine no class to skip by and was tried at every position
# (0.013 s per MB of news; the same matches: tests/rules/test_fast_scans39.py).
_LOWER_DETERMINER_BEFORE_NAME = lazy_compile(
    r"[.!?\n](?:(?<=\n)|(?<=[.!?]) )(the|this|its|their|his|her|our)(?= [A-Z][a-z])")
# A plural common noun opening a sentence after a stop, before its auxiliary or speech verb
# (". farmers have been told"): :func:`_noun_opener` reads the word.
_PLURAL_NOUN_AFTER_STOP = lazy_compile(r"[.!?] ([a-z]{3,}s)(?= (?:have|has|had|were|are|was|is|will|would|can"
                                       r"|could|may|might|must|should|said|say|told)\b)")
# 'deal”. its', and a paragraph's end with its closing mark after the stop: '“Low Tide.”\n\nthe'
_WORD_BEFORE_STOP = lazy_compile(r"(?<![\w.'’-])([A-Za-z]{2,}|\d+)[”\")]?[.!?][”\")]?$")
_SENTENCE_REST = lazy_compile(r"[^.!?\n]*[.!?]")
# Inside a quotation the sentence ends where the quotation closes ('… again. our crews worked
# all night,” he said.'): the tag after the mark is the quotation's, no part of its sentence
# (read as one piece, "our crews … night he said" looks like a bare tag).
_QUOTED_REST = lazy_compile(r"[^.!?\n”\"]*(?=[”\"])")
# An aside the comma opened and no comma closed ("The clinic, which has 40 beds."): the
# sentence is missing its verb, so the stop after it may be false.
_OPEN_ASIDE = lazy_compile(r"[^,]*, (?:which|who|whose|whom|where)\b[^,]*$")


_SUBJECTS = frozenset("it he she they we you there".split())
# Verbs that take a clause as their object ("argued there is ...").
_CLAUSE_VERBS = lexicon.SPEECH_VERBS | frozenset(
    """argued argues believe believes believed think thinks thought warned warns insisted insists claimed
    claims noted notes""".split()
)


def _is_clause(words: list[str], head: list[str], verb_from: int = 2) -> bool:
    """Whether ``words`` (opened by a lower-case determiner or pronoun) form a clause.

    After a subject pronoun :func:`repair.lexicon.has_clause` decides; after a
    determiner a plainer verb is required (an auxiliary, a speech verb, an irregular
    past or an ``-ed`` form) from ``words[verb_from]`` on, since its ``-s`` test reads a
    plural noun as a verb ("the two navies"); a name that is the subject on its own
    ("kessler urged …") passes ``verb_from=1``. ``head`` is the words before the sentence's
    first comma: an absolute phrase ("its hull having been ...") shows there before any
    finite verb.
    """
    if len(words) < 3 or not lexicon.has_clause(words):
        return False
    for word in head[1:]:
        if word in _ABSOLUTE:
            # "its engines having been checked", "the crew being questioned": an absolute
            # phrase cut off the sentence before it, no finite verb of its own.
            return False
        if word in lexicon.AUXILIARIES or word in lexicon.SPEECH_VERBS or word in lexicon.IRREGULAR_PAST:
            break
    if words[0] in _SUBJECTS:
        return True
    return any(w in lexicon.AUXILIARIES or w in lexicon.SPEECH_VERBS or w in lexicon.IRREGULAR_PAST
               or (len(w) > 3 and w.endswith("ed")) for w in words[verb_from:])




# Participles that open an absolute phrase after its noun ("its hull having been ...").
_ABSOLUTE = frozenset(["having", "being"])


@rule(
    "CA003",
    "lower-case-sentence-start",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("The shop opened in May. the owner said it would hire ten people.",
         "The shop opened in May. The owner said it would hire ten people."),
        ("Rain fell all day. they expect more rain on Friday.", "Rain fell all day. They expect more rain on Friday."),
        ("He called it “a sham”. his party will vote no.", "He called it “a sham”. His party will vote no."),
        ("Trains stopped at noon. more than 90 services were cancelled.",
         "Trains stopped at noon. More than 90 services were cancelled."),
        ("The council asked for 12 million pounds in aid. the government has offered 5 million.",
         "The council asked for 12 million pounds in aid; the government has offered 5 million."),
        ("The bank raised its rate on Tuesday.\n\nthe decision surprised most traders in the city.",
         "The bank raised its rate on Tuesday.\n\nThe decision surprised most traders in the city."),
        ("Fares rose by a fifth in May.\n\ncommuters have complained about the rise for weeks.",
         "Fares rose by a fifth in May.\n\nCommuters have complained about the rise for weeks."),
        ("Snow is due on Friday. the Weather Office has issued a warning for two valleys.",
         "Snow is due on Friday. The Weather Office has issued a warning for two valleys."),
        ("The tax rose in May.\n\nthe Board collected 40 million in fees last year.",
         "The tax rose in May.\n\nThe Board collected 40 million in fees last year."),
        ("Ferries stopped at noon. travellers have been told to stay at home.",
         "Ferries stopped at noon. Travellers have been told to stay at home."),
    ],
    good=[
        "He wrote many books. bell hooks died in 2021.",
        "The mayor spoke on Monday. de Blasio said the city would act.",
        "He said he would step up efforts. in the main field.",
        "Sales rose in the U.S. the company said.",
        "They met at 9 p.m. the talks went on.",
        "The rally ended. the end of the road.",
        "Trains stopped at noon. more than 90 services.",
        "They agreed to set up a hotline. the two coast guards.",
        "The bridge reopened at dawn. its cables having been tightened overnight.",
        "Talks resumed on Friday. the envoys being kept apart by the mediators.",
        "She won the final in Rome. her coach having flown home the day before.",
        "The plan is set. Ana Ruiz has argued. there needs to be a vote first.",
        "The ferry, which carries 200 cars. it is the only link to the mainland.",
        "the port reopened on monday. the mayor said it would stay open.\n\nthe ferries resumed. they were full.",
        "He wrote many books.\n\nbell hooks died in 2021, her publisher said.",
        "The talks went on in the\n\nthe capital until late on Friday.",
        "Sales rose in the U.S.\n\nthe company said it would hire more staff.",
        "Prices fell.\n\niPhones were sold at a discount.",
        "The rally ended.\n\ncommuters stranded.",
        "Sales rose in the U.S. the Fed has said little.",
        "Talks ended. the Paris talks.",
        "The firm is based in the U.S. workers have struck.",
        "Jobs went. analysts.",
        "She said the count showed. the Council was right.",
        "The plan is set.\n\nthe Guardian Angels.",
        "The ferry was tracked overnight. the coast guard said.",
        "Officials will examine the merger. the merger closely, because it is big.",
    ],
)
def lower_case_sentence_start(doc: Document, self: Rule) -> Iterator[Edit]:
    """A whole sentence opened in lower case ("... said. the company said it expects ...").

    MT and careless joins drop the capital of a sentence's first word. Only a
    determiner or subject pronoun is capitalised (a name such as "bell hooks" or "de
    Blasio" keeps its own casing), only after a stop that ends a word (not "U.S." or
    "p.m."), and only when the words up to the next stop form a clause (a subject and a
    finite verb): a piece without one is a fragment cut off by a false stop, which the
    stop rules join instead. Nor after a bare clause-taking verb ("X has argued. there
    is ..."): the stop itself may be false. Nor after a sentence whose comma opened an aside
    that no comma closes ("The clinic, which has 40 beds. it is ..."): a capital would seal
    the fragment. A paragraph opened in lower case after a paragraph that ended with a stop
    is read the same way, and there a plural common noun before its verb opens a clause
    too ("commuters have complained ..."): see :func:`_paragraph_openers`; so does a name-like
    word, and a role before a name and its verb after a stop (:mod:`.casing_start_words`). On news-clean
    that shape finds 8 paragraphs of 1987 Reuters copy opened in lower case ("...four
    cts.\n\nthe company said it will ..."); an editor audit (2026-11-30,
    ``benchmarks/results/verdicts/clean_audit_CA003_paragraphs.md``) judged all 8 FIX, keyed in
    ``benchmarks/clean_judgements.json``. Unsafe: a stop may still be false.
    """
    text = doc.text
    openers = [(m.start(1), m.end(1), m.start(1) - 1) for m in finditer_led(_LOWER_OPENER, _LOWER_OPENER_BY_STOP, text)]
    openers += _paragraph_openers(text) if "\n" in text else []
    openers += _determiner_before_name_openers(text) + role_name_openers(text)
    names = name_openers_after_stop(text)
    openers += names
    # A name (or its possessive) alone is the subject: its verb may be the next word.
    name_starts = {start for start, _, _ in names} | {start for start, end, _ in openers
                                                     if text[start:end] not in _OPENER_WORDS
                                                     and name_like_opener(text[start:end])}
    if not openers or mostly_lower_case(doc):
        # A document typed in lower case (some wire archives) has no capitals to restore.
        return
    for start, end, stop_end in sorted(set(openers)):
        before = _WORD_BEFORE_STOP.search(text, max(0, stop_end - 40), stop_end)
        if not before:
            continue
        if before.group(1).lower() in _CLAUSE_VERBS:
            # "Ana Ruiz has argued. there is ...": a verb that takes a clause, with no comma
            # before it to make it a tag ("..., officials said."), may have lost its clause
            # to a false stop; the stop rules judge that.
            previous = max(text.rfind(".", 0, before.start()), start_of_line(text, before.start()) - 1)
            if "," not in text[previous + 1 : before.start()]:
                continue
        stop_before = text.rfind(". ", 0, before.start())
        sentence_start = max(stop_before + 2 if stop_before >= 0 else 0, start_of_line(text, before.start()))
        if speech_verb_without_complement(text[sentence_start:start]):
            # "A trader in Mombasa, Ali Omar, said. he would …": the sentence is only a subject
            # and its speech verb; the piece is the verb's clause, which the stop rules join.
            continue
        if _OPEN_ASIDE.match(text, sentence_start, before.end()):
            # "The clinic, which has 40 beds. it is ...": a capital would seal a fragment;
            # the stop rules judge the stop.
            continue
        rest = _SENTENCE_REST.match(text, start)
        if rest is not None and _inside_quotation(text, start):
            rest = _QUOTED_REST.match(text, start, rest.end()) or rest
        if rest is None or not _is_clause(lexicon.words(rest.group()), lexicon.words(rest.group().split(",", 1)[0]),
                                          1 if start in name_starts else 2):
            continue
        if stops_clauses.participle_fragment(lexicon.words(rest.group())):
            continue  # "each rebel reported killed": no finite verb, no sentence to capitalise
        if noun_and_relative(rest.group()):
            continue  # "… three churches. the city council, which will run them.": no main verb
        if subject_cut_off(rest.group()):
            continue  # "… have been cut. the shipping lines, the port said.": a capital seals a fragment
        if no_main_clause(rest.group()):
            continue  # "… issued 40 permits. the most since records began.": a noun phrase, no main verb
        if part_of_piece(rest.group()) or participle_tail_piece(lexicon.words(rest.group())):
            continue  # "… 300 homes. most of which were built …", "… 22 staff. most of them hired locally."
        if indefinite_participle_piece(lexicon.words(rest.group())):
            continue  # "… at five. a plastic board bought at a fair.": a reduced relative, no sentence
        piece_words = lexicon.words(rest.group())
        before_text = text[sentence_start:before.end()]
        if bare_tag(piece_words) or tags.is_lower_case_tag(rest.group().strip()) or tag_then_participle(rest.group()) \
                or echo_of_end(before_text, piece_words) or object_before_clause(before_text):
            continue  # a tag, an echo or a verb's clause cut off by a false stop: the stop rules' to repair
        word = text[start:end]
        if text[start - 2 : start] == ". " and _figures_set_against(text[sentence_start : start - 2], rest.group()):
            # "… asked for 12 million in aid. the state has offered 5 million.": two short clauses setting
            # one party's figure against another's; the stop stood for a semicolon, which a
            # capital would leave as two choppy sentences.
            yield self.edit(start - 2, start, "; ", f"Split (semicolon): “{rest.group().strip()}” sets its figure "
                            "against the one before; the stop is a semicolon.", 0.6)
            continue
        yield self.edit(start, end, word[0].upper() + word[1:],
                        f"Sentence starts with a lower-case “{word}”.", 0.7)


# A paragraph opened in lower case: the line's first word and the word after it.
# "a"/"an" open a paragraph as "the" does; a name's possessive ("halvorsen's shares") is read
# by its name.
_LINE_OPENER = lazy_compile(r"\n([a-z]+)(?:['’]s)? ([a-z]+)")
_PARAGRAPH_END = lazy_compile(r"[.!?][”\")’]?[ \t]*\n")
# A plural's endings that are no plural ("-ss", "-us", "-is"): "progress", "census", "crisis".
_NO_PLURAL_ENDS = ("ss", "us", "is")
# A plural common noun must be at least this common (Zipf) to open a sentence on its own.
NOUN_OPENER_ZIPF = 3.0


def _noun_opener(word: str, following: str) -> bool:
    """True for a plural common noun followed by its verb ("analysts had", "commuters
    said"): a subject with no determiner, a word ``wordfreq`` knows that the learned case
    table does not know as a name."""
    if not word.endswith("s") or word.endswith(_NO_PLURAL_ENDS) or lexicon.is_function_word(word):
        return False
    if following not in lexicon.AUXILIARIES and following not in lexicon.SPEECH_VERBS:
        return False
    return zipf(word) >= NOUN_OPENER_ZIPF and name_evidence(word) is None


def _paragraph_openers(text: str) -> list[tuple[int, int, int]]:
    """(start, end, stop end) of each lower-case word that opens a paragraph after a line
    ending with a stop ("... on Tuesday.\n\nthe decision ..."): a determiner or pronoun of
    ``_LOWER_OPENER`` or a plural noun before its verb (:func:`_noun_opener`). The stop end is
    where the previous line's stop (and any closing mark) ends, for the checks on the word
    before it. A paragraph break inside a sentence leaves no stop there and is left."""
    found = []
    for match in _LINE_OPENER.finditer(text):
        word, following = match.group(1), match.group(2)
        if word not in _OPENER_WORDS and not _noun_opener(word, following) and not name_like_opener(word):
            continue
        at = match.start()
        while at > 0 and text[at - 1] in "\n \t":
            at -= 1
        if at == 0 or _PARAGRAPH_END.match(text, at - 1) is None and _PARAGRAPH_END.match(text, at - 2) is None:
            continue
        found.append((match.start(1), match.end(1), at))
    return found


def _determiner_before_name_openers(text: str) -> list[tuple[int, int, int]]:
    """(start, end, stop end) of each lower-case determiner before a capitalised word that
    opens a sentence after a stop (". the Port Authority said") or a paragraph after a line
    ending with one, and of each plural common noun before its verb after a stop (".
    farmers have been told"): the stop end as :func:`_paragraph_openers` gives it. Not after
    a sentence that ends on a verb ("… said the vote showed. the Senate was …"): the verb's
    object may be what a false stop cut off, which the stop rules judge."""
    found = []
    for match in _LOWER_DETERMINER_BEFORE_NAME.finditer(text):
        if text[match.start()] != "\n":
            found.append((match.start(1), match.end(1), match.start(1) - 1))
            continue
        at = match.start() + 1
        while at > 0 and text[at - 1] in "\n \t":
            at -= 1
        if at > 0 and (_PARAGRAPH_END.match(text, at - 1) or _PARAGRAPH_END.match(text, at - 2)) is not None:
            found.append((match.start(1), match.end(1), at))
    for match in _PLURAL_NOUN_AFTER_STOP.finditer(text):
        word, following = match.group(1), text[match.end() + 1 : match.end() + 12].split(" ", 1)[0]
        if _noun_opener(word, following):
            found.append((match.start(1), match.end(1), match.start(1) - 1))
    return [opener for opener in found if not _ends_on_verb(text, opener[2])]


def _ends_on_verb(text: str, stop_end: int) -> bool:
    """True when the sentence ending at ``stop_end`` ends on a past form, an "-ing" form, a
    clause-taking verb, an auxiliary or a function word ("… the vote showed.", "… she
    argued.", "… the storm following.", "… of have."): a false stop's shapes."""
    before = _WORD_BEFORE_STOP.search(text, max(0, stop_end - 40), stop_end)
    if before is None:
        return False
    word = before.group(1).lower()
    if before.group(1).islower() and (word in lexicon.AUXILIARIES or lexicon.is_function_word(word)):
        return True  # "… thousands of have.": no sentence ends on a small word ("in May." is a month)
    return word in _CLAUSE_VERBS or word in lexicon.IRREGULAR_PAST or (len(word) > 3 and word.endswith("ed")) \
        or (len(word) > 4 and word.endswith("ing"))


_OPENER_WORDS = frozenset(_LOWER_OPENER.pattern.split("(", 1)[1].split(")", 1)[0].split("|"))


# A clause that ends on a figure ("… has offered 9 million.", "… demands 7%.").
_ENDS_ON_FIGURE = lazy_compile(r"\d[\d.,]*\s?(?:%|percent|per cent|million|billion|points?)?\.$")


def _figures_set_against(before: str, clause: str) -> bool:
    """The sentence ``before`` gives a figure and the lower-case ``clause`` after its stop is
    short (at most eight words), opens with a determiner and ends on a figure of its own:
    one side's figure set against the other's ("… bid 40 million. their rivals offered 45 million.")."""
    words = lexicon.words(clause)
    return 3 <= len(words) <= 8 and words[0] in ("the", "its", "their") and "," not in clause \
        and _ENDS_ON_FIGURE.search(clause.strip()) is not None and any(c.isdigit() for c in before)


RULES = (lower_case_sentence_start,)
