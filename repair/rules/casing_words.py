"""Words in the wrong case: a capitalised conjunction, pronoun or time phrase inside a
sentence, and the dateline's place written in lower case in the story (other names:
:mod:`repair.rules.casing_names`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, rule
from repair.rules.glued import zipf

# A conjunction capitalised between two lower-case words, or after a comma that follows
# one ("lives”, And that he"; "temperatures And less"). A title ("Pride And Prejudice")
# has a capital before the conjunction and is never matched.
_CAPITAL_CONJUNCTION = re.compile(
    r"(?:(?<=[a-z] )|(?<=[a-z], )|(?<=[a-z]”, )|(?<=[a-z]\", ))"
    r"(?P<word>And|But|Or|Nor|While|Whereas|Although|Because|Whether|Which)(?= [a-z])"
)

# The same words with no look-behind in front: the engine scans for their capitals in C
# instead of trying four look-behinds at every position; the full pattern then runs only
# where one of the words stands. No word can start inside another (one capital each).
_CONJUNCTION_WORD = re.compile(r"(?:And|But|Or|Nor|While|Whereas|Although|Because|Whether|Which)(?= [a-z])")


def _capital_conjunctions(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_CAPITAL_CONJUNCTION.finditer(text)``, found from the words."""
    for word in _CONJUNCTION_WORD.finditer(text):
        match = _CAPITAL_CONJUNCTION.match(text, word.start())
        if match is not None:
            yield match


@rule(
    "CA005",
    "capitalised-conjunction",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("The court found him guilty, And the judge ordered a retrial of his partner.",
         "The court found him guilty, and the judge ordered a retrial of his partner."),
        ("Costs rose sharply, While sales fell in every region.",
         "Costs rose sharply, while sales fell in every region."),
        ("Dry summers And warmer winters shrank the lake.", "Dry summers and warmer winters shrank the lake."),
    ],
    good=[
        "The film Pride And Prejudice was shown again.",
        "The court found him guilty. And the judge ordered a retrial.",
        "She joined Marks And Spencer in 2001.",
        "He said: And yet it moves.",
        "The consumer group Which tested the phones.",
        "She sang a cover of Because the Night on Friday.",
        "It was close to the vote And they knew it.",
    ],
)
def capitalised_conjunction(doc: Document, self: Rule) -> Iterator[Edit]:
    """A conjunction with a capital inside a sentence ("guilty, And the judge").

    MT that translates clause by clause capitalises the clause it starts. Inside a
    sentence, after a comma, English writes the conjunction in lower case; without a
    comma only "And", "But", "Or" and "Nor" after a content word are fixed, since "the
    group Which" or "a cover of Because the Night" are names and titles. A capital before
    the conjunction ("Marks And Spencer") leaves it alone. Unsafe until measured.
    """
    text = doc.text
    for match in _capital_conjunctions(text):
        word = match.group("word")
        before = re.search(r"(\S+)\s+$", text[max(0, match.start() - 40) : match.start()])
        if before is None or not before.group(1)[:1].islower():
            continue  # "Marks And Spencer": the word before is a name or a title's
        if not before.group(1).endswith((",", "”,", '",')) and (
                word not in ("And", "But", "Or", "Nor") or lexicon.is_function_word(before.group(1))):
            continue  # "the group Which", "singer of Because the Night": a name or a title
        after = re.match(r" (\w+)", text[match.end() : match.end() + 30])
        if not before.group(1).endswith(",") and after and after.group(1) in lexicon.SUBJECT_PRONOUNS:
            continue  # "the election And they believe": a new sentence that lost its stop
        yield self.edit(match.start(), match.end(), word.lower(), f"“{word}” is capitalised inside a sentence.", 0.8)


# "BEIJING (Reuters) -", "SAN FRANCISCO —", "LIMA, Peru": the dateline's place, in capitals.
_NAME_INSIDE = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+")
_DATELINE = re.compile(r"\A[ \t]*(?P<place>[A-Z][A-Z'.-]{2,}(?: [A-Z][A-Z'.-]{1,}){0,2})(?=,| \(| [—–-] )")


