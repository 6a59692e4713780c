"""Casing: a sentence whose tail slipped into Title Case ("the survey found Damage With
Water That Could Mark The Path Of The Storm.").

The same damage as :mod:`repair.rules.casing_title` (headline capitals leaking into body
text), starting mid-sentence instead of at the sentence's start: the words before the run
are in sentence case, and the run goes on to the sentence's end. The run is lowered word by
word on the evidence CA002 uses (:func:`repair.rules.casing_title_words._lower_sentence`): names
the document capitalises elsewhere, acronyms and multi-word names keep their capitals.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document, Sentence
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.casing_learned_context import _inside_quotation
from repair.rules.casing_title import _TOKEN, _after_prose, case_evidence
from repair.rules.casing_title_words import _TITLE_FUNCTION, _lower_sentence
from repair.text_index import text_index

# A run this long at the least, with this many capitalised function words after its first
# word: a work's title is shorter ("Four Weddings And A Funeral": five words, two), and a
# list of names has no function words.
MIN_RUN_WORDS = 8
MIN_RUN_FUNCTIONS = 3
# Words that introduce a work's title or a name ("a novel called ...", "the film ..."): a
# Title Case run after one within a few words is that title, which keeps its capitals.
_TITLE_CUES = frozenset(
    """called titled entitled named dubbed book books film films novel novels song songs album albums series
    show shows play plays opera documentary poem poems single singles movie movies musical exhibition""".split()
)
CUE_WINDOW = 3
# The cheap first test: "Of", "And" or "The" capitalised between two capitalised words, the
# small words a Title Case run seldom lacks all three of ("Boats That Moor There Will Use
# The South Basin" has no "Of" or "And"), and a few more small words.
_RARE_CAPITALS = (" Of ", " And ", " The ", " In ", " To ", " A ", " At ", " For ", " From ")
# All of them in one scan (a ``str.find`` per word was nine passes over the text, 10 ms per
# MB of news): the trailing blank is looked at, not taken, so a word right after another
# is found too ("Of The"), as the searches found it; no two of them start at one place.
_RARE_CAPITAL_SCAN = lazy_compile(
    r" (?:" + "|".join(re.escape(needle.strip()) for needle in _RARE_CAPITALS) + r")(?= )")
_ENDING = lazy_compile(r"[\s.!?,;:\"”’')\]]*")
# A number inside a Title Case run ("Can Claim Up To 40,000 Euros", "Within 14 Working
# Days"): it has no case, so it neither breaks the run nor counts as one of its words.
_NUMBER_GAP = lazy_compile(r" (?:[$€£]?\d[\d,.]*%?|\d+(?:st|nd|rd|th)) ")


def _joined(gap: str) -> bool:
    """True when ``gap`` (the text between two words) keeps them in one run: a space, or a
    number with a space on each side."""
    return gap == " " or (len(gap) < 16 and _NUMBER_GAP.fullmatch(gap) is not None)


def _hinted_sentences(doc: Document) -> list[Sentence]:
    """Sentences (not on the title line) holding one of the ``_RARE_CAPITALS`` between two
    capitalised words."""
    text = doc.text
    hits: list[int] = []
    for match in _RARE_CAPITAL_SCAN.finditer(text):
        at, after = match.start(), match.end() + 1
        start = at
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        if start < at and text[start].isupper() and text[after : after + 1].isupper():
            hits.append(at)
    if not hits:
        return []
    starts = text_index(doc).starts  # shared with the other rules that place offsets in sentences
    counts: dict[int, int] = {}
    for at in hits:
        index = bisect.bisect_right(starts, at) - 1
        if index >= 0:
            counts[index] = counts.get(index, 0) + 1
    # The first paragraph counts where it is body text, not a title (CA002's test).
    return [doc.sentences[i] for i in sorted(counts)
            if doc.sentences[i].paragraph > 0 or _after_prose(doc, doc.sentences[i])]


def _tail_run(text: str, sentence: Sentence) -> list[re.Match[str]] | None:
    """The words of the Title Case run ending ``sentence``, with the lower-case word before
    it first, or None when the sentence has no such run (see the module docstring)."""
    start, end = sentence.span.start, sentence.span.end
    tokens = list(_TOKEN.finditer(text, start, end))
    if len(tokens) < MIN_SHORT_RUN_WORDS + 1:
        return None
    # The run must reach the sentence's end (only closing marks after its last word), or a
    # comma before which the sentence goes on in lower case ("…, the minister said").
    last_index = _run_end(text, tokens, end)
    if last_index is None:
        return None
    tokens = tokens[: last_index + 1]
    first = len(tokens) - 1
    while first > 0 and tokens[first - 1].group()[0].isupper() and \
            _joined(text[tokens[first - 1].end() : tokens[first].start()]):
        first -= 1
    if first == 0:
        return None  # from the sentence's start it is CA002's Title Case sentence
    return _long_run(text, tokens, first) or _short_clause_run(text, tokens, first)


def _long_run(text: str, tokens: list[re.Match[str]], first: int) -> list[re.Match[str]] | None:
    """The words of a long Title Case run (``tokens[first:]``, :data:`MIN_RUN_WORDS` or more,
    three capitalised function words after the first and an auxiliary or modal), with the
    lower-case word before it first, or None."""
    if len(tokens) - first < MIN_RUN_WORDS:
        return None
    before = tokens[first - 1]
    # After a lower-case word, or after an opening phrase and its comma ("Under the scheme,
    # Farmers Who Lost ..."): the run is the main clause, the sentence began in sentence case.
    gap = text[before.end() : tokens[first].start()]
    if gap != ", " and (gap != " " or not before.group().islower()):
        return None  # after an opening phrase's comma the phrase may end in a name ("From January,")
    run = tokens[first:]
    functions = sum(1 for token in run[1:] if token.group().lower() in _TITLE_FUNCTION)
    if functions < MIN_RUN_FUNCTIONS:
        return None
    # A clause in Title Case has a verb; a name's words ("the Royal Society For The
    # Protection Of Birds") have none: an auxiliary or modal ("Could", "Has", "Was") must stand in it.
    if not any(token.group().lower() in lexicon.AUXILIARIES for token in run):
        return None
    cue_words = [token.group().lower() for token in tokens[max(0, first - CUE_WINDOW) : first]]
    if any(word in _TITLE_CUES for word in cue_words):
        return None  # "a novel called A Season Of Rain And ...": a work's title
    return [before, *run]


# A shorter run is a clause's tail in Title Case when it holds a verb form and two
# capitalised small words ("…, the ministry Said In A Statement.", "…, The Highest Price
# Ever Recorded In The Province."): a name has no verb, and a work's title after a cue is left.
MIN_SHORT_RUN_WORDS = 4
MIN_SHORT_RUN_FUNCTIONS = 2
_SHORT_RUN_SMALL = _TITLE_FUNCTION | frozenset(("a", "an"))
# Nouns before a work's or a paper's name, beyond CA013's cues: a short run after one is that name.
_MORE_TITLE_CUES = frozenset(
    "magazine newspaper paper journal programme program game report campaign slogan motto painting".split())
MIN_PAST_LETTERS = 5  # "Recorded", "Planned": a regular past form; "Red", "Ted" are names' words


def _verb_form(word: str) -> bool:
    """True for an auxiliary or modal, a speech verb, an irregular past or a regular past form
    ("Would", "Said", "Went", "Recorded"), lower-cased first."""
    key = word.lower()
    return (key in lexicon.AUXILIARIES or key in lexicon.SPEECH_VERBS or key in lexicon.IRREGULAR_PAST
            or (len(key) >= MIN_PAST_LETTERS and key.endswith("ed")))


def _name_verb(word: str) -> bool:
    """True for a speech verb or a past form ("Said", "Went", "Recorded"): the verb a name
    before it takes, where an auxiliary ("Have I Got …") opens a question's title as well."""
    key = word.lower()
    return key in lexicon.SPEECH_VERBS or key in lexicon.IRREGULAR_PAST or (
        len(key) >= MIN_PAST_LETTERS and key.endswith("ed"))


