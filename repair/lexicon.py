"""A tiny English lexicon for telling clauses from fragments.

Why not a tagger: the fragment rule only needs to answer "does this short piece contain a
subject and a finite verb?", and only for pieces of six words or fewer. Closed-class word
lists plus verb morphology answer that for such pieces, run at regex speed, and need no
model files. (spaCy's small pipeline would give POS tags, but only as an unofficial
registry re-upload, and its start-up cost alone is a second per process.) The trade-off
is documented in the fragment rule's examples: anything this lexicon misjudges becomes a
``good`` example there.
"""

from __future__ import annotations

import re

# The frequency list lives in its own module; these names stay importable from here, where
# the rules have always asked for them.
from repair.frequency_list import frequency_buckets as frequency_buckets
from repair.frequency_list import unknown_words as unknown_words
from repair.frequency_list import word_frequencies as word_frequencies

SUBJECT_PRONOUNS = frozenset("i you he she it we they this that these those there who which".split())

AUXILIARIES = frozenset(
    """am is are was were be been being has have had having do does did will would shall
    should can could may might must isn't aren't wasn't weren't hasn't haven't hadn't
    doesn't don't didn't won't wouldn't can't couldn't shouldn't 's 're 've 'll 'd""".split()
)

PREPOSITIONS = frozenset(
    """in on at by for from to of with within without about above across after against
    along amid among around as before behind below beneath beside besides between beyond
    despite during except inside into like near off onto out outside over per since
    than through throughout toward towards under underneath unlike until up upon via""".split()
)

DETERMINERS = frozenset("a an the this that these those its his her their our my your some any each every no".split())

CONJUNCTIONS = frozenset("and or but nor so yet while whereas although though because if".split())

# Short verbless sentences that stand on their own in edited prose ("Not so.", "Yes.",
# and the stylistic "But only over time."); MT tails start lower-case after a conjunction.
STANDALONE_OPENERS = frozenset(
    """not never no yes yeah indeed exactly absolutely certainly perhaps maybe probably
    hardly nothing nobody none everything everyone hence thus so still again why how what
    thanks sorry hello goodbye well okay ok oh wow alas but and or yet nor even especially
    only""".split()
)

SPEECH_VERBS = frozenset("said says say told added stated noted explained announced reported".split())

# A word: letters with inner apostrophes/hyphens, or a number, i.e.
# ``[A-Za-z][A-Za-z'’-]*|\d[\d.,%]*``, written with one leading character set so the engine
# skips to a word's first character in C (an alternation of sets is tried at every
# position); the second branch is reached only after a digit. Equal by test.
_WORD = re.compile(r"[A-Za-z\d](?:(?<=[A-Za-z])[A-Za-z'’-]*|[\d.,%]*)")


# The last few texts tokenised and their tokens: the rules ask for the same sentence's words
# in runs (a sentence and its neighbour, a rule's guard and then its check), 41k of 77k calls
# on 4 MB of news repeat a text, two thirds of them within the last 16 asked (issue 13). A
# small dict, emptied when full, of texts no longer than a long sentence keeps memory flat
# at any text size (a whole paragraph of a one-line feed is scanned, not kept).
_WORDS_SEEN: dict[str, list[str]] = {}
_WORDS_KEPT = 64
_WORDS_LONGEST = 1000  # characters


def words(text: str) -> list[str]:
    """Word tokens of ``text`` (letters with inner apostrophes/hyphens, or numbers).

    A new list on every call (callers may change it); the tokens of recently asked texts
    are kept (``_WORDS_SEEN``) so a repeated question costs a copy, not a scan.
    """
    found = _WORDS_SEEN.get(text)
    if found is None:
        if len(text) > _WORDS_LONGEST:
            return _WORD.findall(text)
        if len(_WORDS_SEEN) >= _WORDS_KEPT:
            _WORDS_SEEN.clear()
        found = _WORDS_SEEN[text] = _WORD.findall(text)
    return found[:]


IRREGULAR_PAST = frozenset(
    """rose fell went came took made gave got saw knew thought told became left felt brought
    began kept held wrote stood heard meant met ran paid sat spoke led grew lost sent built
    drew broke spent drove bought chose sought threw caught dealt won sold fought struck fled
    sank shook hid beat flew laid lay lit rode shot slept spun stole stuck swept taught tore
    withdrew upheld underwent overcame oversaw forecast quit cut hit put set let shut spread
    found ate did was were had""".split()
)


_DEMONSTRATIVES = frozenset("this that these those".split())
_CONTRACTION = re.compile(r"[a-z]'(?:s|re|ve|ll|d|m|t)$")
_PRE_VERB_ADVERBS = frozenset("also still now often only just already never always then later first".split())


