"""The named speaker cut off a tag whose subject is only a generic noun (part of AT010).

MT that reorders a source line ("据美国和英国当局宣布", "según informó la empresa …") often
writes the tag twice over: first a placeholder subject in English order ("…, the agency said
Monday."), then the real speaker as a sentence of its own with no verb, sometimes with the
tag's adjunct after it ("American and British authorities by announcing charges.", "The
Directorate of Fisheries, in a report to inspectors.", "Cal Fire spokeswoman Erin Macias.").
English names the speaker once, in the tag: "…, American and British authorities said
Monday by announcing charges." The placeholder is a determiner and one or two lower-case
common nouns ("the agency", "the foreign ministry", "a spokesman"); the named piece is a
capitalised noun phrase with no finite verb of its own, naming someone (a capitalised word
or an acronym as its head, or a plural noun of people after capitalised modifiers).

The repair puts the named phrase where the placeholder stood, keeps the verb and its time
("said on Monday"), and moves the piece's adjunct after them; only words already there are
used. A piece with a verb ("The FDA approved it.") is a sentence and is left alone.
"""

from __future__ import annotations

import re

from repair import lexicon
from repair.rules import tag_detached, tag_lead_case, tags
from repair.rules.base import lazy_compile
from repair.rules.glued import TITLES

# "…, the agency said on Monday." : after the sentence's last comma, a placeholder subject
# (a determiner and one or two lower-case nouns), a verb of saying, and at most a time.
_GENERIC_TAG = lazy_compile(
    r"(?P<subject>(?:the|a|an) [a-z][a-z-]+(?: [a-z][a-z-]+)?) "
    r"(?P<verb>said|told reporters|added|announced|reported|confirmed|stated)"
    r"(?P<time>(?: (?:on|late|early|last|this|earlier))?(?: (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday|yesterday|today|week|night|morning|afternoon|evening)){1,2})?\.$")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# The words _GENERIC_TAG can end on: one C-level look rules out most sentences (the
# caller asks it in place, before slicing the sentence out).
TAG_ENDS = tuple(f" {w}." for w in """said reporters added announced reported confirmed stated Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday yesterday today week night morning afternoon evening
    he she they""".split())
# A tag whose placeholder subject is a personal pronoun, after a statement's comma or a
# quotation's closing mark ("…, she said.", "…,” he said on Friday."), or a pronoun after an
# inverted verb ("…,” said she."): a pronoun names no one, so the named piece after the stop
# is its speaker, not an echo of it. (The pronoun tag of a quotation: "he" or "they" could
# only point back; "it" is a body's, whose echo is the generic tag's case.)
_PRONOUN_TAG = lazy_compile(
    r"(?:, |[,?!][”\"] )(?:(?P<subject>he|she|they) (?P<verb>said|told reporters|added)"
    r"(?P<time>(?: (?:on|late|early|last|this|earlier))?(?: (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday|yesterday|today|week|night|morning|afternoon|evening)){1,2})?"
    r"|said (?P<inverted>he|she|they))\.$")
# The tag after a quotation's closing mark with a placeholder noun ("…,” the agency said.").
_QUOTED_GENERIC_TAG = lazy_compile(r"[,?!][”\"] (?=(?:the|a|an) )")
# Where the named phrase ends and the tag's adjunct begins: "by …-ing", or an occasion or
# document ("in a statement", "at a briefing", "on its website"), with or without a comma.
_ADJUNCT = lazy_compile(r",? (?P<adjunct>(?:by [a-z]+ing|in (?:a|an|its|their|the) |at (?:a|an|the) |"
                      r"on (?:its|their) |through (?:a|an|its) |via |on " + _WEEKDAY + r"\b)[^.;:!?\"“”]*)\.$")
# A non-restrictive relative clause inside the named phrase (", which represents the operators,").
_RELATIVE = lazy_compile(r", (?:which|who) [^,]+,")
# The characters of a speaker's noun phrase: words, initials, "&" and apostrophes.
_PLAIN = lazy_compile(r"[\w .&'’-]+")
# People and bodies a plural head may name after capitalised modifiers ("British authorities").
_PLURAL_SPEAKERS = frozenset(
    "authorities officials prosecutors investigators police ministers diplomats regulators researchers".split())
