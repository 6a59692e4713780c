"""Marks other languages' conventions leave behind: a quotation without its tag comma, an
inverted question mark, a spaced per cent sign, and quotation marks glued to the words
around them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, finditer_led, lazy_compile, led_by_each, rule

# Verbs that tag a quotation placed before them ("…,” said the coach).
_TAG_VERBS = r"(?:said|says|told|added|asked|wrote|declared|affirmed|stated|explained|insisted|stressed|noted)"
# A speaker before the tag verb: a pronoun, a noun phrase with its determiner, or a name
# (after a role or other lower-case words: "coach Ana Ruiz", "van den Heuvel") whose
# short particles ("Ana de la Vega") may stand in lower case.
_SPEAKER = (r"(?:he|she|they|(?:the|a|an|its|his|her|their|our)(?: [\w'’-]+){1,4}"
            r"|(?:[a-z][\w'’-]* ){0,3}[A-Z][\w'’.-]*(?: (?:[a-z]{1,3} ){0,2}[A-Z][\w'’.-]*){0,2})")
# “Whole quoted sentence” said …: the quotation opens a line or follows a sentence stop,
# starts with a capital, ends on a word (no stop, comma, "?" or "!" of its own) and is
# followed directly by a tag verb. The comma belongs inside the closing mark.
_QUOTE_BEFORE_TAG = lazy_compile(
    r"(?:^|(?<=[.!?] )|(?<=[.!?]” ))“(?P<quoted>[A-Z][^“”\n]{8,400}?[A-Za-z0-9%)])”(?= " + _TAG_VERBS + r"\b"
    # "… attacking” van den Heuvel said.": the speaker before the verb, which ends the tag's clause.
    r"| " + _SPEAKER + " " + _TAG_VERBS + r"(?:(?: [a-z]+)?[.,]|$| on | in | at ))",
    re.MULTILINE,
)


@rule(
    "QM013",
    "quote-before-tag-without-comma",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("“The bridge will stay shut until spring” said the mayor on Monday.",
         "“The bridge will stay shut until spring,” said the mayor on Monday."),
        ("Talks failed. “We have nothing more to offer” added the director.",
         "Talks failed. “We have nothing more to offer,” added the director."),
        ("“Nobody told us the plant would close” Maria de la Cruz said.",
         "“Nobody told us the plant would close,” Maria de la Cruz said."),
        ("“The road is open again” she said on Friday.", "“The road is open again,” she said on Friday."),
        ("“Our nets came back empty” the fishermen told reporters.",
         "“Our nets came back empty,” the fishermen told reporters."),
    ],
    good=[
        "“The bridge will stay shut until spring,” said the mayor on Monday.",
        "He called it “a bad deal” said nobody at the meeting.",
        "“Is it over?” said the mayor.",
        '"The bridge will stay shut", said the mayor.',
        "“The Old Mill” Ruiz said was sold in 2019 to a bank.",
    ],
)
def quote_before_tag_without_comma(doc: Document, self: Rule) -> Iterator[Edit]:
    """A quoted sentence before its speech tag with no comma ("“… spring” said the mayor").

    German and Russian pivots punctuate the tag their own way, and the comma is lost when
    their marks are turned into English ones. English news writes "“…,” said". Only a
    quotation that opens its sentence and ends on a word is touched; a quoted phrase
    inside a sentence ("called it “a bad deal” said") is not a quoted sentence. Unsafe:
    quoting style.
    """
    text = doc.text
    if "”" not in text:
        return
    for match in _quotes_before_tags(text):
        end = match.end() - 1
        yield self.edit(end, end, ",", "Quotation before its speech tag lacks the comma.", 0.75)


def _quotes_before_tags(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_QUOTE_BEFORE_TAG.finditer(text)``, tried only at each opening mark
    (a match opens with one and holds no other), not at every position of the text."""
    at = text.find("“")
    while at >= 0:
        match = _QUOTE_BEFORE_TAG.match(text, at)
        at = text.find("“", match.end() if match else at + 1)
        if match is not None:
            yield match


