"""The speaker cut off a placeholder tag as a bare noun phrase of its own (part of AT010).

MT that reorders a source tag ("según el regulador nacional del juego") often writes a
placeholder subject in English order and then the real speaker as a verbless sentence:
"…, the agency said. The national gaming regulator." English names the speaker once, in
the tag: "…, the national gaming regulator said." :mod:`repair.rules.tag_named_source`
rebuilds the shapes its closed noun lists know; this module takes the rest on evidence
from clean news: the piece's head noun is one clean news writes as a speech verb's speaker
(:mod:`repair.rules.speaker_heads`, built from the clean-news train split: "department",
"office", "traders", "party", "club").

Shapes taken (the piece has no verb, at most 12 words, and ends in its stop):

* an article and at most four words to a head ("The country's fire and rescue department.",
  "The Met Office."), then at most an "of"/"for"/"at"/"from" phrase or a name set off with
  commas, then at most an adjunct of occasion ("in a statement", "at a briefing");
* a capitalised common word or a proper adjective and a plural head of people or bodies
  ("Opposition parties.", "European traders.", "Lawyers for Almada.").

Left alone: a piece whose head repeats the placeholder's ("…, the agency said. The agency."
is an echo the delete rules remove), a time ("The next day."), a piece with a verb ("The
court agreed."). A head the table does not list ("The Guardian.", "The jury in its
report.") may be an outlet or a label: the rebuild is only shown (display).
"""

from __future__ import annotations

from repair import lexicon
from repair.rules import tag_lead_case
from repair.rules.base import lazy_compile
from repair.rules.speaker_heads import is_speaker_head

__all__ = ["bare_verb_speaker", "generic_tag_speaker"]

# "…, the agency said on Monday." : the placeholder tag after the sentence's last comma (or
# a quotation's closing mark): a determiner, one or two lower-case nouns, a speech verb and
# at most a time.
_PLACEHOLDER_TAG_END = lazy_compile(
    r"(?:, |[,?!][”\"] )(?P<subject>(?:the|a|an) (?:[a-z][a-z-]+ )?(?P<head>[a-z][a-z-]+)) "
    r"(?P<verb>said|added|announced|reported|confirmed|stated)"
    r"(?P<time>(?: (?:on|late|early|last|this|earlier))?(?: (?:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday|yesterday|today|week|night|morning|afternoon|evening)){1,2})?\.$")
# The tag's adjunct at the piece's end: an occasion or a document, or "by"/"in" + "-ing".
_OCCASION_END = lazy_compile(
    r",? (?P<adjunct>(?:(?:in|at|on|through) (?:a|an|its|their|his|her) |(?:by|in) [a-z]+ing )"
    r"[^.;:!?\"“”,]{2,60})\.$")
# Where the head ends: a post-modifying phrase or an appositive after a comma.
_POST_HEAD = frozenset("of for at from".split())
_PIECE_CHARS = lazy_compile(r"[\w .,&'’()-]+")
_MOST_PIECE_WORDS = 12
_TIME_HEADS = frozenset("day days week weeks month months year years time morning evening night".split())
# Heads the speaker table keeps from documents that "said" things; a piece that ends on one
# after a tag is no speaker ("…, the agency said. The report.").
_DOCUMENT_HEADS = frozenset("""report statement communique survey study suit letter announcement meeting offer plan
    system deal questioned sale summary bill program reports talks contract document issue lawsuit polled proposal
    prospectus share agreement amount complaint further index newsletter product release resolution shares
    radio magazine newspaper paper""".split())


def _singular(word: str) -> str:
    """A plural noun's singular by its ending ("parties" -> "party", "lawyers" -> "lawyer")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _known_speaker(head: str) -> bool:
    """``head`` (lower case) is a noun clean news writes as a speaker, itself or its singular,
    and no document's name."""
    return head not in _DOCUMENT_HEADS and (is_speaker_head(head) or is_speaker_head(_singular(head)))


# Nouns in "-s" that modify a following noun in a body's name ("news agency", "customs
# office", "foreign affairs ministry"): no third-person verb there.
_S_MODIFIERS = frozenset("news sports sales arms customs affairs works goods savings series".split())


def _has_verb(words: list[str]) -> bool:
    """A lower-case word of ``words`` (possessives stripped) looks like a finite verb or an
    auxiliary; a plural after a determiner, a preposition or "and" is read as a noun."""
    for i, word in enumerate(words):
        w = word.lower()
        if not word[:1].islower() or w.endswith(("'s", "’s")):
            continue
        if w in lexicon.AUXILIARIES or w in lexicon.IRREGULAR_PAST or w in lexicon.SPEECH_VERBS \
                or (len(w) > 4 and w.endswith("ed")):
            return True
        before = words[i - 1].lower() if i else ""
        if w in _S_MODIFIERS and i + 1 < len(words) and words[i + 1].islower():
            continue
        if lexicon.looks_finite(w) and i != len(words) - 1 and not (
                before in lexicon.DETERMINERS or before in lexicon.PREPOSITIONS or before == "and"):
            return True
    return False


def _speaker_head(phrase: str) -> str | None:
    """The head word of the speaker ``phrase`` (no stop, no adjunct) as written, or None when
    it is no speaker's shape: the last word before a post-modifying "of"/"for"/"at"/"from"
    or a comma, at most five words in."""
    before_comma = phrase.split(",", 1)[0]
    words = before_comma.split()
    cut = next((i for i, w in enumerate(words) if w in _POST_HEAD), len(words))
    if not 1 <= cut <= 6:
        return None
    if words[0] in ("The", "A", "An"):
        return words[cut - 1] if cut >= 2 else None
    # No article: a plural head after capitalised modifiers ("Opposition parties", "European
    # traders") or alone ("Lawyers for the crew"), a plural clean news backs as a speaker.
    head = words[cut - 1]
    if cut == 1:
        head = head.lower()
        return head if head.endswith("s") and _known_speaker(head) else None
    if not head.islower() or not head.endswith("s") or any(lexicon.is_function_word(w) for w in words[:cut]):
        return None
    return head