def has_clause(tokens: list[str]) -> bool:
    """True when the tokens look like a clause: a subject followed by a finite verb.

    Remembered per run of tokens (:data:`_CLAUSES`; the answer is the tokens' alone): the
    false-stop repairs ask about the same sentence and piece again and again (issue 13).
    :func:`_has_clause` gives the reasons.
    """
    if len(tokens) > _CLAUSE_LONGEST:
        return _has_clause(tokens)  # a whole paragraph's words: asked once, not kept
    key = tuple(tokens)
    found = _CLAUSES.get(key)
    if found is None:
        if len(_CLAUSES) >= _CLAUSES_KEPT:
            _CLAUSES.clear()
        found = _CLAUSES[key] = _has_clause(tokens)
    return found


_CLAUSES: dict[tuple[str, ...], bool] = {}
_CLAUSES_KEPT = 32_768
_CLAUSE_LONGEST = 64  # tokens


def _has_clause(tokens: list[str]) -> bool:
    """:func:`has_clause`, worked out: whether the tokens look like a clause.

    Signals: an auxiliary or modal anywhere; a subject pronoun followed by another word;
    after the first word, an irregular past form, a speech verb or an ``-ed`` form that
    does not follow a determiner or preposition ("The deal expired", not "the reported
    figure"); an ``-s`` form right after a name, a determiner-led noun or a pre-verb
    adverb ("Jones says", "The report comes", "MCI also offers"); a contraction ("It's");
    a polite imperative ("Please ..."). Plural nouns after an adjective ("the outer berths") are not verbs,
    which is why ``-s`` needs that narrower context.
    """
    lowered = [t.lower().replace("’", "'") for t in tokens]
    if any(t in AUXILIARIES or _CONTRACTION.search(t) for t in lowered):
        return True
    if not lowered:
        return False  # an empty run of words ("… . . Reached."): no clause, and no IndexError below
    if lowered[0] == "please":
        return True
    for i, word in enumerate(lowered[:-1]):
        # "this"/"that" are determiners too: "Of that stake" has no subject.
        if word in SUBJECT_PRONOUNS and (word not in _DEMONSTRATIVES or looks_finite(lowered[i + 1])):
            return True
    opens_with_preposition = lowered[0] in PREPOSITIONS
    for j in range(1, len(tokens)):
        word, before = lowered[j], lowered[j - 1]
        if before in PREPOSITIONS or before in DETERMINERS or before == "to":
            continue
        if word in IRREGULAR_PAST or word in SPEECH_VERBS:
            return True
        if len(word) > 3 and word.endswith("ed"):
            return True
        # After an opening preposition a name is its object ("At Lehman Brothers"), not a subject.
        before_is_name = (
            tokens[j - 1][:1].isupper() and (j > 1 or not is_function_word(before)) and not opens_with_preposition
        )
        after_noun_phrase = j >= 2 and lowered[j - 2] in DETERMINERS and not opens_with_preposition
        if (before_is_name or after_noun_phrase or before in _PRE_VERB_ADVERBS or before.endswith("ly")) and (
            looks_finite(word)
        ):
            return True
    return False


def looks_finite(word: str) -> bool:
    """Past-tense or third-person morphology (irregular forms are listed separately)."""
    if word in AUXILIARIES or word in SPEECH_VERBS or word in IRREGULAR_PAST:
        return True
    if len(word) > 3 and word.endswith("ed"):
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def is_function_word(word: str) -> bool:
    """Closed-class words, which are never proper nouns when capitalised."""
    w = word.lower()
    return w in PREPOSITIONS or w in DETERMINERS or w in CONJUNCTIONS or w in SUBJECT_PRONOUNS


# Endings of the agent nouns a person's role is named by ("treasurer", "inspector",
# "economist", "spokeswoman", "chairperson"). Rules that read a wider class add their own
# ("-ee" for "nominee", "-ant"/"-ent" for "consultant", "resident").
AGENT_ENDINGS = ("er", "or", "ist", "man", "woman", "person")


def agent_noun(word: str, endings: tuple[str, ...] = AGENT_ENDINGS) -> bool:
    """``word`` (as written; no case folding) has the form of an agent noun: longer than four
    letters and ending on one of ``endings`` ("inspector", "spokesman"; not "over", "man").
    Form only: "together" and "however" pass, so callers that can meet them screen them out."""
    return len(word) > 4 and word.endswith(endings)


