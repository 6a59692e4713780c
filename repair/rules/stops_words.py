"""Word evidence for the false-stop repairs of :mod:`repair.rules.stops`.

Pure functions of the words around a stop: crude stems, word classes by form (a bare
verb, a modifier, a name), and whole-document evidence that a capitalised word is an
ordinary word ("… acquisition. Proposal." in a story about a proposal) or a name used
elsewhere (:mod:`repair.rules.stops_elsewhere`, re-exported here), or that the whole
document is typed in lower case or prints a passage twice
(:mod:`repair.rules.stops_repeats`, re-exported here);
and what the split rule may take after a complete speech tag or a complete sentence.
"""

from __future__ import annotations

from repair import lexicon
from repair.document import Document
from repair.rules.base import lazy_compile
from repair.rules.stops_classes import IRREGULAR_PARTICIPLES, main_verb_after_relative
from repair.rules.stops_elsewhere import lower_elsewhere as lower_elsewhere  # re-exported (stops, models)
from repair.rules.stops_elsewhere import name_elsewhere as name_elsewhere  # re-exported (stops, models)
from repair.rules.stops_repeats import repeats_earlier_passage as repeats_earlier_passage  # re-exported (breaks)

_SPEECH_END = lazy_compile(r"\b(?:said|says|told reporters|added|reported|stated)((?: [A-Za-z]+){0,3})\.$")
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last next previous".split())
_MODIFIER_SUFFIXES = ("al", "ous", "ive", "ic", "ful", "less", "able", "ible", "ary", "ern", "ese", "ian", "ish")


def ends_with_speech_tag(prev_text: str) -> bool:
    """True when ``prev_text`` closes with a speech tag ("…, the minister said on Friday.")."""
    # A match is letters and spaces up to the text's final stop, so it is searched for only
    # from where they begin (the pattern opens with ``\b``: it was tried at every position);
    # ``$`` also matches before a final line break, so such a text is searched whole.
    start = 0 if prev_text.endswith("\n") else len(prev_text.rstrip(_TAG_CHARACTERS))
    found = _SPEECH_END.search(prev_text, start)
    return found is not None and not _reports_clause(found.group(1).split())


# Pronouns that open a reported clause after the verb ("said it was disappointed"); after
# the verb a tag's own words are a subject ("said the minister", "said Ruiz"), a time or a
# place ("said on Friday", "told reporters in Lima"), never a pronoun with words after it.
_CLAUSE_PRONOUNS = frozenset("i you he she it we they".split())


def _reports_clause(after_verb: list[str]) -> bool:
    """The words after a closing speech verb are the reported clause, not the tag's tail:
    an auxiliary or "that" among them ("said it was disappointed.", "said prices had
    risen.", "said that."), or a subject pronoun with words after it ("said they agreed.")."""
    lowered = [w.lower() for w in after_verb]
    return any(w in lexicon.AUXILIARIES or w == "that" for w in lowered) \
        or (len(lowered) >= 2 and lowered[0] in _CLAUSE_PRONOUNS)


_TAG_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz ."


def stem(word: str) -> str:
    """A crude stem for matching repeated words ("workers" ~ "worker", "expected" ~ "expect").
    Remembered per word (a function of the word alone; the false-stop repairs stem every
    word of the sentence before each candidate stop): :data:`_STEMS`, cleared when full."""
    found = _STEMS.get(word)
    if found is None:
        if len(_STEMS) >= _STEMS_KEPT:
            _STEMS.clear()
        found = _STEMS[word] = _stem(word)
    return found


_STEMS: dict[str, str] = {}
_STEMS_KEPT = 65_536