def _bare_post_object(phrase: str) -> bool:
    """A speaker with no article whose "of"/"for"/"at"/"from" phrase has a bare lower-case
    noun ("Officials of supply"): a body's name that lost a word ("the supply ministry"),
    and the placeholder it would replace may be that body: the rebuild is only shown.
    ("Lawyers for Almada", "Residents of the town" keep their evidence.)"""
    words = phrase.split(",", 1)[0].split()
    if not words or words[0] in ("The", "A", "An"):
        return False
    cut = next((i for i, w in enumerate(words) if w in _POST_HEAD), None)
    if cut is None or cut + 1 >= len(words):
        return False
    first = words[cut + 1]
    return first.islower() and first not in lexicon.DETERMINERS and not first[:1].isdigit()


def _role_before_name(phrase: str, head: str) -> bool:
    """The capitalised ``head`` is a name after a lower-case role noun clean news backs as a
    speaker ("The state news agency Nova", "The company ACME")."""
    words = phrase.split(",", 1)[0].split()
    at = words.index(head) if head in words else -1
    return head[:1].isupper() and at >= 1 and words[at - 1].islower() and _known_speaker(words[at - 1])


def _speaker_piece(piece: str, echo_head: str, timed: bool) -> tuple[str, str, bool] | None:
    """``piece`` (a capitalised sentence) read as a cut-off speaker: (its speaker phrase in
    running-text case, its adjunct with a leading blank or "", whether clean news backs the
    head), or None when it is no speaker's shape. ``echo_head`` is the placeholder's head
    noun ("" for none): a piece on the same head is its echo. ``timed``: the tag gives a
    time already, so an "on …" adjunct would be a second report."""
    if not piece[:1].isupper() or not piece.endswith(".") or not _PIECE_CHARS.fullmatch(piece[:-1]):
        return None
    adjunct = _OCCASION_END.search(piece)
    if adjunct is not None and timed and adjunct["adjunct"].startswith("on "):
        return None  # a second time: two reports
    phrase = (piece[: adjunct.start()] if adjunct else piece[:-1]).rstrip(",")
    words = lexicon.words(phrase)
    if not words or len(lexicon.words(piece)) > _MOST_PIECE_WORDS or _has_verb(words) or any(
            w.lower() in lexicon.SUBJECT_PRONOUNS or w.lower() in ("according", "by", "to") for w in words):
        return None
    head = _speaker_head(phrase)
    if head is None or phrase.count(",") > 1:
        return None  # one appositive at most ("The authority, known as AGCM")
    if "," in phrase and phrase.split(",", 1)[1].strip()[:1].isupper():
        return None  # a role and a name ("The head of the port authority, Lena Holm"): AT010's appositive rebuild
    low = head.lower()
    if low in _TIME_HEADS or low in lexicon.TIME_WORDS or _singular(low) == _singular(echo_head):
        return None  # a time, or the placeholder's own echo
    known = (_known_speaker(low) or _role_before_name(phrase, head)) and not _bare_post_object(phrase)
    if not known and head.islower() and not head.endswith("s") and not any(w[:1].isupper() for w in words[1:]):
        return None  # a singular common head clean news does not make a speaker ("The rest.")
    speaker = tag_lead_case.lead_letter(phrase) + phrase[1:]
    if "," in speaker:
        speaker += ","  # "the authority, known as AGCM, said": the appositive closes
    return speaker, f" {adjunct['adjunct']}" if adjunct else "", known


def generic_tag_speaker(prev_text: str, piece: str) -> tuple[int, str, bool] | None:
    """The rebuilt tag when ``piece`` (a capitalised sentence) is the real speaker of the
    placeholder tag that ends ``prev_text``: (offset in ``prev_text`` where the replacement
    starts, replacement running to the end of ``piece``, whether clean news backs the head
    as a speaker), or None.

    "…, the agency said on Monday." + "The country's fire department." -> (offset of "the
    agency", "the country's fire department said on Monday.", True).
    """
    tag = _PLACEHOLDER_TAG_END.search(prev_text, max(0, len(prev_text) - 70))
    if tag is None:
        return None
    found = _speaker_piece(piece, tag["head"], bool(tag["time"]))
    if found is None:
        return None
    speaker, tail, known = found
    return tag.start("subject"), f"{speaker} {tag['verb']}{tag['time'] or ''}{tail}.", known


# "…, reported." : a bare tag verb whose speaker the false stop cut off (", said." is
# :func:`repair.rules.tag_named_source.speaker_after_bare_said`'s, set inverted).
_BARE_VERB_END = lazy_compile(r", (?P<verb>reported|announced|confirmed|stated)\.$")


def bare_verb_speaker(prev_text: str, piece: str) -> tuple[int, str, bool] | None:
    """The rebuilt tag when ``prev_text`` ends on a bare tag verb (", reported.") and
    ``piece`` opens with an article and is a speaker's noun phrase (:func:`_speaker_piece`):
    (offset of the verb in ``prev_text``, the replacement running to the end of ``piece``,
    whether clean news backs the head), or None. "…, reported." + "The state news agency
    Nova." -> "…, the state news agency Nova reported."."""
    verb = _BARE_VERB_END.search(prev_text)
    if verb is None or not piece.startswith(("The ", "A ", "An ")):
        return None
    found = _speaker_piece(piece, "", False)
    if found is None:
        return None
    speaker, tail, known = found
    return verb.start("verb"), f"{speaker} {verb['verb']}{tail}.", known
