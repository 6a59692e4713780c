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

import bisect
import importlib.util
import re
import threading
import zlib
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

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


# wordfreq stores each language as a gzipped msgpack list: a header, then one bucket of
# words per centibel of frequency (bucket ``i`` holds the words used 10 ** (-i / 100) of
# the time). "best" is the large list when installed, else the small one.
_WORDFREQ_LISTS = ("large_en.msgpack.gz", "small_en.msgpack.gz")


def _wordfreq_file() -> Path | None:
    """wordfreq's English "best" list file, or None when it is not where wordfreq 3 keeps
    it. Raises ImportError when wordfreq is not installed."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None:
        raise ImportError("wordfreq is not installed")
    for folder in spec.submodule_search_locations or ():
        for name in _WORDFREQ_LISTS:
            path = Path(folder) / "data" / name
            if path.is_file():
                return path
    return None


class _BucketStream:
    """wordfreq's buckets read from its file in order, as far as asked, and kept.

    The file is decompressed and unpacked as a stream, one bucket at a time, so a caller
    that needs only the most frequent words (the first few thousand, at the head of the
    file) reads only them; reading on to the end costs what reading the file whole did
    (about 30 ms either way). ``buckets`` holds every bucket read so far, most frequent
    first; ``done`` says the file is read to its end.
    """

    def __init__(self, path: Path) -> None:
        import msgpack

        self._name = str(path)
        self._packed = path.read_bytes()  # 1.5 MB, read whole (the file closes at once)
        self._at = 0
        self._inflate = zlib.decompressobj(wbits=31)  # gzip framing
        self._unpacker = msgpack.Unpacker(raw=False)
        self._out_of_data = msgpack.OutOfData
        self._left = self._read(self._unpacker.read_array_header) - 1
        header = self._read(self._unpacker.unpack)
        if not (isinstance(header, dict) and header.get("format") == "cB" and header.get("version") == 1):
            raise ValueError(f"{path}: not a wordfreq cB list")
        self.buckets: list[tuple[str, ...]] = []
        self.head_words: set[str] = set()  # the words of the first ``head_read`` buckets
        self.head_read = 0
        self.done = self._left <= 0
        self.lock = threading.RLock()  # batch may ask from several threads

    def _read(self, step: Callable[[], Any]) -> Any:
        while True:
            try:
                return step()
            except self._out_of_data:
                chunk = self._packed[self._at : self._at + (1 << 16)]
                self._at += len(chunk)
                if not chunk:
                    raise ValueError(f"{self._name}: truncated") from None
                self._unpacker.feed(self._inflate.decompress(chunk))

    def read_to(self, count: int) -> None:
        """Read until ``count`` buckets are held or the file ends."""
        with self.lock:
            while not self.done and len(self.buckets) < count:
                self.buckets.append(tuple(self._read(self._unpacker.unpack)))
                self._left -= 1
                if self._left <= 0:
                    self.done = True
                    self._packed = b""


@lru_cache(maxsize=1)
def _bucket_stream() -> _BucketStream | None:
    path = _wordfreq_file()
    return _BucketStream(path) if path is not None else None


@lru_cache(maxsize=1)
def frequency_buckets() -> tuple[tuple[str, ...], ...]:
    """wordfreq's English "best" word list as centibel buckets, most frequent first.

    Bucket ``i`` holds the words of frequency ``10 ** (-i / 100)`` (Zipf ``9 - i / 100``).
    Read straight from the package's data file: importing ``wordfreq`` itself (its
    tokenizers and language matching) cost as much as the table, and a plain ``check``
    needs only the table. Falls back to ``wordfreq.get_frequency_list`` when the file is
    not where wordfreq 3 keeps it. Raises ImportError when wordfreq is not installed.
    """
    stream = _bucket_stream()
    if stream is not None:
        stream.read_to(1 << 30)
        return tuple(stream.buckets)
    from wordfreq import get_frequency_list

    return tuple(tuple(bucket) for bucket in get_frequency_list("en", wordlist="best"))


@lru_cache(maxsize=1)
def word_frequencies() -> dict[str, float]:
    """English word -> frequency (a proportion, 0..1), equal to
    ``wordfreq.get_frequency_dict("en", wordlist="best")`` (tests/test_lexicon.py checks
    it), built about twice as fast. Loaded once per process, and only by the rules that
    need a frequency. Callers must not change it."""
    freqs: dict[str, float] = {}
    for index, bucket in enumerate(frequency_buckets()):
        # The same expression as wordfreq's cB_to_freq, so every float is identical.
        freqs.update(dict.fromkeys(bucket, 10 ** (-index / 100)))
    return freqs


# How many words :func:`unknown_words` may answer from the buckets before it builds the
# dictionary instead: a bucket search costs about 0.2 ms a word, the dictionary about
# 50 ms once, so a short text never builds it and a long run builds it early.
BUCKET_SEARCH_BUDGET = 200
_budget = {"left": BUCKET_SEARCH_BUDGET}  # per process, like the lru_caches above
# The head of wordfreq's list that :func:`unknown_words` reads first: the buckets down to
# Zipf 4 (about 7,000 words, 500 buckets; the two-line clean sample of benchmarks.speed
# needs 438). Reading that far costs about 4 ms where the whole table cost about 35; a
# text with a rarer word reads on (the head's buckets are kept, not read twice), paying
# only for the head's word set (under 1 ms; down to Zipf 3, 29,000 words, it was ~3 ms).
HEAD_BUCKETS = 500


def _outside_head(candidates: set[str]) -> set[str]:
    """The words of ``candidates`` not in the first :data:`HEAD_BUCKETS` buckets, reading
    the head only as far as the candidates need (all found: no further)."""
    stream = _bucket_stream()
    if stream is None:
        return set(candidates)
    with stream.lock:
        missing = candidates.difference(stream.head_words)
        while missing and stream.head_read < HEAD_BUCKETS:
            stream.read_to(stream.head_read + 1)
            if stream.head_read >= len(stream.buckets):
                break  # the list ends before the head's depth
            bucket = stream.buckets[stream.head_read]
            stream.head_words.update(bucket)
            missing.difference_update(bucket)
            stream.head_read += 1
    return missing


def unknown_words(candidates: set[str]) -> set[str]:
    """The words of ``candidates`` that wordfreq's English list lacks: exactly
    ``candidates - word_frequencies().keys()``.

    Start-up cost is the reason: ``repair check`` on a short clean text needs to know
    only that its few long words are known, and building the table's dictionary was a
    quarter of that command's CPU, reading the table a fifth. The words are first looked
    up in the head of the list (read only as far as they need, :data:`HEAD_BUCKETS`);
    the rest by binary search in each frequency bucket (each is sorted, which
    ``tests/test_lexicon.py`` checks); once the dictionary exists, or the budget of
    bucket searches is spent, it is used instead.
    """
    if word_frequencies.cache_info().currsize or len(candidates) > _budget["left"]:
        return candidates.difference(word_frequencies())
    _budget["left"] -= len(candidates)
    missing = _outside_head(candidates)
    if not missing:
        return missing
    buckets = [bucket for bucket in frequency_buckets() if bucket]
    return {word for word in missing if not any(_in_sorted(bucket, word) for bucket in buckets)}


def _in_sorted(bucket: tuple[str, ...], word: str) -> bool:
    at = bisect.bisect_left(bucket, word)
    return at < len(bucket) and bucket[at] == word


# Place names English capitalises that ISO 3166 (pycountry) does not list as a one-word
# country: customary short names, the home nations, continents, and their adjectives.
# Casing rules keep their capitals inside a Title Case run ("Bookings From Britain Rose").
CUSTOMARY_PLACES = frozenset(
    """Britain England Scotland Wales Holland Russia Korea Macedonia Palestine Kosovo Tibet Crimea Gaza
    Europe Africa Asia America Antarctica Oceania Arabia Scandinavia Siberia Patagonia Kurdistan Catalonia
    British English Scottish Welsh Dutch Irish Arab Arabic European African Asian American Scandinavian
    Siberian Kurdish Catalan Tibetan Palestinian Kosovar Korean Russian Macedonian Crimean""".split()
)
