"""Closed word classes the stop repairs key on, and the lone-word pieces they decide.

A false stop that strands one word leaves a piece whose repair follows from the word's
class, not from the word itself:

==============================  ==========================================  =====================
lone piece                      example (ours)                              repair
==============================  ==========================================  =====================
an irregular past participle    "The dam was finished in 1931. Built."      delete (content-free)
a place or direction adverb     "… sold the stake to investors. Overseas."  join, lower-cased
an object pronoun after a       "… banned imports from the rival port. it." delete (an intruder):
complete noun phrase                                                        no verb wants it
a lone lower-case common noun   "… the talks resume on Monday. venue."      delete after a date,
after a date or place                                                       shown after a place
a pronoun, an auxiliary and a   "… plays the final on Sunday. It will be    delete, only shown
light participle, nothing else  held."                                      (display)
==============================  ==========================================  =====================

The participle and adverb lists are closed classes of English grammar (irregular verbs,
adverbs of place), not words of any example.
"""

from __future__ import annotations

import re

from repair import lexicon
from repair.rules.base import lazy_compile
from repair.rules.glued import zipf
from repair.rules.of_pronoun_wholes import plain_plural_without_part
from repair.rules.participle_tail_pieces import participle_tail_piece

# Irregular past participles that differ from the past form ("broken", not "broke"): a
# participle standing alone after a stop is a verb without its subject or auxiliary.
IRREGULAR_PARTICIPLES = frozenset(
    """arisen awoken beaten become begun bitten blown borne broken chosen done drawn driven
    eaten fallen flown forbidden forgiven forgotten frozen given gone grown hidden known
    mistaken overtaken overthrown overseen proven ridden risen seen shaken shown shrunk
    spoken stolen stricken striven sung sunk sworn taken thrown torn undertaken undone
    woken worn woven written withdrawn forsaken outgrown befallen sown sewn mown""".split()
)

# Adverbs of place and direction: alone after a stop, they complete the clause before it
# ("… passed on to buyers. Abroad." -> "… to buyers abroad."), and are never names.
PLACE_ADVERBS = frozenset(
    """abroad overseas nationwide worldwide elsewhere nearby offshore onshore indoors outdoors
    downstream upstream downstairs upstairs inland ashore afield aboard apart underground
    downhill uphill""".split()
)

# Object pronouns: alone after a stop, one only fits a verb or preposition left without
# its object ("… refused to discuss. it.").
OBJECT_PRONOUNS = frozenset("it them him her us me this these those".split())


def lone_participle(piece: str) -> bool:
    """``piece`` is one capitalised irregular past participle and its stop ("Stolen.")."""
    return piece.endswith(".") and piece[:1].isupper() and piece[:-1].isalpha() \
        and piece[:-1].lower() in IRREGULAR_PARTICIPLES


def is_place_adverb(word: str) -> bool:
    """A place or direction adverb ("Abroad", "overseas"), in any case."""
    return word.lower() in PLACE_ADVERBS


def ends_on_prepositional_object(p: list[str]) -> bool:
    """The sentence's words ``p`` end on the object of a preposition ("… come from
    deforested land", "… in the north"): a preposition other than "to" (which may open an
    infinitive), then up to four words, none a function word but an opening determiner, and the last no "-ing"
    form (a gerund takes an object: "for cleaning it"). The noun phrase is complete, so an
    object pronoun after the stop has no verb to go with."""
    for back in (2, 3, 4, 5):
        if len(p) <= back:
            return False
        word = p[-back].lower()
        if word in lexicon.PREPOSITIONS and word not in ("to", "as", "than", "like"):
            after = p[-back + 1 :]
            if after[0].lower() in lexicon.DETERMINERS:
                after = after[1:]  # "during the storm", "from its northern quay"
            return bool(after) and not any(lexicon.is_function_word(w) for w in after) \
                and not after[-1].lower().endswith("ing") and not after[-1][:1].isdigit()
        if lexicon.is_function_word(word) and word not in lexicon.DETERMINERS:
            return False
    return False


