"""A speech tag cut off as a sentence of its own, after the words it attributes (AT003).

Split from :mod:`repair.rules.attribution`, which keeps the helpers this rule shares (its quotation
branch is :mod:`repair.rules.attribution_quoted_tag`); how it reads the sentences
beside the tag (a reported clause or topic after it, a role before it) is in :mod:`repair.rules.attribution_neighbours`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial

from repair.document import Document, Sentence
from repair.edits import Edit, Safety
from repair.rules import (
    tag_detached,
    tag_forward_signals,
    tag_lead_case,
    tag_pieces,
    tag_repeated_speaker,
    tag_second,
    tag_title_pieces,
    tags,
)
from repair.rules.attribution import _ATTRIBUTED
from repair.rules.attribution_neighbours import clause_joins_forward, introduces_that_clause, role_noun, topic_phrase
from repair.rules.attribution_quoted_tag import _DETACHED_TAG, _quoted_before_tag
from repair.rules.attribution_severed import _continues_forward
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.carried_edits import carried_edit
from repair.rules.choice_signals import (
    bare_tag_before_lower_clause,
    medium_then_report,
    pronoun_tag_before_clause,
    reported_with_same_subject,
    role_then_that,
    speech_verb_without_complement,
    tag_repeats_speaker,
)
from repair.rules.tag_forward_signals import join_forward, tag_before_lower_clause, too_short_to_attribute
from repair.rules.tag_speaker_roles import BARE_TITLE_END, NAME_THEN_VERB, ROLE_AFTER_QUOTE
from repair.text_index import text_index

# Text with no one in it a "he" or "she" could refer to: no speech verb, no personal
# pronoun, no title of a person.
_NO_PERSON_BEFORE = lazy_compile(
    r"(?:(?!\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|Mr|Mrs|Ms|Dr|said|says|told|added|stated|according)\b).)*",
    re.S)
_PERSON_SCAN_CHARS = 4000  # further into a story someone has been named: the scan stops
MAX_DETACHED_TAG_CHARS = 60
# ``text.startswith(tag_detached.CAPITAL_VERBS)`` as one set look-up of the text's first word
# and its space (each of those prefixes is one word and a space: tests/test_scaling_sources.py).
_CAPITAL_VERB_WORDS = frozenset(tag_detached.CAPITAL_VERBS)


# "it was said.": the impersonal passive of a verb of saying, a tag with no speaker.
_IMPERSONAL_TAG = lazy_compile(r"it (?:was|is|has been) (?:said|reported|stated|announced|noted)\.")
# "Was said.": the same passive with its "it" lost too, a tag with no subject at all; set back
# after a comma it would read "…, was said.", which is no English.
_SUBJECTLESS_TAG = lazy_compile(r"(?:Was|Is|Has been|Had been) (?:said|reported|stated|announced|noted)\.")
# The longest sentence any test of detached_speech_tag reads: a title's piece, an "according
# to" source, a tag with an appositive.
_LONGEST_CANDIDATE = max(tag_title_pieces.MAX_PIECE_CHARS, tag_title_pieces.MAX_SOURCE_CHARS,
                         tag_detached.MAX_CHARS + tag_detached.MAX_APPOSITIVE_CHARS)


_GENERIC_TAG = lazy_compile(r"^(?:[Tt]he |[Hh]e |[Ss]he |[Ii]t |[Tt]hey |[Ww]e )")


# How a sentence that ``tag_title_pieces._ACCORDING_TO_END`` matches ends ("… according to."; ``$``
# may stand before a final line break).
_TO_STOP = ("to.", "to.\n")


@rule(
    "AT003",
    "detached-speech-tag",
    "attribution",
    Safety.UNSAFE,
    bad=[
        ("The court last sat in the capital in 1987. BBC reported.",
         "The court last sat in the capital in 1987, BBC reported."),
        ("The talks will resume next week. Foreign Minister Wang said.",
         "The talks will resume next week, Foreign Minister Wang said."),
        ("The board gave its approval. It said.", "The board gave its approval, it said."),
        ("Park said the ferries would sail in June. She said.", "Park said the ferries would sail in June."),
        ("Fares will rise, Transport Minister Ana Ruiz said on Friday. Ruiz said.",
         "Fares will rise, Transport Minister Ana Ruiz said on Friday."),
        ("The new terminal will open next spring. The port authority said.",
         "The new terminal will open next spring, the port authority said."),
        ("The bridge was closed for six hours on Sunday. police said.",
         "The bridge was closed for six hours on Sunday, police said."),
        ("Tenant groups said the law would raise costs. the federation said.",
         "Tenant groups said the law would raise costs."),
        ("The ferry will run twice a day from May. the Norwegian transport minister said in a statement.",
         "The ferry will run twice a day from May, the Norwegian transport minister said in a statement."),
        ("The bill raises the fine for illegal wells. He said.", "The bill raises the fine for illegal wells."),
        ("Grain imports will double by 2030. the Danish Premier said.",
         "Grain imports will double by 2030, the Danish Premier said."),
        ("The bridge will reopen on Monday. The Ministry of Roads and Ports said so.",
         "The bridge will reopen on Monday, the Ministry of Roads and Ports said."),
        ("Rain fell. “Fares will rise in May.” A spokesman for the city's largest bus operator told reporters.",
         "Rain fell. “Fares will rise in May,” a spokesman for the city's largest bus operator told reporters."),
        ("Rain fell. Prices will keep rising. Warned the chief economist of the bank in a note to clients.",
         "Rain fell. Prices will keep rising, warned the chief economist of the bank in a note to clients."),
        ("Rain fell. The dam will hold. Said site engineer Ana Ruiz.",
         "Rain fell. The dam will hold, said site engineer Ana Ruiz."),
        ("Rain fell. “The ward stays open.” Health Minister Ana Ruiz said on Friday.",
         "Rain fell. “The ward stays open,” Health Minister Ana Ruiz said on Friday."),
        ("Rain fell. Fares will rise in May. The head of the city's bus company, Ana Ruiz, said on Friday.",
         "Rain fell. Fares will rise in May, the head of the city's bus company, Ana Ruiz, said on Friday."),
        # tag_title_pieces: the title's rest cut off after the tag goes back after the title.
        ("The pool will stay shut, the spokesman told reporters on Monday. For the city's water board, Ana Ruiz.",
         "The pool will stay shut, the spokesman for the city's water board, Ana Ruiz, told reporters on Monday."),
        ("Two firemen were hurt, a spokeswoman said. For the county fire service.",
         "Two firemen were hurt, a spokeswoman for the county fire service said."),
        ("Fees will not rise, the commissioner said. responsible for the budget, Ana Ruiz.",
         "Fees will not rise, the commissioner responsible for the budget, Ana Ruiz, said."),
        ("The library will not be sold, the deputy mayor told reporters on Friday. Ana Ruiz.",
         "The library will not be sold, the deputy mayor, Ana Ruiz, told reporters on Friday."),
        ("“We held our nerve,” the captain said. of the home side, Ana Ruiz.",
         "“We held our nerve,” the captain of the home side, Ana Ruiz, said."),
    ],
    good=[
        "“We will win.” He said.",
        "The talks will resume, BBC reported.",
        "BBC reported. Prices rose.",
        "The stock rose 4%, the company said. Shares in rivals fell.",
        "Costs must fall. He said. \"Budgets have to add up.\"", "Ruiz said fares would rise. Reuters said.",
        "Prices will rise. Nobody said so.",
        "Rents rose again. Officials said. That they expected a pause next year.",
        "Rain fell. Prices rose. Confirmed the dates of the vote.", "Rain fell. Prices rose. Added the sugar.",
        "Ruiz said prices would rise. Warned the chief economist in a note.",
        "Rain fell. “Fares will rise.” He said.", "Rain fell. “Fares will rise.” Nobody said so.",
        "Rain fell. Fares will rise. The head of the company, Ana Ruiz, who left, said so.",
        "Rain fell. “Fares will rise.” The operator cut jobs in 2019.",
        "Fees will not rise, the commissioner said. For the rest of the year, prices will hold.",
        "Fees will not rise, the company said. Ana Ruiz.",
        "Fees will not rise, the commissioner said that day. For the Record.",
        "Fees will not rise, the commissioner said. New York Times.",
    ],
    scope="document",  # reads evidence beyond its paragraph (tests/test_scope_paragraph.py)
)
def detached_speech_tag(doc: Document, self: Rule) -> Iterator[Edit]:
    """A speech tag standing alone as a sentence ("BBC reported.") after the words it tags.

    MT systems cut the trailing "..., BBC reported." off its sentence, sometimes leaving it
    in lower case ("… over six years. prosecutors said."). The fix replaces the stop before
    it by a comma, which is the English order; a generic tag ("the association said.", "He
    said.") after a sentence that already has a speech verb only repeats the attribution and
    is deleted. A tag is never put back on a sentence with an attribution of its own
    (``tag_second``): the same speaker again is deleted, another one left to an editor.
    Unsafe: the tag could belong to the next sentence instead.
    """
    whole, sentences = doc.text, doc.sentences
    answers = doc.sentence_answers(_ANSWERS)  # per sentence, carried across ``fix``'s rounds
    # Only a short sentence after another in its paragraph can be a tag or a piece (every
    # test below needs the sentence before, and none reads one longer than this): the
    # shared index hands over those alone (a quarter of the sentences of news).
    for position in text_index(doc).later_within(_LONGEST_CANDIDATE):
        start = sentences[position].span.start
        if start <= _PERSON_SCAN_CHARS:  # a "He said." here reads the text before its line: never carried
            edit = _sentence_edit(doc, whole, sentences, position, self)
        else:
            edit = carried_edit(answers, start, partial(_sentence_edit, doc, whole, sentences, position, self))
        if edit is not None:
            yield edit


_ANSWERS = "AT003"  # its key in ``Document.sentence_answers``


def _sentence_edit(doc: Document, whole: str, sentences: tuple[Sentence, ...], position: int,
                   self: Rule) -> Edit | None:
    """AT003's edit for the short sentence at ``position``, or None. Decided by its own line
    (the sentences before and after it in its paragraph, four characters before it, which
    reach at most the line break), but a "He said." within :data:`_PERSON_SCAN_CHARS` of the
    text's start reads all the text before it (:data:`_NO_PERSON_BEFORE`)."""
    sentence = sentences[position]
    length = sentence.span.end - sentence.span.start
    # Both pieces' own first looks (a short sentence after another in its paragraph; a
    # source opening on a capital after "to.") asked here: every sentence passes (issue 13).
    if sentence.index_in_paragraph and length <= tag_title_pieces.MAX_PIECE_CHARS \
            and (moved := tag_title_pieces.title_piece_edit(doc, position, self)) is not None:
        return moved  # "…, the mayor said. For the county, Ana Ruiz.": the title's lost rest
    if sentence.index_in_paragraph and length <= tag_title_pieces.MAX_SOURCE_CHARS \
            and whole[sentence.span.start].isupper() \
            and whole.endswith(_TO_STOP, sentences[position - 1].span.start, sentences[position - 1].span.end) \
            and (source := tag_title_pieces.according_to_source_edit(doc, position, self)) is not None:
        return source  # "…, according to. Bayernwerk, the grid operator.": the source goes back
    if length > tag_detached.MAX_CHARS + tag_detached.MAX_APPOSITIVE_CHARS:
        return None
    # (``doc.previous_in_paragraph`` and ``sentence_text`` read in place: every short
    # sentence passes here.)
    prev = sentences[position - 1] if sentence.index_in_paragraph else None
    text = whole[sentence.span.start : sentence.span.end]
    if prev is not None and text[: text.find(" ") + 1] in _CAPITAL_VERB_WORDS \
            and tag_detached.capital_inverted_tag(text):
        # "… into spring. Warned the chief economist of the bank in a note.": the inverted
        # tag's verb kept the false stop's capital; it goes back after a comma.
        stop = prev.span.end - 1
        if doc.text[stop] == "." and doc.text[stop - 1 : stop].isalnum() \
                and not _ATTRIBUTED.search(doc.sentence_text(prev)):
            return self.edit(stop, sentence.span.start + 1, ", " + text[0].lower(),
                            f"Attribution (reattach-tag): “{text}” is an inverted speech tag cut off the "
                            "sentence it attributes.", 0.7)
        return None
    if prev is not None and (tag_repeated_speaker.retags_quoted_speaker(doc, prev.span.end - 1, text)
                             or tag_repeated_speaker.echoes_before_quotation(doc, position)) \
            and not tag_before_lower_clause(doc, position, text):  # (not '“…” She said. the team …')
        # "“…,” captain Ana Ruiz said. “We held on.” she said." / "“…,” said Ana Ruiz. Ruiz
        # said. “We …”": the quotation's speaker is named by the tag just before; a
        # second tag for the same voice is an echo, deleted (not a comma, not a colon).
        return self.edit(prev.span.end, sentence.span.end, "",
                        f"Attribution (delete-echo): “{text}” names again the speaker the quotation "
                        "beside it is already attributed to; deleted.", 0.75)
    following = doc.next_in_paragraph(position) if prev is not None else None
    if prev is not None and tag_second.lower_pronoun_echo(text, doc.sentence_text(prev)) and not (
            following is not None and doc.text[following.span.start].islower()):
        # "… because of power cuts. it said. “We …”": the lower case ties the tag to the
        # sentence before, which has its own; the quotation after it is not its report.
        return self.edit(prev.span.end, sentence.span.end, "",
                        f"Attribution (delete-echo): “{text}” repeats the attribution of the sentence "
                        "before it; deleted.", 0.7)
    loose = ""  # "Officials at the bureau said on Tuesday.": a tag wider than the patterns
    if prev is None or not (length <= MAX_DETACHED_TAG_CHARS and (
            _DETACHED_TAG.match(text) or tags.is_lower_case_tag(text))) and not (
            loose := tag_detached.loose_tag_after(whole[prev.span.start : prev.span.end], text)):
        return None
    following = doc.next_in_paragraph(position)
    if following is not None and doc.text[following.span.start] in "\"“‘'":
        return None  # "He said." introducing the quotation that follows
    if following is not None and (again := tag_detached.pronoun_repeats_tag(text, doc.sentence_text(following))):
        # "GSP said. It said the tram had passed …": the pronoun and verb only say the tag
        # again; the clause after them is the tag's, so the repeat goes and the tag joins it.
        return self.edit(sentence.span.end - 1, following.span.start + again, "",
                        f"Attribution (rebuild-attribution): “{text}” lost its reported clause to the stop; "
                        "the pronoun and verb that repeat it are deleted.", 0.65)
    if following is not None and introduces_that_clause(doc.sentence_text(following)):
        return None  # "The firm said. That sales would fall.": the tag introduces the clause after it
    if following is not None and (_continues_forward(doc.sentence_text(following))
                                  or role_then_that(doc.sentence_text(following))):
        return None  # "Ana Ruiz said. the head of the board, that …": the tag belongs to what follows
    if following is not None and doc.text[following.span.start].islower() \
            and speech_verb_without_complement(text):
        return None  # "A trader, Ali Omar, said. he would wait …": the verb's clause follows it
    if following is not None and (pronoun_tag_before_clause(text, doc.sentence_text(following))
                                  or bare_tag_before_lower_clause(text, doc.sentence_text(following))
                                  or medium_then_report(doc.sentence_text(following))):
        return None  # "She said. inspections would …", "X said. In a statement it …": the verb's clause follows
    if following is not None and (topic_phrase(doc.sentence_text(following)) or clause_joins_forward(
            whole, sentence.span.start, text, doc.sentence_text(following))):
        return None  # "The institute warned. Of flows …" (its topic), "X told reporters. The quay …" (FR003's)
    if too_short_to_attribute(doc.sentence_text(prev)):
        return None  # "Software. Chief engineer Ana Ruiz said.": no statement to reattach to
    stop = prev.span.end - 1
    if following is not None and tag_forward_signals.backshifted_report(text, doc.sentence_text(following)):
        return join_forward(self, doc, sentence, following, text, " (its subject, then a backshifted modal)")
    if following is not None and doc.text[stop] in "”\"" and tag_detached.reports_forward(
            text, doc.sentence_text(prev), doc.sentence_text(following)):  # 'X said it was “bad.” He said. The …'
        return join_forward(self, doc, sentence, following, text, "")
    if doc.text[stop - 1 : stop + 1] == ".”" and text[:1].isupper():
        quoted = _quoted_before_tag(doc, self, prev, sentence, text)
        if quoted is not None:
            return quoted
        return None
    if doc.text[stop] != "." or not (doc.text[stop - 1 : stop].isalnum() or doc.text[stop - 1] in "%)"):
        return None  # ("… fell 4%. the office said.", "… ($6 million). Auditors said.": a sign or bracket ends it)
    if tag_pieces.tag_between(doc, position) is not None:
        return None  # the rest of the sentence follows the tag: AT011 rebuilds the whole
    first_word = text.split(" ", 1)[0]
    if following is not None and doc.text[following.span.start].islower() \
            and tag_second.tag_before_report(text, doc.sentence_text(prev), doc.sentence_text(following)):
        return None  # "…, the chairman said. The company said. compensation would be paid …": it goes forward
    if tag_repeats_speaker(doc.sentence_text(prev), text):
        # "Ruiz said the clinic had not paid. Ruiz said." / "“…,” said Ana Ruiz. Ruiz said.": the
        # same speaker and verb; reattached, the tag would name the speaker twice.
        return self.edit(prev.span.end, sentence.span.end, "",
                        f"Attribution (delete-echo): “{text}” repeats the speaker and verb the sentence "
                        "before already has; deleted.", 0.7)
    pointing = tags.POINTING_OBJECT.search(text)  # "… said this.": the object only points back
    if first_word.lower() in tags.INDEFINITE_SUBJECTS:
        return None  # "Nobody said so.": a statement of its own, no speaker to attribute
    if pointing and not text[0].islower() and tag_second.same_speaker(first_word, doc.sentence_text(prev)):
        # "Forecaster Ana Ruiz said rain was due. Ruiz said this.": the sentence before
        # names the same speaker with its own speech verb; the tag only repeats it.
        return self.edit(prev.span.end, sentence.span.end, "",
                        f"Attribution (delete-echo): “{text}” repeats the speaker and verb of the sentence "
                        "before it; deleted.", 0.7)
    if pointing and not text[0].islower():
        if _ATTRIBUTED.search(doc.sentence_text(prev)):
            # "…, officials said. They said this.": the sentence already has its tag; a
            # second one after a comma would read "…, officials said, they said." (AT001
            # deletes the echo).
            return None
        if first_word in ("He", "She", "It", "They", "We"):
            # "… will be held for seven days. He said so.": a pronoun and a word pointing
            # back name no source the text lacks; a cut-off tag has no "so"/"this" ("…, he
            # said."), so this is the pivot's invented echo, not the statement's tag.
            return self.edit(prev.span.end, sentence.span.end, "",
                            f"Attribution (delete-invented-tag): “{text}” only points back with a pronoun "
                            "speaker; it adds no source and no fact, deleted.", 0.6)
        tag = text[: pointing.start()]
        lead = tag[0].lower() if first_word == "The" else tag[0]
        return self.edit(stop, sentence.span.end, f", {lead}{tag[1:]}.",
                        f"Attribution (reattach-tag): “{text}” is a speech tag cut off the sentence it "
                        f"attributes; “{pointing.group(1)}” only points back at it and is dropped.", 0.7)
    if not _GENERIC_TAG.match(text) and tag_second.has_own_attribution(doc.sentence_text(prev)):
        # "…, Energy Minister Ana Ruiz said on Friday. Ruiz said.": the sentence has its own
        # tag; put back after a comma this one would attribute it twice. The same speaker
        # again is an echo, deleted; another source ("… would investigate. Reuters said.")
        # or a tag that says more ("Ruiz said on Monday.") is left for an editor.
        speaker = tag_second.bare_tag_speaker(text)
        if speaker is not None and (tag_second.repeats_speaker(doc.sentence_text(prev), speaker)
                                    or tag_repeated_speaker.names_speaker(doc.sentence_text(prev), speaker)):
            return self.edit(prev.span.end, sentence.span.end, "",
                            f"Attribution (delete-echo): “{text}” names again the speaker the sentence "
                            "before already attributes its words to; deleted.", 0.7)
        return None
    if _SUBJECTLESS_TAG.fullmatch(text):
        return self.edit(prev.span.end, sentence.span.end, "",
                        f"Attribution (delete-invented-tag): “{text}” has no subject and names no source; "
                        "deleted.", 0.6)
    if text[0].islower() or first_word == "The":
        if _GENERIC_TAG.match(text) and (_ATTRIBUTED.search(doc.sentence_text(prev))
                                         or tag_second.restates_reporting_act(text, doc.sentence_text(prev))
                                         or tag_detached.after_bare_verb(doc, position - 1)):
            # "X said the bill fails. the association said." / "“…,” said. Ana Ruiz. she said.": a second tag.
            return self.edit(prev.span.end, sentence.span.end, "",
                            f"Attribution (delete-invented-tag): “{text}” repeats the attribution of the "
                            "sentence before it; deleted.", 0.7)
        if _IMPERSONAL_TAG.fullmatch(text):
            # "… on Tuesday. it was said.": an impersonal passive names no source; set
            # back after a comma it only says the sentence was said. Deleted.
            return self.edit(prev.span.end, sentence.span.end, "",
                            f"Attribution (delete-invented-tag): “{text}” names no source; deleted.", 0.6)
        if tag_repeated_speaker.pronoun_only_tag(text):  # "… next month. he said.": no source
            return self.edit(prev.span.end, sentence.span.end, "", tag_repeated_speaker.pronoun_tag_why(text), 0.6)
        if text[0].islower():
            # The span takes the tag's first letter, so no capital restored to it in the
            # same round ("…, The race doctor said.") slips in beside the comma.
            return self.edit(stop, sentence.span.start + 1, ", " + text[0],
                            f"Attribution (reattach-tag): “{text}” is a speech tag cut off the sentence it "
                            "attributes.", 0.75)
    said_before = _ATTRIBUTED.search(doc.sentence_text(prev)) is not None
    forward = said_before and following is not None and tag_detached.reports_forward(
        text, doc.sentence_text(prev), doc.sentence_text(following))
    if first_word in ("He", "She", "It", "They", "We") and said_before and not forward:
        # "X said the plan is ready. He said.": the tag only repeats the attribution.
        return self.edit(prev.span.end, sentence.span.end, "",
                        f"Attribution (delete-echo): “{text}” repeats the attribution of the sentence "
                        "before it; deleted.", 0.75)
    if first_word in ("He", "She") and sentence.span.start <= _PERSON_SCAN_CHARS \
            and _NO_PERSON_BEFORE.fullmatch(doc.text, 0, sentence.span.start):
        # "The law raises the fine. He said.": nobody the text names before could be "he"
        # (no speech verb, no personal pronoun, no title); the tag is invented, not cut off.
        return self.edit(prev.span.end, sentence.span.end, "",
                        f"Attribution (delete-invented-tag): “{text}” has no speaker in the text before it "
                        "to refer to; deleted.", 0.65)
    if forward or following is not None and reported_with_same_subject(text, doc.sentence_text(following)):
        # "… was fined. He said. He had only followed orders.": a bare pronoun tag before a
        # clause with the same pronoun as its subject is indirect speech ("He said he had
        # …"): the tag introduces the clause after it, not the fact before it.
        return join_forward(self, doc, sentence, following, text,
                             "" if forward else ", whose subject is the same pronoun")
    if tag_repeated_speaker.pronoun_only_tag(text):  # "… next month. He said.": no source
        return self.edit(prev.span.end, sentence.span.end, "", tag_repeated_speaker.pronoun_tag_why(text), 0.6)
    if first_word in ("He", "She", "It", "They", "We", "The"):
        # A pronoun or "The ..." tag continues the sentence in lower case: "..., it said.";
        # a paper's title keeps its "The" ("…, The Evening Ledger reported.").
        lead = text[0] if tag_detached.outlet_title(text) else text[0].lower()
        return self.edit(stop, sentence.span.start + 1, ", " + lead,
                        f"“{text}” is a speech tag cut off the sentence it attributes.", 0.75)
    if loose and (tag_detached.lowers(first_word) or first_word == "According"):
        # "Managers warned." -> ", managers warned."; "According to what the bank said." ->
        # ", according to …": a preposition's capital was only the false stop's.
        return self.edit(stop, sentence.span.start + 1, ", " + text[0].lower(),
                        f"“{text}” is a speech tag cut off the sentence it attributes.", 0.7)
    if (title := BARE_TITLE_END.search(doc.sentence_text(prev))) and role_noun(title[1]):
        # "…, prosecutor. Ana Ruiz told the court.": the bare title is the named speaker's.
        return self.edit(stop, sentence.span.start, " ", f"“{title[1]} {text}” is a speech tag the stop cut "
                        "between the title and the name; rejoined.", 0.7)
    described = ROLE_AFTER_QUOTE.search(doc.sentence_text(prev))
    verb = NAME_THEN_VERB.match(text)
    if described and verb and role_noun(described["head"]):
        # "“…,” a board member of the union. Ana Ruiz said.": the role before the stop
        # describes the speaker, so the name is its appositive, set off on both sides.
        return self.edit(stop, sentence.span.start + verb.end("name"), f", {verb['name']},",
                        f"“{text}” is a speech tag cut off the role that describes its speaker; the "
                        "name is set off with commas.", 0.7)
    # The tag's capital was only the false stop's unless it is a name's or a title's
    # ("Police spokesman Ali Demir said." -> "…, police spokesman …"; "Reuters reported.").
    return self.edit(stop, sentence.span.start + 1, ", " + tag_lead_case.lead_letter(text),
                    f"“{text}” is a speech tag cut off the sentence it attributes.", 0.75)


RULES = (detached_speech_tag,)
