"""A comma between a reporting verb and the clause it reports, in all its shapes.

German and Russian set a comma before every subordinate clause and MT keeps it: "Police
told reporters on Sunday, that he had fled", "The firm announced on Friday, it would cut
jobs", "Doctors confirmed, the boy would go home". English reports without one. PU013
takes a pronoun clause straight after "said"/"told"; this rule takes the kind: any verb
that reports a that-clause, a short time or audience phrase after it, and a reported
clause opening with "that", a pronoun or a noun phrase and then a finite verb.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.marks_style import _sentence_start

# Verbs that report a that-clause (speech, finding, decision), in the past or present.
_REPORTING = (r"(?:said|says|told (?:reporters|journalists|[A-Z][\w'’-]+|the [a-z]+|[a-z]+)|added|warned|stated"
              r"|announced"
              # the present of the verbs a plural subject reports with ("Analysts expect, that …")
              # (not those that are nouns as well: "Based on the estimate, the trust said …")
              r"|(?<!\bthe )(?<!\ba )(?:say|believe|expect|think|argue|warn|insist|predict|suggest|admit"
              r"|agree|know|feel|assume|acknowledge|maintain|claim|confirm|deny|conclude|stress)"
              r"|announces|confirmed|confirms|concluded|reported|claimed|insisted|explained|noted|admitted"
              r"|acknowledged|argued|estimated|found|revealed|predicted|agreed|decided|believed|believes"
              r"|thought|wrote|writes|ruled|promised|denied|indicated|suggested|stressed|assured|informed [a-z]+)")
# A time or audience phrase between the verb and the comma ("on Sunday", "in a statement",
# "last week", "to reporters"). Other phrases there may open the reported clause ("said in
# 1983, it recorded"), where the comma is English, so only these are taken.
_ADJUNCT = (r"(?: on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day| (?:last|this|earlier|later) (?:week|month|year)"
            r"| in a (?:statement|letter|report)| to (?:reporters|journalists)){0,2}")
_FINITE = (r"(?:would|will|could|can|had|has|have|was|is|were|are|did|does|do|may|might|should|must"
           r"|[a-z]{3,}ed|plans?|expects?|hopes?)")
# The reported clause: "that" and a word, or a subject (a pronoun, a determiner and up to
# three words, or a name) and then a finite verb.
_CLAUSE = (r"(?:that (?!is\b|was,)[\w'’-]+|(?:it|he|she|they|we|there|I) " + _FINITE
           + r"|(?:the|a|an|its|his|her|their|our) (?:[a-z][\w'’-]* ){0,3}" + _FINITE + r")\b")
# The comma and the clause first (a literal opening: scanned for in C); the verb and its
# phrase before the comma are then looked for backwards from it. A bare noun subject of one
# or two words before an auxiliary ("said, long shifts are …") reports a clause as well.
_BARE_CLAUSE = (r"(?!(?:if|when|while|because|although|though|since|after|before|as|unless|once|until|despite|in|on"
                r"|at|for|with|by|from|under|without|given|during|according|however|instead|so|not|only|even|just"
                r"|also|still|then|now|much|more|less|all|some|many|most|one|this|same|way|what|which|who|that|there"
                r"|it|he|she|they|we|i|you|and|but|or)\b)[a-z][\w'’-]* (?:[a-z][\w'’-]* )?"
                r"(?:would|will|could|can|had|has|have|was|is|were|are|may|might|should|must)\b")
_COMMA_CLAUSE = lazy_compile(r", (?:" + _CLAUSE + "|" + _BARE_CLAUSE + ")")
_VERB_BEFORE = lazy_compile(r"\b" + _REPORTING + _ADJUNCT + r"$")
VERB_LOOKBACK = 60  # characters: the longest verb and phrase ("informed ..." + "in a statement")
# Before ", that" a phrase naming where the report was made may stand ("wrote in her
# 40-page ruling, that", "told reporters during a briefing, that"): the medium of the
# report, a document or an occasion, ends the phrase. Its words hold no clause marker.
_PHRASE_WORD = r"(?!(?:that|which|who|and|but|or|if|when|while|because)\b)[\w'’-]+"
_MEDIUM = (r"(?:ruling|judgment|judgement|statement|letter|report|filing|filings|interview|hearing|briefing"
           r"|speech|post|memo|note|decision|opinion|affidavit|conference|session|debate|testimony|submission"
           r"|meeting|rally|audience|summit|gathering)")
_THAT_VERB_BEFORE = lazy_compile(r"\b" + _REPORTING + r"(?: (?:[A-Z][\w'’-]+|reporters|journalists))?"
                               + r" (?:in|on|at|to|during|after|before|from|with|by) "
                               + r"(?:" + _PHRASE_WORD + r" ){0,4}" + _MEDIUM + r"$"
                               # "told a news conference, that": the occasion is the verb's object
                               + r"|\b(?:told|addressed|informed|briefed) (?:a|an|the|its|his|her|their) "
                               + r"(?:" + _PHRASE_WORD + r" ){0,3}" + _MEDIUM + r"$")
THAT_LOOKBACK = 90
# A reporting verb and one short prepositional phrase of plain lower-case words ("argue in
# court", "warned at the hearing"), before ", that" and a full clause.
_VERB_PHRASE_BEFORE = lazy_compile(r"\b" + _REPORTING + r" (?:in|on|at|to|before|during|after|with) "
                                 + r"(?:(?:the|a|an|its|his|her|their) )?(?:" + _PHRASE_WORD + r" ){0,2}"
                                 # not a time ("at the time, that it …" may point back)
                                 + r"(?!(?:that|time|moment|day|week|month|year|point|stage|end)\b)[a-z][\w'’-]*$")
_COMMA_THAT = lazy_compile(r", that (?!is\b|was,)(?=[\w'’-])")
_MEDIUM_BEFORE = lazy_compile(r"\b" + _MEDIUM + r"$")
_PRONOUN_SUBJECTS = frozenset("he she they we i it".split())
# "said that, the airline carried …": a comma after the complementiser, before a subject and
# its finite verb. A parenthetical there ("that, if elected, he …", "that, the next day, the
# men …") opens with a subordinator or reaches a comma before any verb, so it is not matched.
_NOT_PRONOUN = r"(?!(?:it|he|she|they|we|i|you|who|which|that)\b)"
_THAT_FINITE = r"(?:" + _FINITE[3:-1] + "|" + "|".join(sorted(lexicon.IRREGULAR_PAST)) + ")"
# A present-tense verb ("the city lacks the …") counts only before a word, not a comma
# ("that, the next few days, …" is a phrase).
_PRESENT_S = r"[a-z]{2,}[^s\W]s(?= [a-z])"
# Words that open a fronted phrase or clause after "that," rather than a subject.
_NOT_BARE_SUBJECT = (r"(?!(?:if|when|while|because|although|though|since|after|before|as|unless|once|until"
                     r"|despite|in|on|at|for|with|by|from|under|without|given|despite|during|according|however"
                     r"|instead|so|not|only|even|just|also|still|then|now|much|more|less|all|some|many|most|one|this|same|way)\b)")
_THAT_FINITE_OR_PRESENT = r"(?:" + _THAT_FINITE + "|" + _PRESENT_S + ")"
_THAT_COMMA = lazy_compile(r"that(,) (?:(?:it|he|she|they|we|there|I) " + _THAT_FINITE_OR_PRESENT
                         + r"|(?:the|a|an|its|his|her|their|our) (?:" + _NOT_PRONOUN + r"[a-z][\w'’-]* ){0,3}"
                         + _THAT_FINITE_OR_PRESENT
                         # a bare noun subject ("that, production would move"): one or two words
                         + r"|" + _NOT_BARE_SUBJECT + _NOT_PRONOUN + r"[a-z][\w'’-]* (?:" + _NOT_PRONOUN
                         + r"[a-z][\w'’-]* )?(?:would|will|could|can|had|has|have|was|is|were|are|may|might"
                         + r"|should|must)" + r")\b")
# ", that" after a past-tense verb of any kind ("Forecasters cautioned, that rivers could …"):
# only before a full clause, a subject and a finite verb.
_COMMA_THAT_CLAUSE = lazy_compile(r"(?<=[a-z]ed), that (?:(?:it|he|she|they|we|there|I) " + _THAT_FINITE
                                + r"|(?:the|a|an|its|his|her|their|our) (?:[a-z][\w'’-]* ){0,3}" + _THAT_FINITE
                                + r"|" + _NOT_BARE_SUBJECT + _NOT_PRONOUN + r"[a-z][\w'’-]* (?:[a-z][\w'’-]* )?"
                                + r"(?:would|will|could|can|had|has|have|was|is|were|are|may|might|should|must))\b")
_THAT_CLAUSE_AFTER = lazy_compile(_COMMA_THAT_CLAUSE.pattern.removeprefix("(?<=[a-z]ed)"))
_VERB_ED = lazy_compile(r"\b[a-z]{3,}ed$")
# "It was announced, that …", "It has been reported, that …": an impersonal passive before the report.
_IMPERSONAL_PASSIVE = lazy_compile(r"It (?:was|is|has been|had been|will be|would be) (?:also |widely )?")
_VERB_ED_BEFORE = lazy_compile(r"\b[a-z]{3,}ed" + _ADJUNCT + r"$")
# Auxiliaries and adverbs between a subject and its verb ("Critics have long argued").
_BEFORE_VERB = frozenset("have has had will would also long repeatedly".split())


def _without_auxiliaries(words: list[str]) -> list[str]:
    """``words`` without the auxiliaries and adverbs that close them (at most two)."""
    for _ in range(2):
        if len(words) > 1 and words[-1] in _BEFORE_VERB:
            words = words[:-1]
    return words
# Words that show the sentence did not open with its subject ("As the minister said,",
# "If it did,", "That said,"): subordinators, pronouns other than a noun phrase's.
_NOT_SUBJECT = frozenset("as if when while because although though since after before that it he she they we i "
                         "you this these those there what which who how why but and or so yet".split())
MAX_SUBJECT_WORDS = 10
_DETERMINERS = ("The", "A", "An", "Its", "His", "Her", "Their", "Our")
_ABBREVIATION = lazy_compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Prof|Sgt|Capt)\.\s+$")


def _subject_only(words: list[str]) -> bool:
    """Whether ``words`` (the sentence before the verb) are a plain subject: a noun phrase
    that opens with a capital ("Police", "The packaging maker Brevik", "A report by the
    fire service"), no subordinator or pronoun anywhere in it, no verb form of its own."""
    if not words or len(words) > MAX_SUBJECT_WORDS or not words[0][:1].isupper():
        return False
    if lexicon.is_function_word(words[0]) and words[0] not in _DETERMINERS:
        return False  # "With Williams thought to be out, the ...": a fronted phrase, not a subject
    for word in words:
        low = word.lower()
        if low in _NOT_SUBJECT or low in lexicon.AUXILIARIES:
            return False
    return True


@rule(
    "PU014",
    "comma-after-reporting-verb",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("The coastguard said on Monday, that two sailors were missing.",
         "The coastguard said on Monday that two sailors were missing."),
        ("Engineers found, the dam had cracked in two places.", "Engineers found the dam had cracked in two places."),
        ("A panel of judges ruled last week, it was unlawful.", "A panel of judges ruled last week it was unlawful."),
        ("The airline confirmed in a statement, its planes would stay grounded.",
         "The airline confirmed in a statement its planes would stay grounded."),
        ("The judge wrote in her long ruling, that the firm had misled buyers.",
         "The judge wrote in her long ruling that the firm had misled buyers."),
        ("He added that, the company sold 4 million phones last year.",
         "He added that the company sold 4 million phones last year."),

        ("Geologists cautioned, that the slope could slide again.",
         "Geologists cautioned that the slope could slide again."),
        ("Inspectors reported, that wages had not been paid.", "Inspectors reported that wages had not been paid."),
        ("It was announced, that the bridge would close for repairs.",
         "It was announced that the bridge would close for repairs."),
        ("It has been reported, that the mine will reopen.", "It has been reported that the mine will reopen."),
        ("Economists think, the recovery could stall.", "Economists think the recovery could stall."),
        ("Local officials believe, that the fire was started deliberately.",
         "Local officials believe that the fire was started deliberately."),
        ("Witnesses told police, that two men had fled.", "Witnesses told police that two men had fled."),
        ("The agency said in a statement on Friday, that the border would reopen.",
         "The agency said in a statement on Friday that the border would reopen."),
        ("The mayor told a crowded town hall meeting, that taxes would rise.",
         "The mayor told a crowded town hall meeting that taxes would rise."),
        ("The court learned on Monday that, demand had collapsed.",
         "The court learned on Monday that demand had collapsed."),
        ("Critics have long argued that, the port is too small.",
         "Critics have long argued that the port is too small."),
        ("Nurses argued that, the ward needs more beds.", "Nurses argued that the ward needs more beds."),
        ("The regulator has repeatedly insisted, that the banks were safe.",
         "The regulator has repeatedly insisted that the banks were safe."),
        ("Doctors would argue at the inquiry, that the ward had been understaffed.",
         "Doctors would argue at the inquiry that the ward had been understaffed."),
        ("The pilots warned before the flight, that the engine was failing.",
         "The pilots warned before the flight that the engine was failing."),
        ("Its owner confirmed that, staff will be paid in full.",
         "Its owner confirmed that staff will be paid in full."),
        ("She said, the board will review the plan in May.", "She said the board will review the plan in May."),
        ("The auditor said, long shifts are putting staff at risk.",
         "The auditor said long shifts are putting staff at risk."),
    ],
    good=[
        "As the minister said, it will take years.",
        "“It is over,” she said, the board will meet.", "But, she said, the board will meet.",
        "He added, a planned reform of the tax system, which was due in May, would wait.",
        "That said, the plan will go ahead.",
        "The mayor said, that is, the plan was dead.",
        "Prices rose, the firm said, and sales fell.",
        "When police arrived, the men had fled.",
        "The council decided, after a long debate, to close the pool.",
        "Rents rose sharply, the agency found, the highest in a decade.",
        "The firm said in 1990, it sold its mills.", "Since then, Mr. Ruiz said, it has grown.",
        "With Ruiz thought to be out, the team lost.",
        "He said that, the day it opened, sales doubled.", "Having said that, the plan will work.",
        "After he said that, the crowd cheered.", "When police said that, the men fled.",
        "She said that, if elected, she would cut taxes.",
        "The firm said in a statement on Monday, that is, a day late, it would pay.",
        "The panel found in 2019 that the mill, which closed, had paid.",
        "The firm also reported at the time, that it was under review.",

        "The team that played, that won, was ours.", "The firm announced, that day, a new chief.",
        "Talks collapsed, that much was clear.", "Officials fear, if talks fail, the strike will spread.",
        "Farmers who know the river, the mayor said, will help.",
        "Based on the estimate, the trust said there may be no cash.", "It was agreed, that is, in principle.",
        "Nurses argued that, if beds were cut, the ward would close.",
        "Nurses argued that, the next few days, the ward must close.",
        "When the bridge opened, that village had new trade.",
        "The firm confirmed that, however, staff will be paid.",
        "The town that argued in court, that was ours, lost.", "The board met in the hall, that the mayor had built.",
        "Its owners had hoped, that summer, to sell.",
        "The mayor said, once repairs are done, the pool will reopen.", "He said, and others have agreed, it works.",
    ],
)
def comma_after_reporting_verb(doc: Document, self: Rule) -> Iterator[Edit]:
    """A comma between a reporting verb and its clause ("concluded, that the signs were
    removed", "announced on Friday, it would cut jobs").

    Only a sentence that opens with its subject (a noun phrase, no subordinator or
    pronoun before the verb, no comma or quotation mark) is touched, and the reported
    clause must open with "that" or with a subject and a finite verb: a tag set between
    commas, "That said," and "As X said," stay. Unsafe until measured.
    """
    text = doc.text
    if ", " not in text:
        return
    for match in _COMMA_CLAUSE.finditer(text):
        comma = match.start()
        if text.startswith("that ", comma + 2) and text[match.end() : match.end() + 1] == ",":
            continue  # "announced, that day, a new chief": a demonstrative phrase set off by commas
        found = _VERB_BEFORE.search(text, max(0, comma - VERB_LOOKBACK), comma)
        if found is None:
            continue
        verb = found.start()
        start = _sentence_start(text, verb)
        if _ABBREVIATION.search(text, max(0, start - 6), start):
            continue  # "…, Mr. Ruiz said, it …": the sentence began before the title
        before = text[start:verb]
        if any(mark in before for mark in ",:;“”\"()—–"):
            continue
        words = _without_auxiliaries(before.split())
        # A third-person pronoun subject too, before "said"/"told" ("She said, the board will …"):
        # train-split clean news writes that shape without the comma 400 times, with it once
        # ("He added, a planned reform …": "added" may take the phrase as its object, so it stays).
        if _subject_only(words) or _IMPERSONAL_PASSIVE.fullmatch(before) or (
                len(words) == 1 and words[0].lower() in ("he", "she", "they")
                and found.group().startswith(("said", "says", "told"))):
            # "Its auditors had warned, that …": the auxiliaries before the verb are the subject's
            yield self.edit(comma, comma + 1, "", "Comma between a reporting verb and what it reports.", 0.75)
    if ", that " in text:
        yield from _comma_before_that(doc, self)
    if "that, " in text:
        for match in _THAT_COMMA.finditer(text):
            if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] == "_"):
                continue  # "…that, " inside a word ("somewhat, ")
            lookback = max(0, match.start() - VERB_LOOKBACK)
            reporting = _VERB_BEFORE.search(text, lookback, match.start() - 1) \
                or _VERB_ED_BEFORE.search(text, lookback, match.start() - 1)
            if reporting is None or reporting.end() != match.start() - 1:
                continue  # "that," straight after the reporting verb (and its phrase) only
            words = _without_auxiliaries(text[_sentence_start(text, reporting.start()) : reporting.start()].split())
            if not (_subject_only(words) or len(words) == 1 and words[0].lower() in _PRONOUN_SUBJECTS) \
                    or words[0].lower().endswith("ing"):
                continue  # "After he said that, the …", "Having said that, the …": "that" is the object
            yield self.edit(match.start(1), match.end(1), "", "Comma after “that” before the clause it opens.", 0.75)


