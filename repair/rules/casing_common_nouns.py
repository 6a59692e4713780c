"""Casing: a run of two or three common words capitalised inside a prose sentence (CA028):
"renews a Travel Ban on six officials", "blamed its Fuel Costs for the closure". The same
slip on words clean news capitalises often inside names ("to protect Wildlife Corridors",
"found Dead Wild Birds": "wildlife" 61 %, "dead" 87 % lower case) is left.

A pivot language that capitalises its nouns (German), or a Title Case template applied to
a body sentence, leaves capitals on a noun phrase that English writes in lower case. CA019
(:mod:`repair.rules.casing_learned`) lowers such a word standing alone; beside another
capital it leaves it, since a run of capitals is what a name looks like ("the Travel Ban
Act", "Wildlife Trust"). This rule reads the run whole: every word of it must be one clean
news writes in lower case in a sentence's middle nearly always, counting its uses inside
names too (the learned table, :mod:`repair.rules.casing_learned_table`), and the run must
stand where grammar, not a name, put it: after an article other than "the" (which opens
most names: "the Common Market"), a possessive, a quantifier or an object-taking verb form;
before a function word or a stop (no name head, number or year after it); outside
quotations and titles' reach.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.casing_closed_words import _cue_before, _name_word, _title_follows, _verb_form, prose_sentences
from repair.rules.casing_learned_context import (
    CALENDAR_WORDS,
    _inside_quotation,
    _title_words_before,
    _word_after,
    _word_before,
)
from repair.rules.casing_learned_table import LOWER, case_table
from repair.rules.casing_runs import _TITLE_CUES

# A run of two or three capitalised words after a lower-case word and a space, not followed
# by another capitalised word (the whole run) nor by a hyphen or an apostrophe going on.
# The capital first and the look-behind after it (``(?<=[a-z] )`` before the capital as
# ``(?<=[a-z] .)`` after it): a pattern that opens with a look-behind is tried at every
# character, one that opens with a class skips to its characters (same matches, by test).
_RUN = lazy_compile(r"[A-Z](?<=[a-z] .)[a-z]+(?: [A-Z][a-z]+){1,2}(?![\w'’-])(?! [A-Z0-9])")
# Every word of the run: written lower case in at least this share of its mid-sentence uses
# in clean news (alone or beside capitals), and at least this many times. Measured on the
# development sets and news-clean (see the commit): 0.93 keeps "travel" (0.95) and "asset"
# (0.94); the words of names' runs ("national" 0.44, "river" 0.29, "union" 0.39) fall short.
MIN_LOWER_SHARE = 0.93
MIN_LOWER_USES = 50
# Heads that end a body's or a document's name ("Blood Transfusion Service", "Travel Ban
# Act") and words after which a capitalised run names a body, a work or a brand.
_NAME_HEADS = frozenset(
    """act acts bill bills regulation regulations directive treaty convention accord pact charter trust
    party committee commission council company companies corporation group fund bank agency authority
    service services board office ministry department association union league federation foundation
    institute institution society club team cup award awards prize festival show series programme
    program project campaign plan scheme index centre center hospital school college university court
    tribunal bureau unit force forces network channel station magazine newspaper journal review report
    day week year conference summit games championship championships tour initiative""".split())
# Words before a run that make it a name's tail: a joiner after a capitalised word
# ("Association of Blood Banks", "Stability and Growth Pact").
_NAME_JOINERS = frozenset("of for and & in on at to with de del da von van".split())
_NUMERAL_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve hundred thousand
    million billion first second third fourth fifth sixth seventh eighth ninth tenth""".split())
# Words before a capitalised run that name a work or a body after them ("the film Total
# Recall", "hit single One Night", "the studio Focus Features") or quote one ("such as").
_CUES = _TITLE_CUES | frozenset(
    """magazine newspaper journal programme program show channel station studio label band group brand
    firm company campaign project operation exhibition category award prize as like named versus vs""".split())


