"""A subject, an aside its comma opened, and the subject's verb cut off by a false stop.

"The pipe, laid in 1931. split shortly after 4 a.m." / "Ana Ruiz, 52, of the city
council. resigned on Monday." / "The film, directed by a first-time director from
Tallinn and a crew of students from the national academy. won the main prize." The
sentence before the stop is a subject noun phrase and an aside after its comma that no
comma closes; the lower-case piece after the stop opens with a verb and has no subject of
its own. The stop stands where the closing comma belongs: "The pipe, laid in 1931, split
…". :func:`repair.rules.choice_signals.aside_left_open` reads the narrow shapes (a subject
opened by a determiner or a possessive, one comma, an aside of at most 90 characters);
this module reads the wider ones it leaves to a display-only join:

- a subject opened by a capitalised word that is no opening phrase (a name: "Verhoef",
  a bare plural: "Shipments from West Java"), a quoted title ("“The Knot,” directed
  by …": the comma inside the closing mark);
- an age aside before the open one ("Ana Ruiz, 52, of …");
- a past participle with a preposition, "as", "every" or "each" after it ("laid in",
  "held every four years"), or an aside opened by "with", "of" or "from";
- an aside up to :data:`MAX_WIDE_ASIDE_CHARS` long;
- a verb that has one form for its past and its base ("split", "cut"), besides the past
  and "-s" forms ``lexicon.looks_finite`` reads.

Look-alikes stay apart: an opening phrase ("In May, the board. …", "However, …", "Asked
about it, …") is no subject; a subject with a verb of its own ("The firm, which …, said
it. …") is a clause; a closed aside ("Ana Ruiz, the mayor, resigned.") has its verb.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.base import lazy_compile
from repair.rules.choice_signals import aside_left_open
from repair.rules.stops_words import is_bare_verb

# The longest aside read: a participle's agent may name two institutions (the narrow test
# stops at 90 characters).
MAX_WIDE_ASIDE_CHARS = 160
MAX_WIDE_SUBJECT_WORDS = 7
# Words that open an aside after a subject's comma: a relative, an article or a possessive.
_WIDE_ASIDE_HEADS = frozenset("which who whose the a an its their his her".split())
# Prepositions that open an aside of a person or a thing ("Ana Ruiz, of the council",
# "The book, with almost no words", "Ana Ruiz, from Seville").
_WIDE_ASIDE_PREPOSITIONS = frozenset("with of from".split())
# Words after a participle that show it opens a reduced relative ("held every four
# years", "known as", "laid in").
_AFTER_PARTICIPLE = lexicon.PREPOSITIONS | frozenset("as every each".split())
# Verbs whose past is their base form: a past verb ``looks_finite`` cannot see.
_SAME_FORM_PASTS = frozenset("split cut put set hit cost let shut spread quit bid hurt cast burst shed".split())
# Participles the past-form test misses: a base-form participle ("run by", "set up").
_BASE_FORM_PARTICIPLES = _SAME_FORM_PASTS | frozenset("run become come".split())
# Capitalised words that open an adverbial phrase, not a subject ("However, …", "Once a
# village, …").
_ADVERB_OPENERS = frozenset(
    """however meanwhile still instead also now then here there thus hence indeed again once
    overall separately elsewhere moreover furthermore nevertheless nonetheless besides yet
    today tonight yesterday tomorrow last next earlier later previously otherwise""".split())
# A closing quotation mark after the comma of a quoted title ("“The Knot,” directed by").
_COMMA_IN_QUOTE = lazy_compile(r",([”\"’])")
# Words that open a verb's object or complement after an "-s" form ("employs more than").
_AFTER_S_VERB = frozenset("more less about up down that it them".split())
_THOUSANDS_COMMA = lazy_compile(r"(?<=\d),(?=\d{3}\b)")
_AGE = lazy_compile(r"\d{1,3}")


def _subject_opens(s: list[str]) -> bool:
    """``s`` (the words before the first comma) can be a subject noun phrase: a determiner
    or a possessive, or a capitalised word that opens no phrase of time, place or manner and
    is no participle ("Asked about it, …", "Speaking on Monday, …"); no clause inside."""
    first = s[0]
    low = first.lower()
    if low in lexicon.DETERMINERS or any(w.endswith(("'s", "’s")) for w in s[:3]):
        pass
    elif not first[:1].isupper() or lexicon.is_function_word(low) or low in _ADVERB_OPENERS \
            or low in lexicon.TIME_OPENERS or low in lexicon.TIME_WORDS or low.endswith(("ly", "ing")) \
            or is_bare_verb(low) or low in lexicon.AUXILIARIES:
        return False
    # A possessive "'s" is no "is", and a name's later words no verb ("Budget Studies").
    bare = [w[:-2] if w.endswith(("'s", "’s")) else w for i, w in enumerate(s)
            if not (i and w[:1].isupper() and s[i - 1][:1].isupper())]
    return not lexicon.has_clause(bare) and not any(w.lower() in lexicon.AUXILIARIES for w in bare)


def _aside_opens(a: list[str]) -> bool:
    """``a`` (the words after the last comma) opens an aside: a relative, an appositive's
    article or possessive, a person's or thing's preposition, or a past participle with the
    word that shows it is one ("laid in 1931", "held every four years")."""
    head = a[0].lower()
    if head in _WIDE_ASIDE_HEADS or head in _WIDE_ASIDE_PREPOSITIONS:
        return True
    return len(a) >= 3 and (is_bare_verb(head) or head in _BASE_FORM_PARTICIPLES) \
        and a[1].lower() in _AFTER_PARTICIPLE


def wide_aside_left_open(prev_text: str) -> bool:
    """``prev_text`` (the sentence before the stop, stop included) is a subject, a comma and
    an aside no comma closes, in a shape :func:`aside_left_open` does not read (see the
    module docstring); an age aside ("Ana Ruiz, 52, of …") may stand before the open one."""
    text = _THOUSANDS_COMMA.sub("", prev_text.strip())
    text = _COMMA_IN_QUOTE.sub(r"\1,", text)
    if not text.endswith(".") or "," not in text:
        return False
    parts = [part.strip() for part in text[:-1].split(",")]
    if len(parts) == 3 and _AGE.fullmatch(parts[1]):
        parts = [parts[0], parts[2]]  # "Ana Ruiz, 52, of the council."
    if len(parts) != 2:
        return False
    subject, aside = parts
    s = lexicon.words(subject)
    a = lexicon.words(aside)
    if not s or len(a) < 2 or len(s) > MAX_WIDE_SUBJECT_WORDS or len(aside) > MAX_WIDE_ASIDE_CHARS:
        return False
    if ";" in aside or " and said" in aside:
        return False
    return _subject_opens(s) and _aside_opens(a)


def opens_with_verb(q: list[str]) -> bool:
    """The lower-case piece ``q`` opens with a finite verb: an auxiliary, a past or "-s" form
    (``lexicon.looks_finite``) or a past that has its base's form ("split", "cut"), with more
    words after it."""
    if len(q) < 2 or not q[0].isalpha() or not q[0].islower() or lexicon.is_function_word(q[0]):
        return False
    head, after = q[0], q[1].lower()
    if head.endswith("s") and head not in lexicon.AUXILIARIES and head not in lexicon.SPEECH_VERBS \
            and head not in lexicon.IRREGULAR_PAST:
        # An "-s" form is a verb or a plural noun ("records show …": a sentence of its own);
        # only a word that opens an object or an adjunct after it makes it the verb.
        return after in lexicon.DETERMINERS or after in lexicon.PREPOSITIONS or after[:1].isdigit() \
            or after.endswith("ly") or after in _AFTER_S_VERB
    return lexicon.looks_finite(head) or is_bare_verb(head) or head in _SAME_FORM_PASTS


def verb_closes_wide_aside(prev_text: str, q: list[str]) -> bool:
    """The piece ``q`` is the verb of the subject whose aside ``prev_text`` left open, in a
    shape only the wide test reads (the narrow one is asked first by the callers)."""
    return opens_with_verb(q) and not aside_left_open(prev_text) and wide_aside_left_open(prev_text)
