"""Casing: function words and pronouns capitalised in the middle of a sentence. Title Case
sentences are :mod:`repair.rules.casing_title`'s, a sentence opened in lower case
:mod:`repair.rules.casing_starts`'s, a capitalised phrase opening :mod:`repair.rules.casing_phrases`'s."""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.line_index import end_of_line
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.casing_lost_stop import opens_new_sentence
from repair.rules.casing_pronouns import subject_after_coordinator
from repair.rules.casing_title import _CAPITALISED_FUNCTION, title_case_sentence

__all__ = ["RULES", "_CAPITALISED_FUNCTION", "capitalised_function_word", "title_case_sentence"]

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
# "His" and "Her" are left: a deity's pronoun keeps its capital ("in His vast mercy").
_DETERMINER_SET = frozenset("The This These Those Their Its Our".split())
# Lower-case prepositions that take a noun phrase ("to", "of", "from"); "like", "as",
# "than" also open clauses and are the subordinators' above.
_LINK_PREPOSITIONS = frozenset("to of in on at for with from by into over under between across along around "
                               "through near about against among during without within toward towards".split())
# "noting that The stadium", "smiled as He waved": the word is found first (a fast scan),
# the subordinator before it is checked in Python.
# The space before the word is matched, not looked behind for: a pattern opening with a
# literal is scanned for in C, several times faster. Offsets use group 1.
_MID_SENTENCE = lazy_compile(r" (" + _FUNCTION + r")(?= [a-z])")


def _words_after(words: str, before: str) -> str:
    """A pattern for one of ``words`` ("The|He", tried in that order) with ``before`` (a
    one-character class) and a space behind it, as group 1: each branch opens with its
    word's capital, so the engine skips in C to the capitals of those words (a space led
    pattern stops at every space; a leading look-behind is tried at every position) and
    looks behind only there, over the word and the two characters before it."""
    return "((?:" + "|".join(f"{word}(?<={before} {word})" for word in words.split("|")) + "))"


# _MID_SENTENCE's matches where a lower-case letter stands before the space: the word
# before must be a lower-case subordinator or preposition, so no other match can be
# lowered (4 MB of news: 5,430 matches, 9 of them after a lower-case letter).
_MID_SENTENCE_AFTER_WORD = lazy_compile(_words_after(_FUNCTION, "[a-z]") + r"(?= [a-z])")
# "between Canada And Mexico", "Canada, Chile And Peru", "between Chile And the United
# States": the conjunction of "between"/"both" or closing a comma list capitalised between
# two names (the second may be several words, with "the").
_NAME_CONJUNCTION = lazy_compile(
    r"\b(?:(?:between|both) [A-Z][a-z]+|(?<=[a-z] )[A-Z][a-z]+, [A-Z][a-z]+) (And)"
    r"(?= (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}(?: [a-z]|[,.;:]))"
)


# "hospitals in Port Mara And Vell said", "flights from Leeds And York.": "And" capitalised
# between two names after a preposition of place, before a lower-case word or a stop. Clean
# news (train split) writes such a pair with "and" about 7,860 times in 7,880; its 20 "And"s
# are titles of works ("Sex And The City", "Kings And Queen" after "for"), told by a
# function word in the name ("The") or a preposition other than the place ones here.
_PLACE_CONJUNCTION = lazy_compile(
    r"(?<![\w'’-])(?:in|at|from|near|across|outside|around) ((?:[A-Z][a-z]+ ){1,3})(And)"
    r" ([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?=[,.;:]| [a-z])"
)
LONGEST_PLACE_RUN = 60  # letters before " And " a _PLACE_CONJUNCTION match can reach back
# A firm's name runs on after its "And" ("Harris Upham And Co Inc"): its house style, left.
_FIRM_WORDS = frozenset("Co Company Sons Partners Associates Inc Ltd Corp".split())


def _place_conjunction_matches(text: str) -> Iterator[re.Match[str]]:
    """``_PLACE_CONJUNCTION``'s matches near each " And ", less those whose names hold a
    function word ("in Sex And The City", "at Rhythm And Blues Of": a work's title) or a
    firm's word ("at Upham And Co")."""
    space = text.find(" And ")
    while space >= 0:
        low = max(0, space - LONGEST_PLACE_RUN)
        for match in _PLACE_CONJUNCTION.finditer(text, low, min(len(text), space + LONGEST_PLACE_RUN)):
            if match.start(2) != space + 1:
                continue
            names = (match.group(1) + match.group(3)).split()
            if not any(lexicon.is_function_word(name) or name in _FIRM_WORDS for name in names):
                yield match
        space = text.find(" And ", space + 5)