def _common_word(word: str) -> bool:
    """True when clean news writes ``word`` (Capitalised) in lower case in a sentence's
    middle in at least :data:`MIN_LOWER_SHARE` of its uses, seen at least
    :data:`MIN_LOWER_USES` times so, and it is no function word, numeral or calendar word."""
    form = word.lower()
    if lexicon.is_function_word(form) or form in _NUMERAL_WORDS or form in CALENDAR_WORDS:
        return False
    words = case_table().words
    row = words.get(form)
    if row is None and form.endswith("s") and not form.endswith("ss"):
        row = words.get(form[:-1])  # "corridors": the singular's record
    if row is None or row[LOWER] < MIN_LOWER_USES:
        return False
    return row[LOWER] / sum(row) >= MIN_LOWER_SHARE and not _name_word(word)


def _name_goes_on_before(text: str, at: int, before: str) -> bool:
    """True when the lower-case word ``before`` (ending one space before ``at``) joins the
    run to a capitalised word before it ("Association of Blood Banks")."""
    if before not in _NAME_JOINERS:
        return False
    earlier = _word_before(text, at - len(before) - 1)
    return earlier[:1].isupper()


def _name_after(text: str, end: int, coordinated: bool = True) -> bool:
    """True when what follows the run at ``end`` may go on with a name or make the run a
    name: a number, a bracket or an ampersand ("Freeze 2024", "Banks (AABB)"), a lower-case
    content word the run would modify as a brand's or a title's name ("the Greatest Hits
    album", "its Quick Charge product"), or a capitalised word within three small words
    ("Best Actress for Million Dollar Baby"), unless that is a run of common words of its
    own after "and" or "or" ("a Travel Ban and Asset Freeze on")."""
    rest = text[end : end + 3]
    if rest[:2] in (" (", " &") or (rest[:1] == " " and rest[1:2].isdigit()):
        return True
    following = _word_after(text, end)
    if not following:
        return text[end : end + 1] not in ",.;:!?"
    if following[:1].isupper():
        return True
    if not (lexicon.is_function_word(following) or following in lexicon.AUXILIARIES):
        return True  # "the Greatest Hits album": the run names the thing after it
    joined_at = end + len(following) + 2
    if coordinated and following in ("and", "or") and text[joined_at : joined_at + 1].isupper():
        return _coordinated_run(text, end) is None
    return _title_follows(text, end)


def _coordinated_run(text: str, end: int) -> tuple[int, list[str]] | None:
    """The run of one to three capitalised common words after " and " or " or " at
    ``end`` ("a Travel Ban and Asset Freeze on"), as (its start, its words), when it ends
    where a run may (:func:`_name_after`, no further coordination) and in no name's head;
    else None."""
    following = _word_after(text, end)
    start = end + len(following) + 2
    run = _RUN_AFTER_JOINER.match(text, start)
    if following not in ("and", "or") or run is None:
        return None
    words = run.group().split()
    if words[-1].lower() in _NAME_HEADS or not all(_common_word(word) for word in words):
        return None
    return None if _name_after(text, run.end(), coordinated=False) else (start, words)


