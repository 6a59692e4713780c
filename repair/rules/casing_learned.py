"""Casing decided by learned evidence: how clean English writes each word in a sentence's middle.

The classic truecaser, used only where its evidence is overwhelming. The table
(``case_stats.json.gz``, built by ``python -m models.case_stats``; card:
``case_stats.card.md``) counts, per word form, its mid-sentence occurrences in clean news
and human reference translations: lower case, Capitalised alone, Capitalised beside another
capital (inside a name), UPPER, other. Two slips follow from it:

* CA019: an ordinary word capitalised alone in a sentence's middle ("since the Pandemic",
  "said Terminals would") that clean English almost never capitalises there, and that the
  text itself does not capitalise anywhere else in a sentence's middle: lowered;
* CA020: a name written in lower case ("flew to moscow", "talks with nato") that clean
  English almost never writes in lower case, and that the text writes neither in lower case
  nor capitalised elsewhere: given its usual shape ("Moscow", "NATO").

Where the evidence is strong but short of overwhelming the edit is only shown (``display``).
The text's own casing is the veto, never the trigger: a rule deciding from the text alone
changed ten times as many clean-news sentences (gen21b's withdrawn CA019 draft).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.line_index import start_of_line
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.casing_learned_context import (
    _clause_slot,
    _in_capitalised_phrase,
    _in_list_or_label,
    _inside_quotation,
    _title_words_before,
    _word_after,
    _word_before,
)
from repair.rules.casing_learned_scans import _MID_CAPITAL, mid_capitals, one_use_outside_names
from repair.rules.casing_learned_table import (
    VERB_SLOT_SUPPORT,
    case_table,
    inflection_of_common_word,
    lower_evidence,
    name_evidence,
)
from repair.rules.casing_name_words import _DEMONYM_ENDINGS, STEM_LETTERS, _country_stems
from repair.rules.casing_names import _ORDINARY_WORDS, _has_lower_date
from repair.rules.casing_runs import _TITLE_CUES
from repair.rules.casing_title_names import _CALENDAR, country_word
from repair.rules.glued_scan import _ALONE_NAME, alone_names
from repair.rules.glued_splits import zipf
from repair.rules.stops_words import mostly_lower_case

# A lower-case word standing on its own: not inside an address, a handle, a hyphenated or
# an elided word ("www.oslo.no", "@nato", "pro-nato", "o'neill").
_SLOT_PREPOSITIONS = ("in|to|from|with|of|at|by|for|near|across|along|into|outside|around|via|through"
                      "|against|between|over")


def _by_first_letter(words: str) -> str:
    """``words`` ("in|to|into") as an alternation grouped by first letter ("i(?:n|nto)|t(?:o)"):
    the same matches (no two words can match at one place: only "in" opens another, "into",
    and a blank must follow it), with one test per letter at each blank the scan stops at,
    not one per word (4 MB of news: 36 -> 28 ms)."""
    rests: dict[str, list[str]] = {}
    for word in words.split("|"):
        rests.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{first}(?:{'|'.join(ends)})" for first, ends in rests.items())


_NAME_SLOT = lazy_compile(r" (?:" + _by_first_letter(_SLOT_PREPOSITIONS) + r") (?:the )?([a-z]{3,})")
# The plain alternation, which _NAME_SLOT must equal (tests/rules/test_fast_scans.py).
_NAME_SLOT_PLAIN = r" (?:" + _SLOT_PREPOSITIONS + r") (?:the )?([a-z]{3,})"
_LOWER_WORD_END = r"(?![\w'’@/#-]|\.\w)"


def _sentence_opens_lower(text: str, at: int) -> bool:
    """True when the sentence holding ``at`` (from the line's start or the last ". " before
    it) opens with a lower-case letter: the archive folded the story, not one word."""
    line_start = start_of_line(text, at)
    stop = text.rfind(". ", line_start, at)
    opening = text[stop + 2 if stop >= 0 else line_start : at].lstrip("\"“‘'([ ")
    return opening[:1].islower()


def _nationality_shape(word: str) -> bool:
    """True for a nationality adjective's shape ("chinese", "french"): CA012's, which asks the
    text to write it capitalised first ("chinese food", "french fries" are left without that)."""
    return word.endswith(_DEMONYM_ENDINGS) and word[:STEM_LETTERS] in _country_stems()


# A word capitalised more often than this is the text's house style or a name it repeats:
# its uses are not read one by one.
MAX_NAME_USES = 4


# A lower-case word right after a preposition, without an article ("districts of marseille"):
# a place's slot. After "the" a short form of a body stands too ("by the directorate").
_BARE_NAME_SLOT = lazy_compile(r" (?:" + _by_first_letter(_SLOT_PREPOSITIONS) + r") ([a-z]{3,})(?![\w'’@/#-]|\.\w)")
OWN_NAME_ZIPF = 3.5  # rarer than this as a word (wordfreq folds case): "marseille" 3.2, "reefs" 3.4


def _own_names(text: str, capitalised: frozenset[str], room: int) -> set[str]:
    """Lower-case forms in a bare name slot (:data:`_BARE_NAME_SLOT`) that the table does not
    know at all, rare as words, that the text writes Capitalised elsewhere standing alone in a
    sentence's middle: after a lower-case word or a comma, with no capitalised word after it
    ("in Marseille on", not "the Cashew Board"). Countries, months and nationalities are
    other rules'. The reading stops at ``room`` + 1 forms (more than the caller has room for:
    it then leaves the text)."""
    table = case_table().words
    found: set[str] = set()
    for word in sorted(set(_BARE_NAME_SLOT.findall(text))):
        name = word.capitalize()
        if name not in capitalised or word in table or word in _MONTH_FORMS or _nationality_shape(word) \
                or country_word(name) or zipf(word) >= OWN_NAME_ZIPF or inflection_of_common_word(word):
            continue  # "evolution of mutants" beside a book called "Mutants": a plural of a word
        if _written_alone(text, name):
            found.add(word)
            if len(found) > room:
                break  # the caller leaves a text folding this many names: no need to read on
    return found


def _written_alone(text: str, name: str) -> bool:
    """True when ``name`` stands in ``text`` as a word of its own after a lower-case word or a
    comma, with no capitalised word after it ("in Luanda said", not "Chartered Surveyors",
    "Islamic Fundamentalist" or "the Cashew Board"). Found with ``str.find`` (a literal scan in
    C; a pattern opening with a look-behind was tried at every position, seconds on 4 MB)."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if at >= 2 and text[at - 1] == " " and (text[at - 2].islower() or text[at - 2] in ",;") \
                and not (end < len(text) and (text[end].isalnum() or text[end] in "_'’@/-")) \
                and not (text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()):
            before = _word_before(text, at)
            if before.islower() or (not before and text[at - 2] == ","):
                return True
        at = text.find(name, end)
    return False