# "craters Near The Moon's": a capitalised preposition and article after a lower-case word,
# a piece of headline casing in running prose. Titles of works open with a capitalised
# word ("Gone With The Wind"), so a lower-case word before the preposition rules them out.
_PREPOSITION_THE = lazy_compile(
    r"(?<=[a-z] )(Near|In|On|At|Of|For|With|From|By|Into|Over|Under|Between|Across|Along|Around|Through|To)"
    r" (The)(?= [A-Za-z])"
)

# Every _PREPOSITION_THE match ends in " The" before a letter, and every _NAME_CONJUNCTION
# match in " And " (the look-ahead's space): these literal-first scans stop only there,
# where the patterns' leading look-behinds would be tried at every position.
_THE_AFTER_WORD = lazy_compile(r" The(?= [A-Za-z])")
_AND_BETWEEN_WORDS = lazy_compile(r" And ")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_LOWER_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_NO_LETTER_OR_SPACE = lazy_compile(r"[^A-Za-z ]")
LONGEST_PREPOSITION = 7  # "Between", "Through": the longest word _PREPOSITION_THE opens with


def _preposition_the_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_PREPOSITION_THE.finditer(text)``, tried only at the word before
    each " The": the preposition is the whole word there (a space and a lower-case letter
    come before it), so each " The" ends at most one match and no two matches overlap."""
    # The hits of _THE_AFTER_WORD found by ``str.find`` (a faster scan than the engine's for a
    # literal), and only those after a lower-case letter: the preposition before every
    # match's " The" ends in one (the hits skipped, ". The", ", The", are most of them).
    find, end = text.find, len(text)
    at = find(" The")
    while at >= 0:
        after = at + 4
        if after + 1 < end and text[after] == " " and text[after + 1] in _ASCII_LETTERS \
                and at > 0 and text[at - 1] in _LOWER_LETTERS:
            space = text.rfind(" ", max(0, at - LONGEST_PREPOSITION - 1), at)
            match = _PREPOSITION_THE.match(text, space + 1) if space >= 0 else None
            if match is not None and match.start(2) == at + 1:
                yield match
        at = find(" The", after)  # (no hit starts inside another: "The" holds no blank)


def _name_conjunction_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_NAME_CONJUNCTION.finditer(text)``, searched only near each " And ".

    A match is two words and "And" ("between Chile And", "Togo, Chile And"), so it starts
    after the third space before "And"; its look-ahead reads only letters and spaces up to
    a closing mark, so it ends by the first other character after "And". Matches never
    overlap, so the matches found in these windows, in order and each once, are all there are.
    """
    last_end = 0
    find = text.find
    # _AND_BETWEEN_WORDS's hits, found by ``str.find`` (faster than the engine's literal scan);
    # the next search starts after the hit, as ``finditer``'s does.
    space = find(" And ")
    while space >= 0:
        second = text.rfind(" ", 0, space)
        low = text.rfind(" ", 0, second) + 1 if second > 0 else 0
        other = _NO_LETTER_OR_SPACE.search(text, space + 4)
        high = other.end() if other else len(text)
        for match in _NAME_CONJUNCTION.finditer(text, max(low, last_end), high):
            last_end = match.end()
            yield match
        space = find(" And ", space + 5)


# A preposition or "that" capitalised between two lower-case words ("held In the
# framework", "a statement That the coach", "sworn in By the governor"): MT copied a
# capital from a source with other conventions. After a lower-case word, a figure or a
# comma only (a name's or title's own capitals come after capitals); a literal scan for the
# capital first, the look-behind checked at each hit.
# Opens with the space (a literal, scanned for in C; a leading look-behind is tried at
# every position, 2.5 times slower); offsets use group 1.
_CAPITALISED_LINK = lazy_compile(r" (?<=[a-z0-9,] )(In|On|At|To|For|With|From|By|Of|Into|That)(?= [a-z])")
# The same matches found from the words' capitals (offsets the same: group 1, and the
# end; 19 -> 10 ms on 4 MB of news).
_LINKS = "In|On|At|To|For|With|From|By|Of|Into|That"
_CAPITALISED_LINK_BY_CAPITAL = lazy_compile(_words_after(_LINKS, "[a-z0-9,]") + r"(?= [a-z])")
# Both scans above as one: a single alternation of every branch of the two (each still led
# by its word's capital and looking behind only there), so the text is scanned once, not
# twice (4 MB of news: 32 -> 18 ms). The two word lists share no word and a hit is one
# whole word, so each hit is the one scan's or the other's, told apart by its word.
_FUNCTION_OR_LINK_BY_CAPITAL = lazy_compile(
    "(?:" + "|".join([f"{word}(?<=[a-z] {word})" for word in _FUNCTION.split("|")]
                     + [f"{word}(?<=[a-z0-9,] {word})" for word in _LINKS.split("|")]) + r")(?= [a-z])")