@rule(
    "CA006",
    "dateline-place-lowercase",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("LIMA (Reuters) - The strike ended on Friday. Miners met officials in lima on Thursday.",
         "LIMA (Reuters) - The strike ended on Friday. Miners met officials in Lima on Thursday."),
    ],
    good=[
        "LIMA (Reuters) - The strike ended on Friday. Miners met officials in Lima on Thursday.",
        "NICE, France — Crowds gathered. It was a nice day for it.",
        "QUITO — Rains hit Ecuador. Officials in ecuador flew from quito.",
    ],
    scope="document",
)
def dateline_place_lowercase(doc: Document, self: Rule) -> Iterator[Edit]:
    """The dateline's place written in lower case in the story ("officials in lima").

    The dateline names the place in capitals, so the text itself says the word is a
    name. A lower-case copy after a preposition ("in", "from", "to", "near") is a casing
    slip. A place that is also an English word ("NICE") is left when the text uses the word
    in lower case anywhere else ("a nice day"), and so is a line where other names are
    folded to lower case too (one capital would leave the rest). Unsafe until measured.
    """
    match = _DATELINE.match(doc.text)
    if not match:
        return
    place = match.group("place")
    lower = place.lower()
    if doc.text.find(lower, match.end()) < 0:
        return  # no lower-case copy of the place to fix (most texts): skip the whole-text counts
    # Some archives fold every name to lower case ("febres cordero said"): there a lower-case
    # place is the text's style, not a slip. Names keep capitals inside sentences elsewhere.
    inside = _NAME_INSIDE.findall(doc.text)
    if len(inside) * 40 < len(doc.text.split()):
        return
    proper = " ".join(part.capitalize() for part in lower.split(" "))
    pattern = re.compile(r"\b(?:in|from|to|near|of|at) (" + re.escape(lower) + r")\b")
    names = {word.lower() for word in inside if not lexicon.is_function_word(word)}
    names -= set(lower.split())
    # "a nice day": the text uses the word as an ordinary word too, so it is no slip.
    anywhere = len(re.findall(r"\b" + re.escape(lower) + r"\b", doc.text))
    if anywhere > len(pattern.findall(doc.text)):
        return
    for found in pattern.finditer(doc.text, match.end()):
        start, end = found.span(1)
        line_start = doc.text.rfind("\n", 0, start) + 1
        line_end = doc.text.find("\n", end)
        line = doc.text[line_start : line_end if line_end >= 0 else len(doc.text)]
        if names & set(re.findall(r"\b[a-z]+\b", line)):
            continue  # other names folded to lower case on the line: one fix would leave the rest
        yield self.edit(start, end, proper, f"“{found.group(1)}” is the dateline's place: a name.", 0.8)


# A pronoun capitalised where a clause goes on in lower case: after a comma
# ("in 2:05, Her best time") or after a verb that takes a clause ("officials said He had").
# The word first (a literal-led scan); what stands before it is read in Python.
_CAPITAL_PRONOUN = re.compile(r" (He|She|They|We|It|His|Her|Its|Their|Our)(?= [a-z])")
# After a comma only a possessive opening a noun phrase ("in 2:05, Her best time"): a subject
# pronoun there ("hard, They like it") may open a new sentence after a lost stop.
_PRONOUNS_AFTER_COMMA = frozenset("His Her Its Their Our".split())
# Verbs whose object is a clause (told, asked take a person first and are left out).
# Each lemma with its "-s" and past forms: the verbs that report, concede, judge or learn.
_THAT_LEMMAS = """say:said add argue believe claim note state warn insist think:thought know:knew fear hope find:found
    admit:admitted report explain announce acknowledge concede confirm stress suggest estimate predict reveal
    agree expect assume suspect realise realize recall complain maintain contend assert allege conclude decide
    emphasise emphasize indicate learn:learned promise reckon signal:signalled judge feel:felt understand:understood
    hear:heard show:showed prove:proved imply:implied deny:denied fear insist:insisted""".split()


