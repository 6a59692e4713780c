"""Synthetic MT damage: turn a clean paragraph into a garbled one.

Each operator imitates one artifact family seen in real MT-laundered news (see
``shared/data/real-mt-pairs/TAXONOMY.md``): a phrase or last word split off as its own
"sentence", a sentence broken mid-clause, a hyphenated compound torn in two, an invented
"He said" tag, a speech tag cut loose or repeated, feed junk inserted, a doubled full
stop. Operators are pure functions of (paragraph, random generator): they return the
garbled paragraph or None when the paragraph offers no place for that damage. Nothing
here is copied from the real examples; junk lines come from generic templates.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from models.corrupt_base import Sent, cut_sentence, pick, plain_end, replace_sent, sentences, word_matches
from models.corrupt_stops import STOP_CATEGORY, STOP_OPERATORS
from repair import lexicon

Operator = Callable[[str, random.Random], "str | None"]

_SPEECH = re.compile(r"\b(?:said|says|told|added)\b")
_TAG_AT_END = re.compile(r", ((?:[A-Z][\w'’.-]*|the|a|an|his|her|its|their)(?: [\w'’.-]+){0,3} (?:said|says|added))\.$")
_HYPHENATED = re.compile(r"\b([A-Za-z]+)-([A-Za-z]{3,})\b")
_JUNK_TEMPLATES = (
    "Advertisement.",
    "Read more.",
    "Story continues below.",
    "Continue reading.",
    "Click here to read more.",
    "Share this article.",
    "Scroll to continue.",
    "Related articles.",
    "Subscribe to our newsletter.",
    "Photo: {agency}.",
    "{agency} photo.",
    "Video: {agency}.",
    "Related: {agency} news.",
)
_OPENER = {"”": "“", '"': '"'}
_AGENCIES = ("Reuters", "AFP", "AP", "Xinhua", "File", "Getty Images", "EPA")


def fragment_tail(paragraph: str, rng: random.Random) -> str | None:
    """Split a trailing phrase (1-5 words) off a sentence and capitalise it: "X. In Y."."""
    found = pick(paragraph, rng, lambda i, s: len(word_matches(s.text)) >= 7)
    if not found:
        return None
    sents, i = found
    cut = cut_sentence(sents[i], rng, 1, 5, cut_words=True)
    if not cut:
        return None
    head, tail = cut
    return replace_sent(paragraph, sents[i], f"{head}. {tail[0].upper()}{tail[1:]}")


def last_word(paragraph: str, rng: random.Random) -> str | None:
    """Strand the last word of a sentence: "the first cluster. time." (or "Time.")."""
    found = pick(paragraph, rng, lambda i, s: len(word_matches(s.text)) >= 6 and plain_end(s.text))
    if not found:
        return None
    sents, i = found
    cut = cut_sentence(sents[i], rng, 1, 1, cut_words=False)
    if not cut:
        return None
    head, tail = cut
    if rng.random() < 0.5:
        tail = tail[0].upper() + tail[1:]
    return replace_sent(paragraph, sents[i], f"{head}. {tail}")


def split_mid_clause(paragraph: str, rng: random.Random) -> str | None:
    """Break a sentence mid-clause with a full stop, leaving the tail lower-case."""
    found = pick(paragraph, rng, lambda i, s: len(word_matches(s.text)) >= 9)
    if not found:
        return None
    sents, i = found
    cut = cut_sentence(sents[i], rng, 3, 14, cut_words=True)
    if not cut or not cut[1][:1].islower():
        return None
    head, tail = cut
    return replace_sent(paragraph, sents[i], f"{head}. {tail}")


def hyphen_fragment(paragraph: str, rng: random.Random) -> str | None:
    """Tear a hyphenated compound near a sentence end: "a state. -Backed operation."."""
    def ok(i: int, s: Sent) -> bool:
        m = list(_HYPHENATED.finditer(s.text))
        return bool(m) and plain_end(s.text) and len(word_matches(s.text[m[-1].start() :])) <= 4 and m[-1].start() > 10

    found = pick(paragraph, rng, ok)
    if not found:
        return None
    sents, i = found
    sent = sents[i]
    match = list(_HYPHENATED.finditer(sent.text))[-1]
    rest = sent.text[match.start(2) :]
    new = f"{sent.text[: match.end(1)]}. -{rest[0].upper()}{rest[1:]}"
    return replace_sent(paragraph, sent, new)


def he_said_insert(paragraph: str, rng: random.Random) -> str | None:
    """Prefix an invented "He said" to a sentence that follows attributed speech."""
    def ok(i: int, s: Sent) -> bool:
        return i > 0 and bool(s.text[:1].isupper()) and not s.text.startswith(("He ", "She ", "It ", "They "))

    sents = sentences(paragraph)
    if not any(_SPEECH.search(s.text) for s in sents[:-1]):
        return None
    found = pick(paragraph, rng, ok)
    if not found:
        return None
    sents, i = found
    sent = sents[i]
    first = word_matches(sent.text)[0].group()
    lower = lexicon.is_function_word(first) or first.lower() in lexicon.SUBJECT_PRONOUNS
    body = sent.text[0].lower() + sent.text[1:] if lower else sent.text
    tag = rng.choice(("He said ", "He said ", "He said that "))
    return replace_sent(paragraph, sent, tag + body)


def tag_detach(paragraph: str, rng: random.Random) -> str | None:
    """Cut a closing speech tag loose: "..., the ministry said." -> "... . The ministry said."."""
    found = pick(paragraph, rng, lambda i, s: bool(_TAG_AT_END.search(s.text)))
    if not found:
        return None
    sents, i = found
    sent = sents[i]
    match = _TAG_AT_END.search(sent.text)
    assert match is not None
    tag = match.group(1)
    new = f"{sent.text[: match.start()]}. {tag[0].upper()}{tag[1:]}."
    return replace_sent(paragraph, sent, new)


def tag_duplicate(paragraph: str, rng: random.Random) -> str | None:
    """Repeat the attribution as a sentence of its own after attributed speech."""
    found = pick(paragraph, rng, lambda i, s: bool(_SPEECH.search(s.text)) and plain_end(s.text))
    if not found:
        return None
    sents, i = found
    tag = rng.choice(("He said.", "She said.", "It said.", "They said.", "He added."))
    sent = sents[i]
    return paragraph[: sent.end] + " " + tag + paragraph[sent.end :]


def quote_tail(paragraph: str, rng: random.Random) -> str | None:
    """Split a trailing phrase off a quotation as a quotation of its own: 'so.” “If needed.”'.

    Round trips re-punctuate quoted speech sentence by sentence, so a tail the source
    kept inside one quotation comes back closed off and reopened.
    """
    def ok(i: int, s: Sent) -> bool:
        return s.text.endswith(('.”', '."')) and _OPENER[s.text[-1]] in s.text[:-2] and len(word_matches(s.text)) >= 7

    found = pick(paragraph, rng, ok)
    if not found:
        return None
    sents, i = found
    sent = sents[i]
    closer = sent.text[-1]
    opener = _OPENER[closer]
    inner = Sent(sent.start, sent.end - 1, sent.text[:-1])
    cut = cut_sentence(inner, rng, 1, 4, cut_words=True)
    if not cut or not _inside_quotation(cut[0], opener, closer):
        return None
    head, tail = cut
    return replace_sent(paragraph, sent, f"{head}.{closer} {opener}{tail[0].upper()}{tail[1:]}{closer}")


def _inside_quotation(head: str, opener: str, closer: str) -> bool:
    """True when ``head`` ends inside an open quotation (so the cut falls within it)."""
    if opener == closer:
        return head.count(opener) % 2 == 1
    return head.rfind(opener) > head.rfind(closer)


def requote(paragraph: str, rng: random.Random) -> str | None:
    """Close and reopen a quotation at one of its sentence ends: '"A. B."' -> '"A." "B."'.

    Not damage: many feeds quote speech sentence by sentence. Training pairs built on it
    are keeps, so the model learns that a boundary between two quotations holding whole
    sentences is fine, and joins only quotation tails that cannot stand alone.
    """
    sents = sentences(paragraph)
    usable = []
    for first, second in zip(sents, sents[1:], strict=False):
        head = paragraph[: first.end]
        if first.text.endswith(".") and second.text[:1].isupper() and _inside_quotation(head, '"', '"'):
            usable.append(first)
    if not usable:
        return None
    first = rng.choice(usable)
    rest = paragraph[first.end :]
    return paragraph[: first.end] + '"' + rest[: len(rest) - len(rest.lstrip())] + '"' + rest.lstrip()


def junk_insert(paragraph: str, rng: random.Random) -> str | None:
    """Insert a feed-junk "sentence" between two sentences of a paragraph."""
    sents = sentences(paragraph)
    if len(sents) < 2:
        return None
    sent = sents[rng.randrange(len(sents) - 1)]
    junk = rng.choice(_JUNK_TEMPLATES).format(agency=rng.choice(_AGENCIES))
    return paragraph[: sent.end] + " " + junk + paragraph[sent.end :]


def double_stop(paragraph: str, rng: random.Random) -> str | None:
    """Double a full stop between two sentences: "quarter. . Demand"."""
    sents = sentences(paragraph)
    usable = [s for s in sents[:-1] if plain_end(s.text)]
    if not usable:
        return None
    sent = rng.choice(usable)
    return paragraph[: sent.end] + " ." + paragraph[sent.end :]


OPERATORS: Mapping[str, Operator] = {
    "fragment_tail": fragment_tail,
    "last_word": last_word,
    "split_mid_clause": split_mid_clause,
    "hyphen_fragment": hyphen_fragment,
    "he_said_insert": he_said_insert,
    "tag_detach": tag_detach,
    "tag_duplicate": tag_duplicate,
    "quote_tail": quote_tail,
    "junk_insert": junk_insert,
    "double_stop": double_stop,
    **STOP_OPERATORS,
}
CATEGORY = {
    "fragment_tail": "fragment",
    "last_word": "fragment",
    "split_mid_clause": "split",
    "hyphen_fragment": "fragment",
    "he_said_insert": "attribution",
    "tag_detach": "attribution",
    "tag_duplicate": "attribution",
    "quote_tail": "fragment",
    "junk_insert": "boilerplate",
    "double_stop": "punctuation",
    **STOP_CATEGORY,
}


@dataclass(frozen=True)
class Corruption:
    """One applied operator: the garbled paragraph and the clean one it came from."""

    operator: str
    garbled: str
    clean: str

    def region(self) -> tuple[int, int, str]:
        """The minimal changed range of ``garbled`` and what the clean text has there."""
        return changed_region(self.garbled, self.clean)


def changed_region(garbled: str, clean: str) -> tuple[int, int, str]:
    """Trim the common prefix and suffix: (start, end) in ``garbled`` and the clean middle."""
    prefix = 0
    limit = min(len(garbled), len(clean))
    while prefix < limit and garbled[prefix] == clean[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and garbled[-1 - suffix] == clean[-1 - suffix]:
        suffix += 1
    return prefix, len(garbled) - suffix, clean[prefix : len(clean) - suffix]


def corrupt_paragraph(paragraph: str, rng: random.Random, weights: Mapping[str, float]) -> Corruption | None:
    """Apply one operator drawn by ``weights``; tries others when it does not fit."""
    names = [n for n in sorted(weights) if weights[n] > 0]
    if not names:
        return None
    for name in _weighted_order(names, weights, rng):
        garbled = OPERATORS[name](paragraph, rng)
        if garbled is not None and garbled != paragraph:
            return Corruption(name, garbled, paragraph)
    return None


def _weighted_order(names: list[str], weights: Mapping[str, float], rng: random.Random) -> list[str]:
    """Operators in a random order where heavier ones tend to come first."""
    keyed = [(rng.random() ** (1.0 / weights[n]), n) for n in names]
    return [n for _, n in sorted(keyed, reverse=True)]


def corrupt_document(
    paragraphs: list[str], rng: random.Random, rate: float, weights: Mapping[str, float]
) -> tuple[list[str], list[Corruption | None]]:
    """Garble about ``rate`` of the paragraphs (one operator each); the rest stay clean."""
    out: list[str] = []
    applied: list[Corruption | None] = []
    for paragraph in paragraphs:
        corruption = corrupt_paragraph(paragraph, rng, weights) if rng.random() < rate else None
        out.append(corruption.garbled if corruption else paragraph)
        applied.append(corruption)
    return out, applied