def _stem(word: str) -> str:
    """:func:`stem`, worked out."""
    w = word.lower().replace("’", "'")
    for suffix in ("'s", "ies", "es", "s", "ed", "ing"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def content_words(tokens: list[str]) -> list[str]:
    """The tokens that are neither function words nor auxiliaries."""
    return [t for t in tokens if not lexicon.is_function_word(t) and t.lower() not in lexicon.AUXILIARIES]


def ends_with_subject(p: list[str], before_stop: str) -> bool:
    """The sentence ends on a tag's subject (", the company." / ", he."): a verb after the
    stop completes the tag rather than repeating the sentence."""
    tail = before_stop.rsplit(",", 1)
    if len(tail) < 2:
        return False
    words = lexicon.words(tail[1])
    return 0 < len(words) <= 4 and (words[0].lower() in ("the", "he", "she", "it", "they", "a", "an", "one")
                                    or words[0][:1].isupper())  # (", an official." is a tag's subject too)


def ends_with_complete_tag(before_stop: str) -> bool:
    """The sentence ends on a speech tag that has its own subject (", the officials said.",
    ", she added."), so a name after the stop cannot be the speaker ("… said Ruiz")."""
    tail = before_stop.rsplit(",", 1)
    if len(tail) < 2:
        return False
    words = lexicon.words(tail[1])
    return 2 <= len(words) <= 5 and words[-1].lower() in lexicon.SPEECH_VERBS


def is_name(tokens: list[str]) -> bool:
    """Every word capitalised and none an ordinary word in disguise ("World Bank", "Facebook");
    a capitalised preposition opens a phrase, not a name ("Until June"; "The Hague" stays)."""
    opens_phrase = lexicon.is_function_word(tokens[0]) and tokens[0].lower() != "the"
    return all(t[:1].isupper() for t in tokens) and not opens_phrase and not (
        len(tokens) == 1 and lexicon.looks_common_noun_or_verb(tokens[0])
    )


def is_bare_verb(word: str) -> bool:
    """A past form by its look ("exceeded", "spoke"): a verb standing without its subject."""
    w = word.lower()
    return w in lexicon.IRREGULAR_PAST or w in IRREGULAR_PARTICIPLES or (len(w) > 4 and w.endswith("ed"))


def looks_modifier(word: str) -> bool:
    """An adjective or ordinal by its form ("regional", "Previous", "fast-food"), which a
    noun phrase needs a noun after."""
    w = word.lower()
    return w in _ORDINALS or (len(w) > 4 and w.endswith(_MODIFIER_SUFFIXES)) or ("-" in w and w[0].isalpha())


def mostly_lower_case(doc: Document) -> bool:
    """Most paragraphs and at least half of all sentences (three or more) start with a
    lower-case letter: the archive was typed in lower case, so a lower-case start marks no
    false stop. Paragraph starts decide first because a false stop never makes one: a
    short MT passage full of false stops still opens its paragraphs with capitals.

    Read once per document (``doc.memo``): rules ask at every candidate stop, and reading
    every sentence each time was quadratic on text with many candidates. A slice
    (``fix``'s re-check) reads the whole text it was cut from (``Document.evidence``)."""
    doc = doc.evidence
    found = doc.memo.get(_MOSTLY_LOWER_KEY)
    if found is None:
        found = doc.memo[_MOSTLY_LOWER_KEY] = _mostly_lower_case(doc)
    return bool(found)


_MOSTLY_LOWER_KEY = "stops_words.mostly_lower_case"


def _mostly_lower_case(doc: Document) -> bool:
    firsts = [doc.text[s.span.start] for s in doc.sentences if s.index_in_paragraph == 0 and len(s.span)]
    firsts = [c for c in firsts if c.isalpha()]
    if not firsts or 2 * sum(c.islower() for c in firsts) <= len(firsts):
        return False
    starts = [doc.text[s.span.start] for s in doc.sentences if len(s.span)]
    letters = [c for c in starts if c.isalpha()]
    return len(letters) >= 3 and 2 * sum(c.islower() for c in letters) >= len(letters)


def adjunct_after_tag(tokens: list[str]) -> bool:
    """A short time or place phrase with no clause ("on Friday.", "at the council meeting."):
    the one kind of piece a complete speech tag before the stop can still take."""
    head = tokens[0].lower()
    opens = head in lexicon.PREPOSITIONS or head in lexicon.TIME_OPENERS or head in lexicon.TIME_WORDS
    # A phrase placing the speaking in time ("after a debate lasting six hours") may run longer.
    limit = 10 if head in _WHEN_SAID else 6
    return opens and len(tokens) <= limit and not lexicon.has_clause(tokens)


_WHEN_SAID = frozenset("after before during following amid".split())


def own_clause_after_sentence(prev_text: str, tokens: list[str]) -> bool:
    """The lower-case piece is a clause of its own, a noun phrase a determiner opens and a
    plain finite verb ("the price move follows a wave …", "the firm will …"), after a
    sentence that ends on a content word that takes no clause ("… a barrel."): a join makes
    a run-on; what is missing is the capital. A verb needs no doubt: an auxiliary, or an
    ``-s``/past form with a determiner after it ("follows a", "hit the"); a bare
    "-ed" after a noun may be a participle ("the reforms announced last year")."""
    p = lexicon.words(prev_text)
    if not p or len(tokens) < 4 or tokens[0].lower() not in lexicon.DETERMINERS:
        return False
    last = p[-1].lower()
    if lexicon.is_function_word(last) or last in lexicon.SPEECH_VERBS or last in _CLAUSE_TAKERS:
        return False
    lowered = [t.lower() for t in tokens]
    for j in range(2, min(len(lowered) - 1, 5)):
        word, after = lowered[j], lowered[j + 1]
        if lexicon.is_function_word(lowered[j - 1]) and lowered[j - 1] not in lexicon.DETERMINERS:
            # "the plan for a …": a preposition before any verb, a phrase; unless the
            # phrase only qualifies the subject and an auxiliary follows it.
            return _auxiliary_after_qualified_subject(last, lowered)
        if word in lexicon.AUXILIARIES:
            return True
        finite = (word.endswith("s") and lexicon.looks_finite(word)) or word in lexicon.IRREGULAR_PAST
        if finite and after in lexicon.DETERMINERS:
            return True  # "follows a wave"; a plural noun takes a preposition ("the plans for")
    return False


# Prepositions that only qualify a noun ("the backlog of ships", "the price for a ticket"):
# none opens a clause of its own, unlike "since", "after", "until", "as" ("the first rise
# since rates were cut"), so an auxiliary after the phrase they open is the subject's verb.
_QUALIFYING_PREPOSITIONS = frozenset("of for in on at from with among across".split())
_MAX_QUALIFIED_SUBJECT = 10  # words before the auxiliary: a subject, not a paragraph


def _auxiliary_after_qualified_subject(last: str, lowered: list[str]) -> bool:
    """The piece is a subject a determiner opens, qualified by phrases that qualifying
    prepositions open, then an auxiliary ("the backlog of some 40 ships is expected …",
    "the cost of heating for most tenants has risen"): a clause of its own. The sentence
    before must end on no verb (after "… officials expect." the clause may be its object),
    and no word before the auxiliary may be a verb, a conjunction or a relative word."""
    if is_bare_verb(last) or last.endswith("ed"):
        return False
    for j, word in enumerate(lowered[1:_MAX_QUALIFIED_SUBJECT + 1], start=1):
        before = lowered[j - 1]
        if word in lexicon.AUXILIARIES:
            return not lexicon.is_function_word(before) or before[:1].isdigit()
        if word in ("and", "or") and not lexicon.is_function_word(before) and not before.endswith("s"):
            continue  # "the index for food and fuel will …": two nouns (after "-s" it may be a verb)
        # After a determiner or preposition an "-ing" or "-ed" word is a noun or a modifier
        # ("the cost of heating", "the number of spoiled ballots"), no verb.
        attributive = before in _QUALIFYING_PREPOSITIONS or before in lexicon.DETERMINERS
        if lexicon.is_function_word(word) and word not in lexicon.DETERMINERS \
                and word not in _QUALIFYING_PREPOSITIONS or word in lexicon.SPEECH_VERBS \
                or (is_bare_verb(word) or word.endswith("ing")) and not attributive:
            return False  # (a plural noun, "ships", cannot be told from an "-s" verb: left to the auxiliary)
    return False


# Verbs that take a clause after them ("… officials warned. the cuts will …"): the stop may be false.
_CLAUSE_TAKERS = frozenset("warned argued believe believed think thought insisted claimed noted that".split())


# Nouns that sum up the sentence before them ("…, a finding that could …", "…, a move
# that …"): an indefinite article, at most two words, then a relative pronoun.
_RELATIVES = frozenset("that which who whose".split())


def summary_appositive(tokens: list[str]) -> bool:
    """The lower-case piece is a noun phrase with a relative clause that sums up the
    sentence before ("a finding that could allow …", "an increase which …", with no
    relative word: "a gap it called unfair", "the highest share the party has won"): no
    sentence of its own, an appositive English sets off with a comma."""
    lowered = [t.lower() for t in tokens[:7]]
    if len(lowered) < 4 or not (lowered[0] in ("a", "an") or lowered[0] == "the" and _superlative(lowered[1])):
        return False
    for j in (2, 3):
        if j < len(lowered) and (contact := _contact_relative(lowered, j)):
            return not any(lexicon.is_function_word(w) or _verb_or_clause_word(w) for w in lowered[1:j]) \
                and not _verb_after_contact_clause([t.lower() for t in tokens[contact:]])
        if j < len(lowered) and lowered[j] in _RELATIVES:
            return not any(lexicon.is_function_word(w) or w in lexicon.SPEECH_VERBS or _verb_or_clause_word(w)
                           for w in lowered[1:j]) and not main_verb_after_relative(tokens[j + 1 :])
    return False


_CONTACT_SUBJECTS = frozenset("it they he she we".split())
_CONTACT_DETERMINERS = frozenset("the its their his her".split())


def _superlative(word: str) -> bool:
    """"weakest", "highest", "most": the head of a noun phrase that ranks what the sentence
    before reports ("… abstained. the weakest support the plan has had.")."""
    return word in ("most", "least", "best", "worst") or (len(word) > 5 and word.endswith("est")
                                                          and word not in _EST_NOUNS)


# Nouns and verbs spelt like a superlative ("the harvest they expected").
_EST_NOUNS = frozenset("interest forest protest request harvest contest arrest inquest manifest conquest suggest "
                       "digest honest modest".split())


def _verb_form(word: str) -> bool:
    """A past or auxiliary form that a relative clause's subject is followed by."""
    return word in lexicon.AUXILIARIES or word in lexicon.IRREGULAR_PAST or (len(word) > 4 and word.endswith("ed"))


def _contact_relative(lowered: list[str], j: int) -> int:
    """Where the verb of a relative clause with no relative word stands, when one opens at
    ``j``: a subject pronoun, or a determiner and one noun, then a verb form ("a gap it
    called unfair", "the weakest support the plan has had"): the noun phrase before it is
    the object that clause lacks. 0 when none opens there."""
    if lowered[j] in _CONTACT_SUBJECTS:
        verb = j + 1
    elif lowered[j] in _CONTACT_DETERMINERS and j + 2 < len(lowered) and not lexicon.is_function_word(lowered[j + 1]):
        verb = j + 2
    else:
        return 0
    return verb if verb < len(lowered) and _verb_form(lowered[verb]) else 0


def _verb_after_contact_clause(words: list[str]) -> bool:
    """``words`` open on the relative clause's verb ("called", "has"); a verb form after it
    and its chain ("has had", "had been") is the main verb of a whole sentence ("a man he
    knew was hurt"), so no appositive. (A bare past that is also a base form, "hit", is
    not told apart.)"""
    rest = words[1:]
    if words[0] in lexicon.AUXILIARIES:
        while rest and (rest[0] in lexicon.AUXILIARIES or rest[0] in ("been", "not") or _verb_form(rest[0])):
            rest = rest[1:]  # the chain: "has had", "had not been"
    return any(_verb_form(w) for w in rest)


# Marks that may follow a sentence's last word: no letter or digit, so no token opens on
# one, and past them an ASCII letter or digit is the last token's (a token running on over
# an apostrophe ends on none of the words asked about); anything else there leaves the
# full reading. The speech verbs as endings for ``bare_tag``.
_AFTER_LAST_WORD = " .,;:!?\"”“’‘')]…\n\t"
_ASCII_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_SPEECH_VERB_ENDS = tuple(sorted(lexicon.SPEECH_VERBS))


def may_end_on(text: str, words: tuple[str, ...]) -> bool:
    """False when the last token of ``text`` (as ``lexicon.words`` reads it) is surely none
    of ``words`` (lower-case, letters only, at most 9 letters), read off the end without
    tokenising; True when it may be one (the caller still reads the tokens)."""
    end = text.rstrip(_AFTER_LAST_WORD)
    return end[-1:] not in _ASCII_ALNUM or end[-9:].lower().endswith(words)


def bare_tag(prev_text: str, listener: bool = False) -> bool:
    """The sentence is nothing but a speaker and a speech verb ("His lawyer, Ana Ruiz,
    said.", "The ministry said."), or with ``listener`` "told" and its listener ("Prosecutor
    Ana Ruiz told the jury."): the reported clause after the stop is what it said, cut off
    by a false stop, so the piece joins it. (The listener form is for a lower-case piece
    only: "X told the BBC. The …" is often a real sentence end.)"""
    if not listener:
        # The last word must be a speech verb: read off the end before tokenising (FR003's
        # gate asks at ~3,500 sentences of 4 MB, issue 13).
        if not may_end_on(prev_text, _SPEECH_VERB_ENDS):
            return False
    words = lexicon.words(prev_text)
    if not 2 <= len(words) <= 12 or not words[0][:1].isupper():
        return False
    if words[-1].lower() in lexicon.SPEECH_VERBS and len(words) <= 10:
        verb_at = len(words) - 1
    else:
        verb_at = _told_listener_at(words) if listener else -1
    if verb_at < 1:
        return False
    # No verb before the speech verb: no auxiliary, past form or relative clause ("The
    # ministry, which runs the port, said." still reads as a bare tag only without "which").
    return not any(_verb_or_clause_word(w) for w in words[:verb_at])


def _told_listener_at(words: list[str]) -> int:
    """Index of "told" when ``words`` end on it and its listener only ("… told the jury",
    "… told reporters", "… told the city council"): "told" needs the reported clause as
    much as a bare "said" does. -1 when they end otherwise."""
    for back in (2, 3, 4):
        if len(words) <= back or words[-back].lower() not in ("told", "tells"):
            continue
        listener = words[-back + 1 :]
        if listener[0].lower() in ("the", "a", "its", "his", "her", "their"):
            listener = listener[1:]
        if listener and not any(lexicon.is_function_word(w) or lexicon.looks_finite(w.lower()) and w.islower()
                                and not w.endswith("s") for w in listener):
            return len(words) - back
    return -1


def coordinated_speech_verb(prev_text: str) -> bool:
    """The sentence ends on a second verb, a speech verb, with nothing after it ("… called
    the plan a sham and said."): the reported clause after the stop is its object."""
    words = lexicon.words(prev_text[-40:])
    return len(words) >= 3 and words[-1].lower() in ("said", "added", "warned", "told") \
        and words[-2].lower() in ("and", "but")


def _verb_or_clause_word(word: str) -> bool:
    low = word.lower()
    return (low in lexicon.AUXILIARIES or low in lexicon.IRREGULAR_PAST or low in _RELATIVES
            or (word.islower() and low.endswith("ed"))
            or (lexicon.is_function_word(word) and low not in _TAG_FUNCTION))


# Function words a bare speaker may hold: an article, a possessive, "of" ("The head of the
# union, …").
_TAG_FUNCTION = frozenset("the a an his her its their our of for".split())
