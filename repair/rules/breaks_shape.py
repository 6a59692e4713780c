"""The shape of a piece that can be an MT fragment: short, capitalised, ended by a full stop,
with no clause in it (``is_capitalised_fragment``), and the size limits the fragment rules
share (FR001 in ``breaks``, FR002 in ``breaks_compound``).

A writer's own verbless sentences ("Very odd.", "Mostly minor cuts.", "Mediocre at best.")
have this shape too; the openers and hedges below tell them apart from a tail cut off a
clause, which is a phrase or a name.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules import breaks_echoes, stops_adverbs, stops_classes, stops_subjects
from repair.rules.base import lazy_compile
from repair.rules.change_verbs import BY_AMOUNT_PAST

MAX_FRAGMENT_WORDS = 5
MAX_PHRASE_WORDS = 8
MAX_FRAGMENT_CHARS = 80  # a cheap pre-filter: five words (or a short phrase) rarely take more
MAX_CHAIN_WORDS = 16  # a chain of prepositional phrases ("In the first debate of the campaign for …")
MAX_CHAIN_CHARS = 110


def is_capitalised_fragment(sentence_text: str) -> bool:
    """A short, capitalised, full-stop-ended piece with no clause in it."""
    if not sentence_text.endswith(".") or sentence_text.endswith(".."):
        return False
    if not sentence_text[:1].isupper():
        return False
    tokens = lexicon.words(sentence_text)
    # A prepositional phrase carries its own object, so it may run longer ("From 1.9 billion
    # in the first quarter.") and still be no sentence.
    limit = MAX_PHRASE_WORDS if tokens and tokens[0].lower() in lexicon.PREPOSITIONS else MAX_FRAGMENT_WORDS
    if limit == MAX_PHRASE_WORDS and len(tokens) > limit and breaks_echoes.short_phrase_chain(tokens):
        limit = MAX_CHAIN_WORDS
    if not tokens or len(tokens) > limit:
        return False
    if len(tokens) > MAX_FRAGMENT_WORDS and not breaks_echoes.prepositional_chain(tokens):
        return False
    if tokens[0].lower() in lexicon.STANDALONE_OPENERS and " ".join(tokens).lower() not in _UP_TO_NOW:
        return False
    if " ".join(tokens).lower() in _PRO_FORM_CONDITIONALS:
        return False  # "Will prices rise? If so.": a writer's ellipsis that takes up the sentence before
    if any(lexicon.is_glued(t) or stops_classes.glued_tag_verb(t) for t in tokens):
        return False  # "BBCreported", "The Timesreported": a lost space, handled by the spacing rules
    if len(tokens) == 1 and (len(tokens[0]) <= 2 or tokens[0].isupper()):
        return False  # initials and acronyms ("U.", "AP.") are splitter leftovers, not MT tails
    if any(t.lower() in ("vs", "v") for t in tokens):
        return False  # results tables ("Net 5.6 mln vs 4.3 mln.")
    lone_adverb = len(tokens) == 1 and stops_adverbs.is_lone_adverb(tokens[0])  # moved back by FR001
    if tokens[0].lower() in _STYLISTIC_OPENERS or (tokens[0].endswith("ly") and len(tokens) <= 2 and not lone_adverb):
        return False  # a writer's own verbless sentence ("Very odd.", "Twice.", "A farce.")
    if tokens[0].lower() in _FOCUS_ADVERBS and len(tokens) >= 2 and tokens[1].lower() not in lexicon.PREPOSITIONS:
        return False  # "Mostly sore arms.": a writer's gloss on the sentence before; a tail cut off
        # a clause keeps its preposition ("Mainly in the north.")
    if _LIST_COLON.search(sentence_text) or "," in sentence_text or any(t.lower() in _MISSED_VERBS for t in tokens):
        return False  # a list line ("Booked: Ruiz, Cole."), an aside ("For details, call …") or a missed clause
    if len(tokens) >= 3 and " ".join(tokens[-2:]).lower() in _VERDICT_HEDGES:
        return False  # "Tired nonsense at best.": a reviewer's verbless verdict, no cut-off tail
    clause_words = phrase_clause_words(tokens) if tokens[0].lower() in lexicon.PREPOSITIONS else tokens
    return not lexicon.has_clause(clause_words) and not stops_subjects.counted_subject_clause(tokens) \
        and not stops_subjects.quantifier_subject_clause(tokens)  # "Some fled to the hills."


def phrase_clause_words(tokens: list[str]) -> list[str]:
    """The words of a preposition-led piece that the clause test should read: the month
    "May" after a preposition ("in May last year") is no modal, and a past participle that
    "by" follows inside a noun phrase ("a licence issued by the agency", "the contest run
    by the city") is a reduced relative, no finite verb. Both are left out; every other word
    stays, so "In May the council voted." still reads as a clause."""
    kept = []
    for i, token in enumerate(tokens):
        low = token.lower()
        before = tokens[i - 1].lower() if i else ""
        after = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        if token == "May" and before in lexicon.PREPOSITIONS:
            continue  # "At the port in May last year."
        agent = tokens[i + 2] if i + 2 < len(tokens) else ""
        if after == "by" and i >= 2 and before not in _CLAUSE_BEFORE_PARTICIPLE \
                and (low in _SAME_FORM_PARTICIPLES or len(low) > 4 and low.endswith("ed")) \
                and low not in _CHANGE_VERBS and before[:1].isalpha() and before not in lexicon.PREPOSITIONS \
                and (agent.lower() in lexicon.DETERMINERS or agent[:1].isupper()):
            continue  # "Under a licence issued by the agency": the participle after its noun, then its agent
        kept.append(token)
    return kept


# Irregular past forms that are participles too ("a road built by …"); "rose", "fell", "grew"
# before "by" are a clause's own verb ("prices rose by 30 per cent").
_SAME_FORM_PARTICIPLES = frozenset("made held led run built won paid sold set hit found told brought caught "
                                   "bought kept sent spent struck shut cut".split())
# Verbs of change, whose "by" gives the amount: "In March sales increased by the most in years." is a clause.
_CHANGE_VERBS = BY_AMOUNT_PAST
# Words before a participle that make it a verb group of its own ("was issued by", "has run by").
_CLAUSE_BEFORE_PARTICIPLE = frozenset(
    "is was are were be been being has have had and or it they he she we who which that".split())


# "So far." opens on a standalone opener but is the same time adverbial as "To date." and
# "As yet.", which FR001 joins: a span up to now that only dates the clause before (clean
# news prints none of the three as a sentence of its own after a full stop).
_UP_TO_NOW = frozenset(["so far"])
# A conditional whose clause is a pro-form: "so" and "not" take up the whole sentence before
# ("Will the plant close? If so.", "… may resign. If not."), "anything" corrects it ("Prices
# did not fall. If anything."). Joined to that sentence it says nothing ("… the plant close if
# so"): the writer's own elliptical sentence, or the head of the next one ("If so. the union
# …"), never a tail cut off the sentence before. A trailing "if necessary" or "if possible"
# can be such a tail ("The army will step in. If necessary."), and stays a fragment.
_PRO_FORM_CONDITIONALS = frozenset(["if so", "if not", "if anything"])
# A colon that is no clock or race time ("2:15:09"): a list line or a label.
_LIST_COLON = lazy_compile(r":(?!\d)")
# Openers of the short verbless sentences columnists and sports writers use on purpose;
# an MT tail is a phrase or a name, not an exclamation or an indefinite aside. "Just" is the
# focus adverb "only" and "even" (``lexicon.STANDALONE_OPENERS``) are: "Just quieter.",
# "Just like last year." (clean news prints such pieces; the training sets cut no tail so).
_STYLISTIC_OPENERS = frozenset("very twice once overall period sigh a an what such quite really too just".split())
# "cannot", "include(s)" and negative contractions that lost their apostrophe ("doesnt",
# "wasnt"): finite verbs the clause test does not see ("The museum doesnt charge …" is a
# sentence, not a fragment). "cant" and "wont" are nouns too, and are left out.
_MISSED_VERBS = frozenset("""cannot include includes doesnt dont didnt isnt arent wasnt werent hasnt havent
    hadnt wouldnt couldnt shouldnt mustnt neednt""".split())
# Focus adverbs that open a writer's verbless gloss on a noun phrase ("Mostly minor cuts.").
_FOCUS_ADVERBS = frozenset("mostly mainly largely chiefly partly usually".split())
# Hedges that close a writer's own verbless verdict ("Mediocre at best."); an MT tail cut
# off a sentence does not end on one.
_VERDICT_HEDGES = frozenset(["at best", "at worst"])
