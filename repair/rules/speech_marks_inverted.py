"""Two more shapes of a speech tag set apart from its quotation by a stop (for QM009, QM012).

MT that translates sentence by sentence ends every sentence with a stop and capitalises
what follows it, so a tag and its quotation become two sentences:

- an inverted tag after the quotation, its verb capitalised: "“… first half.” Conceded
  coach Ana Ruiz after the match." / "“Who pays?” Asked one tenant, to applause." English
  writes "…,” conceded coach Ana Ruiz …" (a question or exclamation keeps its mark);
- a tag before the quotation with its hearer or a time, cut off by a stop: "Judge Ana Ruiz
  told the jury. “You …”" / "The mayor said afterwards. “We …”". English introduces the
  quotation with a colon: "… told the jury: “You …”"; so does a bare tag after a fronted
  adjunct ("Speaking at the ceremony, Ruiz said. “We …”").

The grammar that marks each: the inverted tag's verb is followed at once by its speaker (a
determiner and a noun, or title words and a capitalised name), never by a preposition
("Asked about the delay, Ruiz said …" is a participle opening a sentence of its own); the
cut tag is a speaker, a verb of saying and only a hearer or a time after it (no "that",
no second verb), and the quotation after it is closed with no tag of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.abbreviations import title_before
from repair.line_index import end_of_line, start_of_line
from repair.rules.base import lazy_compile
from repair.rules.speech_quotes import INVERTED_VERB

# '.” Conceded coach Ana Ruiz after the match.' / '?” Asked one tenant, to applause.'
# The quotation's stop stands inside its mark, or (Romance style) after it: '… tie-break”. Estimated'.
_INVERTED_AFTER_QUOTE = lazy_compile(
    r"(?:(?P<end>[.?!])(?P<mark>[”\"])|(?P<omark>[”\"])(?P<oend>\.))[ \t]+(?P<verb>[A-Z][a-z]+)[ \t]+"
    r"(?P<speaker>(?:(?:the|a|an|one|another|his|her|its|their)[ \t]+[a-z][\w'’-]*"
    r"|(?:(?!(?:by|to|in|on|at|with|from|for|of|about|over|after|before|and|or|that)\b)[a-z]+[ \t]+){0,2}"
    r"[A-Z][\w'’-]+))"
    r"(?P<rest>[^.“”\"!?:;\n]{0,80})\.(?=\s|$)")
_INVERTED_VERBS = lazy_compile(INVERTED_VERB)
# Where a match of _INVERTED_AFTER_QUOTE can start, found from its closing mark: the pattern
# opens with a two-way alternation, which the engine tries at every position of the text
# (8 times the cost of the old single-class opening on news, issue 13); a class-led scan for
# the mark is cheap, and the full pattern is then tried only where it can start.
_MARK_THEN_SPACE = lazy_compile(r"[”\"](?:(?<=[.?!][”\"])[ \t]|\.[ \t])")


def _inverted_after_quote(text: str) -> Iterator[re.Match[str]]:
    """``_INVERTED_AFTER_QUOTE.finditer(text)``, the same matches in the same order, trying
    the pattern only at the stop before a closing mark or at a mark a stop follows."""
    done = 0  # finditer resumes after the end of its last match
    for hint in _MARK_THEN_SPACE.finditer(text):
        mark = hint.start()
        for start in (mark - 1, mark):
            if start < done or (start < mark and text[start] not in ".?!") \
                    or (start == mark and not text.startswith(".", mark + 1)):
                continue
            match = _INVERTED_AFTER_QUOTE.match(text, start)
            if match is not None:
                done = match.end()
                yield match
                break


def inverted_tags(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, replacement)`` for each capitalised inverted tag after a quotation
    (see the module): the stop (inside the mark or after it) becomes the comma inside the
    mark, the verb goes lower case. The caller checks the quotation opened its sentence,
    with the closing mark at ``start + 1`` or, for a stop after it, at ``start``."""
    if "” " not in text and '" ' not in text and "”. " not in text and '". ' not in text:
        return
    for match in _inverted_after_quote(text):
        verb = match["verb"].lower()
        if verb in ("said", "says", "added", "told"):
            continue  # QM009's own pattern takes these four; "Told EFE the author" needs its words reordered.
        if not _INVERTED_VERBS.fullmatch(verb):
            # Past verbs of reporting are an open class ("Estimated Moreau."): any regular past,
            # when the tag is nothing but a (titled) name ending its sentence ("Armed Forces
            # chief Ana Ruiz resigned." is a sentence of its own).
            if not (verb.endswith("ed") and len(verb) > 4 and match["speaker"].split()[-1][0].isupper()
                    and re.fullmatch(r"(?:[ \t]+[A-Z][\w'’-]+){0,2}", match["rest"])):
                continue
        if match["speaker"][0].isupper() and match["speaker"] in ("I", "We", "You", "It", "This", "That"):
            continue
        stop, mark = (match["end"], match["mark"]) if match["mark"] else (match["oend"], match["omark"])
        end = "," if stop == "." else stop
        yield match.start(), match.end("verb"), f"{end}{mark} {verb}"