# Generic nouns that can stand as a placeholder subject: a body or a person's role (the
# lists AT010 and the inverted tags already use), and plurals of people.
_PLACEHOLDERS = tags.ORGANISATION_NOUNS | tags.ROLES | _PLURAL_SPEAKERS
# Bodies that speak beyond those lists ("the fire brigade", "the coast guard").
_BODIES = tag_detached.INSTITUTION_HEADS | frozenset(
    "brigade force guard team network station observatory newspaper paper broadcaster".split())
# People who speak for what they know or do, beyond the roles and titles: a noun ending is
# no test ("number", "water" and "member" end like "manager").
_PEOPLE = TITLES | frozenset("""researcher scientist expert analyst observer witness resident engineer manager
    organiser organizer firefighter rescuer forecaster economist investigator activist campaigner protester
    owner doctor nurse teacher farmer worker""".split())


def _speaker_noun(word: str) -> bool:
    """``word`` (lower case) is a common noun that can name a speaker: a listed body, role
    or person, or the plural of one ("researchers", "firefighters")."""
    singular = word[:-2] if word.endswith("sses") else word[:-1] if word.endswith("s") and not word.endswith("ss") \
        else word
    return any(w in _PLACEHOLDERS or w in _BODIES or w in _PEOPLE for w in (word, singular))


def _common_source(phrase: str) -> bool:
    """``phrase`` (a verbless piece) names a speaker with common nouns alone: an article
    or a common capitalised word, at most three lower-case words, and a speaker noun as
    its head ("The fire brigade", "Researchers", "The provincial governor's office",
    "Local officials"). A name is :func:`_names_someone`'s; "The rest", "Engineering"
    name no one."""
    words = phrase.split(" ")
    if words[0] in ("The", "A", "An"):
        words = words[1:]
    elif not tag_lead_case.common_word(words[0]):
        return False
    else:
        words = [words[0].lower(), *words[1:]]
        if not words[-1].endswith("s") and words[-1] != "police":
            return False  # a singular head needs its article ("Company.", "Tribunal." are echoes or labels)
    if not 1 <= len(words) <= 7 or not all(_LOWER_WORD.fullmatch(w) for w in words):
        return False
    # The head stands before an "of"/"for"/"at" phrase ("the manager of the dam"); the head
    # is read as a noun, so only the words before it must not look like a verb.
    cut = next((i for i, w in enumerate(words) if w in ("of", "for", "at")), len(words))
    if not 1 <= cut <= 4 or any(lexicon.is_function_word(w) or w.endswith("ing") for w in words[: cut - 1]):
        return False  # "According to analysts", "Rising waters": no modifiers of a speaker noun
    return _speaker_noun(words[cut - 1]) and _verbless(words[: cut - 1])


# A lower-case word of a common speaker's phrase, a possessive allowed ("governor's").
_LOWER_WORD = lazy_compile(r"[a-z][a-z-]*(?:['’]s)?")


def _names_someone(phrase: str) -> bool:
    """The verbless ``phrase`` names a speaker: its last word is capitalised (a name, an
    acronym: "Erin Macias", "the FDA", "the Rail Delivery Group"), or it is a plural of
    people after a capitalised modifier ("American and British authorities")."""
    bare = _RELATIVE.sub("", phrase + ",")[:-1]
    if not _PLAIN.fullmatch(bare):
        return False  # a label or credit ("Photo: Ana Ruiz", "Reporting by …"), not a speaker
    words = lexicon.words(bare)
    if not 1 <= len(words) <= 8 or not _verbless(words) or any(
            w == "by" or (w.islower() and w.endswith("ing") and len(w) > 4) for w in words):
        return False
    first, last = words[0], words[-1]
    if first.lower() != "the" and (lexicon.is_function_word(first) or first.lower().endswith("ing")):
        return False
    if last[:1].isupper() and not lexicon.is_function_word(last):
        return len(words) >= 2 or last.isupper()
    return last in _PLURAL_SPEAKERS and any(w[:1].isupper() for w in words[:-1] if w.lower() != "and")