_FUNCTION_WORDS = frozenset(_FUNCTION.split("|"))


def _function_and_link_matches(text: str) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """``_MID_SENTENCE_AFTER_WORD``'s and ``_CAPITALISED_LINK_BY_CAPITAL``'s hits in ``text``,
    found by the one scan of :data:`_FUNCTION_OR_LINK_BY_CAPITAL` (each hit's word is group 0
    here, group 1 there: the spans are the same)."""
    functions: list[re.Match[str]] = []
    links: list[re.Match[str]] = []
    for match in _FUNCTION_OR_LINK_BY_CAPITAL.finditer(text):
        (functions if match.group() in _FUNCTION_WORDS else links).append(match)
    return functions, links
# Two more shapes of a capitalised small word between lower-case words, found by one scan
# led by the words' capitals: "Than" after a lower-case word ("longer Than the old one"),
# "Not" after a comma ("to teach, Not to punish"), and a preposition before a one-word name
# that a lower-case word, a figure or a comma follows ("a briefing In Porto that",
# "that By June, 40 per cent"): a name as the preposition's object, not a title's words.
# case50: a year too, before a comma or a stop ("airlines In 2026."; "rose 5% In 2026 the bank
# expects" may have lost a stop), and after a percentage ("slowed to 2.5% In May").
_EXTRA_LINKS = "Than|Not|In|At|To|For|With|From|By|On|Into"
_EXTRA_LINK_BY_CAPITAL = lazy_compile(_words_after(_EXTRA_LINKS, "[a-z0-9,%]") + r"(?= [A-Za-z0-9])")
_NAME_PREPOSITIONS = frozenset("Than In At To For With From By On Into".split())
_POSSESSIVE_DETERMINERS = frozenset("his her their its our my your".split())
_NAME_OBJECT = lazy_compile(r" (?:[A-Z][a-z]+(?:,|\.(?:\s|$)| [a-z0-9])|(?:19|20)\d\d(?:,|\.(?:\s|$)))")


def _extra_link_edits(doc: Document, self: Rule) -> Iterator[Edit]:
    """CA001's edits for the shapes of :data:`_EXTRA_LINK_BY_CAPITAL` (see there). Left as
    for the other links: after a work's noun, a speech verb, a subordinator or a
    preposition ("starred in In Bruges": a title), before a title's run of capitals."""
    text = doc.text
    for match in _EXTRA_LINK_BY_CAPITAL.finditer(text):
        word = match.group()
        gap_comma = text[match.start() - 2 : match.start()] == ", "
        before = text[max(0, match.start() - 30) : match.start() - 1].rpartition(" ")[2].rstrip(",")
        if not (before[:1].islower() or before[:1].isdigit()) or before in _WORK_NOUNS \
                or ("." in before and not (before.endswith("%") and before[:-1].replace(".", "", 1).isdigit())) \
                or before.lower() in _SUBORDINATOR_SET or before in lexicon.SPEECH_VERBS \
                or before in lexicon.PREPOSITIONS:
            continue  # "." : an abbreviation ("U.S. In"), save a percentage's decimal point ("2.5% In")
        following_lower = text[match.end() + 1 : match.end() + 2].islower()
        if word == "Not":
            if not (gap_comma and following_lower):
                continue  # "Not" opens a contrast after a comma ("to teach, Not to punish")
        elif following_lower:
            if word != "Than":
                continue  # a link before a lower-case word is the links' scan's (above)
        else:
            if word not in _NAME_PREPOSITIONS or gap_comma or not _NAME_OBJECT.match(text, match.end()):
                continue  # "the manifesto, In Place of ...": after a comma, a title in apposition
            if before in lexicon.DETERMINERS or before in _POSSESSIVE_DETERMINERS:
                continue  # "his In Pieces series": a determiner's noun phrase is a title's name
            name, *rest = text[match.end() + 1 : match.end() + 40].split()[:2]
            name = name.rstrip(",.")
            if name in _TITLE_LINKS or lexicon.is_function_word(name.lower()) or rest[:1] == ["of"]:
                continue  # "to Into The Wild", "In Place of Strife": a title's small words run on
        yield _link_edit(self, text, match)