# 'Judge Ana Ruiz told the jury. “You …”' / 'The mayor said afterwards. “We …”'
_CUT_TAG_BEFORE_QUOTE = lazy_compile(
    r"(?:^|(?<=[.!?] ))(?P<speaker>(?:He|She|They"
    r"|(?:The|A|An|Its|His|Her|Their)(?: [a-z][\w'’-]*){1,3}(?: (?:of|for|at)(?: [\w'’-]+){1,4})?"
    r"|(?:[A-Z][a-z]+ ){0,2}[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}))"
    r" (?:(?:told|asked|warned|assured|reminded) (?:reporters|journalists|the (?:[a-z]+ ){0,2}[a-z]+|him|her|them|us"
    r"|[A-Z][\w'’-]+)|said|added|wrote|declared|explained|stressed)"
    r"(?: (?:afterwards|later|then|again|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|in (?:a|an|the|his|her|its|their) (?:statement|interview|speech|letter|post)))?"
    r"(?P<stop>\.)(?= [“\"][A-Z])",
    re.MULTILINE,
)
_HINT = lazy_compile(r"\. [“\"][A-Z]")


def cut_tags_before_quotes(text: str) -> Iterator[int]:
    """The offset of each stop that cuts a tag from the quotation it introduces (see the
    module); the quotation must close with no tag of its own after it."""
    for hint in _HINT.finditer(text):
        stop = hint.start()
        # The window opens 90 characters back or at the line's start if nearer: the line break
        # is looked for in those 90 characters only (a search back to the line's start per
        # hint was quadratic on a one-line record: tests/test_scaling_quotes.py).
        line_break = text.rfind("\n", max(0, stop - 90), stop)
        window = line_break + 1 if line_break >= 0 else max(0, stop - 90)
        match = None
        for candidate in _CUT_TAG_BEFORE_QUOTE.finditer(text, window, stop + 4):
            if candidate.start("stop") == stop:
                match = candidate
                break
        if match is None or match["speaker"].split()[0] in ("It", "This", "That", "There"):
            continue
        before = text[max(0, match.start() - 30) : match.start()].split()
        if before and ("." in before[-1][:-1] or title_before(before[-1])):
            continue  # "… of C.J. Lawrence said.", "a U.S. Bank told …": an abbreviation, not a stop
        opened = stop + 2
        mark = "”" if text[opened] == "“" else '"'
        closed = text.find(mark, opened + 1)
        line_end = end_of_line(text, opened)
        if closed < 0 or (0 <= line_end < closed):
            continue
        if text[closed - 1] not in ".!?":
            continue  # "“We are ready,” she said.": the quotation has a tag of its own
        after = text[closed + 1 : closed + 3]
        if after and after[0] not in " \n" or (len(after) > 1 and after[1].islower()):
            continue  # ".” she said": a tag of its own after it
        yield stop


# 'Speaking at the ceremony, Ruiz said. “We …”': the same bare tag after a fronted adjunct
# (a participle or a prepositional phrase and its comma), the speaker a name, a pronoun or a
# determiner's noun phrase ("In a statement, the ministry said.").
_FRONTED_TAG = lazy_compile(
    r"(?P<front>[A-Z][^.,;:!?“”\"\n]{2,60}), (?:he|she|they|(?:the|its|his|her|their)(?: [a-z][\w'’-]*){1,3}"
    r"|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) (?:said|added)\.")
_SENTENCE_BREAK = lazy_compile(r"[.!?][”\"]? ")


def fronted_tags_before_quotes(text: str) -> Iterator[int]:
    """The stop of each 'Speaking at the ceremony, Ruiz said. “We …”' (see :data:`_FRONTED_TAG`):
    the part before the comma opens its sentence and holds no clause of its own ("The talks
    failed, Ruiz said. “…”" is a tag closing the sentence before, and stays)."""
    for hint in _HINT.finditer(text):
        stop = hint.start()
        if not (text.endswith(" said", 0, stop) or text.endswith(" added", 0, stop)):
            continue
        line_start = start_of_line(text, stop)
        sentence = max(line_start, stop - 160)
        for found in _SENTENCE_BREAK.finditer(text, sentence, stop):
            sentence = found.end()
        match = _FRONTED_TAG.fullmatch(text, sentence, stop + 1)
        if match is None:
            continue
        front = lexicon.words(match["front"])
        opener = front[0].lower() if front else ""
        # A participle ("Speaking …", "Asked …") or a preposition opens an adjunct, not a clause.
        if (opener.endswith(("ing", "ed")) or opener in lexicon.PREPOSITIONS) and not lexicon.has_clause(front):
            yield stop