# The capitalised words after "and" or "or" that a coordinated run is made of.
_RUN_AFTER_JOINER = lazy_compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?![\w'’-])")
# Words before the run that open a noun phrase of common words: articles but "the",
# possessives and quantifiers. "the" and "another" open names more often ("the Common
# Market", "another Wage Case").
_OPENERS = frozenset("a an its their his her our your my some any no every each several many more".split())
# Verbs after which a name stands as often as a noun phrase: the copula and the speech and
# naming verbs ("is Premium Bonds", "said Band Aid", "so-called Personal Area Networks").
_NAME_VERBS = lexicon.SPEECH_VERBS | frozenset(
    """am is are was were be been being called named dubbed titled entitled won starred featured
    released recorded played joined beat beaten defeated visited including featuring""".split())


def _opens_phrase(before: str) -> bool:
    """True when ``before`` (lower case) opens a noun phrase of common words: an article,
    a possessive or a quantifier (:data:`_OPENERS`), or a verb form that takes an object
    and seldom a name (:func:`_verb_form` less :data:`_NAME_VERBS`: "found", "renewed")."""
    if before in _OPENERS:
        return True
    word = before.rsplit("-", 1)[-1]
    return word not in _NAME_VERBS and word not in lexicon.AUXILIARIES and _verb_form(word)


@rule(
    "CA028",
    "capitalised-common-noun-run-in-prose",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("The council also renews a Travel Ban and Asset Freeze on six officials.",
         "The council also renews a travel ban and asset freeze on six officials."),
        ("The bakery blamed its Fuel Costs for the closure.", "The bakery blamed its fuel costs for the closure."),
    ],
    good=[
        "The council renewed the Travel Ban Act on Monday.",
        "The Asset Freeze Regulation 2024 came into force last week.",
        "Donations to the Wildlife Trust rose by a third last year.",
        "Tourists swam in the Dead Sea on Monday, officials said.",
        "She starred in the film Total Recall and in two other films.",
        "The National Association of Blood Banks said supplies were low.",
        "“We need a Travel Ban now,” he said.",
        "Council Renews Travel Ban On Six Officials",
    ],
)
def capitalised_common_noun_run(doc: Document, self: Rule) -> Iterator[Edit]:
    """A run of two or three capitalised common words inside a prose sentence ("renews a
    Travel Ban on", "blamed its Fuel Costs for"): lowered.

    Every word must be one clean news writes in lower case in at least 93 % of at least 50
    mid-sentence uses, counting uses inside names (:func:`_common_word`), and none a
    function word, a numeral, a calendar word or a name's. Left: a run after "the" (most
    runs after it are names: "the Common Market"), after a work's or a body's cue ("the
    film Total Recall", "such as"), after a joiner that follows a capital ("Association of
    Blood Banks"); a run ending in a name's head ("Trust", "Act", "Committee") or followed
    by a number, a bracket or a capitalised word; a run in a quotation, after a title's
    capitalised small word, or in a sentence that is no prose (a heading, a Title Case
    line: CA002's and CA013's). One edit per run; a run after "and" or "or" that
    coordinates with a lowered one is lowered with it. Only an article (not "the"), a
    possessive, a quantifier or a verb form that seldom takes a name may stand before the
    run, and a function word or a stop after it: after a preposition, an adjective or a
    noun, names made of common words were as frequent in clean news as the slip ("near
    Last Chance", "chain Best Buy"). Unsafe: a brand or a work may be made of common
    words ("see Massive Attack").
    """
    text = doc.text
    for start, end in prose_sentences(doc, lambda piece: _RUN.search(piece) is not None):
        for match in _RUN.finditer(text, start + 1, end):
            at, stop = match.start(), match.end()
            words = match.group().split()
            before = _word_before(text, at)
            if not before.islower() or before in _CUES or not _opens_phrase(before):
                continue
            if words[-1].lower() in _NAME_HEADS or not all(_common_word(word) for word in words):
                continue
            if _name_goes_on_before(text, at, before) or _name_after(text, stop):
                continue
            if _cue_before(text, at) or _title_words_before(text, at) or _inside_quotation(text, at):
                continue
            runs = [(at, words)]
            if (second := _coordinated_run(text, stop)) is not None:
                runs.append(second)  # "a Travel Ban and Asset Freeze": the phrase after "and" too
            for offset, run_words in runs:
                shown = " ".join(run_words)
                yield self.edit(offset, offset + len(shown), shown.lower(),
                                f"“{shown}” capitalised inside a sentence: clean English writes "
                                "these words in lower case there.", 0.7)


RULES = (capitalised_common_noun_run,)
