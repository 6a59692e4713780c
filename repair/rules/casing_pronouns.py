"""A pronoun capitalised inside a clause ("in 2:05, Her best time"; "officials said He had"),
split from :mod:`repair.rules.casing_words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.casing_time import _MONTHS_DAYS

# A pronoun capitalised where a clause goes on in lower case: after a comma
# ("in 2:05, Her best time") or after a verb that takes a clause ("officials said He had").
# The word first (a literal-led scan); what stands before it is read in Python.
_PRONOUN_WORDS = "He|She|They|We|It|His|Her|Its|Their|Our"
_CAPITAL_PRONOUN = lazy_compile(r" (" + _PRONOUN_WORDS + r")(?= [a-z])")
# Its matches after a comma or a letter or figure and the space: every other match is
# skipped by the rule (after a comma it reads the comma branch; a clause verb, the adjunct
# before it and the person told all end in a letter or a figure). Each word led by its
# capital, looked behind from (4 MB of news: 2,666 matches, 9 of them kept; 14 -> 10 ms).
_CAPITAL_PRONOUN_AFTER_WORD = lazy_compile(
    "((?:" + "|".join(f"{word}(?<=[^\\W_] {word}|, {word})" for word in _PRONOUN_WORDS.split("|"))
    + r"))(?= [a-z])")


def _pronoun_matches(text: str) -> Iterator[re.Match[str]]:
    """``_CAPITAL_PRONOUN.finditer(text)``'s matches less those the rule skips for what
    stands before the space: ``_CAPITAL_PRONOUN_AFTER_WORD``'s, and a match at the text's
    start (its character "before the space" is the text's last, ``text[-1]``)."""
    if text[:1] == " " and (first := _CAPITAL_PRONOUN.match(text)) is not None:
        yield first
    yield from _CAPITAL_PRONOUN_AFTER_WORD.finditer(text)
# After a comma only a possessive opening a noun phrase ("in 2:05, Her best time"): a subject
# pronoun there ("hard, They like it") may open a new sentence after a lost stop.
_PRONOUNS_AFTER_COMMA = frozenset("His Her Its Their Our".split())
# Verbs whose object is a clause (told, asked take a person first and are left out).
# Each lemma with its "-s" and past forms: the verbs that report, concede, judge or learn.
_THAT_LEMMAS = """say:said add argue believe claim note state warn insist think:thought know:knew fear hope find:found
    admit:admitted report explain announce acknowledge concede confirm stress suggest estimate predict reveal
    agree expect assume suspect realise realize recall complain maintain contend assert allege conclude decide
    emphasise emphasize indicate learn:learned promise reckon signal:signalled judge feel:felt understand:understood
    hear:heard show:showed prove:proved imply:implied deny:denied fear insist:insisted""".split()


def _verb_forms(entries: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """"lemma" or "lemma:past" entries as their finite "-s" and past forms ("agree" ->
    agrees, agreed; "admit:admitted" -> admits, admitted; "imply" -> implies, implied), and
    the past forms alone. The bare lemma is left out: most are nouns too ("his report He")."""
    finite: set[str] = set()
    past_forms: set[str] = set()
    for entry in entries:
        lemma, _, past = entry.partition(":")
        third = lemma[:-1] + "ies" if lemma.endswith("y") and lemma[-2] not in "aeiou" else lemma + "s"
        if not past:
            past = lemma + "d" if lemma.endswith("e") else lemma + "ed"
        finite |= {third, past}
        past_forms.add(past)
    return frozenset(finite), frozenset(past_forms)


_THAT_FINITE, _THAT_PAST = _verb_forms(_THAT_LEMMAS)
# The bare forms that are no nouns ("Police believe They left").
_THAT_VERBS = _THAT_FINITE | frozenset("say believe think know".split())
# Every bare lemma, read as a verb only right after a plural subject opening the sentence.
_THAT_BARE = frozenset(entry.partition(":")[0] for entry in _THAT_LEMMAS)
# Verbs that name the person told before the clause ("told local radio She had ...").
_PERSON_VERBS = _verb_forms("tell:told assure inform remind warn promise:promised convince persuade".split())[0]
MAX_OBJECT_WORDS = 3
# After "It" a finite verb must follow ("acknowledged It was"): "It" alone may be a title.
_IT_VERBS = frozenset("is was has had will would could can may might must should does did".split())
_QUOTES = "“”\"«»"
# After a clause-taking verb only a subject pronoun is lowered ("said He had").
_SUBJECTS_AFTER_VERB = frozenset("He She They We It".split())
# The possessive's phrase runs to the next comma ("leaders, Their demands unmet, said ...").
_CLAUSE_REST = lazy_compile(r"[^.!?;,\n]*")


@rule(
    "CA008",
    "capitalised-pronoun-in-clause",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("The court heard that officials said He had signed the papers.",
         "The court heard that officials said he had signed the papers."),
        ("Police believe They left the city by train.", "Police believe they left the city by train."),
        ("She won in 2:05, Her best time this year.", "She won in 2:05, her best time this year."),
        ("The team won the final, Their third title in a row.", "The team won the final, their third title in a row."),
        ("The minister argued We could not wait.", "The minister argued we could not wait."),
        ("She admitted on Monday She had erred.", "She admitted on Monday she had erred."),
        ("The firm said in a statement It would appeal.", "The firm said in a statement it would appeal."),
        ("The striker, His knee strapped, played on.", "The striker, his knee strapped, played on."),
        ("The firm conceded It had lost the files.", "The firm conceded it had lost the files."),
        ("The coach told reporters They would appeal.", "The coach told reporters they would appeal."),
        ("A guard assured the visitors He would return.", "A guard assured the visitors he would return."),
        ("Farmers, Their barns empty after the storm, asked for aid.",
         "Farmers, their barns empty after the storm, asked for aid."),
        ("Aid workers predicted She would need surgery.", "Aid workers predicted she would need surgery."),
        ("After the vote was counted, Their leader conceded.", "After the vote was counted, their leader conceded."),
        ("“Once the snow melts, We will rebuild the road,” the mayor said.",
         "“Once the snow melts, we will rebuild the road,” the mayor said."),
        ("If prices keep rising, They may close the shop.", "If prices keep rising, they may close the shop."),
        ("Neighbours believe Their landlord sold the block.", "Neighbours believe their landlord sold the block."),
        ("The union says Its members will strike on Friday.", "The union says its members will strike on Friday."),
        ("Tenants fear Their rents will double.", "Tenants fear their rents will double."),
    ],
    good=[
        "“We will win,” the coach said He also praised the fans.",
        "BEIJING, The ministry said on Monday it would act.",
        "Her films include Heat, Her Story and others.",
        "He said: He will return.",
        "The deal, He Said She Said, is a film.",
        "The court said, “He had signed the papers.”",
        "He knew It Follows well.",
        "They said It never sleeps.",
        "The police arrived They had left.",
        "The police arrived on Monday They had left.",
        "Sales fell, His team lost, and he left.",
        "Fans sang with hope in the power of song He says.",
        "In his report He listed the costs.",
        "He told the press. They said no.",
        "She told Reuters They would wait.",
        "He works hard, They like people like that.",
        "Growth could be three pct, His forecast was lower.",
        "Officials said The rules would change.",
        "If it rains, Our Town opens indoors.",
        "“Prices will rise,” the minister said Their plan was costed.",
        "Sales fell, the firm said His plan had failed.",
        "Critics say Its Own Reward is too long.", "The annual report Their firm filed was late.",
        "When asked about it, Prime Minister Ruiz said no.",
    ],
)
def capitalised_pronoun_in_clause(doc: Document, self: Rule) -> Iterator[Edit]:
    """A pronoun capitalised inside a clause: a possessive after a comma ("in 2:05, Her
    best time") or a subject pronoun after a verb that takes a clause ("prosecutors said
    He had ...").

    MT carries a capital over from a source sentence break it merged. A lower-case word
    must follow (a name or a title has capitals on). After a comma, only a possessive
    opening a noun phrase with no verb (an appositive), after a lower-case word or a
    figure: a subject pronoun there ("hard, They like it") or a clause ("three pct, His
    forecast was ...") may follow a lost stop. After a verb, only a subject pronoun ("said
    The ..." often follows a lost stop), and not when a quotation stands earlier in the
    sentence ("“...,” the coach said He also ...": the stop after the tag was lost).
    Unsafe: a title of a work can read the same.
    """
    text = doc.text
    for match in _pronoun_matches(text):
        word = match.group(1)
        start = match.start(1)
        if text[start - 2] == ",":
            before = text[start - 3 : start - 2]
            if not (before.islower() or before.isdigit()):
                continue
            if _after_fronted_clause(text, start):
                pass  # "When the count ended, Their leader …": the main clause after a fronted one
            elif word not in _PRONOUNS_AFTER_COMMA:
                continue
            else:
                rest = _CLAUSE_REST.match(text, start)
                if rest is None or _own_clause(rest.group(), text[rest.end() : rest.end() + 1] == ","):
                    continue  # "three pct, His forecast was ...": a clause of its own, after a lost stop
        else:
            if word in _PRONOUNS_AFTER_COMMA and word != "Her":
                if not _possessive_subject(text, start, match.end(1)):
                    continue
            elif word not in _SUBJECTS_AFTER_VERB or not _after_clause_verb(text, start):
                continue  # "officials said The rules ...": a determiner there often follows a lost stop
            if word == "It" and _next_word(text, match.end(1) + 1) not in _IT_VERBS:
                continue
            sentence_start = _last_stop_or_line(text, start)
            if any(mark in text[sentence_start + 1 : start] for mark in _QUOTES):
                continue
        yield self.edit(start, match.end(1), word.lower(), f"“{word}” capitalised inside a clause.", 0.7)


def _next_word(text: str, at: int) -> str:
    """The text from ``at`` to the next space (to the end when none): what
    ``text[at:].partition(" ")[0]`` reads, without copying the rest of the text for every
    candidate (that copy made the rule quadratic: 8x the text cost it 16-24x)."""
    stop = text.find(" ", at)
    return text[at:stop] if stop >= 0 else text[at:]


def _last_stop_or_line(text: str, at: int) -> int:
    """The later of the last ". " and the last line break before ``at`` (-1 when neither):
    ``max(text.rfind(". ", 0, at), text.rfind("\\n", 0, at))``, with the line break looked for
    only after the stop, so that a long line does not cost a scan back to its start for every
    candidate ("\\n" cannot fall inside ". ", so the later of the two is the same)."""
    stop = text.rfind(". ", 0, at)
    line = text.rfind("\n", stop + 1, at)  # stop + 1 is 0 when there is no stop
    return max(stop, line)


# Subordinators that open a fronted clause; the main clause follows its comma.
_FRONTED = frozenset("When Whenever If Unless Once After Before Although Though While Because Since Until As".split())
_OPENING_MARKS = "“\"‘'(«"
MAX_SENTENCE_LOOKBACK = 240  # characters; a fronted clause or a short subject sits well inside it


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts, past opening quotation marks."""
    floor = max(0, at - MAX_SENTENCE_LOOKBACK)  # a bounded look back: no scan of the whole text per pronoun
    start = max(text.rfind(". ", floor, at), text.rfind("? ", floor, at), text.rfind("! ", floor, at),
                text.rfind("\n", floor, at))
    if start < 0:
        start = floor
    else:
        start = start + 2 if text[start] != "\n" else start + 1
    while start < at and text[start] in _OPENING_MARKS:
        start += 1
    return start


def _after_fronted_clause(text: str, start: int) -> bool:
    """The comma before ``start`` closes a clause that opens the sentence with a
    subordinator and holds no other comma ("If the bridge shuts, We …"): what follows is
    the main clause, whose first word is in lower case unless it is a name."""
    opening = _sentence_start(text, start)
    head = text[opening : start - 2]
    return head.split(" ", 1)[0] in _FRONTED and "," not in head and len(head) < 120 \
        and not any(mark in head for mark in _QUOTES)


def _possessive_subject(text: str, start: int, end: int) -> bool:
    """A possessive after a clause-taking verb that directly follows a short subject
    opening the sentence ("Residents say Its owners have …"), and a verb after its noun
    phrase: the subject of the reported clause. With a comma or a quotation earlier
    ("…, police said Their …") a stop after the tag may have been lost instead."""
    opening = _sentence_start(text, start)
    head = text[opening : start - 1]
    words = head.split(" ")
    if len(words) < 2 or len(words) > 5 or any(c in head for c in ",;:“”\"«»"):
        return False
    if words[-1] not in _THAT_VERBS and not (words[-1] in _THAT_BARE and (
            words[-2].lower() in ("we", "they", "i", "you") or words[-2].endswith("s") and words[-2][1:].islower())):
        return False  # "Parents fear Their …": a bare verb after a plural subject
    rest = _CLAUSE_REST.match(text, end)
    return rest is not None and lexicon.has_clause(lexicon.words(rest.group()))


def _own_clause(phrase: str, comma_after: bool) -> bool:
    """Whether a phrase after a comma is a clause of its own. Between two commas a phrase
    with only a participle is an absolute phrase ("players, Their shirts soaked, left"):
    only a finite verb (an auxiliary, a speech verb, an irregular past) makes it a clause."""
    words = lexicon.words(phrase)
    if not comma_after:
        return lexicon.has_clause(words)
    return any(w.lower() in lexicon.AUXILIARIES or w.lower() in lexicon.SPEECH_VERBS
               or w.lower() in lexicon.IRREGULAR_PAST for w in words)


# Words that open an adjunct between a verb and its clause ("admitted on Monday She had").
_ADJUNCT_OPENERS = frozenset("on in at during after before last this earlier later late".split())


def _after_clause_verb(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows a verb that takes a clause ("acknowledged It
    was"), or one that takes a person and a clause, with the person between in lower case
    ("told local radio She had")."""
    before = text[max(0, start - 40) : start - 1].split(" ")
    if before[-1] in _THAT_VERBS:
        return True
    # "admitted on Monday She", "said in a statement They": a short adjunct after the verb.
    for back in range(3, MAX_OBJECT_WORDS + 3):
        if back > len(before):
            break
        if before[-back] in _THAT_PAST and before[-back + 1] in _ADJUNCT_OPENERS:
            between = before[-back + 1 :]
            if all(w.isalnum() and (w.islower() or w in _MONTHS_DAYS or w.isdigit()) for w in between):
                return True
    for back in range(2, MAX_OBJECT_WORDS + 2):
        if back > len(before) or not before[-back + 1].isalpha() or not before[-back + 1].islower():
            return False
        if before[-back] in _PERSON_VERBS:
            return True
    return False


# After "and", "but" or "or" inside a sentence only a subject pronoun is lowered ("talks,
# and She thanked"): "It" may name a work there ("Carrie and It were filmed"), a determiner
# a title's ("Bread and The Circus").
_COORDINATORS = frozenset("and but or".split())
_SUBJECTS_AFTER_COORDINATOR = frozenset("He She They We".split())


def subject_after_coordinator(text: str, start: int, word: str, before: str) -> bool:
    """True when ``word`` (at ``start``) is a subject pronoun right after a lower-case "and",
    "but" or "or" that itself follows a lower-case word, a figure or a comma: the sentence's
    middle, where the conjunction opens the pronoun's clause ("dialogue, and She thanked")."""
    if word not in _SUBJECTS_AFTER_COORDINATOR or before not in _COORDINATORS:
        return False
    at = start - len(before) - 2  # the character before the conjunction's space
    return at >= 1 and text[at] == " " and (text[at - 1].islower() or text[at - 1].isdigit() or text[at - 1] == ",")


RULES = (capitalised_pronoun_in_clause,)
