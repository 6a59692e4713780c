"""Apostrophes lost where the word's class vouches for them: an acronym's or a country's
possessive ("the WHOs cholera team", "Japans SoftBank") and "it's" written "its" before
what only a verb can take ("its not worth it", "its been a year").

Split from :mod:`repair.rules.apostrophes` (AP001-AP003), whose possessive test
(:func:`repair.rules.apostrophes_lost._possessed_noun`) they share.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.apostrophes_lost import _possessed_noun
from repair.rules.apostrophes_marks import text_apostrophe
from repair.rules.base import Rule, finditer_led, lazy_compile, led_by_each, rule
from repair.rules.casing_names import _country_names
from repair.rules.glued import zipf
from repair.rules.glued_scan import alone_names
from repair.rules.glued_small import acronym_hints

# An acronym (two to six capitals) with an "s" and a lower-case word after it, tried only
# where GL010's shared scan found capitals run onto a lower-case letter (``acronym_hints``).
_ACRONYM_S = lazy_compile(r"([A-Z]{2,6})s ([a-z]{3,})\b")
# An acronym that names one body is far more common than its "-s" form ("WHO" and "whos",
# "IMF", "NATO"); a countable one is not ("NGOs", "CEOs", "MPs", "SUVs": gap under 1.1 by
# wordfreq); nor is one just below ("TV" 1.7: "TVs capable of ..."), while "UN" (1.9) names one.
ACRONYM_GAP = 1.8
# The same Zipf gap AP002 asks of a name: "Japan" far above "Japans", "Korea" not above "Koreas".
COUNTRY_GAP = 2.0
# An acronym wordfreq knows this well names a body news writes about ("IAEA" 3.0, "IMF" 3.5);
# a rarer one may be a plural of a local term ("FECs": foreign exchange certificates, 2.9).
KNOWN_ACRONYM_ZIPF = 3.0
_BEFORE_WORD = frozenset("'’@/.-_#")


def _mark(text: str) -> str:
    """The text's own apostrophe (:func:`repair.rules.apostrophes_marks.text_apostrophe`)."""
    return text_apostrophe(text)


def _alone(text: str, at: int) -> bool:
    """True when nothing that continues a word or an address stands right before ``at``."""
    before = text[at - 1 : at]
    return not before or not (before.isalnum() or before in _BEFORE_WORD)


@rule(
    "AP005",
    "name-possessive-apostrophe",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("Inspectors visited. The IAEAs chief inspector left on Monday.",
         "Inspectors visited. The IAEA's chief inspector left on Monday."),
        ("She chairs NATOs military committee.", "She chairs NATO's military committee."),
        ("Aid was cut, the UNs refugee agency said.", "Aid was cut, the UN's refugee agency said."),
        ("Loans rose, the IMFs latest report said.", "Loans rose, the IMF's latest report said."),
        ("The deal was backed by Germanys Siemens and a bank.", "The deal was backed by Germany's Siemens and a bank."),
        ("Funds came from Kenyas Safaricom on Friday.", "Funds came from Kenya's Safaricom on Friday."),
        ("It is Brazils President who decides.", "It is Brazil's President who decides."),
    ],
    good=[
        "Three NGOs working in the camps left.", "The CEOs said they would stay.", "Two SUVs collided on the bridge.",
        "The MPs voted late.", "NATOs and armies.", "The two Koreas Olympic team marched.",
        "Visit example.com/NATOs page.", "Exports from the Americas Cup boats fell.", "The IMF's latest report.",
        "The NGOs staff left.", "The LZB said so. The LZBs receive balance sheets.",
        "Officials still considered FECs unsatisfactory.", "Few homes have TVs capable of showing it.",
    ],
)
def name_possessive(doc: Document, self: Rule) -> Iterator[Edit]:
    """A possessive that lost its apostrophe on a name English never makes plural: an
    acronym that names one body ("the IMFs latest report", "NATOs committee") before a
    lower-case noun, or a country's one-word name before a capitalised name ("Japans
    SoftBank": AP002 takes the lower-case nouns after a name).

    The acronym is told from a countable one ("NGOs", "CEOs") by ``wordfreq``'s Zipf gap
    between it and its "-s" form (:data:`ACRONYM_GAP`), and must be one the lexicon knows
    well (a rare one may be a plural of local jargon: "the LZBs receive"); the country by ISO 3166 (pycountry) and the
    same gap AP002 asks ("the two Koreas" stays). The possessed word must read as a noun
    (not a verb form, adverb or function word). Unsafe: a rare plural reads the same.
    """
    text = doc.text
    mark = ""
    for start in acronym_hints(doc):
        match = _ACRONYM_S.match(text, start)
        if match is None:
            continue
        acronym, following = match.group(1), match.group(2)
        if not _alone(text, match.start()) or not _possessed_noun(following) or following.endswith("s"):
            continue
        plain, plural = zipf(acronym), zipf(acronym + "s")
        if plain < KNOWN_ACRONYM_ZIPF or plain - plural < ACRONYM_GAP:
            continue  # a countable acronym, or one too rare to vouch for ("FECs unsatisfactory")
        mark = mark or _mark(doc.evidence_text)
        end = match.start() + len(acronym) + 1
        yield self.edit(match.start(), end, f"{acronym}{mark}s", f"Possessive apostrophe in “{acronym}{mark}s”.",
                        0.7)
    # The text's capitalised words (one shared scan, ``alone_names``) that are a country's
    # one-word name with an "s": a set intersection, then a search only for those few.
    for word in sorted(alone_names(doc) & _country_s_forms()):
        stem = word[:-1]
        if zipf(stem) - zipf(word) < COUNTRY_GAP:
            continue  # "the two Koreas": a plural the lexicon knows
        for match in re.finditer(word + r" (?=[A-Z][A-Za-z])", text):
            if not _alone(text, match.start()):
                continue
            mark = mark or _mark(doc.evidence_text)
            end = match.start() + len(word)
            yield self.edit(match.start(), end, f"{stem}{mark}s", f"Possessive apostrophe in “{stem}{mark}s”.", 0.7)


