"""Casing: how CA002 and CA013 lower the words of a Title Case sentence or run, word by word.

The evidence each word is judged on is described in :mod:`repair.rules.casing_title`; this
module holds the per-word decision (function word, common word, rarer word by its position,
glued token split) and the edits that carry it out.

Split from :mod:`repair.rules.casing_title`, which imports these back.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document, Sentence
from repair.edits import Edit, Safety
from repair.latin_letters import LETTERS
from repair.rules.base import Rule, lazy_compile
from repair.rules.casing_learned_table import case_table, inflection_of_common_word, lower_evidence, name_evidence
from repair.rules.casing_title_names import _calendar_name, _name_runs, country_word
from repair.rules.glued import WORD_ZIPF, best_split, zipf

COMMON_ZIPF = 4.0  # about ten uses per million words: a word, lowered unless named elsewhere
RARE_ZIPF = 3.0  # a dictionary word, lowered only on evidence from the document
# Function words a Title Case sentence capitalises; two or more of them mark one.
# Pronouns and auxiliaries count too: a Title Case sentence of plain prose ("The Company
# Said It Would Keep Its ...") capitalises those more than prepositions.
_TITLE_FUNCTION = frozenset(
    """the and or but of in on at to for with from by between as such so into than
    it its he she they we his their our is are was were will would has have had""".split()
)
# Glued content words inside a Title Case sentence ("Strengthencooperation"): both parts
# must be this common, since no function word vouches for the split.
CONTENT_SPLIT_ZIPF = 3.5
MIN_CONTENT_PART = 4
_POSSESSIVES = frozenset("its their his her our".split())


def _stem(word: str) -> str:
    """Lower-cased word without a possessive ending ("Brazil's" -> "brazil").

    String tests, not ``re.sub(r"['’]s$", ...)``: called once per word of every Title
    Case sentence, the module-level ``re.sub`` (a cache lookup, then the substitution)
    was a fifth of CA002 on dev text. ``$`` also matched before a final newline, kept."""
    lowered = word.lower()
    if lowered.endswith(("'s", "’s")):
        return lowered[:-2]
    if lowered.endswith(("'s\n", "’s\n")):
        return lowered[:-3] + "\n"
    return lowered


def glued_split(token: str) -> tuple[str, str] | None:
    """The split of a glued lower-cased ``token`` inside a Title Case sentence, or None.

    :func:`repair.rules.glued.best_split` first (a function word or speech verb on one
    side); then two content words run together ("strengthencooperation"), which the
    sentence's own capitals vouch for: the glued token got one capital where its two
    words should have had two. Both parts must be common (Zipf >= 3.5).
    """
    split = best_split(token)
    if split is not None:
        return split
    best: tuple[float, str, str] | None = None
    for i in range(MIN_CONTENT_PART, len(token) - MIN_CONTENT_PART + 1):
        left, right = token[:i], token[i:]
        score = min(zipf(left), zipf(right))
        if score >= CONTENT_SPLIT_ZIPF and (best is None or score > best[0]):
            best = (score, left, right)
    return (best[1], best[2]) if best else None


def _learned_lower(key: str) -> bool:
    """True when clean news writes the lower-cased ``key`` in lower case nearly always in a
    sentence's middle (the learned case table's evidence, :func:`lower_evidence`: "proxy",
    "advisory"): a rarer word lowered in a Title Case sentence wherever it stands."""
    return lower_evidence(key) is not None


def _learned_common_word(key: str) -> bool:
    """False when the learned case table knows ``key`` as a name: clean news writes it in
    lower case less than half the time in a sentence's middle ("Celsius", "Fahrenheit",
    "Richter": proper adjectives and units named after people). A rarer word lowered only by
    its position must not be one; a form the table does not know ("Telescope") may be."""
    return key not in case_table().name_forms


def _participle_of_common_word(key: str) -> bool:
    """True when ``key`` is the -ed or -ing form of a common word ("layered", "stacking") and
    a dictionary word itself (Zipf >= 3). Clean news (train split), mid-sentence after a
    lower-case word, writes such forms the case table does not list capitalised 5 % of the
    time (-ed: 35 of 661) and 1 % (-ing: 9 of 735), against about half for other words of
    that frequency: in a Title Case sentence one is lowered wherever it stands, not only
    after a lowered word ("Made Of Layered Cloth")."""
    return key.endswith(("ed", "ing")) and zipf(key) >= RARE_ZIPF and inflection_of_common_word(key)


_ARTICLES = frozenset(("the", "a", "an"))
_TOKEN_IN_SENTENCE = lazy_compile(f"[{LETTERS}][{LETTERS}'’-]*")  # casing_title's word
_FIGURE_GAP = lazy_compile(r" \d[\d,.]* ")
_FIGURE_AFTER = lazy_compile(r" [$€£¥]?\d")


def _word_zipf(key: str) -> float:
    """The word's Zipf frequency; a hyphenated compound ("low-lying") scores as its rarest part
    (wordfreq splits such words, so the whole is seldom listed)."""
    if "-" in key.strip("-"):
        return min(zipf(part) for part in key.split("-") if part) if all(key.split("-")) else 0.0
    return zipf(key)


def _lowered(word: str) -> str:
    """``word`` with its first letter lowered, and each part's of a compound ("Low-Lying")."""
    return "-".join(part if i and country_word(part) else part[:1].lower() + part[1:]
                    for i, part in enumerate(word.split("-")))


