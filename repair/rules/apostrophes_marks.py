"""Apostrophes whose mark was damaged rather than dropped: a question mark (or the Unicode
replacement character) where a lossy conversion could not write a curly apostrophe ("the
bank?s target", "don?t"), a plural possessive's mark typed twice ("the parents'' group"),
and "I'll" / "I've" that lost their mark mid-sentence ("Jakarta, Ill see you"). Also the
text's own apostrophe style (:func:`text_apostrophe`), which every apostrophe rule follows.

Each rule reads a typographic or grammatical shape, never a list of the words it repairs:
a question mark ends a sentence and is followed by a space, never by a contraction's
letters; a plural possessive takes one mark; the adjective "ill" is written with a small
"i" inside a sentence, the pronoun "I" always with a capital.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.glued import zipf


def text_apostrophe(text: str) -> str:
    """The apostrophe an edit to ``text`` should write: curly ("’") when the text writes a
    curly single mark, else straight. Two ``in`` tests, each a scan in C.

    A text with curly double quotation marks and no apostrophe at all is given straight
    ones too: following the double marks' style was tried (words26) and lost 14 segments
    of the development sets for 2 (their editors type straight apostrophes into curly-quoted
    copy)."""
    return "’" if "’" in text or "‘" in text else "'"


# A mark standing where an apostrophe was: a question mark or the replacement character
# between a word and one of the clitics, with no letter, digit or mark after the clitic.
_LOST_MARK = lazy_compile(r"(?<![\w?\ufffd/=&.'’-])([A-Za-z]+)[?\ufffd](s|t|re|ve|ll|d|m)(?![\w?\ufffd'’=&/-])")
# The words each clitic but "s" attaches to. "n't" takes a negatable auxiliary ("do", "ca"
# for "can", "wo" for "won"); the others a subject pronoun or a question word.
_NEGATABLE = frozenset(
    "do does did is are was were has have had could would should must need might ca wo ai sha".split())
_CLITIC_HOSTS = {
    "re": frozenset("you we they who what there where".split()),
    "ve": frozenset("i you we they who could would should might must".split()),
    "ll": frozenset("i you he she it we they who that there what".split()),
    "d": frozenset("i you he she we they who".split()),
    "m": frozenset(("i",)),
}
# In a text whose lossy conversion also turned accented letters into "?" ("Jos?s" for
# "José's"), only a possessive of a common word is read as an apostrophe.
COMMON_OWNER_ZIPF = 3.5  # "bank" 5.2, "club" 5.2; "jos" 3.2 and "rene" 3.3 (José, René) below
# A capitalised host that, with an accented vowel in the mark's place, spells a name or word
# English text knows ("Tom?s": "Tomás" 2.45, "Andr?s": "Andrés" 2.73, "Jes?s": "Jesús" 2.54):
# the mark stands for that lost letter as likely as for an apostrophe. "Trump", "Chile" and
# "Nicola" spell none. wordfreq keeps accented forms apart from plain ones.
ACCENTED_NAME_ZIPF = 1.5
_ACCENTED_VOWELS = "áéíóú"


def _lost_accent_in_name(host: str) -> bool:
    """True when ``host`` is capitalised and ``host`` + an accented vowel + "s" is a known
    word ("Tom" -> "Tomás"): "Tom?s" is then as likely a name that lost its letter."""
    return host[:1].isupper() and any(zipf(f"{host.lower()}{vowel}s") >= ACCENTED_NAME_ZIPF
                                      for vowel in _ACCENTED_VOWELS)


def _ascii_letter(char: str) -> bool:
    """True for one of A-Z, a-z (the letters ``_LOST_MARK``'s host is made of)."""
    return char.isascii() and char.isalpha()


def _lost_mark_matches(text: str) -> list[re.Match[str]]:
    """``_LOST_MARK.finditer(text)``'s matches, each tried only from the word before a "?" or
    a replacement character (found by ``str.find``, in C): a pattern led by a look-behind
    and a letter class is tried at every position (4 MB of news: 120 ms against 2)."""
    found = []
    for mark in ("?", "\ufffd"):
        at = text.find(mark)
        while at >= 0:
            start = at
            while start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
                start -= 1
            if start < at and (match := _LOST_MARK.match(text, start)) is not None:
                found.append(match)
            at = text.find(mark, at + 1)
    return sorted(found, key=lambda m: m.start())


def _host_fits(host: str, clitic: str) -> bool:
    """True when ``clitic`` ("t", "re", "ll") attaches to ``host`` ("don", "they", "I")."""
    lowered = host.lower()
    if clitic == "t":
        return lowered.endswith("n") and lowered[:-1] in _NEGATABLE
    return lowered in _CLITIC_HOSTS[clitic]


@rule(
    "AP014",
    "question-mark-apostrophe",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("Rates stayed above the bank?s target of 3%.", "Rates stayed above the bank's target of 3%."),
        ("Officials don?t expect a deal, and they?re tired.", "Officials don't expect a deal, and they're tired."),
        ("The mayor said it?s too early. ‘We?ll see,’ she said.",
         "The mayor said it’s too early. ‘We’ll see,’ she said."),
        ("The club\ufffds coach won\ufffdt stay.", "The club's coach won't stay."),
        ("Analysts say the IMF?s loan will help.", "Analysts say the IMF's loan will help."),
    ],
    good=[
        "Is it safe?she asked.",
        "See https://example.com/page?s=2&t=5 for the list.",
        "Who won?Nobody knows.",
        "Why? They said so.",
        "The file Jos?s had was lost when Jos? Mu?oz left.",
        "The deputy minister, Tom\ufffds Reyes, spoke first.",
        "Coach Andr?s Vega named the squad.",
        "Did they?re-run the vote?",
    ],
)
def question_mark_apostrophe(doc: Document, self: Rule) -> Iterator[Edit]:
    """A question mark or the replacement character ("�") where an apostrophe stood:
    a conversion to a character set without the curly apostrophe writes "?" in its place
    ("the bank?s target", "don?t"). A question mark is followed by a space or a closing
    mark, never by a contraction's letters and then a word's end, so "?s", "?t", "?re",
    "?ve", "?ll", "?d" and "?m" right after a word read as the apostrophe: "t" only after
    a negatable auxiliary ("don", "ca"), the others only after a pronoun or question word
    that takes them; "s" after any word. Addresses and query strings ("page?s=2") are
    left. When the text's "?" also stands for accented letters ("Mu?oz"), only common
    words' possessives are taken; a capitalised host that spells a known name with an
    accented vowel in the mark's place ("Tom?s": Tomás) is left in any text. The text's
    own apostrophe style is written. Unsafe: a rarer name's lost accented letter before an
    "s" reads the same.
    """
    text = doc.text
    matches = _lost_mark_matches(text)
    if not matches:
        return
    # "?" between letters that no clitic explains: the conversion replaced letters too.
    explained = {m.end(1) for m in matches}
    lossy_letters = any(at not in explained and 0 < at < len(text) - 1 and _ascii_letter(text[at - 1])
                        and _ascii_letter(text[at + 1]) for mark in ("?", "\ufffd") for at in _finds(text, mark))
    mark = ""
    for match in matches:
        host, clitic = match.group(1), match.group(2)
        if clitic == "s":
            if lossy_letters and zipf(host.lower()) < COMMON_OWNER_ZIPF:
                continue
            if _lost_accent_in_name(host):
                continue  # "minister Tom?s Reyes": Tomás, not Tom's
        elif not _host_fits(host, clitic):
            continue
        mark = mark or text_apostrophe(doc.evidence_text)
        fixed = f"{host}{mark}{clitic}"
        yield self.edit(match.start(), match.end(), fixed,
                        f"“{match.group()}”: a question mark stands for the apostrophe of “{fixed}”.", 0.8)


