"""Participle and absolute phrases cut off a sentence by a false stop (for FR003).

"… closed the pass. Trapping 40 lorries overnight." and "… cut its forecast. Its chief
pointing to paper prices." have no finite verb: the participle phrase and the absolute
phrase (a noun phrase and its participle) are adjuncts of the sentence before, set off by
a comma. The evidence is the word shapes a real sentence of the same opening would have
and these lack: a finite verb after a gerund subject ("Testing begins in May."), a verb
or a phrase inside the noun phrase ("The move comes amid growing …"), a catenative verb
whose object the "-ing" form is ("The plan includes cutting …").
"""

from __future__ import annotations

from repair import lexicon
from repair.rules import verb_uses
from repair.rules.base import lazy_compile
from repair.rules.stops_classes import IRREGULAR_PARTICIPLES

_RELATIVES = frozenset("who whom whose which that".split())
_COUNTS = frozenset("a an one two three four five six seven eight nine ten several few".split())
_POSSESSIVE = lazy_compile(r"(?<=[a-z])['’]s$")


def _clause(tokens: list[str]) -> bool:
    """``lexicon.has_clause`` with possessives read as nouns."""
    return lexicon.has_clause([_POSSESSIVE.sub("", t) for t in tokens])


# Words ending in "-ing" that are no participle: pronouns, prepositions, nouns of time.
_ING_NOT_PARTICIPLE = frozenset(
    """nothing something anything everything during according following including regarding
    concerning pending notwithstanding morning evening king thing spring string""".split())
# "-ing" nouns common in news that a noun phrase may end on before its own verb.
_ING_NOUNS = frozenset(
    """building buildings meeting opening housing funding spending ceiling wedding hearing ruling
    landing shooting bombing training offering painting setting warning feeling finding
    crossing clothing lending pricing parking planning trading banking mining fishing farming
    recording reading listing filing ending beginning rating testing borrowing voting smoking
    drinking gambling marketing advertising accounting engineering manufacturing printing lobbying
    polling counting campaigning flooding sterling""".split())
NOT_ABSOLUTE = frozenset("which that this who whom whose".split())
MAX_ABSOLUTE_SUBJECT = 4


# A participle of saying whose "that" clause only frames the fact before it: a subject that
# points back ("this", "the move") and a frame with no fact of its own ("comes within the
# framework of its strategy", "is part of its efforts", "falls in line with the plan").
_FRAMING_REPORT = lazy_compile(
    r"(?i)(?:noting|adding|stressing|saying|explaining|pointing out|indicating|emphasi[sz]ing|underlining)"
    r" that (?:this|that|it|these|the (?:move|step|decision|deal|order|purchase|plan)) "
    r"(?:comes?|came|falls?|fell|is|was|are|were|forms?|formed|lies|lay)"
    r" (?:(?:(?:with)?in|under|as|into) (?:[a-z]+ ){0,2}?(?:framework|context|scope|line|part|frame|spirit)"
    r"|part of)\b[^,;:]{0,80}\.")


def framing_report(piece: str) -> bool:
    """``piece`` is a participle of saying whose "that" clause only frames the fact before
    it ("Noting that this comes within the framework of its strategy.")."""
    return _FRAMING_REPORT.fullmatch(piece) is not None


# Participles of saying, whose object is a reported clause ("…, saying prices would rise").
_SAYING = frozenset("saying adding noting claiming arguing warning stressing insisting explaining".split())
# Verb forms no gerund subject takes ("Saying no is rude" has "is"); a modal may follow one
# ("Saying no would be rude"), so only a plural verb tells a reported clause.
_PLURAL_VERBS = frozenset("were are have".split())


def _reported_clause(words: list[str]) -> bool:
    """``words`` (lower case, after a participle of saying) are a reported clause, not the
    rest of a sentence with a gerund subject: "that" and a clause, a subject pronoun and
    its verb ("they would …"), or a noun whose verb is plural ("thousands were fake")."""
    if len(words) < 3:
        return False
    if words[0] == "that":  # ("Saying that is wrong.": "that" the object, "is" the sentence's verb)
        return words[1] not in lexicon.AUXILIARIES and lexicon.has_clause(words[1:])
    if words[0] in ("he", "she", "they", "we", "it"):
        return words[1] in lexicon.AUXILIARIES or lexicon.looks_finite(words[1])
    return words[0] not in lexicon.DETERMINERS and words[1] in _PLURAL_VERBS