def _comma_before_that(doc: Document, self: Rule) -> Iterator[Edit]:
    """The comma in "wrote in her ruling, that …": a reporting verb, one prepositional
    phrase and the that-clause, in a sentence that opens with its subject."""
    text = doc.text
    for match in _COMMA_THAT.finditer(text):
        comma = match.start()
        if _COMMA_THAT_CLAUSE.match(text, comma) and not _VERB_BEFORE.search(text, max(0, comma - VERB_LOOKBACK),
                                                                             comma):
            verb = _VERB_ED.search(text, max(0, comma - 20), comma)
            if verb is not None:
                start = _sentence_start(text, verb.start())
                before = text[start : verb.start()]
                if not _ABBREVIATION.search(text, max(0, start - 6), start) \
                        and not any(mark in before for mark in ",:;“”\"()—–") \
                        and (_subject_only(before.split()) or _IMPERSONAL_PASSIVE.fullmatch(before)):
                    yield self.edit(comma, comma + 1, "", "Comma between a reporting verb and what it reports.", 0.75)
                    continue
        if _THAT_CLAUSE_AFTER.match(text, comma):
            # "The union will argue in court, that the dismissals …": a reporting verb, one
            # short prepositional phrase, then a full that-clause (a subject and a finite verb).
            found = _VERB_PHRASE_BEFORE.search(text, max(0, comma - VERB_LOOKBACK), comma)
            if found is not None and not _VERB_BEFORE.search(text, max(0, comma - VERB_LOOKBACK), comma):
                start = _sentence_start(text, found.start())
                before = text[start : found.start()]
                if not _ABBREVIATION.search(text, max(0, start - 6), start) \
                        and not any(mark in before for mark in ",:;“”\"()—–") \
                        and _subject_only(_without_auxiliaries(before.split())):
                    yield self.edit(comma, comma + 1, "", "Comma between a reporting verb and what it reports.", 0.75)
                    continue
        if not _MEDIUM_BEFORE.search(text, max(0, comma - 14), comma):
            continue  # a cheap look at the phrase's last word before the long pattern
        found = _THAT_VERB_BEFORE.search(text, max(0, comma - THAT_LOOKBACK), comma)
        if found is None or _VERB_BEFORE.search(text, max(0, comma - VERB_LOOKBACK), comma):
            continue  # none, or the narrow phrase the main loop already took
        start = _sentence_start(text, found.start())
        if _ABBREVIATION.search(text, max(0, start - 6), start):
            continue
        before = text[start : found.start()]
        if any(mark in before for mark in ",:;“”\"()—–") or not _subject_only(before.split()):
            continue
        yield self.edit(comma, comma + 1, "", "Comma between a reporting verb and what it reports.", 0.75)


RULES = (comma_after_reporting_verb,)