@lru_cache(maxsize=1)
def _country_s_forms() -> frozenset[str]:
    """Each one-word country name (ISO 3166 via pycountry) with an "s": "Japans", "Kenyas"."""
    return frozenset(form + "s" for last, forms in _country_names().items() for form in forms if form == last)


# "its" before what follows only a verb ("its not", "its been") or opens a noun phrase of
# its own ("its a shame", "its the end"): no possessed noun can stand there.
_ITS_BEFORE = tuple(lazy_compile(lead + r"ts (?:not|been|a|an|the) (?=[\w“‘\"'])") for lead in ("i", "I"))


@rule(
    "AP004",
    "its-for-it-is",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("“Stay indoors, its not safe yet,” the warden said.", "“Stay indoors, it's not safe yet,” the warden said."),
        ("Its been a long winter for the growers.", "It's been a long winter for the growers."),
        ("She said its a matter for the courts.", "She said it's a matter for the courts."),
        ("Fans know its the last home game.", "Fans know it's the last home game."),
    ],
    good=[
        "The council and its not-for-profit arm.", "The firm cut its staff.", "Its own report disagreed.",
        "The club said it is not for sale.", "The band and its a-side single.", "Bits not used were sold.",
        "It's not safe.",
    ],
)
def its_for_it_is(doc: Document, self: Rule) -> Iterator[Edit]:
    """"it's" written "its" where no possessed noun can follow: before "not", "been" or an
    article ("its not safe", "its been a year", "its a shame").

    The possessive "its" stands before its noun (with any adjectives); these words are a
    verb's negation, a participle and the opening of a noun phrase of their own, so only
    "it is" or "it has" reads there. A hyphenated compound ("its not-for-profit arm")
    stays. On news-clean it finds 16 such slips in published copy (readers' comments and
    quotations: "its not rocket science", "Its a volatile stock", "its an uphill fight"); an
    editor audit (2026-11-30, ``benchmarks/results/verdicts/clean_audit_AP004_AP007.md``)
    judged 15 of them FIX and keyed them in ``benchmarks/clean_judgements.json``, so the edits
    are applied with ``--unsafe``. The one WRONG there is an "its" before an article right after
    a verb's -ing form ("increasing its the value"): after a preposition or an -ing form a noun
    phrase is due, so "its" + article there is a doubled determiner (a stray word to delete),
    not "it is"; that shape is shown (display), not applied.
    """
    text = doc.text
    mark = ""
    for scan in _ITS_BEFORE:
        for match in scan.finditer(text):
            if not _alone(text, match.start()):
                continue
            mark = mark or _mark(doc.evidence_text)
            word = text[match.start() : match.start() + 3]
            safety = Safety.DISPLAY if _noun_phrase_due(text, match) else self.safety
            yield self.edit(match.start(), match.start() + 3, f"{word[:2]}{mark}s",
                            f"“{word}” before a verb form: “{word[:2]}{mark}s”.", 0.75,
                            safety=safety)


