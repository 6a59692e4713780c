"""One generic test for an invented tag sentence that reports nothing (delete-invented-tag).

The shape rules of :mod:`repair.rules.invented_echoes` list the forms MT gives such a
sentence; fresh text keeps finding others ("They remarked on it.", "She went on to say
so.", "He said that it is because of this."). This test reads the sentence's words, not
its shape: a subject that can only be the speaker before (a pronoun, a pointer, or words
the sentence before gives its speaker: ``tag_speaker_part``), a verb of saying (any of the
class, any tense), and no other content word the sentence before does not already have.
A content word is any word that is not a function word, an auxiliary, a pointer or one of the most frequent words of
English (Zipf >= 6, read from wordfreq: "like", "just", "so", "then", "way"), except
negation and the few nouns, adjectives and full verbs of that head ("new", "people",
"see"), which carry a fact.

Precision guards: the sentence before must attribute its statement (a verb of saying,
"according to", or a quotation), unless the sentence reports a clause of its own with a
pronoun subject ("They said that they fired." after "Police fired tear gas …": no lost tag
says a clause); a report that only names its pointer again as one bare noun ("He said
that this is the target.") adds no content word; the sentence must be short and have no figure, no
negation the sentence before lacks, no capitalised name the sentence before lacks; a
sentence ending on "that" may be a clause the stop cut off, and is left.
"""

from __future__ import annotations

from functools import lru_cache

from repair import lexicon
from repair.rules.base import lazy_compile
from repair.rules.stops_words import stem
from repair.rules.tag_speaker_part import speaker_part

# Verbs of saying, by class: each verb whose only sense here is "put into words".
_SAYING = lazy_compile(
    r"(?:say|says|said|saying|tell|tells|told|telling|speak|speaks|spoke|spoken|speaking"
    r"|write|writes|wrote|written|writing|put|puts|putting|specified|clarified|replied"
    r"|(?:add|state|note|remark|voice|express|comment|mention|explain|stress|underline|emphasi[sz]e|repeat"
    r"|reiterate|declare|announce|claim|insist|argue|describe|reply|respond|answer|assert|observe|indicate|inform|relay"
    r"|specify|clarify|affirm|word|point)(?:s|d|ed|es|ing)?)")
_SUBJECTS = frozenset("he she they it we this that".split())
# Pointers back at what was said, and the light verbs of "went on to say", "wanted to say".
_POINTERS = frozenset("this that it so these those such same thus".split())
_LIGHT_VERBS = frozenset("go goes went gone going continue continued continues want wanted wants".split())
# The head of the frequency list that still carries a fact: negation, and the nouns,
# adjectives, numerals and full verbs among its top words ("She said she had to see it.").
_HEAD_CONTENT = frozenset("""not no never new good people time first one two more only well other back get know
    make see think""".split())
_DO = frozenset("do does did done doing".split())
_NEGATION = frozenset("not no never nothing none n't".split())
_ATTRIBUTED = lazy_compile(r"\b(?:said|says|say|told|added|stated|noted|wrote|reported|announced|explained"
                         r"|stressed|according to|insisted)\b|[”\"]")
MAX_CHARS = 80
_HEAD_BUCKETS = 300  # Zipf >= 6.0


@lru_cache(maxsize=1)
def _head() -> frozenset[str]:
    """The most frequent words of English (Zipf >= 6) that carry no fact of their own."""
    try:
        buckets = lexicon.frequency_buckets()[:_HEAD_BUCKETS]
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return frozenset()
    return frozenset(w for bucket in buckets for w in bucket) - _HEAD_CONTENT


def _light(word: str) -> bool:
    w = word.lower()
    if w in _DO:
        return False  # "He said he did it.": "do" as a full verb reports a deed
    return (w in _POINTERS or w in _LIGHT_VERBS or w in lexicon.AUXILIARIES or lexicon.is_function_word(w)
            or w in _head()) and w not in _NEGATION and not w.endswith("n't")


_PERSONAL = frozenset("he she they it".split())


def _pronoun_report(words: list[str]) -> bool:
    """``words`` are a pronoun, a verb of saying and a reported clause of its own with a
    pronoun subject and a verb ("They said that they fired.", "It said it would follow."):
    after a bare statement such a sentence is a report the MT made up of that statement,
    not its lost tag, which would say no clause ("He said so." is the tag the stop cut off)."""
    if len(words) < 4 or words[0].lower() not in _PERSONAL or not _SAYING.fullmatch(words[1].lower()):
        return False
    at = 3 if words[2].lower() == "that" else 2
    return len(words) >= at + 2 and (words[at].lower() in _SUBJECTS or words[at].lower() in _POINTERS)


_BE = frozenset("is was are were".split())


def _points_back_as(words: list[str], verb: int) -> int | None:
    """The index of ``N`` when the report after the verb at ``verb`` is only "(that) this
    is the N" ("He said that this is the target.", "It added that these were the
    reasons."): a pointer named again as one bare noun says nothing the sentence before did
    not, so that noun is no new content. None for any other report."""
    at = verb + 2 if verb + 1 < len(words) and words[verb + 1].lower() == "that" else verb + 1
    rest = [w.lower() for w in words[at:]]
    if len(rest) == 4 and rest[0] in _POINTERS and rest[1] in _BE and rest[2] == "the" and rest[3].isalpha():
        return len(words) - 1
    return None


def empty_echo(text: str, prev_text: str) -> bool:
    """``text`` only says again that ``prev_text`` was said (see the module)."""
    if len(text) > MAX_CHARS or not text.endswith("."):
        return False
    words = lexicon.words(text)
    if len(words) < 2 or words[0].lower() not in _SUBJECTS and not words[0][:1].isupper():
        return False
    if _ATTRIBUTED.search(prev_text) is None and not _pronoun_report(words):
        return False
    if words[-1].lower() == "that" or any(w[:1].isdigit() for w in words):
        return False
    verbs = [i for i, w in enumerate(words) if _SAYING.fullmatch(w.lower())]
    if not verbs:
        return False
    prev_words = lexicon.words(prev_text)
    have = {stem(w.lower()) for w in prev_words}
    lowered_prev = {w.lower() for w in prev_words}
    if any(w.lower() in _NEGATION or w.lower().endswith("n't") for w in words) \
            and not any(w in _NEGATION or w.endswith("n't") for w in lowered_prev):
        return False
    pointed = _points_back_as(words, verbs[0])
    for i, word in enumerate(words):
        if i in verbs or (i == 0 and word.lower() in _SUBJECTS) or i == pointed:
            continue
        if word[:1].isupper() and i > 0 and word not in prev_text:
            return False  # a name the sentence before lacks: a second source
        if not _light(word) and stem(word.lower()) not in have:
            return False
    # The subject, when not a pronoun, must be the speaker the sentence before names: a name
    # only inside its reported clause ("… said the title goes to Ana Ruiz. Ruiz said.") is no
    # speaker, and the tag may introduce what she says next.
    return words[0].lower() in _SUBJECTS \
        or stem(words[0].lower()) in {stem(w.lower()) for w in lexicon.words(speaker_part(prev_text))}