def _stands_alone(text: str, at: int) -> bool:
    """No letter, digit, apostrophe, hyphen or address mark just before ``at``."""
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_'’@/.#-")
# Months and weekdays are CA015's (repair.rules.casing_time), which reads the date around them.
_MONTH_FORMS = _CALENDAR | frozenset("march may august jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Numerals build names ("Unit One", "First City", "the Six Nations"): a capitalised one is
# no evidence of a slip.
_NUMERALS = frozenset("""one two three four five six seven eight nine ten eleven twelve hundred thousand
    first second third fourth fifth sixth seventh eighth ninth tenth""".split())
# A text writing more distinct name forms than this in lower case folds names by style or by
# archive (lower-cased wire copy): no single one is a slip.
MAX_LOWER_NAMES = 2
ABBREVIATION_LETTERS = 4
MIN_NAME_LETTERS = 3  # "ba" for "be": two-letter forms are typos and abbreviations more than names
# Words after which a lower-case name form is a verb's ("would march", "to march").
_BEFORE_VERB = lexicon.AUXILIARIES | frozenset("not never i you we they he she".split())
# Words after which a capitalised word names a work, a paper or a brand ("the magazine
# Time", "the newspaper Sun"); and words after a capital that make it one ("Time magazine").
_CUES_BEFORE = _TITLE_CUES | frozenset(
    "autobiography memoir report study campaign slogan motto "
    "magazine magazines newspaper newspapers paper daily weekly journal channel network station brand label "
    "company firm group app website site ship vessel horse team club band operation project programme "
    "program codenamed code-named".split())
# A credit line's next role after its semicolon ("Reporting by Ana Lee; Editing by Tom Roe"):
# each role keeps its capital; the whole line is boilerplate (PF003's), not a sentence.
_CREDIT_ROLE_AFTER_SEMICOLON = lazy_compile(r" by [A-Z]")
_NOUNS_AFTER = frozenset(
    "magazine newspaper daily weekly journal channel brand label party movement group company corp inc ltd "
    "plc index fund bank airline airlines motors records label studio studios trust foundation".split())



@rule(
    "CA019",
    "learned-capitalised-common-word",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("Shops have struggled since the Pandemic began, the survey found.",
         "Shops have struggled since the pandemic began, the survey found."),
        ("The mayor said Trucks would be banned from the bridge.",
         "The mayor said trucks would be banned from the bridge."),
        ("Residents fear that Rents will rise again.", "Residents fear that rents will rise again."),
        ("The town voted to cut its Electricity bill by a third.",
         "The town voted to cut its electricity bill by a third."),
    ],
    good=[
        "Ana Brown said the report was late.",
        "Officials met Mark Bush on Monday. Bush said little.",
        "The Government said the tax would rise. Later the Government changed its mind.",
        "Shares in the Pandemic Response Fund rose.",
        "She read the magazine Time on the train.",
        "“Trucks are banned,” he said.",
        "THE MAYOR SAID TRUCKS WOULD BE BANNED.",
    ],
    scope="document",  # the text's own capitals elsewhere veto the edit
)
def learned_capitalised_common_word(doc: Document, self: Rule) -> Iterator[Edit]:
    """An ordinary word written with a capital alone in a sentence's middle ("since the
    Pandemic began", "said Trucks would"), which clean English writes in lower case there
    at least 199 times in 200 (the learned table, CA019 thresholds): clause-by-clause
    translation keeps the capital a word had opening a clause in the source.

    Applied (unsafe) only where grammar opens a phrase: after a function word, an auxiliary
    or a speech verb (or a comma after a lower-case word), and before a function word, an
    auxiliary or a past form; anywhere else, or on thinner evidence, it is only shown. Left:
    a word within three words of another capital with only small words between (a name's or
    a title's: "the Fuel for Growth Fund"), a word the text capitalises anywhere else (a name
    or a house style: "the Government"), function words and numerals (other rules', or names'
    parts: "Unit One"), list items and labels, words in quotations or after a title's
    capitalised small word, a work's or a paper's cue ("the magazine Time", "Time magazine"),
    and texts typed in lower case. Unsafe: a rare name or brand may share an ordinary
    word's form ("the Clash"); subsumes none of CA001-CA018, which read closed word classes.
    """
    text = doc.text
    words = case_table().words
    counts = doc.line_counts(_MID_CAPITAL)
    found = [word for word, n in counts.items()
             if n >= 1 and word.lower() in words and not lexicon.is_function_word(word)
             and word.lower() not in _NUMERALS]
    if found:
        # Capitalised anywhere else, even opening a sentence ("Next is one of its rivals"): a
        # name the text repeats. One count per text (``doc.memo``), shared with CA007 and CA014.
        # Uses inside a longer name ("Southern Electricity Networks") are no such evidence.
        anywhere = doc.line_counts(_ALONE_NAME)
        alone = [word for word in found if counts[word] == 1 and anywhere[word] <= 1]
        # Words used more often are read use by use, only those the table vouches for.
        repeated = {word for word in found if not (counts[word] == 1 and anywhere[word] <= 1)
                    and anywhere[word] <= MAX_NAME_USES
                    and lower_evidence(word.lower(), VERB_SLOT_SUPPORT) is not None}
        found = alone + sorted(one_use_outside_names(doc, repeated)) if repeated else alone
    evidence = {word: safety for word in found
                if (safety := lower_evidence(word.lower(), VERB_SLOT_SUPPORT)) is not None}
    if not evidence or mostly_lower_case(doc):
        return
    # The asked words' uses in sentences' middles, in text order: one scan of the text's
    # mid-sentence capitals (not a search per candidate: a long text has hundreds of one-off
    # capitals), carried across fix's rounds (casing_learned_scans).
    for start, end, word in mid_capitals(doc, frozenset(evidence)):
        safety = evidence[word]
        before, after = _word_before(text, start), _word_after(text, end)
        if _in_capitalised_phrase(text, start, end) or _in_list_or_label(text, start, end):
            continue  # "Fuel for Growth", "Unit 1", "Lloyd, Little.": a name's, a title's or a list's word
        if _inside_quotation(text, start) or _title_words_before(text, start):
            continue  # "the slogan 'Britain is Working'": a title or a quoted line keeps its capitals
        if before.lower() in _CUES_BEFORE or after.lower() in _NOUNS_AFTER:
            continue
        if text[start - 2 : start] == "; " and _CREDIT_ROLE_AFTER_SEMICOLON.match(text, end):
            continue  # "Reporting by Ana Lee; Editing by Tom Roe": a credit line's role
        if safety is Safety.UNSAFE and before not in lexicon.AUXILIARIES \
                and lower_evidence(word.lower()) is not Safety.UNSAFE:
            safety = Safety.DISPLAY  # fewer than 40 lower-case uses: enough only where a verb must stand
        if safety is Safety.UNSAFE and not _clause_slot(text, start, end):
            safety = Safety.DISPLAY  # a content word before it, or no word after: a name's place too
        yield self.edit(start, end, word.lower(),
                        f"“{word}” capitalised inside a sentence: clean English writes it in lower case there.",
                        0.75 if safety is Safety.UNSAFE else 0.5, safety)


