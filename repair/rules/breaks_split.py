"""Sentences split mid-clause: a full stop followed by a lower-case word (SP001).

MT systems cut a long sentence at a clause or phrase boundary and the tail goes on in
lower case ("… stopped in Tulsa. in eastern Oklahoma."); the repair joins it back.
:data:`repair.rules.breaks.RULES` lists the rule after FR001 and FR002, as it always did.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules import (
    breaks_echoes,
    cutoff_words,
    stops,
    stops_classes,
    stops_clauses,
    stops_comma_join,
    stops_dates,
    stops_inserts,
    stops_labels,
    stops_lower_predicates,
    stops_relatives,
    stops_reported,
    stops_restated,
    stops_strays,
    stops_subjects,
    stops_tag_adjuncts,
    stops_words,
    tag_gaps,
    tag_pieces,
    tags,
)
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.breaks_open import measure_after_verb, modified_subject, open_end, verbless_piece
from repair.rules.breaks_repair import repair_edits
from repair.rules.breaks_split_tags import (
    SUBJECT_PRONOUNS,
    listener_after_told,
    reported_clause_after_bare_tag,
    tag_alone,
)
from repair.rules.casing_cut_pieces import part_of_piece
from repair.rules.choice_signals import (
    aside_left_open,
    pronoun_tag_before_clause,
    speech_verb_without_complement,
)
from repair.rules.participle_tail_pieces import participle_tail_piece
from repair.rules.stops_choice_words import _NP_OPENERS
from repair.rules.stops_comma_measures import ranked_renaming
from repair.rules.stops_continuations import indirect_question, participle_subject, present_predicate
from repair.rules.stops_open_asides import verb_closes_wide_aside
from repair.rules.stops_phrase_restated import restated_noun_phrase
from repair.rules.stops_piece_shapes import bare_adjunct_opener
from repair.rules.stops_subject_verb import mid_sentence_tag

# A lower-case clause opened by one of these continues the sentence before it ("… the vote.
# and the talks stalled."); any other lower-case clause is a sentence of its own.
_LINKERS = lexicon.CONJUNCTIONS | lexicon.PREPOSITIONS | frozenset("which who whom whose where when whether".split())

# A non-restrictive relative clause opened by a comma ("The plan, which still needs …"): the
# stop that ends it takes a comma, not a bare join.
_ASIDE_OPENED = lazy_compile(r",\s+(?:which|who|whom|whose)\b")


@rule(
    "SP001",
    "split-mid-clause",
    "split",
    Safety.SAFE,
    bad=[
        ("The convoy stopped in Tulsa. in eastern Oklahoma.", "The convoy stopped in Tulsa, in eastern Oklahoma."),
        ("The talks ended without a deal. and no date for new ones.",
         "The talks ended without a deal and no date for new ones."),
        ("Both firms invest in storage. battery storage for homes.", "Both firms invest in battery storage for homes."),
        ("Steel output rose 5% to a record steel. in the first quarter.",
         "Steel output rose 5% to a record in the first quarter."),
        ("Both sides pledged to seek a lasting settlement. disputes.",
         "Both sides pledged to seek a lasting settlement of disputes."),
        ("The ferry is run by Captain Rosa Lind. who joined the firm in 2019.",
         "The ferry is run by Captain Rosa Lind, who joined the firm in 2019."),
        ("The strike is the second at the bakery. which supplies most schools.",
         "The strike is the second at the bakery, which supplies most schools."),
        ("Sales rose in the north. but exports fell.", "Sales rose in the north, but exports fell."),
        ("The front will reach Spain on Sunday. easing as it moves east.",
         "The front will reach Spain on Sunday, easing as it moves east."),
        ("Frost could hit orchards in the valley. especially on higher ground.",
         "Frost could hit orchards in the valley, especially on higher ground."),
        ("The bridge is due for repair. next spring.", "The bridge is due for repair next spring."),
        ("The vote will go ahead, she said. on Friday.", "The vote will go ahead, she said on Friday."),
        ("Turnout was low, the electoral board said. board.", "Turnout was low, the electoral board said."),
        ("Zinc rose 2% on the metals exchange also. to 2,900 dollars a ton.",
         "Zinc rose 2% on the metals exchange to 2,900 dollars a ton."),
        ("The strike grounded 300 flights. stranding thousands of travellers.",
         "The strike grounded 300 flights, stranding thousands of travellers."),
        ("Heavy rain hit the town on Monday. about 40 homes were flooded.",
         "Heavy rain hit the town on Monday. About 40 homes were flooded."),
        ("Acme shares fell 3% in Oslo. their lowest level since May.",
         "Acme shares fell 3% in Oslo, their lowest level since May."),
        ("The toll rises to 12 cents, up from 3 cents. the first increase since 1980.",
         "The toll rises to 12 cents, up from 3 cents, the first increase since 1980."),
        ("Talks may take weeks. after the last vote it took 90 days.",
         "Talks may take weeks. After the last vote it took 90 days."),
        ("The dam is the oldest since the one built in 1921. which still stands.",
         "The dam is the oldest since the one built in 1921, which still stands."),
        ("She ran the course in 58 minutes. the fastest time this season.",
         "She ran the course in 58 minutes, the fastest time this season."),
        ("Buyers must show the timber does not come from protected forest. it.",
         "Buyers must show the timber does not come from protected forest."),
        ("The plan to widen the ring road. has been dropped.", "The plan to widen the ring road has been dropped."),
        ("The coach praised the team but warned. they must defend better.",
         "The coach praised the team but warned they must defend better."),
        ("The bridge is nearly a century old. the agency said, and should have been closed years ago.",
         "The bridge is nearly a century old, the agency said, and should have been closed years ago."),
    ],
    good=[
        "He was born in the U.S. in 1950.",
        "The meeting starts at 9 a.m. on Monday.",
        "It was launched by Apple. iPhone sales rose.",
        "Prices rose (see table). Analysts agreed.",
        "He left at 5 p.m. and returned later.",
        "She wrote more than 20 novels. bell hooks died in 2021.",
        "The mayor spoke on Monday. de Villiers said the city would hire more teachers.",
        "the talks ended late. he said a deal was close.",
        "Winter wheat - fair condition. eight pct headed vs 27 pct a year ago.",
        "The plant opened in Reno, Nev. and employs 300 people.",
        "The mill ships 900 tonnes a week. the new kiln doubles the output of the old one.",
        "The ferry will keep running, the operator said. between the two islands while the sea is calm.",
        "\"We have room for more,\" the coach said. available.",
        "Costs will not scare buyers, Okafor said. that the 2.5 billion euro target for 2027 was kept "
        "shows the plan works.",
        "the mill shut in march. the owners blamed fuel costs. in the end the town may buy it.",
        "The court found he paid bonuses to units. each rebel reported killed.",
        "Growers say rivals sell pears below cost at home and ship the rest abroad. The board met. "
        "Its ruling covers imports of pears. pears below cost at home and ship the rest abroad.",
        "Growers say rivals sell pears below cost at home and ship the rest abroad while the market stays shut "
        "to pears. pears below cost at home and ship the rest abroad.",
        "The group announced plans for a buyout. was planning to take the firm private.",
    ],
    scope="document",
)
def split_mid_clause(doc: Document, self: Rule) -> Iterator[Edit]:
    """A "sentence" that starts with a lower-case word inside a paragraph.

    Edited English never starts a sentence in lower case, so a full stop followed by a
    lower-case word is usually a sentence broken mid-clause. The repair is chosen by
    ``repair.rules.stops``: a plain join when the piece opens with a preposition or
    conjunction (safe), a comma join for a second place phrase, "of" after a
    nominalisation, a comma before an aside ("…, which …", "…, who …" after a name, "…, but
    exports fell", "…, especially …"), deleting a word repeated across the stop (unsafe), and only a
    ``display`` note when no join makes English. Skipped: abbreviations and initials (the
    segmenter keeps them), words with inner capitals (iPhone), a piece opening with a
    speech verb (AT002) or a severed tag after "said" (AT010), and a real sentence that
    begins with a lower-case name ("bell hooks died", "de Villiers said": a clause led by
    a word that is not a function word).
    """
    lower_case_document: bool | None = None  # decided at the first candidate: most documents have none
    # ``sentence_pairs(doc)``' walk in place (every sentence passes here): the texts sliced
    # from the document's, the sentence before once (every pair asks for it).
    whole, sentences = doc.text, doc.sentences
    for position, sentence in enumerate(sentences):
        if sentence.index_in_paragraph == 0:
            continue
        prev = sentences[position - 1]
        text, prev_text = whole[sentence.span.start : sentence.span.end], whole[prev.span.start : prev.span.end]
        if (text[:1].isupper() or doc.text[prev.span.end - 6 : prev.span.end].lower() == " that.") \
                and (stops.cut_after_that(prev_text, text) or stops_reported.that_after_report(prev_text, text)) \
                or stops_reported.clause_after_report(prev_text, text):
            # "… said on Monday that. The plant will stay shut.": the reported clause cut off
            # its "that"; unsafe, the capital could be a name the join must keep.
            edit = repair_edits(doc, self, prev, sentence, "Split", Safety.UNSAFE)
            if edit:
                yield edit
            continue
        if text[:1].isdigit():
            if (edit := _figure_after_open_end(doc, self, prev_text, prev.span.end - 1, text)
                    or _figure_restates_noun(doc, self, prev_text, prev.span.end - 1, sentence.span.start, text)):
                yield edit
            continue
        if not text[:1].islower():
            continue
        tokens = lexicon.words(text)
        if not tokens or not tokens[0][:1].islower():
            continue
        if tokens[0] != "that" and (stops_lower_predicates.lower_predicate(tokens) or present_predicate(tokens)) \
                and text.endswith(".") \
                and whole[prev.span.end - 1] == "." \
                and not _ASIDE_OPENED.search(prev_text) and not aside_left_open(prev_text) \
                and (modified_subject(lexicon.words(prev_text))
                     or present_predicate(tokens) and participle_subject(lexicon.words(prev_text))):
            # "Fans who bought tickets early. will get a refund.": the relative clause (or the
            # reduced passive one) holds the only verb before the stop; the subject waits for
            # the auxiliary-led predicate after it. An aside a comma opened (", which …", ",
            # built in 1930 …") is left to the comma join below: the stop closes it with a comma.
            yield self.edit(prev.span.end - 1, sentence.span.start + 1, " " + text[0],
                            f"Split (join): “{text}” is the predicate of the subject before the stop, whose "
                            "only verb is in the clause that describes it; the stop is dropped.", 0.65,
                            Safety.UNSAFE)
            continue
        own = "a count and its verb" if cutoff_words.counted_clause(tokens) else \
            "a subject and verb after its opening phrase" if stops_clauses.clause_after_opener(tokens) \
            or stops_classes.clause_after_comma_opener(text) else ""
        if own and not stops_words.mostly_lower_case(doc) and not tag_alone(prev_text):
            # (After a bare "She said." the clause is what she said: the stop is the false one.)
            # "… in ports. more than 200 flights were cancelled.", "… take weeks. after the
            # last vote it took 90 days.": a real stop, a lost capital. "… on Saturday. two
            # players sent off late on." may be an absolute phrase a comma joins: only shown.
            shown = own.startswith("a count") and stops_clauses.counted_by_participle(tokens)
            yield self.edit(sentence.span.start, sentence.span.start + 1, text[0].upper(),
                            f"Split (fix-case): “{text}” is a sentence of its own ({own}); "
                            "its capital is restored, a join would make a run-on."
                            + (" Its verb may be a participle, the piece a phrase a comma joins: an editor's "
                               "call." if shown else ""), 0.4 if shown else 0.7,
                            Safety.DISPLAY if shown else Safety.UNSAFE)
            continue
        if any(c.isupper() for c in tokens[0]) and not stops_dates.dated_piece(doc.sentence_text(prev), text) or (
                tokens[0] in lexicon.SPEECH_VERBS and not stops.opens_reduced_relative(tokens, text[0])
                and not stops.opens_parenthetical(prev_text) and not aside_left_open(prev_text)
                and not stops_subjects.verb_after_bare_subject(lexicon.words(prev_text), tokens)):
            continue  # "said that …" is AT002's; "announced last year" is a participle, joined
        if tokens[0] in _NP_OPENERS and whole[prev.span.end - 1] == "." and mid_sentence_tag(text, tokens) \
                and lexicon.has_clause(lexicon.words(prev_text)):
            # "… is 50 years old. the utility said, and should be replaced …": a tag set inside
            # the sentence, which a capital would turn into a sentence with no object.
            edit = repair_edits(doc, self, prev, sentence, "Split", Safety.UNSAFE)
            if edit:
                yield edit
            continue
        # A participle ("weakening as it goes") opens an adjunct even when a clause follows.
        participle = tokens[0].endswith("ing") and len(tokens[0]) > 5
        closes_aside = lexicon.looks_finite(tokens[0]) and (stops.opens_parenthetical(prev_text)
                                                             or aside_left_open(prev_text)) \
            or verb_closes_wide_aside(prev_text, tokens)
        if whole[prev.span.end - 1] == "." and reported_clause_after_bare_tag(prev_text, text, tokens) \
                and not stops_words.mostly_lower_case(doc):
            # "The statement said. both sides had agreed …": the bare tag's reported clause,
            # whatever its subject; the join puts it back after the verb (no comma: "said that").
            yield self.edit(prev.span.end - 1, sentence.span.start + 1, " " + text[0],
                            f"Split (join): “{text}” is the reported clause of the speech verb before the stop, "
                            "which has none; the stop is dropped.", 0.65, Safety.UNSAFE)
            continue
        if (stops_words.bare_tag(prev_text, listener=True) or stops_words.coordinated_speech_verb(prev_text)
                or speech_verb_without_complement(prev_text)) \
                and tokens[0].lower() in lexicon.DETERMINERS | SUBJECT_PRONOUNS \
                or pronoun_tag_before_clause(prev_text, text):  # "She said. inspections would …"
            # "His lawyer, Ana Ruiz, said. the appeal …", "Ana Ruiz told the jury. the
            # knife …": the tag lost its reported clause to the stop; the clause goes back
            # after the verb (and its listener). Unsafe: the tag could end a quote.
            edit = repair_edits(doc, self, prev, sentence, "Split", Safety.UNSAFE)
            if edit:
                yield edit
            continue
        # "… a ban. could be announced …", "A spokesman. declined to …", "… of drivers who. had ignored …"
        verb_phrase = stops_lower_predicates.continues_subject(prev_text, tokens) or (
            stops_subjects.verb_after_bare_subject(lexicon.words(prev_text), tokens)) or (
            stops_relatives.relative_at_stop(prev_text, tokens) or stops_relatives.that_clause(tokens)
            or stops_relatives.plural_relative(prev_text, tokens)) or (
            stops_inserts.named_by_shape(prev_text, text)) or (  # "Thousands. tenants marched …": "of" lost
            stops_labels.echo_opens_relative(prev_text, tokens)) or (  # "… residents. residents who said …"
            stops_restated.restated_before_clause(prev_text, tokens)) or (  # "… pipes. old pipes that are …"
            stops_strays.ends_on_subordinator_echo(lexicon.words(prev_text)))  # "… until planes. a buyer is …"
        # "a ship that left port on Friday is being tracked": its verb comes after the relative clause.
        # A piece that closes a quotation ("an account,” said Ruiz.") is a clause by its quoted words
        # alone: the tag after the mark has a verb of its own.
        quoted = text.split("”", 1)[0] if "”" in text and "“" not in text.split("”", 1)[0] else None
        head_tokens = lexicon.words(quoted) if quoted else tokens
        own_clause = lexicon.has_clause(head_tokens[:4]) or stops_classes.subject_with_relative(tokens)
        # "most of which were built …", "many of them injured": a part of what the sentence before
        # counted, never a sentence of its own (CA003 leaves it: casing_cut_pieces.part_of_piece).
        own_clause = own_clause and not part_of_piece(text) and not participle_tail_piece(tokens)
        if stops_classes.first_person_answer(prev_text, text):
            continue  # "… why he had not resigned. because I thought …, Ruiz replied.": another voice
        # ("every 15 minutes", "his best figures in …": the clause test reads a plural noun as a verb.)
        if tokens[0].lower() not in _LINKERS and not participle and own_clause and not bare_adjunct_opener(tokens) \
                and not indirect_question(lexicon.words(prev_text), tokens) \
                and not ranked_renaming(lexicon.words(prev_text), tokens) \
                and not closes_aside and not stops_words.summary_appositive(tokens) and not verb_phrase \
                and not stops_comma_join.absolute_phrase(text) \
                and not stops_comma_join.ing_absolute(lexicon.words(text.split(",", 1)[0])) \
                and not stops_comma_join.appositive_after_name(lexicon.words(prev_text), tokens):
            continue  # a sentence of its own typed in lower case ("bell hooks died", "he spoke")
        if len(text) <= 60 and tag_gaps.tag_in_three(doc, tag_pieces.position_of(doc, sentence.span.start)):
            continue  # "…, the agency. in a report. said …": AT014 puts the verb back by its speaker
        if text.startswith("according to ") and tag_pieces.tag_between(
                doc, tag_pieces.position_of(doc, sentence.span.start)) is not None:
            continue  # a tag between the halves of its sentence: AT011 rebuilds it
        if tags.severed_attribution(prev_text, text) is not None or tags.is_lower_case_tag(text):
            continue  # a severed attribution (AT010 rebuilds it) or a whole tag (AT003 reattaches it)
        listener = listener_after_told(prev_text, tokens)
        if stops_words.ends_with_complete_tag(prev_text) and not stops_words.adjunct_after_tag(tokens) \
                and not breaks_echoes.tag_echo(prev_text, text) and not stops_tag_adjuncts.clause_phrase(tokens) \
                and not listener:
            continue  # "…, the spokesman said. between A and B …": no continuation of the tag
        if stops_words.own_clause_after_sentence(prev_text, tokens) and not stops_words.summary_appositive(tokens) \
                and not part_of_piece(text) and not participle_tail_piece(tokens) \
                and not verb_phrase and not stops_comma_join.absolute_phrase(text) \
                and not stops_comma_join.ing_absolute(lexicon.words(text.split(",", 1)[0])):
            continue  # "… 19 dollars a barrel. the rise follows …": a capital is missing (CA003), not a stop
        # The repair is asked first (nothing it reads changes below): most pieces that get
        # this far have none, and then the search for a repeated passage (a read of the text
        # before the stop, the costliest test here) matters only in a text mostly in lower
        # case, where a piece that repeats nothing ends the rule (issue 13: the same edits).
        edit = repair_edits(doc, self, prev, sentence, "Split", Safety.UNSAFE if listener else None)
        if not edit:
            if lower_case_document is None:
                lower_case_document = stops_words.mostly_lower_case(doc)
            if not lower_case_document or stops_words.repeats_earlier_passage(
                    doc.text, prev.span.end - 1, tokens, doc.memo):
                continue
            return
        if stops_words.repeats_earlier_passage(doc.text, prev.span.end - 1, tokens, doc.memo):
            continue  # a passage printed twice (a feed glitch): no stop of the first copy is false
        if lower_case_document is None:
            lower_case_document = stops_words.mostly_lower_case(doc)
        if lower_case_document:
            return  # a wire archive typed in lower case: a lower-case start is no evidence
        if edit.safety is Safety.DISPLAY and edit.start == prev.span.end - 1 \
                and edit.end == sentence.span.start + 1 and len(edit.replacement) == 2 and verbless_piece(tokens) \
                and (open_end(lexicon.words(prev_text), False) or measure_after_verb(lexicon.words(prev_text), tokens)):
            # "… had brought. plastic stools …", "… will buy. nine jets …": the verb before the
            # stop lacks its object and the verbless piece is it; the join makes the sentence.
            # Only a bare join (a space and the piece's first letter): a shown join that inserts
            # a word ("by", "of") was shown because the word is a guess, and stays shown.
            edit = replace(edit, safety=Safety.UNSAFE, confidence=0.6, message=(
                f"Split (join): “{text}” is the object of the verb before the stop; the stop is dropped."))
        if tokens[0] in _RELATIVE_PERSONS and _TAG_END.search(prev_text) \
                and not _INVERTED_NAME_TAG.search(prev_text):
            # "… Ana Ruiz told the court. who is leading the case.": the "who" clause may
            # be the speaker's aside, cut off the name before the verb, or the listener's
            # ("told reporters who had waited"); a join picks the listener, so only shown.
            edit = replace(edit, safety=Safety.DISPLAY, confidence=min(edit.confidence, 0.4), alternatives=(),
                           message=edit.message + " The clause may describe the speaker, not the listener after "
                           "the speech verb: an editor's call.")
        if edit:
            yield edit


# A sentence that ends on a speech verb and at most three words of listener or time
# ("… Ruiz told the court.", "… she said on Friday.").
_TAG_END = lazy_compile(r"\b(?:said|says|told|tells|added|adds)(?: [\w'’-]+){0,3}\.$")
_RELATIVE_PERSONS = frozenset(["who", "whom", "whose"])
# An inverted tag that ends on the speaker's name ('…," said Judge Ana Ruiz.'): "said" takes
# no listener, so a "who" clause after it can only describe the name; no doubt to show.
_INVERTED_NAME_TAG = lazy_compile(r"\b(?:said|says|added|adds)(?: [A-Z][\w'’-]+){1,4}\.$")


def _figure_after_open_end(doc: Document, self: Rule, prev_text: str, stop: int, text: str) -> Edit | None:
    """A figure-led piece with no verb after a stop that follows a word wanting what comes
    next: "… visitors and. 1,700 trade meetings.", "… will pay. 2,000 euros to each
    family." The stop goes; unsafe (a table-like run of figures is left to an editor)."""
    prev_words, words = lexicon.words(prev_text), lexicon.words(text)
    if doc.text[stop : stop + 1] != "." or not verbless_piece(words) \
            or not (open_end(prev_words, True) or measure_after_verb(prev_words, words)):
        return None
    return self.edit(stop, stop + 1, "", f"Split (join): “{text}” completes the phrase the stop cut off "
                     f"after “{lexicon.words(prev_text)[-1]}”; the stop is dropped.", 0.6, Safety.UNSAFE)


def _figure_restates_noun(doc: Document, self: Rule, prev_text: str, stop: int, piece_start: int,
                          text: str) -> Edit | None:
    """A figure-led piece that restates the bare noun before the stop with its count: "…
    carried tonnes. 1.3 million tonnes of cargo." The noun and the stop go; unsafe."""
    span = restated_noun_phrase(doc.text, stop, piece_start, lexicon.words(prev_text), lexicon.words(text))
    if span is None:
        return None
    start, end, replacement = span
    return self.edit(start, end, replacement, f"Split (delete-intruder): “{doc.text[start:stop]}” before the stop "
                     "is restated with its figure after it; it is deleted.", 0.6, Safety.UNSAFE)
