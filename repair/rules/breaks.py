"""Spurious sentence breaks: dangling fragments and sentences split mid-clause.

Both come from MT systems that cut a long source sentence at a clause or phrase boundary
and emit the tail as a "sentence" of its own. The repair joins the tail back onto the
sentence it belongs to, which keeps its content (deleting it would lose what the original
said); only tails that carry nothing legible are deleted.

This module holds FR001; FR002 lives in ``breaks_compound``, SP001 in ``breaks_split``, the
shape of a fragment and the shared size limits in ``breaks_shape`` and the shared repair at
the stop in ``breaks_repair``. ``RULES`` lists all three rules, in order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document, Sentence
from repair.edits import Edit, Safety
from repair.quote_marks import quote_marks
from repair.rules import (
    breaks_echoes,
    cutoff_words,
    stops_classes,
    stops_closed_pieces,
    stops_comma_join,
    stops_dates,
    stops_inserts,
    stops_intruders,
    stops_labels,
    stops_lone,
    stops_predicates,
    stops_prepositions,
    stops_relatives,
    tag_gaps,
    tag_pieces,
)
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.breaks_compound import broken_compound_fragment
from repair.rules.breaks_gates import evidence_may_hold
from repair.rules.breaks_repair import repair_edits
from repair.rules.breaks_shape import MAX_CHAIN_CHARS, MAX_FRAGMENT_CHARS, is_capitalised_fragment
from repair.rules.breaks_split import split_mid_clause
from repair.rules.stops_indefinite_asides import capitalised_indefinite_aside, indefinite_piece_text
from repair.rules.stops_placeholders import placeholder_before_object


@rule(
    "FR001",
    "dangling-fragment",
    "fragment",
    Safety.UNSAFE,
    bad=[
        ("She said the ministry would widen checks. On the southern border.",
         "She said the ministry would widen checks on the southern border."),
        ("The mayor announced the plan in a post on. Facebook.",
         "The mayor announced the plan in a post on Facebook."),
        ("Exports grew by 4.7% to 18.3 billion euros. Exceeded.",
         "Exports grew by 4.7% to 18.3 billion euros."),
        ("Cargo rose by 11.4% to 870,000 units. Growth over the previous year.",
         "Cargo rose by 11.4% to 870,000 units."),
        ("The fund will be run from Geneva, Ortiz said. Ortiz.",
         "The fund will be run from Geneva, Ortiz said."),
        ("The coach spoke to reporters in Leeds. Spoke.", "The coach spoke to reporters in Leeds."),
        ("The plan was welcomed by the community. Business.",
         "The plan was welcomed by the business community."),
        ("Chen said the firm would expand the system. In the outer berths.",
         "Chen said the firm would expand the system in the outer berths."),
        ("She flew back to the U.S. In the spring.", "She flew back to the U.S. in the spring."),
        ("Few patients had been vaccinated, the agency said. Agency for Public Health.",
         "Few patients had been vaccinated, the agency said."),
        ("Net income reached 2.1 billion kronor. Compared with the previous year.",
         "Net income reached 2.1 billion kronor."),
        ("The museum operated from a school hall. Temporarily.",
         "The museum operated temporarily from a school hall."),
        ("Revenue fell to 2.3 billion dollars. From 2.8 billion in the same quarter.",
         "Revenue fell to 2.3 billion dollars from 2.8 billion in the same quarter."),
        ("The tremor was felt across the valley, a farmer told the local radio. KVR.",
         "The tremor was felt across the valley, a farmer told the local radio KVR."),
        ("The tank leaked for a week, the prosecutor said. Ana Ruiz.",
         "The tank leaked for a week, the prosecutor Ana Ruiz said."),
        ("Card spending rose 4.1 percent. Year on year.", "Card spending rose 4.1 percent year on year."),
        ("Rain will ease by Friday, the state weather office WXO said. WXO.",
         "Rain will ease by Friday, the state weather office WXO said."),
        ("Two clinics had their grants restored after an appeal. Partially.",
         "Two clinics had their grants partially restored after an appeal."),
        ("The keeper has saved four penalties this season. Now.",
         "The keeper has now saved four penalties this season."),
        ("The council had rejected the plan. Earlier.", "Earlier, the council had rejected the plan."),
        ("The offer values the firm at 2 billion dollars. Said the company.",
         "The offer values the firm at 2 billion dollars, said the company."),
        ("The road stays shut until Monday. Highway.", "The road stays shut until Monday."),
        ("Snow fell, the Federal Weather Office said. FWO.", "Snow fell, the Federal Weather Office said."),
        ("The old stadium record was set in 1998. Broken.", "The old stadium record was set in 1998."),
        ("Demand for the vaccine is rising. Worldwide.", "Demand for the vaccine is rising worldwide."),
        ("The striker limped off after an hour. But returned for the second leg.",
         "The striker limped off after an hour but returned for the second leg."),
        ("The tribunal found the landlord at fault. Ordered him to repay the deposit.",
         "The tribunal found the landlord at fault and ordered him to repay the deposit."),
        ("The governor promised it. Tents and clean water for every family.",
         "The governor promised tents and clean water for every family."),
        ("The tax fell on small firms. Mainly in the north.", "The tax fell on small firms, mainly in the north."),
        ("The man was sentenced on Monday. By a court.", "The man was sentenced on Monday by a court."),
        ("The city sold the old depot. Which it had bought in 1990.",
         "The city sold the old depot, which it had bought in 1990."),
    ],
    good=[
        "He declined. Not so, said his lawyer.",
        "The company was sold. He declined.",
        "Profits fell. Not so.",
        "Shares fell. Net 5.6 mln vs 4.3 mln.",
        "It was signed by John F. Kennedy.",
        "Rain is forecast. Why?",
        "Markets rallied. Terms were undisclosed.",
        "Nobody came. The report comes to nothing.",
        "It spreads fast. Please speak out.",
        "I listened. It's not exactly groundbreaking.",
        "MCI was sold. MCI also offers internet services.",
        "The deal was signed in 1999. The deal expired last month.",
        "Costs will rise. But only over time.",
        "She moved to the U.S. Kennedy Airport was closed.",
        "Then the referee spoke. Very odd.",
        "He was beaten. Twice.",
        "The bill was a mess. A farce.",
        "The sequel dragged on for hours. Tired nonsense at best.",
        "Subs not used: Ruiz, Cole. Booked: Ruiz.",
        "It has the highest rate in the region. This cannot continue.",
        "He said: “We have a plan. Vote Ruiz, Get Cole.”",
        "The plant is in Ste. Therese.",
        "The bid tops the one made by Acme Holdings Inc. The offer expires on Friday.",
        "The gallery is at 12 Harbour Blvd. For details, call the office.",
        "The show closes today. For more details visit the gallery website.",
        "He won the race. Narrowly.",
        "She thought about it. Eventually.",
        "She worked there for decades. For modest pay and very long hours.",
        "The tremor was felt across the valley, a farmer told the local radio. KVR later confirmed it.",
        "The tremor was felt across the valley, a farmer said. KVR.",
        "Remote work brings many new problems. Knowing your own habits helps a great deal.",
        "It will appeal to fans of the first game. Released 4 May on PC.",
        # "Which" with a pronoun and a bare auxiliary sums up the sentence before: kept.
        "The coach said the pitch would dry out by noon. Which it did, just before kick-off.",
        "Officials hoped the rebels would lay down their arms. Which they eventually did.",
        "She promised to repay every creditor. Which she has, in full.",
        # A writer's verbless gloss or margin after a complete sentence.
        "Damage was light. Mostly broken windows.",
        "Complaints were few. Mainly late trains.",
        # A figure of the sentence before spelled out alone, for effect.
        "She qualified 17th for the final. Seventeenth. Nobody had won from there.",
        "The striker scored his 9th goal of the season on Sunday. Ninth.",
        "The hotel was the priciest in town. By a mile.",
        "Ruiz won the final in straight sets. By a wide margin.",
    ],
    scope="document",
)
def dangling_fragment(doc: Document, self: Rule) -> Iterator[Edit]:
    """A short capitalised piece with no subject or finite verb after a full sentence.

    MT systems strand the last phrase of a long sentence ("On the southern border.",
    "Growth over the prior quarter.", "Exceeded."). The repair depends on the piece
    (see ``repair.rules.stops``): join it, lower-casing an ordinary first word and keeping
    a name's capital; delete it when it only echoes the sentence or its speech tag
    ("…, the agency said. Agency for Health.") or carries nothing (a bare verb, a label for
    a figure already given); put a lone displaced modifier back into its noun phrase and a
    lone manner adverb ("Temporarily.") back after its verb. The other candidates travel as
    alternatives. Unsafe: real short sentences exist ("Not so.", "He declined."); the rule skips elliptical openers and
    anything with a subject and verb, but an editor should confirm.
    """
    answers = doc.sentence_answers("FR001")  # carried across ``fix``'s rounds for unchanged lines
    # ``sentence_pairs(doc, MAX_RELATIVE_TAIL_CHARS)`` walked in place (every sentence passes
    # here): the spans' offsets read once, the texts sliced from the document's.
    whole, sentences = doc.text, doc.sentences
    for position, sentence in enumerate(sentences):
        start, end = sentence.span.start, sentence.span.end
        if sentence.index_in_paragraph == 0 or end - start > MAX_RELATIVE_TAIL_CHARS:
            continue
        prev, text = sentences[position - 1], whole[start:end]
        candidate = answers.get(start)
        if candidate is None:
            candidate = answers[start] = _candidate(whole[prev.span.start : prev.span.end], text)
        if not candidate or _inside_quotation(doc, prev, sentence):
            continue
        if text.startswith(("A ", "An ")) and whole[end : end + 3].lstrip(" ").startswith("("):
            continue  # "… in Cell Reports. A model of the protein. (Reuters)": a caption over its credit, PF001's
        if cutoff_words.adjunct_piece(lexicon.words(text), text) \
                and not _ends_on_article(doc.sentence_text(prev)):
            continue  # "About a third of them …": FR003 joins it with a comma (a stray "the" is FR001's)
        if len(text) <= 60 and tag_gaps.tag_in_three(doc, tag_pieces.position_of(doc, sentence.span.start)):
            continue  # "…, Ana Ruiz. At a briefing. Told reporters.": AT014 rebuilds the tag
        if len(text) <= 50 and (tag_gaps.speaker_cut_off(doc, tag_pieces.position_of(doc, sentence.span.start) - 1)
                                or _tag_of_previous(doc, sentence)):
            continue  # "… The union's head. Ana Ruiz. Said …", "… Local officials. they said.": AT015
        if _opens_next_piece(doc, sentence, text):
            continue  # "… Ruiz warned. Demand. for the new model is weak.": SP001 joins it forward
        edit = repair_edits(doc, self, prev, sentence, "Fragment")
        if edit:
            yield edit


def _candidate(prev_text: str, text: str) -> bool:
    """Whether FR001 takes the piece ``text`` after the sentence ``prev_text`` for a
    fragment, before the document is asked anything: a function of the two texts alone
    (both on one line), so ``dangling_fragment`` keeps it per sentence and ``fix``'s
    re-check reads it back for the lines a round left unchanged."""
    # The chain's tests are asked only when their first looks, gathered in one call, let the
    # pair by (issue 13: nearly every pair fails each of them on its first look).
    predicate = evidence_may_hold(prev_text, text) and _evidence(prev_text, text)
    if len(text) > MAX_FRAGMENT_CHARS and not _RELATIVE_TAIL.match(text) and not predicate \
            and not (len(text) <= MAX_CHAIN_CHARS and text.split(" ", 1)[0].lower() in lexicon.PREPOSITIONS):
        return False
    if _restates_figure(prev_text, text):
        return False  # "… starting 14th on the grid. Fourteenth.": the figure spelled out for effect
    if _MARGIN.match(text) and _COMPARED.search(prev_text):
        return False  # "… its wettest May on record. By a distance.": the margin, set apart for effect
    if stops_closed_pieces.closed_class_piece(prev_text, text) or stops_closed_pieces.unit_echo(prev_text, text):
        return True  # "… has six stops. And.", "… since 2015. She", "… opened in 1998. Year."
    if is_capitalised_fragment(text) or _RELATIVE_TAIL.match(text) or predicate \
            or stops_classes.empty_clause(text) or stops_classes.negation_echo(prev_text, text) \
            or breaks_echoes.outlet_acronym(prev_text, text) or breaks_echoes.acronym_echo(prev_text, text) \
            or stops_labels.auxiliary_echo(prev_text, text) or stops_labels.verb_echo(prev_text, text) \
            or stops_comma_join.may_open_renaming(text) and stops_comma_join.capitalised_renaming(lexicon.words(text)) \
            or text.startswith(("A ", "An ")) and indefinite_piece_text(text) \
            and capitalised_indefinite_aside(lexicon.words(prev_text), lexicon.words(text)):
        return True
    # The echo and label tests below each take only a piece that ends on its stop and has at
    # most five words (tag_echo and echoes_sentence three, subject_echo four,
    # is_summary_label MAX_LABEL_WORDS): most short pieces are longer, passed by before the
    # four are asked (issue 13).
    if not text.endswith(".") or len(lexicon.words(text)) > stops_labels.MAX_LABEL_WORDS:
        return False
    return bool(text[:1].isupper() and breaks_echoes.tag_echo(prev_text, text)
                or breaks_echoes.subject_echo(prev_text, text) or stops_labels.is_summary_label(prev_text, text)
                or text[:1].isupper() and len(text) <= 40 and stops_lone.echoes_sentence(prev_text, text))


def _evidence(prev_text: str, text: str) -> bool:
    """Whether one of FR001's evidence tests for a false stop holds for the piece ``text``
    after the sentence ``prev_text``: a test that takes the piece however long it is.
    :func:`repair.rules.breaks_gates.evidence_may_hold` is False only when this is."""
    return bool(stops_predicates.subjectless_predicate(prev_text, text) or (  # "… the final. And said she left."
        prev_text.endswith((" it.", " them.")) and placeholder_before_object(  # "… promised it. Food aid …"
            lexicon.words(prev_text), lexicon.words(text))) or (
        prev_text.endswith(_RELATIVE_ENDS)  # "… the spinner who. Bowled …"
        and stops_relatives.relative_at_stop(prev_text, lexicon.words(text))) or (
        text[:1].isdigit() and (stops_inserts.figure_piece(prev_text, text)  # "…, up. 7.5 percent a year ago."
                                or stops_lone.is_figure_echo(lexicon.words(prev_text), lexicon.words(text))
                                or stops_comma_join.age_after_name(lexicon.words(prev_text), text))) or (
        "," in text and stops_inserts.phrase_then_subordinate(text)) or (  # "… continue. Until Friday, when …"
        stops_inserts.infinitive_cut(prev_text, text)) or (  # "… it plans. Cut 140 jobs …"
        stops_intruders.stray_before_capital(prev_text, text)) or (  # "… Crete and Rhodes this. From June."
        stops_intruders.phrase_with_tag(prev_text, text)) or (  # "… a hectare. From May, officials said."
        stops_prepositions.names_missing_word(prev_text, text)) or (  # "… fell. 97 days in March, …"
        stops_predicates.copula_before_complement(prev_text, text)) or (  # "… houses were. In the villages …"
        stops_dates.dated_piece(prev_text, text)))  # "… will take office. Jan. 2, when …"


def _ends_on_article(prev_text: str) -> bool:
    """The sentence ends on an article ("… at the last vote the."), which FR003 leaves: the
    stray word before the stop is FR001's to delete."""
    return prev_text.endswith((" the.", " a.", " an."))


