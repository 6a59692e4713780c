"""Names cut off by a false stop whose bare join would be wrong: a full name after a
sentence that ends on a complete place or date ("… in Porto. Lena Sorensen.": only shown),
the rest of an institution's name cut off a one-noun tag ("…, the ministry said. Of
Health." -> "…, the Ministry of Health said.") and its front ("…, the center said. National
Storm." -> "…, the National Storm Center said."). Pure functions of the text, used by
:mod:`repair.rules.stops`.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.base import lazy_compile
from repair.rules.stops_candidates import StopRepair
from repair.rules.stops_classes import INSTITUTION_NOUNS
from repair.rules.stops_words import looks_modifier

__all__ = ["bare_infinitive_end", "ends_where_no_name_fits", "institution_in_tag", "institution_name",
           "name_after_place_or_date", "name_before_pronoun", "name_into_gap"]

# Words that open a place-name pair ("New York", "San Remo"): after them a name continues.
_NAME_PREFIXES = frozenset("new san santa los las st saint fort port mount lake cape el la le de".split())


def name_after_place_or_date(p: list[str], q: list[str], piece: str) -> bool:
    """The piece ``q`` is a name (one to four capitalised words, no comma) and the sentence
    ``p`` before the stop ends on a preposition, maybe "the", and one capitalised word ("in
    Lisbon", "on Wednesday", "of the Maldives"): a complete place or date no name can
    continue ("from Leiden. Vermeer." is no "Leiden Vermeer")."""
    if not 1 <= len(q) <= 4 or "," in piece or not all(w[:1].isupper() for w in q) or len(p) < 3:
        return False
    if len(q) == 1 and (not q[0].isalpha() or lexicon.is_function_word(q[0]) or q[0].isupper()):
        return False  # an acronym or a capitalised function word is no name here
    last = p[-1]
    # ("in the White. House." is a name still open: after "the" only a full name is held off.)
    before = p[-3] if p[-2] == "the" and len(q) >= 2 else p[-2]
    return last[:1].isupper() and last[1:].islower() and last.lower() not in _NAME_PREFIXES \
        and before.lower() in lexicon.PREPOSITIONS and before.islower()


_CALENDAR = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split())


def ends_where_no_name_fits(p: list[str], q: list[str]) -> bool:
    """The capitalised piece ``q`` follows a sentence ``p`` (four words or more) whose
    last word no name or noun can stand beside: a weekday or month ("on Monday"), a figure
    or its unit ("4.5 percent"), a plural ("two of the goals"), a predicate after "be"
    ("would be darker"). A bare join would tack the
    piece on the end ("… on Monday Arvela."); its slot is a gap inside the sentence (a
    preposition with no object, a title with no name), which only an editor can pick.

    Kept (False): an acronym ("… told the local radio. KVR."), a name after one singular
    noun ("… in the capital. Oslo.", "… state radio. Kanal 5."), a name after a
    capitalised word it continues ("… Prime Minister Mark. Rutte.")."""
    if len(p) < 4 or any(len(w) > 1 and w.isupper() for w in q):
        return False
    last = p[-1]
    if last[:1].isupper():
        return last.lower() in _CALENDAR
    if last[:1].isdigit():
        return True
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
    # "… would be darker.": a predicate after a form of "be" is no noun a name continues
    # (an adverb there, "are largely. mature.", still waits for its word).
    predicate = q[0][:1].isupper() and p[-2].lower() in _BE_FORMS and not lexicon.is_function_word(last) \
        and not last.endswith("ly")
    return plural or predicate or p[-2][:1].isdigit()  # "… two of the goals.", "… to 4.5 percent."


def bare_infinitive_end(p: list[str]) -> bool:
    """The sentence ends on a bare verb after a modal or "likely to"/"able to" ("… other lenders
    were likely to follow."): a capitalised noun after it is its object only when the verb takes
    one ("will follow. Suit.") and a stray remnant when it does not ("… to follow. Mortgage."),
    which no grammar tells apart; the join is an editor's call."""
    last, before = p[-1], p[-2].lower()
    if not last.isalpha() or not last.islower() or lexicon.is_function_word(last) \
            or last.endswith(("ed", "ly", "s", "ing")):
        return False
    return before in _MODALS_BEFORE_VERB or before == "to" and p[-3].lower() in _TO_BEFORE_VERB


_BE_FORMS = frozenset("be is are was were been being".split())
_MODALS_BEFORE_VERB = frozenset("will would can could may might must should shall".split())
# Words whose "to" is an infinitive's, never a preposition's ("likely to follow", not "moved to Oslo").
_TO_BEFORE_VERB = frozenset("likely unlikely able unable expected going set due ready willing plans planned".split())


# A preposition, the word after it and the one after that: a gap when the second is a
# finite verb and the third opens its object ("the province of reported 12 cases").
_PREPOSITION_GAP = lazy_compile(r"\b(?P<preposition>of|in|at|from|near) (?P<verb>[a-z]+) (?P<next>[\w'’]+)")
_OBJECT_OPENERS = frozenset("the a an that his her its their our".split())
_COUNTS = frozenset("two three four five six seven eight nine ten dozens hundreds thousands several".split())


def name_into_gap(text: str, prev_start: int, stop: int, piece_end: int, piece: str) -> StopRepair | None:
    """"… officials in the province of reported 12 cases. Arvela.": the name cut off the
    sentence fills the one gap a preposition left before the verb ("of Arvela reported");
    moved back, unsafe. None unless there is exactly one such gap: a preposition followed
    by a past or speech verb that a determiner, count, figure or preposition follows (not
    "of reported cases", where the verb form is an adjective)."""
    found = []
    for gap in _PREPOSITION_GAP.finditer(text, prev_start, stop):
        verb, after = gap["verb"], gap["next"].lower()
        finite = verb in lexicon.IRREGULAR_PAST or verb in lexicon.SPEECH_VERBS or (
            len(verb) > 4 and verb.endswith("ed"))
        # A participle used as an adjective takes a noun ("of reported cases"); a finite
        # verb takes an object, a count, a figure or a preposition ("of queued at").
        if finite and (after in _OBJECT_OPENERS or after in _COUNTS or after[:1].isdigit()
                       or after in lexicon.PREPOSITIONS):
            found.append(gap)
    if len(found) != 1:
        return None
    at = found[0].end("preposition")
    return StopRepair("move-displaced", at, piece_end, f" {piece[:-1]}{text[at : stop + 1]}", 0.6,
                      f"“{piece[:-1]}” fills the gap after “{found[0]['preposition']}”, which a verb follows "
                      "with no object between; moved back.")


# A tag whose speaker is an article and one noun (", the ministry said."), which an "of"
# phrase cut off after the stop completes as an institution's name.
# A short time or manner phrase after the tag's verb ("said on Monday", "said in a statement").
_TAG_ADJUNCT = r"(?: (?:on|in|at|last|this|late|early) [\w ]{1,25})?"
_ONE_NOUN_TAG = lazy_compile(
    r", (?P<article>the) (?P<noun>[a-z]{3,}) (?:said|says|added|reported)" + _TAG_ADJUNCT + r"\.$")


# Head nouns of an institution's name that an "of" phrase completes ("Ministry of Health").
_INSTITUTIONS = frozenset(
    """ministry department bank institute office bureau university council court agency board authority
    commission federation association union academy museum chamber church college school society
    centre center service""".split())
_SPEECH_END = lazy_compile(r"\b(?:said|says|added|reported)" + _TAG_ADJUNCT + r"\.$")


def institution_in_tag(text: str, prev_start: int, stop: int, piece_end: int, prev_text: str,
                     piece: str) -> StopRepair | None:
    """"…, the ministry said. Of Health.": the "of" phrase is the rest of the speaker's
    name, cut off the tag; it goes back after the noun, which takes the name's capital
    ("the Ministry of Health said."). None when the tag is not an article and one noun."""
    tag = _ONE_NOUN_TAG.search(prev_text)
    if tag is None or tag["noun"] not in _INSTITUTIONS:
        if _SPEECH_END.search(prev_text):
            # "…, the central bank said. Of England.": "said of England" is no English; the
            # name belongs in the tag, which only an editor can rebuild.
            return StopRepair("join", stop, piece_end - len(piece) + 1, " " + piece[0].lower(), 0.35,
                              f"“{piece}” is cut off the speaker's name in the tag; an editor should put it back.",
                              display=True)
        return None
    at = prev_start + tag.start("noun")
    noun = tag["noun"]
    rest = text[at + len(noun) : stop + 1]
    return StopRepair("move-displaced", at, piece_end, f"{noun[0].upper()}{noun[1:]} {piece[:-1].lower()[:2]}"
                      f"{piece[2:-1]}{rest}", 0.55,
                      f"“{piece[:-1]}” completes the speaker's name the tag gives (“{noun} {piece[:-1].lower()[:2]}"
                      f"{piece[2:-1]}”); moved back beside it.")


# The next sentence opens with a personal pronoun subject and its verb ("He struck …").
_PRONOUN_SUBJECT = lazy_compile(r"\s+(He|She|They) ([a-z]+)\b")


def name_before_pronoun(text: str, stop: int, piece_end: int, p: list[str], q: list[str],
                        piece: str) -> StopRepair | None:
    """The piece is a name (two to five capitalised words, no function word, no comma) cut
    off the front of the next sentence, whose subject MT then filled with a pronoun: "… in
    the 113th minute. Defender Ana Ruiz. She struck from 20 metres." The name is that
    sentence's subject; the pronoun is the intruder. Joined back, the name would trail the
    sentence before it. The repair deletes the stop after the name and the pronoun."""
    if not 2 <= len(q) <= 5 or "," in piece or not all(w[:1].isupper() and not lexicon.is_function_word(w) for w in q):
        return None
    if len(p) < 3 or not lexicon.has_clause(p) or text[piece_end - 1] != ".":
        return None
    found = _PRONOUN_SUBJECT.match(text, piece_end)
    if not found or not lexicon.looks_finite(found[2]):
        return None
    run = next((i for i, w in enumerate(p) if not w[:1].isupper()), len(p))
    if 2 <= run < len(p) and lexicon.looks_finite(p[run]):
        return None  # "State Interior Minister visited …. Klaus Brandt.": the name fills the title's gap

    return StopRepair("delete-intruder", piece_end - 1, found.start(2), " ", 0.55,
                      f"“{piece[:-1]}” is the subject of the next sentence, cut off it; the pronoun that "
                      f"stands in for it (“{found[1]}”) is deleted and the name joined on.")



def institution_name(text: str, subject_start: int, subject_end: int, stop: int, piece_end: int,
                     piece: str) -> StopRepair | None:
    """The front of an institution's name cut off past a tag that gives only its head noun:
    "…, the center said. National Storm." -> "…, the National Storm Center said." The tag's
    subject ``text[subject_start:subject_end]`` must be "the" and an institution noun and the
    piece one to three capitalised words with no function word. Applied when the piece opens
    with an adjective by its form ("National", "Federal": no person's name opens so); else
    only shown, as a name beside a title ("the center Ana Ruiz said") may be meant."""
    subject = text[subject_start:subject_end].split()
    words = piece[:-1].split()
    if len(subject) != 2 or subject[0].lower() != "the" or subject[1].lower() not in INSTITUTION_NOUNS \
            or not 1 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words) \
            or any(lexicon.is_function_word(w) for w in words):
        return None
    head = subject[1][:1].upper() + subject[1][1:]
    adjective = looks_modifier(words[0])
    return StopRepair("move-displaced", subject_start, piece_end,
                      f"{subject[0]} {piece[:-1]} {head}{text[subject_end : stop + 1]}", 0.6 if adjective else 0.4,
                      f"“{piece[:-1]}” is the front of the name whose head “{subject[1]}” the tag gives; "
                      "moved back before it.", display=not adjective)
