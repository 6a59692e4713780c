"""The comma join at a false stop: the piece after it is an aside English sets off with a comma.

``comma_join`` is one of the candidate builders :func:`repair.rules.stops.choose` asks
(the others are in :mod:`repair.rules.stops_candidates`); ``absolute_phrase`` also tells
SP001 that a lower-case piece with its own "having"/"being" still continues the sentence.
Arguments as in :mod:`repair.rules.stops_candidates`.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.base import lazy_compile
from repair.rules.choice_signals import relative_adverb_aside
from repair.rules.cutoff_participles import paired_absolute
from repair.rules.stops_candidates import _FIGURE_LABELS, StopRepair
from repair.rules.stops_phrases import _ORDINALS, _SUPERLATIVE
from repair.rules.stops_words import is_bare_verb, looks_modifier, summary_appositive

# Openers of an adjunct that English sets off with a comma after a complete sentence
# ("… the airport, including three runways."; "…, according to the ministry.").
_COMMA_OPENERS = frozenset("including especially particularly notably mainly mostly according".split())
# Prepositions of concession and contrast: their phrase weighs against the whole clause
# before ("… held, despite two attacks."; "…, unlike its rivals."), an aside set off with a
# comma, where a place or time phrase restricts the verb and joins bare ("… held in May.").
_CONCESSIVE = frozenset("despite unlike notwithstanding".split())
_CONCESSIVE_PAIRS = frozenset([("in", "spite"), ("regardless", "of"), ("compared", "with"), ("compared", "to"),
                               ("in", "contrast"), ("contrary", "to")])
# Contrast linkers: with a clause of their own they start a second main clause, which takes
# a comma ("… rose, but exports fell.").
_CONTRAST = frozenset("but while whereas although though yet".split())
# Words that open a part-of phrase after a counted noun ("… 40 patients, most of them children").
_QUANTIFIERS = frozenset("most many some all half several none both each one two three four five".split())
_YEAR = lazy_compile(r"(?:19|20)\d\d")  # "… in January 2025. Which destroyed …": a year takes the aside too


def absolute_phrase(piece: str) -> bool:
    """The lower-case ``piece`` (raw text) is a noun phrase and "having"/"being" with no
    finite verb before it ("its engines having been checked", "the crew being questioned"):
    an absolute phrase cut off the clause before the stop, which a comma joins; or a pair
    of possessive absolutes (:func:`repair.rules.cutoff_participles.paired_absolute`). Only the
    words before its first comma count ("the owner, having waited, said …" is a clause)."""
    q = lexicon.words(piece.split(",", 1)[0])
    return len(q) >= 3 and q[0] in _ABSOLUTE_HEADS and any(w in ("having", "being") for w in q[1:4]) \
        and not any(w in lexicon.AUXILIARIES and w not in ("having", "being", "been") for w in q[1:4]) \
        or paired_absolute(q)  # "its mast snapped and its crew unhurt": a verbless second half


def comma_join(p: list[str], q: list[str], first: str, stop: int, piece_start: int, lowered: str,
                piece: str) -> StopRepair | None:
    """The join with a comma when the piece is an adjunct English sets off: a non-restrictive
    "which" clause, "who" after a name, "where" and a clause after a place name ("… in
    Leeds, where the club won"), a contrast clause ("but exports fell"), a
    participle after a place or time ("… on Thursday, weakening as it goes"), or an
    "including"/"especially"/"according to" phrase, a part of what the sentence counted
    ("… 40 patients, most of them children"), or the change a figure shows ("… 2.1
    million boxes, up 8% from a year earlier"); None otherwise."""
    head = q[0].lower()
    last = p[-1]
    if lexicon.is_function_word(last) or len(q) < 2:
        return None
    negated = any(t.lower() in ("not", "no", "never") or t.lower().endswith("n't") for t in p[-6:])
    participle = first.islower() and head.endswith("ing") and len(head) > 5 and (
        last[:1].isupper() or last.lower() in lexicon.TIME_WORDS or _result_object(q))
    # "… 40 engineers. most of them …"; capitalised only with a relative ("Most of whom …"):
    # "Most of them were children." is a sentence of its own.
    part_of = head in _QUANTIFIERS and q[1].lower() == "of" and (
        first.islower() or len(q) > 2 and q[2].lower() in ("whom", "which"))
    summary = first.islower() and summary_appositive(q) and not lexicon.is_function_word(last)
    # "… about saving lives. nothing more.", "… about trade. not politics.": a negative
    # afterthought that sets the sentence against what it is not.
    negative_aside = first.islower() and head in _NEGATIVE_HEADS and not lexicon.has_clause(q)
    # "… voted with the government. with nine voting against.": "with", a noun phrase and a
    # participle is an absolute phrase, set off after a complete clause (not after a verb
    # form, whose object "with" may open: "… was filled. with people waiting").
    # "… fell overnight. with more forecast for Sunday.": a past participle does the same.
    absolute = first.islower() and head == "with" and len(q) >= 3 and any(
        w.endswith("ing") and len(w) > 4 or is_bare_verb(w) for w in q[2:4]) and not is_bare_verb(last) \
        and not last.endswith("ing")
    # "… left port at midnight. its engines having been checked.": a noun phrase and
    # "having"/"being" with no finite verb is an absolute phrase, set off the same way.
    absolute = absolute or (first.islower() and absolute_phrase(piece))
    # "… six banks. among them two …": "among them" adds to a noun already named; a relative
    # clause opened by a preposition ("… 2,000 households. of which a quarter …") is
    # ``_relative_after_preposition`` below, which keeps a defining one bare.
    relative_pp = len(q) >= 3 and head == "among" and q[1].lower() in ("them", "those") \
        or _relative_after_preposition(p, q)  # capitalised too: "… households. Of which a quarter …"
    concessive = first.islower() and (head in _CONCESSIVE or (head, q[1].lower()) in _CONCESSIVE_PAIRS)
    # A lower-case "which" after a full stop opens a non-restrictive clause wherever the sentence
    # ends: on a word, a year or a figure alike ("… fell 18%. which it blamed on …", "… in 2019.
    # which destroyed …"); a defining "which" never follows a complete sentence. A capitalised
    # "Which" after a figure may open a question of its own ("… 52 to 48. Which side gains …").
    if head in _COMMA_OPENERS or participle or part_of or concessive or summary or negative_aside or absolute \
            or _figure_aside(p, q) or relative_pp \
            or (head == "which" and (first.islower() or not last[:1].isdigit()
                                     or _YEAR.fullmatch(last.rstrip(".,")) is not None)) \
            or (head == "where" and last[:1].isupper() and len(p) > 2 and lexicon.has_clause(q[1:])) \
            or (first.islower() and relative_adverb_aside(p, q)) \
            or (head in ("who", "whose") and last[:1].isupper() and len(p) > 2) \
            or (first.islower() and (appositive_after_name(p, q) or _appositive_with_relative(p, q, piece))) \
            or (first.islower() and ing_absolute(q)) \
            or (first.islower() and (_tally_aside(p, q) or [w.lower() for w in q[:3]] == ["in", "addition", "to"])) \
            or capitalised_renaming(q) or (first.islower() and _renaming_with_time_clause(q)) \
            or (first.islower() and _participle_after_complement(p, q)) \
            or (first.islower() and (_pronoun_part_of(q) or _manner_clause(p, q))) \
            or (head in _CONTRAST and not _shared_subject(q)
                and (lexicon.has_clause(q[1:]) or (head == "but" and not negated))):
        return StopRepair("join-comma", stop, piece_start + 1, ", " + lowered, 0.75,
                          f"“{piece}” continues the sentence as an aside; joined with a comma.")
    return None


_NEGATIVE_HEADS = frozenset("nothing not none".split())
_RELATIVE_WORDS = frozenset("which who whom whose".split())
_PARTICLES = frozenset("away off out up down back over on in".split())


def _appositive_with_relative(p: list[str], q: list[str], piece: str) -> bool:
    """The piece is an article, a short noun phrase and a relative clause ("the basic right
    which the court set out in 1979") after a sentence ending on a noun (a hyphenated one
    too: "self-rule", "long-haul"): a noun phrase
    renaming that noun, which the relative clause defines; English sets it off with a comma.
    The noun phrase before the relative word has no verb, so the piece is no clause, and no
    comma before the relative word ("the atmosphere of planets, which makes …" comments on
    a whole clause: the object of a verb cut off at a particle, "tear away.", not an aside)."""
    if len(p) < 3 or len(q) < 4 or q[0].lower() not in ("the", "a", "an") or lexicon.is_function_word(p[-1]) \
            or p[-1].lower() in _PARTICLES or not p[-1].replace("-", "").isalpha() or is_bare_verb(p[-1]):
        return False
    at = next((i for i in range(2, min(len(q), 6)) if q[i].lower() in _RELATIVE_WORDS), None)
    return at is not None and not lexicon.has_clause(q[:at]) and "," not in piece.split(f" {q[at]} ", 1)[0]


# Determiners that open the noun phrase of an absolute phrase ("its engines having …").
_ABSOLUTE_HEADS = frozenset("the its his her their our a an".split())
# Counts that open the object of a result participle ("stranding tens of thousands").
_COUNT_NOUNS = frozenset("tens hundreds thousands millions dozens scores".split())


def _result_object(q: list[str]) -> bool:
    """The participle takes an object that opens with a determiner or a count ("stranding
    tens of thousands", "killing 12 people", "forcing the airport to close"): a clause of
    result after the whole sentence, which English sets off with a comma."""
    if len(q) < 3:
        return False
    second = q[1].lower()
    if (second in lexicon.DETERMINERS and second != "that") or second in _COUNT_NOUNS or second[:1].isdigit():
        return True
    # A bare noun object with its own complement ("ending weeks of deadlock", "raising
    # fears of a strike"): a plural or mass noun, then "of"/"for"/"to" and more.
    return q[1][:1].islower() and not lexicon.is_function_word(second) and not second.endswith("ly") \
        and q[2].lower() in ("of", "for", "to", "about", "over") and len(q) >= 4


def _figure_aside(p: list[str], q: list[str]) -> bool:
    """The piece gives the change of a figure the sentence states ("Up 8% from a year
    earlier.", "An increase of 32 percent."), sets it against another figure ("against 3.6
    million a year earlier", "compared with 11 in May"), or sizes it against something else
    ("about twice the town's population", "more than three times last year's"): an aside
    English sets off with a comma."""
    if not any(t[:1].isdigit() for t in p):
        return False
    head = q[0].lower()
    if head in ("up", "down"):
        # "up 8%", "down from 6.1 percent", "up from about 9,000": the change or the earlier figure
        # ("up from an estimate of 9 million": the earlier figure a few words on)
        return q[1][:1].isdigit() or (q[1].lower() == "from" and any(t[:1].isdigit() for t in q[2:6])
                                      and not lexicon.has_clause(q[1:6]))
    if head == "plus":
        # "… 18 million euros. plus up to 4 million in add-ons": a second amount added on
        return any(t[:1].isdigit() for t in q[1:4]) and not lexicon.has_clause(q[1:6])  # a tag may follow
    if head in _SET_AGAINST or (head == "compared" and q[1].lower() in ("with", "to")):
        # Only a second figure makes the phrase a comparison: "beat them 3-1. against all
        # expectations." or "… the final. against Mannheim." is the verb's own adjunct.
        return any(t[:1].isdigit() or t.lower() in _COUNTED or t.lower() in _AMOUNT_WORDS for t in q[1:]) \
            and not lexicon.has_clause(_no_possessives(q[1:]))
    if _multiple_of(q):
        return True
    if head in _APPROXIMATORS and any(t[:1].isdigit() for t in p[-4:]) and len(q) >= 3:
        # "… put the crowd at 60,000. about twice the town's population.": a second figure
        # (a multiple or a share) after the one the sentence ends on restates it, an appositive.
        return q[1].lower() in _RESTATING_MULTIPLES \
            or (q[1][:1].isdigit() and q[2].lower() in ("times", "percent", "per"))
    return head in ("a", "an") and len(q) > 2 and q[1].lower() in _FIGURE_LABELS and q[2].lower() == "of"


# Prepositions that set one figure against another ("… 47 percent. against 58 percent …").
_SET_AGAINST = frozenset("against versus vs".split())
# Words that scale a figure by another ("twice", "half", "three times"), and the hedges that
# may come before them ("about", "more than", "almost").
_MULTIPLES = frozenset("twice double triple treble thrice half quadruple".split())
_HEDGES = frozenset("about roughly almost nearly around some more less than well far just over under".split())


def _multiple_of(q: list[str]) -> bool:
    """The verbless piece opens, after at most two hedging words, with a multiple ("twice",
    "half", "three times") and a noun phrase for it to scale ("about twice the town's
    population", "more than three times the first estimate"): a measure of the figure
    before the stop, not a part of its clause."""
    words = [w.lower() for w in q]
    at = 0
    while at < 2 and at < len(words) and words[at] in _HEDGES:
        at += 1
    if at + 1 >= len(words):
        return False
    scaled = words[at] in _MULTIPLES or (
        (words[at][:1].isdigit() or words[at] in _COUNTED) and words[at + 1] == "times")
    return scaled and not lexicon.has_clause(_no_possessives(q[at:]))


def _no_possessives(q: list[str]) -> list[str]:
    """The words with a possessive "'s" cut off: "the town's population" has no "is"."""
    return [w[:-2] if w.endswith(("'s", "’s")) else w for w in q]


_COUNTED = frozenset("two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty".split())
# Words that name a second amount where no figure stands ("against an average of eight").
_AMOUNT_WORDS = frozenset("average total dozen hundred thousand million billion".split())


_NOT_COMPARATIVE = frozenset("never other either neither rather together whether however".split())


def _shared_subject(q: list[str]) -> bool:
    """The contrast word is followed straight by a verb ("but faces rising costs", "but
    was delayed"): a second predicate of the sentence's own subject, which English joins
    without a comma. A subject of its own ("but exports fell") has its verb one word on."""
    if len(q) < 2 or not q[1][:1].islower() or lexicon.is_function_word(q[1]):
        return False
    second = q[1].lower()
    if second in lexicon.AUXILIARIES or second in lexicon.IRREGULAR_PAST or second in lexicon.SPEECH_VERBS \
            or (len(second) > 4 and second.endswith("ed")):
        return len(q) == 2 or not lexicon.looks_finite(q[2].lower())
    if len(q) < 3 or not lexicon.looks_finite(second):
        return False
    # An "-s" word is a verb or a plural subject ("but analysts expect growth"): only what
    # follows tells; an article, a preposition, an "-ing" form, a figure or an adjective
    # (a comparative too) follows a verb ("but faces rising costs", "but remains cautious",
    # "but faces higher costs").
    # A past or auxiliary verb further on is the verb of an "-s" subject ("while imports from
    # Europe rose").
    third = q[2].lower()
    later_verb = any(t.lower() in lexicon.AUXILIARIES or t.lower() in lexicon.IRREGULAR_PAST
                     or (len(t) > 4 and t.lower().endswith("ed")) for t in q[2:])
    comparative = len(third) > 4 and third.endswith("er") and third not in _NOT_COMPARATIVE
    return not later_verb and (lexicon.is_function_word(third) or third.endswith("ing") or third[:1].isdigit()
                               or looks_modifier(third) or comparative)


# Articles that open an appositive noun phrase ("Ana Ruiz, a lawyer at …", "…, the board's head").
_APPOSITIVE_ARTICLES = frozenset("a an the".split())


def appositive_after_name(p: list[str], q: list[str]) -> bool:
    """The piece is a noun phrase (an article, no clause) after a sentence ending on a full
    name ("… led by Ana Ruiz. an engineer at the port."): an appositive that says who the
    person is, which English sets off with a comma. A time ("… on Monday. the next day")
    or a piece with a verb of its own is no appositive."""
    if len(q) < 2 or len(p) < 3 or q[0].lower() not in _APPOSITIVE_ARTICLES:
        return False
    last, before = p[-1], p[-2]
    # A full name ("Ana Ruiz"), or one capitalised word "the" makes an institution ("the Senate").
    institution = before == "the" and last[:1].isupper() and last[1:].islower()
    if not (last[:1].isupper() and (before[:1].isupper() and not lexicon.is_function_word(before) or institution)) \
            or last.lower() in lexicon.TIME_WORDS or before.lower() in lexicon.TIME_WORDS:
        return False
    if any(t.lower() in lexicon.TIME_WORDS or t.lower() in lexicon.TIME_OPENERS for t in q[1:3]):
        return False
    # "the board's new head": a possessive after the article, not "board is".
    bare = [t[:-2] if i == 1 and t.endswith(("'s", "’s")) else t for i, t in enumerate(q)]
    # A relative clause inside the appositive has its own verb ("an engineer who had
    # trained in Lyon"): only the noun phrase before it must be verbless.
    for i, word in enumerate(bare):
        if i > 1 and word.lower() in ("who", "whom", "whose", "which", "where"):
            bare = bare[:i]
            break
        if i > 1 and is_bare_verb(word) and i + 1 < len(bare) and bare[i + 1] == "by":
            bare = bare[:i]  # "the upper house appointed by the king": a reduced passive relative
            break
    return not lexicon.has_clause(_name_heads(bare))


def _name_heads(tokens: list[str]) -> list[str]:
    """``tokens`` with each run of capitalised words cut to its first: the rest of a name is
    no verb ("the Institut Jaume Balmes", "a firm in Los Angeles"), though a name word in
    "-s" after a name reads as one to ``lexicon.has_clause`` ("Jones says")."""
    return [t for i, t in enumerate(tokens) if not (i and t[:1].isupper() and tokens[i - 1][:1].isupper())]


_ING_ABSOLUTE_REACH = 8  # how far into the piece its "-ing" word may stand ("its judge at one point asking")


def ing_absolute(q: list[str]) -> bool:
    """The piece is a possessive or "the" noun phrase, then an "-ing" form with no finite
    verb before it ("its judge at one point asking the court …", "the crowd chanting his
    name"): an absolute phrase cut off the clause before, which a comma joins. An "-ing"
    word straight after the determiner is an adjective ("its presiding judge"), not the
    phrase's verb; a plural or past form before it may be a finite verb, so none may stand."""
    if len(q) < 3 or q[0].lower() not in _ABSOLUTE_HEADS or q[0].lower() in ("a", "an"):
        return False
    for i in range(2, min(len(q), _ING_ABSOLUTE_REACH)):
        word = q[i].lower()
        before = q[i - 1].lower()
        if word.endswith("ing") and len(word) > 5 and not lexicon.is_function_word(q[i - 1]):
            return True
        if len(word) > 5 and word.endswith("ed") and (before in lexicon.DETERMINERS or before.endswith("ly")
                                                       and i == 2):
            continue  # "the disputed villages", "its newly built wing": an adjective inside the noun phrase
        # A past participle is no finite verb where English never puts one: "un-…-ed" has no
        # finite use ("their positions unchanged"), and a state adverb between subject and a
        # finite past is rare ("their fields already threatened by …", "its doors still shut").
        if (word.startswith("un") and word.endswith("ed") and len(word) > 6) or (
                before in _STATE_ADVERBS and is_bare_verb(word) and i >= 3):
            return True
        if word.endswith("s") and q[i - 2].lower() in lexicon.PREPOSITIONS | lexicon.DETERMINERS and (
                before in lexicon.DETERMINERS or (len(before) > 5 and before.endswith("ed")) or looks_modifier(before)):
            continue  # "on the disputed villages": a plural noun in a phrase, not a verb ("the north remains")
        if word in lexicon.AUXILIARIES or lexicon.looks_finite(word) or word in lexicon.IRREGULAR_PAST \
                or word in lexicon.SUBJECT_PRONOUNS or word in ("that", "which", "who"):
            return False
    return False


# Adverbs that stand before the participle of an absolute phrase ("its roof still shut").
_STATE_ADVERBS = frozenset("already still now long partly largely badly heavily fully".split())


_VOTE_WORDS = frozenset("vote votes voted ballot".split())


def _tally_aside(p: list[str], q: list[str]) -> bool:
    """A vote's tally ends the sentence ("The vote was 38-24.", "… passed 9 to 4.") and the
    piece says how it split ("with two abstentions", "along party lines"): an aside on the
    tally, set off with a comma. A score of a match takes "with" plainly ("won 2-1 with a
    late goal"), so the sentence must be about a vote."""
    if len(q) < 2 or q[0].lower() not in ("with", "along") or len(p) < 3:
        return False
    # (``lexicon.words`` splits "38-24." into "38" and "24.", the stop kept on the last.)
    last = p[-1].rstrip(".")
    tally = last.isdigit() and (p[-2].isdigit() or (p[-2].lower() == "to" and p[-3].isdigit()))
    return tally and any(w.lower() in _VOTE_WORDS for w in p)


_RENAMING_HEADS = frozenset("The Its Their His Her".split())
# Words that open a clause inside the renaming phrase ("… day since the firm listed").
_SUBORDINATORS = frozenset("since when after before as that which who because while where".split())


# A word token opening on an ASCII letter, as ``lexicon.words`` reads it.
_ASCII_OPENER = lazy_compile(r"[A-Za-z][A-Za-z'’-]*")


def may_open_renaming(piece: str) -> bool:
    """False when :func:`capitalised_renaming` surely refuses ``lexicon.words(piece)``: the
    piece opens on an ASCII letter (its first token is the run of token characters there)
    and that word is no head of a renaming. Read before tokenising: FR001 asks at every
    short piece."""
    opener = _ASCII_OPENER.match(piece)
    return opener is None or opener.group() in _RENAMING_HEADS


def capitalised_renaming(q: list[str]) -> bool:
    """The capitalised piece is a superlative noun phrase renaming what the sentence before
    reports ("Shares fell 9%. Their worst day since the listing in 2011."): no verb of its
    own before a clause it may hold ("since the company listed"), so no sentence; a comma
    joins it. "The worst was over." or "Their biggest loss came in May." have a verb."""
    if len(q) < 3 or q[0] not in _RENAMING_HEADS or not _SUPERLATIVE.fullmatch(q[1].lower()):
        return False
    head: list[str] = []
    for word in q[1:]:
        if word.lower() in _SUBORDINATORS:
            break
        head.append(word)
    return len(head) >= 2 and not lexicon.has_clause(head)


# Words that open a time clause a superlative is ranked against ("the highest since the plant opened").
_TIME_SUBORDINATORS = frozenset("since when after before".split())


def _renaming_with_time_clause(q: list[str]) -> bool:
    """The lower-case piece is a superlative noun phrase whose time clause ranks it ("… 214
    horses. the highest number since the first ones were freed", "… to 5.5%. its highest
    level since the crisis began"): the clause belongs to the phrase, so the whole renames
    what the sentence reports and a comma sets it off, as without the clause ("the highest
    on record"). The words before the clause hold no verb: "the oldest residents say …" and
    "the best team won when …" are sentences."""
    if len(q) < 5 or q[0] not in ("the", "its", "their", "his", "her") or not _SUPERLATIVE.fullmatch(q[1].lower()):
        return False
    for i, word in enumerate(q[2:6], start=2):
        if word.lower() in _TIME_SUBORDINATORS:
            return i + 1 < len(q) and not lexicon.has_clause(q[1:i])
        if word.lower() in _SUBORDINATORS:
            return False
    return False


# Sentence ends no participle can describe (not nouns): an ordinal or an adverb of time or
# place ("finished second.", "arrived late.").
_COMPLEMENT_ENDS = frozenset("again late early home away too".split())


def _participle_after_complement(p: list[str], q: list[str]) -> bool:
    """A past participle and its agent or adjunct ("beaten by four seconds") after a
    sentence ending on an ordinal or adverb ("Kiprop finished second."): with no noun
    before the stop to modify, it describes the subject, an aside set off with a comma.
    After a noun ("a fund set up in 2020") it is a reduced relative, joined plainly."""
    if len(q) < 3 or not is_bare_verb(q[0]) or q[1].lower() not in lexicon.PREPOSITIONS:
        return False
    last = p[-1].lower().rstrip(".")
    return last in _ORDINALS or last in _COMPLEMENT_ENDS or (last.endswith("ly") and len(last) > 4)


_AGE_APPOSITIVE = lazy_compile(r"\d{1,3}, (?:a|an|the|who)\b")


def age_after_name(p: list[str], piece: str) -> bool:
    """The piece is a person's age and an appositive ("54, a former banker …", "37, who
    …") after a sentence ending on a full name ("… chose Ana Ruiz."): the name's
    appositives, which English sets off with commas ("Ana Ruiz, 54, a former banker")."""
    if len(p) < 3 or not _AGE_APPOSITIVE.match(piece):
        return False
    last, before = p[-1], p[-2]
    return last[:1].isupper() and before[:1].isupper() and not lexicon.is_function_word(before) \
        and last.lower() not in lexicon.TIME_WORDS and before.lower() not in lexicon.TIME_WORDS


def possessed_title(p: list[str]) -> bool:
    """The sentence ends on a noun a possessive holds, at most two words before it ("the
    town's fire chief", "its chief executive"), and not on a time ("the year's last week"):
    the title of one person, whose name after it is an appositive. ("the mayor Ana Ruiz"
    may take the name as a close appositive, with no comma.)"""
    return p[-1].lower() not in lexicon.TIME_WORDS and any(
        w.endswith(("'s", "’s")) or w.lower() in _POSSESSIVES for w in p[-3:-1])


_POSSESSIVES = frozenset("its their his her our".split())

# Words that make a figure approximate, and the multiples and shares a restating figure
# names ("about twice the …", "nearly half of …", "roughly a third of …").
_APPROXIMATORS = frozenset("about nearly almost roughly around some over more than".split())
_RESTATING_MULTIPLES = frozenset("twice double triple half a one two three four five ten".split())


def _relative_after_preposition(p: list[str], q: list[str]) -> bool:
    """The piece opens with a preposition and a relative word ("in which the planet …",
    "during which 40 people …", "of whom two …"), then a clause: a relative clause, which
    after a complete sentence and its stop is non-restrictive, like a bare "which". After a
    noun with an article ("… a house. in which he was born") it may define the noun, so
    only a bare or counted noun ("over four nights", "three days") takes the comma."""
    last = p[-1].lower() if p else ""
    # (A verb before the stop leaves the relative word no noun: "… as it stood. in which …".)
    return len(q) >= 4 and len(p) >= 2 and q[0].lower() in lexicon.PREPOSITIONS \
        and q[1].lower() in ("which", "whom", "whose") and p[-2].lower() not in ("a", "an", "the") \
        and last not in lexicon.IRREGULAR_PAST and not is_bare_verb(last) \
        and lexicon.has_clause(q[2:])


def _pronoun_part_of(q: list[str]) -> bool:
    """"among them"/"among those" and a noun phrase ("… nine airlines. among them Delta and
    KLM."): the members of the set the sentence named, an aside like "including"."""
    return len(q) >= 3 and q[0].lower() == "among" and q[1].lower() in ("them", "those", "others")


_COMPARISON_WORDS = frozenset("as same such so".split())


def _manner_clause(p: list[str], q: list[str]) -> bool:
    """"as" and a clause with its own subject and a finite verb ("… a bonus to its staff. as
    it did last year.", "as the court had in 2019"): a clause of comparison after a whole
    sentence, set off with a comma. After "as"/"the same"/"such"/"so" in the sentence's last
    words it completes that comparison ("… as high. as it was") and joins plainly."""
    if len(q) < 3 or q[0].lower() != "as" or len(p) < 3 or any(w.lower() in _COMPARISON_WORDS for w in p[-4:]):
        return False
    subject = q[1].lower()
    verb_at = 2 if subject in lexicon.SUBJECT_PRONOUNS else 3 if subject in ("the", "its", "their") else 0
    if not verb_at or len(q) <= verb_at:
        return False
    verb = q[verb_at].lower()
    return verb in lexicon.AUXILIARIES or verb in lexicon.IRREGULAR_PAST or (len(verb) > 4 and verb.endswith("ed"))