def _short_clause_run(text: str, tokens: list[re.Match[str]], first: int) -> list[re.Match[str]] | None:
    """The words of a short Title Case clause ending the sentence (``tokens[first:]``, fewer
    than :data:`MIN_RUN_WORDS`), with the word before it first, or None. Capitalised words
    that open the run before its first small word or verb are a name's and stay ("the
    Ministry of Defence Said In A Statement": "Defence" stays, the run is "Said In A
    Statement"); the rest must hold four words, two capitalised small words and a verb form."""
    start = first
    while start < len(tokens) and not (tokens[start].group().lower() in _SHORT_RUN_SMALL
                                       or _verb_form(tokens[start].group())):
        start += 1
    if start > first and not (start < len(tokens) and _name_verb(tokens[start].group())
                              and not tokens[start - 1].group().endswith(("'s", "’s"))):
        # "on Who Wants To Be …", "the BBC's Have I Got News For You": a small word or an
        # auxiliary inside a title; after a name only its own verb opens a clause ("Defence Said").
        return None
    run = tokens[start:]
    if len(run) < MIN_SHORT_RUN_WORDS:
        return None
    # The run's last word is no small word ("Type A", "Where It Is"): a title's or a label's end.
    small = sum(1 for token in run[:-1] if token.group().lower() in _SHORT_RUN_SMALL)
    if small < MIN_SHORT_RUN_FUNCTIONS or not any(_verb_form(token.group()) for token in run):
        return None
    if start == first:
        gap = text[tokens[first - 1].end() : run[0].start()]
        if gap != ", " and (gap != " " or not tokens[first - 1].group().islower()):
            return None
    cue_words = [token.group().lower() for token in tokens[max(0, first - CUE_WINDOW) : start]]
    if any(word in _TITLE_CUES or word in _MORE_TITLE_CUES for word in cue_words) \
            or _inside_quotation(text, run[0].start()):
        return None  # "the film Gone With …", "“Where The Wild Things Are”": a work's title
    # The word before goes first when it is in lower case (CA013's shape); a name kept before
    # the run is left out, so that the lowering never reaches it.
    return [tokens[start - 1], *run] if start == first else run