# Spanish opens a question or an exclamation with an inverted mark; English never does.
_INVERTED = lazy_compile(r"[¿¡](?=(?:Who|What|Why|How|Where|When|Which|Whose|Is|Are|Was|Were|Do|Does|Did|Can|Could"
                       r"|Will|Would|Should|Has|Have|Had)\b[^¿¡\n]{0,300}?[?!])")


@rule(
    "PU009",
    "inverted-question-mark",
    "punctuation",
    Safety.UNSAFE,
    bad=[("¿Who could have seen that coming? The club was last in May.",
          "Who could have seen that coming? The club was last in May.")],
    good=["The sign read “¿Qué pasa?” in red.", "Who could have seen that coming?"],
)
def inverted_question_mark(doc: Document, self: Rule) -> Iterator[Edit]:
    """An English question opened with a Spanish inverted mark ("¿Who would have …?").

    A Spanish pivot keeps its opening "¿" or "¡". The fix deletes it when the sentence
    after it is an English question (an English question word, then "?" or "!"). Spanish
    quoted as Spanish is left alone. Unsafe until measured.
    """
    if "¿" not in doc.text and "¡" not in doc.text:
        return  # two ``in`` tests (a scan in C): the pattern's two-mark set cost 5 ms per MB of news
    for match in _INVERTED.finditer(doc.text):
        yield self.edit(match.start(), match.end(), "", "Spanish inverted mark in an English sentence.", 0.85)


# "0.4 %": French and German space the per cent sign; English news does not.
# Each pattern opens with a character, not a look-behind, so the engine scans for it in C;
# the look-behind then checks the character before it (the match spans are unchanged).
# The per cent sign (the match is the sign alone; the space before it goes with it).
_SPACED_PERCENT = lazy_compile(r"%(?<=\d[ \u00a0\u202f]%)(?=[.,;:)]|[ \t]+[a-z]|\s*$)")
# 'freeze“politically motivated”and': a quotation glued to the word before or after it.
_GLUED_OPEN = re.compile(r"“(?<=[a-z]“)(?=[A-Za-z][^“”\n]{0,300}”)")
# Only the end is used; opening with the mark (not a look-behind for it) ends in the same places.
_GLUED_CLOSE = re.compile(r"“[^“”\n]{1,300}[a-z.,!?]”(?=[a-z]{2})")


@rule(
    "PU010",
    "foreign-mark-spacing",
    "spacing",
    Safety.UNSAFE,
    bad=[
        ("The index closed up 1.2 % on Friday.", "The index closed up 1.2% on Friday."),
        ("The mayor called the plan“a disgrace”and left.", "The mayor called the plan “a disgrace” and left."),
    ],
    good=["The index closed up 1.2% on Friday.", "The mayor called the plan “a disgrace” and left.",
          "He said “no”s were rare.", "The note read 5 % 2 = 1."],
)
def foreign_mark_spacing(doc: Document, self: Rule) -> Iterator[Edit]:
    """A space before a per cent sign ("1.2 %"), or quotation marks glued to the words
    outside them ("the plan“a disgrace”and").

    French and German typography spaces "%", and MT detokenisers drop the spaces around
    curly marks. English news writes "1.2%" and "the plan “a disgrace” and". A spaced
    sign is fixed only after a number and before a stop, the end or a lowercase word ("5 % 2" is arithmetic); a closing
    mark only before a word of two letters or more ("“no”s" is a plural). Unsafe until
    measured.
    """
    text = doc.text
    if "%" in text:
        for match in _SPACED_PERCENT.finditer(text):
            yield self.edit(match.start() - 1, match.end(), "%", "Space before the per cent sign.", 0.85)
    if "“" not in text:
        return
    for match in _GLUED_OPEN.finditer(text):
        yield self.edit(match.start(), match.start(), " ", "Opening quotation mark glued to the word before.", 0.8)
    for match in _GLUED_CLOSE.finditer(text):
        yield self.edit(match.end(), match.end(), " ", "Closing quotation mark glued to the word after.", 0.8)


# «…» with Latin text inside, and the comma (with a Russian dash after it) or the
# sentence's full stop that follows the closing guillemet.
_GUILLEMETS = lazy_compile(r"«\s*([^«»\n]{1,300}?)\s*»(?:(,)(?:[ \t]*[—–])?(?= [a-z])|(,)(?= )|(\.)(?=\s|$))?"
                         # »…«: the German and Scandinavian order, pointing inwards.
                         r"|»([^«»\n]{1,300}?)«(?:(,)(?= [a-z])|(,)(?= )|(\.)(?=\s|$))?")