def _tag_of_previous(doc: Document, sentence: Sentence) -> bool:
    """Whether ``sentence`` opens a speaker cut off its verb that AT015 joins to the sentence
    before as its tag ("… until Monday. Governor. Ana Ruiz. Announced on Friday.") or rebuilds
    from it ("Deputy Mayor. Ana Ruiz. Said the …")."""
    found = tag_gaps.speaker_cut_off(doc, tag_pieces.position_of(doc, sentence.span.start))
    return found is not None and found[0] <= sentence.span.start


def _opens_next_piece(doc: Document, sentence: Sentence, text: str) -> bool:
    """The short capitalised piece is the head of the lower-case piece right after it, whose
    verb has no subject of its own: "Demand. for the new model is weak." is one sentence
    cut after its first word, so the stop after the piece is the false one, not the stop
    before it."""
    q = lexicon.words(text)
    if not 1 <= len(q) <= 3 or any(lexicon.is_function_word(w) for w in q[1:]):
        return False
    position = tag_pieces.position_of(doc, sentence.span.start)
    following = doc.next_in_paragraph(position)
    if following is None:
        return False
    after = doc.sentence_text(following)
    rest = lexicon.words(after)
    # The piece after opens with a preposition (the head noun's modifier) and holds a verb.
    return bool(rest) and after[:1].islower() and rest[0] in lexicon.PREPOSITIONS and lexicon.has_clause(q + rest)