def _run_end(text: str, tokens: list[re.Match[str]], end: int) -> int | None:
    """The index of the last word of a Title Case run that ends the sentence (``end``) or
    its main clause (a comma, then lower-case words to the end), or None."""
    last = tokens[-1]
    closing = _ENDING.match(text, last.end(), end)  # always matches (it may match nothing)
    if closing is not None and closing.end() == end and last.group()[0].isupper():
        return len(tokens) - 1
    # "… On All Routes, the minister said.": the last capitalised word before a comma after
    # which every word is in lower case.
    index = len(tokens) - 1
    while index > 0 and tokens[index].group()[0].islower():
        index -= 1
    if index == len(tokens) - 1 or not tokens[index].group()[0].isupper():
        return None
    if text[tokens[index].end() : tokens[index + 1].start()] != ", ":
        return None
    return index


# A clause opened after a comma by a subordinator or relative pronoun, written in Title
# Case to its comma or the sentence's end (", As Traders Weighed The Risk Of ...", ", Which
# Went On Sale Last Year, translate ..."). One scan led by the literal ", ".
_CLAUSE_OPENING = lazy_compile(
    r", (?:Which|Who|Whose|Where|When|While|As|After|Before|Because|Although|Though|Since|Until|Whereas"
    r"|And|But)"
    r" (?=[A-Z])")
# A coordinator opens a clause only when one follows: the run after ", And" must hold an
# auxiliary or modal ("And A Ruling Is Expected ..."), or it is a name's or a title's
# words ("…, And Then There Were None" has one too, but a title cue or a capital-led
# prose check leaves most; a list of names ", And Sons" has none).
_COORDINATORS = frozenset(("And", "But"))
MIN_CLAUSE_WORDS = 4  # the opener and three more: "Which Went On Sale"
MIN_PROSE = 3  # lower-case words outside the run: the sentence itself is in sentence case


def _clause_run(text: str, sentence: Sentence, at: int) -> list[re.Match[str]] | None:
    """The words of a Title Case clause opened at ``at`` (the opener after ", ") inside
    ``sentence``, or None. The run of capitalised words must end at a comma after which the
    sentence goes on in lower case, or at the sentence's end; hold a capitalised function
    word after its opener ("On", "The": a name or a work's title such as "When Harry Met
    Sally" seldom does); and the sentence outside it must hold three lower-case words."""
    start, end = sentence.span.start, sentence.span.end
    run: list[re.Match[str]] = []
    for token in _TOKEN.finditer(text, at, end):
        gap = text[run[-1].end() : token.start()] if run else ""
        if run and not _joined(gap):
            break
        if not token.group()[0].isupper():
            return None  # "As Traders weighed": a name and a verb, not a Title Case run
        run.append(token)
    if len(run) < MIN_CLAUSE_WORDS:
        return None
    after = text[run[-1].end() : end]
    closing = _ENDING.match(after)
    ends_sentence = closing is not None and closing.end() == len(after)
    goes_on = after.startswith(", ") and after[2:3].islower()
    if not (ends_sentence or goes_on):
        return None
    if not any(token.group().lower() in _TITLE_FUNCTION for token in run[1:]):
        return None
    if run[0].group() in _COORDINATORS and not any(token.group().lower() in lexicon.AUXILIARIES for token in run):
        return None
    before = list(_TOKEN.finditer(text, start, at))
    if any(token.group().lower() in _TITLE_CUES for token in before[-CUE_WINDOW:]):
        return None  # "her film, When Harry Met Sally": a work's title
    prose = sum(1 for token in before if token.group().islower())
    prose += sum(1 for token in _TOKEN.finditer(text, run[-1].end(), end) if token.group().islower())
    return run if prose >= MIN_PROSE else None