def _link_edit(self: Rule, text: str, match: re.Match[str]) -> Edit:
    """CA001's lowering of a capitalised link word; only shown when a preposition opens
    words that read as a new sentence (its own subject and finite verb: "handing out At the
    end the court had ruled"), where a full stop was lost and lowering leaves a run-on."""
    word = match.group()
    lost_stop = word not in _NOT_PREPOSITIONS and opens_new_sentence(text, match.end())
    return self.edit(match.start(), match.end(), word.lower(), f"“{word}” capitalised mid-sentence.", 0.7,
                     Safety.DISPLAY if lost_stop else None)


# The link words that are no preposition: each opens a clause ("said That the coach
# would stay", "longer Than the old one was") or a contrast, never a sentence's adverbial.
_NOT_PREPOSITIONS = frozenset(["That", "Than", "Not"])
# Prepositions that never end a phrasal verb ("sworn in By the Governor" has a particle
# before the link): after one of them a capitalised preposition, "the" and a capital open
# the name of a work, the first preposition's object ("for On the Waterfront", "of In the
# Heat of the Night"); two prepositions in a row are no prose.
_OBJECT_ONLY_PREPOSITIONS = frozenset("for of from with into at about between through against among during without "
                                      "within towards toward than like".split())
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
        ("The levy adds a million euros to The regional budget.",
         "The levy adds a million euros to the regional budget."),
        ("Most of Their savings went on rent.", "Most of their savings went on rent."),
        ("Fans queued outside the gates for Its final match.", "Fans queued outside the gates for its final match."),
        ("Trade between Canada And Mexico grew.", "Trade between Canada and Mexico grew."),
        ("The talks ran late, and She thanked the hosts.", "The talks ran late, and she thanked the hosts."),
        ("Talks between Chile And the United Arab Emirates ended.",
         "Talks between Chile and the United Arab Emirates ended."),
        ("Envoys from Ghana, Togo And Benin met in Accra.", "Envoys from Ghana, Togo and Benin met in Accra."),
        ("Divers mapped reefs Near The Island's north shore.", "Divers mapped reefs near the Island's north shore."),
        ("The mayor was sworn in By the council on Monday.", "The mayor was sworn in by the council on Monday."),
        ("The club said in a statement That the coach would stay.",
         "The club said in a statement that the coach would stay."),
        ("The board said in a letter That chief nurse Ana Ruiz would lead the ward.",
         "The board said in a letter that chief nurse Ana Ruiz would lead the ward."),
        ("The judge will be sworn in By the Governor on Monday.",
         "The judge will be sworn in by the Governor on Monday."),
        ("The new bridge is longer Than the old one.", "The new bridge is longer than the old one."),
        ("“The aim is to teach, Not to punish,” the head said.",
         "“The aim is to teach, not to punish,” the head said."),
        ("The coach said at a briefing In Porto that two players were hurt.",
         "The coach said at a briefing in Porto that two players were hurt."),
        ("The board said that staff will move By June, the memo said.",
         "The board said that staff will move by June, the memo said."),
    ],
    good=[
        "He told The Daily Post the plan was set.",
        "She flew to The Hague on Monday.",
        "He wrote for The Economist and others.",
        "The parcel went to He and She, a boutique in Leeds.",
        "They filmed Carrie and It was next.",
        "He left. And She waited.",
        "They prayed to be welcomed in His eternal mercy.",
        "The blood type A was rare.",
        "The novel Pride and Prejudice sold well.",
        "He spoke of The Hague talks.",
        "It was the end.",
        "She was a loyal client She never complained.",
        "He won for On the Waterfront.",
        "He won an award for On the Waterfront in 1955.",
        "She wrote a review of In the Heat of the Night last week.",
        "Their hits include Butterflies And Hurricanes.",
        "They watched Gone With The Wind again.",
        "He moved to Newcastle Upon Tyne in May.",
        "The festival showed films In The Line Of Fire and others.",
        "She starred in the film Under The Skin last year.",
        "Their albums: Blood, Sweat And Tears, and Rust.",
        "She read Of Mice and Men at school.",
        "The band played Made In Chelsea songs.",
        "She starred in the Carry On films.",
        "The rally went on, he said In addition, the police closed the road.",
        "The choir sang her tribute, On the Wings of Song, and left.",
        "The shape of the economy In graphics\nThe bank met.",
        "She starred in In Bruges and Seven Psychopaths.",
        "The band played Stand By Me twice.",
        "They watched the film In Bruges again.",
        "It was a case of Not In My Back Yard, he said.",
        "Fans sang Born In Texas all night.",
        "He won for his In Pieces series in 2001.",
        "They wrote the paper, In Place of Fear, in 1969.",
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
    functions, links = _function_and_link_matches(text)
    for match in functions:  # _MID_SENTENCE's, less those skipped below
        word = match.group()
        before = text[max(0, match.start() - 12) : match.start() - 1].rpartition(" ")[2]
        # After a preposition a determiner opens its noun phrase ("to The metropolitan
        # budget"): a name or title that opens with "The" goes on with a capital ("to The Hague").
        if before not in _SUBORDINATOR_SET and not (word in _DETERMINER_SET and before in _LINK_PREPOSITIONS) \
                and not subject_after_coordinator(text, match.start(), word, before):
            continue
        yield self.edit(match.start(), match.end(), word.lower(), f"“{word}” capitalised mid-sentence.", 0.75)
    if " The " in text:  # in every _PREPOSITION_THE match: a substring test first
        for match in _preposition_the_matches(text):
            before = text[max(0, match.start() - 30) : match.start() - 1].rpartition(" ")[2]
            if not before.isalpha() or not before.islower() or before in _WORK_NOUNS:
                continue  # "Shake Hands With The Devil": the title's own words come first
            after = text[match.end() : match.end() + 40].split()[1:4]
            if any(w in _TITLE_LINKS for w in after):
                continue  # "film In The Name Of The Father": a title that opens with a preposition
            yield self.edit(match.start(), match.end(), f"{match.group(1).lower()} the",
                            f"“{match.group()}” capitalised mid-sentence.", 0.7)
    for match in links:
        before = text[max(0, match.start() - 30) : match.start() - 1].rpartition(" ")[2].rstrip(",")
        if not (before[:1].islower() or before[:1].isdigit()) or before in _WORK_NOUNS \
                or before.lower() in _SUBORDINATOR_SET or before in lexicon.SPEECH_VERBS or "." in before:
            continue  # "Carry On films" (a title's words), "… said In addition" (a lost stop)
        line_end = end_of_line(text, match.end())
        following = text[match.end() : min(match.end() + 40, line_end if line_end >= 0 else len(text))].split()
        after = following[1:4]
        if before in _OBJECT_ONLY_PREPOSITIONS and following[:1] == ["the"] and following[1:2] \
                and following[1][:1].isupper():
            continue  # "an award for On the Waterfront": a preposition's object opening with a title's capital
        # "the Love of Money", "the Name Of ...": two capitalised words, or two joined by "of"/"and".
        title_shape = len(after) >= 2 and after[0][:1].isupper() and (
            after[1][:1].isupper() or (len(after) >= 3 and after[1] in ("of", "and") and after[2][:1].isupper()))
        if any(w in _TITLE_LINKS for w in after[:2]) or (match.group() != "That" and (title_shape or len(after) < 2)):
            # "held In the Name Of ...", "For the Love of Money": a title's capitals run on, and a
            # line ending right after it is a heading; one name after it ("sworn in By the
            # Governor this week") is no title, nor is anything after "That".
            continue
        yield _link_edit(self, text, match)
    yield from _extra_link_edits(doc, self)
    if " And " not in text:
        return  # every _NAME_CONJUNCTION match holds it; a substring test is far cheaper than the scan
    lowered: set[int] = set()
    for match in _name_conjunction_matches(text):
        word = match.group(1)
        lowered.add(match.start(1))
        yield self.edit(match.start(1), match.end(1), word.lower(), f"“{word}” capitalised mid-sentence.", 0.7)
    for match in _place_conjunction_matches(text):
        if match.start(2) not in lowered:
            yield self.edit(match.start(2), match.end(2), "and", "“And” capitalised between two names.", 0.7)


RULES = (capitalised_function_word, title_case_sentence)