def _lower_articles(text: str, tokens: list[re.Match[str]], kinds: dict[int, str], names: set[int]) -> None:
    """Mark the article "A" of a Title Case run lowered (``kinds[i] = "function"``) where
    it stands between two lowered words, or after a comma before one ("More Than A Third",
    "And A Ruling", "14 May, A Week"): an initial ("A Smith") or a grade ("Class A") stands
    beside a name or at a run's end, never inside lowered prose on both sides."""
    for i, token in enumerate(tokens[:-1]):
        if token.group() != "A" or i in kinds or token.start() in names:
            continue
        # Before a lowered word, or before a figure ("Providing A £180m Grant", "A 40% Rise").
        before_figure = _FIGURE_AFTER.match(text, token.end()) is not None
        if not before_figure and (kinds.get(i + 1) not in ("common", "rare", "function")
                                  or text[token.end() : tokens[i + 1].start()] != " "):
            continue
        gap = text[tokens[i - 1].end() : token.start()] if i > 0 else ""
        if (i > 0 and kinds.get(i - 1) in ("function", "common") and gap == " ") or gap.endswith(", "):
            kinds[i] = "function"


_OPENING_ARTICLES = ("The ", "A ", "An ")  # a sentence's first word that is an article, and its space


def _mostly_lower_in_news(key: str) -> bool:
    """True when clean news (the learned case table, train split) writes ``key`` mid-sentence
    in lower case at least ``BETWEEN_LOWER_SHARE`` of ``BETWEEN_SUPPORT`` or more uses. A word
    the table does not know ("Lima", seldom in its news) is no evidence either way."""
    row = case_table().words.get(key)
    return row is not None and sum(row) >= BETWEEN_SUPPORT and row[0] >= BETWEEN_LOWER_SHARE * sum(row)


BETWEEN_SUPPORT = 5
BETWEEN_LOWER_SHARE = 0.8


def _lower_between_lowered(text: str, tokens: list[re.Match[str]], kinds: dict[int, str], names: set[int],
                           upper: set[str], lower: set[str], after_article: bool) -> None:
    """Mark lowered (``kinds[i] = "rare"``) a capitalised dictionary word (Zipf >= 3) that
    stands between two lowered words, single spaces on both sides ("that Flare out"), or
    opens the sentence after its article before a lowered word ("The Costumes are"),
    when the document writes it in lower case elsewhere or clean news nearly always does
    (:func:`_mostly_lower_in_news`); never when the document capitalises it elsewhere. Left to right, one
    pass: a word lowered here does not vouch for the next."""
    for i, token in enumerate(tokens[:-1]):
        word = token.group()
        key = word.lower()
        if i in kinds or not word[:1].isupper() or not word[1:].islower() or token.start() in names:
            continue
        if key in upper or zipf(key) < RARE_ZIPF or country_word(word) or _calendar_name(text, tokens, i):
            continue
        if key not in lower and not _mostly_lower_in_news(key):
            continue
        left = after_article if i == 0 else (kinds.get(i - 1) in ("function", "common", "rare")
                                             and text[tokens[i - 1].end() : token.start()] == " ")
        right = kinds.get(i + 1) in ("function", "common", "rare") and text[token.end() : tokens[i + 1].start()] == " "
        if left and right:
            kinds[i] = "rare"