def _participle(word: str) -> bool:
    """An "-ing" form that can be a participle (not "nothing", "during", "morning")."""
    low = word.lower()
    return len(low) > 5 and low.endswith("ing") and low not in _ING_NOT_PARTICIPLE


def participle_piece(q: list[str]) -> str:
    """"participle" for a piece that opens with a participle and has no finite verb after
    it ("Forcing 40 families to leave.", "Having lost a third of its value."), "absolute" for
    a short noun phrase and a participle with its complement and no finite verb ("Its chief
    pointing to high costs."); "" otherwise. Both are adjuncts of the sentence before."""
    lowered = [t.lower() for t in q]
    if _participle(q[0]) and _modifier_subject(q, lowered):
        return ""  # "Rising prices hurt exporters.": the "-ing" word modifies the subject
    if _participle(q[0]) and lowered[0] not in _ING_NOUNS and lowered[1] not in lexicon.AUXILIARIES \
            and not _past(lowered[1]) \
            or lowered[0] == "having" and _past(lowered[1]):
        # "Forcing 40 families …", "Having lost …"; not a gerund subject before its verb
        # ("Testing begins in May.", "Borrowing for roads that pay off is wise.").
        rest = q[2:] if lowered[0] == "having" else q[1:]
        if lowered[0] in _SAYING and _reported_clause(lowered[1:]) and not framing_report(" ".join(lowered) + "."):
            # "Saying thousands were fake.": the clause is the participle's report. (One that
            # only frames the fact before it is FR001's to delete.)
            return "participle"
        if not rest or _clause(rest) or _finite_in(rest) or _verb_after_noun(rest) or _gerund_verb(lowered):
            return ""
        return "participle"
    if lowered[0] not in lexicon.DETERMINERS or lowered[0] in NOT_ABSOLUTE:
        return ""
    for i in range(2, min(len(q) - 1, MAX_ABSOLUTE_SUBJECT + 1)):
        if _participle(q[i]) and q[i].islower():
            subject, rest = lowered[1:i], q[i + 1 :]
            head = subject[-1]
            if head in lexicon.DETERMINERS or lowered[i] in _ING_NOUNS or _catenative(head):
                return ""  # "The opening ceremony …", "The plan includes cutting …": no participle
            if any(lexicon.looks_finite(w) for w in subject[:-1]) or any(
                    w in lexicon.PREPOSITIONS or w in lexicon.AUXILIARIES or _past(w) for w in subject):
                return ""  # "The move comes amid growing …", "These were reforming …": a verb or phrase
            if _clause(rest) or _finite_in(rest) or _verb_after_noun(rest):
                return ""
            return "absolute"
        if lowered[i] in lexicon.AUXILIARIES or _past(lowered[i]):
            return ""
    return ""


def _modifier_subject(q: list[str], lowered: list[str]) -> bool:
    """The piece opens on an "-ing" word clean news writes as a noun's modifier
    (:func:`repair.rules.verb_uses.ing_modifier`: "existing", "rising"; not "raising"), then
    a lower-case noun and a lower-case content word where the verb stands ("Existing plants
    supply …", "Rising prices hurt …"): a subject and its verb, not a participle and its
    object; a short phrase may part the noun and the verb ("Existing plants in Israel supply
    …"). A preposition third with nothing after its object ("Increasing pressure on rivals."),
    or a figure third ("Rising 4 percent."), leaves the participle reading; so does an "-ing" form, or an adverb second
    ("Rising sharply in May.")."""
    if len(q) < 3 or not verb_uses.ing_modifier(lowered[0]):
        return False
    noun, verb = q[1], q[2]
    if lowered[2] in lexicon.PREPOSITIONS:
        # "Existing plants in Israel supply …", "Existing branches in the north close …": the
        # subject's noun takes a short phrase (a preposition, an optional determiner, one
        # word) before its verb, which needs words after it ("Increasing pressure on rivals in
        # May." has none: the participle reading stays).
        at = 4 if lowered[3:4] and lowered[3] in lexicon.DETERMINERS else 3
        if len(q) < at + 3:
            return False
        verb = q[at + 1]
    # (no "-ly" test on the verb: "supply", "apply", "rally" end so; an adverb there is rare)
    return all(w.isalpha() and w.islower() and not lexicon.is_function_word(w) and w not in lexicon.AUXILIARIES
               and not w.endswith("ing") for w in (noun, verb)) and not noun.endswith("ly") and verb != "to"