def _clause_runs(doc: Document) -> list[tuple[Sentence, list[re.Match[str]]]]:
    """Each Title Case clause after a comma (:func:`_clause_run`) with its sentence."""
    text = doc.text
    starts = text_index(doc).starts  # shared with the other rules that place offsets in sentences
    found: list[tuple[Sentence, list[re.Match[str]]]] = []
    for match in _CLAUSE_OPENING.finditer(text):
        index = bisect.bisect_right(starts, match.start()) - 1
        if index < 0:
            continue
        sentence = doc.sentences[index]
        if sentence.paragraph == 0 and sentence.index_in_paragraph == 0 and \
                not text[sentence.span.start : sentence.span.end].rstrip().endswith((".", "!", "?", "”", '"')):
            continue  # a title line without a stop
        run = _clause_run(text, sentence, match.start() + 2)
        if run is not None:
            found.append((sentence, run))
    return found


@rule(
    "CA013",
    "title-case-tail",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("Divers mapped the reef.\n\nThe survey found Damage With Water That Could Mark The Path Of The Storm.",
         "Divers mapped the reef.\n\nThe survey found damage with water that could mark the path of the storm."),
        ("Talks resumed.\n\nThe minister said the plan Would Cut Fares For Students And Workers On All Routes.",
         "Talks resumed.\n\nThe minister said the plan would cut fares for students and workers on all routes."),
        ("Rain fell.\n\nFarmers say the drought Has Left Most Of The Wells In The Valley Dry.",
         "Rain fell.\n\nFarmers say the drought has left most of the wells in the valley dry."),
        ("Rain fell.\n\nThe dam Was Built To Hold Twice The Water Of The Old One, engineers said.",
         "Rain fell.\n\nThe dam was built to hold twice the water of the old one, engineers said."),
        ("Rain fell.\n\nThe Ministry of Transport Said In A Statement.",
         "Rain fell.\n\nThe Ministry of Transport said in a statement."),
    ],
    good=[
        "Rain fell.\n\nShe starred in Four Weddings And A Funeral.",
        "Rain fell.\n\nHer new novel is called A Season Of Rain And The Long Road Home To The Sea.",
        "Rain fell.\n\nHe read The Name Of The Rose And The Island Of The Day Before on the train.",
        "Rain fell.\n\nThe Two Sides Will Expand Trade In Fish And Copper With Peru.",
        "Rain fell.\n\nThe teams are A Smith, B Jones, C Brown, D Green, E White, F Black and G Gray.",
        "Rain fell.\n\nThe album closes with the single Time Is Running Out For All Of Us In The City.",
        "Rain fell.\n\nShe read the novel A Tale Of Two Cities And The Old Curiosity Shop, her sister said.",
        "Rain fell.\n\nShe met Doctors Without Borders And The Red Cross In The North Of The Country, Ana, and me.",
        "Rain fell.\n\nHe is a member of the Royal Society For The Protection Of Birds And The National Trust.",
        "Rain fell.\n\nHe won a prize on Who Wants To Be A Millionaire.",
        "Rain fell.\n\nThey host the BBC's Have I Got News For You.",
    ],
    scope="document",  # reads evidence beyond its paragraph (tests/test_scope_paragraph.py)
)
def title_case_tail(doc: Document, self: Rule) -> Iterator[Edit]:
    """A sentence whose last words slipped into Title Case: eight or more capitalised words with three capitalised
    function words after the first and an auxiliary or modal among them (a clause, not a name), after a lower-case
    word and running to the sentence's end (or to a comma the sentence goes on from in lower case, "…, engineers
    said") ("the survey found Damage With Water That Could Mark The Path Of The Storm."). Not on the title line, nor
    after a word that introduces a work's title ("called", "the novel"). A shorter run (four words or more) counts
    when two capitalised small words and a verb form stand in it, not in quotation marks; after a name it must open
    with the name's own verb, a speech verb or a past form ("the Ministry of Defence Said In A Statement."), and the
    name keeps its capitals. Lowered word by word as CA002 lowers a Title Case sentence. Unsafe: a long title of a
    work can read the same.
    """
    text = doc.text
    found: list[tuple[Sentence, list[re.Match[str]]]] = []
    for sentence in _hinted_sentences(doc):
        run = _tail_run(text, sentence)
        if run is not None:
            found.append((sentence, run))
    taken = {run[-1].start() for _, run in found}
    found.extend((s, run) for s, run in _clause_runs(doc) if run[-1].start() not in taken)
    if not found:
        return
    upper, lower = case_evidence(doc, found)
    for sentence, tokens in found:
        yield from _lower_sentence(doc, self, sentence, tokens, upper, lower, after_function=True)


RULES = (title_case_tail,)