# A plural's possessive mark typed twice ("the parents'' group"): two marks after a word's
# final "s", a space and a lower-case word after them.
_DOUBLED_MARK = lazy_compile(r"(?<=[a-z]s)(''|’’)(?= [a-z])")
# Two single marks opening a quotation ("''We will", "``We will") mean the text quotes
# with doubled single marks: then no doubled mark is a typo.
_MARK_RUN = lazy_compile(r"'+|’+")
# The runs of two marks or more, one pattern per mark: each opens on a literal pair the
# engine skips to, where ``_MARK_RUN`` (an alternation) was tried at every position. A scan
# for ``''+`` meets a run at its first pair and takes it whole, so its matches are the runs
# of ``_MARK_RUN`` that hold two marks or more (tests/rules/test_fast_scans40.py).
_PAIRED_MARK_RUNS = (lazy_compile(r"''+"), lazy_compile(r"’’+"))
_DOUBLED_AS_QUOTES = lazy_compile(r"(?:^|(?<=[\s(\[]))(?:''|’’)(?=\w)")


@rule(
    "AP015",
    "doubled-possessive-mark",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("The parents'' group met the head teacher.", "The parents' group met the head teacher."),
        ("It paid for the players’’ flights home.", "It paid for the players’ flights home."),
    ],
    good=[
        "He called it ''the best of times'' on Monday.",
        "The boss said ``we will win the pairs'' and left.",
        "The parents' group met the head teacher.",
        "The word was ''yes'' in both.",
    ],
    scope="document",  # a text quoting with doubled single marks anywhere is left
)
def doubled_possessive_mark(doc: Document, self: Rule) -> Iterator[Edit]:
    """A plural possessive's apostrophe typed twice ("the parents'' group",
    "patients'' transport"): one mark after the plural's "s", with a lower-case noun
    phrase going on. Left when the text quotes with doubled single marks (``''`` or two
    marks opening a quotation), where the pair after an "s" may close a quotation.
    Unsafe: a quotation closed on a plural ("''the pairs'' and") reads the same when its
    opening marks were lost.
    """
    text = doc.text
    # Only a run of exactly two marks can match either pattern below: inside a longer run a
    # pair has a mark before or after it, which both patterns refuse. Reading runs, not every
    # overlapping pair, keeps a megabyte of apostrophes to one match (tests/test_pipeline_properties.py).
    pairs = sorted(run.start() for runs in _PAIRED_MARK_RUNS for run in runs.finditer(text)
                   if run.end() - run.start() == 2)
    if not pairs or "``" in text:
        return
    # Each pair's own context, read in Python: the patterns' look-behinds would be tried at
    # every position of the text.
    if any(_DOUBLED_AS_QUOTES.match(text, at) for at in pairs) or "‘‘" in text:
        return
    for at in sorted(pairs):
        if (match := _DOUBLED_MARK.match(text, at)) is not None:
            yield self.edit(match.start(), match.end(), match.group(1)[0],
                            "The possessive's apostrophe is typed twice.", 0.8)