# "-ing" verbs that take two objects ("Giving families a week to leave."): after one, a
# plural noun before a determiner is the first object, not the finite verb of a gerund.
_DITRANSITIVE_ING = frozenset(
    """giving offering sending handing granting leaving costing earning denying owing showing
    telling allowing lending paying promising teaching bringing buying winning""".split())


def _gerund_verb(lowered: list[str]) -> bool:
    """The word after an opening "-ing" form is the finite verb of a gerund subject
    ("Dredging keeps the channel open.", "Commuting seems the only option."): a linking
    verb, or a present "-s" form followed by a determiner, which a plural object of a
    participle ("Cutting costs by a fifth.") is not, unless the participle takes two
    objects ("Giving families a week …"). ``lowered``: the piece's words, lower case."""
    verb = lowered[1] if len(lowered) > 1 else ""
    if verb in _LINKING:
        return lowered[2:3] != ["of"]  # "Finding remains of a wall.": the object, a noun
    return len(lowered) > 2 and lowered[0] not in _DITRANSITIVE_ING and verb.endswith("s") \
        and lexicon.looks_finite(verb) and lowered[2] in lexicon.DETERMINERS


def _past(word: str) -> bool:
    """A past form: irregular, or "-ed" (lower-case ``word``)."""
    return word in lexicon.IRREGULAR_PAST or len(word) > 3 and word.endswith("ed")


# Verbs that take an "-ing" complement ("includes cutting", "began testing"): before one the
# "-ing" form is their object, not an absolute phrase's participle.
_CATENATIVES = frozenset(
    """include involve mean require start begin stop keep avoid continue risk consider enjoy
    see need like love hate prefer recommend suggest deny admit mind finish quit resume
    mention propose favour favor justify""".split())


def _catenative(word: str) -> bool:
    """``word`` (lower case) is a catenative verb in any present or past form."""
    for stem in (word, word[:-1], word[:-2], word[:-1] + "e" if word.endswith("d") else word):
        if stem in _CATENATIVES:
            return True
    return word.endswith("ies") and word[:-3] + "y" in _CATENATIVES


def _verb_after_noun(tokens: list[str]) -> bool:
    """An "-s" or "-ed" form after a word that is no determiner, preposition or count
    ("… investments that pay off makes sense"): a finite verb a gerund subject would take.
    The first token (the participle's object) is not read; a relative word counts too."""
    lowered = [t.lower() for t in tokens]
    for j in range(1, len(lowered)):
        word, before = lowered[j], lowered[j - 1]
        if word in _RELATIVES:
            return True
        if before in lexicon.DETERMINERS or before in lexicon.PREPOSITIONS or before in _COUNTS \
                or before[:1].isdigit() or before == "to" or tokens[j][:1].isupper():
            continue
        after = lowered[j + 1] if j + 1 < len(lowered) else ""
        if lexicon.looks_finite(word) and not (word.endswith("s") and (not after or after in lexicon.PREPOSITIONS
                                                                       or after in ("and", "or"))):
            return True  # (a plural noun before a preposition or at the end: "food prices in the south")
    return False


def _finite_in(tokens: list[str]) -> bool:
    """An auxiliary, a past form or a speech verb anywhere in ``tokens`` (no subject needed)."""
    return any(t.lower() in lexicon.AUXILIARIES or t.lower() in lexicon.IRREGULAR_PAST
               or t.lower() in lexicon.SPEECH_VERBS for t in tokens)


_POSSESSIVES = frozenset("its their his her".split())
MAX_PAST_ABSOLUTE_WORDS = 8