_COMMON_SUFFIXES = ("ed", "ing", "tion", "sion", "ment", "ness", "ity", "age", "ence", "ance", "ship", "ly")


def looks_common_noun_or_verb(word: str) -> bool:
    """True for capitalised words that are most likely ordinary words, not names.

    Used to decide whether a merged fragment's first letter is lower-cased. Suffixes of
    derived common words are a cheap, conservative signal: unknown words keep their case.
    """
    w = word.lower()
    return is_function_word(w) or (len(w) > 4 and w.endswith(_COMMON_SUFFIXES))


_GLUED = re.compile(r"[a-z][A-Z]|[A-Z]{2,}[a-z]{3,}")


def is_glued(token: str) -> bool:
    """Two words run together at a lost link boundary ("BBCreported", "toNHK")."""
    return bool(_GLUED.search(token)) and token[:2].lower() not in ("mc", "ma")


# Words that open a time adverbial ("… to be replaced. next year.", "…. shortly before the
# vote."); a time phrase completes the sentence before it.
TIME_OPENERS = frozenset(
    "next last earlier later shortly soon early late yesterday today tonight tomorrow ago overnight".split())
# Count words spelled out, with the figure each names ("fourteen" = 14).
COUNT_VALUES = dict(zip(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred""".split(),
    [*range(1, 21), *range(30, 100, 10), 100], strict=True))


def repeats_count(piece: list[str], before: list[str]) -> bool:
    """``piece`` is a spelled-out count and its noun ("One wicket.", "Fourteen years.") that
    ``before`` gives together, the count in words or digits ("by one wicket", "a run of 14
    years"): a writer repeats the figure for emphasis, a device of clean copy. A count of
    its own ("… were detained. Three men.") or another word after it ("Eleven injured.")
    labels the sentence instead, and is no such repeat."""
    if len(piece) != 2 or not piece[0][:1].isupper() or (count := piece[0].lower()) not in COUNT_VALUES:
        return False
    figure, noun = str(COUNT_VALUES[count]), piece[1].lower().rstrip("s")
    return any((a.lower() == count or a == figure) and b.lower().rstrip("s") == noun
               for a, b in zip(before, before[1:], strict=False))


# Nouns that name a time, after which a participle opens an aside ("… on Sunday, easing …").
TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow morning afternoon
    evening night overnight week month year weekend""".split())

# Adverbs a writer sets alone on purpose ("Finally.", "Really.", "Hopefully."): a comment on
# the sentence, not a manner or time word cut off its verb.
SENTENCE_ADVERBS = frozenset(
    """finally similarly additionally clearly obviously unfortunately fortunately hopefully really
    certainly absolutely exactly seriously naturally luckily sadly personally frankly honestly
    definitely possibly probably likely only early daily weekly monthly yearly family supply
    apparently allegedly reportedly surely incidentally interestingly ironically curiously
    admittedly arguably basically essentially generally ultimately eventually originally
    initially meanwhile accordingly consequently likewise conversely increasingly mostly
    partly largely""".split())


def is_displaced_adverb(word: str) -> bool:
    """A capitalised manner or time adverb ("Temporarily", "Sharply") alone after a stop."""
    w = word.lower()
    return word[:1].isupper() and w.endswith("ly") and len(w) > 6 and w not in SENTENCE_ADVERBS


# Place names English capitalises that ISO 3166 (pycountry) does not list as a one-word
# country: customary short names, the home nations, continents, and their adjectives.
# Casing rules keep their capitals inside a Title Case run ("Bookings From Britain Rose").
CUSTOMARY_PLACES = frozenset(
    """Britain England Scotland Wales Holland Russia Korea Macedonia Palestine Kosovo Tibet Crimea Gaza
    Europe Africa Asia America Antarctica Oceania Arabia Scandinavia Siberia Patagonia Kurdistan Catalonia
    British English Scottish Welsh Dutch Irish Arab Arabic European African Asian American Scandinavian
    Siberian Kurdish Catalan Tibetan Palestinian Kosovar Korean Russian Macedonian Crimean""".split()
)


def ends_on_percentage(words_before: list[str]) -> bool:
    """The words end on a percentage ("rose 2.1%", "grew 6 percent") that no form of "be"
    predicates ("is 51% owned by …" reads the participle as the predicate's): a participle
    after it gives the change's cause ("…, led by banks"), never a kind of percentage."""
    if len(words_before) < 2:
        return False
    last = words_before[-1].rstrip(".").lower()
    if not (last.endswith("%") or last in ("percent", "pct")):
        return False
    return not any(w.lower() in AUXILIARIES for w in words_before[-3:-1])