def _noun_phrase_due(text: str, match: re.Match[str]) -> bool:
    """True when the word before "its" + article takes a noun phrase (a preposition, or a
    verb's -ing form: "for its the", "increasing its the"): "its" is then a doubled
    determiner, not "it is"."""
    if match.group(0).split()[1] not in ("a", "an", "the"):
        return False
    before = text[max(0, match.start() - 30) : match.start()].split()
    previous = before[-1].lower() if before else ""
    return previous in lexicon.PREPOSITIONS or (previous.endswith("ing") and len(previous) > 5)


# "county''s", "it''ll", "They ' re", "didn ' t": a contraction's mark doubled or spaced on
# both sides. The mark first (a literal, found in C); the word before is checked in Python.
# A match starts at the second mark of a pair or at a spaced mark, so one character back
# (the first mark, or the space) is where the mangled mark begins.
# The mark may also be spaced off its word alone ("can 't", "we 're"): then a space or a
# stop must follow the clitic (a quoted word opened with a stray space goes on).
_MANGLED_MARK = lazy_compile(r"['’‘](?:(?<=['’]['’])|(?<= ['’‘]) ?)(?P<clitic>s|re|ve|ll|d|m|t)\b(?!['’‘\w]| ['’‘])")
# Led by each mark alone (a literal, found in C): a leading class is tried at every position.
_MANGLED_MARKS = led_by_each(_MANGLED_MARK, "['’‘]", "'’‘")
_WORD_BEFORE_MARK = lazy_compile(r"(?<![\w'’‘])[A-Za-z]+$")
# The words that take each clitic: "'re" and the like only after a pronoun ("they ' re"),
# "n't" only after an auxiliary; "'s" after any word (a possessive or "it's").
_PRONOUN_CLITICS = {
    "re": frozenset("you we they who what there".split()),
    "ve": frozenset("i you we they who could would should might must".split()),
    "ll": frozenset("i you he she it we they who there that what".split()),
    "d": frozenset("i you he she it we they who there that".split()),
    "m": frozenset(["i"]),
}
_NOT_AUXILIARIES = frozenset(
    "do does did is are was were has have had could would should wo ca can must might need ai sha".split())


@rule(
    "AP006",
    "mangled-contraction-mark",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("The council''s budget was cut.", "The council's budget was cut."),
        ("She said it''ll pass.", "She said it'll pass."),
        ("“We ' re staying,” he said.", "“We're staying,” he said."),
        ("The firm didn ' t reply.", "The firm didn't reply."),
        ("“We can 't stay,” he said.", "“We can't stay,” he said."),
        ("They said they 're leaving.", "They said they're leaving."),
        ("The port won 't reopen.", "The port won't reopen."),
    ],
    good=[
        "He said ''yes'' twice.",
        "Press the ' s ' key.",
        "The band ' re-formed ' last year.",
        "The word ''m'' is a letter.",
        "The council's budget was cut.",
        "He took the train to 's-Hertogenbosch.",
        "She called it 'the end' and left.",
        "They sang 'til dawn.",
    ],
)
def mangled_contraction_mark(doc: Document, self: Rule) -> Iterator[Edit]:
    """A contraction whose apostrophe was doubled ("county''s", "it''ll") or spaced on both
    sides ("They ' re", "didn ' t") by an escaping or re-spacing step.

    The clitic must fit the word before it: "'s" after any word, "'re", "'ll", "'d", "'m"
    and "'ve" after a pronoun (or a modal, for "'ve"), "n't" after an auxiliary. The mark
    kept is the one written (a straight mark stays straight, a curly one curly). Unsafe: a
    doubled mark can be a typewriter quotation ("''yes''"); one closing right after the
    clitic is left.
    """
    text = doc.text
    if "''" not in text and " '" not in text and "’’" not in text and " ’" not in text and " ‘" not in text:
        return
    for match in finditer_led(_MANGLED_MARK, _MANGLED_MARKS, text):
        begins = match.start() - 1
        before = _WORD_BEFORE_MARK.search(text, max(0, begins - 30), begins)
        if before is None:
            continue
        word, clitic = before.group(), match.group("clitic")
        if text[match.start() + 1 : match.start() + 2] != " " and text[begins] == " " and \
                not re.match(r"(?:[ ,.;:!?]|$)", text[match.end() : match.end() + 1]):
            continue  # "the 's-Hertogenbosch": only a clitic ends at a space or a stop
        mark = "’" if text[match.start()] in "’‘" else "'"
        if clitic == "t":
            if not (word.endswith("n") and word[:-1].lower() in _NOT_AUXILIARIES):
                continue
        elif clitic == "s":
            if text[begins] == " " and mark == "’":
                continue  # "Brazil ’ s": AP001's
        elif word.lower() not in _PRONOUN_CLITICS[clitic]:
            continue
        yield self.edit(before.start(), match.end(), f"{word}{mark}{clitic}",
                        f"Apostrophe doubled or spaced in “{word}{mark}{clitic}”.", 0.8)