def _verb_forms(entries: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """"lemma" or "lemma:past" entries as their finite "-s" and past forms ("agree" ->
    agrees, agreed; "admit:admitted" -> admits, admitted; "imply" -> implies, implied), and
    the past forms alone. The bare lemma is left out: most are nouns too ("his report He")."""
    finite: set[str] = set()
    past_forms: set[str] = set()
    for entry in entries:
        lemma, _, past = entry.partition(":")
        third = lemma[:-1] + "ies" if lemma.endswith("y") and lemma[-2] not in "aeiou" else lemma + "s"
        if not past:
            past = lemma + "d" if lemma.endswith("e") else lemma + "ed"
        finite |= {third, past}
        past_forms.add(past)
    return frozenset(finite), frozenset(past_forms)


_THAT_FINITE, _THAT_PAST = _verb_forms(_THAT_LEMMAS)
# The bare forms that are no nouns ("Police believe They left").
_THAT_VERBS = _THAT_FINITE | frozenset("say believe think know".split())
# Every bare lemma, read as a verb only right after a plural subject opening the sentence.
_THAT_BARE = frozenset(entry.partition(":")[0] for entry in _THAT_LEMMAS)
# Verbs that name the person told before the clause ("told local radio She had ...").
_PERSON_VERBS = _verb_forms("tell:told assure inform remind warn promise:promised convince persuade".split())[0]
MAX_OBJECT_WORDS = 3
# After "It" a finite verb must follow ("acknowledged It was"): "It" alone may be a title.
_IT_VERBS = frozenset("is was has had will would could can may might must should does did".split())
_QUOTES = "“”\"«»"
# After a clause-taking verb only a subject pronoun is lowered ("said He had").
_SUBJECTS_AFTER_VERB = frozenset("He She They We It".split())
# The possessive's phrase runs to the next comma ("leaders, Their demands unmet, said ...").
_CLAUSE_REST = re.compile(r"[^.!?;,\n]*")


@rule(
    "CA008",
    "capitalised-pronoun-in-clause",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("The court heard that officials said He had signed the papers.",
         "The court heard that officials said he had signed the papers."),
        ("Police believe They left the city by train.", "Police believe they left the city by train."),
        ("She won in 2:05, Her best time this year.", "She won in 2:05, her best time this year."),
        ("The team won the final, Their third title in a row.", "The team won the final, their third title in a row."),
        ("The minister argued We could not wait.", "The minister argued we could not wait."),
        ("She admitted on Monday She had erred.", "She admitted on Monday she had erred."),
        ("The firm said in a statement It would appeal.", "The firm said in a statement it would appeal."),
        ("The striker, His knee strapped, played on.", "The striker, his knee strapped, played on."),
        ("The firm conceded It had lost the files.", "The firm conceded it had lost the files."),
        ("The coach told reporters They would appeal.", "The coach told reporters they would appeal."),
        ("A guard assured the visitors He would return.", "A guard assured the visitors he would return."),
        ("Farmers, Their barns empty after the storm, asked for aid.",
         "Farmers, their barns empty after the storm, asked for aid."),
        ("Aid workers predicted She would need surgery.", "Aid workers predicted she would need surgery."),
        ("After the vote was counted, Their leader conceded.", "After the vote was counted, their leader conceded."),
        ("“Once the snow melts, We will rebuild the road,” the mayor said.",
         "“Once the snow melts, we will rebuild the road,” the mayor said."),
        ("If prices keep rising, They may close the shop.", "If prices keep rising, they may close the shop."),
        ("Neighbours believe Their landlord sold the block.", "Neighbours believe their landlord sold the block."),
        ("The union says Its members will strike on Friday.", "The union says its members will strike on Friday."),
        ("Tenants fear Their rents will double.", "Tenants fear their rents will double."),
    ],
    good=[
        "“We will win,” the coach said He also praised the fans.",
        "BEIJING, The ministry said on Monday it would act.",
        "Her films include Heat, Her Story and others.",
        "He said: He will return.",
        "The deal, He Said She Said, is a film.",
        "The court said, “He had signed the papers.”",
        "He knew It Follows well.",
        "They said It never sleeps.",
        "The police arrived They had left.",
        "The police arrived on Monday They had left.",
        "Sales fell, His team lost, and he left.",
        "Fans sang with hope in the power of song He says.",
        "In his report He listed the costs.",
        "He told the press. They said no.",
        "She told Reuters They would wait.",
        "He works hard, They like people like that.",
        "Growth could be three pct, His forecast was lower.",
        "Officials said The rules would change.",
        "If it rains, Our Town opens indoors.",
        "“Prices will rise,” the minister said Their plan was costed.",
        "Sales fell, the firm said His plan had failed.",
        "Critics say Its Own Reward is too long.", "The annual report Their firm filed was late.",
        "When asked about it, Prime Minister Ruiz said no.",
    ],
)
def capitalised_pronoun_in_clause(doc: Document, self: Rule) -> Iterator[Edit]:
    """A pronoun capitalised inside a clause: a possessive after a comma ("in 2:05, Her
    best time") or a subject pronoun after a verb that takes a clause ("prosecutors said
    He had ...").

    MT carries a capital over from a source sentence break it merged. A lower-case word
    must follow (a name or a title has capitals on). After a comma, only a possessive
    opening a noun phrase with no verb (an appositive), after a lower-case word or a
    figure: a subject pronoun there ("hard, They like it") or a clause ("three pct, His
    forecast was ...") may follow a lost stop. After a verb, only a subject pronoun ("said
    The ..." often follows a lost stop), and not when a quotation stands earlier in the
    sentence ("“...,” the coach said He also ...": the stop after the tag was lost).
    Unsafe: a title of a work can read the same.
    """
    text = doc.text
    for match in _CAPITAL_PRONOUN.finditer(text):
        word = match.group(1)
        start = match.start(1)
        if text[start - 2] == ",":
            before = text[start - 3 : start - 2]
            if not (before.islower() or before.isdigit()):
                continue
            if _after_fronted_clause(text, start):
                pass  # "When the count ended, Their leader …": the main clause after a fronted one
            elif word not in _PRONOUNS_AFTER_COMMA:
                continue
            else:
                rest = _CLAUSE_REST.match(text, start)
                if rest is None or _own_clause(rest.group(), text[rest.end() : rest.end() + 1] == ","):
                    continue  # "three pct, His forecast was ...": a clause of its own, after a lost stop
        else:
            if word in _PRONOUNS_AFTER_COMMA and word != "Her":
                if not _possessive_subject(text, start, match.end(1)):
                    continue
            elif word not in _SUBJECTS_AFTER_VERB or not _after_clause_verb(text, start):
                continue  # "officials said The rules ...": a determiner there often follows a lost stop
            if word == "It" and text[match.end(1) + 1 :].partition(" ")[0] not in _IT_VERBS:
                continue
            sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
            if any(mark in text[sentence_start + 1 : start] for mark in _QUOTES):
                continue
        yield self.edit(start, match.end(1), word.lower(), f"“{word}” capitalised inside a clause.", 0.7)


