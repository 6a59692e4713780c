"""Casing: function words and pronouns capitalised in the middle of a sentence, and a
sentence opened in lower case. Title Case sentences are :mod:`repair.rules.casing_title`'s."""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules import stops_clauses
from repair.rules.base import Rule, finditer_led, led_by_each, rule
from repair.rules.casing_title import _CAPITALISED_FUNCTION, title_case_sentence
from repair.rules.glued import zipf
from repair.rules.stops_words import mostly_lower_case

__all__ = ["RULES", "_CAPITALISED_FUNCTION", "capitalised_function_word", "lower_case_sentence_start",
           "title_case_sentence"]

# Determiners and subject pronouns: never names on their own ("A" and "I" are left out:
# "type A", "World War I"). Prepositions and conjunctions are left out too: capitalised
# they are usually inside a title ("for On the Waterfront", "Rhythm And Blues").
_FUNCTION = "The|This|These|Those|He|She|It|They|We|His|Her|Their|Its|Our"
# Words after which a clause starts with a lower-case word: a capital there is no new
# sentence. After any other word ("client She never") the stop may have been lost
# instead, which is another repair.
_SUBORDINATORS = (
    "that|as|when|while|because|if|so|after|before|since|until|where|though|although|than|whether|once|unless"
)
_SUBORDINATOR_SET = frozenset(_SUBORDINATORS.split("|"))
# "noting that The stadium", "smiled as He waved": the word is found first (a fast scan),
# the subordinator before it is checked in Python.
# The space before the word is matched, not looked behind for: a pattern opening with a
# literal is scanned for in C, several times faster. Offsets use group 1.
_MID_SENTENCE = re.compile(r" (" + _FUNCTION + r")(?= [a-z])")
# "between Canada And Mexico", "Canada, Chile And Peru", "between Chile And the United
# States": the conjunction of "between"/"both" or closing a comma list capitalised between
# two names (the second may be several words, with "the").
_NAME_CONJUNCTION = re.compile(
    r"\b(?:(?:between|both) [A-Z][a-z]+|(?<=[a-z] )[A-Z][a-z]+, [A-Z][a-z]+) (And)"
    r"(?= (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}(?: [a-z]|[,.;:]))"
)


# "craters Near The Moon's": a capitalised preposition and article after a lower-case word,
# a piece of headline casing in running prose. Titles of works open with a capitalised
# word ("Gone With The Wind"), so a lower-case word before the preposition rules them out.
_PREPOSITION_THE = re.compile(
    r"(?<=[a-z] )(Near|In|On|At|Of|For|With|From|By|Into|Over|Under|Between|Across|Along|Around|Through|To)"
    r" (The)(?= [A-Za-z])"
)

# Every _PREPOSITION_THE match ends in " The" before a letter, and every _NAME_CONJUNCTION
# match in " And " (the look-ahead's space): these literal-first scans stop only there,
# where the patterns' leading look-behinds would be tried at every position.
_THE_AFTER_WORD = re.compile(r" The(?= [A-Za-z])")
_AND_BETWEEN_WORDS = re.compile(r" And ")
_NO_LETTER_OR_SPACE = re.compile(r"[^A-Za-z ]")
LONGEST_PREPOSITION = 7  # "Between", "Through": the longest word _PREPOSITION_THE opens with


def _preposition_the_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_PREPOSITION_THE.finditer(text)``, tried only at the word before
    each " The": the preposition is the whole word there (a space and a lower-case letter
    come before it), so each " The" ends at most one match and no two matches overlap."""
    for the in _THE_AFTER_WORD.finditer(text):
        space = text.rfind(" ", max(0, the.start() - LONGEST_PREPOSITION - 1), the.start())
        match = _PREPOSITION_THE.match(text, space + 1) if space >= 0 else None
        if match is not None and match.start(2) == the.start() + 1:
            yield match


def _name_conjunction_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_NAME_CONJUNCTION.finditer(text)``, searched only near each " And ".

    A match is two words and "And" ("between Chile And", "Togo, Chile And"), so it starts
    after the third space before "And"; its look-ahead reads only letters and spaces up to
    a closing mark, so it ends by the first other character after "And". Matches never
    overlap, so the matches found in these windows, in order and each once, are all there are.
    """
    last_end = 0
    for conjunction in _AND_BETWEEN_WORDS.finditer(text):
        space = conjunction.start()
        second = text.rfind(" ", 0, space)
        low = text.rfind(" ", 0, second) + 1 if second > 0 else 0
        other = _NO_LETTER_OR_SPACE.search(text, space + 4)
        high = other.end() if other else len(text)
        for match in _NAME_CONJUNCTION.finditer(text, max(low, last_end), high):
            last_end = match.end()
            yield match