# Marks a keyboard or a converter puts where an apostrophe belongs: the acute accent, the
# grave accent (backtick), the prime, the opening single quote and the modifier letter
# apostrophe "ʼ" (U+02BC), which some converters and keyboards put for "'".
_STAND_IN_MARKS = "´`′‘ʼ"
# A stand-in mark between a word and a clitic that ends it ("didn´t", "Ostrander´s",
# "we`re"), or after the "O" of an Irish name ("O´Brien"). The mark first (rare
# characters, a class-led scan), the letters around it read by the pattern from the word's start.
_STAND_IN = lazy_compile(f"[{_STAND_IN_MARKS}]")
_STAND_IN_WORD = lazy_compile(
    r"([A-Za-z]+)[" + _STAND_IN_MARKS + r"](?:(s|t|re|ve|ll|d|m)(?![\w" + _STAND_IN_MARKS + r"])"
    r"|(?<=\bO.)([A-Z][a-z]+))")


def _stand_in_marks(text: str) -> list[re.Match[str]]:
    """The stand-in marks of ``text`` in order, each found by ``str.find`` (in C): a class
    scan of these non-ASCII characters cost 7 ms per MB of news."""
    found = []
    for char in _STAND_IN_MARKS:
        at = text.find(char)
        while at >= 0:
            match = _STAND_IN.match(text, at)
            if match is not None:
                found.append(match)
            at = text.find(char, at + 1)
    return sorted(found, key=lambda m: m.start())


@rule(
    "AP011",
    "accent-for-apostrophe",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("She said she didn´t need to change anything.", "She said she didn't need to change anything."),
        ("The mayor´s office declined to comment.", "The mayor's office declined to comment."),
        ("“We`re not leaving,” they said.", "“We're not leaving,” they said."),
        ("The club’s coach said they`ll appeal.", "The club’s coach said they’ll appeal."),
        ("Tickets for Aoife O´Brien´s concert sold out.", "Tickets for Aoife O'Brien's concert sold out."),
        ("The firm said it wouldn‘t cut jobs.", "The firm said it wouldn’t cut jobs."),
        ("Ostrander′s lawyer said they′ll appeal.", "Ostrander's lawyer said they'll appeal."),
        ("Britainʼs regulator said it wonʼt object.", "Britain's regulator said it won't object."),
    ],
    good=[
        "The café´s sign is an accent typed alone: ´ here.",
        "Run `make test` then `make lint` first.",
        "He is 6′2″ tall.",
        "Press the ‘s’ key, then the ‘t’ key.",
        "He wrote ``quoted'' words in TeX.",
        "The word Shi´ite is spelled with a mark.",
        "The singer Marʼyana Bondar won.",
    ],
    scope="document",  # the apostrophe put in is the whole text's own style
)
def accent_for_apostrophe(doc: Document, self: Rule) -> Iterator[Edit]:
    """An accent, a backtick, a prime or an opening single quote standing for an
    apostrophe inside a word ("didn´t", "mayor´s", "we`re", "O´Brien"): a keyboard
    layout or an encoding step swapped the mark.

    Only where the mark joins a word to a clitic that ends it ("'s", "n't", "'re", "'ve",
    "'ll", "'d", "'m"; "n't" needs an "n" before) or follows the "O" of an Irish name: a
    mark between other letters may be a transliteration's ("Shi´ite"). The text's own
    apostrophe replaces it (straight when it writes none; a "‘" stands for "’"). Unsafe
    until measured.
    """
    text = doc.text
    if not any(mark in text for mark in _STAND_IN_MARKS):
        return
    apostrophe = ""
    for mark in _stand_in_marks(text):
        at = mark.start()
        start = at
        while start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
            start -= 1
        if start == at or (start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_@/")):
            continue
        match = _STAND_IN_WORD.match(text, start)
        if match is None or match.end(1) != at:
            continue
        clitic = match.group(2)
        if clitic == "t" and not match.group(1).endswith("n"):
            continue
        if mark.group() == "‘" and clitic in ("s", "t") and text[at + 2 : at + 3] == "’":
            continue  # "the ‘s’ key": a letter quoted
        if not apostrophe:
            # The text's own apostrophe; with none, the straight one (a "‘" stands for "’").
            apostrophe = "’" if "’" in text else "'" if "'" in text else "’" if mark.group() == "‘" else "'"
        yield self.edit(at, at + 1, apostrophe, f"“{mark.group()}” stands for an apostrophe.", 0.8)


RULES = (its_for_it_is, name_possessive, mangled_contraction_mark, accent_for_apostrophe)