# A relative clause cut off its noun by a false stop ("… 600 families. Who had farmed
# the land."): English never opens a statement with a relative pronoun, so however long
# the piece and whatever verb it holds, it belongs to the sentence before. Except a
# "Which" that sums up the whole sentence before, which writers do open with ("Which is
# why …", "Which would be fine, if …"): a singular or modal verb right after it.
_RELATIVE_TAIL = lazy_compile(
    # A preposition or a part word before the relative is no sentence opener either ("Of
    # which a third …", "Most of whom …").
    r"(?:(?:(?:Most|Many|Some|All|None|Half|Several|Both|Each|One|Two|Three|Four|Five) of"
    r"|In|Of|Under|By|Through|During|For|From|With|Among|On|At) (?:whom|which)\b"
    # ... but "which" + a noun + a comma is a connective writers open with ("During which
    # time, …", "At which point, …"), not a clause cut off its noun.
    r"(?! [a-z]+,)"
    r"|Who|Whom|Whose|Which(?! (?:is|was|means|meant|makes|made|has|had|seems|led|leads|explains|shows)\b)"
    # A modal sums up only with "be"/"mean" after it ("Which would be fine"); with a verb of
    # its own it is the noun's relative clause ("Which will carry lorries …").
    r"(?! (?:would|will|may|might|could|can) (?:be|have been|mean|make|explain)\b)"
    # A pronoun and a bare auxiliary after it take up the whole predicate before ("Which it
    # did.", "Which they will, by May."): the writer's own ellipsis, no clause cut off a noun.
    r"(?! (?:it|he|she|they|we|I|you)(?: eventually| duly| finally| soon| never)?"
    r" (?:did|does|do|will|would|has|have|had|was|were|is|are|can|could|might)"
    r"(?: not| so| too| indeed| eventually| later)?[,.]))"
    r" [^.!?]*[a-z0-9%)]\.$")