def _verbless(words: list[str]) -> bool:
    """No lower-case word of ``words`` looks like a finite verb. (Capitalised words are the
    name's: ``lexicon.has_clause`` reads "Erin Macias" as a name and a verb in "-s".) A
    plural noun after a determiner, an adjective or "of" is no verb ("the regional
    authorities", "head of operations"), nor the plural of people a phrase ends on."""
    for i, word in enumerate(words):
        w = word.lower()
        if not word[:1].islower() or (i == len(words) - 1 and w in _PLURAL_SPEAKERS):
            continue
        if w in lexicon.AUXILIARIES or w in lexicon.IRREGULAR_PAST or w in lexicon.SPEECH_VERBS \
                or (len(w) > 4 and w.endswith("ed")):
            return False
        before = words[i - 1].lower() if i else ""
        if lexicon.looks_finite(w) and not (before in lexicon.DETERMINERS or before in lexicon.PREPOSITIONS
                                            or before == "and"):
            return False
    return True


def named_source(prev_text: str, piece: str, before: str = "") -> tuple[int, str] | None:
    """The rebuilt tag when ``piece`` (a capitalised sentence) is the named speaker of the
    generic tag that closes ``prev_text``: (offset in ``prev_text`` where the replacement
    starts, replacement running to the end of ``piece``), or None.

    "…, the agency said Monday." + "American and British authorities by announcing charges."
    -> (offset of "the agency", "American and British authorities said Monday by announcing
    charges."). ``before`` is the text before ``prev_text`` that a pronoun tag's speaker may
    already be named in (see :func:`_pronoun_source`).
    """
    if not piece[:1].isupper() or not piece.endswith(".") or len(piece) > 200 \
            or not prev_text.endswith(TAG_ENDS):
        return None  # (a look at the sentence's last characters first: the rule asks at every sentence)
    comma = prev_text.rfind(", ")  # the tag after the sentence's last comma (none inside the tag)
    tag = _GENERIC_TAG.fullmatch(prev_text, comma + 2) if comma > 0 else None
    if tag is None and (quoted := _quoted_tag_start(prev_text)) is not None:
        tag = _GENERIC_TAG.fullmatch(prev_text, quoted)  # "…,” the agency said."
    if tag is None:
        return _pronoun_source(prev_text, piece, before)
    if not _speaker_noun(tag["subject"].split()[-1]):
        return None
    adjunct = _speaker_adjunct(piece)
    if adjunct is not None and tag["time"] and adjunct["adjunct"].startswith("on "):
        return None  # a second time ("…, the agency said Monday." + "… on Tuesday."): two reports
    phrase = piece[:adjunct.start()] if adjunct else piece[:-1]
    phrase = phrase.rstrip(",")
    common = bool(phrase) and _common_source(phrase)
    if not phrase or not (common or _names_someone(phrase)):
        return None
    if common and phrase.split()[-1].lower() == tag["subject"].split()[-1]:
        return None  # "…, the agency said." + "The agency.": an echo, for the delete rules
    if adjunct is None and not common and "," not in phrase and all(
            w[:1].isupper() or (w.islower() and len(w) <= 3) for w in phrase.split()):
        # A bare name ("Ministry of Health.", "Jean-Luc Morvan.", "La Voix du Nord."): an echo
        # of the subject or the name of the titled speaker or outlet, which SP001 and AT010's
        # other shapes handle.
        return None
    if adjunct is not None and any(w.lower() in lexicon.AUXILIARIES or w.lower() in lexicon.SUBJECT_PRONOUNS
                                   for w in lexicon.words(adjunct["adjunct"])):
        return None  # "… in a statement it issued": a clause of its own, not the tag's adjunct
    # "The FDA" -> "the FDA", "Defence counsel Ana Ruiz" -> "defence counsel …"; a name or
    # a title's run keeps its capital ("Deputy Industry Minister Ana Ruiz").
    phrase = tag_lead_case.lead_letter(phrase) + phrase[1:]
    if _RELATIVE.search(phrase + ","):
        phrase += ","  # the relative clause inside the speaker's phrase is closed before the verb
    tail = f" {adjunct['adjunct']}" if adjunct else ""
    return tag.start("subject"), f"{phrase} {tag['verb']}{tag['time'] or ''}{tail}."


# "at the" and a capitalised name: where the speakers work ("Officials at the Andean
# Institute of Health Sciences"), when the name runs to its last capitalised word.
_AT_A_BODY = lazy_compile(r"at the [A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|for|and|the))*$")