def glued_tag_verb(token: str) -> bool:
    """A capitalised unknown word that ends on a speech verb ("Timesreported"): a name and
    its tag's verb run together, which the spacing rules split before the tag is placed."""
    return token[:1].isupper() and len(token) > 8 and token.lower().endswith(("reported", "said", "added")) \
        and zipf(token) == 0


# "It will be held.", "They were carried out.": a pronoun, an auxiliary chain and a light
# participle, a verb that only says the event takes place; after a sentence that gives the
# event it adds nothing. "It is noteworthy.": an adjective that only flags what comes next,
# with nothing after it. No such sentence occurs in 23 MB of clean news (news-clean/, all
# three files); the MT round trip adds them after a sentence that already says it all.
_EMPTY_CLAUSE = lazy_compile(
    r"^(?:It|They|This) (?:will be|would be|was|were|is|are|has been|have been|had been|will have been) "
    r"(?:(?:held|done|made|conducted|implemented|performed|achieved|realised|realized|carried out|put in place)"
    r"(?: (?:then|there|soon|again))?|noteworthy|notable|worth noting|worth mentioning)\.$")
# "It was learned.", "It is known.", "It is analysed so.", "It has said this.", "Has been
# said.", "Was done.": the MT round trip's trace of a source's reporting frame ("it was
# learned that …"), left as a sentence of its own with nothing reported: a pronoun (or no
# subject at all), an auxiliary and a verb of saying or knowing, at most "so" or "this"
# after it. None of these occurs as a sentence in news-clean/ (157,539 sentences, the
# three files) nor in any gold text of the training sets.
_REPORTING_FRAME = lazy_compile(
    r"^(?:(?:It|This) (?:is|was|has been|had been|is being|was being) "
    r"(?:said|learned|learnt|known|reported|informed|analysed|analyzed|understood|explained|noted|stated|mentioned"
    r"|announced|told)(?: (?:so|this|that))?|It (?:is|was) so|(?:It|He|She|They) (?:has|have|had) said (?:this|so)"
    r"|(?:Was|Were|Has been|Have been|Had been) (?:done|said|learned|known|reported|informed|stated|noted|mentioned"
    r"|achieved))\.$")
# A bare negated auxiliary ("It did not.", "They would not.") echoing a negation the sentence
# before already makes with the same auxiliary.
_NEGATION_ECHO = lazy_compile(r"^(?:It|They|He|She) (did|does|do|was|were|is|are|has|have|had|would|will|could|can) "
                            r"not\.$")


def reporting_frame(piece: str) -> bool:
    """``piece`` is a bare reporting frame with nothing reported ("It was learned.", "Was done.")."""
    return _REPORTING_FRAME.match(piece) is not None


def empty_clause(piece: str) -> bool:
    """``piece`` is a clause with no content of its own ("It will be held.", "It is noteworthy.",
    "It was learned.", "Was done.")."""
    return _EMPTY_CLAUSE.match(piece) is not None or reporting_frame(piece)


def negation_echo(prev_text: str, piece: str) -> bool:
    """``piece`` is a bare negated auxiliary ("It did not.") and ``prev_text``, a statement,
    already negates the same auxiliary ("… did not say whether …"): the piece repeats it.
    A contrast ("They needed oil. We do not.") has no negation before it and is left alone."""
    echo = _NEGATION_ECHO.match(piece)
    if echo is None or not prev_text.endswith("."):
        return False
    aux = echo[1]
    return re.search(rf"\b{aux}(?: not|n't|n’t)\b", prev_text) is not None