# A preposition or "that" capitalised between two lower-case words ("held In the
# framework", "a statement That the coach", "sworn in By the governor"): MT copied a
# capital from a source with other conventions. After a lower-case word, a figure or a
# comma only (a name's or title's own capitals come after capitals); a literal scan for the
# capital first, the look-behind checked at each hit.
# Opens with the space (a literal, scanned for in C; a leading look-behind is tried at
# every position, 2.5 times slower); offsets use group 1.
_CAPITALISED_LINK = re.compile(r" (?<=[a-z0-9,] )(In|On|At|To|For|With|From|By|Of|Into|That)(?= [a-z])")
# Nouns that introduce a title ("the film In The Name ...") and the capitalised small words
# that run on through one.
_WORK_NOUNS = frozenset("film films movie album song single book novel play show series titled called named".split())
_TITLE_LINKS = frozenset("Of And In The To For With On At From A An".split())


@rule(
    "CA001",
    "capitalised-function-word",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("The club wrote to fans, noting that The stadium would close.",
         "The club wrote to fans, noting that the stadium would close."),
        ("She smiled as He waved to the crowd.", "She smiled as he waved to the crowd."),
        ("Trade between Canada And Mexico grew.", "Trade between Canada and Mexico grew."),
        ("Talks between Chile And the United Arab Emirates ended.",
         "Talks between Chile and the United Arab Emirates ended."),
        ("Envoys from Ghana, Togo And Benin met in Accra.", "Envoys from Ghana, Togo and Benin met in Accra."),
        ("Divers mapped reefs Near The Island's north shore.", "Divers mapped reefs near the Island's north shore."),
        ("The mayor was sworn in By the council on Monday.", "The mayor was sworn in by the council on Monday."),
        ("The club said in a statement That the coach would stay.",
         "The club said in a statement that the coach would stay."),
        ("The board said in a letter That chief nurse Ana Ruiz would lead the ward.",
         "The board said in a letter that chief nurse Ana Ruiz would lead the ward."),
        ("The judge will be sworn in By the Governor on Monday.",
         "The judge will be sworn in by the Governor on Monday."),
    ],
    good=[
        "He told The Daily Post the plan was set.",
        "The blood type A was rare.",
        "The novel Pride and Prejudice sold well.",
        "He spoke of The Hague talks.",
        "It was the end.",
        "She was a loyal client She never complained.",
        "He won for On the Waterfront.",
        "Their hits include Butterflies And Hurricanes.",
        "They watched Gone With The Wind again.",
        "He moved to Newcastle Upon Tyne in May.",
        "The festival showed films In The Line Of Fire and others.",
        "She starred in the film Under The Skin last year.",
        "Their albums: Blood, Sweat And Tears, and Rust.",
        "She read Of Mice and Men at school.",
        "The band played Made In Chelsea songs.",
        "She starred in the Carry On films.",
        "The rally went on, he said In addition, the police closed the road.",
        "The choir sang her tribute, On the Wings of Song, and left.",
        "The shape of the economy In graphics\nThe bank met.",
    ],
)
def capitalised_function_word(doc: Document, self: Rule) -> Iterator[Edit]:
    """A function word or pronoun capitalised mid-sentence ("noting that The stadium",
    "smiled as He waved", "Canada And Mexico").

    MT copies capitals from a source with other conventions and from headline text.
    A determiner or pronoun is lowered only right after a subordinator ("that", "as",
    "when") and before a lower-case word, so names and titles ("The Daily Post",
    "The Hague") keep their capitals and a lost full stop ("client She never") is not
    mistaken for casing; "And" only in "between X And Y". Unsafe: a title of a work in
    running text can read the same.
    """
    text = doc.text
    for match in _MID_SENTENCE.finditer(text):
        word = match.group(1)
        before = text[max(0, match.start(1) - 12) : match.start(1) - 1].rpartition(" ")[2]
        if before not in _SUBORDINATOR_SET:
            continue
        yield self.edit(match.start(1), match.end(1), word.lower(), f"“{word}” capitalised mid-sentence.", 0.75)
    if " The " in text:  # in every _PREPOSITION_THE match: a substring test first
        for match in _preposition_the_matches(text):
            before = text[max(0, match.start() - 30) : match.start() - 1].rpartition(" ")[2]
            if not before.isalpha() or not before.islower() or before in _WORK_NOUNS:
                continue  # "Shake Hands With The Devil": the title's own words come first
            after = text[match.end() : match.end() + 40].split()[1:4]
            if any(w in _TITLE_LINKS for w in after):
                continue  # "film In The Name Of The Father": a title that opens with a preposition
            yield self.edit(match.start(), match.end(), f"{match.group(1).lower()} the",
                            f"“{match.group()}” capitalised mid-sentence.", 0.7)
    for match in _CAPITALISED_LINK.finditer(text):
        before = text[max(0, match.start(1) - 30) : match.start(1) - 1].rpartition(" ")[2].rstrip(",")
        if not (before[:1].islower() or before[:1].isdigit()) or before in _WORK_NOUNS \
                or before.lower() in _SUBORDINATOR_SET or before in lexicon.SPEECH_VERBS or "." in before:
            continue  # "Carry On films" (a title's words), "… said In addition" (a lost stop)
        line_end = text.find("\n", match.end())
        after = text[match.end() : min(match.end() + 40, line_end if line_end >= 0 else len(text))].split()[1:4]
        # "the Love of Money", "the Name Of ...": two capitalised words, or two joined by "of"/"and".
        title_shape = len(after) >= 2 and after[0][:1].isupper() and (
            after[1][:1].isupper() or (len(after) >= 3 and after[1] in ("of", "and") and after[2][:1].isupper()))
        if any(w in _TITLE_LINKS for w in after[:2]) or (match.group(1) != "That" and (title_shape or len(after) < 2)):
            # "held In the Name Of ...", "For the Love of Money": a title's capitals run on, and a
            # line ending right after it is a heading; one name after it ("sworn in By the
            # Governor this week") is no title, nor is anything after "That".
            continue
        word = match.group(1)
        yield self.edit(match.start(1), match.end(1), word.lower(), f"“{word}” capitalised mid-sentence.", 0.7)
    if " And " not in text:
        return  # every _NAME_CONJUNCTION match holds it; a substring test is far cheaper than the scan
    for match in _name_conjunction_matches(text):
        word = match.group(1)
        yield self.edit(match.start(1), match.end(1), word.lower(), f"“{word}” capitalised mid-sentence.", 0.7)