# A speaker and then the tag verb after a guillemet pair's comma ("», Foreign Minister Ana
# Ruiz said"): after a comma a role and a full name may run to five capitalised words.
SPEAKER_TAG = lazy_compile(_SPEAKER.replace("){0,2})", "){0,4})") + " " + _TAG_VERBS + r"\b")
_NOT_LATIN = re.compile(r"[\u0400-\u04ff\u0370-\u03ff]")
# The text's own style for a comma or stop at a closing mark: inside it ("…,”: US usage,
# the AP's), or outside it ("…”,": British usage, Reuters' and AFP's). A text that shows
# neither follows its agency: only an AP dateline says US style.
_PUNCTUATION_OUTSIDE = re.compile(r"[”\"][,.]")
_PUNCTUATION_INSIDE = re.compile(r"[,.][”\"]|\(AP\)")


def guillemet_pairs(text: str) -> Iterator[tuple[int, int, str]]:
    """Each guillemet pair around Latin text as ``(start, end, replacement)`` in curly marks.

    A quoted sentence before its tag ("«We are ready», said") takes the tag's comma inside
    (US style), and a Russian-style dash after that comma ("», — said") goes with the
    marks. A comma or full stop after any other pair moves inside as well when the text
    writes US style (a comma or stop inside a closing mark, or an AP dateline) and never
    sets such punctuation outside one.
    """
    outside = _PUNCTUATION_OUTSIDE.search(text) is not None or _PUNCTUATION_INSIDE.search(text) is None
    for match in _GUILLEMETS.finditer(text):
        inward = match.group(1) is None  # »…«: its groups are 5 to 8
        groups = [match.group(i + 4 * inward) for i in range(1, 5)]
        quoted = groups[0]
        if not re.search(r"[A-Za-z]", quoted) or _NOT_LATIN.search(quoted):
            continue
        tag_comma = groups[1] or (groups[2] if SPEAKER_TAG.match(text, match.end() + 1) else None)
        if tag_comma and quoted[:1].isupper() and quoted[-1:] not in ".,!?":
            yield match.start(), match.end(), f"“{quoted}{tag_comma}”"
            continue
        after = tag_comma or groups[2] or groups[3] or ""
        if after and not outside and quoted[-1:] not in ".,!?":
            yield match.start(), match.end(), f"“{quoted}{after}”"
        else:
            yield match.start(), match.end(), f"“{quoted}”{after}"


# Full-width and ideographic marks a Chinese or Japanese pivot leaves in English text, the
# Arabic-script comma, semicolon and question mark an Arabic or Persian pivot leaves, and a
# middle dot glued to a word before a lower-case word ("in decades· the ministry said"),
# which some pivots write for a comma.
_WIDE_MARKS = {"，": ",", "、": ",", "。": ".", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")",
               "\u060c": ",", "\u061b": ";", "\u061f": "?", "·": ","}
_WIDE = lazy_compile("[" + "".join(_WIDE_MARKS) + "]")
# Text in the script a mark belongs to (CJK, Arabic): the mark beside it is quoted text and stays.
_CJK = lazy_compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0621-\u064a\u066e-\u06d3\u0750-\u077f]")
# A middle dot is a comma only between a word and a lower-case word after one space;
# spaced on both sides it separates menu items ("Scores · Fixtures"), unspaced it is
# Catalan's "l·l" or a product ("5·3").
_DOT_AS_COMMA = re.compile(r"(?<=[A-Za-z0-9%)])· (?=[a-z])")
# Spaced on both sides it is a comma too when a lower-case word follows and the line is a
# sentence: it ends with a stop after at least six words ("the museum · the garden and …").
_SPACED_DOT_AS_COMMA = re.compile(r"(?<=[A-Za-z0-9%)]) · (?=[A-Za-z])")
MIN_SENTENCE_WORDS = 6
# Before a capital (a list of names: "Asia · Europe and Africa") the line must read as prose:
# longer, and most of its words in lower case, which a bar of section names never is.
MIN_NAME_LIST_WORDS = 8
MIN_LOWER_WORDS = 4


