"""An appositive that opened with a comma and lost the comma that closes it (PU027).

An aside set into a sentence takes a pair of commas; a translation that rebuilt the
sentence often keeps the first and drops the second, so the aside runs into the verb:

* a role, then the person's name: "His lawyer, Johan Botha said his client would appeal."
* a name, then the person's role: "Ana Ruiz, a nurse at the clinic said the ward was full."

Both are told by their layout: the sentence opens with the first part (or, for a speech
tag, a closing quotation mark stands before the name), the comma, the second part, and a
speech verb or auxiliary straight after it, with no other mark in between. The role part
must end on (or, after a name, open with) a noun that names a person by office or work,
so a time or place phrase before a comma ("On Monday, Ana Ruiz said …", "Monday, the
ministry said") is never read as one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.line_filter import lines_holding
from repair.rules.marks_style import _sentence_start
from repair.rules.stops_role_names import is_person_role

# A capitalised word of a name: a capital and lower-case letters (no acronym, no figure).
_NAME_WORD = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?"
# The verb after the aside: a speech verb or an auxiliary, then a space (not a comma: "…
# Ruiz said, …" sets the tag off as an aside of its own).
_VERBS = sorted(lexicon.SPEECH_VERBS | {"has", "had", "was", "is", "will", "would", "warned", "expects"},
                key=len, reverse=True)
_VERB = r"(?P<verb>" + "|".join(_VERBS) + r")(?=[ .])"
# A role, its comma, then a name of two or three words and the verb: "His lawyer, Johan Botha said".
_ROLE_THEN_NAME = lazy_compile(r"(?P<role>[A-Z][a-z]*(?:'s|’s)?(?: [\w'’-]+){0,4}), "
                               r"(?P<name>" + _NAME_WORD + r"(?: " + _NAME_WORD + r"){1,2}) " + _VERB)
# A name, its comma, a role opened by an article and run to the verb without a mark: "Ana
# Ruiz, a nurse at the clinic said".
_NAME_THEN_ROLE = lazy_compile(r"(?P<name>" + _NAME_WORD + r"(?: " + _NAME_WORD + r"){1,2}), "
                               r"(?P<role>(?:a|an|the) [a-z][\w'’-]*(?: [\w'’-]+){0,7}?) " + _VERB)
# Determiners that open a role phrase at a sentence's head.
_ROLE_OPENERS = frozenset("The His Her Its Their Our".split())
_RELATIVES = frozenset("who whom whose which that where when".split())
MAX_ROLE_WORDS_AFTER_NAME = 3  # the role noun stands among the first words after the article
# Necessary parts of the two patterns, each opening on the literal comma (issue 13: the two
# patterns open on a capital and were tried at every capital of the text, 0.047 s per MB of
# news): the comma and the name's first word and the next one's capital; the comma and the
# article. No match of either pattern holds a line break (no class of them takes one) and
# each reads one character after its verb at most, so they are scanned only over the lines
# that hold these (``line_filter``; the lines of 2 MB of news: 548 and 1,489 of 11,490).
_COMMA_NAME = re.compile(", " + _NAME_WORD + " [A-Z]")
_COMMA_ARTICLE = re.compile(", (?:a|an|the) ")


# Capitalised words that open a time phrase, not a name ("Last August, a …", "Early May, …").
_TIME_NAME_WORDS = frozenset("""january february march april may june july august september october november
    december last next this early late earlier later mid""".split())


def _plain_name(name: str) -> bool:
    """Whether ``name`` reads as a person's name: no word of it a role ("Prime Minister"),
    a function word, a month, weekday or other time word ("Last August")."""
    return not any(is_person_role(w) or lexicon.is_function_word(w) or w.lower() in lexicon.TIME_WORDS
                   or w.lower() in _TIME_NAME_WORDS for w in name.split())


# Agent nouns name a person by what they do ("farmer", "resident", "director", "servant").
_AGENT_ENDINGS = ("er", "or", "ent", "ant")


def _person_noun(word: str) -> bool:
    """Whether ``word`` names a person: an office or role, or an agent noun by its ending.
    Read only after a name and its comma, where a thing's noun ("the ministry") is told apart."""
    return is_person_role(word) or (word.endswith(_AGENT_ENDINGS) and len(word) > 4
                                    and not lexicon.is_function_word(word))


def _role_then_name(text: str, self: Rule) -> Iterator[Edit]:
    for start, end in lines_holding(text, _COMMA_NAME):
        yield from _role_then_name_in(text, start, end, self)