# A sentence opened in lower case by a determiner or a subject pronoun: "... officials said.
# the company said it would ...". The stop before it is checked in Python (a literal-first scan).
# The stop and space are matched, not looked behind for (a pattern opening with a look-behind
# is tried at every position); the word is group 1. No word of the list holds a stop, so the
# matches are the same words as with the look-behind.
_LOWER_OPENER = re.compile(r"[.!?] (the|a|an|this|these|those|it|he|she|they|we|there|his|her|its|their|our"
                           r"|more|most|many|some|several|both|all|each|no|nearly|almost)(?= [a-z0-9])")
# Led by each stop alone (a literal, skipped to in C): 2.7 -> 0.9 ms per MB of news, and
# one scan where a search then a scan ran; the same matches (repair.rules.base.finditer_led).
_LOWER_OPENER_BY_STOP = led_by_each(_LOWER_OPENER, "[.!?]", ".!?")
_WORD_BEFORE_STOP = re.compile(r"(?<![\w.'’-])([A-Za-z]{2,}|\d+)[”\")]?[.!?]$")  # 'deal”. its
_SENTENCE_REST = re.compile(r"[^.!?\n]*[.!?]")
# An aside the comma opened and no comma closed ("The clinic, which has 40 beds."): the
# sentence is missing its verb, so the stop after it may be false.
_OPEN_ASIDE = re.compile(r"[^,]*, (?:which|who|whose|whom|where)\b[^,]*$")


_SUBJECTS = frozenset("it he she they we there".split())
# Verbs that take a clause as their object ("argued there is ...").
_CLAUSE_VERBS = lexicon.SPEECH_VERBS | frozenset(
    """argued argues believe believes believed think thinks thought warned warns insisted insists claimed
    claims noted notes""".split()
)