# Superlatives: an adjective + "-est" (or the irregular ones); nouns and verbs that merely
# end in "-est" are left out.
_SUPERLATIVE = lazy_compile(r"(?:[a-z]{2,}est|best|worst|most|least)")
_NOT_SUPERLATIVES = frozenset(
    """interest forest request protest harvest contest arrest honest modest manifest conquest
    suggest digest invest inquest unrest midwest southwest northwest southeast northeast
    attest detest behest earnest""".split())
_ORDINAL_HEADS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth only".split())
# Nouns that sum up a figure the sentence reports ("… to 4 metres. a record for March."):
# the closed set of words English uses to rank or describe a change in a quantity.
_SUMMARY_NOUNS = frozenset(
    """record high low peak rise increase fall drop decline jump gain loss surge slump climb dip
    level total""".split())
_SUMMARY_MODIFIERS = frozenset("new fresh all-time year-on-year sharp steep modest".split())


_FINITE_AUXILIARIES = frozenset(
    "is was are were has have had will would can could shall should may might must does did do".split())
_NON_FINITE_BEFORE = frozenset("be been being".split()) | _FINITE_AUXILIARIES


def _finite_verbs(tokens: list[str]) -> int:
    """Finite verbs among ``tokens``: finite auxiliaries, and past forms ("-ed", irregular)
    not right after an auxiliary ("has gone", "was elected" count once)."""
    count = 0
    for i, token in enumerate(tokens):
        word = token.lower()
        if word in _FINITE_AUXILIARIES:
            count += 1
        elif (word in lexicon.IRREGULAR_PAST or len(word) > 4 and word.endswith("ed")) and not (
                i and tokens[i - 1].lower() in _NON_FINITE_BEFORE):
            count += 1
    return count


def summarising_appositive(q: list[str], p: list[str]) -> bool:
    """The lower-case piece ``q`` after a false stop is a noun phrase summing up what the
    sentence ``p`` reports, which English sets off with a comma: a determiner and a
    superlative ("the highest since 2013", "its weakest showing in years"), an ordinal and a
    noun ("the third fall in a row"), or, after a sentence with a figure, a determiner and a
    noun that ranks or describes the change ("a record for March", "a rise of a fifth",
    "a new high"). No verb of its own: a clause ("the highest court ruled …") is a sentence."""
    if len(q) < 2 or not q[0].islower() or q[0] not in ("the", "its", "their", "a", "an", "his", "her", "our"):
        return False
    second = q[1].lower().rstrip(",")
    if q[0] == "the" and second in _ORDINAL_HEADS and len(q) >= 4 and q[2] == "time":
        # "the first time the prize has gone to a poet": "time" and its own clause; a second
        # finite verb makes the phrase a subject ("the first time it happened was in 2001").
        return _finite_verbs(q[3:]) < 2
    if lexicon.has_clause([t for t in q if t.islower()]) and not participle_tail_piece(q):
        return False  # ("the first found there in May": a participle, no clause)
    if q[0] in ("his", "her", "our"):
        # A possessive renames only with a rank ("her fifth goal of the qualifiers"); "her"
        # before a plain noun is as often an object cut off its verb, and after a speech verb
        # it opens what was said ("…, said. her eldest daughter sits the exams …").
        if p and p[-1].lower().rstrip(".") in lexicon.SPEECH_VERBS:
            return False
        return (second in _ORDINAL_HEADS or second.isalpha() and _SUPERLATIVE.fullmatch(second) is not None
                and second not in _NOT_SUPERLATIVES) and len(q) >= 3 and not lexicon.is_function_word(q[2])
    if second.isalpha() and _SUPERLATIVE.fullmatch(second) and second not in _NOT_SUPERLATIVES:
        return q[0] != "a" and q[0] != "an"
    if second in _ORDINAL_HEADS and q[0] != "a" and len(q) >= 3 \
            and (not lexicon.is_function_word(q[2]) or participle_tail_piece(q)):
        return True  # "the third fall in a row", "the first to be found"; "the first of …" is no appositive
    if not any(t[:1].isdigit() or t.lower() in ("percent", "per", "cent") for t in p):
        return False
    at = 2 if second in _SUMMARY_MODIFIERS and len(q) >= 3 else 1
    noun = q[at].lower().rstrip(",")
    return noun in _SUMMARY_NOUNS and (len(q) == at + 1 or q[at + 1].lower() in lexicon.PREPOSITIONS)