def _dot_in_sentence(text: str, start: int, lines: dict[int, tuple[str, list[str]]]) -> bool:
    """Whether the spaced middle dot at ``start`` stands in a line that reads as a sentence.
    ``lines`` keeps each line's text and words by its start, split once however many dots
    it holds (a split per dot was quadratic on a long one-line record, issue 13)."""
    if not _SPACED_DOT_AS_COMMA.match(text, start - 1):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    found = lines.get(line_start)
    if found is None:
        line_end = text.find("\n", start)
        line = text[line_start : len(text) if line_end < 0 else line_end].rstrip()
        found = lines[line_start] = (line, line.split())
    line, words = found
    if line[-1:] not in ".!?" or len(words) < MIN_SENTENCE_WORDS:
        return False
    if text[start + 2 : start + 3].isupper():
        return len(words) >= MIN_NAME_LIST_WORDS and sum(w[:1].islower() for w in words) >= MIN_LOWER_WORDS
    return True


@rule(
    "PU011",
    "full-width-punctuation",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("Exports rose in May。Imports fell.", "Exports rose in May. Imports fell."),
        ("The envoy， a former judge， arrived.", "The envoy, a former judge, arrived."),
        ("Prices rose（by 4%）in June！", "Prices rose (by 4%) in June!"),
        ("The mayor، a former nurse، took office.", "The mayor, a former nurse, took office."),
        ("Rain fell all week· the weather office said.", "Rain fell all week, the weather office said."),
        ("The fund pays for roads · schools · clinics and wells in the north.",
         "The fund pays for roads, schools, clinics and wells in the north."),
        ("Exports to Asia · Europe and Africa all fell in the third quarter.",
         "Exports to Asia, Europe and Africa all fell in the third quarter."),
        ("“We are ready to start”· the coach said on Friday.", "“We are ready to start,” the coach said on Friday."),
        ("Tickets cost 5 euros · the organisers said on Monday.",
         "Tickets cost 5 euros, the organisers said on Monday."),
    ],
    good=["The sign read 東京駅。 in red.", "The slogan was 「加油，中国」 for years.", "Prices rose, by 4%, in June!",
          "Scores · Fixtures · Tables", "Home · about us · contact · jobs",
          "By Ana Ruiz · 4 min read", "Sport · football · results and tables",
          "Home · News · Sport · Weather · Business · Travel · Contact us.",
          "The col·lecció opened in May.", "The banner read مرحبا، أهلا in green."],
)
def full_width_punctuation(doc: Document, self: Rule) -> Iterator[Edit]:
    """A full-width or ideographic mark in an English sentence ("next month。", "Ruiz， the").

    A Chinese or Japanese pivot writes its own commas, stops and brackets (an Arabic or
    Persian one its "،", and some pivots a middle dot for a comma), and MT keeps
    them where the English words around them are new. English takes the ASCII mark,
    with the space after it (or, for an opening bracket, before it) that English spacing
    wants. A mark beside Chinese, Japanese or Korean characters is quoted text and stays.
    Unsafe until measured.
    """
    text = doc.text
    if not any(c in text for c in _WIDE_MARKS):  # nine ``in`` tests: faster than a class search
        return
    lines: dict[int, tuple[str, list[str]]] = {}
    for match in _WIDE.finditer(text):
        start, end = match.start(), match.end()
        if _CJK.search(text, max(0, start - 3), min(len(text), end + 3)):
            continue
        if match.group() == "·" and not _DOT_AS_COMMA.match(text, start):
            if _dot_in_sentence(text, start, lines):
                yield self.edit(start - 1, end, ",", "Middle dot used as a comma in English text.", 0.8)
            elif text[start - 1 : start] == "”" and re.match(r" [a-z]", text[end : end + 2]) \
                    and text[start - 2 : start - 1] not in ".!?,":
                # "“We are ready”· the coach said": the tag's comma goes inside the closing mark.
                yield self.edit(start - 1, end, ",”", "Middle dot used as a comma in English text.", 0.8)
            continue
        before, after = text[start - 1 : start], text[end : end + 1]
        latin_before = bool(before) and (before.isascii() and before.isalnum() or before in ")%\"'”’")
        if not latin_before and not (after.isascii() and after.isalpha()):
            continue
        mark = _WIDE_MARKS[match.group()]
        if mark == "(":
            replacement = ("" if before in " \n" or not before else " ") + mark
            end += len(text[end:]) - len(text[end:].lstrip(" "))
        else:
            replacement = mark + (" " if after and (after.isalnum() or after in "(“") else "")
            while start > 0 and text[start - 1] == " " and mark != ")":
                start -= 1
        yield self.edit(start, end, replacement, f"Full-width mark “{match.group()}” in English text.", 0.85)