@rule(
    "CA020",
    "learned-lowercase-name",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("Ministers flew to moscow for the talks on Monday.", "Ministers flew to Moscow for the talks on Monday."),
        ("Talks with nato stalled over the budget.", "Talks with NATO stalled over the budget."),
        ("Prices in beijing rose, the bureau said.", "Prices in Beijing rose, the bureau said."),
        ("The bank will open an office in brussels next year.", "The bank will open an office in Brussels next year."),
    ],
    good=[
        "The firm sells fine china and a roast turkey.",
        "More people now shop on the internet than in stores.",
        "The list is at www.oslo.no and @nato today.",
        "ministers flew to oslo. they met. talks went on.",
        "He said they would march on the capital in may.",
        "The hats were trimmed with peacock feathers and silk.",
    ],
    scope="document",  # the text's own lower-case uses elsewhere veto the edit
)
def learned_lowercase_name(doc: Document, self: Rule) -> Iterator[Edit]:
    """A name written in lower case ("flew to moscow", "talks with nato") whose form clean
    English writes with its capitals in a sentence's middle at least 199 times in 200 (the
    learned table, CA020 thresholds; a form seen 10-19 times must never be lower case);
    given its usual shape ("Moscow", "NATO").

    Looked for after a preposition ("in", "to", "with", "from the" ...), where names stand
    most and ordinary homographs least. Left: a form the text writes in lower case more than
    once, or capitalised elsewhere (then
    CA007, CA011 or CA012 reads the text's own evidence: no edit twice under two codes); months
    and weekdays (CA015's), nationality shapes (CA012's), ordinary homographs ("china"),
    inflections of common words ("rangers", "yelling"); a word inside an address, a handle or
    a hyphenated word; a title's abbreviation ("sen."); a form that usually stands inside a
    longer name ("york") unless its neighbour is a name word too; a word after a modal or a
    pronoun ("would march"); texts typed or folded to lower case (more than two such names, a
    lower-case date or sentence opening). Beside a capitalised word ("Smith barney") or after
    an article ("the rover") it is only shown, as is a close call (up to 8 in 100 lower case).
    A rare form the table does not know at all ("districts of marseille") is a name on the
    text's own evidence when it stands right after a preposition and the text writes it
    Capitalised alone elsewhere (:func:`_own_names`). Unsafe: a rare ordinary word may share
    a name's form.
    """
    text = doc.text
    # Lower-case words in a name's commonest slot, after a preposition ("flew to moscow",
    # "talks with the nato"), as a set kept to the name forms: reading every lower-case word
    # of a long text cost a tenth of a check's time, this scan a quarter of that.
    forms = set(_NAME_SLOT.findall(text)).intersection(case_table().name_forms)
    names = [word for word in forms if word not in _ORDINARY_WORDS and word not in _MONTH_FORMS
             and not _nationality_shape(word)
             and name_evidence(word) is not None and not inflection_of_common_word(word)]
    # The cheap vetoes first: the text's own rare names are read only when they can matter.
    if len(names) > MAX_LOWER_NAMES or mostly_lower_case(doc):
        return  # a text folding many names to lower case is an archive's style, not a slip
    capitalised = alone_names(doc)
    own = _own_names(text, capitalised, MAX_LOWER_NAMES - len(names))
    if not (names or own) or len(names) + len(own) > MAX_LOWER_NAMES or _has_lower_date(text):
        return
    # A name the text writes with its capitals elsewhere is the text's own evidence, read by
    # CA007 (countries), CA012 (nationalities) and CA011 (titles): this rule adds the names
    # only clean English vouches for, and never proposes the same edit under a second code,
    # and the rare names the table does not know that the text writes alone with a capital.
    places = {word: [m for m in re.finditer(word + _LOWER_WORD_END, text) if _stands_alone(text, m.start())]
              for word in [*names, *own]
              if len(word) >= MIN_NAME_LETTERS and (word in own or word.capitalize() not in capitalised)}
    found = [word for word, matches in places.items() if len(matches) == 1]
    for word in sorted(found):
        evidence = (Safety.UNSAFE, word.capitalize(), False) if word in own else name_evidence(word)
        if evidence is None:
            continue
        safety, surface, in_run = evidence
        for match in places[word]:
            start, end = match.start(), match.end()
            if start == 0 or text[start - 1] in "\n":
                continue  # a line's first word: a heading or a list, not running text
            if _sentence_opens_lower(text, start):
                continue  # "paramaribo, june 19 - ... the dutch government": a story folded to lower case
            if text[end : end + 1] == "." and len(word) <= ABBREVIATION_LETTERS:
                continue  # "chair sen. Paul Ridley": a title's abbreviation, CA011's
            before, after = _word_before(text, start), _word_after(text, end)
            if before.lower() in _BEFORE_VERB:
                continue  # "would march": the verb, not the month
            if in_run and not any(name_evidence(n) for n in (before, after) if n.islower()):
                continue  # "york" without its "New": the whole name is another fix
            if before[:1].isupper() or after[:1].isupper():
                safety = Safety.DISPLAY  # "Smith barney": half a name written in capitals, a close call
            elif before.lower() in lexicon.DETERMINERS and not surface.isupper():
                safety = Safety.DISPLAY  # "the rover": a brand's word after an article is a common noun too
            if safety is Safety.DISPLAY and after[:1].islower() and name_evidence(after.lower()) is None:
                # A close call before an ordinary lower-case word reads as the common word's
                # use: a modifier ("with peacock feathers"), a verb ("to polish its image"),
                # a noun before its verb ("the delta were"). Before a name ("west africa"),
                # a capital or a stop the name is still shown.
                continue
            yield self.edit(start, end, surface,
                            f"“{word}” in lower case: clean English writes this name “{surface}”.",
                            0.75 if safety is Safety.UNSAFE else 0.5, safety)


RULES = (learned_capitalised_common_word, learned_lowercase_name)