# Nouns that only frame the discourse ("in this regard", "to that end"): with a preposition
# and a demonstrative and nothing else they carry no content of their own.
_FRAME_NOUNS = frozenset(
    """regard respect context connection sense case end note point matter vein light aspect
    direction framework situation way manner""".split())
_DEMONSTRATIVE_DETERMINERS = frozenset("this that these those".split())


def content_free_frame(q: list[str], p: list[str]) -> bool:
    """The piece ``q`` is nothing but a discourse frame or connective that points back to
    the text before it ("In this regard.", "to that end.", "At the same time.", "By the
    same token.", "In addition.", "As well.", "In the meantime.", "With that.", "Of the same.",
    "In terms of."), standing alone after the complete sentence
    ``p``: it refers to nothing the sentence leaves open, and joined on it would read as
    part of the clause ("… blackouts at the same time"), so it is deleted."""
    if not 2 <= len(q) <= 4 or len(p) < 3 or lexicon.is_function_word(p[-1]):
        return False
    lowered = [w.lower() for w in q]
    if not q[-1].islower() or lowered[0] not in lexicon.PREPOSITIONS | {"as"}:
        return False
    if len(q) == 3 and lowered[1] in _DEMONSTRATIVE_DETERMINERS and lowered[2] in _FRAME_NOUNS:
        framed = True  # "In this regard."
    elif len(q) == 3 and " ".join(lowered) in _THE_CONNECTIVES:
        framed = True  # "In the meantime.", "In the end.": a connective idiom with nothing after it
    elif len(q) == 4 and lowered[1] == "the" and lowered[2] in ("same", "other") and lowered[3] in _LINK_NOUNS:
        framed = True  # "At the same time.", "On the other hand.": "same"/"other" with nothing to compare
    elif len(q) == 2 and lowered[1] in _POINTING_DEMONSTRATIVES and lowered[0] in _POINTING_PREPOSITIONS:
        framed = True  # "With that.", "From this.": a demonstrative pronoun, the whole object
    elif len(q) == 3 and lowered[1] == "the" and (lowered[2] == "same" or lowered[:3] == ["in", "the", "matter"]):
        framed = True  # "Of the same.", "In the matter.": "the" with nothing new to name
    elif len(q) == 3 and lowered[0] in ("on", "about") and lowered[1] == "the" and lowered[2] in _TOPIC_FRAME_NOUNS:
        # "On the matter.", "About the issue.": a topic with nothing new to name; it belongs
        # only to a word right before the stop that takes a topic ("declined to comment. On
        # the matter."), where the join is the repair. After any other word the join fastens
        # the topic on a verb that takes none ("… if assembly is expanded on the matter").
        framed = not _takes_topic(p[-1])
    elif len(q) == 3 and lowered[2] in lexicon.PREPOSITIONS and lowered[1] in _COMPLEX_PREPOSITION_NOUNS:
        framed = True  # "In terms of.", "In addition to.": a complex preposition that lost its object
    elif len(q) == 2 and lowered[0] == "of" and lowered[1] in ("it", "them"):
        framed = plain_plural_without_part(p[-1])  # "… better than most adults. Of it.": no part word to own it
    else:
        framed = len(q) == 2 and " ".join(lowered) in _BARE_CONNECTIVES  # "In addition.", "As well."
    # (A long sentence counts as complete: the clause test misses "-s" verbs after a modifier.)
    return framed and (lexicon.has_clause(p) or len(p) >= 6)