# "54,3 %", "1,5 million": a decimal comma (continental usage). One or two digits after the
# comma, then a per cent sign or a large unit, can never be a thousands separator.
# The comma first (a literal, scanned for fast); the digits before it are checked in Python.
# A lone "0," before one to three digits is a decimal comma whatever follows ("by 0,5 points").
_DECIMAL_COMMA = lazy_compile(r",(?<=\d,)(?:\d{1,2}(?=[ \u00a0]?(?:%|per ?cent\b|(?:percentage )?points?\b|[mb]illion\b"
                            r"|trillion\b))|(?<=(?<![\d,.])0,)\d{1,3}(?![\d,]))")
_DIGITS_BEFORE = re.compile(r"(?<![\d,.])\d{1,3}$")
# "$ 41 million": a space between a currency sign and its figure (continental usage).
_SPACED_CURRENCY = re.compile(r"[$€£¥]([ \u00a0])(?=\d)")
# Led by each sign alone (a literal, found in C): 4.8 -> 1.8 ms per MB of news.
_SPACED_CURRENCY_BY_SIGN = led_by_each(_SPACED_CURRENCY, "[$€£¥]", "$€£¥")


@rule(
    "PU012",
    "continental-number",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("Inflation eased to 2,4 % in March.", "Inflation eased to 2.4% in March."),
        ("The port handled 1,25 million tonnes.", "The port handled 1.25 million tonnes."),
        ("Rates rose by 0,25 points.", "Rates rose by 0.25 points."), ("It weighs 0,7 kg.", "It weighs 0.7 kg."),
        ("The bridge cost € 12 million.", "The bridge cost €12 million."),
        ("It paid £ 3.5 billion for the stake.", "It paid £3.5 billion for the stake."),
    ],
    good=["Sales reached 1,250 units, up 12%.", "Scores were 6,4 and 7,5.", "He paid US$ for it.",
          "The vote was 12,3 in favour.", "Pick 0,1,2 or 3.", "Inflation eased to 2.4% in March."],
)
def continental_number(doc: Document, self: Rule) -> Iterator[Edit]:
    """A figure written the continental way: a decimal comma before a per cent sign or a
    large unit ("54,3 %", "1,5 million"), or a space after a currency sign ("$ 41").

    French, German and Spanish pivots keep their number style. English writes "54.3%",
    "1.5 million", "$41". A comma with one or two digits after it, before "%", "per
    cent", "million" or "billion", is never a thousands separator, so the fix is sure;
    a bare "6,4" (a score, a list) is left. Unsafe until measured.
    """
    text = doc.text
    if "," in text:
        for match in _DECIMAL_COMMA.finditer(text):
            if not _DIGITS_BEFORE.search(text, max(0, match.start() - 5), match.start()):
                continue  # "1,000,5 %" or "2.1,5": not one figure with a decimal comma
            # "54,3 %": the per cent sign's space goes in the same edit (as PU010 would).
            spaced = text[match.end() : match.end() + 2] in (" %", "\u00a0%")
            yield self.edit(match.start(), match.end() + spaced, "." + text[match.start() + 1 : match.end()],
                            "Decimal comma in an English figure.", 0.85)
    for match in finditer_led(_SPACED_CURRENCY, _SPACED_CURRENCY_BY_SIGN, text):
        before = text[match.start() - 1 : match.start()]
        if before and (before.isalnum() or before in "$€£¥_"):
            continue  # "US$ 5" writes its sign after letters: a style, not the slip
        yield self.edit(match.start(1), match.end(1), "", "Space after the currency sign.", 0.85)


