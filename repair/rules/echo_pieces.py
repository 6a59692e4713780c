"""A noun phrase left standing after a sentence, naming again what the text already gave (FR011).

Pivot MT sometimes repeats, as a sentence of its own, a noun phrase the story has already
used: a person's role ("… was arrested in his office. Deputy mayor of the province." after
"former deputy mayor Ivo Kask"), the subject of the sentence just read ("… can be seen
leaving the site. The suspect."), or the name the next sentence opens with ("… the army
later admitted. Gen. Ana Ruiz. Gen. Ana Ruiz, the chief of staff, said …"). The piece has no
verb, so it is no sentence; a join would glue a stray noun phrase onto a whole sentence;
it carries no word the reader has not already met, so deleting it loses nothing.

The grammar that marks it:

- the piece is a noun phrase of two to six words: it opens with a determiner or a
  capitalised word that is no preposition, conjunction, adverb or quantity ("Half the
  cost."), holds no verb, time word or figure, and its last word is a noun (not an "-ly"
  adverb, a superlative or a participle);
- the sentence before does not end on a verb still waiting for its object ("… will
  bear. Half the cost.") or on a run of initials ("the U.S.");
- and either every content word of it stands earlier in the story (a bounded look back),
  the piece coming after a sentence of the same paragraph, or it is word for word the
  opening of the next sentence.

One-word pieces are left to FR001, which knows a name the paragraph gave; pieces with a
word the story has not used stay ("The bill was a mess. A farce."); so do a speaker's
repeated words inside a quotation. Unsafe: an editor confirms the deletion.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.quote_marks import quote_marks
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.stops_subject_verb import verb_follows_piece
from repair.rules.stops_words import stem

MAX_PIECE_CHARS = 60
MAX_PIECE_WORDS = 6
# How far back the story may have named the role or the thing (a few paragraphs of news).
LOOK_BACK_CHARS = 1500
# A short capitalised piece closed by a full stop: the cheap first look.
_PIECE = lazy_compile(
    r"[A-Z](?:[^.!?:;,“”\"()\d]|(?:(?<=Sen)|(?<=Rep)|(?<=Gen)|(?<=Gov)|(?<=Dr)|(?<=Mr)|(?<=Mrs)|(?<=Ms)|(?<=Lt)"
    r"|(?<=Col)|(?<=Prof))\.){0,58}[a-z]\.")
# Words that can't head a noun phrase of their own: they make an emphatic or a modifier piece.
_NOT_NOUN_END = lazy_compile(r"(?:[a-z]+ly|[a-z]{3,}est|most|least|best|worst|[a-z]{3,}ing|[a-z]{3,}ed)$")
# Adverbs that open a comparison or a focus piece, not a noun phrase ("Just like him.").
_ADVERBS = frozenset("just only even still also already almost nearly quite very much far well so too".split())
# A stop that is the last of a run of initials ("the U.S."): no sentence need end there.
_INITIALS_END = lazy_compile(r"\b(?:[A-Z]\.){2,}$")
# Words before a determiner that make the piece a quantity of something ("Half the cost."):
# the object a verb before the stop lost, not an echo.
_QUANTIFIERS = frozenset("half all both part most some many much each twice".split())
# A sentence ending on a modal or auxiliary and a bare verb: its object may be the piece.
_VERB_WITHOUT_OBJECT = lazy_compile(r"\b(?:will|would|can|could|must|should|may|might|to|did|does|do) [a-z]+\.$")
# Titles written with a stop: "Sen. Ana Ruiz" opens with one, but is still one piece.
_TITLE_STOP = lazy_compile(r"\b(?:Sen|Rep|Gen|Gov|Col|Lt|Sgt|Capt|Dr|Mr|Mrs|Ms|St|Prof)\.$")
# A sentence cut off on a preposition that wants its object ("… a year, according to.", "… was
# signed by."): the piece after the stop is that object, the sentence's continuation; deleting
# it would leave the sentence broken. Adverb particles that may end a sentence ("prices went
# up.", "the deal fell through.") are not listed.
_DANGLING_PREPOSITION_END = lazy_compile(
    r"\b(?:to|of|by|for|from|with|at|into|onto|than|via|per|among|amid|between|despite|toward|towards"
    r"|upon|unlike|like|as|during|within|without|against|until|including|such as|the|a|an)\.$")


def _noun_phrase(q: list[str]) -> bool:
    """``q`` reads as a bare noun phrase: a determiner or a capitalised content word first,
    no verb, and a noun last."""
    first = q[0].lower()
    if first in lexicon.PREPOSITIONS or first in lexicon.CONJUNCTIONS or first in lexicon.SUBJECT_PRONOUNS \
            and first not in ("this", "that", "these", "those"):
        return False
    if first not in lexicon.DETERMINERS and (lexicon.is_function_word(q[0]) or first in lexicon.TIME_OPENERS
                                            or first in lexicon.SENTENCE_ADVERBS):
        return False
    if first in ("this", "that", "these", "those") and len(q) == 1:
        return False
    lowered = [w.lower() for w in q]
    if first in _ADVERBS or first in _QUANTIFIERS or any(
            w in lexicon.PREPOSITIONS and w != "of" or w in lexicon.CONJUNCTIONS for w in lowered):
        return False  # "Just like Robbie.", "Deputy head at the port.": a comparison or an adjunct
    if any(w in lexicon.AUXILIARIES or w in lexicon.SPEECH_VERBS for w in lowered) or lexicon.has_clause(q):
        return False
    last = lowered[-1]
    return not lexicon.is_function_word(last) and not _NOT_NOUN_END.search(last)


def _all_given(content: list[str], before: str) -> bool:
    """Every content word of the piece stands in ``before`` (compared by stem)."""
    have = {w.lower() for w in lexicon.words(before)}

    def given(word: str) -> bool:
        # Compared by a prefix, so "party" finds "parties" and "region" finds "regional".
        lowered = word.lower()
        if stem(lowered) in have or lowered in have:
            return True
        prefix = lowered[: max(4, len(lowered) - 1)]
        return any(w.startswith(prefix) for w in have)

    return all(given(w) for w in content)


def echo_piece(doc: Document, position: int) -> tuple[int, int] | None:
    """The span to delete (from the end of the sentence before to the end of the piece) when
    the sentence at ``position`` is a noun phrase echoing what the story already gave or
    what the next sentence opens with (see the module doc); None otherwise."""
    sentence = doc.sentences[position]
    start, end = sentence.span.start, sentence.span.end
    if end - start > MAX_PIECE_CHARS or not _PIECE.fullmatch(doc.text, start, end):
        return None
    prev = doc.previous_in_paragraph(position)
    if prev is None or doc.text[prev.span.end - 1] != "." or _TITLE_STOP.search(doc.text, prev.span.start,
                                                                                   prev.span.end):
        return None
    text = doc.sentence_text(sentence)
    q = lexicon.words(text)
    if not 2 <= len(q) <= MAX_PIECE_WORDS or _INITIALS_END.search(doc.text, prev.span.start, prev.span.end):
        return None  # ("… with the U.S. This year.": the stop is the abbreviation's)
    if _VERB_WITHOUT_OBJECT.search(doc.text, max(prev.span.start, prev.span.end - 40), prev.span.end):
        return None  # "The region will bear. Half the cost.": the piece is the verb's lost object
    if _DANGLING_PREPOSITION_END.search(doc.text, max(prev.span.start, prev.span.end - 20), prev.span.end):
        return None  # "… a year, according to. The agency.": the piece completes the sentence
    if quote_marks(doc).quotation_open(doc.paragraphs[sentence.paragraph].start, start):
        return None  # inside a quotation: the speaker's clipped or repeated words are theirs to keep
    lowered = [w.lower() for w in q]
    if any(w in lexicon.AUXILIARIES or w in lexicon.SPEECH_VERBS or w in lexicon.TIME_WORDS for w in lowered):
        return None  # a verb makes it a sentence; a time word an adjunct ("This year.")
    if verb_follows_piece(doc.text, end):
        return None  # "… a dispute. The court. found that …": the piece is the next verb's subject
    following = doc.next_in_paragraph(position)
    if following is not None and len(q) >= 2 and doc.text.startswith(text[:-1], following.span.start) \
            and following.span.end - following.span.start > len(text) + 10:
        return prev.span.end, end  # "… Gen. Ana Ruiz. Gen. Ana Ruiz, the chief of staff, said …"
    if not _noun_phrase(q) or lexicon.repeats_count(q, lexicon.words(doc.sentence_text(prev))):
        return None  # (a count and its noun the sentence gives: repeated for emphasis, kept)
    before = doc.text[max(0, start - LOOK_BACK_CHARS) : start]
    content = [w for w in q if not lexicon.is_function_word(w)]
    if not content or not _all_given(content, before):
        return None
    return prev.span.end, end


@rule(
    "FR011",
    "echoed-noun-phrase",
    "fragment",
    Safety.UNSAFE,
    bad=[
        ("Ivo Kask, a former deputy mayor in the province, was sentenced on Monday.\n\n"
         "Kask was arrested in 2022 at his desk. Deputy mayor of the province. He had run the roads office since 2015.",
         "Ivo Kask, a former deputy mayor in the province, was sentenced on Monday.\n\n"
         "Kask was arrested in 2022 at his desk. He had run the roads office since 2015."),
        ("The court saw a video in which the suspect can be seen leaving the site at night. The suspect.",
         "The court saw a video in which the suspect can be seen leaving the site at night."),
        ("Turnout fell, the army later admitted. Gen. Ana Ruiz. Gen. Ana Ruiz, the chief of staff, said it was "
         "a mistake.",
         "Turnout fell, the army later admitted. Gen. Ana Ruiz, the chief of staff, said it was a mistake."),
        ("Lena Ortiz, the union's regional secretary, said the strike would go on. Members voted for it, she "
         "added. Regional secretary of the union.",
         "Lena Ortiz, the union's regional secretary, said the strike would go on. Members voted for it, she "
         "added."),
    ],
    good=[
        "The bill was a mess. A farce.",
        "It was the worst flood in memory. The worst.",
        "The suspect fled the site. The suspect was caught on Monday.",
        "The suspect was seen leaving at night. Later.",
        "He met the mayor of the province. In the province.",
        "The mayor opened the fair. “The mayor. The fair.” That was all he said.",
        "The mayor thanked the fire crews. All of them.",
        "Prices rose again in March. Again.",
        "The bridge will cost 90 million euros. The region will bear. Half the cost.",
        "The agency counts the boats. The port sees 400 boats a year, according to. The agency.",
        "The hearing is in Lisbon on Monday.\n\nIt was moved, the judges said. Lisbon.",
        "The law was passed by the ruling party. Law and Justice.",
        "Gen. Ana Ruiz spoke. Ruiz, 54, leads the army.",
        "Exports depend on demand in the U.S. This year.",
        "He told them: \"We will rebuild. Whatever it takes. Whatever it takes, we will rebuild.\"",
    ],
    scope="document",
)
def echoed_noun_phrase(doc: Document, self: Rule) -> Iterator[Edit]:
    """A verbless noun phrase after a complete sentence whose words the story already gave
    (a role, the subject just read) or the next sentence opens with: deleted (see the
    module doc). Unsafe: an editor confirms."""
    for position, sentence in enumerate(doc.sentences):
        if sentence.index_in_paragraph == 0 or sentence.span.end - sentence.span.start > MAX_PIECE_CHARS:
            continue
        found = echo_piece(doc, position)
        if found is not None:
            text = doc.sentence_text(sentence)
            # The span takes the last letter and the stop before the piece: a join or comma
            # another rule proposes at that stop ("… early, sporting director of the club.")
            # starts later and gives way to this deletion.
            last = found[0] - 2
            yield self.edit(last, found[1], doc.text[last : found[0]],
                            f"Fragment (delete-echo): “{text}” only names again what the story already "
                            "gives; it is deleted.", 0.7)


RULES = (echoed_noun_phrase,)