def _finds(text: str, literal: str) -> list[int]:
    """Every start of ``literal`` in ``text`` (``str.find``, in C), overlapping ones included."""
    found, at = [], text.find(literal)
    while at >= 0:
        found.append(at)
        at = text.find(literal, at + 1)
    return found


# "Ill" / "Ive" inside a sentence: after a comma, an opening quotation mark or a
# conjunction, with a lower-case word after it ("Jakarta, Ill see you", "and Ive seen").
_PRONOUN_CONTRACTION = lazy_compile(r"(?:(?<=[,;:] )|(?<=[“\"‘(])|(?<= and )|(?<= but )|(?<= so )|(?<= then ))"
                                    r"I(ll|ve)(?= ([a-z]+)\b)")
_NOT_AFTER_PRONOUN = frozenset(("of", "and", "or", "to", "the", "a", "an"))


def _fits_clitic(clitic: str, word: str) -> bool:
    """True when ``word`` can follow "I'll" (``clitic`` "ll": a base verb or an adverb) or
    "I've" ("ve": a participle or an adverb). A finite form ("was", "says", and after "Ill"
    a past form: "said", "named") follows a name or a state's abbreviation ("Peoria, Ill
    was named"), never the clitic."""
    if word.endswith("s") and not word.endswith(("ss", "us", "ways")):
        return False  # "says", "was", "is": a third person's verb
    if clitic == "ll":
        return not (word in lexicon.AUXILIARIES and word not in ("be", "have") or word in lexicon.IRREGULAR_PAST
                    or word in lexicon.SPEECH_VERBS or word.endswith("ed"))
    return not (word in lexicon.AUXILIARIES and word not in ("been", "had"))


@rule(
    "AP016",
    "pronoun-contraction-lost-mark",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("“We won, and Ill see you in May,” she said.", "“We won, and I'll see you in May,” she said."),
        ("“Thank you, Lisbon, Ill be back,” he wrote.", "“Thank you, Lisbon, I'll be back,” he wrote."),
        ("She said: ‘Ive never seen such rain.’", "She said: ‘I’ve never seen such rain.’"),
    ],
    good=[
        "Ill patients were sent home.",
        "The river Ill floods in spring.",
        "Jony Ive designed the phone.",
        "Many were ill, and ill health kept them home.",
        "The towns on the Ill, Thur and Doller rivers.",
    ],
)
def pronoun_contraction_lost_mark(doc: Document, self: Rule) -> Iterator[Edit]:
    """"Ill" or "Ive" with a capital inside a sentence ("Jakarta, Ill see you"): the
    adjective "ill" has a small "i" there, so the capital is the pronoun's, and "I'll" /
    "I've" lost their mark. Taken only after a comma, a colon, an opening quotation mark
    or a conjunction, with a lower-case word after it that is a base verb, a participle or an
    adverb, not a finite verb (a state's abbreviation or a name comes before one: "Peoria,
    Ill was named") and no preposition, article or conjunction (a river or a name is listed
    or governed: "the Ill and the Rhine").
    Unsafe: a name "Ive" after a comma ("said designer, Ive Smith") is not told apart
    when a lower-case word follows.
    """
    text = doc.text
    # Tried only where "Ill " or "Ive " stands (``str.find``, in C): the pattern's leading
    # look-behinds would be tried at every position.
    starts = sorted(at for word in ("Ill ", "Ive ") for at in _finds(text, word))
    mark = ""
    for match in (m for at in starts if (m := _PRONOUN_CONTRACTION.match(text, at)) is not None):
        following = match.group(2)
        if following in _NOT_AFTER_PRONOUN or lexicon.is_function_word(following) and following not in (
                "never", "not", "also", "just", "still", "always", "only", "be", "have"):
            continue
        if not _fits_clitic(match.group(1), following):
            continue  # "Peoria, Ill was named": the state's abbreviation before a finite verb
        mark = mark or text_apostrophe(doc.evidence_text)
        fixed = f"I{mark}{match.group(1)}"
        yield self.edit(match.start(), match.end(1), fixed, f"Apostrophe lost in “{fixed}”.", 0.75)


RULES = (question_mark_apostrophe, doubled_possessive_mark, pronoun_contraction_lost_mark)