def _speaker_adjunct(piece: str) -> re.Match[str] | None:
    """``_ADJUNCT``'s match in ``piece``, passing over an "at the" phrase that names a body
    the speakers belong to ("Officials at the National Institute of Health in a statement."
    -> "in a statement"; "… at the National Institute of Health." -> None), where a
    speech tag's occasion ("at a briefing", "at the summit") is no name."""
    adjunct = _ADJUNCT.search(piece)
    while adjunct is not None and adjunct["adjunct"].startswith("at the "):
        later = _ADJUNCT.search(piece, adjunct.start() + 4)
        body = adjunct["adjunct"][: later.start() - adjunct.start("adjunct")] if later else adjunct["adjunct"]
        if not _AT_A_BODY.fullmatch(body.rstrip(", ")):
            break
        adjunct = later
    return adjunct


def _quoted_tag_start(prev_text: str) -> int | None:
    """Where the tag after a quotation's closing mark starts in ``prev_text`` ("…,” the
    agency said." -> the offset of "the"), or None when no closing mark stands in the
    last 60 characters."""
    for found in _QUOTED_GENERIC_TAG.finditer(prev_text, max(0, len(prev_text) - 60)):
        return found.end()
    return None


def _pronoun_source(prev_text: str, piece: str, before: str) -> tuple[int, str] | None:
    """The rebuilt tag when ``prev_text`` ends on a pronoun tag (see ``_PRONOUN_TAG``) and
    ``piece`` names its speaker: the named phrase replaces the pronoun ("…, she said." +
    "Health Minister Ana Ruiz." -> "…, Health Minister Ana Ruiz said."; "…,” said she." +
    "Union spokesperson Ana Ruiz." -> "…,” said union spokesperson Ana Ruiz."). A bare name
    counts here (a pronoun has no head it could echo) if it has two words at least: one
    capitalised word alone may be a credit or a label ("Reuters."). A piece with its own
    adjunct after a tag with a time is two reports, left; a piece opening on an article
    after a plain ", he said." is FR001's, which weighs its head against clean news. A name
    ``prev_text`` or ``before`` already has ("de Klerk, the expert, said …" + "“…,” she said."
    + "De Klerk.") is the pronoun's echo, which the delete rules remove."""
    tag = _PRONOUN_TAG.search(prev_text, max(0, len(prev_text) - 60))
    if tag is None:
        return None
    if tag.group(0).startswith(", ") and tag["subject"] and piece.startswith(("The ", "A ", "An ")):
        return None  # "…, it said. The police.": FR001 weighs the head against clean news (stops_tag_speaker)
    adjunct = _ADJUNCT.search(piece)
    if adjunct is not None and (tag["time"] or any(
            w.lower() in lexicon.AUXILIARIES or w.lower() in lexicon.SUBJECT_PRONOUNS
            for w in lexicon.words(adjunct["adjunct"]))):
        return None
    phrase = (piece[:adjunct.start()] if adjunct else piece[:-1]).rstrip(",")
    if not phrase or "," in phrase or not (_common_source(phrase) or (
            _names_someone(phrase) and len(lexicon.words(phrase)) >= 2)):
        return None
    surname = lexicon.words(phrase)[-1].lower()
    if surname[:1].isalpha() and surname in lexicon.words((before + " " + prev_text).lower()):
        return None
    phrase = tag_lead_case.lead_letter(phrase) + phrase[1:]
    tail = f" {adjunct['adjunct']}" if adjunct else ""
    if tag["inverted"]:
        return tag.start("inverted") - len("said "), f"said {phrase}{tail}."
    return tag.start("subject"), f"{phrase} {tag['verb']}{tag['time'] or ''}{tail}."


# "…, Ana Ruiz said." + "told local radio by phone.": the listener's verb cut off the tag.
_SAID_AT_END = lazy_compile(r" said\.$")
_TOLD_PIECE = lazy_compile(r"told (?P<listener>[^.;:!?\"“”]{2,80})\.")