# "The patrol said, it could not …": a comma between the speech verb and the reported
# clause (German and Russian punctuate every clause boundary). The clause opens with a
# subject pronoun and a finite verb; the speaker before the verb is checked in Python.
_REPORTED_COMMA = lazy_compile(
    r", (?:it|he|she|they|we|there) (?:would|will|could|can|had|has|was|is|were|are|did|does|may|might|"
    r"should|must|plans?|planned|expects?|expected|hopes?|hoped)\b"
)
# The speech verb right before that comma (read backwards from it in Python).
_VERB_BEFORE = re.compile(
    r"\b(?:said|says|added|warned|stated|announced|told (?:reporters|journalists|[A-Z][\w'’-]+))$"
)
# Words of a speaker's noun phrase that are function words all the same.
_NOUN_PHRASE_WORDS = frozenset("the a an of and for".split())
MAX_SPEAKER_WORDS = 8
MAX_SENTENCE_CHARS = 400


def _plain_subject(words: list[str]) -> bool:
    """Whether ``words`` (before the speech verb) are only the sentence's subject: a
    noun phrase opening with "The"/"A" or a capitalised name, with no pronoun, no
    subordinator and no other function word ("As I said", "That said", "If it did")."""
    if not words or len(words) > MAX_SPEAKER_WORDS:
        return False
    first = words[0]
    if first not in ("The", "A", "An") and (not first[:1].isupper() or lexicon.is_function_word(first.lower())
                                             or first.lower() in lexicon.SUBJECT_PRONOUNS):
        return False
    return not any(lexicon.is_function_word(w.lower()) and w.lower() not in _NOUN_PHRASE_WORDS for w in words[1:])


@rule(
    "PU013",
    "comma-before-reported-clause",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("The ministry said, it would review the case.", "The ministry said it would review the case."),
        ("Police told reporters, they had arrested two men.", "Police told reporters they had arrested two men."),
        ("Central bank governor Ana Ruiz warned, there could be more rises.",
         "Central bank governor Ana Ruiz warned there could be more rises."),
    ],
    good=["That said, it is still a good deal.", "As the minister said, it will take years.",
          "But, he said, it would struggle.", "Later, the firm said, it will buy more.",
          "The firm said as planned, it will buy more.", "“We are ready,” he said, it was clear."],
)
def comma_before_reported_clause(doc: Document, self: Rule) -> Iterator[Edit]:
    """A comma between a speech verb and the clause it reports ("The patrol said, it
    could not say ...").

    German and Russian set a comma before every subordinate clause, and MT keeps it;
    English reports without one. Only a sentence that opens with its subject (a noun
    phrase or a name, nothing before it) and goes straight to the verb is touched, and
    the reported clause must open with a subject pronoun and a finite verb: "That said,
    it ...", "As I said, it ..." and a tag set between commas (", he said, it would")
    are English and stay. Unsafe until measured.
    """
    text = doc.text
    if ", " not in text:
        return
    for match in _REPORTED_COMMA.finditer(text):
        comma = match.start()
        verb = _VERB_BEFORE.search(text, max(0, comma - 40), comma)
        if verb is None:
            continue
        before = text[_sentence_start(text, comma) : verb.start()]
        if any(mark in before for mark in ",:;“”\"()"):
            continue
        if _plain_subject(before.split()):
            yield self.edit(comma, comma + 1, "", "Comma between a speech verb and what it reports.", 0.8)


def _sentence_start(text: str, position: int) -> int:
    """Offset where the sentence holding ``position`` starts: after the last stop and
    space (or line break) before it, looking back no further than a sentence runs."""
    line = max(text.rfind("\n", 0, position) + 1, position - MAX_SENTENCE_CHARS)
    found = line
    for stop in re.finditer(r"(?<!\bMr|\bMs|\bDr|\bSt)(?<!\bMrs)[.!?][”\"’]?[ \t]+(?=[A-Z“\"])", text[line:position]):
        found = line + stop.end()  # a title's stop ("Mr. Ruiz") ends no sentence
    return found


RULES = (quote_before_tag_without_comma, inverted_question_mark, foreign_mark_spacing, full_width_punctuation,
         continental_number, comma_before_reported_clause)
