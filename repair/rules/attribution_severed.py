"""A report whose attribution was severed from it and set in the pivot's order (AT010).

Split from :mod:`repair.rules.attribution`.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules import stops_clauses, tags
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.stops_noun_pairs import goes_on_after
from repair.rules.stops_words import is_name
from repair.rules.tag_appositive_speaker import appositive_speaker
from repair.rules.tag_generic_speaker import bare_verb_speaker, generic_tag_speaker
from repair.rules.tag_named_source import TAG_ENDS, named_source, speaker_after_bare_said
from repair.text_index import text_index

# A reported clause later in a lower-case piece: "after the meeting that rents would rise".
_THAT_LATER = lazy_compile(r"^[a-z][^,.;:]{0,60}? that (?:the|a|an|it|he|she|they|we|[a-z]+s) ")


def _continues_forward(following: str) -> bool:
    """The piece after a detached tag goes on in lower case with a noun phrase or a
    reported clause ("the head of the board, that …", "that fares would rise"): the stop after
    the tag is false too, so the tag opens what follows and must not go back a sentence."""
    head = following.split(" ", 1)[0]
    return head[:1].islower() and (head in ("the", "a", "an", "that", "his", "her", "its", "their")
                                   or _THAT_LATER.search(following) is not None
                                   or stops_clauses.clause_after_opener(lexicon.words(following)))


# Characters before a pronoun tag in which its speaker counts as named already (a name the
# piece after the tag repeats is the pronoun's echo, not its speaker).
_NAMED_BEFORE_REACH = 600


@rule(
    "AT010",
    "severed-attribution",
    "attribution",
    Safety.UNSAFE,
    bad=[
        ("The river is rising fast, the director said on Friday. of the National Weather Service, Ann Lee.",
         "The river is rising fast, National Weather Service director Ann Lee said on Friday."),
        ("The vote will go ahead, the minister said. by the local radio station.",
         "The vote will go ahead, the minister said, according to the local radio station."),
        ("The cause is not yet known, fire chief Ana Ruiz said. to the local television.",
         "The cause is not yet known, fire chief Ana Ruiz told local television."),
        ("The berths will reopen in June, a spokeswoman said. of the port company.",
         "The berths will reopen in June, a port company spokeswoman said."),
        ("The berths will reopen in June, the spokesman said. for the Harbour Board, Ines Costa.",
         "The berths will reopen in June, Harbour Board spokesman Ines Costa said."),
        ("The Harbour Board, the port's owner, the berths will reopen in June. said.",
         "The Harbour Board, the port's owner, said the berths will reopen in June."),
        ("Profits will fall this year, Acme said. chief executive Jo Park.",
         "Profits will fall this year, Acme chief executive Jo Park said."),
        ("The road is safe again, said. the county engineer. Tomas Havel.",
         "The road is safe again, said the county engineer, Tomas Havel."),
        ("Fares will rise in May, said. a spokeswoman for the operator.",
         "Fares will rise in May, said a spokeswoman for the operator."),
        ("The dam is safe, the utility said on Tuesday. Water board engineer Priya Nair, in a briefing.",
         "The dam is safe, water board engineer Priya Nair said on Tuesday in a briefing."),
        ("“The dam is safe,” he said. Priya Nair, an engineer who built it.",
         "“The dam is safe,” said Priya Nair, an engineer who built it."),
        ("The dam is safe, the agency said on Tuesday. The regional water department.",
         "The dam is safe, the regional water department said on Tuesday."),
    ],
    good=[
        "The vote will go ahead, the minister said. by the end of the week.",
        "The river is rising, the director said. Of the dams, two are full.",
        "The road will stay shut, the mayor said. to the end of the week.",
        "The vote will go ahead, the minister said, according to the local radio station.",
        "The Harbour Board, the port's owner, has cut fees. said.",
        "The vote will go ahead, the minister said. of the plan.",
        "The vote will go ahead, the plan said. spokesman Ali Demir.",
        "The dam is safe, the utility said on Tuesday. Water board engineer Priya Nair disagreed.",
        "The dam is safe, he said. New Delhi, the capital of India.",
        "The dam is safe, the agency said on Tuesday. The next morning.",
    ],
)
def severed_attribution(doc: Document, self: Rule) -> Iterator[Edit]:
    """Part of a speech tag cut off into a sentence of its own after "said".

    MT systems end the sentence at "said" and strand the rest of the tag: the speaker's
    organisation and name ("the director said. of the Weather Service, Ann Lee.") or the
    outlet the report came from ("the minister said. by the local radio station."). The
    fix rebuilds the tag in English order ("Weather Service director Ann Lee said"; "the
    minister said, according to the local radio station"; "the chief said. to the local
    radio." -> "the chief told local radio.") and the bare verb cut off a sentence that
    names its speaker first ("X, the operator, repairs will take days. said." -> "X, the
    operator, said repairs will take days."), using only the words already there. Unsafe: it reorders words.
    """
    sentences = doc.sentences
    # Every sentence after another in its paragraph (a paragraph's first sentence has no
    # sentence before to read) that opens in lower case or follows a sentence ending in a
    # tag's last word (``TAG_ENDS``, which holds " said." and so ", said."): every other one
    # meets none of the tests below. Both from the shared index (issue 13).
    index = text_index(doc)
    after_tag = {position + 1 for position in index.ending_with(TAG_ENDS)}
    lower = index.opening_where(str.islower)
    for position in sorted(after_tag.union(lower).intersection(index.later)):
        sentence = sentences[position]
        prev = sentences[position - 1]  # (``doc.previous_in_paragraph`` read in place)
        if not doc.text[sentence.span.start].islower():
            # (The generic tag's last word is looked at in place first: no slice per sentence.)
            named = named_source(doc.sentence_text(prev), doc.sentence_text(sentence),
                                 doc.text[max(0, prev.span.start - _NAMED_BEFORE_REACH) : prev.span.start]) \
                if doc.text.endswith(TAG_ENDS, prev.span.start, prev.span.end) else None
            backed = True  # the rebuild's speaker is one the rules' lists or clean news back
            if named is None and doc.text.endswith(TAG_ENDS, prev.span.start, prev.span.end) and (
                    (generic := generic_tag_speaker(doc.sentence_text(prev), doc.sentence_text(sentence)))
                    or (generic := bare_verb_speaker(doc.sentence_text(prev), doc.sentence_text(sentence)))):
                # "…, the agency said. The national weather service." -> "…, the national … said.";
                # "…, reported. The state news agency Nova." -> "…, the state news agency Nova reported."
                named, backed = generic[:2], generic[2]
            following = doc.next_in_paragraph(position) if named is not None else None
            if following is not None and len(following.span) <= 40 \
                    and not lexicon.has_clause(lexicon.words(doc.sentence_text(following))):
                continue  # "… Officials at the ministry. On Friday.": a second piece cut off the tag
            if named is not None and goes_on_after(doc.text, sentence.span.end):
                continue  # "… the council said. Two nurses. and a doctor work …": the next sentence's subject
            if named is None and doc.text.endswith(" said.", prev.span.start, prev.span.end):
                # "“…,” he said. Rina Kusuma, a psychologist." -> "“…,” said Rina Kusuma, a psychologist."
                named = appositive_speaker(doc.sentence_text(prev), doc.sentence_text(sentence))
                following = doc.next_in_paragraph(position) if named is not None else None
                if following is not None and len(following.span) <= 40 \
                        and not lexicon.has_clause(lexicon.words(doc.sentence_text(following))):
                    continue
            if named is not None:
                yield self.edit(prev.span.start + named[0], sentence.span.end, named[1],
                                "Attribution (rebuild-attribution): the speaker named after the stop belongs "
                                "in the tag, in place of its generic subject.", 0.65,
                                None if backed else Safety.DISPLAY)
            elif doc.text.endswith(", said.", prev.span.start, prev.span.end) and (stop := speaker_after_bare_said(
                    doc.sentence_text(prev), doc.sentence_text(sentence))) is not None:
                # "…, said. The port's deputy director, Ana Ruiz." -> "…, said the port's deputy …"
                yield self.edit(prev.span.start + stop, sentence.span.start + 1,
                                " " + doc.text[sentence.span.start].lower(),
                                "Attribution (rebuild-attribution): the inverted tag's speaker was cut off after "
                                "its verb; joined back.", 0.65)
            continue
        prev_text = doc.sentence_text(prev)
        rebuilt = tags.severed_attribution(prev_text, doc.sentence_text(sentence))
        if rebuilt is None:
            continue
        offset, replacement, why = rebuilt
        end = sentence.span.end
        following = doc.next_in_paragraph(position)
        if replacement.startswith(" said the ") and following is not None and len(following.span) <= 40:
            # "…, said. the county engineer. Tomas Havel.": the name cut off too is the speaker's appositive
            name = doc.sentence_text(following)[:-1]
            words = name.split()
            if doc.text[following.span.end - 1] == "." and 2 <= len(words) <= 4 and is_name(words) \
                    and not any(lexicon.is_function_word(w) for w in words):
                replacement, end = f"{replacement[:-1]}, {name}.", following.span.end
        yield self.edit(prev.span.start + offset, end, replacement,
                        f"Attribution (rebuild-attribution): {why}; the tag is rebuilt in English order.", 0.7)


RULES = (severed_attribution,)
