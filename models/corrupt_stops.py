"""Corruption operators for the repairs at a false stop other than a plain join.

Issue 14 lists what an editor does at a false stop in MT news; each operator here makes
one of those mechanics from a clean paragraph, so the clean paragraph is the gold repair
(``FIX_KIND`` names the fix). Like the operators in ``models.corrupt`` they are pure
functions of (paragraph, random generator) returning the garbled paragraph, or None when
the paragraph has no place for the damage. The words they add come from the paragraph
itself or from generic lists written here, never from real garbled examples.
"""

from __future__ import annotations

import random
import re

from models.corrupt_base import CUT_BEFORE, Sent, cut_sentence, pick, plain_end, replace_sent, word_matches
from models.corrupt_moves import MOVE_CATEGORY, MOVE_FIX_KIND, MOVE_OPERATORS
from repair import lexicon

_CONTENT_WORD = re.compile(r"^[a-z][a-z-]{3,}$")
_FIGURE = re.compile(r"\d[\d.,]*\s?(?:%|percent|pct)")
_LABELS = ("Growth", "Increase", "Rise", "Change", "Percentage")
_LABEL_TAILS = ("over the previous year", "from a year earlier", "on the previous quarter", "from the year before",
                "compared with last year", "")
_BARE_VERBS = ("Reached.", "Exceeded.", "Recorded.", "Achieved.", "Increased.", "Rose.")
_DETERMINERS = frozenset("the a an its their his her our".split())
_NUMBER_WORDS = frozenset("hundred thousand million billion trillion dozen half".split())
_NOT_NOUNS = frozenset("earlier later ago before after ahead again too also".split())
# ", Weather Service director Ann Lee said on Friday." (organisation, office, name, tag)
_TITLED_TAG = re.compile(
    r", (?P<org>(?:[A-Z][\w&-]*)(?: (?:of|for|and|[A-Z][\w&-]*)){0,4}) (?P<title>[a-z]+(?: [a-z]+)?) "
    r"(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}) said(?P<rest>(?: [A-Za-z0-9]+){0,3})\.$")
_ACCORDING = re.compile(r" said, according to (?P<source>(?:the |a )?[\w'’ -]{3,40})\.$")


def _content_positions(tokens: list[re.Match[str]], lo: int, hi: int) -> list[int]:
    return [i for i in range(lo, hi) if _CONTENT_WORD.match(tokens[i].group()) and
            not lexicon.is_function_word(tokens[i].group())]


def intruder_before_stop(paragraph: str, rng: random.Random) -> str | None:
    """A word from earlier in the sentence repeated just before a false stop, the tail
    lower-case: "Steel output rose to a record in May." -> "… a record steel. in May."."""
    found = pick(paragraph, rng, lambda i, s: len(word_matches(s.text)) >= 9 and plain_end(s.text))
    if not found:
        return None
    sents, i = found
    sent = sents[i]
    cut = cut_sentence(sent, rng, 2, 10, cut_words=True)
    if not cut or not cut[1][:1].islower():
        return None
    head, tail = cut
    tokens = word_matches(head)
    earlier = [t.group().lower() for t in tokens[:-2] if _CONTENT_WORD.match(t.group().lower())
               and not lexicon.is_function_word(t.group()) and t.group().isalpha()]
    if not earlier or lexicon.is_function_word(tokens[-1].group()):
        return None
    return replace_sent(paragraph, sent, f"{head} {rng.choice(earlier)}. {tail}")