def _is_clause(words: list[str]) -> bool:
    """Whether ``words`` (opened by a lower-case determiner or pronoun) form a clause.

    After a subject pronoun :func:`repair.lexicon.has_clause` decides; after a
    determiner a plainer verb is required (an auxiliary, a speech verb, an irregular
    past or an ``-ed`` form), since its ``-s`` test reads a plural noun as a verb ("the
    two navies").
    """
    if len(words) < 3 or not lexicon.has_clause(words):
        return False
    if words[0] in _SUBJECTS:
        return True
    return any(w in lexicon.AUXILIARIES or w in lexicon.SPEECH_VERBS or w in lexicon.IRREGULAR_PAST
               or (len(w) > 3 and w.endswith("ed")) for w in words[2:])


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
        "The plan is set. Ana Ruiz has argued. there needs to be a vote first.",
        "The ferry, which carries 200 cars. it is the only link to the mainland.",
        "the port reopened on monday. the mayor said it would stay open.\n\nthe ferries resumed. they were full.",
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
    the fragment. Unsafe: a stop may still be false.
    """
    text = doc.text
    openers = finditer_led(_LOWER_OPENER, _LOWER_OPENER_BY_STOP, text)
    if not openers or mostly_lower_case(doc):
        # A document typed in lower case (some wire archives) has no capitals to restore.
        return
    for opener in openers:
        start, end = opener.span(1)
        before = _WORD_BEFORE_STOP.search(text, max(0, start - 40), start - 1)
        if not before:
            continue
        if before.group(1).lower() in _CLAUSE_VERBS:
            # "Ana Ruiz has argued. there is ...": a verb that takes a clause, with no comma
            # before it to make it a tag ("..., officials said."), may have lost its clause
            # to a false stop; the stop rules judge that.
            previous = max(text.rfind(".", 0, before.start()), text.rfind("\n", 0, before.start()))
            if "," not in text[previous + 1 : before.start()]:
                continue
        stop_before = text.rfind(". ", 0, before.start())
        sentence_start = max(stop_before + 2 if stop_before >= 0 else 0, text.rfind("\n", 0, before.start()) + 1)
        if _OPEN_ASIDE.match(text, sentence_start, before.end()):
            # "The clinic, which has 40 beds. it is ...": a capital would seal a fragment;
            # the stop rules judge the stop.
            continue
        rest = _SENTENCE_REST.match(text, start)
        if rest is None or not _is_clause(lexicon.words(rest.group())):
            continue
        if stops_clauses.participle_fragment(lexicon.words(rest.group())):
            continue  # "each rebel reported killed": no finite verb, no sentence to capitalise
        word = opener.group(1)
        yield self.edit(start, end, word[0].upper() + word[1:],
                        f"Sentence starts with a lower-case “{word}”.", 0.7)


# ", Drawing his …": a participle opening a clause after a comma, capitalised, before a
# determiner or possessive; the comma first (a literal), the word checked in Python.
_PARTICIPLE_AFTER_COMMA = re.compile(r", ([A-Z][a-z]{3,}ing)(?= (?:his|her|its|their|the|a|an|our|some|more)\b)")
# After an abbreviation ("the U.S., Hurting") some wire archives capitalise on purpose.
_PLAIN_WORD_END = re.compile(r"[a-z0-9]")
# 'operating "At reduced capacity" with': a quoted phrase inside a sentence that opens with
# a capitalised function word and runs on in lower case after it closes.
_QUOTED_PHRASE_CAPITAL = re.compile(
    r"[\"“]([A-Z][a-z]*)(?= [a-z][^\"“”\n.!?,]{0,60}[\"”] (?:with|and|or|in|on|at|for|to|by|from|until|after|as|but)\b)"
)
# The same pattern led by each mark alone: a scan for a literal skips ahead in C, the
# two-mark set was tried at every position (6.8 -> 0.6 ms per MB of news). A match holds
# no mark after its first, so the two scans' matches, merged by start, are the set's.
_QUOTED_PHRASE_CAPITAL_BY_MARK = tuple(re.compile(re.escape(mark) + _QUOTED_PHRASE_CAPITAL.pattern[len('[\\"“]'):])
                                       for mark in '"“')


def _quoted_phrase_capitals(text: str) -> list[re.Match[str]]:
    """``_QUOTED_PHRASE_CAPITAL.finditer(text)``'s matches, in order (see above)."""
    return sorted((m for pattern in _QUOTED_PHRASE_CAPITAL_BY_MARK for m in pattern.finditer(text)),
                  key=lambda m: m.start())
MAX_PHRASE_WORDS = 6
# "the protection Decreased in the second year": a past verb capitalised between a noun and a
# preposition (a name such as "Leeds United in" has a capital before it).
# The capital first (scanned for in C), the lower-case letter and space before it looked behind for.
_CAPITALISED_PAST = re.compile(
    r"([A-Z](?<=[a-z] .)[a-z]{3,}ed)(?= (?:in|on|by|to|at|from|after|over|during|for|with|since|until)\b)"
)

_COUNTS_KEY = "casing.word counts"