# Subordinators that open a fronted clause; the main clause follows its comma.
_FRONTED = frozenset("When Whenever If Unless Once After Before Although Though While Because Since Until As".split())
_OPENING_MARKS = "“\"‘'(«"
MAX_SENTENCE_LOOKBACK = 240  # characters; a fronted clause or a short subject sits well inside it


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts, past opening quotation marks."""
    floor = max(0, at - MAX_SENTENCE_LOOKBACK)  # a bounded look back: no scan of the whole text per pronoun
    start = max(text.rfind(". ", floor, at), text.rfind("? ", floor, at), text.rfind("! ", floor, at),
                text.rfind("\n", floor, at))
    if start < 0:
        start = floor
    else:
        start = start + 2 if text[start] != "\n" else start + 1
    while start < at and text[start] in _OPENING_MARKS:
        start += 1
    return start


def _after_fronted_clause(text: str, start: int) -> bool:
    """The comma before ``start`` closes a clause that opens the sentence with a
    subordinator and holds no other comma ("If the bridge shuts, We …"): what follows is
    the main clause, whose first word is in lower case unless it is a name."""
    opening = _sentence_start(text, start)
    head = text[opening : start - 2]
    return head.split(" ", 1)[0] in _FRONTED and "," not in head and len(head) < 120 \
        and not any(mark in head for mark in _QUOTES)


def _possessive_subject(text: str, start: int, end: int) -> bool:
    """A possessive after a clause-taking verb that directly follows a short subject
    opening the sentence ("Residents say Its owners have …"), and a verb after its noun
    phrase: the subject of the reported clause. With a comma or a quotation earlier
    ("…, police said Their …") a stop after the tag may have been lost instead."""
    opening = _sentence_start(text, start)
    head = text[opening : start - 1]
    words = head.split(" ")
    if len(words) < 2 or len(words) > 5 or any(c in head for c in ",;:“”\"«»"):
        return False
    if words[-1] not in _THAT_VERBS and not (words[-1] in _THAT_BARE and (
            words[-2].lower() in ("we", "they", "i", "you") or words[-2].endswith("s") and words[-2][1:].islower())):
        return False  # "Parents fear Their …": a bare verb after a plural subject
    rest = _CLAUSE_REST.match(text, end)
    return rest is not None and lexicon.has_clause(lexicon.words(rest.group()))


def _own_clause(phrase: str, comma_after: bool) -> bool:
    """Whether a phrase after a comma is a clause of its own. Between two commas a phrase
    with only a participle is an absolute phrase ("players, Their shirts soaked, left"):
    only a finite verb (an auxiliary, a speech verb, an irregular past) makes it a clause."""
    words = lexicon.words(phrase)
    if not comma_after:
        return lexicon.has_clause(words)
    return any(w.lower() in lexicon.AUXILIARIES or w.lower() in lexicon.SPEECH_VERBS
               or w.lower() in lexicon.IRREGULAR_PAST for w in words)


# Words that open an adjunct between a verb and its clause ("admitted on Monday She had").
_ADJUNCT_OPENERS = frozenset("on in at during after before last this earlier later late".split())


def _after_clause_verb(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows a verb that takes a clause ("acknowledged It
    was"), or one that takes a person and a clause, with the person between in lower case
    ("told local radio She had")."""
    before = text[max(0, start - 40) : start - 1].split(" ")
    if before[-1] in _THAT_VERBS:
        return True
    # "admitted on Monday She", "said in a statement They": a short adjunct after the verb.
    for back in range(3, MAX_OBJECT_WORDS + 3):
        if back > len(before):
            break
        if before[-back] in _THAT_PAST and before[-back + 1] in _ADJUNCT_OPENERS:
            between = before[-back + 1 :]
            if all(w.isalnum() and (w.islower() or w in _MONTHS_DAYS or w.isdigit()) for w in between):
                return True
    for back in range(2, MAX_OBJECT_WORDS + 2):
        if back > len(before) or not before[-back + 1].isalpha() or not before[-back + 1].islower():
            return False
        if before[-back] in _PERSON_VERBS:
            return True
    return False