# Nouns that "the same"/"the other" turn into a connective when nothing follows them.
_LINK_NOUNS = frozenset("time token hand".split())
# Two-word connectives with no noun phrase of their own.
_BARE_CONNECTIVES = frozenset(["in addition", "in turn", "as well", "in fact", "in particular", "in contrast",
                               "in general", "in short"])
# Three-word connective idioms with "the": they link to the text around, name nothing.
_THE_CONNECTIVES = frozenset(["in the meantime", "in the meanwhile", "in the end", "on the whole"])
# A demonstrative standing alone as the object of "with" or "from" points back and adds
# nothing ("… they could continue. With that.", "… the scientists said. From that."). "It",
# "them" and the prepositions a verb or adjective selects ("aware. of that", "talk. about
# that", "comment. on the matter") are left out: there the stop cut a complement and the join
# is the repair.
_POINTING_DEMONSTRATIVES = frozenset("that this".split())
_POINTING_PREPOSITIONS = frozenset("with from".split())
# Nouns that name a topic and nothing else: "on the matter" says only "about what was said".
_TOPIC_FRAME_NOUNS = frozenset("matter issue subject topic question".split())
# Stems of the words that take a topic with "on"/"about" (speech and its nouns, a stance, a
# ruling, a vote): after one of them a stranded "On the matter." is its complement.
_TOPIC_TAKER_STEMS = (
    "comment", "remark", "statement", "spok", "speak", "talk", "said", "say", "silen", "view", "position",
    "stance", "decision", "decid", "rul", "vot", "debat", "brief", "report", "question", "testif", "wr",
    "advi", "detail", "inform", "consult", "reflect", "elaborat", "commit", "opinion", "thought",
    "concern", "agree", "disagree", "negotiat", "meet", "met", "hearing", "inquiry", "probe", "investigat",
    "letter", "note", "told", "tell", "ask", "answer", "respon", "repl", "reacti", "react", "focus")


def _takes_topic(word: str) -> bool:
    """Whether ``word`` (the last word before the stop) can take "on the matter" after it:
    a speech verb or noun, a stance, a ruling, a probe ("comment", "ruled", "inquiry")."""
    return word.lower().startswith(_TOPIC_TAKER_STEMS)


# The nouns of complex prepositions ("in terms of", "in addition to", "in view of"):
# standing alone they wait for an object that is not there.
_COMPLEX_PREPOSITION_NOUNS = frozenset("terms regard respect addition view spite behalf relation".split())


# Verb forms that make a word after a subject finite.
def _finite_form(word: str) -> bool:
    w = word.lower()
    return w in lexicon.AUXILIARIES or w in lexicon.IRREGULAR_PAST or w in lexicon.SPEECH_VERBS or (
        len(w) > 3 and w.endswith("ed"))


_MAX_OPENER = 6
_MAX_SUBJECT = 4


def clause_after_comma_opener(piece: str) -> bool:
    """The lower-case piece opens with a phrase a comma closes (a preposition's phrase, a
    time word or an "-ly" adverb: "since 2023,", "after weeks of talks,", "separately,") and a
    subject and a finite verb of its own follow ("… parent groups have challenged …"): a
    sentence that lost its capital, not a continuation of the one before. ``piece`` is the
    raw text: the comma that closes the opener is the evidence."""
    tokens = [t.strip("\"“”‘’'()") for t in piece.rstrip(".!?").split()]
    if len(tokens) < 4 or not tokens[0][:1].islower():
        return False
    head = tokens[0].lower().rstrip(",")
    if not (head in lexicon.PREPOSITIONS or head in lexicon.TIME_OPENERS or head in ("meanwhile", "separately")
            or (head.endswith("ly") and len(head) > 4 and tokens[0].endswith(","))):
        return False
    comma = next((i for i, t in enumerate(tokens[:_MAX_OPENER]) if t.endswith(",")), -1)
    if comma < 0 or any(_finite_form(t.rstrip(",")) or t.lower().rstrip(",") in lexicon.CONJUNCTIONS
                        for t in tokens[1 : comma + 1]):
        return False
    rest = [t.lower() for t in tokens[comma + 1 :]]
    if not rest or rest[0] in lexicon.CONJUNCTIONS or rest[0] in ("which", "who", "whom", "whose", "where", "when"):
        return False
    if rest[0] in lexicon.SUBJECT_PRONOUNS:
        return len(rest) > 1 and _finite_form(rest[1])
    for j in range(1, min(len(rest), _MAX_SUBJECT + 1)):
        if _finite_form(rest[j]) and rest[j - 1] not in lexicon.DETERMINERS:  # "the damaged bridge": no verb
            if rest[j] in lexicon.SPEECH_VERBS and len(rest) - j <= 3:
                # "… moved. later dates where possible, a spokeswoman said.": the clause after
                # the comma is only a speech tag; what it attributes has no verb of its own.
                return False
            return not any(lexicon.is_function_word(w) and w not in lexicon.DETERMINERS for w in rest[:j]) \
                and not rest[j - 1].endswith(",")
        if rest[j].endswith(","):
            return False
    return False