MAX_RELATIVE_TAIL_CHARS = 200
# A margin on its own ("By a distance.", "By a wide margin."): "By", an indefinite article and
# a noun with at most one modifier, after a sentence that ranks or compares (a superlative,
# a comparative with "than", a win or a record), whose margin it gives for effect. A tail cut
# off a clause names an agent or a means ("By a court in Lyon.") after a sentence that ranks nothing.
_MARGIN = lazy_compile(r"By an? (?:[a-z]+ )?[a-z]+\.$")
# A superlative follows its determiner ("the highest", "its sunniest"); the nouns that end
# the same way ("the forest", "an arrest") are no ranking.
_COMPARED = lazy_compile(r"\b(?:(?:the|its|their|his|her|our) "
                       r"(?!(?:for|inter|pro|re|con|ar|har|hon|mod|sugg|inv|dig)est\b)[a-z]{2,}est"
                       r"|most|least|best|worst|than|won|wins|beat|beats|record)\b")
_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORDINAL_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
# A spelled-out number or ordinal from one to ninety-nine and its value ("Fourteenth" -> 14).
_SPELLED_VALUES = {
    **{w: i + 1 for i, w in enumerate(_UNITS)}, **{w: i + 1 for i, w in enumerate(_ORDINAL_UNITS)},
    **{w: i + 10 for i, w in enumerate(_TEENS)}, **{w + "th": i + 10 for i, w in enumerate(_TEENS)},
    "twelfth": 12, **{w: 20 + 10 * i for i, w in enumerate(_TENS)},
    **{w[:-1] + "ieth": 20 + 10 * i for i, w in enumerate(_TENS)},
    **{f"{t}-{u}": 20 + 10 * i + j + 1 for i, t in enumerate(_TENS) for j, u in enumerate(_UNITS)},
    **{f"{t}-{u}": 20 + 10 * i + j + 1 for i, t in enumerate(_TENS) for j, u in enumerate(_ORDINAL_UNITS)},
}


def _restates_figure(prev_text: str, text: str) -> bool:
    """Whether ``text`` is one spelled-out number or ordinal alone ("Fourteenth.") whose value
    the sentence before gives in digits ("… from 14th on the grid."): the writer repeats the
    figure in words for effect. A translation that echoes a figure repeats it as it stands."""
    word = text[:-1].lower() if text.endswith(".") else ""
    value = _SPELLED_VALUES.get(word)
    return value is not None and re.search(rf"(?<![\d.,]){value}(?:st|nd|rd|th)?(?![\d.,]\d|\d)", prev_text) is not None


# A sentence ending on a relative word (a cheap test before any tokenising).
_RELATIVE_ENDS = (" who.", " whom.", " whose.", " which.")


def _inside_quotation(doc: Document, prev: Sentence, sentence: Sentence) -> bool:
    """True when a quotation opened earlier in the paragraph is still open at ``sentence``:
    a speaker's clipped words ("… a new slogan. Vote Ruiz, Get Cole.") are theirs to keep."""
    return quote_marks(doc).quotation_open(doc.paragraphs[sentence.paragraph].start, sentence.span.start)


RULES = (dangling_fragment, broken_compound_fragment, split_mid_clause)
