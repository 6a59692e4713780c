"""Casing: function words and pronouns capitalised in the middle of a sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, rule

# Determiners and subject pronouns: never names on their own ("A" and "I" are left out:
# "type A", "World War I"). Prepositions and conjunctions are left out too: capitalised
# they are usually inside a title ("for On the Waterfront", "Rhythm And Blues").
_FUNCTION = "The|This|These|Those|He|She|It|They|We|His|Her|Their|Its|Our"
# Words after which a clause starts with a lower-case word: a capital there is no new
# sentence. After any other word ("client She never") the stop may have been lost
# instead, which is another repair.
_SUBORDINATORS = (
    "that|as|when|while|because|if|so|after|before|since|until|where|though|although|than|whether|once|unless"
)
_SUBORDINATOR_SET = frozenset(_SUBORDINATORS.split("|"))
# "noting that The stadium", "smiled as He waved": the word is found first (a fast scan),
# the subordinator before it is checked in Python.
# The space before the word is matched, not looked behind for: a pattern opening with a
# literal is scanned for in C, several times faster. Offsets use group 1.
_MID_SENTENCE = re.compile(r" (" + _FUNCTION + r")(?= [a-z])")
# "between Canada And Mexico", "Canada, Chile And Peru": the conjunction of "between"/"both"
# or closing a comma list capitalised between two names.
_NAME_CONJUNCTION = re.compile(
    r"\b(?:(?:between|both) [A-Z][a-z]+|(?<=[a-z] )[A-Z][a-z]+, [A-Z][a-z]+) (And)(?= [A-Z][a-z]+(?: [a-z]|[,.;:]))"
)


# "craters Near The Moon's": a capitalised preposition and article after a lower-case word,
# a piece of headline casing in running prose. Titles of works open with a capitalised
# word ("Gone With The Wind"), so a lower-case word before the preposition rules them out.
_PREPOSITION_THE = re.compile(
    r"(?<=[a-z] )(Near|In|On|At|Of|For|With|From|By|Into|Over|Under|Between|Across|Along|Around|Through|To)"
    r" (The)(?= [A-Za-z])"
)

# Nouns that introduce a title ("the film In The Name ...") and the capitalised small words
# that run on through one.
_WORK_NOUNS = frozenset("film films movie album song single book novel play show series titled called named".split())
_TITLE_LINKS = frozenset("Of And In The To For With On At From A An".split())


@rule(
    "CA001",
    "capitalised-function-word",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("The club wrote to fans, noting that The stadium would close.",
         "The club wrote to fans, noting that the stadium would close."),
        ("She smiled as He waved to the crowd.", "She smiled as he waved to the crowd."),
        ("Trade between Canada And Mexico grew.", "Trade between Canada and Mexico grew."),
        ("Envoys from Ghana, Togo And Benin met in Accra.", "Envoys from Ghana, Togo and Benin met in Accra."),
        ("Divers mapped reefs Near The Island's north shore.", "Divers mapped reefs near the Island's north shore."),
    ],
    good=[
        "He told The Daily Post the plan was set.",
        "The blood type A was rare.",
        "The novel Pride and Prejudice sold well.",
        "He spoke of The Hague talks.",
        "It was the end.",
        "She was a loyal client She never complained.",
        "He won for On the Waterfront.",
        "Their hits include Butterflies And Hurricanes.",
        "They watched Gone With The Wind again.",
        "He moved to Newcastle Upon Tyne in May.",
        "The festival showed films In The Line Of Fire and others.",
        "She starred in the film Under The Skin last year.",
        "Their albums: Blood, Sweat And Tears, and Rust.",
    ],
)
def capitalised_function_word(doc: Document, self: Rule) -> Iterator[Edit]:
    """A function word or pronoun capitalised mid-sentence ("noting that The stadium",
    "smiled as He waved", "Canada And Mexico").

    MT copies capitals from a source with other conventions and from headline text.
    A determiner or pronoun is lowered only right after a subordinator ("that", "as",
    "when") and before a lower-case word, so names and titles ("The Daily Post",
    "The Hague") keep their capitals and a lost full stop ("client She never") is not
    mistaken for casing; "And" only in "between X And Y". Unsafe: a title of a work in
    running text can read the same.
    """
    text = doc.text
    for match in _MID_SENTENCE.finditer(text):
        word = match.group(1)
        before = text[max(0, match.start(1) - 12) : match.start(1) - 1].rpartition(" ")[2]
        if before not in _SUBORDINATOR_SET:
            continue
        yield self.edit(match.start(1), match.end(1), word.lower(), f"“{word}” capitalised mid-sentence.", 0.75)
    if " The " in text:  # in every _PREPOSITION_THE match: a substring test first
        for match in _PREPOSITION_THE.finditer(text):
            before = text[max(0, match.start() - 30) : match.start() - 1].rpartition(" ")[2]
            if not before.isalpha() or not before.islower() or before in _WORK_NOUNS:
                continue  # "Shake Hands With The Devil": the title's own words come first
            after = text[match.end() : match.end() + 40].split()[1:4]
            if any(w in _TITLE_LINKS for w in after):
                continue  # "film In The Name Of The Father": a title that opens with a preposition
            yield self.edit(match.start(), match.end(), f"{match.group(1).lower()} the",
                            f"“{match.group()}” capitalised mid-sentence.", 0.7)
    if " And " not in text:
        return  # every _NAME_CONJUNCTION match holds it; a substring test is far cheaper than the scan
    for match in _NAME_CONJUNCTION.finditer(text):
        word = match.group(1)
        yield self.edit(match.start(1), match.end(1), word.lower(), f"“{word}” capitalised mid-sentence.", 0.7)


_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")
MIN_TITLE_WORDS = 8
TITLE_SHARE = 0.7  # share of non-initial words capitalised in a Title Case sentence
MIN_TITLE_FUNCTIONS = 3
# Function words a Title Case sentence capitalises; two or more of them mark one.
_TITLE_FUNCTION = frozenset(
    """the and or but of in on at to for with from by between as such so into than""".split()
)


# Opens with the space (a literal is scanned for in C) and looks behind from there; the
# matches are the same words as with a leading look-behind, one per space.
_CAPITALISED_FUNCTION = re.compile(
    r" (?<=[a-z,] )(?:The|And|Or|But|Of|In|On|At|To|For|With|From|By|Between|As|Such|So)\b"
)


def _title_case_sentences(doc: Document) -> Iterator[tuple[int, int, list[re.Match[str]]]]:
    """Sentences (not on the first line) whose words are nearly all capitalised."""
    for sentence in doc.sentences:
        if sentence.paragraph == 0:
            continue  # the first line is the title, and titles are Title Case
        start, end = sentence.span.start, sentence.span.end
        tokens = list(_TOKEN.finditer(doc.text, start, end))[1:]
        if len(tokens) < MIN_TITLE_WORDS or any(len(t.group()) == 1 and t.group() not in "Ia" for t in tokens):
            continue  # initials mark a list of names ("A Smith, B Jones"); "a" in "in a statement" does not
        if not all(t.group()[0].isupper() for t in tokens[:3]):
            continue  # leaked heading capitals start at the sentence start; a list of titles does not
        capitalised = [t for t in tokens if t.group()[0].isupper()]
        functions = [t for t in capitalised if t.group().lower() in _TITLE_FUNCTION]
        # Prose has function words throughout (about one word in ten at the least); a roster does not.
        if len(capitalised) >= TITLE_SHARE * len(tokens) and len(functions) >= max(MIN_TITLE_FUNCTIONS,
                                                                                    len(tokens) // 10):
            yield start, end, capitalised


# Last words of multi-word names ("the Belt and Road Initiative", "the Bank of England"):
# English writes a name's head noun capitalised, and the words before it with it.
_NAME_HEADS = frozenset(
    """initiative organization organisation council party ministry bank agency fund union committee commission
    court department authority corporation university association institute programme program agreement treaty
    act forum league republic kingdom nations assembly parliament congress senate alliance federation foundation
    airport square street avenue bridge river sea ocean mountains island islands province park stadium hospital
    college museum cup games prize festival summit""".split()
)
_NAME_LINKS = frozenset(("and", "of", "for"))
_NAME_OPENERS = frozenset(("the", "between", "of", "and", "with", "to", "by", "at", "in", "on", "from", "for"))
MAX_NAME_WORDS = 4


def _name_runs(text: str, tokens: list[re.Match[str]]) -> set[int]:
    """Start offsets of the words in multi-word names inside a Title Case sentence.

    A name is two to :data:`MAX_NAME_WORDS` capitalised words (joined by "and", "of",
    "for") ending in a name's head noun (:data:`_NAME_HEADS`) and opened by a function
    word ("the", "between") or the sentence start, so "Will Sign Trade Agreement" (a
    verb before it) is no name while "the Belt and Road Initiative" is.
    """
    kept: set[int] = set()
    for i, token in enumerate(tokens):
        if token.group().lower() not in _NAME_HEADS or not token.group()[0].isupper():
            continue
        best, content, j = -1, 1, i - 1
        while j >= 0 and content <= MAX_NAME_WORDS:
            word = tokens[j].group()
            gap = text[tokens[j].end() : tokens[j + 1].start()]
            if gap.strip() or not word[0].isupper() and word.lower() not in _NAME_LINKS:
                break
            if word.lower() in _NAME_OPENERS and word.lower() not in _NAME_LINKS:
                break
            if word.lower() not in _NAME_LINKS:
                content += 1
                opener = tokens[j - 1].group().lower() if j > 0 else "the"
                between = text[tokens[j - 1].end() : token.start()] if j > 0 else ""
                opened = j == 0 or (opener in _NAME_OPENERS and "," not in between)
                if opened and content >= 2:
                    best = j
            j -= 1
        if best >= 0:
            kept.update(t.start() for t in tokens[best : i + 1] if t.group().lower() not in _NAME_LINKS)
    return kept


def _stem(word: str) -> str:
    """Lower-cased word without a possessive ending ("Brazil's" -> "brazil")."""
    return re.sub(r"['’]s$", "", word.lower())


def _capitalised_elsewhere(doc: Document, skip: set[int], wanted: set[str]) -> set[str]:
    """The ``wanted`` words (lower-case stems) that the document capitalises mid-sentence
    outside the ``skip`` sentences (names).

    Only sentences holding a wanted word with a capital first letter are tokenised: on a
    long text that is a few sentences, not all of them.
    """
    upper: set[str] = set()
    if not wanted:
        return upper
    # A capitalised token whose stem is ``word`` starts with its capital and goes on in any case.
    hint = re.compile("|".join(re.escape(w[0].upper()) + "(?i:" + re.escape(w[1:]) + ")" for w in sorted(wanted)))
    for sentence in doc.sentences:
        if sentence.span.start in skip or not hint.search(doc.text, sentence.span.start, sentence.span.end):
            continue
        for token in list(_TOKEN.finditer(doc.text, sentence.span.start, sentence.span.end))[1:]:
            word = token.group()
            if word[0].isupper():
                upper.add(_stem(word))
    return upper


@rule(
    "CA002",
    "title-case-sentence",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("Ministers from Peru met in Lima.\n\nThe Two Sides Will Expand Trade In Fish And Copper With Peru, "
         "the minister said.",
         "Ministers from Peru met in Lima.\n\nThe two sides will expand trade in fish and copper with Peru, "
         "the minister said."),
        ("Ports reopened.\n\nThe Two Sides Will Join The Silk and Spice Initiative And Sign Trade Agreements "
         "With Each Other, the minister said.",
         "Ports reopened.\n\nThe two sides will join the Silk and Spice Initiative and sign trade agreements "
         "with each other, the minister said."),
    ],
    good=[
        "Ministers From Peru Meet In Lima To Expand Trade\n\nThe ministers met on Monday.",
        "The band played Time Is Running Out and Butterflies And Hurricanes.",
        "He met officials from the World Trade Organization and the International Monetary Fund.",
        "Their singles include What I Go To School For, Crashed The Wedding and You Said No.",
        "Backs: A Smith (Bath), B Jones (Leeds), C Brown (Sale), D Green (Bath), E White (Leeds).",
    ],
)
def title_case_sentence(doc: Document, self: Rule) -> Iterator[Edit]:
    """A body sentence written in Title Case ("The Two Sides Will Expand Trade ...").

    Headline capitals leak into MT output when a heading and its paragraph are
    translated as one unit. Outside the first line (the title), a sentence of eight or
    more words, capitalised from its start and 70 % throughout, with three capitalised
    function words and no initials (lists of names and titles have those), is lowered
    word by word: function words always, other words when ``wordfreq`` knows them as
    common (Zipf >= 4) and the document never capitalises them mid-sentence elsewhere;
    names the document capitalises elsewhere ("Peru") keep their capitals. One edit per
    sentence. Unsafe: a name used only here can be lowered.
    """
    from repair.rules.glued import zipf

    if len(_CAPITALISED_FUNCTION.findall(doc.text)) < MIN_TITLE_FUNCTIONS:
        return  # cheap test first: most documents have no capitalised function words mid-line
    found = list(_title_case_sentences(doc))
    if not found:
        return
    # Whether a word is capitalised elsewhere decides only for a common word (Zipf >= 4)
    # that is no acronym and no title function word: only those are looked for.
    wanted = {
        _stem(token.group()) for _, _, capitalised in found for token in capitalised
        if not (token.group().isupper() and len(token.group()) > 1) and _stem(token.group()) not in _TITLE_FUNCTION
        and zipf(_stem(token.group())) >= 4.0
    }
    upper = _capitalised_elsewhere(doc, {start for start, _, _ in found}, wanted)
    lower = {w for w in re.findall(r"(?<![\w'’-])[a-z][a-z'’-]+", doc.text) if zipf(w) >= 3.0}
    for start, end, capitalised in found:
        chunk = list(doc.text[start:end])
        changed = False
        names = _name_runs(doc.text, list(_TOKEN.finditer(doc.text, start, end)))
        for token in capitalised:
            word = token.group()
            key = _stem(word)
            if (word.isupper() and len(word) > 1) or token.start() in names:
                continue  # an acronym, or a word of a multi-word name
            # A less common word is lowered too when the document itself writes it in lower case.
            if key in _TITLE_FUNCTION or (key not in upper and (zipf(key) >= 4.0 or key in lower)):
                chunk[token.start() - start] = word[0].lower()
                changed = True
        if changed:
            yield self.edit(start, end, "".join(chunk), "Sentence written in Title Case.", 0.6)


RULES = (capitalised_function_word, title_case_sentence)