def _role_then_name_in(text: str, start: int, end: int, self: Rule) -> Iterator[Edit]:
    for match in _ROLE_THEN_NAME.finditer(text, start, end):
        role_words = match.group("role").split()
        if _sentence_start(text, match.start()) != match.start() or text[match.start() - 1 : match.start()] == "“":
            continue
        opener = role_words[0]
        if not (opener in _ROLE_OPENERS or opener.endswith(("'s", "’s"))) or not is_person_role(role_words[-1]):
            continue  # the head must be a determined role noun: "On Monday, …" is a fronted phrase
        if not _plain_name(match.group("name")):
            continue
        yield self.edit(match.end("name"), match.end("name"), ",",
                        "An appositive name opened with a comma needs the comma that closes it.", 0.7)


def _name_then_role(text: str, self: Rule) -> Iterator[Edit]:
    for start, end in lines_holding(text, _COMMA_ARTICLE):
        yield from _name_then_role_in(text, start, end, self)


def _name_then_role_in(text: str, start: int, end: int, self: Rule) -> Iterator[Edit]:
    for match in _NAME_THEN_ROLE.finditer(text, start, end):
        at = match.start()
        before = text[max(0, at - 2) : at]
        after_quote = before.endswith(("” ", "”", "\" "))
        if not after_quote and _sentence_start(text, at) != at:
            continue
        if not _plain_name(match.group("name")):
            continue
        role = match.group("role")
        if any(mark in role for mark in ",;:“”\"()—–"):
            continue
        words = role.split()[1:]
        if not any(_person_noun(w) for w in words[:MAX_ROLE_WORDS_AFTER_NAME]):
            continue  # "Ukraine, the ministry said": no person's role, so no appositive
        if lexicon.has_clause(words) or not _RELATIVES.isdisjoint(words):
            continue  # "a conductor who has worked …", "the firm has …": a clause, not an aside
        yield self.edit(match.end("role"), match.end("role"), ",",
                        "An appositive role opened with a comma needs the comma that closes it.", 0.7)


@rule(
    "PU027",
    "appositive-pair",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("His lawyer, Tomas Berg said his client would appeal.",
         "His lawyer, Tomas Berg, said his client would appeal."),
        ("The club's coach, Ana Ruiz said the team was tired.", "The club's coach, Ana Ruiz, said the team was tired."),
        ("Maria Lopez, a nurse at the clinic said the ward was full.",
         "Maria Lopez, a nurse at the clinic, said the ward was full."),
        ("“We paid twice,” Tomas Berg, a farmer in the valley said.",
         "“We paid twice,” Tomas Berg, a farmer in the valley, said."),
    ],
    good=[
        "On Monday, Ana Ruiz said the team was tired.", "Monday, the ministry said, was a holiday.",
        "The mayor, Ana Ruiz, said the team was tired.", "His lawyer, Prime Minister Tom Berg said nothing.",
        "Prices rose in May, the ministry said.", "Ana Ruiz, the company said in a statement, will resign.",
        "The mayor, Ana Ruiz and two aides said they would stay.",
        "Maria Lopez, a nurse who works at the clinic said the ward was full.",
        "Last August, a teenage singer was detained.",
    ],
    # "line": both scans run line by line (``lines_holding``; no class of either pattern takes a
    # line break, the verb's look-ahead fails at the line's end as at the text's), the sentence
    # start is looked for back to the line's start only (``_sentence_start``), and the mark
    # looked at before a match ("“", "” ") is read inside the line or, at its start, is a line
    # break, which no test accepts, as "" in a slice does not; nothing else is read.
    scope="line",
)
def appositive_pair(doc: Document, self: Rule) -> Iterator[Edit]:
    """An appositive opened by a comma and run into the verb without its closing comma
    ("His lawyer, Johan Botha said …", "Ana Ruiz, a nurse at the clinic said …").

    A sentence that opens with a determined role noun phrase and a comma, then a plain
    name of two or three words and a speech verb or auxiliary; or a name (opening the
    sentence, or a speech tag after a closing quotation mark), a comma, an article and
    a role noun in its first words, and then the verb with no mark and no verb of its own
    between. The closing comma goes in after the aside. Unsafe: a writer may mean the
    first comma to go instead.
    """
    text = doc.text
    yield from _role_then_name(text, self)
    yield from _name_then_role(text, self)


RULES = (appositive_pair,)