_MONTHS_DAYS = frozenset(
    """January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
)
# Nouns a time phrase closes on besides a month, a weekday or a year ("Later This Summer",
# "Over The Past Three Weeks", "By The End Of Next Year").
_TIME_NOUNS = frozenset(
    """day days week weeks weekend weekends month months year years decade decades century season seasons
    quarter quarters summer winter spring autumn fall morning mornings afternoon evening evenings night nights
    hour hours term""".split()
)
# A capitalised preposition or time adverb with a capital or a figure after it anchors the
# scan (a literal alternation, scanned in C); the run of capitals around it is read in Python.
_RUN_ANCHOR = re.compile(r" (?:To|On|In|At|By|Over|During|Until|Since|From|Before|After|Through|Throughout|For|Within"
                         r"|This|Next|Last|Past|Early|Late|Later|Earlier)(?= [A-Z0-9])")
_RUN_REST = re.compile(r"(?: (?:[A-Z][a-z]+|(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?)\b)+")
# Nouns and verbs a work's title follows ("the film ...", "wrote ...", "starred in ...").
_WORK_NOUNS = frozenset("""film films movie album song single book novel play show series titled called named entitled
    wrote writes write read reads sang sings recorded released publishes published directed staged starred
    performed""".split())
COMMON_ZIPF = 4.0  # "first", "week", "visitors" (4.5), "end" are above it; "Apollo" (3.8) below
MAX_LEAD_CAPITALS = 3
# A time phrase opens on a preposition or a time adverb; a run opening on a noun or an article
# is a title or an award ("Coach Of The Year", "The Night Season").
_RUN_OPENERS = frozenset("""In On At By Over During Until Since From Before After Through Throughout To For Within
    Early Late Later Earlier This Next Last Past""".split())


def _time_run(text: str, anchor: int) -> tuple[int, int] | None:
    """The run of capitalised words around a small word at ``anchor`` (a space), when it
    stands after a lower-case word and closes on a time: a month, a weekday, a year or a
    time noun. None otherwise."""
    start = anchor
    for _ in range(MAX_LEAD_CAPITALS):
        word_start = text.rfind(" ", max(0, start - 30), start) + 1
        if word_start <= 0 or not text[word_start : word_start + 1].isupper():
            break
        start = word_start - 1
    before = text[max(0, start - 30) : start].rpartition(" ")[2]
    if not before.isalpha() or not before.islower() or before in _WORK_NOUNS:
        return None  # a title's words or a name come before, or a work's noun: "the film In The Heat Of July"
    rest = _RUN_REST.match(text, anchor)
    if rest is None:
        return None
    end = rest.end()
    after = text[end : end + 2]
    if after[:1].isalnum() or (after[:1] == " " and not after[1:2].islower()) or after[:1] in "-'’":
        return None
    last = text[text.rfind(" ", start, end) + 1 : end]
    if not (last in _MONTHS_DAYS or last.lower() in _TIME_NOUNS or (len(last) == 4 and last.isdigit())):
        return None
    return start, end


@rule(
    "CA009",
    "title-case-time-phrase",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("Deaths rose In The First Week Of July, officials said.",
         "Deaths rose in the first week of July, officials said."),
        ("Sales fell sharply In The Second Half Of 2024.", "Sales fell sharply in the second half of 2024."),
        ("The talks will resume By The End Of March.", "The talks will resume by the end of March."),
        ("The pair met On The Last Friday Of May in Oslo.", "The pair met on the last Friday of May in Oslo."),
        ("Prices have doubled Over The Last Two Years, the bank said.",
         "Prices have doubled over the last two years, the bank said."),
        ("The park will reopen To Visitors Early Next Spring.", "The park will reopen to visitors early next spring."),
        ("The vote is set for Late On The Evening Of 4 May.", "The vote is set for late on the evening of 4 May."),
        ("Work should end Before The Start Of The Winter.", "Work should end before the start of the winter."),
    ],
    good=[
        "They showed the film In The Heat Of July again.",
        "The band played Live At The Apollo 1962 songs.",
        "Deaths rose in the first week of July.",
        "He left In The Morning Light, a novel.",
        "She joined In 2019 Ltd as a director.",
        "She starred in Last Tango In Paris, a film.",
        "Fans queued for the novel Before The Dawn Of Winter.",
        "He reads Tessel On The Morning News each day.",
        "He met them. The Next Day they left.",
        "She was named Coach Of The Year on Friday.",
        "He wrote Before The Long Night in 2001.",
        "He won a prize for The Long Summer, a play.",
        "She was praised for Quietly Last Winter and other plays.",
    ],
)
def title_case_time_phrase(doc: Document, self: Rule) -> Iterator[Edit]:
    """A time phrase in headline casing inside a sentence ("deaths In The First Week Of
    July", "open To Traffic Later This Summer", "rose Over The Past Three Weeks").

    A run of capitalised words after a lower-case word, opening on a preposition or a time
    adverb ("To", "Over", "Early", "Later"; one that opens on a noun or an article is an
    award's or a work's title: "Coach Of The Year"), closing on a time (a month, a weekday, a
    year, a time noun: "Summer", "Weeks") before punctuation or a lower-case word: a time,
    not a title of a work (those follow "the film", "the novel ..." and are left). Every
    word but a month or a weekday goes to lower case; every capitalised one must be a
    common word ("At The Apollo": a name inside is a title or a place). The edit takes the
    space before the run, so it wins over CA001's edit of the small word alone. Unsafe: a
    title can end in a date.
    """
    text = doc.text
    done = -1
    for found in _RUN_ANCHOR.finditer(text):
        if found.start() < done:
            continue
        run = _time_run(text, found.start())
        if run is None:
            continue
        start, end = run
        done = end
        words = text[start + 1 : end].split(" ")
        if words[0] not in _RUN_OPENERS:
            continue  # "voted Coach Of The Year": an award's or a work's title
        capitals = [w for w in words if w[:1].isupper() and w not in _MONTHS_DAYS]
        if len(capitals) < 2 or any(zipf(w) < COMMON_ZIPF for w in capitals):
            continue  # "At The Apollo": a name inside is a title or a place, not a time phrase
        fixed = " ".join(w if w in _MONTHS_DAYS else w.lower() for w in words)
        yield self.edit(start, end, " " + fixed, f"“{' '.join(words)}” in headline casing.", 0.7)


RULES = (capitalised_conjunction, dateline_place_lowercase, capitalised_pronoun_in_clause, title_case_time_phrase)