def echo_before_stop(paragraph: str, rng: random.Random) -> str | None:
    """The head noun of the next phrase copied before a false stop: "move away from fossil
    fuels for homes" -> "move away from fuels. fossil fuels for homes"."""
    found = pick(paragraph, rng, lambda i, s: len(word_matches(s.text)) >= 9 and plain_end(s.text))
    if not found:
        return None
    sents, i = found
    sent = sents[i]
    tokens = word_matches(sent.text)
    pairs = [j for j in _content_positions(tokens, 3, len(tokens) - 2)
             if j + 1 in _content_positions(tokens, j + 1, j + 2)
             and tokens[j - 1].group().lower() in CUT_BEFORE | _DETERMINERS]
    if not pairs:
        return None
    j = rng.choice(pairs)
    head = sent.text[: tokens[j].start()].rstrip()
    return replace_sent(paragraph, sent, f"{head} {tokens[j + 1].group()}. {sent.text[tokens[j].start():]}")


def echo_piece(paragraph: str, rng: random.Random) -> str | None:
    """A piece after a sentence that only repeats one of its words: "…, Ortiz said. Ortiz."
    (a name) or "… spoke in Lyon. Spoke." (its verb)."""
    def ok(i: int, s: Sent) -> bool:
        return plain_end(s.text)

    found = pick(paragraph, rng, ok)
    if not found:
        return None
    sents, i = found
    sent = sents[i]
    tokens = [t.group().strip(",.;:") for t in word_matches(sent.text)[1:]]
    names = [t for t in tokens if re.fullmatch(r"[A-Z][a-z]{2,}", t) and not lexicon.is_function_word(t)]
    verbs = [t for t in tokens if t.isalpha() and t.islower() and t in lexicon.IRREGULAR_PAST | lexicon.SPEECH_VERBS
             and t not in ("was", "were", "had", "did")]
    choices = names + [v.capitalize() for v in verbs]
    if not choices:
        return None
    return paragraph[: sent.end] + f" {rng.choice(choices)}." + paragraph[sent.end :]


def content_free_piece(paragraph: str, rng: random.Random) -> str | None:
    """A bare verb or a figure's label after a sentence that gives a percentage:
    "… rose 4% to 2 billion. Reached." or "… Growth over the previous year."."""
    found = pick(paragraph, rng, lambda i, s: plain_end(s.text) and bool(_FIGURE.search(s.text)))
    if not found:
        return None
    sents, i = found
    sent = sents[i]
    if rng.random() < 0.5:
        piece = rng.choice(_BARE_VERBS)
    else:
        piece = f"{rng.choice(_LABELS)} {rng.choice(_LABEL_TAILS)}".rstrip() + "."
    return paragraph[: sent.end] + " " + piece + paragraph[sent.end :]


def displaced_word(paragraph: str, rng: random.Random) -> str | None:
    """A modifier moved out of the noun phrase ending a sentence, after the stop:
    "… welcomed by the business community." -> "… by the community. Business."."""
    def ok(i: int, s: Sent) -> bool:
        tokens = word_matches(s.text)
        if len(tokens) < 6 or not plain_end(s.text) or tokens[-3].group().lower() not in _DETERMINERS:
            return False
        modifier, noun = tokens[-2].group(), tokens[-1].group().rstrip(".").lower()
        return (bool(_CONTENT_WORD.match(modifier)) and not lexicon.is_function_word(modifier)
                and modifier.lower() not in _NUMBER_WORDS and noun.isalpha() and noun not in _NOT_NOUNS
                and not noun.endswith(("ly", "ed")) and noun not in lexicon.SPEECH_VERBS | lexicon.IRREGULAR_PAST)

    found = pick(paragraph, rng, ok)
    if not found:
        return None
    sents, i = found
    sent = sents[i]
    tokens = word_matches(sent.text)
    modifier, noun = tokens[-2].group(), tokens[-1].group()
    new = f"{sent.text[: tokens[-2].start()]}{noun} {modifier.capitalize()}."
    return replace_sent(paragraph, sent, new)