def past_absolute_piece(q: list[str]) -> bool:
    """A possessive noun phrase and a past form, with at most an adverb before it and a
    prepositional phrase after it ("Its hull badly damaged.", "Their faces covered in
    ash."): an absolute phrase cut off the sentence before, or a sentence of its own whose
    verb is that past form ("Its hold flooded."). The text cannot tell which, so the caller
    only displays the join."""
    if not 3 <= len(q) <= MAX_PAST_ABSOLUTE_WORDS or q[0].lower() not in _POSSESSIVES:
        return False  # before lowering every word: FR003 asks this of most sentences it reads
    lowered = [t.lower() for t in q]
    for i in range(2, min(len(q), 6)):
        word = lowered[i]
        if _past(word) and q[i].islower():
            adverb = lowered[i - 1].endswith("ly") or lowered[i - 1] in ("still", "half")
            noun = lowered[1 : i - 1] if adverb else lowered[1:i]
            if not noun or any(lexicon.is_function_word(w) or _past(w) or w in lexicon.AUXILIARIES for w in noun):
                return False
            rest = lowered[i + 1 :]
            if not adverb and (not rest or rest[0] not in ("by", "with", "in")):
                return False  # "Its coach resigned after the match.": a plain past, most likely
            return not rest or rest[0] in lexicon.PREPOSITIONS and not _finite_in(rest) and not _clause(q[i + 2 :])
        if word in lexicon.AUXILIARIES or lexicon.is_function_word(word):
            return False
    return False


MAX_ADVERB_ABSOLUTE_WORDS = 12
# Degree and state adverbs that sit before a participle in an absolute phrase ("its hold
# partly flooded", "his calf heavily strapped"); a finite past takes a manner adverb after it.
_DEGREE_ADVERBS = frozenset("partly partially half still heavily badly fully largely barely slightly".split())


def adverb_past_absolute(q: list[str]) -> bool:
    """``q`` is a possessive noun phrase, a degree adverb and a past participle ("Its cargo
    hold partly flooded.", "His left knee heavily strapped after the fall."): English does
    not put "partly"/"heavily" between a subject and its finite past, so this is the
    absolute phrase, not a sentence, and the comma join may be proposed (unsafe)."""
    if not 4 <= len(q) <= MAX_ADVERB_ABSOLUTE_WORDS or q[0].lower() not in _POSSESSIVES:
        return False
    lowered = [t.lower() for t in q]
    for i in range(3, min(len(q), 6)):
        if lowered[i - 1] in _DEGREE_ADVERBS and _past(lowered[i]) and q[i].islower():
            noun = lowered[1 : i - 1]
            if any(lexicon.is_function_word(w) or _past(w) or w in lexicon.AUXILIARIES for w in noun):
                return False
            rest = lowered[i + 1 :]
            return not rest or rest[0] in lexicon.PREPOSITIONS and not _finite_in(rest) and not _clause(q[i + 2 :])
        if lexicon.is_function_word(lowered[i]) or lowered[i] in lexicon.AUXILIARIES:
            return False
    return False


MAX_PAIRED_ABSOLUTE_WORDS = 16
# Linking verbs that make a verbless-looking second conjunct a clause ("its cargo remains intact").
_LINKING = frozenset("remains remain stays stay seems seem looks look appears appear became becomes".split())


def paired_absolute(q: list[str]) -> bool:
    """``q`` is two possessive absolute phrases joined by "and", the first with a past
    participle and nothing after it, the second with no verb at all ("its mast snapped and
    its crew of six unhurt", "Their homes flooded and their fields under water"). The
    verbless second half cannot be a clause, so neither is the first: English coordinates
    like with like, and "snapped" with no auxiliary is the absolute's participle. Cut off the
    sentence before by a false stop; a comma joins it."""
    if not 6 <= len(q) <= MAX_PAIRED_ABSOLUTE_WORDS or q[0].lower() not in _POSSESSIVES:
        return False
    lowered = [t.lower() for t in q]
    if "and" not in lowered[3:6]:
        return False
    conj = lowered.index("and", 3)
    first, second = lowered[1:conj], lowered[conj + 1 :]
    # The first half: a noun (one to three words, no function word) and its participle last.
    if not 2 <= len(first) <= 4 or not (_past(first[-1]) or first[-1] in IRREGULAR_PARTICIPLES) \
            or not q[conj - 1].islower() \
            or any(lexicon.is_function_word(w) or _past(w) or w in lexicon.AUXILIARIES for w in first[:-1]):
        return False
    # The second: a possessive noun phrase and one last word, with no verb form before it.
    if len(second) < 3 or second[0] not in _POSSESSIVES:
        return False
    return not any(_past(w) or w in lexicon.AUXILIARIES or w in lexicon.SPEECH_VERBS or w in _LINKING
                   or w.endswith("ing") for w in second[1:-1]) and second[-1] not in lexicon.AUXILIARIES