_RUN_GAPS = (" ", ", ")  # what may stand between two words lowered by one edit


def _lowered_runs(text: str, tokens: list[re.Match[str]], kinds: dict[int, str]) -> list[list[int]]:
    """The indices of ``kinds`` grouped into runs lowered by one edit each: consecutive words
    with only a space or a comma between them. An editor judges an edit alone, and one word
    lowered in a Title Case run leaves the run in mixed case ("Member states To Phase");
    the run lowered as a unit reads as the sentence it should be. A kept word (a name)
    ends a run; a glued token is an edit of its own (GL001 weighs its split)."""
    runs: list[list[int]] = []
    for i in sorted(kinds):
        joined = runs and runs[-1][-1] == i - 1 and kinds[i] != "glued" and kinds[i - 1] != "glued" \
            and (text[tokens[i - 1].end() : tokens[i].start()] in _RUN_GAPS
                 or _FIGURE_GAP.fullmatch(text, tokens[i - 1].end(), tokens[i].start()) is not None)
        if joined:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _keep_after_name_possessive(text: str, tokens: list[re.Match[str]], kinds: dict[int, str]) -> None:
    """Unmark (keep capitalised) the content words right after a name's possessive that stays
    capitalised: "Brahms’s Second Symphony", "Peru’s National Council". What a name owns
    and is capitalised after it is a title or a body's name; the training golds keep it
    (6 of 7 such runs in Title Case sentences; the one lowered follows a common word,
    "Researcher’s", which is lowered itself and so is no name here). A country's possessive
    does not count: what a country owns is as often common nouns ("Brazil’s development
    strategies"), and its bodies' names are kept as names anyway. The run ends at a
    function word, a lower-case word or any mark between two words."""
    for i, token in enumerate(tokens[:-1]):
        word = token.group()
        if i in kinds or not word[:1].isupper() or not word.endswith(("'s", "’s")):
            continue
        if country_word(word[:-2]):
            continue  # a country owns common nouns ("Brazil’s development strategies"); its bodies are names anyway
        for j in range(i + 1, len(tokens)):
            follower = tokens[j]
            if text[tokens[j - 1].end() : follower.start()] != " " or not follower.group()[:1].isupper() \
                    or kinds.get(j) in ("function", "glued"):
                break
            kinds.pop(j, None)