def dropped_of(paragraph: str, rng: random.Random) -> str | None:
    """A false stop where "of" joined a nominalisation to its object, "of" lost:
    "seek a settlement of disputes." -> "seek a settlement. disputes."."""
    def ok(i: int, s: Sent) -> bool:
        return plain_end(s.text) and bool(
            re.search(r"[a-z]{3,}(?:ment|tion|sion|ance|ence) of [a-z][a-z-]+(?: [a-z][a-z-]+)?\.$", s.text))

    found = pick(paragraph, rng, ok)
    if not found:
        return None
    sents, i = found
    sent = sents[i]
    at = sent.text.rindex(" of ")
    return replace_sent(paragraph, sent, f"{sent.text[:at]}. {sent.text[at + 4:]}")


def severed_attribution(paragraph: str, rng: random.Random) -> str | None:
    """The speaker's office and name, or the report's source, cut off the tag:
    ", Weather Service director Ann Lee said." -> ", the director said. of the Weather
    Service, Ann Lee."; " said, according to the radio." -> " said. by the radio."."""
    def ok(i: int, s: Sent) -> bool:
        text = s.text
        return bool(_TITLED_TAG.search(text) or _ACCORDING.search(text))

    found = pick(paragraph, rng, ok)
    if not found:
        return None
    sents, i = found
    sent = sents[i]
    titled = _TITLED_TAG.search(sent.text)
    if titled:
        new = (f"{sent.text[: titled.start()]}, the {titled['title']} said{titled['rest']}. "
               f"of the {titled['org']}, {titled['name']}.")
    else:
        according = _ACCORDING.search(sent.text)
        assert according is not None
        new = f"{sent.text[: according.start()]} said. by {according['source']}."
    return replace_sent(paragraph, sent, new)


# A quotation that opens a sentence and is followed by its speech tag ('"...," she said').
_QUOTED_SPEECH = re.compile(
    r'(?:^|(?<=\s))"(?P<speech>[A-Z][^"]{8,200}?[,.?!])"(?= [a-z]| [A-Z][a-z]+ (?:said|says|added|told))')


def quote_drop(paragraph: str, rng: random.Random) -> str | None:
    """The quotation marks around quoted speech dropped, as MT often does (issue 16):
    '"We will win," she said.' -> 'We will win, she said.'."""
    found = list(_QUOTED_SPEECH.finditer(paragraph))
    if not found:
        return None
    quote = rng.choice(found)
    return paragraph[: quote.start()] + quote["speech"] + paragraph[quote.end() :]


STOP_OPERATORS = {
    "quote_drop": quote_drop,
    "intruder_before_stop": intruder_before_stop,
    "echo_before_stop": echo_before_stop,
    "echo_piece": echo_piece,
    "content_free_piece": content_free_piece,
    "displaced_word": displaced_word,
    "dropped_of": dropped_of,
    "severed_attribution": severed_attribution,
    **MOVE_OPERATORS,
}
STOP_CATEGORY = {
    "quote_drop": "punctuation",
    "intruder_before_stop": "split",
    "echo_before_stop": "split",
    "echo_piece": "fragment",
    "content_free_piece": "fragment",
    "displaced_word": "fragment",
    "dropped_of": "split",
    "severed_attribution": "attribution",
    **MOVE_CATEGORY,
}
FIX_KIND = {
    "fragment_tail": "join",
    "last_word": "join",
    "split_mid_clause": "join",
    "hyphen_fragment": "join",
    "he_said_insert": "delete-invented-tag",
    "tag_detach": "reattach-tag",
    "tag_duplicate": "delete-echo",
    "quote_tail": "join-comma",
    "junk_insert": "delete-junk",
    "double_stop": "fix-punctuation",
    "intruder_before_stop": "delete-intruder",
    "echo_before_stop": "delete-intruder",
    "echo_piece": "delete-echo",
    "content_free_piece": "delete-content-free",
    "displaced_word": "move-displaced",
    "dropped_of": "join-insert",
    "severed_attribution": "rebuild-attribution",
    "quote_drop": "restore-quotes",
    **MOVE_FIX_KIND,
}
"""The gold table's fix name for what undoing each operator takes (the clean paragraph)."""