def _count(doc: Document, word: str) -> int:
    """``doc.text.count(word)``, counted once per word and document (``doc.memo``): CA004
    asks about each candidate, and a text that repeats one asked it once per repeat, a
    whole-text count each time (quadratic on dense text)."""
    counts = doc.memo.setdefault(_COUNTS_KEY, {})
    assert isinstance(counts, dict)
    if word not in counts:
        counts[word] = doc.text.count(word)
    return int(counts[word])


@rule(
    "CA004",
    "capitalised-phrase-opening",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("She won the final on Sunday, Beating the champion in three sets.",
         "She won the final on Sunday, beating the champion in three sets."),
        ('The plant would keep running "At half capacity" with temporary staff.',
         'The plant would keep running "at half capacity" with temporary staff.'),
        ("Trials showed the protection Weakened in the second year.",
         "Trials showed the protection weakened in the second year."),
    ],
    good=[
        "She won the final on Sunday, Beating the champion in three sets.\n\nBeating the Odds is her memoir.",
        "The firm moved to Reading, Reading the signs early.",
        'He said "The plan is dead" and left.',
        'The band played "In the Mood" and "At Last" all night.',
        'Baker told a news conference "I expect a deal" in May.',
        'They marched with chants of "No justice, no peace," the police said.',
        "The loan would slow the flow of capital to the U.S., Hurting the U.S. economy.",
        "Fans of Leeds United in the north cheered, and talks with United to buy him ended.",
        "The club lost 2-0 at home, Reading the result as a warning. Reading fans were quiet.",
    ],
)
def capitalised_phrase_opening(doc: Document, self: Rule) -> Iterator[Edit]:
    """A word capitalised where a clause or phrase opens mid-sentence: an ``-ing``
    participle after a comma ("on Sunday, Drawing his game"), a past verb between a noun
    and a preposition ("the protection Decreased in"), or the function word that
    opens a quoted phrase inside a sentence ('operating "At reduced capacity" with').

    MT capitalises the first word of what was a separate unit in the source. The
    participle must be a word ``wordfreq`` knows, written nowhere else in the text with
    its capital (a name such as "Reading" is), after a plain word (not "U.S.,") and before a
    determiner or possessive. The quoted phrase must be short and verbless, follow a
    lower-case word that is not a speech verb ('said "The plan …"' quotes a sentence) and
    run on with a preposition or conjunction after it closes. Unsafe:
    a title in quotation marks can read the same (its other words are capitalised too).
    """
    text = doc.text
    for match in _PARTICIPLE_AFTER_COMMA.finditer(text):
        word = match.group(1)
        if zipf(word) < 3.0 or _count(doc, word) > 1 or not _PLAIN_WORD_END.match(text, match.start() - 1):
            continue
        yield self.edit(match.start(1), match.end(1), word.lower(), f"“{word}” capitalised mid-sentence.", 0.7)
    for match in _CAPITALISED_PAST.finditer(text):
        word = match.group(1)
        before = text[max(0, match.start() - 30) : match.start()].split()[-1:]
        if not before or not (before[0].isalpha() and before[0].islower()) or lexicon.is_function_word(before[0]) \
                or zipf(word) < 3.5 \
                or _count(doc, word) > 1:
            continue  # "with United in talks": after a function word a capital starts a name
        yield self.edit(match.start(1), match.end(1), word.lower(), f"“{word}” capitalised mid-sentence.", 0.7)
    for match in _quoted_phrase_capitals(text):
        word = match.group(1)
        before = text[max(0, match.start() - 30) : match.start()].split()
        if not before or not before[-1].isalpha() or not before[-1].islower() or before[-1] in lexicon.SPEECH_VERBS:
            continue
        if word == "I" or not lexicon.is_function_word(word.lower()):
            continue
        phrase = text[match.end(1) : text.find(match.group()[0] if match.group()[0] == '"' else "”", match.end(1))]
        words = lexicon.words(phrase)
        if any(w[:1].isupper() for w in words) or len(words) >= MAX_PHRASE_WORDS or any(
                w.lower() in lexicon.AUXILIARIES or w.lower() in lexicon.SUBJECT_PRONOUNS for w in [word, *words]):
            continue  # "In the Mood": a title's capitals run on; a quoted clause is a sentence
        yield self.edit(match.start(1), match.end(1), word.lower(), f"“{word}” capitalised inside a sentence.", 0.7)


RULES = (capitalised_function_word, title_case_sentence, lower_case_sentence_start, capitalised_phrase_opening)