def told_after_said(prev_text: str, piece: str) -> int | None:
    """Where "said" starts in ``prev_text`` when ``piece`` is the listener's "told …" cut
    off the tag that ends on it ("… Ana Ruiz said." + "told local radio by phone."), so
    that "told …" replaces "said." (nothing is lost: "told" says who heard it); None
    otherwise. A piece with a clause of its own ("told reporters that prices rose") is
    the repeat AT002 deletes."""
    said = _SAID_AT_END.search(prev_text)
    told = _TOLD_PIECE.fullmatch(piece)
    if said is None or told is None:
        return None
    words = lexicon.words(told["listener"])
    if not words or words[0].lower() in ("him", "her", "them", "us", "me") or any(
            w in ("that", "if", "whether") or w in lexicon.AUXILIARIES or w in lexicon.IRREGULAR_PAST
            or (len(w) > 4 and w.endswith("ed")) for w in words):
        return None
    return said.start() + 1


# A role tag closing the sentence: its comma, "the" and lower-case role words (a possessive
# too), then "said." ("…, the ministry's chief veterinary officer said.").
_ROLE_TAG_END = lazy_compile(r", the (?:[a-z][\w'’-]* ){1,6}?(?P<said>said\.)$")
_NAME_PIECE = lazy_compile(r"said (?P<name>\w[\w'’-]*(?: \w[\w'’-]*){1,2})\.")


def name_after_role_tag(prev_text: str, piece: str) -> tuple[int, str] | None:
    """``piece`` is "said" and a full name ("said Ana Kovač.") cut off a sentence whose tag
    names only a role ("…, the ministry's chief veterinary officer said."): the name is
    that role's holder, set off with commas before "said" ("…, the … officer, Ana Kovač,
    said."). Returns where " said." starts in ``prev_text`` and its replacement; None when
    the piece is no full name (every word capitalised) or the sentence already names
    its holder (a second name there would be a second speaker)."""
    tag = _ROLE_TAG_END.search(prev_text)
    found = _NAME_PIECE.fullmatch(piece)
    if tag is None or found is None:
        return None
    name = found["name"]
    if not all(w[:1].isupper() for w in name.split()) or name.split()[-1] in prev_text:
        return None
    return tag.start("said") - 1, f", {name}, said."


def rebuilt_tag(prev_text: str, piece: str) -> tuple[int, str, str] | None:
    """AT002's rebuilds of a "said …"/"told …" piece after an attributed sentence, as (where
    the replaced tail starts in ``prev_text``, its replacement, the message); None when the
    piece only repeats the attribution (AT002 deletes it)."""
    if (said := told_after_said(prev_text, piece)) is not None:
        return said, piece, (f"Attribution (rebuild-attribution): “{piece}” names who heard the tag's speaker; "
                             "it replaces the bare “said.” before it.")
    if (named := name_after_role_tag(prev_text, piece)) is not None:
        return named[0], named[1], (f"Attribution (rebuild-attribution): “{piece}” names the holder of the role "
                                    "the tag gives; set off with commas before “said”.")
    return None


# "…, said." : a bare inverted tag whose speaker the false stop cut off.
_BARE_SAID_END = lazy_compile(r", said\.$")
# The speaker's noun phrase: an article, at most four words to its head, then an appositive
# name, a "for"/"of" phrase or an adjunct ("The port's deputy director, Ana Ruiz, at a briefing").
_INVERTED_SPEAKER = lazy_compile(r"(?:The|A|An) (?P<words>(?:[\w'’-]+ ){0,4}?)(?P<head>[a-z][\w-]*)"
                                 r"(?P<rest>(?:,| of| for| at| in| on)[^.;:!?“”\"]{0,100})?\.")


def speaker_after_bare_said(prev_text: str, piece: str) -> int | None:
    """Where the stop of ``prev_text`` stands when it ends on a bare inverted tag (", said.")
    and ``piece`` (a capitalised sentence) is that tag's speaker: an article, a speaker
    noun as its head, then at most a name set off, a phrase or an adjunct, and no verb
    ("The port's deputy director, Ana Ruiz, at a briefing in Chonburi."); None otherwise.
    The stop goes and the article takes running-text case: "…, said the port's …"."""
    said = _BARE_SAID_END.search(prev_text)
    found = _INVERTED_SPEAKER.fullmatch(piece) if said is not None else None
    if found is None or not _speaker_noun(found["head"]) or len(piece) > 150:
        return None
    words = lexicon.words(piece[:-1])
    if not _verbless([w for w in words if not w.endswith(("'s", "’s"))]):
        return None
    return len(prev_text) - 1
