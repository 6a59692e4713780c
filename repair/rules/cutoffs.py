"""Capitalised pieces a false stop cut off a sentence that FR001's short-fragment test misses.

FR001 takes short verbless pieces ("On the southern border."). A false stop also strands
longer phrases that have no main clause of their own, and a capital at their start makes
them look like sentences:

=====================================  ==========================================  ===========
piece after the stop                   example (ours)                              repair
=====================================  ==========================================  ===========
an infinitive after the verb's object  "she urged the crowd. To stay indoors."      join
an absolute "with" phrase              "the vault was found intact. With its        join with a
                                       seals and jewels in place."                  comma
"among them ..." naming some of what   "hurt 30 people. Among them a nurse, who     join with a
the sentence counted                   was treated in Lyon."                        comma
a part of what was counted             "sold 900 cars. About a third of them        join with a
                                       in Asia."                                    comma
a participle phrase, or a noun phrase   "closed the pass. Trapping 40 lorries." /    join with a
and its participle (absolute)          "cut output. Its managers blaming gas."      comma
"a week after" + a clause, no main     "took office on Monday. A day after his      join with a
clause after it                        rival conceded the race."                    comma
a participle and its agent             "below the limit. Set by the ministry."      join
the object the verb before needs       "the firm had had. No part in it." / "the    join
                                       state will bear. Two thirds."
the reported clause after a bare tag   "Ana Ruiz told reporters. The port would     join, no
                                       reopen in May."                              "that"
a second "that" clause                 "said that it was unfair. And that it        join
                                       would strike."
=====================================  ==========================================  ===========

It also holds the word evidence SP001 uses for two lower-case kinds: an echo of the speech
tag (:func:`tag_echo`, deleted) and a sentence whose subject is a count
(:func:`counted_clause`, its capital restored instead of a join).

Each needs what a real sentence of that shape never lacks: "To date, …", "With its new
plant, the firm …", "Among them were …", "A week after the vote, the chief resigned." all
have a main clause (a finite verb, or a comma before it); the pieces here have none.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.quote_marks import quote_marks
from repair.rules import cutoff_reported, stops_words
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.cutoff_absolutes import plain_with_phrase
from repair.rules.cutoff_gates import piece_may_fit, piece_may_open
from repair.rules.cutoff_participles import adverb_past_absolute, paired_absolute, participle_piece, past_absolute_piece
from repair.rules.cutoff_reported import reported_clause_after_tag, second_that_clause, tag_wants_clause
from repair.rules.cutoff_words import (
    adjunct_piece,
    agent_piece,
    infinitive_fits,
    infinitive_piece,
    keeps_capital,
    object_after_have,
    verb_wants_object,
)

MAX_PIECE_CHARS = 220  # a cut-off phrase is one clause's tail, not a paragraph
# Closed-class words a complete clause may end on ("… to keep it there.", "… sold them."):
# before a participle phrase they are the clause's object or place, not a phrase cut short.
_CLAUSE_FINAL = frozenset("it them him her us me there here again".split())
_WHOLE = frozenset("all both each".split())  # quantifiers of the whole, restating what was counted
# The number of a list's item closing a sentence: "Most read: 1. Roads shut 2. Fares to rise 3. …".
_ITEM_NUMBER_END = lazy_compile(r"(?<=[A-Za-z] )(\d{1,2})\.$")


def _numbered_items(prev_text: str, piece: str) -> bool:
    """The stop and the piece's own are a run-on numbered list's: each ends on a word and a bare
    number, the piece's one after the sentence's ("Roads shut 2. Fares to rise 3."). Headlines,
    not a sentence and its adjunct: no comma joins them."""
    before, after = _ITEM_NUMBER_END.search(prev_text), _ITEM_NUMBER_END.search(piece)
    return before is not None and after is not None and int(after.group(1)) == int(before.group(1)) + 1


def _list_lead_in(text: str) -> bool:
    """``text`` opens with one to three words and a colon before a space ("Among them: a
    cross and two icons.", "Including: ..."): a lead-in to a list, which news prints as a
    line of its own; joined with a comma it would read ", among them: ...". A clock time
    ("At 10:30 the ...") has no space after its colon and is not one."""
    head, colon, rest = text.partition(":")
    return bool(colon) and rest[:1] == " " and head[-1:].isalpha() and len(head.split()) <= 3


def _inside_quotation(doc: Document, paragraph: int, at: int) -> bool:
    """A quotation opened earlier in the paragraph is still open at ``at``: a speaker's
    clipped words are theirs to keep (as FR001 reads it)."""
    return quote_marks(doc).quotation_open(doc.paragraphs[paragraph].start, at)


@rule(
    "FR003",
    "cut-off-phrase",
    "fragment",
    Safety.UNSAFE,
    bad=[
        ("The mayor urged the crowd. To stay away from the river banks.",
         "The mayor urged the crowd to stay away from the river banks."),
        ("The divers said the wreck was found intact. With its cargo and most of its guns in place.",
         "The divers said the wreck was found intact, with its cargo and most of its guns in place."),
        ("The bus crash injured 30 people. Among them a nurse, who was flown to Lyon.",
         "The bus crash injured 30 people, among them a nurse, who was flown to Lyon."),
        ("The yard built 40 ships last year. About a third of them for foreign owners.",
         "The yard built 40 ships last year, about a third of them for foreign owners."),
        ("The senator took office on Monday. A day after her rival conceded the race.",
         "The senator took office on Monday, a day after her rival conceded the race."),
        ("Port director Ana Ruiz told reporters. The quay would reopen in May.",
         "Port director Ana Ruiz told reporters the quay would reopen in May."),
        ("The wells stay below the limit of 50 milligrams. Set by the health ministry.",
         "The wells stay below the limit of 50 milligrams set by the health ministry."),
        ("The union said in a statement that the plan \"puts jobs at risk\". And that it would strike.",
         "The union said in a statement that the plan \"puts jobs at risk\" and that it would strike."),
        ("The pipeline will cost 2 billion euros. The state will bear. Two thirds.",
         "The pipeline will cost 2 billion euros. The state will bear two thirds."),
        ("Her lawyer said the firm had had. No part in the sale of the land.",
         "Her lawyer said the firm had had no part in the sale of the land."),

        ("The motion passed by 40 votes. With six deputies staying away in protest.",
         "The motion passed by 40 votes, with six deputies staying away in protest."),
        ("Floods cut the main road north of Vila. Leaving two villages without power for days.",
         "Floods cut the main road north of Vila, leaving two villages without power for days."),
        ("The striker scored twice in the first half. Having missed three games with a knee injury.",
         "The striker scored twice in the first half, having missed three games with a knee injury."),
        ("The bank raised its rates again. Its governor citing stubborn food prices in the south.",
         "The bank raised its rates again, its governor citing stubborn food prices in the south."),
        ("Exports slowed in May. The main buyers cutting orders by a fifth.",
         "Exports slowed in May, the main buyers cutting orders by a fifth."),
        ("The board chose to sell it. Blaming years of falling ticket sales in the region.",
         "The board chose to sell it, blaming years of falling ticket sales in the region."),
    ],
    good=[
        "The storm hit the coast. To date, no one has been hurt.",
        "Fees rose again. To win a match like that showed real grit.",
        "The firm opened a plant. With its new plant, the firm can double output.",
        "The crash injured 30 people. Among them were two nurses.",
        "The market reopened. Housing prices rose in every region.",
        "The road is shut. Nothing else is open in the valley.",
        "The talks resumed. Having lost the vote, the party walked out.",
        "The plant closed. The opening ceremony starts at noon.",
        "The firm grew. Its building opens to the public in May.",
        "Rain fell. With this in mind the council met again.",
        "Rain fell. Forcing the issue will not help anyone here.",
        "The show ends in May. The move comes amid growing concern about costs.",
        "The firm cut costs. The plan includes cutting 40 jobs in the north.",
        "Rates stayed low. Sterling attracted an extra 900 million in deposits.",
        "Trials ended in March. Testing begins at the end of the month.",
        "Debt can be carried. Borrowing for schools that pay off later makes sense.",
        "The alert follows a pilot. The National Alerting Service went live in May.",
        "Hunts met on Thursday. The ban on hunting with dogs takes effect on Friday.",
        "He named two goals. These were cutting the deficit and raising demand.",
        "The crash injured 30 people. Among those hurt was a nurse.",
        "The yard built 40 ships. About a third of them were sold abroad.",
        "The yard built 40 ships. Most of them went to Norway.",
        "Banks shut call centres. Half of them argue that staff abroad cost less.",
        "Car use is falling. Almost a quarter of those with a car have two.",
        "The dam held. Hours after the storm the valley was dry.",
        "The chief quit on Friday. A week after the vote the chief resigned.",
        "A week after the vote, the chief resigned.",
        "Ruiz told reporters. \"We will reopen in May.\"",
        "The talks ended, Ruiz told reporters. The quay would reopen in May.",
        "She flew north. To the coast.",
        "I'll go to bed early. To get some rest.",
        "The union said that the plan was unfair. And that is why it will strike.",
        "The band toured Asia in May. Written by Ana Ruiz.",
        "The club was formed in 1901. Formed by miners the club was once the best in Wales.",
        "Rents rose 4 percent, according to a survey by the council. According to Ana Ruiz of the council.",
        "Sales were the best the firm had ever had. No rival came close.",
        "It was all the town had had. Nothing more.",
        "Retail prices will fall. Profit margins will suffer.",
        "Prices will rise. The most in years.",
        "The fans stayed there. Singing is banned in the new stand.",
        "The team lost. Its coach resigned after the match.",
        "He left it. Saying so would have cost him the job.",
        "Rents rose again. Commuting seems the only option for young nurses.",
    ],
    # Line scope: it reads the sentence before the stop and its paragraph (one line),
    # nothing else, so ``fix`` re-checks it only on the lines a round changed.
    scope="line",
)
def cut_off_phrase(doc: Document, self: Rule) -> Iterator[Edit]:
    """A capitalised phrase with no main clause after a full stop: an infinitive, an
    absolute "with" phrase, "among them …", a part of what was counted, "a week after" and
    its clause, a participle and its agent ("Set by the UN."), the object "had had." needs,
    or the reported clause of a bare "X told reporters." tag.

    MT systems cut a long sentence before such a phrase and capitalise its first word. The
    infinitive and the reported clause join back plainly (lower-casing the first word
    unless it is a name); the adjuncts join with a comma. Each kind needs the lack a real
    sentence never has: no finite verb outside a relative clause, and no comma where a
    real opening phrase would end ("With its new plant, the firm …"). Unsafe: the piece
    could be a writer's own verbless sentence.
    """
    # Each sentence's words, kept for the next sentence, whose "before" it is.
    last_words: tuple[int, list[str]] = (-1, [])
    # (Asked of every sentence: the text and the sentences read once, the spans' offsets
    # subtracted and sliced in place of ``len(span)`` and ``sentence_text``.)
    whole, sentences = doc.text, doc.sentences
    for position, sentence in enumerate(sentences):
        start, end = sentence.span.start, sentence.span.end
        if sentence.index_in_paragraph == 0 or end - start > MAX_PIECE_CHARS or not whole[start].isupper():
            continue
        prev = sentences[position - 1]
        text = whole[start:end]
        if not text[:1].isupper() or not text.endswith(".") or text.endswith(".."):
            continue
        if _list_lead_in(text):
            continue  # "Among them: a cross and two icons.": a printed list line; a comma would sit before its colon
        stop = prev.span.end - 1
        # "The clinic, which has 90 staff, said.": the tag read without its speaker's aside.
        prev_text = cutoff_reported.without_speaker_aside(whole[prev.span.start : prev.span.end])
        if doc.text[stop] == "." and doc.text[stop - 1] in "\"”":
            if second_that_clause(prev_text, lexicon.words(text)):
                # '… "puts jobs at risk". And that it would …': a quotation may close the first clause.
                yield self.edit(stop, sentence.span.start + 1, " a",
                                f"Split (join): “{text}” is a second “that” clause of the report before it; "
                                "joined.", 0.6)
            continue  # (no other kind follows a closing mark)
        if doc.text[stop] != "." or not (doc.text[stop - 1].isalnum() or doc.text[stop - 1] == "%") \
                or doc.text[stop - 1].isdigit() and _numbered_items(prev_text, text):
            continue
        if not piece_may_open(text) and not verb_wants_object(prev_text) and not tag_wants_clause(prev_text):
            continue  # (the check below, before the piece is tokenised)
        q = lexicon.words(text)  # tokenised once the stop qualifies
        before_words = last_words[1] if last_words[0] == position - 1 else None
        last_words = (position, q)
        if not q or not piece_may_fit(q, text) and not object_after_have(prev_text, q) \
                and not reported_clause_after_tag(prev_text, q):
            continue  # no test below can hold (four in five sentences): skip the checks before them
        p = before_words if before_words is not None else lexicon.words(prev_text)
        if len(p) < 3 or _inside_quotation(doc, sentence.paragraph, sentence.span.start):
            continue
        if lexicon.is_function_word(p[-1]) and not (p[-1].lower() in _CLAUSE_FINAL and len(q) >= 4
                                                     and participle_piece(q) == "participle"):
            continue
        if stops_words.ends_with_speech_tag(prev_text) and not cutoff_reported.told_reporters(prev_text) \
                and not stops_words.bare_tag(prev_text):
            continue  # "…, the minister said. To …": AT rules own what follows a full tag
        first = doc.text[sentence.span.start]
        lowered_first = first.lower()
        if infinitive_piece(q, text) and infinitive_fits(prev_text):
            yield self.edit(stop, sentence.span.start + 1, " " + lowered_first,
                            f"Fragment (join): “{text}” is an infinitive with no verb of its own, cut off "
                            "the sentence whose verb takes it; joined.", 0.65)
        elif (kind := adjunct_piece(q, text)) and kind == "part-of" and q[-2].lower() == "of" \
                and q[-1].lower() in ("them", "those"):
            # "… lost their harvest to the hail. All of them.": a part with nothing said of it. The
            # whole ("all", "both", "each") only restates the sentence: deleted; another part
            # joined on ("…, most of them.") leaves it hanging: the join is only shown.
            if q[0].lower() in _WHOLE:
                yield self.edit(stop + 1, sentence.span.end, "",
                                f"Fragment (delete-content-free): “{text}” says nothing the sentence before does "
                                "not; deleted.", 0.55)
            else:
                yield self.edit(stop, sentence.span.start + 1, ", " + lowered_first,
                                f"Fragment (join-comma): “{text}” names a part of what the sentence counted but "
                                "says nothing of it; joining it is offered for review.", 0.4, safety=Safety.DISPLAY)
        elif kind and {w.lower() for w in q} <= {w.lower() for w in p}:
            # "…, according to the office. According to the office.": joined, it would say it twice.
            yield self.edit(stop + 1, sentence.span.end, "", f"Fragment (delete-echo): “{text}” only repeats "
                            "words of the sentence before it; deleted.", 0.6)
        elif kind == "according-to" and "according to" in prev_text.lower():
            # "…, according to a person close to the talks. According to the source.": the
            # sentence already names its source; joined, it would have two. A source with no
            # name of its own only points back (deleted); a named one is news (left).
            if not any(w[:1].isupper() for w in q[1:]):
                yield self.edit(stop + 1, sentence.span.end, "",
                                f"Fragment (delete-echo): “{text}” gives a second source to a sentence that "
                                "already names its own; deleted.", 0.55)
        elif kind == "with" and plain_with_phrase(q) and not p[-1][:1].isdigit():
            # "… placed orders. With two firms in Spain.": a plain prepositional phrase, which
            # restricts the verb or noun before it, joins bare; only an absolute phrase ("With
            # three members abstaining") is an aside. After a figure ("The vote was 44-3.
            # With two abstentions.") the phrase comments on the count: the comma stays.
            yield self.edit(stop, sentence.span.start + 1, " " + lowered_first,
                            f"Fragment (join): “{text}” has no main clause and says nothing of its noun; "
                            "a prepositional phrase of the sentence before, joined.", 0.6)
        elif kind:
            yield self.edit(stop, sentence.span.start + 1, ", " + lowered_first,
                            f"Fragment (join-comma): “{text}” has no main clause ({kind} phrase); it is an "
                            "adjunct of the sentence before, set off with a comma.", 0.65)
        elif agent_piece(q, text) and p[-2].lower() not in lexicon.AUXILIARIES \
                and (p[-1].lower() in lexicon.TIME_WORDS or p[-1][:1].isupper()
                     or lexicon.ends_on_percentage(p)):
            # "… closed since March. Weakened by rust.", "… struck on Monday evening. Called out
            # by the unions.": after a time or a name the participle has no common noun to
            # restrict; it describes the subject, an aside set off with a comma. So after a
            # percentage ("… the index rose 2%. Led by banks."): the participle gives the
            # change's cause, never a kind of percentage.
            yield self.edit(stop, sentence.span.start + 1, ", " + lowered_first,
                            f"Fragment (join-comma): “{text}” is a participle and its agent with no verb of its "
                            "own, describing the subject after a time, a name or a percentage; joined with a comma.",
                            0.6)
        elif agent_piece(q, text) and p[-2].lower() not in lexicon.AUXILIARIES:
            # (after "were absent." the participle has no noun to modify)
            yield self.edit(stop, sentence.span.start + 1, " " + lowered_first,
                            f"Fragment (join): “{text}” is a participle and its agent with no verb of its own; "
                            "it modifies the noun before the stop; joined.", 0.6)
        elif object_after_have(prev_text, q):
            yield self.edit(stop, sentence.span.start + 1, " " + (first if keeps_capital(q) else lowered_first),
                            f"Fragment (join): “{text}” is the object the verb before the stop needs; joined.", 0.6)
        elif second_that_clause(prev_text, q):
            yield self.edit(stop, sentence.span.start + 1, " a",
                            f"Split (join): “{text}” is a second “that” clause of the report before it; joined.",
                            0.6)
        elif adverb_past_absolute(q):
            # "… reached port. Its hull partly flooded.": "partly" cannot sit between a subject
            # and its finite past, so the piece is the absolute phrase; unsafe, reviewable.
            yield self.edit(stop, sentence.span.start + 1, ", " + lowered_first,
                            f"Fragment (join-comma): “{text}” is an absolute phrase (a degree adverb before "
                            "a participle) cut off the sentence before; joined with a comma.", 0.6)
        elif paired_absolute(q):
            # "… limped into port. its mast snapped and its crew unhurt.": the verbless second
            # half shows the pair is absolute, not a sentence; unsafe, reviewable.
            yield self.edit(stop, sentence.span.start + 1, ", " + lowered_first,
                            f"Fragment (join-comma): “{text}” is a pair of absolute phrases (the second with "
                            "no verb) cut off the sentence before; joined with a comma.", 0.6)
        elif past_absolute_piece(q):
            # "… reached port. Its hull badly damaged.": an absolute phrase, or a sentence whose
            # verb is the past form; shown to a reviewer, never applied.
            yield self.edit(stop, sentence.span.start + 1, ", " + lowered_first,
                            f"Fragment (join-comma): “{text}” may be an absolute phrase cut off the sentence "
                            "before (or a sentence of its own); joining it is offered for review.", 0.4,
                            safety=Safety.DISPLAY)
        elif reported_clause_after_tag(prev_text, q) and not cutoff_reported.tags_quotation_before(
                whole, prev.span.start) and not cutoff_reported.tag_of_statement_before(doc, position - 1, q[0]):
            yield self.edit(stop, sentence.span.start + 1, " " + (first if keeps_capital(q) else lowered_first),
                            f"Split (join): “{text}” is the reported clause the tag before it lost to a false "
                            "stop; joined.", 0.6)


RULES = (cut_off_phrase,)