def _lower_sentence(doc: Document, self: Rule, sentence: Sentence, tokens: list[re.Match[str]],
                    upper: set[str], lower: set[str], after_function: bool = False) -> Iterator[Edit]:
    """The per-word edits that lower one Title Case sentence (``tokens``: its words after
    the first; ``upper``/``lower``: stems the document writes capitalised / lower-case).
    ``after_function``: a rarer word right after a lowered article is lowered too (CA013's
    runs, where the run's own shape is the evidence; "The Rulers")."""
    text = doc.text
    names = _name_runs(text, tokens)
    # A name may open before the run CA013 lowers ("the Council For Trade, Farming And ..."):
    # its words are read from the whole sentence's.
    before = text[sentence.span.start : tokens[0].start()] if tokens else ""
    if "For " in before or "Of " in before:
        names |= _name_runs(text, list(_TOKEN_IN_SENTENCE.finditer(text, sentence.span.start, sentence.span.end))[1:])
    # Index -> how the word was lowered: "function", "common" (a content word), "glued"
    # (split as well) or "rare" (on the evidence of its position).
    kinds: dict[int, str] = {}
    splits: dict[int, str] = {}  # index -> the glued token split and lowered
    for i, token in enumerate(tokens):
        word = token.group()
        key = _stem(word)
        if not word[0].isupper() or (word.isupper() and len(word) > 1) or token.start() in names:
            continue  # already lower, an acronym, or a word of a multi-word name
        if _calendar_name(text, tokens, i) or country_word(word):
            continue
        if key in _TITLE_FUNCTION or lexicon.is_function_word(key) and key not in ("i", "a"):
            kinds[i] = "function"
        elif key in lexicon.IRREGULAR_PAST or key in lexicon.SPEECH_VERBS:
            kinds[i] = "common"  # a verb's past form ("Withdrew", "Said") is no name, however rare
        elif key in upper:
            continue  # the document writes it capitalised elsewhere: a name
        elif key not in lower and (evidence := name_evidence(key)) is not None and evidence[0] is Safety.UNSAFE:
            continue  # clean news writes it capitalised mid-sentence nearly always: a name ("Houston")
        elif _word_zipf(key) >= COMMON_ZIPF or key in lower or _learned_lower(key):
            kinds[i] = "common"
        elif zipf(key) < WORD_ZIPF and word[1:].islower() and (split := glued_split(word.lower())):
            left, right = split
            if _stem(left) not in upper:
                splits[i] = f"{left} {right}"
                kinds[i] = "glued"
    for i, token in enumerate(tokens):
        word = token.group()
        key = _stem(word)
        if i not in kinds and word[0].isupper() and word[1:].islower() and key == word.lower() \
                and token.start() not in names and key not in upper \
                and (zipf(key) >= RARE_ZIPF or inflection_of_common_word(key)) \
                and not country_word(word) and not _calendar_name(text, tokens, i):
            if _participle_of_common_word(key) and _learned_common_word(key):
                kinds[i] = "rare"  # "Of Layered Cloth": a verb's -ed/-ing form, wherever it stands
                continue
            if i == 0:
                continue
            previous = tokens[i - 1]
            gap = text[previous.end() : token.start()]
            after_auxiliary = previous.group().lower() in lexicon.AUXILIARIES and gap == " "
            # A possessive pronoun is followed by a noun phrase, seldom by a name.
            after_possessive = previous.group().lower() in _POSSESSIVES and gap == " "
            after_content = kinds.get(i - 1) in ("common", "glued", "rare") and gap in (" ", ", ")
            # After a lowered article only: a name follows a preposition often ("In Boston").
            after_small = after_function and kinds.get(i - 1) == "function" and gap == " " \
                and previous.group().lower() in _ARTICLES
            # A noun counted by a figure after a lowered word ("Of 14 Slots"): no name.
            after_number = i - 1 in kinds and _FIGURE_GAP.fullmatch(gap) is not None
            if (after_auxiliary or after_possessive or after_content or after_small or after_number) \
                    and _learned_common_word(key):
                kinds[i] = "rare"
    opener = text[sentence.span.start : tokens[0].start()] if tokens else ""
    _lower_between_lowered(text, tokens, kinds, names, upper, lower, opener.lstrip("“\"‘'") in _OPENING_ARTICLES)
    _keep_after_name_possessive(text, tokens, kinds)
    _lower_articles(text, tokens, kinds, names)
    if not kinds:
        return
    # Prose that ends its paragraph without a stop lost it; the stop goes into the edit of
    # the last word, so that it is accepted with the lowering and stays inside the sentence.
    body = doc.sentence_text(sentence).rstrip()
    end = sentence.span.start + len(body)
    stop = "." if end >= doc.paragraphs[sentence.paragraph].end and body[-1:].isalpha() else ""
    for run in _lowered_runs(text, tokens, kinds):
        first, last = tokens[run[0]], tokens[run[-1]]
        tail = stop if last.end() == end else ""
        if kinds[run[0]] == "glued":
            word = first.group()
            # Surer than GL001's split of the same token (0.75), which keeps the capital.
            yield self.edit(first.start(), first.end(), splits[run[0]] + tail,
                            f"Missing space in “{word}” in a sentence written in Title Case.", 0.8)
            continue
        pieces = [_lowered(tokens[run[0]].group())]
        for before, i in zip(run, run[1:], strict=False):
            pieces.append(text[tokens[before].end() : tokens[i].start()] + _lowered(tokens[i].group()))
        words = text[first.start() : last.end()]
        yield self.edit(first.start(), last.end(), "".join(pieces) + tail,
                        f"“{words}” capitalised in a sentence written in Title Case.", 0.6)
    if stop and tokens[-1].end() == end and len(tokens) - 1 not in kinds:
        yield self.edit(end - 1, end, body[-1] + stop, "Sentence lowered from Title Case has no final stop.", 0.6)