# Nouns that head an institution's name ("the National Weather Service", "the Health
# Ministry"): in a tag after "the" they stand for the whole name, so capitalised modifiers
# cut off past the tag are the front of that name, not a person beside a title.
INSTITUTION_NOUNS = frozenset(
    """center centre agency ministry department office bureau service institute council commission
    authority board observatory survey administration directorate inspectorate""".split())


# Finite forms that, after a relative clause's own words, are the main clause's verb.
_FINITE_AUXILIARIES = frozenset("is are was were has have had will would can could may might must should".split())


def main_verb_after_relative(relative: list[str]) -> bool:
    """The words after the relative word (``relative``) hold the relative clause and then a
    finite verb of the sentence the noun phrase is subject of ("a ship that left port on
    Friday is being tracked"): the piece is a whole clause, no appositive. The verb must
    follow a content word (not "and will", "it would", "has been": the relative clause's
    own second verb, an embedded clause's or its verb chain's)."""
    for before, word in zip(relative[1:], relative[2:], strict=False):
        low = before.lower()
        if word.lower() in _FINITE_AUXILIARIES and not (
                low in lexicon.AUXILIARIES or low in lexicon.CONJUNCTIONS or low in lexicon.SUBJECT_PRONOUNS
                or low in ("not", "also", "never", "still", "already")):
            return True
    return False


_RELATIVE_OPENERS = frozenset("that which who whom whose".split())


def subject_with_relative(tokens: list[str]) -> bool:
    """``tokens`` open on an article, a verbless noun phrase and a relative clause, and the
    main clause's finite verb follows ("a ship that left port on Friday is being tracked"):
    a whole sentence in lower case, not a phrase cut off the sentence before."""
    if len(tokens) < 5 or tokens[0].lower() not in ("a", "an", "the"):
        return False
    at = next((i for i in range(2, min(len(tokens), 6)) if tokens[i].lower() in _RELATIVE_OPENERS), None)
    return at is not None and not lexicon.has_clause(tokens[:at]) and main_verb_after_relative(tokens[at + 1 :])


_FIRST_PERSON = lazy_compile(r"\b(?:I|we|my|our|me|us)\b")
_OWN_TAG_END = lazy_compile(r", (?:[\w'’.-]+ ){1,4}(?:said|replied|added|answered|told [a-z]+)\.$")


def first_person_answer(prev_text: str, piece: str) -> bool:
    """``piece`` speaks in the first person and ends on its own speech tag ("because I
    thought I could save it, Hollis replied."), after narration in the third person: a
    quotation that lost its marks, in another voice, not the rest of the sentence before."""
    return _OWN_TAG_END.search(piece) is not None and _FIRST_PERSON.search(piece) is not None \
        and _FIRST_PERSON.search(prev_text) is None
